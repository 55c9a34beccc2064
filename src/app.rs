//! Assembling the application: state, routers, middleware, the listener.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::extract::{DefaultBodyLimit, FromRef, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Router, middleware};
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::accounts::session_store::DbSessionStore;
use crate::config::Config;
use crate::error::AppError;
use crate::jobs::{Handlers, Workers};
use crate::search::Search;
use crate::web::limits::Limits;
use crate::web::{self, AppState, BODY_IDLE_TIMEOUT, MAX_FORM, headers::Https};
use crate::{accounts, feeds, posts, profiles, settings, social};

/// The whole state: what every handler may use (`AppState`, which this
/// derefs to) and the search index, which only serving processes open.
/// Features ask for the part they use (`State<AppState>`, `State<Search>`).
#[derive(Clone)]
pub struct Site {
    pub base: AppState,
    pub search: Search,
}

impl std::ops::Deref for Site {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.base
    }
}

impl FromRef<Site> for AppState {
    fn from_ref(site: &Site) -> AppState {
        site.base.clone()
    }
}

impl FromRef<Site> for Search {
    fn from_ref(site: &Site) -> Search {
        site.search.clone()
    }
}

impl Site {
    /// A site without a search index: what a worker process runs.
    pub async fn build(config: Config) -> anyhow::Result<Site> {
        Ok(Site {
            base: AppState::build(config).await?,
            search: Search::none(),
        })
    }

    /// What the metrics listener reads.
    pub fn scrape(&self) -> crate::admin::metrics::Scrape {
        crate::admin::metrics::Scrape {
            state: self.base.clone(),
            search: self.search.clone(),
        }
    }

    /// Starts this process's job workers.
    pub fn start_workers(&self) -> Workers {
        let mut workers = self.queue.start(
            job_handlers(self),
            self.config.job_workers,
            Some(&self.config.database_url.0),
        );
        let (db, queue) = (self.db.clone(), self.queue.clone());
        let mut schedules = crate::notifications::digest::schedules();
        schedules.extend(crate::posts::pictures::schedules());
        schedules.extend(settings::export::schedules());
        schedules.extend(crate::admin::backups::schedules(
            self.config.backups.as_ref(),
        ));
        workers.also(move |stop| crate::jobs::schedule::run(db, queue, schedules, stop));
        workers
    }
}

/// How long running jobs get to finish when the process is asked to stop.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// A built application, bound to its port but not yet serving.
pub struct Application {
    listener: TcpListener,
    router: Router,
    pub state: Site,
    sessions: DbSessionStore,
    run_workers: bool,
    metrics: Option<TcpListener>,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let addr = config.addr;
        let base = AppState::build(config).await?;
        // Only serving processes keep a search index (its writer is theirs).
        let search = Search::open(base.config.data_dir.join("search"), base.db.clone())?;
        let state = Site { base, search };
        let listener = TcpListener::bind(addr)
            .await
            .with_context(|| format!("QUILL_ADDR: cannot listen on {addr}"))?;
        let metrics = match state.config.metrics_addr {
            Some(addr) => Some(crate::admin::metrics::bind(addr).await?),
            None => None,
        };
        let sessions = DbSessionStore::new(state.db.clone(), state.memo.clone());
        let router = router(state.clone(), sessions.clone());
        Ok(Application {
            listener,
            router,
            state,
            sessions,
            run_workers: true,
            metrics,
        })
    }

    /// Serve without job workers: tests drain the queue themselves with
    /// `Queue::run_pending`, so every job runs exactly when they say.
    pub fn without_workers(mut self) -> Self {
        self.run_workers = false;
        self
    }

    /// Where `/metrics` is served, when `QUILL_METRICS_ADDR` is set.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().and_then(|l| l.local_addr().ok())
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until `shutdown` resolves, then lets open requests finish.
    pub async fn run(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let sweeper = tokio::spawn(sweep_hourly(
            self.sessions.clone(),
            self.state.limits.clone(),
        ));
        let workers = self.run_workers.then(|| self.state.start_workers());
        let metrics = self.metrics.map(|listener| {
            tokio::spawn(crate::admin::metrics::serve(
                listener,
                self.state.scrape(),
                self.state.stopping.clone(),
            ))
        });
        let (stop_indexer, indexer_stop) = tokio::sync::watch::channel(false);
        let indexer = self.state.search.indexer().map(|indexer| {
            tokio::spawn(async move {
                match indexer.needs_rebuild().await {
                    Ok(Some(why)) => {
                        tracing::warn!(reason = %why, "rebuilding the search index in the background");
                        match indexer.rebuild(|_, _| {}).await {
                            Ok(n) => tracing::info!(posts = n, "search index rebuilt"),
                            Err(e) => tracing::error!(error = %format!("{e:#}"), "search rebuild failed"),
                        }
                    }
                    Ok(None) => {}
                    Err(e) => tracing::warn!(error = %format!("{e:#}"), "could not check the search index"),
                }
                indexer.run(indexer_stop).await;
            })
        });
        let caps = web::serve::Caps {
            total: self.state.config.max_connections,
            per_ip: self.state.config.max_connections_per_ip,
        };
        // A stream's own connection holds no buffers between events.
        let long = web::long_lived::LongLived(&[crate::notifications::stream::PATH]);
        let served = web::serve::serve(self.listener, self.router, caps, long, {
            let stop = self.state.stop.clone();
            async move {
                shutdown.await;
                // Streams end now, or graceful shutdown would wait for ever.
                let _ = stop.send(true);
            }
        })
        .await;
        sweeper.abort();
        if let Some(metrics) = metrics {
            let _ = metrics.await;
        }
        let _ = stop_indexer.send(true);
        if let Some(indexer) = indexer {
            let _ = indexer.await;
        }
        // Running jobs finish (bounded); the rest wait in the database.
        if let Some(workers) = workers {
            workers.shutdown(SHUTDOWN_GRACE).await;
        }
        self.state.db.close().await;
        served.context("server error")
    }
}

/// What each kind of job does: the account emails and file clean-up. Each
/// handler takes the state and its job's payload struct, which names the
/// kind (`jobs::Job`).
pub fn job_handlers(site: &Site) -> Handlers {
    use crate::notifications::{digest, mail};
    use accounts::{reset, verification};
    use settings::email;
    let state = &site.base;
    Handlers::default()
        .register(state, verification::send_verification)
        .register(state, verification::send_signup_attempt)
        .register(state, reset::send_reset)
        .register(state, reset::send_password_changed)
        .register(state, accounts::security_notice::send_security_notice)
        .register(state, email::send_email_change)
        .register(state, email::send_email_change_notice)
        .register(state, crate::media::remove_files)
        .register(state, crate::media::measure_images)
        .register(state, crate::posts::pictures::sweep)
        .register(state, crate::moderation::send_content_removed)
        .register(state, crate::moderation::reports::send_report_mail)
        .register(site, crate::admin::reindex_search)
        .register(site, crate::posts::drafts::publish_scheduled)
        .register(state, digest::digest_run)
        .register(state, digest::send_digest)
        .register(state, mail::notify_email)
        .register(site, settings::account::erase_account)
        .register(state, settings::account::send_leaving)
        .register(state, settings::export::build_export)
        .register(state, settings::export::send_export_link)
        .register(state, settings::export::sweep_exports)
        .register(state, crate::admin::backups::run_backup)
        .register(state, crate::admin::backups::send_backup_failed)
}

/// Expired sessions and recovered rate-limit keys are removed hourly (and
/// once at start).
async fn sweep_hourly(store: DbSessionStore, limits: Arc<Limits>) {
    let mut every = tokio::time::interval(Duration::from_secs(3600));
    loop {
        every.tick().await;
        limits.sweep();
        match store.delete_expired().await {
            Ok(n) if n > 0 => tracing::info!(removed = n, "expired sessions removed"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not remove expired sessions"),
        }
    }
}

pub fn router(state: Site, sessions: DbSessionStore) -> Router {
    let config = state.config.clone();
    let metrics = state.metrics.clone();
    let i18n = state.i18n.clone();
    let state_pages = state.pages.clone();
    let secure = config.is_https();
    let session_layer = SessionManagerLayer::new(sessions)
        .with_name(if secure {
            "__Host-quill_session"
        } else {
            "quill_session"
        })
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::days(14)));

    let pages = Router::new()
        .merge(accounts::router())
        .merge(feeds::router())
        .merge(posts::router())
        .merge(profiles::router())
        .merge(social::router())
        .merge(settings::router())
        .merge(crate::admin::router())
        .merge(crate::search::router())
        .merge(crate::notifications::router())
        .merge(crate::moderation::router())
        .layer(DefaultBodyLimit::max(MAX_FORM));

    // Compressed: every text answer. Not the notification stream: an SSE
    // body is never compressed (tower-http skips text/event-stream), yet
    // the layer's body wrapper, boxed for the stream's whole life, costs
    // ~5.5 KiB per open stream (measured with heaptrack; bench/results.txt).
    let compressed = Router::new()
        .merge(pages)
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/dev/mailbox", get(crate::admin::mailbox::show_mailbox))
        .route("/static/{file}", get(web::assets::serve))
        .fallback(not_found)
        .layer(CompressionLayer::new());

    let site = Router::new()
        .merge(compressed)
        // Outside the pages' request timeout: a stream lives for hours.
        .route(
            crate::notifications::stream::PATH,
            get(crate::notifications::stream::stream),
        )
        // Not compressed either: a zip is compressed already, and the
        // layer would drop its Content-Length.
        .route(
            "/settings/export/download",
            get(settings::export::download_export),
        )
        .merge(crate::media::router(&config))
        .with_state(state.clone())
        // Layers run bottom-up for a request: the outermost is listed last.
        .layer(middleware::from_fn_with_state(
            state.base.clone(),
            web::csrf::verify,
        ))
        .layer(session_layer)
        .layer(middleware::from_fn(web::flash::layer))
        .layer(CsrfLayer::new().with_rejection_response(|_| web::csrf::rejected()));

    // The API sits beside the site, outside its session and CSRF layers:
    // it never sees the cookie, and its token header is its authority.
    let api = Router::new()
        .nest("/api", crate::api::router())
        .with_state(state);

    let app = Router::new().merge(api).merge(site);
    // Request metrics only where someone can read them.
    let measured = config.metrics_addr.is_some();
    let app = if measured {
        app.route_layer(middleware::from_fn(web::measure::stamp_route))
    } else {
        app
    };
    let app = app
        .layer(middleware::from_fn(web::headers::layer))
        .layer(axum::Extension(Https(secure)))
        .layer(RequestBodyTimeoutLayer::new(BODY_IDLE_TIMEOUT))
        .layer(RequestBodyLimitLayer::new(config.max_body()))
        .layer(middleware::from_fn_with_state(
            config.max_body(),
            web::body_limit::refuse_oversized,
        ))
        .layer(middleware::from_fn(web::headers::readable_413))
        .layer(CatchPanicLayer::custom(|_| {
            AppError::Internal(anyhow::anyhow!("a handler panicked")).into_response()
        }))
        // Outside everything that reads the body (the CSRF check, the
        // oversized-body drain), so no body escapes the deadline.
        .layer(middleware::from_fn_with_state(
            web::deadline::Deadline {
                base: config.request_timeout,
                max_body: config.max_body() as u64,
                https: secure,
            },
            web::deadline::bound,
        ));
    // Stored pages are served before the rest of the stack runs; inside the
    // language layer, which the key needs.
    let app = app.layer(middleware::from_fn_with_state(
        state_pages,
        web::cache::pages::layer,
    ));
    // Outside every layer that can answer with an error page (the deadline,
    // the panic catcher, the CSRF check), so each is written in the
    // reader's language.
    let app = app.layer(middleware::from_fn_with_state(i18n, web::language::layer));
    let app = match crate::api::cors(&config) {
        Some(cors) => app.layer(cors),
        None => app,
    };
    // Every request gets an id (or keeps a proxy's), logged in its span and
    // sent back as `X-Request-Id`, so a user's report finds its log lines.
    let app = app
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<_>| {
                let id = req
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
            }),
        )
        .layer(SetRequestIdLayer::x_request_id(RandomRequestId));
    if measured {
        app.layer(middleware::from_fn_with_state(metrics, web::measure::count))
    } else {
        app
    }
}

/// Request ids: 16 random bytes, URL-safe.
#[derive(Clone, Copy)]
struct RandomRequestId;

impl MakeRequestId for RandomRequestId {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        axum::http::HeaderValue::from_str(&crate::crypto::random_token())
            .ok()
            .map(RequestId::new)
    }
}

async fn healthz(State(state): State<AppState>) -> Response {
    match sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(&state.db)
        .await
    {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// Readiness, for a load balancer: 503 until this process's search index
/// has caught up with the change log after a start (migrations ran before
/// it began serving), and whenever the database does not answer.
async fn readyz(State(state): State<AppState>, State(search): State<Search>) -> Response {
    match search.caught_up(&state.db).await {
        Ok(true) => (StatusCode::OK, "ready").into_response(),
        Ok(false) => (StatusCode::SERVICE_UNAVAILABLE, "search index catching up").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "readiness: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

async fn not_found() -> AppError {
    AppError::NotFound
}
