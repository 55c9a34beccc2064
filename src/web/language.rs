//! Which language a request is answered in, decided once: the visitor's
//! choice (the `quill_lang` cookie, which also mirrors a signed-in
//! person's setting), then `Accept-Language`, then English. Handlers read
//! it through `Ctx` (where a signed-in person's stored setting comes
//! first); error pages are written here, after the handler, in it.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::i18n::{I18n, Lang, Unwritten};

pub const COOKIE: &str = "quill_lang";

pub async fn layer(State(i18n): State<I18n>, mut req: Request, next: Next) -> Response {
    let choice = cookie(req.headers());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = i18n.negotiate(choice.as_deref(), accept);
    req.extensions_mut().insert(lang.clone());
    let mut resp = Unwritten::write(&lang, next.run(req).await);
    // Caches must not hand a German page to a Japanese reader (pictures
    // and scripts are the same in every language).
    let html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if html {
        resp.headers_mut().append(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Cookie"),
        );
    }
    resp
}

fn cookie(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.chars().take(16).collect())
}

/// A `Set-Cookie` value that ends the choice: the browser decides again.
pub fn forget() -> HeaderValue {
    HeaderValue::from_static("quill_lang=; Path=/; Max-Age=0; SameSite=Lax")
}

/// A `Set-Cookie` value remembering `lang` for a year (no personal data: a
/// language code).
pub fn remember(lang: &Lang, https: bool) -> HeaderValue {
    let secure = if https { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        lang.code()
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("quill_lang=en; Path=/"))
}
