//! "Download my data": `POST /settings/export` asks for a zip of
//! everything the account wrote and set (see `archive`); a job builds it on
//! a worker, under `<data dir>/exports/` (never under the public upload
//! dir), and a second job mails a link to it. The link,
//! `/settings/export/download?token=…`, carries 256 random bits of which
//! only the SHA-256 is stored; it works once, for 24 hours, and only for
//! its owner, logged in. The token is in the query rather than the path so
//! that request logs (which record paths) never hold it.
//!
//! Asking is limited to `EXPORTS_PER_DAY` a day per account, and only one
//! export waits in the queue per person (`jobs::enqueue_once`). A newer
//! export makes the older links void. The file is deleted once sent, and
//! an hourly sweep deletes expired and left-over files.

pub mod archive;

use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::accounts::Ctx;
use crate::accounts::tokens;
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult, ErrorPage};
use crate::i18n::{Lang, Msg};
use crate::jobs::Job;
use crate::jobs::schedule::{Every, Periodic};
use crate::mail::Notice;
use crate::web::limits::EXPORTS_PER_DAY;
use crate::web::{AppState, flash};

/// How long an emailed link works.
pub const LINK_LIFETIME_MS: i64 = 24 * 3600 * 1000;
/// Rows of used or expired exports are kept this long (their link answers
/// 410 "used" or "expired" rather than 404), then deleted.
const KEEP_ROWS_MS: i64 = 7 * 24 * 3600 * 1000;
/// A file in the exports folder that no export names is removed once it
/// is this old (a build cut short by a crash); younger ones may be a
/// build in progress.
const ORPHAN_AFTER_MS: i64 = 3600 * 1000;
/// Where the settings page lives ("Download my data" sits there).
const BACK_TO: &str = "/settings/account";

/// The folder of export files.
pub fn exports_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("exports")
}

/// Job: build the zip of `account_id`, record it, queue its mail.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BuildExport {
    pub account_id: i64,
}

impl Job for BuildExport {
    const KIND: &'static str = "build_export";
}

/// Job: mail the owner of export `export_id` a fresh link to it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendExportLink {
    pub export_id: i64,
}

impl Job for SendExportLink {
    const KIND: &'static str = "send_export_link";
}

/// Job: delete expired, used and left-over export files.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SweepExports {
    #[serde(default)]
    pub slot: Option<i64>,
}

impl Job for SweepExports {
    const KIND: &'static str = "sweep_exports";
}

pub fn schedules() -> Vec<Periodic> {
    vec![Periodic::new(
        "sweep_exports",
        Every::Interval(Duration::from_secs(3600)),
        |slot| SweepExports { slot: Some(slot) },
    )]
}

/// The key that lets only one export of a person wait in the queue.
fn queue_key(account: i64) -> String {
    format!("export:{account}")
}

/// `POST /settings/export` (a form with only its CSRF token).
pub async fn request_export(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let me = ctx.require_user()?.id;
    let key = me.to_string();
    match state.limits.export_per_account.hit(&key).await {
        Ok(()) => {}
        Err(AppError::TooManyRequests { retry_after }) => {
            return Ok(too_many(&ctx.lang, retry_after));
        }
        Err(e) => return Err(e),
    }
    let added = crate::jobs::enqueue_once(
        &state.db,
        &queue_key(me),
        &BuildExport { account_id: me },
        now_ms(),
    )
    .await?;
    let message = if added {
        state.queue.wake();
        "settings-export-started"
    } else {
        // The waiting one does this request's work: it costs nothing.
        state.limits.export_per_account.refund(&key).await;
        "settings-export-waiting"
    };
    Ok(flash::redirect(BACK_TO, &ctx.t(message)))
}

/// The 429 page: how many a day, and when the next one may be asked for
/// (the time written in `lang`, the page's language).
fn too_many(lang: &Lang, wait: Duration) -> Response {
    let at = now_ms() + wait.as_millis() as i64;
    // "in about an hour" for anything up to one.
    let hours = wait.as_secs().div_ceil(3600).max(1);
    let message = Msg::new("settings-export-too-many")
        .with("count", EXPORTS_PER_DAY)
        .with("time", lang.datetime(at))
        .with("hours", hours);
    let mut resp = ErrorPage::response(
        StatusCode::TOO_MANY_REQUESTS,
        Msg::new("settings-export-too-many-title"),
        message,
    );
    resp.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from(wait.as_secs().max(1)),
    );
    resp
}

#[derive(Debug, Default, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// One export, as the download finds it.
#[derive(sqlx::FromRow)]
struct Found {
    id: i64,
    file_path: String,
    downloaded_at: Option<i64>,
    expires_at: i64,
}

/// `GET /settings/export/download?token=…`: the zip, once, to its owner.
/// Anyone else logged in gets the same 404 as for a link that never
/// existed; a visitor not logged in goes to the login page first.
pub async fn download_export(
    ctx: Ctx,
    method: Method,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult {
    let me = ctx.require_user()?;
    if q.token.is_empty() || q.token.len() > 128 {
        return Err(AppError::NotFound);
    }
    let hash = tokens::hash(&q.token);
    let found: Option<Found> = sqlx::query_as(
        "SELECT id, file_path, downloaded_at, expires_at FROM data_export \
         WHERE token_hash = $1 AND account_id = $2",
    )
    .bind(&hash)
    .bind(me.id)
    .fetch_optional(&state.db)
    .await?;
    let Some(found) = found else {
        return Err(AppError::NotFound);
    };
    let now = now_ms();
    if found.downloaded_at.is_some() {
        return Ok(gone("settings-export-used-title", "settings-export-used"));
    }
    if found.expires_at <= now {
        return Ok(gone(
            "settings-export-expired-title",
            "settings-export-expired",
        ));
    }
    let path = state.config.data_dir.join(&found.file_path);
    // Opened before the link is spent: a file this server cannot read
    // (a data dir not shared between instances) must not cost the link.
    let file = match tokio::fs::File::open(&path).await {
        Ok(f) => f,
        Err(e) => {
            return Err(AppError::Internal(anyhow::anyhow!(
                "export {}: cannot open its file: {e}",
                found.id
            )));
        }
    };
    let len = file.metadata().await.map_err(anyhow::Error::from)?.len();
    let mut headers = vec![
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/zip"),
        ),
        (header::CONTENT_LENGTH, HeaderValue::from(len)),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ),
    ];
    let day = crate::web::iso_date(now)
        .chars()
        .take(10)
        .collect::<String>();
    let disposition = format!("attachment; filename=\"quill-{}-{day}.zip\"", me.username);
    headers.push((
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(anyhow::Error::from)?,
    ));
    if method == Method::HEAD {
        // A look at the headers does not spend the link.
        return Ok(with_headers(StatusCode::OK, headers, Body::empty()));
    }
    // Spent by exactly one request, even when two arrive together.
    let spent = sqlx::query(
        "UPDATE data_export SET downloaded_at = $1 \
         WHERE id = $2 AND downloaded_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(found.id)
    .execute(&state.db)
    .await?
    .rows_affected();
    if spent != 1 {
        return Ok(gone("settings-export-used-title", "settings-export-used"));
    }
    tracing::info!(
        user_id = me.id,
        export_id = found.id,
        bytes = len,
        "data export downloaded"
    );
    let body = tokio_util::io::ReaderStream::with_capacity(file, 64 * 1024);
    // The file goes when the answer is dropped: sent in full, or cut off
    // (the link is spent either way; the sweep catches what this misses).
    let body = RemoveWhenDone {
        inner: body,
        path: Some(path),
    };
    Ok(with_headers(
        StatusCode::OK,
        headers,
        Body::from_stream(body),
    ))
}

fn with_headers(
    status: StatusCode,
    headers: Vec<(header::HeaderName, HeaderValue)>,
    body: Body,
) -> Response {
    let mut resp = (status, body).into_response();
    resp.headers_mut().extend(headers);
    resp
}

/// 410 with a page that says what happened and what to do (two message keys).
fn gone(title: &'static str, message: &'static str) -> Response {
    let mut resp = ErrorPage::response(StatusCode::GONE, Msg::new(title), Msg::new(message));
    resp.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    resp
}

/// A body stream that deletes its file when dropped.
struct RemoveWhenDone<S> {
    inner: S,
    path: Option<PathBuf>,
}

impl<S: futures::Stream + Unpin> futures::Stream for RemoveWhenDone<S> {
    type Item = S::Item;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        std::pin::Pin::new(&mut self.inner).poll_next(cx)
    }
}

impl<S> Drop for RemoveWhenDone<S> {
    fn drop(&mut self) {
        if let Some(path) = self.path.take()
            && let Err(e) = std::fs::remove_file(&path)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(error = %e, "could not delete a downloaded export; the sweep will");
        }
    }
}

/// Builds the zip, records it (older links of the person become void) and
/// queues the mail, in one transaction. Run again after a failure, it
/// builds afresh: the file of a failed attempt is removed.
pub async fn build_export(state: AppState, job: BuildExport) -> anyhow::Result<()> {
    let Some(owner) = crate::accounts::addressee(&state.db, job.account_id, false).await? else {
        return Ok(());
    };
    // The archive's README is in the owner's language.
    let lang = state.i18n.for_account(owner.locale.as_deref());
    let dir = exports_dir(&state.config.data_dir);
    tokio::fs::create_dir_all(&dir).await?;
    let name = format!("{}.zip", &crate::crypto::random_token()[..32]);
    let path = dir.join(&name);
    let started = std::time::Instant::now();
    let summary = archive::build(
        &state.db,
        state.media.store.root(),
        job.account_id,
        &path,
        &lang,
    )
    .await?;
    let recorded = record(
        &state.db,
        job.account_id,
        &format!("exports/{name}"),
        summary.bytes,
    )
    .await;
    let voided = match recorded {
        Ok(voided) => voided,
        Err(e) => {
            let _ = tokio::fs::remove_file(&path).await;
            return Err(e);
        }
    };
    state.queue.wake();
    for old in voided {
        remove_file(&state.config.data_dir, &old).await;
    }
    tracing::info!(
        user_id = job.account_id,
        posts = summary.posts,
        pictures = summary.pictures,
        comments = summary.comments,
        bytes = summary.bytes,
        ms = started.elapsed().as_millis() as u64,
        "data export built"
    );
    Ok(())
}

/// Records a built export and queues its mail; returns the files of the
/// person's older exports, whose links it made void.
async fn record(db: &Db, account: i64, file_path: &str, bytes: u64) -> anyhow::Result<Vec<String>> {
    let now = now_ms();
    let mut tx = db.begin().await?;
    let voided: Vec<String> = sqlx::query_scalar(
        "UPDATE data_export SET expires_at = $1, file_removed_at = $1 \
         WHERE account_id = $2 AND downloaded_at IS NULL AND file_removed_at IS NULL RETURNING file_path",
    )
    .bind(now)
    .bind(account)
    .fetch_all(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO data_export (account_id, file_path, bytes, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(account)
    .bind(file_path)
    .bind(i64::try_from(bytes).unwrap_or(i64::MAX))
    .bind(now)
    .bind(now + LINK_LIFETIME_MS)
    .fetch_one(&mut *tx)
    .await?;
    crate::jobs::enqueue(&mut *tx, &SendExportLink { export_id: id }, now).await?;
    tx.commit().await?;
    Ok(voided)
}

/// Issues a new token for the export (one an earlier attempt of this job
/// mailed stops working) and mails the link.
pub async fn send_export_link(state: AppState, job: SendExportLink) -> anyhow::Result<()> {
    let token = crate::crypto::random_token();
    let row: Option<(i64, i64, i64)> = sqlx::query_as(
        "UPDATE data_export SET token_hash = $1 \
         WHERE id = $2 AND downloaded_at IS NULL AND expires_at > $3 AND file_removed_at IS NULL \
         RETURNING account_id, expires_at, bytes",
    )
    .bind(tokens::hash(&token))
    .bind(job.export_id)
    .bind(now_ms())
    .fetch_optional(&state.db)
    .await?;
    let Some((account, expires_at, bytes)) = row else {
        return Ok(());
    };
    let Some(who) = crate::accounts::addressee(&state.db, account, false).await? else {
        return Ok(());
    };
    let lang = state.i18n.for_account(who.locale.as_deref());
    let link = format!(
        "{}/settings/export/download?token={token}",
        state.config.origin()
    );
    let ready = lang.t1(
        "settings-export-mail-ready",
        "size",
        crate::error::format_bytes(bytes.max(0) as u64),
    );
    let rules = lang.t2(
        "settings-export-mail-rules",
        "time",
        lang.datetime(expires_at),
        "username",
        &who.username,
    );
    let download = lang.t("settings-export-mail-link");
    let mail = Notice {
        lang: &lang,
        username: &who.username,
        paragraphs: &[&ready, &rules],
        link_label: &download,
        link: &link,
    }
    .email(who.email, &lang.t("settings-export-mail-subject"))?;
    state.mailer.send(&mail).await
}

/// Deletes a file under the data dir; one already gone is fine.
async fn remove_file(data_dir: &Path, file_path: &str) -> bool {
    // Only names this module made: `exports/<hex>.zip`.
    let valid = file_path
        .strip_prefix("exports/")
        .and_then(|n| n.strip_suffix(".zip"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()));
    if !valid {
        return true;
    }
    match tokio::fs::remove_file(data_dir.join(file_path)).await {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
        Err(e) => {
            tracing::warn!(error = %e, file = file_path, "could not delete an export file");
            false
        }
    }
}

/// Deletes the files of expired and downloaded exports, forgets exports
/// older than a week, and removes files no export names (a build cut off
/// by a crash).
pub async fn sweep_exports(state: AppState, _job: SweepExports) -> anyhow::Result<()> {
    let data_dir = &state.config.data_dir;
    let now = now_ms();
    let done: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, file_path FROM data_export WHERE file_removed_at IS NULL \
         AND (expires_at <= $1 OR downloaded_at IS NOT NULL) ORDER BY id LIMIT 1000",
    )
    .bind(now)
    .fetch_all(&state.db)
    .await?;
    let mut removed = 0;
    for (id, file_path) in &done {
        if remove_file(data_dir, file_path).await {
            sqlx::query("UPDATE data_export SET file_removed_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id)
                .execute(&state.db)
                .await?;
            removed += 1;
        }
    }
    sqlx::query("DELETE FROM data_export WHERE created_at < $1 AND file_removed_at IS NOT NULL")
        .bind(now - KEEP_ROWS_MS)
        .execute(&state.db)
        .await?;
    let orphans = remove_orphans(&state.db, &exports_dir(data_dir)).await?;
    if removed + orphans > 0 {
        tracing::info!(removed, orphans, "export files swept");
    }
    Ok(())
}

async fn remove_orphans(db: &Db, dir: &Path) -> anyhow::Result<usize> {
    let mut entries = match tokio::fs::read_dir(dir).await {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e.into()),
    };
    let live: Vec<String> =
        sqlx::query_scalar("SELECT file_path FROM data_export WHERE file_removed_at IS NULL")
            .fetch_all(db)
            .await?;
    let mut removed = 0;
    while let Some(entry) = entries.next_entry().await? {
        let name = entry.file_name().to_string_lossy().into_owned();
        if live
            .iter()
            .any(|l| l.strip_prefix("exports/") == Some(name.as_str()))
        {
            continue;
        }
        let age_ms = entry
            .metadata()
            .await
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .map_or(0, |d| d.as_millis() as i64);
        if age_ms > ORPHAN_AFTER_MS && entry.file_type().await?.is_file() {
            tokio::fs::remove_file(entry.path()).await?;
            removed += 1;
        }
    }
    Ok(removed)
}
