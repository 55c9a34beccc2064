//! Command line and configuration: every setting is an environment variable
//! and a `--flag` (README.md's "Configuration" table), parsed once into one
//! typed struct.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use url::Url;

#[derive(Debug, Parser)]
#[command(
    name = "quill",
    version,
    about = "Quill: a self-hosted social blogging application"
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web site (the default when no subcommand is given)
    Serve,
    /// Run only the job workers (mail delivery and other background work), for scale-out
    Worker,
    /// Apply database migrations and exit
    Migrate,
    /// Rebuild the search index from the database (beside the live one, then swapped in)
    Reindex,
    /// Write the database and the uploads into one archive (tar + zstd) while the site serves
    Backup {
        /// Where the archive goes, e.g. quill-2026-12-06.tar.zst
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore an archive made by `quill backup` into the configured database and upload folder
    Restore {
        /// The archive to restore
        #[arg(long)]
        from: PathBuf,
        /// Replace a database and uploads already there
        #[arg(long)]
        force: bool,
    },
    /// Create a verified admin account, or make an existing account an admin.
    /// The password is asked for without echo, or read from QUILL_ADMIN_PASSWORD
    CreateAdmin {
        /// Username of the admin (3-30 of a-z, 0-9, _)
        #[arg(long)]
        username: String,
        /// Email address of the admin
        #[arg(long)]
        email: String,
    },
}

/// Raw settings as given; `Config::from_settings` checks them.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Listen address; port 0 picks a free port
    #[arg(
        long,
        env = "QUILL_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub addr: String,
    /// Directory for the SQLite file, search index and dev mailbox
    #[arg(long, env = "QUILL_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,
    /// Directory for stored images and thumbnails
    #[arg(
        long,
        env = "QUILL_UPLOAD_DIR",
        default_value = "./uploads",
        global = true
    )]
    pub upload_dir: PathBuf,
    /// Absolute origin used in every emailed link [default: http://<QUILL_ADDR>]
    #[arg(long, env = "QUILL_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// sqlite://… or postgres://… [default: sqlite://<data dir>/quill.db]
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Redis for cross-instance fan-out (unset: single instance)
    #[arg(long, env = "REDIS_URL", global = true, hide_env_values = true)]
    pub redis_url: Option<String>,
    /// SMTP server, e.g. smtp://127.0.0.1:2525 (unset: dev mailbox)
    #[arg(long, env = "SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of every email
    #[arg(
        long,
        env = "QUILL_MAIL_FROM",
        default_value = "Quill <no-reply@localhost>",
        global = true
    )]
    pub mail_from: String,
    /// Refuse login until the email address is verified
    #[arg(
        long,
        env = "QUILL_REQUIRE_VERIFIED_EMAIL",
        default_value = "true",
        global = true
    )]
    pub require_verified_email: String,
    /// How long an "instant" notification email waits
    #[arg(
        long,
        env = "QUILL_NOTIFY_EMAIL_DELAY",
        default_value = "10m",
        global = true
    )]
    pub notify_email_delay: String,
    /// Comma-separated origins allowed to call /api from a browser
    #[arg(long, env = "QUILL_CORS_ORIGINS", global = true)]
    pub cors_origins: Option<String>,
    /// Prefix of every Redis key and channel
    #[arg(
        long,
        env = "QUILL_REDIS_PREFIX",
        default_value = "quill:",
        global = true
    )]
    pub redis_prefix: String,
    /// Job worker loops in this process (each runs one job at a time)
    #[arg(long, env = "QUILL_JOB_WORKERS", default_value_t = 4, global = true)]
    pub job_workers: usize,
    /// Sign-ups per hour from one IP address (0: no limit)
    #[arg(long, env = "QUILL_SIGNUP_LIMIT", default_value_t = 10, global = true)]
    pub signup_limit: u32,
    /// Failed logins per hour on one account from browsers without its device cookie, and per browser with one; five times as many from one IP (0: no limit)
    #[arg(long, env = "QUILL_LOGIN_LIMIT", default_value_t = 100, global = true)]
    pub login_limit: u32,
    /// Reset and verification mails asked per hour for one address (0: no limit)
    #[arg(long, env = "QUILL_MAIL_LIMIT", default_value_t = 5, global = true)]
    pub mail_limit: u32,
    /// Reset and verification mails asked per hour from one IP address, whatever the addresses (0: no limit)
    #[arg(long, env = "QUILL_MAIL_IP_LIMIT", default_value_t = 5, global = true)]
    pub mail_ip_limit: u32,
    /// Behind a reverse proxy: take the client address from the last X-Forwarded-For entry
    #[arg(
        long,
        env = "QUILL_BEHIND_PROXY",
        default_value = "false",
        global = true
    )]
    pub behind_proxy: String,
    /// Largest image upload, in megabytes
    #[arg(long, env = "QUILL_MAX_UPLOAD_MB", default_value_t = 10, global = true)]
    pub max_upload_mb: u64,
    /// Megabytes of pictures one account may store, every stored file counted (0: no quota)
    #[arg(
        long,
        env = "QUILL_UPLOAD_QUOTA_MB",
        default_value_t = 500,
        global = true
    )]
    pub upload_quota_mb: u64,
    /// Picture uploads per hour from one account (0: no limit)
    #[arg(long, env = "QUILL_UPLOAD_LIMIT", default_value_t = 60, global = true)]
    pub upload_limit: u32,
    /// Log lines as `text` (for people) or `json` (one object a line, for log collectors)
    #[arg(
        long,
        env = "QUILL_LOG_FORMAT",
        default_value = "text",
        value_parser = ["text", "json"],
        global = true
    )]
    pub log_format: String,
    /// Reports (of posts, comments, profiles) per hour from one account (0: no limit)
    #[arg(long, env = "QUILL_REPORT_LIMIT", default_value_t = 20, global = true)]
    pub report_limit: u32,
    /// Largest image, in megapixels (checked from the header, before decoding)
    #[arg(
        long,
        env = "QUILL_MAX_IMAGE_MEGAPIXELS",
        default_value_t = 40,
        global = true
    )]
    pub max_image_megapixels: u64,
    /// Images processed at once [default: CPU cores less one, at least one]
    #[arg(long, env = "QUILL_IMAGE_WORKERS", global = true)]
    pub image_workers: Option<usize>,
    /// SQLite only: MiB of the database file read through mmap (0 = off:
    /// pages come through SQLite's own cache and the OS page cache)
    #[arg(
        long,
        env = "QUILL_SQLITE_MMAP_MB",
        default_value_t = crate::db::DEFAULT_MMAP_MB,
        global = true
    )]
    pub sqlite_mmap_mb: u64,
    /// MiB kept in memory for up to 2 s: visitors' pages and the data
    /// logged-in pages share, half each (0 = off; docs/performance.md)
    #[arg(long, env = "QUILL_CACHE_MB", default_value_t = 64, global = true)]
    pub cache_mb: u64,
    /// How long a request may take from its head to its answer, body included,
    /// before 408 (uploads get more: 1 s per 50 KB they declare), e.g. 30s
    #[arg(
        long,
        env = "QUILL_REQUEST_TIMEOUT",
        default_value = "30s",
        global = true
    )]
    pub request_timeout: String,
    /// Open connections this process serves at once; more wait to be accepted
    #[arg(
        long,
        env = "QUILL_MAX_CONNECTIONS",
        default_value_t = 10_000,
        global = true
    )]
    pub max_connections: usize,
    /// Open connections from one IP address (IPv6: one /64); more are closed
    /// at once (0: no limit; not applied behind a proxy, whose address all share)
    #[arg(
        long,
        env = "QUILL_MAX_CONNECTIONS_PER_IP",
        default_value_t = 256,
        global = true
    )]
    pub max_connections_per_ip: usize,
    /// Folder for scheduled backups (unset: no scheduled backups)
    #[arg(long, env = "QUILL_BACKUP_DIR", global = true)]
    pub backup_dir: Option<PathBuf>,
    /// How often a scheduled backup runs, e.g. 6h or 1d
    #[arg(long, env = "QUILL_BACKUP_EVERY", default_value = "1d", global = true)]
    pub backup_every: String,
    /// Scheduled backups kept; older ones are removed
    #[arg(long, env = "QUILL_BACKUP_KEEP", default_value_t = 7, global = true)]
    pub backup_keep: usize,
    /// Address serving Prometheus metrics at /metrics, e.g. 127.0.0.1:9100 (unset: off)
    #[arg(long, env = "QUILL_METRICS_ADDR", global = true)]
    pub metrics_addr: Option<String>,
    /// Signing key (unset: generated on first start and kept in the database)
    #[arg(long, env = "QUILL_SECRET_KEY", global = true, hide_env_values = true)]
    pub secret_key: Option<String>,
}

/// A secret that never shows up in logs or `Debug` output.
#[derive(Clone)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub upload_dir: PathBuf,
    /// Origin without a trailing slash, e.g. `http://127.0.0.1:3000`.
    pub base_url: Url,
    pub database_url: Secret,
    pub redis_url: Option<Secret>,
    pub smtp_url: Option<Secret>,
    pub mail_from: String,
    pub require_verified_email: bool,
    pub notify_email_delay: std::time::Duration,
    pub cors_origins: Vec<String>,
    pub redis_prefix: String,
    pub secret_key: Option<Secret>,
    pub job_workers: usize,
    pub limits: RateLimits,
    pub behind_proxy: bool,
    /// Largest upload in bytes (MiB as given); request bodies may be 1 MiB larger.
    pub max_upload: usize,
    /// Bytes of stored pictures allowed per account; `None`: no quota.
    pub upload_quota: Option<u64>,
    pub max_image_pixels: u64,
    pub image_workers: usize,
    pub sqlite_mmap_mb: u64,
    pub cache_mb: u64,
    pub request_timeout: std::time::Duration,
    pub max_connections: usize,
    /// 0 = no per-address limit.
    pub max_connections_per_ip: usize,
    pub backups: Option<BackupSchedule>,
    pub metrics_addr: Option<SocketAddr>,
}

/// Scheduled backups: where, how often, how many are kept.
#[derive(Debug, Clone)]
pub struct BackupSchedule {
    pub dir: PathBuf,
    pub every: std::time::Duration,
    pub keep: usize,
}

/// Requests per hour; 0 turns a limit off.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    pub signup_per_ip: u32,
    pub login_per_account: u32,
    pub login_per_ip: u32,
    pub mail_per_address: u32,
    pub mail_per_ip: u32,
    pub upload_per_account: u32,
    pub report_per_account: u32,
}

impl Config {
    /// Checks every value; the error is one line naming the setting.
    pub fn from_settings(s: Settings) -> Result<Config, String> {
        let addr: SocketAddr = s.addr.parse().map_err(|_| {
            format!(
                "QUILL_ADDR: {:?} is not an address like 127.0.0.1:3000",
                s.addr
            )
        })?;
        let base_raw = s.base_url.clone().unwrap_or_else(|| default_base_url(addr));
        let base_url = Url::parse(&base_raw)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| format!("QUILL_BASE_URL: {base_raw:?} is not an http(s) URL"))?;
        let database_url = match s.database_url.filter(|v| !v.is_empty()) {
            Some(url) => {
                if !(url.starts_with("sqlite:")
                    || url.starts_with("postgres://")
                    || url.starts_with("postgresql://"))
                {
                    return Err("DATABASE_URL: must start with sqlite:// or postgres://".into());
                }
                url
            }
            None => format!("sqlite://{}/quill.db", s.data_dir.display()),
        };
        let require_verified_email = parse_bool(&s.require_verified_email).ok_or_else(|| {
            format!(
                "QUILL_REQUIRE_VERIFIED_EMAIL: {:?} is not true or false",
                s.require_verified_email
            )
        })?;
        let notify_email_delay = parse_duration(&s.notify_email_delay).ok_or_else(|| {
            format!(
                "QUILL_NOTIFY_EMAIL_DELAY: {:?} is not a duration like 30s, 10m or 1h",
                s.notify_email_delay
            )
        })?;
        if let Some(url) = s.redis_url.as_deref().filter(|v| !v.is_empty()) {
            Url::parse(url)
                .ok()
                .filter(|u| matches!(u.scheme(), "redis" | "rediss"))
                .ok_or("REDIS_URL: not a redis:// URL")?;
        }
        if let Some(url) = s.smtp_url.as_deref().filter(|v| !v.is_empty()) {
            Url::parse(url)
                .ok()
                .filter(|u| matches!(u.scheme(), "smtp" | "smtps") && u.host().is_some())
                .ok_or("SMTP_URL: not an smtp:// or smtps:// URL")?;
        }
        if s.mail_from.trim().is_empty() || s.mail_from.contains(['\r', '\n']) {
            return Err(
                "QUILL_MAIL_FROM: must be one line like 'Quill <no-reply@example.com>'".into(),
            );
        }
        if let Some(key) = &s.secret_key
            && key.len() < 32
        {
            return Err("QUILL_SECRET_KEY: must be at least 32 characters".into());
        }
        if !(1..=64).contains(&s.job_workers) {
            return Err("QUILL_JOB_WORKERS: must be between 1 and 64".into());
        }
        if !(1..=100).contains(&s.max_upload_mb) {
            return Err("QUILL_MAX_UPLOAD_MB: must be between 1 and 100".into());
        }
        // 100 TB: far beyond any disk, and safe from overflow in bytes.
        if s.upload_quota_mb > 100_000_000 {
            return Err("QUILL_UPLOAD_QUOTA_MB: must be at most 100000000 (0 = no quota)".into());
        }
        if !(1..=500).contains(&s.max_image_megapixels) {
            return Err("QUILL_MAX_IMAGE_MEGAPIXELS: must be between 1 and 500".into());
        }
        // One core is left to everything else, as for password hashing:
        // pages stay quick while pictures queue, and the decoded pixels of
        // fewer pictures are held at once (bench/upload.sh: 8 uploads of
        // 12 MP peaked at 253 MiB with one worker, 329 MiB with two).
        let image_workers = s.image_workers.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map_or(2, |n| n.get())
                .saturating_sub(1)
                .max(1)
        });
        if !(1..=256).contains(&image_workers) {
            return Err("QUILL_IMAGE_WORKERS: must be between 1 and 256".into());
        }
        let behind_proxy =
            parse_bool(&s.behind_proxy).ok_or("QUILL_BEHIND_PROXY: must be true or false")?;
        let request_timeout = parse_duration(&s.request_timeout)
            .filter(|d| (1..=3600).contains(&d.as_secs()))
            .ok_or_else(|| {
                format!(
                    "QUILL_REQUEST_TIMEOUT: {:?} is not a duration between 1s and 1h",
                    s.request_timeout
                )
            })?;
        if !(1..=1_000_000).contains(&s.max_connections) {
            return Err("QUILL_MAX_CONNECTIONS: must be between 1 and 1000000".into());
        }
        let backup_every = parse_duration(&s.backup_every)
            .filter(|d| d.as_secs() >= 60)
            .ok_or_else(|| {
                format!(
                    "QUILL_BACKUP_EVERY: {:?} is not a duration of at least a minute, like 6h or 1d",
                    s.backup_every
                )
            })?;
        if !(1..=10_000).contains(&s.backup_keep) {
            return Err("QUILL_BACKUP_KEEP: must be between 1 and 10000".into());
        }
        if let Some(dir) = s.backup_dir.as_ref().filter(|d| !d.as_os_str().is_empty()) {
            // Archives hold password hashes and the signing key: never
            // under the folder served at /uploads, nor holding it.
            let abs =
                |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
            let (backups, uploads, data) = (abs(dir), abs(&s.upload_dir), abs(&s.data_dir));
            if backups.starts_with(&uploads) || uploads.starts_with(&backups) {
                return Err("QUILL_BACKUP_DIR: must not be inside QUILL_UPLOAD_DIR (it is served to everyone) nor contain it".into());
            }
            if backups.starts_with(&data)
                && backups != data
                && backups.starts_with(data.join("search"))
            {
                return Err("QUILL_BACKUP_DIR: must not be inside the search index".into());
            }
        }
        let backups = s
            .backup_dir
            .filter(|d| !d.as_os_str().is_empty())
            .map(|dir| BackupSchedule {
                dir,
                every: backup_every,
                keep: s.backup_keep,
            });
        let metrics_addr = match s.metrics_addr.as_deref().filter(|v| !v.is_empty()) {
            None => None,
            Some(v) => Some(v.parse::<SocketAddr>().map_err(|_| {
                format!("QUILL_METRICS_ADDR: {v:?} is not an address like 127.0.0.1:9100")
            })?),
        };
        let limits = RateLimits {
            signup_per_ip: s.signup_limit,
            login_per_account: s.login_limit,
            login_per_ip: s.login_limit.saturating_mul(5),
            mail_per_address: s.mail_limit,
            mail_per_ip: s.mail_ip_limit,
            upload_per_account: s.upload_limit,
            report_per_account: s.report_limit,
        };
        let cors_origins = s
            .cors_origins
            .unwrap_or_default()
            .split(',')
            .map(|o| o.trim().trim_end_matches('/').to_string())
            .filter(|o| !o.is_empty())
            .collect::<Vec<String>>();
        for origin in &cors_origins {
            let ok = Url::parse(origin).is_ok_and(|u| {
                matches!(u.scheme(), "http" | "https")
                    && u.host().is_some()
                    && u.path() == "/"
                    && u.query().is_none()
                    && u.as_str().trim_end_matches('/') == origin
            });
            if !ok {
                return Err(format!(
                    "QUILL_CORS_ORIGINS: {origin:?} is not an origin such as https://app.example or http://localhost:5173"
                ));
            }
        }
        Ok(Config {
            addr,
            data_dir: s.data_dir,
            upload_dir: s.upload_dir,
            base_url,
            database_url: Secret(database_url),
            redis_url: s.redis_url.filter(|v| !v.is_empty()).map(Secret),
            smtp_url: s.smtp_url.filter(|v| !v.is_empty()).map(Secret),
            mail_from: s.mail_from,
            require_verified_email,
            notify_email_delay,
            cors_origins,
            redis_prefix: s.redis_prefix,
            secret_key: s.secret_key.map(Secret),
            job_workers: s.job_workers,
            limits,
            behind_proxy,
            max_upload: (s.max_upload_mb as usize) << 20,
            upload_quota: (s.upload_quota_mb > 0).then_some(s.upload_quota_mb << 20),
            max_image_pixels: s.max_image_megapixels * 1_000_000,
            image_workers,
            sqlite_mmap_mb: s.sqlite_mmap_mb,
            cache_mb: s.cache_mb,
            request_timeout,
            max_connections: s.max_connections,
            // Behind a proxy every connection comes from the proxy.
            max_connections_per_ip: if behind_proxy {
                0
            } else {
                s.max_connections_per_ip
            },
            backups,
            metrics_addr,
        })
    }

    /// Whether only this machine can reach the site: a loopback listener,
    /// no proxy in front, and a loopback public origin. Anything else (a
    /// public `QUILL_ADDR`, or a same-host proxy publishing a loopback
    /// listener under a real name) is a site strangers reach.
    pub fn serves_only_this_machine(&self) -> bool {
        let origin_local = match self.base_url.host() {
            Some(url::Host::Domain(d)) => d == "localhost" || d.ends_with(".localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        self.addr.ip().is_loopback() && !self.behind_proxy && origin_local
    }

    /// Cookies get `Secure` (and the `__Host-` prefix) only behind https.
    pub fn is_https(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    /// The largest request body: an upload plus the form around it.
    pub fn max_body(&self) -> usize {
        self.max_upload + (1 << 20)
    }

    /// The base URL without a trailing slash, for building absolute links.
    pub fn origin(&self) -> String {
        self.base_url.as_str().trim_end_matches('/').to_string()
    }
}

/// `http://<QUILL_ADDR>`, with a loopback address spelled `localhost`:
/// browsers refuse passkeys for an IP address, and a local run should
/// offer them without further settings.
fn default_base_url(addr: SocketAddr) -> String {
    if addr.ip().is_loopback() {
        format!("http://localhost:{}", addr.port())
    } else {
        format!("http://{addr}")
    }
}

fn parse_bool(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// `90s`, `10m`, `2h`, `1d`, or plain seconds.
pub fn parse_duration(v: &str) -> Option<std::time::Duration> {
    let v = v.trim();
    let (num, unit) = v.split_at(v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len()));
    let n: u64 = num.parse().ok()?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n.checked_mul(60)?,
        "h" => n.checked_mul(3600)?,
        "d" => n.checked_mul(86_400)?,
        _ => return None,
    };
    Some(std::time::Duration::from_secs(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Cli::parse_from(["quill"]).settings
    }

    #[test]
    fn defaults_follow_the_design() {
        let c = Config::from_settings(settings()).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.origin(), "http://localhost:3000");
        assert!(c.database_url.0.starts_with("sqlite://"));
        assert!(c.require_verified_email);
        assert_eq!(c.notify_email_delay.as_secs(), 600);
        assert_eq!(c.upload_quota, Some(500 << 20));
        assert_eq!(c.limits.upload_per_account, 60);
    }

    #[test]
    fn backups_are_never_kept_where_uploads_are_served() {
        let mut s = settings();
        s.upload_dir = "/srv/quill/uploads".into();
        s.backup_dir = Some("/srv/quill/uploads/backups".into());
        let refused = Config::from_settings(s).unwrap_err();
        assert!(refused.starts_with("QUILL_BACKUP_DIR"), "{refused}");
        let mut s = settings();
        s.upload_dir = "/srv/quill/uploads".into();
        s.backup_dir = Some("/srv/backups".into());
        s.backup_every = "6h".into();
        let plan = Config::from_settings(s).unwrap().backups.unwrap();
        assert_eq!((plan.every.as_secs(), plan.keep), (6 * 3600, 7));
        let mut s = settings();
        s.backup_every = "30s".into();
        assert!(Config::from_settings(s).is_err(), "at least a minute");
    }

    #[test]
    fn an_upload_quota_of_zero_is_no_quota() {
        let mut s = settings();
        s.upload_quota_mb = 0;
        assert_eq!(Config::from_settings(s).unwrap().upload_quota, None);
        let mut s = settings();
        s.upload_quota_mb = u64::MAX;
        assert!(
            Config::from_settings(s)
                .unwrap_err()
                .starts_with("QUILL_UPLOAD_QUOTA_MB")
        );
    }

    #[test]
    fn only_a_loopback_listener_under_a_loopback_origin_without_a_proxy_is_local() {
        let local = |addr: &str, base: Option<&str>, proxy: &str| {
            let mut s = settings();
            s.addr = addr.into();
            s.base_url = base.map(str::to_string);
            s.behind_proxy = proxy.into();
            Config::from_settings(s).unwrap().serves_only_this_machine()
        };
        assert!(local("127.0.0.1:3000", None, "false"));
        assert!(local("[::1]:3000", Some("http://localhost:3000"), "false"));
        assert!(!local("0.0.0.0:3000", None, "false"));
        assert!(!local(
            "127.0.0.1:3000",
            Some("https://blog.example"),
            "false"
        ));
        assert!(!local("127.0.0.1:3000", None, "true"));
    }

    #[test]
    fn a_bad_address_is_one_clear_line() {
        let mut s = settings();
        s.addr = "nope".into();
        let err = Config::from_settings(s).unwrap_err();
        assert!(err.starts_with("QUILL_ADDR"), "{err}");
        assert!(!err.contains('\n'));
    }

    #[test]
    fn a_bad_database_url_is_refused() {
        let mut s = settings();
        s.database_url = Some("mysql://x".into());
        assert!(
            Config::from_settings(s)
                .unwrap_err()
                .starts_with("DATABASE_URL")
        );
    }

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("10m").unwrap().as_secs(), 600);
        assert_eq!(parse_duration("45").unwrap().as_secs(), 45);
        assert!(parse_duration("ten").is_none());
        assert!(parse_duration("5y").is_none());
    }
}
