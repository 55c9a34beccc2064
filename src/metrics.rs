//! Prometheus metrics, in a registry the process owns (the `prometheus`
//! crate's global one is never used). Counters move where things happen
//! (requests, jobs, mail, streams); what lives in the database (the queue,
//! the index lag, stored bytes) is sampled into gauges when scraped
//! (`admin::metrics`). Served on `QUILL_METRICS_ADDR` only.

use std::sync::Arc;

use prometheus::{
    HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

/// One process's metrics; cheap to clone.
#[derive(Clone)]
pub struct Metrics(Arc<Set>);

pub struct Set {
    registry: Registry,
    /// `route` is the matched pattern (`/posts/{id}`), never the raw path,
    /// so the series stay few; `unmatched` for 404s outside every route.
    pub requests: IntCounterVec,
    pub request_seconds: HistogramVec,
    pub jobs_run: IntCounterVec,
    pub jobs_failed: IntCounterVec,
    pub mail_sent: IntCounter,
    pub mail_failed: IntCounter,
    pub sse_streams: IntGauge,
    pub db_connections: IntGaugeVec,
    pub jobs_queued: IntGaugeVec,
    pub jobs_dead: IntGauge,
    pub search_lag: IntGauge,
    pub upload_bytes: IntGauge,
    pub backup_age_seconds: IntGauge,
}

impl std::ops::Deref for Metrics {
    type Target = Set;
    fn deref(&self) -> &Set {
        &self.0
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let registry = Registry::new();
        // Names and label sets are constants, so these cannot fail.
        fn add<C: prometheus::core::Collector + Clone + 'static>(r: &Registry, c: C) -> C {
            r.register(Box::new(c.clone()))
                .expect("metric names are unique and valid");
            c
        }
        let counters = |name: &str, help: &str, labels: &[&str]| {
            add(
                &registry,
                IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric"),
            )
        };
        let gauge = |name: &str, help: &str| {
            add(&registry, IntGauge::new(name, help).expect("valid metric"))
        };
        let gauges = |name: &str, help: &str, labels: &[&str]| {
            add(
                &registry,
                IntGaugeVec::new(Opts::new(name, help), labels).expect("valid metric"),
            )
        };
        let set = Set {
            requests: counters(
                "quill_http_requests_total",
                "HTTP requests answered, by route pattern, method and status",
                &["route", "method", "status"],
            ),
            request_seconds: add(
                &registry,
                HistogramVec::new(
                    HistogramOpts::new(
                        "quill_http_request_duration_seconds",
                        "Time to answer a request (to its headers), by route pattern",
                    )
                    .buckets(vec![
                        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                        5.0, 10.0,
                    ]),
                    &["route"],
                )
                .expect("valid metric"),
            ),
            jobs_run: counters(
                "quill_jobs_run_total",
                "Jobs this process ran, by kind",
                &["kind"],
            ),
            jobs_failed: counters(
                "quill_jobs_failed_total",
                "Job runs that failed (to be retried, or dead), by kind",
                &["kind"],
            ),
            mail_sent: add(
                &registry,
                IntCounter::new("quill_mail_sent_total", "Emails handed to the SMTP server")
                    .expect("valid metric"),
            ),
            mail_failed: add(
                &registry,
                IntCounter::new(
                    "quill_mail_failed_total",
                    "Emails the SMTP server did not take (retried by the queue)",
                )
                .expect("valid metric"),
            ),
            sse_streams: gauge(
                "quill_sse_streams_open",
                "Notification streams (SSE) open on this process",
            ),
            db_connections: gauges(
                "quill_db_pool_connections",
                "Database pool connections of this process, by state (idle, in_use, max)",
                &["state"],
            ),
            jobs_queued: gauges(
                "quill_jobs",
                "Jobs in the queue, by state (pending, running, dead)",
                &["state"],
            ),
            jobs_dead: gauge(
                "quill_jobs_dead",
                "Jobs that failed every attempt and wait for an admin",
            ),
            search_lag: gauge(
                "quill_search_index_lag",
                "Change-log rows this process's search index has not applied yet",
            ),
            upload_bytes: gauge(
                "quill_upload_bytes",
                "Bytes of pictures stored, every variant counted",
            ),
            backup_age_seconds: gauge(
                "quill_backup_age_seconds",
                "Seconds since the last successful scheduled backup (-1: none yet)",
            ),
            registry,
        };
        Metrics(Arc::new(set))
    }

    /// The Prometheus text exposition of everything.
    pub fn render(&self) -> String {
        TextEncoder::new()
            .encode_to_string(&self.registry.gather())
            .unwrap_or_else(|e| format!("# metrics could not be encoded: {e}\n"))
    }

    /// Counts a stream open until the guard is dropped.
    pub fn stream_opened(&self) -> StreamOpen {
        self.sse_streams.inc();
        StreamOpen(self.clone())
    }
}

/// An open stream, counted in `quill_sse_streams_open` while it lives.
pub struct StreamOpen(Metrics);

impl Drop for StreamOpen {
    fn drop(&mut self) {
        self.0.sse_streams.dec();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_counts_while_it_is_open() {
        let m = Metrics::new();
        let open = m.stream_opened();
        assert!(m.render().contains("quill_sse_streams_open 1"));
        drop(open);
        assert!(m.render().contains("quill_sse_streams_open 0"));
    }
}
