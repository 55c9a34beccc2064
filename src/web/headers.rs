//! Security headers on every response, and `no-store` on pages, which may
//! carry private data.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

pub const CSP: &str = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
frame-ancestors 'none'; form-action 'self'";

pub async fn layer(req: Request, next: Next) -> Response {
    let https = req.extensions().get::<Https>().is_some_and(|h| h.0);
    let mut resp = next.run(req).await;
    secure(&mut resp, https);
    resp
}

/// Adds the security headers to one response (for answers made outside
/// this layer, such as the request deadline's 408).
pub fn secure(resp: &mut Response, https: bool) {
    let h = resp.headers_mut();
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CSP));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
}

/// Whether the site is served over https (from `QUILL_BASE_URL`), for HSTS.
#[derive(Clone, Copy)]
pub struct Https(pub bool);

/// The body limit layer answers an oversized request with a bare 413:
/// visitors get the readable page instead, API clients the API's JSON
/// error (whichever layer noticed the size first).
pub async fn readable_413(req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let resp = next.run(req).await;
    // A page's error still to be written in the reader's language
    // (`i18n::Unwritten`) says more than this would; the API's 413 is
    // always the JSON below.
    if resp.status() != axum::http::StatusCode::PAYLOAD_TOO_LARGE
        || (!api && crate::i18n::Unwritten::is_pending(&resp))
    {
        return resp;
    }
    let content_type = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.as_bytes().to_vec())
        .unwrap_or_default();
    let mut readable = if api && !content_type.starts_with(b"application/json") {
        // The API's error shape (RealWorld's GenericErrorModel), made here
        // so this glue needs nothing from the API.
        let body = serde_json::json!({"errors": {"body": ["is larger than this API accepts"]}});
        axum::response::IntoResponse::into_response((
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            axum::Json(body),
        ))
    } else if !api && !content_type.starts_with(b"text/html") {
        axum::response::IntoResponse::into_response(crate::error::AppError::PayloadTooLarge)
    } else {
        return resp;
    };
    if let Some(close) = resp.headers().get(header::CONNECTION) {
        readable
            .headers_mut()
            .insert(header::CONNECTION, close.clone());
    }
    readable
}
