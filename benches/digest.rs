//! A daily digest run at scale: BENCH_USERS people (10,000) with
//! BENCH_UNREAD unread like notifications each (20), through the real
//! queue, handlers and templates, into the dev mailbox (real files).
//!
//!   cargo bench --bench digest
//!   BENCH_USERS=2000 cargo bench --bench digest      # a quick one
//!
//! Seeds SQLite directly (one post per person; BENCH_UNREAD likers), then
//! enqueues one `digest_run` slot, starts the app's workers and waits for
//! the queue to empty. Reports wall time, digests written, and the
//! process's RSS before the run and its peak during it (VmHWM is reset
//! through /proc/self/clear_refs after seeding, so seeding does not count).

// A test, bench or example that cannot go on may panic: unwrap is allowed here.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use clap::Parser;
use quill::app::{SHUTDOWN_GRACE, Site};
use quill::config::{Cli, Config};
use quill::db::now_ms;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn status(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let users = env("BENCH_USERS", 10_000);
    let unread = env("BENCH_UNREAD", 20);
    let dir = tempfile::tempdir()?;
    let mut settings = Cli::parse_from(["quill"]).settings;
    settings.data_dir = dir.path().join("data");
    settings.upload_dir = dir.path().join("uploads");
    settings.base_url = Some("http://quill.test".into());
    settings.database_url = None;
    settings.smtp_url = None;
    settings.redis_url = None;
    let config = Config::from_settings(settings).map_err(anyhow::Error::msg)?;
    let state = Site::build(config).await?;
    let db = state.db.clone();

    let seeding = Instant::now();
    let now = now_ms();
    let mut tx = db.begin().await?;
    for i in 0..(users + unread) {
        sqlx::query(
            "INSERT INTO account (username, email, email_key, password_hash, email_verified_at, created_at, updated_at) \
             VALUES ($1, $2, $2, 'x', $3, $3, $3)",
        )
        .bind(format!("u{i:06}"))
        .bind(format!("u{i:06}@example.com"))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    // Receivers are accounts 1..=users; likers the last `unread` accounts.
    sqlx::query(
        "INSERT INTO post (author_id, title, body, body_html, created_at, updated_at, published_at) \
         SELECT id, 'Post of ' || username, 'x', '<p>x</p>', $1, $1, $1 FROM account WHERE id <= $2",
    )
    .bind(now)
    .bind(users as i64)
    .execute(&mut *tx)
    .await?;
    for k in 0..unread {
        sqlx::query(
            "INSERT INTO notification (receiver_id, actor_id, action, post_id, created_at) \
             SELECT p.author_id, $1, 'like', p.id, $2 FROM post p",
        )
        .bind((users + k + 1) as i64)
        .bind(now - 1000)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    println!(
        "seeded {users} people with {unread} unread likes each ({} notifications) in {:.1} s",
        users * unread,
        seeding.elapsed().as_secs_f64()
    );

    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status("VmRSS:");
    let started = Instant::now();
    let run = quill::notifications::digest::DigestRun {
        frequency: quill::notifications::digest::Frequency::Daily,
        slot: Some(now),
    };
    quill::jobs::enqueue(&db, &run, 0).await?;
    let workers = state.start_workers();
    loop {
        let left: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM job WHERE kind IN ('digest_run', 'send_digest')",
        )
        .fetch_one(&db)
        .await?;
        if left == 0 {
            break;
        }
        if started.elapsed() > Duration::from_secs(600) {
            anyhow::bail!("gave up after 10 minutes with {left} jobs left");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let wall = started.elapsed();
    let peak = status("VmHWM:");
    workers.shutdown(SHUTDOWN_GRACE).await;
    let sent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM digest_sent")
        .fetch_one(&db)
        .await?;
    let files = std::fs::read_dir(dir.path().join("data").join("mailbox"))
        .map(|d| d.count())
        .unwrap_or(0);
    let dead: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM job WHERE state = 'dead'")
        .fetch_one(&db)
        .await?;
    println!(
        "digest run: {sent} digests ({files} mail files, {dead} dead jobs) in {:.1} s = {:.0} digests/s; \
         RSS before {before:.1} MiB, peak during the run {peak:.1} MiB; job workers {}, nproc {}",
        wall.as_secs_f64(),
        sent as f64 / wall.as_secs_f64(),
        state.config.job_workers,
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    Ok(())
}
