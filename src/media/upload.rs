//! Reading an uploaded file out of a multipart form (bounded in size, one
//! file per field, the client's file name never used), and the checks and
//! processing every upload goes through before it is recorded.

use axum::body::Bytes;
use axum::extract::multipart::{Field, MultipartError};
use axum::http::StatusCode;

use super::StoredImage;
use super::process::Use;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::web::AppState;

/// Who sends a picture and who pays for it.
pub struct Uploader {
    /// The person sending it: their hourly upload count goes up.
    pub actor: i64,
    /// Who owns the picture: their quota pays for it.
    pub owner: i64,
    /// The picture it replaces, whose room counts as free.
    pub replacing: Option<i64>,
}

/// The sender's hourly count, the owner's quota (on the upload's size
/// before it is decoded, and on the files it makes after), then the
/// processing and the files. A refused count or quota is the error (429,
/// 413); `Ok(Err(why))` is the picture itself refused (not a picture, too
/// many pixels …), as a message for the uploader. The caller records the
/// stored image, or `abandon`s it.
pub async fn accept(
    state: &AppState,
    by: &Uploader,
    bytes: Bytes,
    kind: Use,
) -> AppResult<Result<StoredImage, Msg>> {
    state
        .limits
        .upload_per_account
        .hit(&by.actor.to_string())
        .await?;
    let room = |bytes: u64| {
        state
            .media
            .check_room(&state.db, by.owner, by.replacing, bytes)
    };
    room(bytes.len() as u64).await?;
    let variants = match state.media.process(bytes, kind).await? {
        Ok(v) => v,
        Err(refusal) => return Ok(Err(refusal.message())),
    };
    room(super::disk_bytes(&variants)).await?;
    Ok(Ok(state.media.save(&variants).await?))
}

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
        AppError::Unprocessable(Msg::new("media-form-unreadable"))
    }
}
