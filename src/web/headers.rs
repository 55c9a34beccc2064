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
    resp
}

/// Whether the site is served over https (from `QUILL_BASE_URL`), for HSTS.
#[derive(Clone, Copy)]
pub struct Https(pub bool);

/// The body limit layer answers an oversized request with a bare 413;
/// visitors get the readable page instead.
pub async fn readable_413(resp: Response) -> Response {
    let is_page = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if resp.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE && !is_page {
        return axum::response::IntoResponse::into_response(
            crate::error::AppError::PayloadTooLarge,
        );
    }
    resp
}
