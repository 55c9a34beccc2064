//! Reading an uploaded file out of a multipart form: bounded in size, one
//! file per field, and the client's file name never used.

use axum::body::Bytes;
use axum::extract::multipart::{Field, MultipartError};
use axum::http::StatusCode;

use crate::error::AppError;

/// Reads a file field's content, refusing it past `max` bytes.
pub async fn read_file(mut field: Field<'_>, max: usize) -> Result<Bytes, AppError> {
    let mut out = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
        if out.len() + chunk.len() > max {
            return Err(AppError::PayloadTooLarge);
        }
        out.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(out))
}

/// A body over the limit is a 413; anything else wrong with the form (cut
/// off, malformed, too slow) is the client's to fix.
pub fn unreadable(e: MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::PayloadTooLarge
    } else {
        AppError::Unprocessable("The form could not be read. Please send it again.".into())
    }
}
