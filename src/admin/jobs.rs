//! The job queue as admins see it: how many jobs wait, run, failed (and
//! will be retried) or are dead, each with its last error and attempts;
//! retry one or every dead job, discard one.

use askama::Template;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::audit::{self, Target};
use super::{Admin, Section, confirmed};
use crate::accounts::Role;
use crate::accounts::{Ctx, CurrentUser};
use crate::db::now_ms;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{PAGE_SIZE, PageQuery, Paging, PathId, flash, page};

/// The states a person cares about. "failed" is a pending job that has
/// failed at least once and waits for its retry.
pub const STATES: &[&str] = &["pending", "running", "failed", "dead"];

#[derive(Debug, Default, Clone, Copy, sqlx::FromRow)]
pub struct Summary {
    pub pending: i64,
    pub running: i64,
    pub failed: i64,
    pub dead: i64,
}

pub async fn summary(db: &crate::db::Db) -> Result<Summary, sqlx::Error> {
    sqlx::query_as(
        "SELECT \
           COALESCE(SUM(CASE WHEN state = 'pending' AND attempts = 0 THEN 1 ELSE 0 END), 0) AS pending, \
           COALESCE(SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END), 0) AS running, \
           COALESCE(SUM(CASE WHEN state = 'pending' AND attempts > 0 THEN 1 ELSE 0 END), 0) AS failed, \
           COALESCE(SUM(CASE WHEN state = 'dead' THEN 1 ELSE 0 END), 0) AS dead \
         FROM job",
    )
    .fetch_one(db)
    .await
}

#[derive(sqlx::FromRow)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub state: String,
    pub attempts: i64,
    pub max_attempts: i64,
    pub run_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

impl JobRow {
    pub fn shown_state(&self) -> &str {
        if self.state == "pending" && self.attempts > 0 {
            "failed"
        } else {
            &self.state
        }
    }

    pub fn retryable(&self) -> bool {
        self.state != "running"
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    confirm: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    state: String,
}

#[derive(Template)]
#[template(path = "admin/jobs.html")]
struct JobsPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    summary: Summary,
    state: String,
    states: &'static [&'static str],
    jobs: Vec<JobRow>,
    paging: Paging,
    /// The filter, for the pagination links.
    query: String,
    now: i64,
    /// Periodic schedules and their next run.
    schedules: Vec<crate::jobs::schedule::Upcoming>,
}

pub async fn list(
    Admin(staff): Admin,
    State(state): State<AppState>,
    Query(filter): Query<Filter>,
    paging: PageQuery,
) -> AppResult {
    let wanted = if STATES.contains(&filter.state.as_str()) {
        filter.state.clone()
    } else {
        String::new()
    };
    let condition = match wanted.as_str() {
        "pending" => "state = 'pending' AND attempts = 0",
        "failed" => "state = 'pending' AND attempts > 0",
        "running" => "state = 'running'",
        "dead" => "state = 'dead'",
        _ => "1 = 1",
    };
    let mut rows: Vec<JobRow> = sqlx::query_as(&format!(
        "SELECT id, kind, state, attempts, max_attempts, run_at, last_error, created_at \
         FROM job WHERE {condition} ORDER BY id DESC LIMIT $1 OFFSET $2"
    ))
    .bind(PAGE_SIZE + 1)
    .bind(paging.offset())
    .fetch_all(&state.db)
    .await?;
    let pages = paging.paging(&mut rows);
    page(&JobsPage {
        role: staff.me.role(),
        ctx: staff.ctx,
        section: Section::Jobs,
        summary: summary(&state.db).await?,
        state: wanted.clone(),
        states: STATES,
        jobs: rows,
        paging: pages,
        query: if wanted.is_empty() {
            String::new()
        } else {
            format!("state={wanted}&")
        },
        now: now_ms(),
        schedules: crate::jobs::schedule::upcoming(&state.db).await?,
    })
}

fn job_target(id: i64, kind: &str) -> Target<'_> {
    Target {
        kind: "job",
        id: Some(id),
        label: kind,
    }
}

/// A dead or failed job goes back to the front of the queue with a fresh
/// set of attempts (its last error stays, for comparison).
pub async fn retry(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> AppResult {
    let kind = act_on_job(&state, &staff.me, id, JobAction::Retry).await?;
    state.queue.wake();
    Ok(flash::redirect(
        "/admin/jobs",
        &staff.ctx.t2("admin-jobs-retried", "id", id, "kind", kind),
    ))
}

pub async fn retry_dead(Admin(staff): Admin, State(state): State<AppState>) -> AppResult {
    let mut tx = state.db.begin().await?;
    let moved = crate::jobs::retry_dead(&mut tx).await?;
    if moved > 0 {
        audit::record(
            &mut *tx,
            (&staff.me).into(),
            "retry-dead-jobs",
            Target {
                kind: "job",
                id: None,
                label: &format!("{moved} dead jobs"),
            },
            "",
        )
        .await?;
    }
    tx.commit().await?;
    state.queue.wake();
    Ok(flash::redirect(
        "/admin/jobs",
        &staff.ctx.t1("admin-jobs-retried-dead", "count", moved),
    ))
}

/// Removes a job that is not running: what it would have done is dropped.
pub async fn discard(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
    Form(form): Form<ConfirmForm>,
) -> AppResult {
    confirmed(&form.confirm)?;
    let kind = act_on_job(&state, &staff.me, id, JobAction::Discard).await?;
    Ok(flash::redirect(
        "/admin/jobs",
        &staff.ctx.t2("admin-jobs-discarded", "id", id, "kind", kind),
    ))
}

#[derive(Clone, Copy)]
enum JobAction {
    Retry,
    Discard,
}

/// Retries or discards job `id` in the transaction of its audit record and
/// returns the job's kind. The queue answers `None` for a job that is
/// running or already finished: refused, and nothing is recorded.
async fn act_on_job(
    state: &AppState,
    by: &CurrentUser,
    id: i64,
    action: JobAction,
) -> AppResult<String> {
    let mut tx = state.db.begin().await?;
    let (kind, name, refused) = match action {
        JobAction::Retry => (
            crate::jobs::retry(&mut tx, id).await?,
            "retry-job",
            "admin-jobs-retry-refused",
        ),
        JobAction::Discard => (
            crate::jobs::discard(&mut tx, id).await?,
            "discard-job",
            "admin-jobs-discard-refused",
        ),
    };
    let Some(kind) = kind else {
        return Err(AppError::Unprocessable(Msg::new(refused)));
    };
    audit::record(&mut *tx, by.into(), name, job_target(id, &kind), "").await?;
    tx.commit().await?;
    Ok(kind)
}
