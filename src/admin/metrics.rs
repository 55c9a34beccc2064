//! `GET /metrics` on `QUILL_METRICS_ADDR`, a listener of its own: never on
//! the public address, so it cannot be exposed by accident. What lives in
//! the database (the queue, the index lag, stored bytes, the last backup)
//! is read when Prometheus scrapes; the counters are the process's own.

use std::net::SocketAddr;

use anyhow::Context;
use axum::Router;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::net::TcpListener;

use super::jobs::summary;
use crate::db::{Db, now_ms};
use crate::search::Search;
use crate::web::AppState;

/// What the metrics listener needs.
#[derive(Clone)]
pub struct Scrape {
    pub state: AppState,
    pub search: Search,
}

/// Binds the metrics listener (so a taken port stops the start, with its
/// name), to be served with `serve`.
pub async fn bind(addr: SocketAddr) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .with_context(|| format!("QUILL_METRICS_ADDR: cannot listen on {addr}"))
}

/// Serves `/metrics` (and 404 for anything else) until `stop` turns true.
pub async fn serve(
    listener: TcpListener,
    scrape: Scrape,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let router = Router::new()
        .route("/metrics", get(metrics))
        .with_state(scrape);
    let served = axum::serve(listener, router)
        .with_graceful_shutdown(async move {
            let _ = stop.wait_for(|s| *s).await;
        })
        .await;
    if let Err(e) = served {
        tracing::error!(error = %e, "the metrics listener stopped");
    }
}

async fn metrics(State(scrape): State<Scrape>) -> Response {
    if let Err(e) = sample(&scrape).await {
        // The counters are still worth having; the gauges keep their
        // last values.
        tracing::warn!(error = %e, "metrics: the database did not answer");
    }
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        scrape.state.metrics.render(),
    )
        .into_response()
}

/// Reads the gauges that live in the database and the pool.
async fn sample(scrape: &Scrape) -> Result<(), sqlx::Error> {
    let (state, m) = (&scrape.state, &scrape.state.metrics);
    let db = &state.db;
    let idle = db.num_idle() as i64;
    let open = i64::from(db.size());
    m.db_connections.with_label_values(&["idle"]).set(idle);
    m.db_connections
        .with_label_values(&["in_use"])
        .set(open - idle);
    m.db_connections
        .with_label_values(&["max"])
        .set(i64::from(db.options().get_max_connections()));
    let jobs = summary(db).await?;
    for (label, n) in [
        ("pending", jobs.pending),
        ("running", jobs.running),
        ("retrying", jobs.failed),
        ("dead", jobs.dead),
    ] {
        m.jobs_queued.with_label_values(&[label]).set(n);
    }
    m.jobs_dead.set(jobs.dead);
    if let Some(lag) = scrape.search.lag(db).await? {
        m.search_lag.set(lag);
    }
    m.upload_bytes.set(stored_bytes(db).await?);
    let last = super::backups::status(db).await?.last_good;
    m.backup_age_seconds.set(last.map_or(-1, |r| {
        (now_ms() - r.finished_at.unwrap_or(r.started_at)).max(0) / 1000
    }));
    Ok(())
}

async fn stored_bytes(db: &Db) -> Result<i64, sqlx::Error> {
    // SUM of a BIGINT is NUMERIC on PostgreSQL: cast it back for `Any`.
    sqlx::query_scalar("SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM image")
        .fetch_one(db)
        .await
}
