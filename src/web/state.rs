//! The handles every request and job may use: the database, the
//! configuration, the queue, mail, media, limits and the live push to open
//! pages. Features that need more (the search index) ask for it beside this
//! with axum's `FromRef`; the assembly (`app::Site`) holds both.

use std::sync::Arc;

use anyhow::Context;

use crate::config::Config;
use crate::crypto::password::Passwords;
use crate::db::{self, Backend, Db};
use crate::i18n::I18n;
use crate::jobs::Queue;
use crate::mail::Mailer;
use crate::media::Media;
use crate::metrics::Metrics;
use crate::web::cache::{Memo, PageCache};
use crate::web::limits::{Counters, Limits};
use crate::web::live::{Fanout, Push};

/// The name authenticators show beside a passkey made here.
const SITE_NAME: &str = "Quill";

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
    pub fanout: Fanout,
    /// Pages rendered for visitors, reused for a second (`web::cache`).
    pub pages: PageCache,
    /// Data logged-in pages share or repeat, kept likewise.
    pub memo: Memo,
    pub metrics: Metrics,
    /// Every language's messages, for pages, mail and errors.
    pub i18n: I18n,
    /// Becomes true when the process is asked to stop: long-lived streams end.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    pub stop: Arc<tokio::sync::watch::Sender<bool>>,
    /// Who passkeys are made for; `None` when `QUILL_BASE_URL`'s host is an
    /// IP address, where browsers refuse them.
    pub relying_party: Option<Arc<webauthn_rs::Webauthn>>,
    /// Held while the process lives (`db::hold_site`).
    _site: Option<Arc<std::fs::File>>,
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
        let site = db::hold_site(&config.database_url.0)?.map(Arc::new);
        db::migrate(&db, backend).await?;
        let secret_key =
            db::secret_key(&db, config.secret_key.as_ref().map(|s| s.0.as_str())).await?;
        let metrics = Metrics::new();
        let mailer = Mailer::from_config(&config)?.reporting_to(metrics.clone());
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
                let fanout =
                    Fanout::redis(client, conn.clone(), &config.redis_prefix, stopping.clone())
                        .await;
                (fanout, Counters::redis(conn, &config.redis_prefix))
            }
            None => (Fanout::local(), Counters::local()),
        };
        let media = Media::new(&config);
        let pages = PageCache::new(config.cache_mb / 2, fanout.clone());
        let memo = Memo::new(config.cache_mb / 2, fanout.clone());
        let relying_party =
            crate::crypto::relying_party::for_site(&config.base_url, SITE_NAME).map(Arc::new);
        if relying_party.is_none() {
            tracing::warn!(
                base_url = %config.origin(),
                "passkeys are off: QUILL_BASE_URL names an IP address, which browsers refuse as a relying party (use a domain name, or localhost)"
            );
        }
        Ok(AppState {
            relying_party,
            db: db.clone(),
            config: Arc::new(config),
            passwords: Passwords::new()?,
            secret_key: secret_key.into(),
            queue: Queue::new(db, backend).reporting_to(metrics.clone()),
            mailer,
            limits: Arc::new(Limits::new(&config_limits, counters)),
            media,
            fanout,
            pages,
            memo,
            metrics,
            i18n: I18n::new()?,
            stopping,
            stop: Arc::new(stop),
            _site: site,
        })
    }

    /// After sessions of `user` ended (logout, ban, password change or
    /// reset, deletion): their open streams recheck their sessions and the
    /// dead ones end at once, instead of at the next periodic check.
    pub async fn sessions_ended(&self, user: i64) {
        self.fanout.publish(user, Push::Recheck).await
    }
}
