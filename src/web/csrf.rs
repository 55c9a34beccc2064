//! CSRF: a synchroniser token sent back as the hidden `csrf_token` field of
//! every form. Checked here, once, for every unsafe request, so no handler
//! can forget it; tower-http's `CsrfLayer` adds the `Sec-Fetch-Site`/`Origin`
//! check in front.
//!
//! A logged-in person's token lives in their session. A visitor who is not
//! logged in (the login, sign-up and forgot-password forms) gets it in a
//! signed cookie instead (OWASP's signed double submit), so looking at a
//! form writes nothing to the database: session rows are made at login.
//! On https the cookie is `__Host-` prefixed, so no subdomain can plant one.
//!
//! The body is buffered to find the field (forms are small; uploads are
//! bounded by the request body limit before they get here) and handed on
//! unchanged to the handler.

use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use crate::error::{AppError, ErrorPage};
use crate::i18n::Msg;
use crate::web::AppState;
use crate::web::{SESSION_CSRF, signed};

const PURPOSE: &str = "quill:csrf:v1:";
/// An anonymous form stays usable this long after its page was loaded.
const ANON_MAX_AGE_SECS: u64 = 7 * 24 * 3600;

fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-quill_csrf"
    } else {
        "quill_csrf"
    }
}

/// The anonymous visitor's token: the one their cookie carries, or one made
/// for this response (then the cookie is set on the way out).
#[derive(Clone, Default)]
pub struct AnonToken(Arc<Mutex<AnonState>>);

#[derive(Default)]
struct AnonState {
    token: Option<String>,
    minted: bool,
    /// A page showed it: that page is this visitor's alone.
    shown: bool,
}

impl AnonToken {
    /// The token for this visitor's forms, made now if they have none.
    pub fn get(&self) -> String {
        let mut state = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if state.token.is_none() {
            state.token = Some(crate::crypto::random_token());
            state.minted = true;
        }
        state.shown = true;
        state.token.clone().unwrap_or_default()
    }

    fn sent(&self) -> Option<String> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .token
            .clone()
    }

    fn shown(&self) -> bool {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .shown
    }

    fn minted(&self) -> Option<String> {
        let state = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        state.minted.then(|| state.token.clone()).flatten()
    }
}

/// Paths whose POSTs carry their own authority (docs/api.md and
/// docs/notifications.md, one-click unsubscribe: the API's token header, the unsubscribe link's
/// token).
fn is_exempt(path: &str) -> bool {
    path.starts_with("/api/") || path == "/unsubscribe"
}

pub async fn verify(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let https = state.config.is_https();
    let from_cookie = signed::cookie(req.headers(), cookie_name(https))
        .and_then(|sealed| signed::open(&state.secret_key, PURPOSE, sealed))
        .map(str::to_string);
    let anon = AnonToken(Arc::new(Mutex::new(AnonState {
        token: from_cookie,
        minted: false,
        shown: false,
    })));
    req.extensions_mut().insert(anon.clone());
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || is_exempt(req.uri().path());
    let mut resp = if safe {
        next.run(req).await
    } else {
        check(session, &anon, req, next).await
    };
    if anon.shown() {
        resp.extensions_mut().insert(super::cache::Personal);
    }
    if let Some(token) = anon.minted() {
        let secure = if https { "; Secure" } else { "" };
        let cookie = format!(
            "{}={}; Path=/; Max-Age={ANON_MAX_AGE_SECS}; HttpOnly; SameSite=Lax{secure}",
            cookie_name(https),
            signed::seal(&state.secret_key, PURPOSE, &token)
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    resp
}

/// The expected token: the session's once logged in, otherwise the one in
/// the visitor's signed cookie.
pub async fn expected(session: &Session, anon: &AnonToken) -> Result<Option<String>, AppError> {
    match session.get::<String>(SESSION_CSRF).await? {
        Some(token) => Ok(Some(token)),
        None => Ok(anon.sent()),
    }
}

async fn check(session: Session, anon: &AnonToken, req: Request, next: Next) -> Response {
    let expected = match expected(&session, anon).await {
        Ok(token) => token,
        Err(e) => return e.into_response(),
    };
    // No token to compare with: no body can be right, so do not read it.
    if expected.is_none() {
        return rejected();
    }
    let (parts, body) = req.into_parts();
    // Only an upload (multipart) may be large: the body limit layer around
    // us bounds it; any other form is read only up to a form's size, so
    // anyone holding a free anonymous token cannot make the server buffer
    // megabytes. The time is bounded by the request deadline.
    let multipart = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    let limit = if multipart {
        usize::MAX
    } else {
        super::MAX_FORM
    };
    let bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(e) => return body_error(&e).into_response(),
    };
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let sent = token_in_body(content_type, &bytes).await;
    let valid = match (expected, sent.as_deref().and_then(unmask)) {
        (Some(expected), Some(sent)) => bool::from(expected.as_bytes().ct_eq(&sent)),
        _ => false,
    };
    if !valid {
        return rejected();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The session's token as written into a page: a fresh random pad, then the
/// token XOR the pad. Every response shows different bytes, so a compressed
/// page cannot leak the token byte by byte (BREACH), while the check still
/// compares against the one token in the session.
pub fn mask(token: &str) -> String {
    let mut pad = vec![0u8; token.len()];
    rand::fill(&mut pad[..]);
    let masked: Vec<u8> = token.bytes().zip(&pad).map(|(t, p)| t ^ p).collect();
    format!("{}{}", hex::encode(&pad), hex::encode(masked))
}

fn unmask(sent: &str) -> Option<Vec<u8>> {
    let bytes = hex::decode(sent.trim()).ok()?;
    if bytes.is_empty() || bytes.len() % 2 != 0 {
        return None;
    }
    let (pad, masked) = bytes.split_at(bytes.len() / 2);
    Some(pad.iter().zip(masked).map(|(p, m)| p ^ m).collect())
}

/// Reading a request body fails when it is over the limit, or when the
/// client stalls or hangs up (the body timeout).
pub fn body_error(e: &axum::Error) -> AppError {
    if format!("{e:#}").contains("length limit") {
        AppError::PayloadTooLarge
    } else {
        AppError::Unprocessable(Msg::new("error-cut-off"))
    }
}

pub fn rejected() -> Response {
    ErrorPage::response(
        StatusCode::FORBIDDEN,
        Msg::new("error-form-expired-title"),
        Msg::new("error-form-expired"),
    )
}

async fn token_in_body(content_type: &str, bytes: &Bytes) -> Option<String> {
    if content_type.starts_with("application/x-www-form-urlencoded") {
        return url::form_urlencoded::parse(bytes)
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v.into_owned());
    }
    if content_type.starts_with("multipart/form-data") {
        let boundary = multer::parse_boundary(content_type).ok()?;
        let stream =
            futures::stream::once(std::future::ready(Ok::<_, std::io::Error>(bytes.clone())));
        let mut form = multer::Multipart::new(stream, boundary);
        while let Ok(Some(field)) = form.next_field().await {
            if field.name() == Some("csrf_token") {
                return field.text().await.ok();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_token_unmasks_to_itself_and_differs_every_time() {
        let token = crate::crypto::random_token();
        let (a, b) = (mask(&token), mask(&token));
        assert_ne!(a, b);
        assert_eq!(unmask(&a).unwrap(), token.as_bytes());
        assert_eq!(unmask(&b).unwrap(), token.as_bytes());
        assert!(unmask("zz").is_none() && unmask("").is_none() && unmask("abc").is_none());
    }
}
