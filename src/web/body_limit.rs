//! Oversized uploads get a readable 413 that the client can actually read.
//!
//! Answering before the body is read makes the server close the connection
//! while the client is still sending, and a client that sends everything
//! before reading (most scripts, some browsers) sees a broken pipe instead
//! of the answer. So a body declared too large is read and thrown away
//! (up to a cap, with the idle timeout) and then refused.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;

use crate::error::AppError;

/// Past this many bytes the connection is simply closed.
const DRAIN_AT_MOST: usize = 64 << 20;

pub async fn refuse_oversized(State(max): State<usize>, req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let Some(len) = declared.filter(|len| *len > max) else {
        return next.run(req).await;
    };
    if len <= DRAIN_AT_MOST {
        let mut body = req.into_body().into_data_stream();
        let idle = super::BODY_IDLE_TIMEOUT;
        while let Ok(Some(Ok(_))) = tokio::time::timeout(idle, body.next()).await {}
    }
    let mut resp = AppError::PayloadTooLarge.into_response();
    resp.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    resp
}
