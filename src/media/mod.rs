//! Images: avatars and post pictures. Uploads are recognised by content,
//! bounded before decoding, re-encoded without metadata (`process`), stored
//! under content-derived names (`store`), recorded in the `image` table, and
//! served with long cache lifetimes from `/uploads/`.

pub mod process;
pub mod store;
pub mod upload;

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use tokio::sync::Semaphore;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::app::AppState;
use crate::config::Config;
use crate::db::now_ms;
use crate::error::AppError;
use process::{Encoded, Refusal, Use, Variants};
use store::LocalStore;

/// Image processing and storage, shared through `AppState`.
#[derive(Clone)]
pub struct Media {
    pub store: LocalStore,
    /// Image work runs on the blocking pool, this many at a time, so a burst
    /// of uploads cannot starve everything else of CPU or memory.
    permits: Arc<Semaphore>,
    max_pixels: u64,
    pub max_upload: usize,
}

impl Media {
    pub fn new(config: &Config) -> Media {
        Media {
            store: LocalStore::new(config.upload_dir.clone()),
            permits: Arc::new(Semaphore::new(config.image_workers)),
            max_pixels: config.max_image_pixels,
            max_upload: config.max_upload,
        }
    }

    /// Decodes and re-encodes an upload off the async runtime.
    pub async fn process(
        &self,
        bytes: axum::body::Bytes,
        use_: Use,
    ) -> Result<Result<Variants, Refusal>, AppError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        let max_pixels = self.max_pixels;
        tokio::task::spawn_blocking(move || process::process(&bytes, use_, max_pixels))
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("image processing: {e}")))
    }

    /// Writes the three files; the database row comes after (`insert`), so
    /// a crash in between leaves an unreferenced file, never a broken image.
    pub async fn save(&self, v: &Variants) -> Result<StoredImage, AppError> {
        let mut names = Vec::with_capacity(3);
        for e in [&v.original, &v.large, &v.small] {
            let name = LocalStore::name_for(e);
            self.store
                .put(&name, &e.bytes)
                .await
                .map_err(|err| AppError::Internal(anyhow::anyhow!("storing {name}: {err}")))?;
            names.push(name);
        }
        let file = |i: usize, e: &Encoded| StoredFile {
            name: names[i].clone(),
            width: i64::from(e.width),
            height: i64::from(e.height),
        };
        Ok(StoredImage {
            original: file(0, &v.original),
            large: file(1, &v.large),
            small: file(2, &v.small),
        })
    }
}

#[derive(Debug, Clone)]
pub struct StoredFile {
    pub name: String,
    pub width: i64,
    pub height: i64,
}

impl StoredFile {
    pub fn url(&self) -> String {
        format!("/uploads/{}", self.name)
    }
}

/// A stored picture as pages show it.
#[derive(Debug, Clone)]
pub struct StoredImage {
    pub original: StoredFile,
    pub large: StoredFile,
    pub small: StoredFile,
}

/// The columns that make a `StoredImage`, for joins: `{p}` is the alias of
/// the `image` table.
pub fn columns(p: &str) -> String {
    [
        "original",
        "original_w",
        "original_h",
        "large",
        "large_w",
        "large_h",
        "small",
        "small_w",
        "small_h",
    ]
    .iter()
    .map(|c| format!("{p}.{c} AS {p}_{c}"))
    .collect::<Vec<_>>()
    .join(", ")
}

/// Reads the columns named by `columns(p)`; `None` when the join found none.
pub fn from_row(row: &sqlx::any::AnyRow, p: &str) -> Option<StoredImage> {
    use sqlx::Row;
    let name = |c: &str| {
        row.try_get::<Option<String>, _>(format!("{p}_{c}").as_str())
            .ok()
            .flatten()
    };
    let num = |c: &str| {
        row.try_get::<Option<i64>, _>(format!("{p}_{c}").as_str())
            .ok()
            .flatten()
            .unwrap_or(0)
    };
    let file = |c: &str| {
        Some(StoredFile {
            name: name(c)?,
            width: num(&format!("{c}_w")),
            height: num(&format!("{c}_h")),
        })
    };
    Some(StoredImage {
        original: file("original")?,
        large: file("large")?,
        small: file("small")?,
    })
}

/// Records a saved image for its owner; returns its id.
pub async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    owner_id: i64,
    image: &StoredImage,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO image (owner_id, original, original_w, original_h, large, large_w, large_h, small, small_w, small_h, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(owner_id)
    .bind(&image.original.name)
    .bind(image.original.width)
    .bind(image.original.height)
    .bind(&image.large.name)
    .bind(image.large.width)
    .bind(image.large.height)
    .bind(&image.small.name)
    .bind(image.small.width)
    .bind(image.small.height)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
}

/// Job kind: delete `{"files": [...]}` that no image row refers to any more.
pub const REMOVE_FILES: &str = "remove_files";

/// Deletes an image row and queues the removal of its files, in the
/// caller's transaction: the files go only if the change commits.
pub async fn discard(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    image_id: i64,
) -> Result<(), sqlx::Error> {
    let files: Option<(String, String, String)> =
        sqlx::query_as("DELETE FROM image WHERE id = $1 RETURNING original, large, small")
            .bind(image_id)
            .fetch_optional(&mut **tx)
            .await?;
    if let Some((a, b, c)) = files {
        crate::jobs::enqueue(
            &mut **tx,
            REMOVE_FILES,
            &serde_json::json!({ "files": [a, b, c] }),
            now_ms(),
        )
        .await?;
    }
    Ok(())
}

/// The job's handler: a file still used by another image (the same
/// picture uploaded twice) stays.
pub async fn remove_files(state: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let files = payload["files"].as_array().cloned().unwrap_or_default();
    for name in files.iter().filter_map(|f| f.as_str()) {
        let used: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM image WHERE original = $1 OR large = $1 OR small = $1",
        )
        .bind(name)
        .fetch_one(&state.db)
        .await?;
        if used == 0 {
            state.media.store.delete(name).await?;
        }
    }
    Ok(())
}

/// `/uploads/…`: the files, never a listing; `..` and the like are 404
/// (ServeDir refuses them). Content-derived names never change content, so
/// they may be cached for a year.
pub fn router(config: &Config) -> Router<AppState> {
    let files = ServeDir::new(&config.upload_dir)
        .append_index_html_on_directories(false)
        .call_fallback_on_method_not_allowed(false);
    Router::new().nest_service(
        "/uploads",
        tower::ServiceBuilder::new()
            // Only on a file: a 404 must not be cached for a year.
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                |res: &axum::http::Response<_>| {
                    res.status()
                        .is_success()
                        .then(|| HeaderValue::from_static("public, max-age=31536000, immutable"))
                },
            ))
            .service(files),
    )
}

/// A person's picture wherever they are shown: their uploaded avatar, or
/// a generated stand-in (initials on one of eight colours picked from the
/// username, so it stays the same everywhere).
#[derive(Debug, Clone, Default)]
pub struct Avatar {
    pub username: String,
    /// The name shown (display name or username), for the initials.
    pub name: String,
    /// `/uploads/…` of the 64 px and 256 px squares, when uploaded.
    pub small: Option<String>,
    pub large: Option<String>,
}

impl Avatar {
    pub fn new(
        username: &str,
        display_name: &str,
        small: Option<String>,
        large: Option<String>,
    ) -> Avatar {
        Avatar {
            username: username.to_string(),
            name: if display_name.is_empty() {
                username
            } else {
                display_name
            }
            .to_string(),
            small: small.map(|n| format!("/uploads/{n}")),
            large: large.map(|n| format!("/uploads/{n}")),
        }
    }

    /// An `<img>` (or the stand-in) drawn at `px` CSS pixels; the file
    /// used is the smallest that stays sharp on a 2× screen.
    pub fn html(&self, px: u32) -> String {
        let file = if px * 2 <= 64 {
            &self.small
        } else {
            &self.large
        };
        match file.as_ref().or(self.large.as_ref()) {
            Some(url) => format!(
                r#"<img class="avatar avatar-{px}" src="{}" width="{px}" height="{px}" alt="" loading="lazy">"#,
                crate::web::escape_html(url)
            ),
            None => {
                let colour = self
                    .username
                    .bytes()
                    .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
                    % 8;
                format!(
                    r#"<span class="avatar avatar-{px} avatar-c{colour}" aria-hidden="true">{}</span>"#,
                    crate::web::escape_html(&crate::profiles::initials(&self.name))
                )
            }
        }
    }
}
