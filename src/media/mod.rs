//! Images: avatars and post pictures. Uploads are recognised by content,
//! bounded before decoding, re-encoded without metadata (`process`), stored
//! under content-derived names (`store`), recorded in the `image` table, and
//! served with long cache lifetimes from `/uploads/`.
//!
//! Each account's pictures are bounded by the upload quota
//! (`QUILL_UPLOAD_QUOTA_MB`): every `image` row carries the bytes its files
//! take on disk, summed per owner. An upload is checked three times: from
//! its size before any decoding (`check_room`), exactly once re-encoded and
//! before a file is written (`check_room` again), and inside the transaction
//! that records it (`Media::insert`), where the owner's uploads are taken
//! one at a time, so concurrent uploads cannot all squeeze into the last room.

pub mod process;
pub mod store;
pub mod upload;

use std::sync::Arc;

use axum::Router;
use axum::extract::FromRef;
use axum::http::{HeaderValue, header};
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::config::Config;
use crate::db::{Db, now_ms};
use crate::error::AppError;
use crate::jobs::Job;
use crate::web::AppState;
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
    /// Bytes of pictures one account may store; `None`: no quota.
    pub quota: Option<u64>,
}

impl Media {
    pub fn new(config: &Config) -> Media {
        Media {
            store: LocalStore::new(config.upload_dir.clone()),
            permits: Arc::new(Semaphore::new(config.image_workers)),
            max_pixels: config.max_image_pixels,
            max_upload: config.max_upload,
            quota: config.upload_quota,
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
        let bytes = disk_bytes(v) as i64;
        let file = |i: usize, e: &Encoded| StoredFile {
            name: names[i].clone(),
            width: i64::from(e.width),
            height: i64::from(e.height),
        };
        Ok(StoredImage {
            original: file(0, &v.original),
            large: file(1, &v.large),
            small: file(2, &v.small),
            bytes,
        })
    }

    /// Refuses, before any work is done, a picture of `bytes` that would
    /// take `owner` past the quota. The picture it replaces (`replacing`:
    /// an avatar, a post's picture) counts as gone. Called with the upload's
    /// size as an estimate before decoding, then with `disk_bytes` once
    /// re-encoded, before anything is written.
    ///
    /// The estimate can refuse a large upload that re-encoding would have
    /// shrunk to fit; near the quota, that saves decoding what would most
    /// likely be refused anyway.
    pub async fn check_room(
        &self,
        db: &Db,
        owner: i64,
        replacing: Option<i64>,
        bytes: u64,
    ) -> Result<(), AppError> {
        let Some(quota) = self.quota else {
            return Ok(());
        };
        #[derive(sqlx::FromRow)]
        struct Held {
            used: i64,
            kept: i64,
        }
        let Held { used, kept } = sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) AS used, \
                    CAST(COALESCE(SUM(CASE WHEN id = $2 THEN 0 ELSE bytes END), 0) AS BIGINT) AS kept \
             FROM image WHERE owner_id = $1",
        )
        .bind(owner)
        .bind(replacing.unwrap_or(0))
        .fetch_one(db)
        .await?;
        if kept.max(0) as u64 + bytes > quota {
            return Err(AppError::QuotaExceeded {
                used: used.max(0) as u64,
                quota,
            });
        }
        Ok(())
    }

    /// Records a saved image for its owner in the caller's transaction and
    /// returns its id; refused when the owner's pictures, this one included,
    /// now exceed the quota. The owner's account row is locked first, so two
    /// uploads by one person check one after the other and the second sees
    /// the first. A caller replacing a picture discards the old row before
    /// this, so it no longer counts; on an error it calls `abandon`.
    pub async fn insert(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        owner_id: i64,
        image: &StoredImage,
    ) -> Result<i64, AppError> {
        if self.quota.is_some() {
            lock_owner(tx, owner_id).await?;
        }
        let id = insert(tx, owner_id, image).await?;
        if let Some(quota) = self.quota {
            let usage = usage(&mut **tx, owner_id).await?;
            if usage.bytes.max(0) as u64 > quota {
                // `abandon` says how much is used once this is rolled back.
                return Err(AppError::QuotaExceeded {
                    used: usage.bytes.max(0) as u64,
                    quota,
                });
            }
        }
        Ok(id)
    }

    /// After the transaction meant to record `image` failed and was rolled
    /// back: deletes its files that no image row uses (nothing of a refused
    /// upload stays on disk), and restates a quota refusal with the usage
    /// as it now stands. Returns the error to answer with.
    pub async fn abandon(
        &self,
        db: &Db,
        owner_id: i64,
        image: &StoredImage,
        err: AppError,
    ) -> AppError {
        let names = [&image.original, &image.large, &image.small].map(|f| f.name.clone());
        if let Err(e) = remove_unused(db, &self.store, &names).await {
            // The files stay until a later upload of the same picture and
            // its removal; harmless, so the request's own error is the one told.
            tracing::warn!(error = %format!("{e:#}"), "removing the files of a refused upload");
        }
        match err {
            AppError::QuotaExceeded { quota, used } => AppError::QuotaExceeded {
                used: match usage(db, owner_id).await {
                    Ok(u) => u.bytes.max(0) as u64,
                    Err(_) => used,
                },
                quota,
            },
            other => other,
        }
    }
}

/// The bytes an upload's files take on disk: a variant identical to
/// another (a small picture is never scaled, so its variants may all be one
/// file) is stored, and counted, once.
pub fn disk_bytes(v: &Variants) -> u64 {
    let mut seen = Vec::with_capacity(3);
    let mut total = 0;
    for e in [&v.original, &v.large, &v.small] {
        let name = LocalStore::name_for(e);
        if !seen.contains(&name) {
            total += e.bytes.len() as u64;
            seen.push(name);
        }
    }
    total
}

/// What an account's pictures take: bytes on disk and how many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Usage {
    pub bytes: i64,
    pub pictures: i64,
}

impl Usage {
    /// `3 pictures, 1.2 MB of 500 MB (0%)`, for the admin pages (written
    /// with `Lang::msg`).
    pub fn describe(&self, quota: Option<u64>) -> crate::i18n::Msg {
        let used = crate::error::format_bytes(self.bytes.max(0) as u64);
        match quota {
            Some(q) => crate::i18n::Msg::new("media-usage")
                .with("count", self.pictures)
                .with("used", used)
                .with("quota", crate::error::format_bytes(q))
                .with(
                    "percent",
                    (self.bytes.max(0) as u64).saturating_mul(100) / q.max(1),
                ),
            None => crate::i18n::Msg::new("media-usage-no-quota")
                .with("count", self.pictures)
                .with("used", used),
        }
    }
}

/// The owner's pictures as recorded. Rows from before the quota existed
/// count 0 until the `measure_images` job has measured their files.
pub async fn usage<'e, E>(exec: E, owner_id: i64) -> Result<Usage, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    // SUM of a BIGINT is NUMERIC on PostgreSQL: cast it back for `Any`.
    sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) AS bytes, COUNT(*) AS pictures \
         FROM image WHERE owner_id = $1",
    )
    .bind(owner_id)
    .fetch_one(exec)
    .await
}

/// Takes the owner's account row for the rest of the transaction (a row
/// lock on PostgreSQL, the write lock on SQLite): one upload of theirs at a
/// time gets past this, and it sees the ones committed before it. A no-op
/// update, because SQLite has no `SELECT … FOR UPDATE`; `updated_at` is no
/// key, so foreign-key checks on the account are not held up.
pub async fn lock_owner(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    owner_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE account SET updated_at = updated_at WHERE id = $1")
        .bind(owner_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
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
    /// What its files take on disk (`disk_bytes`), counted in the quota.
    pub bytes: i64,
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
        "bytes",
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
        bytes: num("bytes"),
    })
}

/// Records a saved image for its owner; returns its id. Unchecked: uploads
/// go through `Media::insert`, which holds them to the quota.
async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    owner_id: i64,
    image: &StoredImage,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO image (owner_id, original, original_w, original_h, large, large_w, large_h, small, small_w, small_h, created_at, bytes) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
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
    .bind(image.bytes)
    .fetch_one(&mut **tx)
    .await
}

/// Job: delete those of `files` that no image row refers to any more.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RemoveFiles {
    #[serde(default)]
    pub files: Vec<String>,
}

impl Job for RemoveFiles {
    const KIND: &'static str = "remove_files";
}

/// Deletes an image row and queues the removal of its files, in the
/// caller's transaction: the files go only if the change commits.
pub async fn discard(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    image_id: i64,
) -> Result<(), sqlx::Error> {
    // A picture some post's text still shows (a writer may put their
    // avatar's or cover's address in a post) stays: it is that post's now,
    // and goes by the loose-picture sweep once no post shows it.
    let files: Option<ImageFiles> = sqlx::query_as(
        "DELETE FROM image WHERE id = $1 \
         AND NOT EXISTS (SELECT 1 FROM post_picture WHERE image_id = $1) \
         RETURNING original, large, small",
    )
    .bind(image_id)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(files) = files {
        let job = RemoveFiles {
            files: files.names(),
        };
        crate::jobs::enqueue(&mut **tx, &job, now_ms()).await?;
    }
    Ok(())
}

/// The three files one image row names.
#[derive(sqlx::FromRow)]
struct ImageFiles {
    original: String,
    large: String,
    small: String,
}

impl ImageFiles {
    fn names(self) -> Vec<String> {
        vec![self.original, self.large, self.small]
    }
}

/// The job's handler: a file still used by another image (the same
/// picture uploaded twice) stays.
pub async fn remove_files(state: AppState, job: RemoveFiles) -> anyhow::Result<()> {
    remove_unused(&state.db, &state.media.store, &job.files).await
}

/// Deletes those of `names` that no image row refers to.
async fn remove_unused(db: &Db, store: &LocalStore, names: &[String]) -> anyhow::Result<()> {
    for name in names {
        let used: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM image WHERE original = $1 OR large = $1 OR small = $1",
        )
        .bind(name)
        .fetch_one(db)
        .await?;
        if used == 0 {
            store.delete(name).await?;
        }
    }
    Ok(())
}

/// Job: fill in the `bytes` of images recorded before the upload quota
/// existed, from their files' sizes (enqueued by migration 0014 as `{}`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MeasureImages {}

impl Job for MeasureImages {
    const KIND: &'static str = "measure_images";
}

/// The job's handler: measures unmeasured rows in batches; when its time is
/// nearly up it queues itself again for the rest. A file that is missing
/// counts 0. Running twice does no harm: it only touches rows still NULL.
#[derive(sqlx::FromRow)]
struct MeasureRow {
    id: i64,
    #[sqlx(flatten)]
    files: ImageFiles,
}

pub async fn measure_images(state: AppState, _job: MeasureImages) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    loop {
        let rows: Vec<MeasureRow> = sqlx::query_as(
            "SELECT id, original, large, small FROM image WHERE bytes IS NULL ORDER BY id LIMIT 200",
        )
        .fetch_all(&state.db)
        .await?;
        if rows.is_empty() {
            return Ok(());
        }
        for MeasureRow { id, files } in rows {
            let mut names = files.names();
            names.sort();
            names.dedup();
            let mut bytes = 0i64;
            for name in &names {
                bytes += state.media.store.size(name).await?.unwrap_or(0) as i64;
            }
            sqlx::query("UPDATE image SET bytes = $1 WHERE id = $2 AND bytes IS NULL")
                .bind(bytes)
                .bind(id)
                .execute(&state.db)
                .await?;
        }
        // Well inside the job's 60 s: the rest goes to a fresh job.
        if started.elapsed() > std::time::Duration::from_secs(30) {
            crate::jobs::enqueue(&state.db, &MeasureImages {}, now_ms()).await?;
            state.queue.wake();
            return Ok(());
        }
    }
}

/// `/uploads/…`: the files, never a listing; `..` and the like are 404
/// (ServeDir refuses them). Content-derived names never change content, so
/// they may be cached for a year.
pub fn router<S>(config: &Config) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
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
                    crate::web::escape_html(&initials(&self.name))
                )
            }
        }
    }
}

/// One or two letters for an avatar placeholder.
pub fn initials(name: &str) -> String {
    let mut words = name
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty());
    let first = words.next().and_then(|w| w.chars().next());
    let second = words.next().and_then(|w| w.chars().next());
    [first, second]
        .into_iter()
        .flatten()
        .flat_map(char::to_uppercase)
        .collect()
}
