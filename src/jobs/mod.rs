//! The durable job queue: the role Celery + Redis played in the seed.
//!
//! Written here rather than taken from crates.io because no maintained queue
//! crate enqueues inside the caller's own transaction on both SQLite and
//! PostgreSQL, and that is the property that matters: a job row is committed
//! together with the write that causes it, or not at all.
//!
//! Delivery is at least once: handlers get ids in their payload, re-read
//! their data and finish quietly if it is gone. A claimed job carries a lease
//! (`locked_until`); a worker that dies leaves it to be claimed again once
//! the lease runs out. Failures retry with exponential backoff and jitter;
//! after `max_attempts` the job is `dead` and stays visible.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use sqlx::{Any, Executor};
use tokio::sync::Notify;

use crate::db::{Backend, Db, now_ms};

pub const DEFAULT_MAX_ATTEMPTS: i64 = 8;
/// How long a claimed job is ours; a handler is cut off well before.
const LEASE_MS: i64 = 90_000;
const HANDLER_TIMEOUT: Duration = Duration::from_secs(60);
/// Polling is the fallback; an enqueue in this process wakes workers at once.
const POLL_EVERY: Duration = Duration::from_secs(2);

type HandlerFuture = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>;
type Handler = Arc<dyn Fn(serde_json::Value) -> HandlerFuture + Send + Sync>;

/// Which function runs each kind of job.
#[derive(Clone, Default)]
pub struct Handlers(HashMap<&'static str, Handler>);

impl Handlers {
    pub fn on<F, Fut>(mut self, kind: &'static str, handler: F) -> Self
    where
        F: Fn(serde_json::Value) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        self.0
            .insert(kind, Arc::new(move |payload| Box::pin(handler(payload))));
        self
    }
}

/// Stores a job with the caller's executor: pass the transaction of the write
/// that causes the job, then call [`Queue::wake`] after it commits.
pub async fn enqueue<'e, E>(
    exec: E,
    kind: &str,
    payload: &serde_json::Value,
    run_at: i64,
) -> Result<i64, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
{
    sqlx::query_scalar(
        "INSERT INTO job (kind, payload, max_attempts, run_at, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(kind)
    .bind(payload.to_string())
    .bind(DEFAULT_MAX_ATTEMPTS)
    .bind(run_at)
    .bind(now_ms())
    .fetch_one(exec)
    .await
}

#[derive(Debug)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub max_attempts: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Retry,
    Dead,
}

#[derive(Clone)]
pub struct Queue {
    db: Db,
    backend: Backend,
    wake: Arc<Notify>,
    worker_id: String,
}

impl Queue {
    pub fn new(db: Db, backend: Backend) -> Queue {
        Queue {
            db,
            backend,
            wake: Arc::new(Notify::new()),
            worker_id: crate::web::random_token()[..16].to_string(),
        }
    }

    /// Tells this process's workers that a job was just committed.
    pub fn wake(&self) {
        self.wake.notify_waiters();
    }

    /// Takes the next due job (or one whose lease ran out), atomically: on
    /// PostgreSQL with SKIP LOCKED so workers never wait on each other, on
    /// SQLite by its single writer.
    pub async fn claim(&self) -> Result<Option<ClaimedJob>, sqlx::Error> {
        let skip_locked = if self.backend == Backend::Postgres {
            "FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let sql = format!(
            "UPDATE job SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2 \
             WHERE id = (SELECT id FROM job \
                         WHERE (state = 'pending' AND run_at <= $3) OR (state = 'running' AND locked_until < $3) \
                         ORDER BY run_at, id LIMIT 1 {skip_locked}) \
             RETURNING id, kind, payload, attempts, max_attempts"
        );
        let now = now_ms();
        let row: Option<(i64, String, String, i64, i64)> = sqlx::query_as(&sql)
            .bind(&self.worker_id)
            .bind(now + LEASE_MS)
            .bind(now)
            .fetch_optional(&self.db)
            .await?;
        Ok(
            row.map(|(id, kind, payload, attempts, max_attempts)| ClaimedJob {
                id,
                kind,
                payload,
                attempts,
                max_attempts,
            }),
        )
    }

    /// Runs one claimed job and records how it went. A panic in the handler
    /// counts as a failure, as does running past the timeout.
    pub async fn run(&self, handlers: &Handlers, job: ClaimedJob) -> Result<Outcome, sqlx::Error> {
        let result = match handlers.0.get(job.kind.as_str()) {
            None => Err(format!("no handler for job kind {:?}", job.kind)),
            Some(handler) => match serde_json::from_str(&job.payload) {
                Err(e) => Err(format!("payload is not JSON: {e}")),
                Ok(payload) => {
                    let task = tokio::spawn(handler(payload));
                    match tokio::time::timeout(HANDLER_TIMEOUT, task).await {
                        Ok(Ok(Ok(()))) => Ok(()),
                        Ok(Ok(Err(e))) => Err(format!("{e:#}")),
                        Ok(Err(join)) if join.is_panic() => Err("the handler panicked".to_string()),
                        Ok(Err(join)) => Err(format!("the handler was cancelled: {join}")),
                        Err(_) => Err(format!(
                            "the handler ran past {}s",
                            HANDLER_TIMEOUT.as_secs()
                        )),
                    }
                }
            },
        };
        match result {
            Ok(()) => {
                sqlx::query("DELETE FROM job WHERE id = $1 AND locked_by = $2")
                    .bind(job.id)
                    .bind(&self.worker_id)
                    .execute(&self.db)
                    .await?;
                Ok(Outcome::Done)
            }
            Err(error) => {
                let dead = job.attempts >= job.max_attempts;
                tracing::warn!(job_id = job.id, kind = %job.kind, attempt = job.attempts, dead, %error, "job failed");
                sqlx::query(
                    "UPDATE job SET state = $1, run_at = $2, last_error = $3, locked_by = NULL, locked_until = NULL \
                     WHERE id = $4 AND locked_by = $5",
                )
                .bind(if dead { "dead" } else { "pending" })
                .bind(now_ms() + backoff_ms(job.attempts))
                .bind(error.chars().take(2000).collect::<String>())
                .bind(job.id)
                .bind(&self.worker_id)
                .execute(&self.db)
                .await?;
                Ok(if dead { Outcome::Dead } else { Outcome::Retry })
            }
        }
    }

    /// Runs every job due now, one after another, and returns how many ran:
    /// the hook tests use to drain the queue deterministically.
    pub async fn run_pending(&self, handlers: &Handlers) -> Result<usize, sqlx::Error> {
        let mut ran = 0;
        while let Some(job) = self.claim().await? {
            self.run(handlers, job).await?;
            ran += 1;
        }
        Ok(ran)
    }

    /// A worker loop until `shutdown` fires; the job in hand is finished first.
    pub async fn work(self, handlers: Handlers, mut shutdown: tokio::sync::watch::Receiver<bool>) {
        while !*shutdown.borrow() {
            match self.claim().await {
                Ok(Some(job)) => {
                    if let Err(e) = self.run(&handlers, job).await {
                        tracing::error!(error = %e, "could not record a job's outcome");
                    }
                    continue;
                }
                Ok(None) => {}
                Err(e) => tracing::error!(error = %e, "could not claim a job"),
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(POLL_EVERY) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

/// 2^attempt seconds (capped at an hour), times a random factor in
/// [0.5, 1.5) so that retries of many jobs do not arrive together.
pub fn backoff_ms(attempt: i64) -> i64 {
    let base = 1000i64
        .saturating_mul(1i64 << attempt.clamp(0, 12))
        .min(3_600_000);
    let mut r = [0u8; 2];
    rand::fill(&mut r);
    let jitter = 0.5 + f64::from(u16::from_le_bytes(r)) / 65_536.0;
    (base as f64 * jitter) as i64
}

#[cfg(test)]
mod tests {
    use super::backoff_ms;

    #[test]
    fn backoff_grows_exponentially_with_jitter_and_a_cap() {
        for attempt in 1..6 {
            let base = 1000 * (1 << attempt);
            let b = backoff_ms(attempt);
            assert!(b >= base / 2 && b < base * 3 / 2, "attempt {attempt}: {b}");
        }
        assert!(backoff_ms(40) < 3_600_000 * 3 / 2);
    }
}
