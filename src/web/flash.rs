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
    let https = req
        .extensions()
        .get::<crate::web::headers::Https>()
        .is_some_and(|h| h.0);
    req.extensions_mut().insert(Flash(message));
    let mut resp = next.run(req).await;
    if https {
        secure_flash_cookie(&mut resp);
    }
    // Shown once: cleared by the page that displayed it, kept across redirects.
    if had_flash && !resp.status().is_redirection() {
        resp.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_static("quill_flash=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"),
        );
    }
    resp
}

/// Behind https the flash cookie is `Secure` like every other cookie.
fn secure_flash_cookie(resp: &mut Response) {
    let headers = resp.headers_mut();
    let cookies: Vec<HeaderValue> = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect();
    headers.remove(header::SET_COOKIE);
    for cookie in cookies {
        let secured = match cookie.to_str() {
            Ok(c) if c.starts_with(COOKIE) && !c.contains("Secure") => {
                HeaderValue::from_str(&format!("{c}; Secure")).unwrap_or(cookie)
            }
            _ => cookie,
        };
        headers.append(header::SET_COOKIE, secured);
    }
}
