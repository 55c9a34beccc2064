//! The durable job queue: the role Celery + Redis played in the seed.
//!
//! Written here rather than taken from crates.io because no maintained queue
//! crate enqueues inside the caller's own transaction on both SQLite and
//! PostgreSQL, and that is the property that matters: a job row is committed
//! together with the write that causes it, or not at all.
//!
//! Each kind of job is a serde struct implementing [`Job`]; `enqueue` stores
//! it as JSON and the queue reads the JSON back into the struct before its
//! handler runs (registered by type: `handlers.register(&state, send_reset)`).
//!
//! Delivery is at least once: handlers get ids in their payload, re-read
//! their data and finish quietly if it is gone. A claimed job carries a lease
//! (`locked_until`); a worker that dies leaves it to be claimed again once
//! the lease runs out. Failures retry with exponential backoff and jitter;
//! after `max_attempts` the job is `dead` and stays visible.

pub mod schedule;

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::{Any, Executor};
use tokio::sync::Notify;

use crate::db::{Backend, Db, now_ms};
use crate::metrics::Metrics;

pub const DEFAULT_MAX_ATTEMPTS: i64 = 8;
/// How long a claimed job is ours; a handler is cut off well before.
const LEASE_MS: i64 = 90_000;
/// How long a handler may run unless its kind says otherwise (`Job::TIMEOUT`).
pub const HANDLER_TIMEOUT: Duration = Duration::from_secs(60);
/// Polling is the fallback; an enqueue in this process wakes workers at once.
const POLL_EVERY: Duration = Duration::from_secs(2);

type HandlerFuture = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>;
/// Reads a stored payload into the job's type and starts its handler; a
/// payload that does not fit is refused before anything runs.
type Handler = Arc<dyn Fn(&str) -> Result<HandlerFuture, String> + Send + Sync>;

/// A kind of job: a serde struct whose JSON is the stored payload.
///
/// `KIND` and the field names are what the `job` table holds, so jobs
/// stored by an older version must still read: keep both as they are, and
/// give a field added later `#[serde(default)]` (or make it an `Option`).
/// A job that takes nothing is an empty braced struct (`struct X {}`),
/// which is stored as `{}`.
pub trait Job: Serialize + DeserializeOwned + Send + 'static {
    const KIND: &'static str;
    /// How long one run may take before it counts as failed. A kind given
    /// longer than the default holds its claim that long (plus the usual
    /// margin), so no other worker takes it up meanwhile.
    const TIMEOUT: Duration = HANDLER_TIMEOUT;
}

/// Which function runs each kind of job, and for how long at most.
#[derive(Clone, Default)]
pub struct Handlers(HashMap<&'static str, (Handler, Duration)>);

impl Handlers {
    /// Runs `handler` for every job of kind `J::KIND`, with the payload read
    /// into a `J`. A payload that does not read fails the job like an error
    /// would (retried, then dead), with the reason as its last error.
    ///
    /// # Panics
    /// When `J::KIND` already has a handler: two would be a mistake.
    pub fn on<J, F, Fut>(mut self, handler: F) -> Self
    where
        J: Job,
        F: Fn(J) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        let handler: Handler = Arc::new(move |payload: &str| {
            let job: J = serde_json::from_str(payload).map_err(|e| {
                format!(
                    "the payload does not fit a {} job ({}): {e}",
                    J::KIND,
                    std::any::type_name::<J>()
                )
            })?;
            Ok(Box::pin(handler(job)) as HandlerFuture)
        });
        let taken = self.0.insert(J::KIND, (handler, J::TIMEOUT)).is_some();
        assert!(!taken, "two handlers for job kind {:?}", J::KIND);
        self
    }

    /// [`Handlers::on`] for a handler that also takes a state, cloned for
    /// each job: `handlers.register(&state, send_reset)`.
    pub fn register<S, J, F, Fut>(self, state: &S, handler: F) -> Self
    where
        S: Clone + Send + Sync + 'static,
        J: Job,
        F: Fn(S, J) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        let state = state.clone();
        self.on(move |job: J| handler(state.clone(), job))
    }

    /// Whether some handler runs jobs of this kind.
    pub fn handles(&self, kind: &str) -> bool {
        self.0.contains_key(kind)
    }
}

/// A job as stored: its kind and its JSON.
struct Stored {
    kind: &'static str,
    payload: String,
}

impl Stored {
    fn of<J: Job>(job: &J) -> Result<Stored, sqlx::Error> {
        Ok(Stored {
            kind: J::KIND,
            payload: serde_json::to_string(job).map_err(|e| sqlx::Error::Encode(Box::new(e)))?,
        })
    }
}

/// Stores a job with the caller's executor: pass the transaction of the write
/// that causes the job, then call [`Queue::wake`] after it commits.
pub async fn enqueue<'e, E, J>(exec: E, job: &J, run_at: i64) -> Result<i64, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
    J: Job,
{
    insert(exec, Stored::of(job)?, run_at).await
}

async fn insert<'e, E>(exec: E, job: Stored, run_at: i64) -> Result<i64, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
{
    sqlx::query_scalar(
        "INSERT INTO job (kind, payload, max_attempts, run_at, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(job.kind)
    .bind(job.payload)
    .bind(DEFAULT_MAX_ATTEMPTS)
    .bind(run_at)
    .bind(now_ms())
    .fetch_one(exec)
    .await
}

/// Enqueues unless a pending job already holds `key`: the pending one will
/// do the work of both (it reads the state when it runs). Returns whether
/// this call added a job.
pub async fn enqueue_once<'e, E, J>(
    exec: E,
    key: &str,
    job: &J,
    run_at: i64,
) -> Result<bool, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
    J: Job,
{
    let job = Stored::of(job)?;
    let added = sqlx::query(
        "INSERT INTO job (kind, payload, max_attempts, run_at, created_at, unique_key) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(job.kind)
    .bind(job.payload)
    .bind(DEFAULT_MAX_ATTEMPTS)
    .bind(run_at)
    .bind(now_ms())
    .bind(key)
    .execute(exec)
    .await?
    .rows_affected();
    Ok(added == 1)
}

#[derive(Debug, sqlx::FromRow)]
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

/// Puts a dead (or waiting) job back at the front of the queue with a
/// fresh set of attempts, in the caller's transaction (its last error
/// stays, for comparison). Its kind, or `None` when it is running or gone.
pub async fn retry(conn: &mut sqlx::AnyConnection, id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE job SET state = 'pending', attempts = 0, run_at = $1, locked_by = NULL, locked_until = NULL \
         WHERE id = $2 AND state IN ('dead', 'pending') RETURNING kind",
    )
    .bind(now_ms())
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// Every dead job back in the queue with fresh attempts; how many.
pub async fn retry_dead(conn: &mut sqlx::AnyConnection) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE job SET state = 'pending', attempts = 0, run_at = $1, locked_by = NULL, locked_until = NULL \
         WHERE state = 'dead'",
    )
    .bind(now_ms())
    .execute(conn)
    .await?
    .rows_affected())
}

/// Removes a job that is not running (what it would have done is dropped).
/// Its kind, or `None` when it is running or gone.
pub async fn discard(
    conn: &mut sqlx::AnyConnection,
    id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("DELETE FROM job WHERE id = $1 AND state <> 'running' RETURNING kind")
        .bind(id)
        .fetch_optional(conn)
        .await
}

#[derive(Clone)]
pub struct Queue {
    db: Db,
    backend: Backend,
    wake: Arc<Notify>,
    worker_id: String,
    poll_every: Duration,
    metrics: Metrics,
}

impl Queue {
    pub fn new(db: Db, backend: Backend) -> Queue {
        Queue {
            db,
            backend,
            wake: Arc::new(Notify::new()),
            worker_id: crate::crypto::random_token()[..16].to_string(),
            poll_every: POLL_EVERY,
            metrics: Metrics::new(),
        }
    }

    /// Counts the jobs this queue's workers run and fail in `metrics`.
    pub fn reporting_to(mut self, metrics: Metrics) -> Queue {
        self.metrics = metrics;
        self
    }

    /// Tells the workers that a job was just committed: this process's at
    /// once, other processes' through NOTIFY on PostgreSQL.
    pub fn wake(&self) {
        self.wake.notify_waiters();
        if self.backend == Backend::Postgres {
            let db = self.db.clone();
            // Off the request's path: a lost NOTIFY only costs a poll interval.
            tokio::spawn(async move {
                if let Err(e) = sqlx::query("SELECT pg_notify($1, '')")
                    .bind(CHANNEL)
                    .execute(&db)
                    .await
                {
                    tracing::debug!(error = %e, "could not NOTIFY workers");
                }
            });
        }
    }

    /// Takes the next due job (or one whose lease ran out), atomically: on
    /// PostgreSQL with SKIP LOCKED so workers never wait on each other, on
    /// SQLite by its single writer.
    pub async fn claim(&self) -> Result<Option<ClaimedJob>, sqlx::Error> {
        // Two simple lookups rather than one with OR, so each walks the
        // `job_due (state, run_at)` index instead of scanning the table.
        if let Some(job) = self
            .claim_where("state = 'pending' AND run_at <= $3", "run_at, id")
            .await?
        {
            return Ok(Some(job));
        }
        self.claim_where("state = 'running' AND locked_until < $3", "id")
            .await
    }

    async fn claim_where(&self, due: &str, order: &str) -> Result<Option<ClaimedJob>, sqlx::Error> {
        let skip_locked = if self.backend == Backend::Postgres {
            "FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let sql = format!(
            "UPDATE job SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, unique_key = NULL \
             WHERE id = (SELECT id FROM job WHERE {due} ORDER BY {order} LIMIT 1 {skip_locked}) \
             RETURNING id, kind, payload, attempts, max_attempts"
        );
        let now = now_ms();
        sqlx::query_as(&sql)
            .bind(&self.worker_id)
            .bind(now + LEASE_MS)
            .bind(now)
            .fetch_optional(&self.db)
            .await
    }

    /// Keeps a claimed job ours for `timeout` and the usual margin.
    async fn hold(&self, id: i64, timeout: Duration) -> Result<(), sqlx::Error> {
        let until =
            now_ms() + timeout.as_millis() as i64 + (LEASE_MS - HANDLER_TIMEOUT.as_millis() as i64);
        sqlx::query("UPDATE job SET locked_until = $1 WHERE id = $2 AND locked_by = $3")
            .bind(until)
            .bind(id)
            .bind(&self.worker_id)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    /// Runs one claimed job and records how it went. A panic in the handler
    /// counts as a failure, as does running past the timeout.
    pub async fn run(&self, handlers: &Handlers, job: ClaimedJob) -> Result<Outcome, sqlx::Error> {
        let result = match handlers.0.get(job.kind.as_str()) {
            None => Err(format!("no handler for job kind {:?}", job.kind)),
            Some((handler, timeout)) => match handler(&job.payload) {
                Err(e) => Err(e),
                Ok(started) => {
                    if *timeout > HANDLER_TIMEOUT {
                        self.hold(job.id, *timeout).await?;
                    }
                    let mut task = tokio::spawn(started);
                    let ran = tokio::time::timeout(*timeout, &mut task).await;
                    if ran.is_err() {
                        // Cut off: it must not go on beside its retry.
                        task.abort();
                    }
                    match ran {
                        Ok(Ok(Ok(()))) => Ok(()),
                        Ok(Ok(Err(e))) => Err(format!("{e:#}")),
                        Ok(Err(join)) if join.is_panic() => Err("the handler panicked".to_string()),
                        Ok(Err(join)) => Err(format!("the handler was cancelled: {join}")),
                        Err(_) => Err(format!("the handler ran past {}s", timeout.as_secs())),
                    }
                }
            },
        };
        self.metrics.jobs_run.with_label_values(&[&job.kind]).inc();
        if result.is_err() {
            self.metrics
                .jobs_failed
                .with_label_values(&[&job.kind])
                .inc();
        }
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
                // Logged once recorded, so the line means the retry is safe in the database.
                tracing::warn!(job_id = job.id, kind = %job.kind, attempt = job.attempts, dead, %error, "job failed");
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

    /// Starts `count` worker loops. Each claims and runs jobs until told to
    /// stop; on PostgreSQL a listener also wakes them when another process
    /// enqueues (`listen_url`), with polling as the fallback.
    pub fn start(&self, handlers: Handlers, count: usize, listen_url: Option<&str>) -> Workers {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..count.max(1) {
            tasks.spawn(self.clone().work(handlers.clone(), stopped.clone()));
        }
        let (listening_tx, listening) = tokio::sync::watch::channel(false);
        let listener = match (self.backend, listen_url) {
            (Backend::Postgres, Some(url)) => Some(tokio::spawn(listen(
                url.to_string(),
                self.wake.clone(),
                listening_tx,
                stopped,
            ))),
            _ => None,
        };
        Workers {
            queue: self.clone(),
            tasks,
            stop,
            listener,
            listening,
        }
    }

    /// Sets how often idle workers look for due jobs without being woken
    /// (retries coming due, jobs enqueued by a process that cannot notify).
    pub fn with_poll_interval(mut self, every: Duration) -> Self {
        self.poll_every = every;
        self
    }

    async fn work(self, handlers: Handlers, mut shutdown: tokio::sync::watch::Receiver<bool>) {
        while !*shutdown.borrow() {
            // Registered before looking, so a wake-up that comes while we
            // look is not lost.
            let woken = self.wake.notified();
            tokio::pin!(woken);
            woken.as_mut().enable();
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
                _ = woken => {}
                _ = tokio::time::sleep(self.poll_every) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    /// Puts back the jobs this process holds, for another worker or the next
    /// start, without waiting out their lease.
    async fn release_held(&self) -> Result<u64, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE job SET state = 'pending', locked_by = NULL, locked_until = NULL \
             WHERE state = 'running' AND locked_by = $1",
        )
        .bind(&self.worker_id)
        .execute(&self.db)
        .await?;
        Ok(done.rows_affected())
    }
}

/// The PostgreSQL channel enqueues are announced on.
const CHANNEL: &str = "quill_jobs";

/// Wakes this process's workers whenever any process announces a job.
/// The connection is re-made after a failure; meanwhile polling covers.
async fn listen(
    url: String,
    wake: Arc<Notify>,
    listening: tokio::sync::watch::Sender<bool>,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    use sqlx::postgres::PgListener;
    loop {
        let mut listener = match PgListener::connect(&url).await {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!(error = %e, "job listener cannot connect; polling meanwhile");
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(5)) => continue,
                    _ = stopped.changed() => return,
                }
            }
        };
        if let Err(e) = listener.listen(CHANNEL).await {
            tracing::warn!(error = %e, "job listener cannot LISTEN; polling meanwhile");
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(5)) => continue,
                _ = stopped.changed() => return,
            }
        }
        let _ = listening.send(true);
        // Jobs announced while we were not listening are looked for now.
        wake.notify_waiters();
        loop {
            tokio::select! {
                got = listener.recv() => match got {
                    Ok(_) => wake.notify_waiters(),
                    Err(e) => {
                        tracing::warn!(error = %e, "job listener lost its connection");
                        let _ = listening.send(false);
                        break;
                    }
                },
                _ = stopped.changed() => return,
            }
        }
    }
}

/// Running worker loops, stopped by [`Workers::shutdown`].
pub struct Workers {
    queue: Queue,
    tasks: tokio::task::JoinSet<()>,
    stop: tokio::sync::watch::Sender<bool>,
    listener: Option<tokio::task::JoinHandle<()>>,
    listening: tokio::sync::watch::Receiver<bool>,
}

impl Workers {
    /// Runs `task` beside the workers until they are told to stop (the
    /// periodic scheduler).
    pub fn also<F, Fut>(&mut self, task: F)
    where
        F: FnOnce(tokio::sync::watch::Receiver<bool>) -> Fut,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        self.tasks.spawn(task(self.stop.subscribe()));
    }

    /// Resolves once the PostgreSQL listener hears other processes' jobs
    /// (at once without one: in-process wake-ups need no connection).
    pub async fn listening(&mut self) {
        if self.listener.is_some() {
            let _ = self.listening.wait_for(|l| *l).await;
        }
    }

    /// Lets the jobs in hand finish for at most `grace`; what is still
    /// running then is put back as pending for the next start.
    pub async fn shutdown(mut self, grace: Duration) {
        let _ = self.stop.send(true);
        let finished = tokio::time::timeout(grace, async {
            while self.tasks.join_next().await.is_some() {}
        })
        .await;
        if finished.is_err() {
            self.tasks.abort_all();
            match self.queue.release_held().await {
                Ok(n) => tracing::warn!(
                    jobs = n,
                    grace_secs = grace.as_secs(),
                    "jobs still running at shutdown were put back for the next start"
                ),
                Err(e) => {
                    tracing::error!(error = %e, "could not put back running jobs; their lease will expire")
                }
            }
        }
        if let Some(l) = self.listener {
            l.abort();
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
