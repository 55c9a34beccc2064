//! Keeping the index in step with the database through a change log.
//!
//! Every write that changes what a post looks like in search inserts a
//! `search_change` row (post id) in its own transaction. The indexer applies
//! the log in order, re-reading each post, and commits the highest id it
//! applied inside the same tantivy commit: after a crash it resumes exactly
//! where its index is. Applying a change is idempotent (delete the post's
//! document, add it again if it still exists), which is what makes the next
//! two points safe:
//!
//! - PostgreSQL may make a lower id visible after a higher one (transactions
//!   commit out of order), so tailing by id alone could skip it for ever.
//!   Each pass also looks at the last minute of the log and applies what
//!   this process has not yet seen.
//! - Several instances each keep their own index and tail the same log.
//!
//! The log is pruned after a week; an index left behind longer is rebuilt.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use sqlx::Row;
use tokio::sync::Notify;

use super::index::{self, IndexedPost, Live, Progress, SCHEMA_VERSION};
use crate::db::{Db, now_ms, placeholders};

/// Changes younger than this are re-checked on every pass.
const LATE_WINDOW_MS: i64 = 60_000;
/// How long the log is kept.
const KEEP_LOG_MS: i64 = 7 * 24 * 3600 * 1000;
const POLL: Duration = Duration::from_secs(1);
const BATCH: i64 = 500;

/// Records that a post changed, in the caller's transaction.
pub async fn record<'e, E>(exec: E, post_id: i64) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO search_change (post_id, created_at) VALUES ($1, $2)")
        .bind(post_id)
        .bind(now_ms())
        .execute(exec)
        .await?;
    Ok(())
}

/// Records that every post of an author changed (a new display name).
pub async fn record_author<'e, E>(exec: E, author_id: i64) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO search_change (post_id, created_at) SELECT id, $1 FROM post WHERE author_id = $2")
        .bind(now_ms())
        .bind(author_id)
        .execute(exec)
        .await?;
    Ok(())
}

/// Reads posts as the index wants them; hidden ones (drafts, banned
/// authors) and deleted ones are simply missing.
pub async fn load_posts(db: &Db, ids: &[i64]) -> Result<Vec<IndexedPost>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT p.id, p.title, p.body, p.published_at AS created_at, a.username, a.display_name \
         FROM post p JOIN account a ON a.id = p.author_id \
         WHERE a.banned_at IS NULL AND p.published_at IS NOT NULL AND p.id IN ({})",
        placeholders(1, ids.len())
    );
    let mut q = sqlx::query(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    let rows = q.fetch_all(db).await?;
    let mut tags = crate::posts::queries::tags_of(db, ids).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let id: i64 = r.get("id");
            IndexedPost {
                id,
                title: r.get("title"),
                body_text: crate::posts::markdown::to_text(&r.get::<String, _>("body"), None),
                tags: tags.remove(&id).unwrap_or_default(),
                author: r.get("username"),
                author_name: r.get("display_name"),
                created_at: r.get("created_at"),
            }
        })
        .collect())
}

/// The indexer of one process: applies the log to the live index.
pub struct Indexer {
    db: Db,
    root: PathBuf,
    live: index::Shared,
    wake: Arc<Notify>,
    /// Change ids at or below `applied` seen in the late window.
    seen_late: std::sync::Mutex<HashSet<i64>>,
}

/// One row of the change log: post `post_id` changed at `created_at`.
#[derive(sqlx::FromRow)]
struct Change {
    id: i64,
    post_id: i64,
    created_at: i64,
}

impl Indexer {
    pub fn new(db: Db, root: PathBuf, live: index::Shared, wake: Arc<Notify>) -> Indexer {
        Indexer {
            db,
            root,
            live,
            wake,
            seen_late: Default::default(),
        }
    }

    fn live(&self) -> Arc<Live> {
        self.live
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Applies every change not yet in the index; returns how many.
    pub async fn catch_up(&self) -> anyhow::Result<usize> {
        let mut total = 0;
        let mut first = true;
        loop {
            let live = self.live();
            let progress = live.progress();
            let now = now_ms();
            // Next in order, then (once) the recent ones below our position
            // that another transaction made visible late.
            let mut rows: Vec<Change> = sqlx::query_as(
                "SELECT id, post_id, created_at FROM search_change WHERE id > $1 ORDER BY id LIMIT $2",
            )
            .bind(progress.applied)
            .bind(BATCH)
            .fetch_all(&self.db)
            .await?;
            let batch_full = rows.len() as i64 >= BATCH;
            if first {
                first = false;
                let late: Vec<Change> = sqlx::query_as(
                    "SELECT id, post_id, created_at FROM search_change \
                     WHERE id <= $1 AND created_at > $2 ORDER BY id LIMIT 10000",
                )
                .bind(progress.applied)
                .bind(now - LATE_WINDOW_MS)
                .fetch_all(&self.db)
                .await?;
                rows.extend(late);
            }
            let fresh: Vec<Change> = {
                let seen = self
                    .seen_late
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                rows.into_iter()
                    .filter(|c| c.id > progress.applied || !seen.contains(&c.id))
                    .collect()
            };
            if fresh.is_empty() {
                if batch_full {
                    continue;
                }
                return Ok(total);
            }
            let mut ids: Vec<i64> = fresh.iter().map(|c| c.post_id).collect();
            ids.sort_unstable();
            ids.dedup();
            let found = load_posts(&self.db, &ids).await?;
            let removed: Vec<i64> = ids
                .iter()
                .filter(|id| !found.iter().any(|p| p.id == **id))
                .copied()
                .collect();
            let next = Progress {
                schema: SCHEMA_VERSION,
                applied: fresh
                    .iter()
                    .map(|c| c.id)
                    .max()
                    .unwrap_or(0)
                    .max(progress.applied),
                at: now,
            };
            tokio::task::spawn_blocking(move || live.apply(&removed, &found, &next)).await??;
            {
                let mut seen = self
                    .seen_late
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                seen.extend(
                    fresh
                        .iter()
                        .filter(|c| c.created_at > now - LATE_WINDOW_MS)
                        .map(|c| c.id),
                );
                // Forget what has left the window (ids are roughly time-ordered).
                if seen.len() > 10_000 {
                    seen.clear();
                }
            }
            total += fresh.len();
            if !batch_full {
                return Ok(total);
            }
        }
    }

    /// Builds a complete index in a new folder and makes it the live one.
    /// Search keeps answering from the old index meanwhile.
    pub async fn rebuild(&self, progress: impl Fn(u64, u64)) -> anyhow::Result<u64> {
        let (fresh, done) = build(&self.db, &self.root, progress).await?;
        let dir = fresh.dir.clone();
        let old = {
            let mut live = self
                .live
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            std::mem::replace(&mut *live, Arc::new(fresh))
        };
        retire(old, &dir);
        self.seen_late
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
        self.catch_up().await?;
        Ok(done)
    }

    /// Follows another process's rebuild: when `CURRENT` names another
    /// folder, open it (its writer is free once that rebuild is done).
    fn follow_current(&self) {
        let current = index::current_dir(&self.root);
        if current == self.live().dir {
            return;
        }
        match Live::open(&current) {
            Ok(l) => {
                let old = std::mem::replace(
                    &mut *self
                        .live
                        .write()
                        .unwrap_or_else(std::sync::PoisonError::into_inner),
                    Arc::new(l),
                );
                retire(old, &current);
                self.seen_late
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .clear();
                tracing::info!(dir = %current.display(), "search index switched to a rebuilt one");
            }
            Err(e) => tracing::debug!(error = %e, "rebuilt search index not ready yet"),
        }
    }

    /// The loop: woken by writes in this process, polling every second for
    /// other processes' writes; prunes the log hourly.
    pub async fn run(self: Arc<Self>, mut stop: tokio::sync::watch::Receiver<bool>) {
        let mut last_prune = 0;
        while !*stop.borrow() {
            let woken = self.wake.notified();
            tokio::pin!(woken);
            woken.as_mut().enable();
            self.follow_current();
            if let Err(e) = self.catch_up().await {
                tracing::warn!(error = %format!("{e:#}"), "search indexer could not apply changes");
            }
            if now_ms() - last_prune > 3_600_000 {
                last_prune = now_ms();
                if let Err(e) = prune(&self.db).await {
                    tracing::warn!(error = %e, "could not prune the search change log");
                }
            }
            tokio::select! {
                _ = woken => {}
                _ = tokio::time::sleep(POLL) => {}
                _ = stop.changed() => {}
            }
        }
    }

    /// At start: a new schema, an index left behind longer than the log is
    /// kept, or a document count that does not match the posts, means a
    /// rebuild (in the background; search answers from the old index).
    pub async fn needs_rebuild(&self) -> anyhow::Result<Option<String>> {
        let live = self.live();
        let p = live.progress();
        if p.schema != SCHEMA_VERSION {
            return Ok(Some(format!(
                "schema version {} is not {SCHEMA_VERSION}",
                p.schema
            )));
        }
        let pruned: Option<String> =
            sqlx::query_scalar("SELECT value FROM setting WHERE name = 'search_pruned_upto'")
                .fetch_optional(&self.db)
                .await?;
        if pruned
            .and_then(|v| v.parse::<i64>().ok())
            .is_some_and(|upto| p.applied < upto)
        {
            return Ok(Some("changes it missed were pruned from the log".into()));
        }
        self.catch_up().await?;
        let visible: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM post p JOIN account a ON a.id = p.author_id \
             WHERE a.banned_at IS NULL AND p.published_at IS NOT NULL",
        )
        .fetch_one(&self.db)
        .await?;
        let docs = self.live().num_docs();
        if docs != visible as u64 {
            return Ok(Some(format!(
                "the index has {docs} posts, the database {visible}"
            )));
        }
        Ok(None)
    }
}

/// Drops log entries older than a week, remembering the highest id dropped
/// so an index that had not applied it knows to rebuild.
async fn prune(db: &Db) -> Result<(), sqlx::Error> {
    let cutoff = now_ms() - KEEP_LOG_MS;
    let upto: Option<i64> =
        sqlx::query_scalar("SELECT MAX(id) FROM search_change WHERE created_at < $1")
            .bind(cutoff)
            .fetch_one(db)
            .await?;
    let Some(upto) = upto else { return Ok(()) };
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO setting (name, value) VALUES ('search_pruned_upto', $1) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    )
    .bind(upto.to_string())
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM search_change WHERE id <= $1")
        .bind(upto)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Fills a new index folder under `root` with every post and commits it,
/// with the log position read before the first post: changes made during
/// the build are applied again afterwards, which is harmless. Then makes
/// it the one `CURRENT` names. `progress` hears (done, total).
pub async fn build(
    db: &Db,
    root: &std::path::Path,
    progress: impl Fn(u64, u64),
) -> anyhow::Result<(Live, u64)> {
    // On SQLite, reading every post through the pool would map the whole
    // database file into this process (its 256 MiB mmap: +230 MB of RSS at
    // 100,000 posts, bench/results.txt); a connection of its own without
    // mmap reads it through the page cache instead.
    let url = db.connect_options().database_url.to_string();
    let own = match crate::db::Backend::of(&url) {
        crate::db::Backend::Sqlite => Some(crate::db::connect_with(&url, 0).await?),
        crate::db::Backend::Postgres => None,
    };
    let built = fill(own.as_ref().unwrap_or(db), root, progress).await;
    if let Some(own) = own {
        own.close().await;
    }
    built
}

async fn fill(
    db: &Db,
    root: &std::path::Path,
    progress: impl Fn(u64, u64),
) -> anyhow::Result<(Live, u64)> {
    let dir = index::next_dir(root);
    let fresh = {
        let dir = dir.clone();
        Arc::new(tokio::task::spawn_blocking(move || Live::open(&dir)).await??)
    };
    let start: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM search_change")
        .fetch_one(db)
        .await?;
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM post")
        .fetch_one(db)
        .await?;
    let mut after = 0i64;
    let mut done = 0u64;
    loop {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM post WHERE id > $1 ORDER BY id LIMIT 1000")
                .bind(after)
                .fetch_all(db)
                .await?;
        let Some(&last) = ids.last() else { break };
        after = last;
        let posts = load_posts(db, &ids).await?;
        done += ids.len() as u64;
        let batch = fresh.clone();
        tokio::task::spawn_blocking(move || {
            let writer = batch
                .writer
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            for p in &posts {
                writer.add_document(batch.document_of(p))?;
            }
            anyhow::Ok(())
        })
        .await??;
        progress(done, total as u64);
    }
    let next = Progress {
        schema: SCHEMA_VERSION,
        applied: start,
        at: now_ms(),
    };
    let committed = fresh.clone();
    tokio::task::spawn_blocking(move || {
        committed.apply(&[], &[], &next)?;
        committed.merge_all()
    })
    .await??;
    index::make_current(root, &dir)?;
    let fresh = Arc::try_unwrap(fresh).map_err(|_| anyhow::anyhow!("index still in use"))?;
    Ok((fresh, done))
}

/// Drops a replaced index and deletes its folder (unless it is `keep`).
fn retire(old: Arc<Live>, keep: &std::path::Path) {
    let dir = old.dir.clone();
    drop(old);
    if dir != keep {
        // A search still running on it keeps its open files; Unix allows that.
        let _ = std::fs::remove_dir_all(&dir);
    }
}
