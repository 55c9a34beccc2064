//! Assembling the application: state, routers, middleware, the listener.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Router, middleware};
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::accounts::password::Passwords;
use crate::accounts::session_store::DbSessionStore;
use crate::config::Config;
use crate::db::{self, Backend, Db};
use crate::error::AppError;
use crate::jobs::{Handlers, Queue, Workers};
use crate::mail::Mailer;
use crate::media::Media;
use crate::web::limits::{Counters, Limits};
use crate::web::{self, headers::Https};
use crate::{accounts, feeds, posts, profiles, settings, social};

/// A request body may not stall for longer than this between packets (the
/// whole request has its deadline too: `web::deadline`).
pub const BODY_IDLE_TIMEOUT: Duration = Duration::from_secs(20);
/// Largest body of a plain (urlencoded) form.
pub const MAX_FORM: usize = 256 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub passwords: Passwords,
    pub secret_key: Arc<[u8]>,
    pub queue: Queue,
    pub mailer: Mailer,
    pub limits: Arc<Limits>,
    pub media: Media,
    pub search: crate::search::Search,
    pub fanout: crate::notifications::fanout::Fanout,
    /// Becomes true when the process is asked to stop: long-lived streams end.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    pub stop: Arc<tokio::sync::watch::Sender<bool>>,
}

impl AppState {
    /// Everything both `serve` and `worker` need: the data directory, the
    /// migrated database, the signing key and the mail transport.
    pub async fn build(config: Config) -> anyhow::Result<AppState> {
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!(
                "QUILL_DATA_DIR: cannot create {}",
                config.data_dir.display()
            )
        })?;
        let backend = Backend::of(&config.database_url.0);
        let db = db::connect_with(&config.database_url.0, config.sqlite_mmap_mb).await?;
        db::migrate(&db, backend).await?;
        let secret_key =
            db::secret_key(&db, config.secret_key.as_ref().map(|s| s.0.as_str())).await?;
        let mailer = Mailer::from_config(&config)?;
        let config_limits = config.limits;
        let (stop, stopping) = tokio::sync::watch::channel(false);
        // One Redis connection (multiplexed, and re-established after Redis
        // restarts) for the fan-out and the limits.
        let (fanout, counters) = match &config.redis_url {
            Some(url) => {
                let client =
                    redis::Client::open(url.0.as_str()).context("REDIS_URL: cannot be used")?;
                let conn = redis::aio::ConnectionManager::new(client.clone())
                    .await
                    .context("REDIS_URL: cannot connect")?;
                let fanout = crate::notifications::fanout::Fanout::redis(
                    client,
                    conn.clone(),
                    &config.redis_prefix,
                    stopping.clone(),
                )
                .await;
                (fanout, Counters::redis(conn, &config.redis_prefix))
            }
            None => (
                crate::notifications::fanout::Fanout::local(),
                Counters::local(),
            ),
        };
        let media = Media::new(&config);
        Ok(AppState {
            db: db.clone(),
            config: Arc::new(config),
            passwords: Passwords::new()?,
            secret_key: secret_key.into(),
            queue: Queue::new(db, backend),
            mailer,
            limits: Arc::new(Limits::new(&config_limits, counters)),
            media,
            search: crate::search::Search::none(),
            fanout,
            stopping,
            stop: Arc::new(stop),
        })
    }

    /// Starts this process's job workers.
    pub fn start_workers(&self) -> Workers {
        let mut workers = self.queue.start(
            job_handlers(self),
            self.config.job_workers,
            Some(&self.config.database_url.0),
        );
        let (db, queue) = (self.db.clone(), self.queue.clone());
        let schedules = crate::notifications::digest::schedules();
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
    pub state: AppState,
    sessions: DbSessionStore,
    run_workers: bool,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let addr = config.addr;
        let mut state = AppState::build(config).await?;
        // Only serving processes keep a search index (its writer is theirs).
        state.search =
            crate::search::Search::open(state.config.data_dir.join("search"), state.db.clone())?;
        let listener = TcpListener::bind(addr)
            .await
            .with_context(|| format!("QUILL_ADDR: cannot listen on {addr}"))?;
        let sessions = DbSessionStore::new(state.db.clone());
        let router = router(state.clone(), sessions.clone());
        Ok(Application {
            listener,
            router,
            state,
            sessions,
            run_workers: true,
        })
    }

    /// Serve without job workers: tests drain the queue themselves with
    /// `Queue::run_pending`, so every job runs exactly when they say.
    pub fn without_workers(mut self) -> Self {
        self.run_workers = false;
        self
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
        let served = web::serve::serve(self.listener, self.router, caps, {
            let stop = self.state.stop.clone();
            async move {
                shutdown.await;
                // Streams end now, or graceful shutdown would wait for ever.
                let _ = stop.send(true);
            }
        })
        .await;
        sweeper.abort();
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
pub fn job_handlers(state: &AppState) -> Handlers {
    use crate::notifications::{digest, mail};
    use accounts::{reset, verification};
    use settings::email;
    Handlers::default()
        .register(state, verification::send_verification)
        .register(state, verification::send_signup_attempt)
        .register(state, reset::send_reset)
        .register(state, reset::send_password_changed)
        .register(state, email::send_email_change)
        .register(state, email::send_email_change_notice)
        .register(state, crate::media::remove_files)
        .register(state, crate::media::measure_images)
        .register(state, crate::moderation::send_content_removed)
        .register(state, crate::admin::reindex_search)
        .register(state, digest::digest_run)
        .register(state, digest::send_digest)
        .register(state, mail::notify_email)
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

pub fn router(state: AppState, sessions: DbSessionStore) -> Router {
    let config = state.config.clone();
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
        .layer(DefaultBodyLimit::max(MAX_FORM));

    // Compressed: every text answer. Not the notification stream: an SSE
    // body is never compressed (tower-http skips text/event-stream), yet
    // the layer's body wrapper, boxed for the stream's whole life, costs
    // ~5.5 KiB per open stream (measured with heaptrack; bench/results.txt).
    let compressed = Router::new()
        .merge(pages)
        .route("/healthz", get(healthz))
        .route("/dev/mailbox", get(crate::mail::mailbox::show_mailbox))
        .route("/static/{file}", get(web::assets::serve))
        .fallback(not_found)
        .layer(CompressionLayer::new());

    let site = Router::new()
        .merge(compressed)
        // Outside the pages' request timeout: a stream lives for hours.
        .route(
            "/notifications/stream",
            get(crate::notifications::stream::stream),
        )
        .merge(crate::media::router(&config))
        .with_state(state.clone())
        // Layers run bottom-up for a request: the outermost is listed last.
        .layer(middleware::from_fn_with_state(
            state.clone(),
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

    let app = Router::new()
        .merge(api)
        .merge(site)
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
    let app = match crate::api::cors(&config) {
        Some(cors) => app.layer(cors),
        None => app,
    };
    app.layer(TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<_>| {
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
        }))
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

async fn not_found() -> AppError {
    AppError::NotFound
}
