//! Flash messages after a redirect (post/redirect/get), carried in a
//! short-lived cookie so that anonymous visitors need no session for them.
//! The text is always HTML-escaped when shown.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

const COOKIE: &str = "quill_flash";

#[derive(Clone, Debug)]
pub struct Flash(pub Option<String>);

/// A 303 to `to` that shows `message` on the next page.
pub fn redirect(to: &str, message: &str) -> Response {
    let value: String = url::form_urlencoded::byte_serialize(message.as_bytes()).collect();
    let mut resp = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{COOKIE}={value}; Path=/; Max-Age=60; HttpOnly; SameSite=Lax"
    )) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

pub async fn layer(mut req: Request, next: Next) -> Response {
    let message = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| {
            url::form_urlencoded::parse(format!("m={v}").as_bytes())
                .map(|(_, m)| m.into_owned())
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .map(|m| m.chars().take(300).collect::<String>());
    let had_flash = message.is_some();
    req.extensions_mut().insert(Flash(message));
    let mut resp = next.run(req).await;
    // Shown once: cleared by the page that displayed it, kept across redirects.
    if had_flash && !resp.status().is_redirection() {
        resp.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_static("quill_flash=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"),
        );
    }
    resp
}
