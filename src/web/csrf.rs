//! CSRF: a synchroniser token kept in the session and sent back as the hidden
//! `csrf_token` field of every form. Checked here, once, for every unsafe
//! request, so no handler can forget it; tower-http's `CsrfLayer` adds the
//! `Sec-Fetch-Site`/`Origin` check in front.
//!
//! The body is buffered to find the field (forms are small; uploads are
//! bounded by the request body limit before they get here) and handed on
//! unchanged to the handler.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use crate::error::{AppError, ErrorPage};
use crate::web::SESSION_CSRF;

/// Paths whose POSTs carry their own authority (DESIGN.md: the API's token
/// header, the unsubscribe link's token).
fn is_exempt(path: &str) -> bool {
    path.starts_with("/api/") || path == "/unsubscribe"
}

pub async fn verify(session: Session, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || is_exempt(req.uri().path())
    {
        return next.run(req).await;
    }
    let expected = match session.get::<String>(SESSION_CSRF).await {
        Ok(token) => token,
        Err(e) => return AppError::from(e).into_response(),
    };
    // No token in the session: no body can be right, so do not read it.
    if expected.is_none() {
        return rejected();
    }
    let (parts, body) = req.into_parts();
    // The size is bounded by the body limit layer around us.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
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
        AppError::Unprocessable("The request was cut off or too slow. Please send it again.".into())
    }
}

pub fn rejected() -> Response {
    ErrorPage::response(
        StatusCode::FORBIDDEN,
        "This form has expired",
        "The form was too old or did not come from this site. Go back, reload the page and try again.",
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
        let token = crate::web::random_token();
        let (a, b) = (mask(&token), mask(&token));
        assert_ne!(a, b);
        assert_eq!(unmask(&a).unwrap(), token.as_bytes());
        assert_eq!(unmask(&b).unwrap(), token.as_bytes());
        assert!(unmask("zz").is_none() && unmask("").is_none() && unmask("abc").is_none());
    }
}
