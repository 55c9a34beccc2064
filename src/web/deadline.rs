//! Every request has a deadline, from its head to its answer, body
//! included: a fixed allowance (`QUILL_REQUEST_TIMEOUT`, 30 s) plus the
//! time its declared body takes at a slow but honest line (50 KB/s), so a
//! 10 MB picture may take minutes and a login form half a minute. A client
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

#[derive(Clone, Copy)]
pub struct Deadline {
    /// The allowance of a request without a body.
    pub base: Duration,
    /// The largest body accepted: a longer declaration is refused anyway.
    pub max_body: u64,
}

impl Deadline {
    /// How long a request with a body of `declared` bytes (unknown when
    /// chunked: then the largest allowed) may take.
    pub fn for_body(&self, declared: Option<u64>, has_body: bool) -> Duration {
        let bytes = match declared {
            Some(n) => n.min(self.max_body),
            None if has_body => self.max_body,
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
    let limit = deadline.for_body(declared, chunked);
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
    fn bigger_bodies_get_more_time_up_to_the_largest_allowed() {
        let d = Deadline {
            base: Duration::from_secs(30),
            max_body: 11 << 20,
        };
        assert_eq!(d.for_body(None, false), Duration::from_secs(30));
        assert_eq!(d.for_body(Some(1_000), false), Duration::from_secs(30));
        assert_eq!(d.for_body(Some(5_000_000), false), Duration::from_secs(130));
        assert_eq!(d.for_body(Some(u64::MAX), false), d.for_body(None, true));
    }
}
