//! Every request has a deadline, from its head to its answer, body
//! included: a fixed allowance (`QUILL_REQUEST_TIMEOUT`, 30 s) plus the
//! time its declared body takes at a slow but honest line (50 KB/s). Only
//! uploads (multipart bodies) may be large, so only they can earn minutes;
//! any other body counts at most 1 MiB (the API's limit), so a login form
//! declaring 11 MB still gets about half a minute. A client
//! trickling a body one byte at a time (slow loris, the POST variant) is
//! answered 408 and its connection closed at the deadline, whatever the
//! gaps between its bytes. Only the answer's start is bounded: a
//! notification stream, once answered, lives on.

use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

/// The slowest upload speed Quill waits for, in bytes per second.
const SLOWEST_LINE: u64 = 50_000;
/// The most a body that is not an upload is given time for.
const LARGEST_FORM: u64 = 1 << 20;

#[derive(Clone, Copy)]
pub struct Deadline {
    /// The allowance of a request without a body.
    pub base: Duration,
    /// The largest body accepted: a longer declaration is refused anyway.
    pub max_body: u64,
    /// For the 408's security headers (HSTS).
    pub https: bool,
}

impl Deadline {
    /// How long a request with a body of `declared` bytes (unknown when
    /// chunked: then the largest allowed) may take; `upload` for multipart.
    pub fn for_body(&self, declared: Option<u64>, has_body: bool, upload: bool) -> Duration {
        let largest = if upload {
            self.max_body
        } else {
            LARGEST_FORM.min(self.max_body)
        };
        let bytes = match declared {
            Some(n) => n.min(largest),
            None if has_body => largest,
            None => 0,
        };
        self.base + Duration::from_secs(bytes / SLOWEST_LINE)
    }
}

pub async fn bound(State(deadline): State<Deadline>, req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let chunked = req.headers().contains_key(header::TRANSFER_ENCODING);
    let api = req.uri().path().starts_with("/api/");
    let upload = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    let limit = deadline.for_body(declared, chunked, upload);
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => {
            tracing::info!(after = ?limit, "request cut off at its deadline");
            let mut resp = if api {
                // The API's error shape (RealWorld's GenericErrorModel).
                let body = serde_json::json!({"errors": {"body": ["took too long to arrive; send it again"]}});
                (StatusCode::REQUEST_TIMEOUT, axum::Json(body)).into_response()
            } else {
                AppError::Timeout.into_response()
            };
            crate::web::headers::secure(&mut resp, deadline.https);
            // The rest of the body is not wanted: the connection ends here.
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            resp
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigger_uploads_get_more_time_up_to_the_largest_allowed_and_forms_do_not() {
        let d = Deadline {
            base: Duration::from_secs(30),
            max_body: 11 << 20,
            https: false,
        };
        assert_eq!(d.for_body(None, false, false), Duration::from_secs(30));
        assert_eq!(
            d.for_body(Some(1_000), false, true),
            Duration::from_secs(30)
        );
        assert_eq!(
            d.for_body(Some(5_000_000), false, true),
            Duration::from_secs(130)
        );
        assert_eq!(
            d.for_body(Some(u64::MAX), false, true),
            d.for_body(None, true, true)
        );
        // A form that declares a picture's size still gets a form's time.
        assert_eq!(
            d.for_body(Some(11_000_000), false, false),
            Duration::from_secs(50)
        );
        assert_eq!(d.for_body(None, true, false), Duration::from_secs(50));
    }
}
