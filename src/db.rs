//! The database: one `sqlx::Any` pool over SQLite or PostgreSQL.
//!
//! Every query in Quill is one SQL text that runs on both backends (`$n`
//! placeholders, BIGINT Unix-millisecond times, integers instead of booleans,
//! see docs/architecture.md); only the migrations differ, because column types and
//! identity columns do. That keeps one code path to test instead of two.

use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

pub type Db = AnyPool;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Backend {
        if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        }
    }
}

/// Opens the pool; for SQLite creates the file (and its folder), turns on WAL
/// and foreign keys on every connection.
pub async fn connect(url: &str) -> anyhow::Result<Db> {
    connect_with(url, DEFAULT_MMAP_MB).await
}

/// Off: SQLite reads pages with read() into its 2 MiB per-connection
/// cache. With mmap each pooled connection maps the file for itself, and
/// every page it ever touched counts in the server's RSS once per
/// connection: on `bench/seed.py`'s 267 MB database a few seconds of
/// logged-in load left 980 MiB of mapped pages (RSS 1 GB, anonymous 21
/// MiB), 10,000 opening notification streams 67 MiB of an 8.7 MB file.
/// The speed it once bought (deep feed pages) is the page cache's now:
/// logged-in `/`, `/feed` and `/?page=2000` serve the same with it on or
/// off (docs/performance.md). `QUILL_SQLITE_MMAP_MB` turns it back on.
pub const DEFAULT_MMAP_MB: u64 = 0;

/// `connect` with `mmap_mb` MiB of a SQLite file read through mmap (0: off).
pub async fn connect_with(url: &str, mmap_mb: u64) -> anyhow::Result<Db> {
    install_default_drivers();
    match Backend::of(url) {
        Backend::Sqlite => {
            let path = sqlite_path(url);
            if let Some(dir) = std::path::Path::new(path)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            let url = if url.contains('?') {
                url.to_string()
            } else {
                format!("{url}?mode=rwc")
            };
            let pool = AnyPoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .after_connect(move |conn, _| {
                    Box::pin(async move {
                        // busy_timeout first: the WAL switch itself may wait on a lock.
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute(&*format!("PRAGMA mmap_size = {}", mmap_mb << 20))
                            .await?;
                        Ok(())
                    })
                })
                .connect(&url)
                .await
                .with_context(|| format!("cannot open SQLite database {path}"))?;
            Ok(pool)
        }
        Backend::Postgres => AnyPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .context("cannot connect to PostgreSQL"),
    }
}

/// The file behind a `sqlite://` URL (its query string dropped).
pub fn sqlite_path(url: &str) -> &str {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    path.split('?').next().unwrap_or(path)
}

/// Applies pending migrations. On PostgreSQL sqlx takes an advisory lock, so
/// several instances starting at once on an empty database all come up.
pub async fn migrate(db: &Db, backend: Backend) -> anyhow::Result<()> {
    match backend {
        Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(db).await,
        Backend::Postgres => sqlx::migrate!("migrations/postgres").run(db).await,
    }
    .context("database migration failed")
}

/// The newest migration this build knows: a database (or a backup) from
/// beyond it was made by a newer Quill.
pub fn latest_migration(backend: Backend) -> i64 {
    let migrator = match backend {
        Backend::Sqlite => sqlx::migrate!("migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("migrations/postgres"),
    };
    migrator.iter().map(|m| m.version).max().unwrap_or(0)
}

/// A running `serve` or `worker` on a SQLite file holds a shared lock on
/// `<file>.lock` for its whole life, so `quill restore` can tell the file
/// is in use (replacing it would lose whatever the process writes next).
/// `None` on PostgreSQL.
pub fn hold_site(url: &str) -> anyhow::Result<Option<std::fs::File>> {
    let Some(path) = site_lock_path(url) else {
        return Ok(None);
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    file.lock_shared()
        .with_context(|| format!("cannot lock {}", path.display()))?;
    Ok(Some(file))
}

/// Whether a `serve` or `worker` holds the SQLite file (see `hold_site`).
/// Writes nothing when none ever did.
pub fn site_in_use(url: &str) -> bool {
    let Some(path) = site_lock_path(url) else {
        return false;
    };
    match std::fs::OpenOptions::new().write(true).open(&path) {
        Ok(file) => file.try_lock().is_err(),
        Err(_) => false,
    }
}

fn site_lock_path(url: &str) -> Option<std::path::PathBuf> {
    (Backend::of(url) == Backend::Sqlite).then(|| format!("{}.lock", sqlite_path(url)).into())
}

/// Keys of the PostgreSQL advisory locks taken by `begin_serialised`.
pub mod lock {
    /// Held while a change may take away an admin (demote, ban, delete).
    pub const ADMINS: i64 = 0x5155_494c_4c41_444d; // "QUILLADM"
}

/// A transaction that checks and then writes with nobody else doing the
/// same in between: transactions opened with the same `lock` run one after
/// the other. For a rule over several rows ("another admin remains"), which
/// a row lock cannot protect.
///
/// - SQLite: `BEGIN IMMEDIATE`, the writer lock from the first statement
///   (one writer at a time, so `lock` is the whole database). A plain
///   `BEGIN` would read first and could then fail to upgrade to a writer.
/// - PostgreSQL: a transaction-scoped advisory lock on `lock`, taken
///   before anything is read. At READ COMMITTED every later statement
///   sees what the lock's previous holder committed.
pub async fn begin_serialised(
    db: &Db,
    backend: Backend,
    lock: i64,
) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match backend {
        Backend::Sqlite => db.begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => {
            let mut tx = db.begin().await?;
            // In FROM, so the `void` result is never decoded (Any cannot).
            sqlx::query("SELECT 1 FROM pg_advisory_xact_lock($1)")
                .bind(lock)
                .execute(&mut *tx)
                .await?;
            Ok(tx)
        }
    }
}

/// Milliseconds since the Unix epoch: every time column holds this.
pub fn now_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

/// True when the error is a unique-constraint violation; callers turn it into
/// a field error ("username taken") instead of checking first, which races.
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// `$1, $2, …` for an IN list starting at placeholder `from`.
/// Which of `ids` a query keeps, in one round trip: `sql` selects one id
/// column, binds `owner` as `$1` and has `{ids}` where the list goes.
pub async fn ids_among(
    db: &Db,
    sql: &str,
    owner: i64,
    ids: &[i64],
) -> Result<std::collections::HashSet<i64>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let sql = sql.replace("{ids}", &placeholders(2, ids.len()));
    let mut query = sqlx::query_scalar::<_, i64>(&sql).bind(owner);
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(db).await?.into_iter().collect())
}

pub fn placeholders(from: usize, count: usize) -> String {
    (from..from + count)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The signing key: `QUILL_SECRET_KEY` when set, otherwise one generated on
/// first start and kept in the database so every instance shares it.
pub async fn secret_key(db: &Db, configured: Option<&str>) -> anyhow::Result<Vec<u8>> {
    if let Some(key) = configured {
        return Ok(key.as_bytes().to_vec());
    }
    let mut fresh = [0u8; 32];
    rand::fill(&mut fresh);
    sqlx::query(
        "INSERT INTO setting (name, value) VALUES ('secret_key', $1) ON CONFLICT (name) DO NOTHING",
    )
    .bind(hex::encode(fresh))
    .execute(db)
    .await?;
    let stored: String = sqlx::query_scalar("SELECT value FROM setting WHERE name = 'secret_key'")
        .fetch_one(db)
        .await?;
    hex::decode(stored).context("stored secret key is not hex")
}

/// A `LIKE … ESCAPE '\'` pattern that matches `s` anywhere in a value, with
/// `%`, `_` and `\` in `s` taken literally.
pub fn contains_pattern(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('%');
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}
