//! Search health: this instance's index against the database, the change
//! log's backlog, a consistency check, and a reindex that runs as a job
//! with its progress shown here.
//!
//! Each instance has its own index (docs/operations.md, "Scaling out"), so the reindex
//! job rebuilds the index of the `serve` process that claims it; a `worker`
//! process, which has none, hands the job back for a server to take.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use askama::Template;
use axum::extract::{FromRef, State};
use serde::{Deserialize, Serialize};

use super::audit::{self, Target};
use super::{Admin, Section};
use crate::accounts::Ctx;
use crate::accounts::Role;
use crate::db::{Db, now_ms};
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::jobs::Job;
use crate::search::Search;
use crate::web::AppState;
use crate::web::{flash, page};

/// Job: rebuild the search index of the `serve` process that takes it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ReindexSearch {}

impl Job for ReindexSearch {
    const KIND: &'static str = "reindex_search";
}

/// The last reindex, kept in `setting` so every page view (on any
/// instance) shows it while it runs.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Reindex {
    pub queued_at: i64,
    pub started_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub done: u64,
    pub total: u64,
    pub error: Option<String>,
}

impl Reindex {
    pub fn percent(&self) -> u64 {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }

    /// Queued or running, and not abandoned: a reindex whose job died, was
    /// discarded or was cut short by a restart stops counting after an hour,
    /// so the button works again.
    pub fn running(&self) -> bool {
        self.finished_at.is_none() && self.error.is_none() && self.queued_at > now_ms() - 3_600_000
    }
}

const SETTING: &str = "search_reindex";

async fn load(db: &Db) -> Result<Option<Reindex>, sqlx::Error> {
    let raw: Option<String> = sqlx::query_scalar("SELECT value FROM setting WHERE name = $1")
        .bind(SETTING)
        .fetch_optional(db)
        .await?;
    Ok(raw.and_then(|r| serde_json::from_str(&r).ok()))
}

async fn save<'e, E>(exec: E, r: &Reindex) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO setting (name, value) VALUES ($1, $2) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    )
    .bind(SETTING)
    .bind(serde_json::to_string(r).unwrap_or_default())
    .execute(exec)
    .await?;
    Ok(())
}

/// Posts the index should hold: those whose authors are not banned.
pub async fn visible_posts(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM post p JOIN account a ON a.id = p.author_id \
         WHERE a.banned_at IS NULL AND p.published_at IS NOT NULL",
    )
    .fetch_one(db)
    .await
}

#[derive(Template)]
#[template(path = "admin/search.html")]
struct SearchPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    /// `None` when this process has no index (never for `serve`).
    docs: Option<u64>,
    applied: i64,
    dir: String,
    posts: i64,
    backlog: i64,
    in_step: bool,
    reindex: Option<Reindex>,
}

pub async fn show(
    Admin(staff): Admin,
    State(state): State<AppState>,
    State(search): State<Search>,
) -> AppResult {
    let status = search.status();
    let posts = visible_posts(&state.db).await?;
    let applied = status.as_ref().map_or(0, |s| s.1.applied);
    let backlog: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM search_change WHERE id > $1")
        .bind(applied)
        .fetch_one(&state.db)
        .await?;
    page(&SearchPage {
        role: staff.me.role(),
        ctx: staff.ctx,
        section: Section::Search,
        docs: status.as_ref().map(|s| s.0),
        applied,
        dir: status
            .as_ref()
            .map(|s| s.2.display().to_string())
            .unwrap_or_default(),
        in_step: status.as_ref().map(|s| s.0) == Some(posts as u64),
        posts,
        backlog,
        reindex: load(&state.db).await?,
    })
}

pub async fn reindex(Admin(staff): Admin, State(state): State<AppState>) -> AppResult {
    if load(&state.db).await?.is_some_and(|r| r.running()) {
        return Ok(flash::redirect(
            "/admin/search",
            &staff.ctx.t("admin-search-reindex-running"),
        ));
    }
    let mut tx = state.db.begin().await?;
    crate::jobs::enqueue(&mut *tx, &ReindexSearch {}, now_ms()).await?;
    save(
        &mut *tx,
        &Reindex {
            queued_at: now_ms(),
            ..Reindex::default()
        },
    )
    .await?;
    audit::record(
        &mut *tx,
        (&staff.me).into(),
        "reindex-search",
        Target {
            kind: "search",
            id: None,
            label: "search index",
        },
        "",
    )
    .await?;
    tx.commit().await?;
    state.queue.wake();
    Ok(flash::redirect(
        "/admin/search",
        &staff.ctx.t("admin-search-reindex-started"),
    ))
}

/// The job: starts the rebuild and returns, since a large index takes
/// longer than the queue's per-job time limit; the rebuild writes its
/// progress to the setting twice a second.
pub async fn reindex_search<S>(state: S, _job: ReindexSearch) -> anyhow::Result<()>
where
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    let Some(indexer) = Search::from_ref(&state).indexer() else {
        anyhow::bail!("this process has no search index (a worker); a server will take the job");
    };
    let task = tokio::spawn(rebuild(AppState::from_ref(&state), indexer));
    // Tests (and small sites) see it finish within the job; a large index
    // goes on in the background.
    match tokio::time::timeout(Duration::from_secs(30), task).await {
        Ok(joined) => joined?,
        Err(_) => Ok(()),
    }
}

async fn rebuild(
    state: AppState,
    indexer: Arc<crate::search::sync::Indexer>,
) -> anyhow::Result<()> {
    let mut report = load(&state.db).await?.unwrap_or_default();
    report.started_at = Some(now_ms());
    report.finished_at = None;
    report.error = None;
    report.done = 0;
    report.total = 0;
    save(&state.db, &report).await?;
    let done = Arc::new(AtomicU64::new(0));
    let total = Arc::new(AtomicU64::new(0));
    let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
    let writer = {
        let (db, done, total, mut report) = (
            state.db.clone(),
            done.clone(),
            total.clone(),
            report.clone(),
        );
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = stop_rx.changed() => return,
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                }
                report.done = done.load(Ordering::Relaxed);
                report.total = total.load(Ordering::Relaxed);
                if let Err(e) = save(&db, &report).await {
                    tracing::debug!(error = %e, "reindex progress not saved");
                }
            }
        })
    };
    let result = indexer
        .rebuild(|d, t| {
            done.store(d, Ordering::Relaxed);
            total.store(t, Ordering::Relaxed);
        })
        .await;
    let _ = stop_tx.send(true);
    let _ = writer.await;
    report.done = done.load(Ordering::Relaxed);
    report.total = total.load(Ordering::Relaxed);
    match &result {
        Ok(n) => {
            report.done = *n;
            report.total = report.total.max(*n);
            report.finished_at = Some(now_ms());
        }
        Err(e) => report.error = Some(format!("{e:#}")),
    }
    save(&state.db, &report).await?;
    result.map(|n| tracing::info!(posts = n, "search index rebuilt from the admin page"))
}

/// Compares the post ids in this index with the database's visible posts.
pub async fn check(
    Admin(staff): Admin,
    State(state): State<AppState>,
    State(search): State<Search>,
) -> AppResult {
    let Some(indexed) = search.indexed_ids().await? else {
        return Ok(flash::redirect(
            "/admin/search",
            &staff.ctx.t("admin-search-check-no-index"),
        ));
    };
    let expected: Vec<i64> = sqlx::query_scalar(
        "SELECT p.id FROM post p JOIN account a ON a.id = p.author_id \
         WHERE a.banned_at IS NULL AND p.published_at IS NOT NULL ORDER BY p.id",
    )
    .fetch_all(&state.db)
    .await?;
    let (missing, extra) = differences(&expected, &indexed);
    let verdict = if missing.is_empty() && extra.is_empty() {
        Msg::new("admin-search-consistent").with("count", expected.len())
    } else {
        Msg::new("admin-search-inconsistent")
            .with("missing", missing.len())
            .with("missing_ids", sample(&missing))
            .with("extra", extra.len())
            .with("extra_ids", sample(&extra))
    };
    // The audit log is one record for every admin: in English, as its
    // other entries are.
    let recorded = staff.ctx.lang.english().msg(&verdict);
    audit::record(
        &state.db,
        (&staff.me).into(),
        "check-search",
        Target {
            kind: "search",
            id: None,
            label: "search index",
        },
        &recorded,
    )
    .await?;
    Ok(flash::redirect(
        "/admin/search",
        &staff.ctx.lang.msg(&verdict),
    ))
}

/// Ids in `expected` but not `actual`, and the other way round (both sorted).
fn differences(expected: &[i64], actual: &[i64]) -> (Vec<i64>, Vec<i64>) {
    let (mut missing, mut extra) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < expected.len() || j < actual.len() {
        match (expected.get(i), actual.get(j)) {
            (Some(a), Some(b)) if a == b => {
                i += 1;
                j += 1;
            }
            (Some(a), Some(b)) if a < b => {
                missing.push(*a);
                i += 1;
            }
            (Some(_), Some(b)) => {
                extra.push(*b);
                j += 1;
            }
            (Some(a), None) => {
                missing.push(*a);
                i += 1;
            }
            (None, Some(b)) => {
                extra.push(*b);
                j += 1;
            }
            (None, None) => break,
        }
    }
    (missing, extra)
}

fn sample(ids: &[i64]) -> String {
    if ids.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = ids.iter().take(5).map(|i| format!("#{i}")).collect();
    format!(
        " ({}{})",
        shown.join(", "),
        if ids.len() > 5 { ", …" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::differences;

    #[test]
    fn differences_name_what_is_missing_and_what_is_extra() {
        assert_eq!(
            differences(&[1, 2, 4, 7], &[2, 3, 4, 8]),
            (vec![1, 7], vec![3, 8])
        );
        assert_eq!(differences(&[], &[]), (vec![], vec![]));
    }
}
