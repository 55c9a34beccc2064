//! Job queue throughput, in jobs per second, through the library itself.
//!
//!   cargo bench --bench queue
//!   BENCH_JOBS=20000 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!       cargo bench --bench queue
//!
//! Per backend (SQLite in a temp file always; PostgreSQL in a throw-away
//! database when `BENCH_DATABASE_URL` names an admin connection):
//!
//! - enqueue: N jobs, one transaction each, because that is how the app
//!   enqueues (the job commits with the write that causes it);
//! - drain with 1 and with 4 worker loops: N jobs are enqueued first, then
//!   the workers start and the clock runs until the job table is empty;
//! - run_pending: the same drain through the serial hook tests use, as a
//!   floor without any worker machinery.
//!
//! The handler does nothing, so the numbers are the queue's own cost (claim,
//! spawn, delete) and an upper bound for real jobs.
//!
//! A plain binary (`harness = false`) rather than criterion: one run of a few
//! seconds per row is the quantity of interest, not a per-iteration
//! distribution, and it needs no extra dependency.

// A test, bench or example that cannot go on may panic: unwrap is allowed here.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use quill::db::{self, Backend, Db};
use quill::jobs::{self, Handlers, Job, Queue};
use serde::{Deserialize, Serialize};

/// The job measured: it does nothing, so the queue's own cost is what shows.
#[derive(Serialize, Deserialize)]
struct Noop {
    i: usize,
}

impl Job for Noop {
    const KIND: &'static str = "noop";
}

/// Polling period while waiting for the table to empty: short against a
/// drain of several seconds, long enough not to compete with the workers.
const POLL: Duration = Duration::from_millis(20);
/// Give up when the count stops going down for this long (a failing handler
/// would leave retries behind and the drain would otherwise never end).
const STALL: Duration = Duration::from_secs(30);
/// Jobs enqueued and run before measuring, so that pool connections, SQLite's
/// page cache and PostgreSQL's plan cache are warm for every row alike.
const WARMUP_JOBS: usize = 100;

struct Row {
    backend: &'static str,
    phase: String,
    jobs: usize,
    elapsed: Duration,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // Worker loops log claim/record failures through tracing; without a
    // subscriber a broken run would just look slow.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();

    let n: usize = match std::env::var("BENCH_JOBS") {
        Ok(v) => v
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .context("BENCH_JOBS: must be a positive integer")?,
        Err(_) => 5000,
    };
    let mut rows = Vec::new();

    let dir = tempfile::tempdir()?;
    let sqlite_url = format!("sqlite://{}/bench.db", dir.path().display());
    eprintln!("[queue] sqlite: {sqlite_url}");
    rows.extend(bench_backend("sqlite", &sqlite_url, n).await?);

    match std::env::var("BENCH_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let pg = PgScratch::create(&admin_url).await?;
            eprintln!("[queue] postgres: database {}", pg.name);
            // Dropped whatever happened, then the outcome is reported.
            let result = bench_backend("postgres", &pg.url, n).await;
            pg.drop_database().await?;
            rows.extend(result?);
        }
        _ => eprintln!("[queue] BENCH_DATABASE_URL unset: PostgreSQL skipped"),
    }

    println!();
    println!(
        "queue throughput  N={n}  tokio worker threads={}  (noop handler)",
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );
    println!(
        "{:<9} {:<26} {:>7} {:>10} {:>10}",
        "backend", "phase", "jobs", "seconds", "jobs/s"
    );
    for r in &rows {
        let secs = r.elapsed.as_secs_f64();
        println!(
            "{:<9} {:<26} {:>7} {:>10.3} {:>10.0}",
            r.backend,
            r.phase,
            r.jobs,
            secs,
            r.jobs as f64 / secs
        );
    }
    Ok(())
}

/// Every row for one database, in a fixed order on a freshly migrated schema.
async fn bench_backend(name: &'static str, url: &str, n: usize) -> anyhow::Result<Vec<Row>> {
    let backend = Backend::of(url);
    let pool = db::connect(url).await?;
    db::migrate(&pool, backend).await?;
    let handlers = Handlers::default().on(|_: Noop| async { anyhow::Ok(()) });
    let row = |phase: &str, elapsed| Row {
        backend: name,
        phase: phase.to_string(),
        jobs: n,
        elapsed,
    };
    let mut rows = Vec::new();

    enqueue_many(&pool, WARMUP_JOBS).await?;
    Queue::new(pool.clone(), backend)
        .run_pending(&handlers)
        .await?;

    settle(&pool, backend).await?;
    let elapsed = enqueue_many(&pool, n).await?;
    rows.push(row("enqueue (1 tx per job)", elapsed));
    // The jobs just enqueued are the first drain's backlog.
    settle(&pool, backend).await?;
    let elapsed = drain_with_workers(&pool, backend, url, &handlers, 1, n).await?;
    rows.push(row("drain, 1 worker loop", elapsed));

    enqueue_many(&pool, n).await?;
    settle(&pool, backend).await?;
    let elapsed = drain_with_workers(&pool, backend, url, &handlers, 4, n).await?;
    rows.push(row("drain, 4 worker loops", elapsed));

    enqueue_many(&pool, n).await?;
    settle(&pool, backend).await?;
    let started = Instant::now();
    let ran = Queue::new(pool.clone(), backend)
        .run_pending(&handlers)
        .await?;
    let elapsed = started.elapsed();
    if ran != n {
        bail!("{name}: run_pending ran {ran} jobs, expected {n}");
    }
    rows.push(row("run_pending (serial)", elapsed));

    pool.close().await;
    Ok(rows)
}

/// Enqueues `n` noop jobs, each in its own committed transaction, and
/// returns how long that took.
async fn enqueue_many(pool: &Db, n: usize) -> anyhow::Result<Duration> {
    let started = Instant::now();
    for i in 0..n {
        let mut tx = pool.begin().await?;
        jobs::enqueue(&mut *tx, &Noop { i }, db::now_ms()).await?;
        tx.commit().await?;
    }
    Ok(started.elapsed())
}

/// Starts `loops` workers on a backlog of `n` jobs and returns the time until
/// the table was seen empty (to within one poll period).
async fn drain_with_workers(
    pool: &Db,
    backend: Backend,
    url: &str,
    handlers: &Handlers,
    loops: usize,
    n: usize,
) -> anyhow::Result<Duration> {
    let backlog = job_count(pool).await?;
    if backlog != n as i64 {
        bail!("expected a backlog of {n} jobs, found {backlog}");
    }
    // A fresh queue per run: its own worker id, no wake-ups left over.
    let queue = Queue::new(pool.clone(), backend);
    let started = Instant::now();
    let workers = queue.start(handlers.clone(), loops, Some(url));
    let mut last = (backlog, Instant::now());
    let elapsed = loop {
        tokio::time::sleep(POLL).await;
        let left = job_count(pool).await?;
        if left == 0 {
            break started.elapsed();
        }
        if left < last.0 {
            last = (left, Instant::now());
        } else if last.1.elapsed() > STALL {
            workers.shutdown(Duration::from_secs(5)).await;
            bail!("drain with {loops} loops stalled at {left} jobs");
        }
    };
    workers.shutdown(Duration::from_secs(5)).await;
    Ok(elapsed)
}

/// On PostgreSQL every drained job leaves a dead tuple that the next claim
/// still scans until (auto)vacuum runs, so each phase would otherwise start
/// on more bloat than the one before and the rows would not compare. SQLite
/// reuses freed pages at once and needs nothing.
async fn settle(pool: &Db, backend: Backend) -> Result<(), sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::raw_sql("VACUUM ANALYZE job").execute(pool).await?;
    }
    Ok(())
}

async fn job_count(pool: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM job")
        .fetch_one(pool)
        .await
}

/// A throw-away PostgreSQL database made from an admin URL.
struct PgScratch {
    admin_url: String,
    name: String,
    url: String,
}

impl PgScratch {
    async fn create(admin_url: &str) -> anyhow::Result<PgScratch> {
        let mut suffix = [0u8; 6];
        rand::fill(&mut suffix);
        let name = format!("quill_bench_{}", hex::encode(suffix));
        let admin = db::connect(admin_url)
            .await
            .context("BENCH_DATABASE_URL does not answer")?;
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .with_context(|| format!("cannot create database {name}"))?;
        admin.close().await;
        let mut url = url::Url::parse(admin_url).context("BENCH_DATABASE_URL: not a URL")?;
        url.set_path(&name);
        Ok(PgScratch {
            admin_url: admin_url.to_string(),
            name,
            url: url.to_string(),
        })
    }

    /// FORCE ends connections still open (a listener, a pool being closed).
    async fn drop_database(self) -> anyhow::Result<()> {
        let admin = db::connect(&self.admin_url).await?;
        sqlx::query(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ))
        .execute(&admin)
        .await
        .with_context(|| format!("cannot drop database {}", self.name))?;
        admin.close().await;
        Ok(())
    }
}
