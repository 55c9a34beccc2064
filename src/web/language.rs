//! Which language a request is answered in, decided once: the visitor's
//! choice (the `quill_lang` cookie, which also mirrors a signed-in
//! person's setting), then `Accept-Language`, then English. Handlers read
//! it through `Ctx` (where a signed-in person's stored setting comes
//! first); error pages are written here, after the handler, in it.

use std::sync::{Arc, OnceLock};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::i18n::{I18n, Lang, Unwritten};

pub const COOKIE: &str = "quill_lang";

/// The language a signed-in person stored, once `Ctx` has read it.
#[derive(Clone, Default)]
pub struct Settled(Arc<OnceLock<Lang>>);

impl Settled {
    pub fn settle(&self, lang: Lang) {
        let _ = self.0.set(lang);
    }
}

pub async fn layer(State(i18n): State<I18n>, mut req: Request, next: Next) -> Response {
    let choice = cookie(req.headers());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = i18n.negotiate(choice.as_deref(), accept);
    let settled = Settled::default();
    req.extensions_mut().insert(lang.clone());
    req.extensions_mut().insert(settled.clone());
    let resp = next.run(req).await;
    // A signed-in person's stored language, if the handler read it, wins
    // over the cookie's guess, so the error page matches their pages.
    let lang = settled.0.get().cloned().unwrap_or(lang);
    let mut resp = Unwritten::write(&lang, resp);
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
    super::signed::cookie(headers, COOKIE).map(|v| v.chars().take(16).collect())
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
