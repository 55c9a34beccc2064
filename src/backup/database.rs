//! The database's part of a backup: a consistent copy taken while the site
//! writes, and putting one back.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::config::Config;
use crate::db::{self, Backend, Db};

/// The tables whose rows a manifest counts (what a person would check
/// after a restore).
const COUNTED: [&str; 8] = [
    "account",
    "post",
    "comment",
    "post_like",
    "follow",
    "tag",
    "image",
    "notification",
];

/// Where the configured database lives.
pub enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Target {
    pub fn of(config: &Config) -> Target {
        let url = &config.database_url.0;
        match Backend::of(url) {
            Backend::Sqlite => Target::Sqlite(PathBuf::from(db::sqlite_path(url))),
            Backend::Postgres => Target::Postgres(url.clone()),
        }
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Target::Sqlite(_) => "sqlite",
            Target::Postgres(_) => "postgres",
        }
    }

    /// The archive name its copy goes under.
    pub fn archive_name(&self) -> &'static str {
        match self {
            Target::Sqlite(_) => super::archive::SQLITE_DB,
            Target::Postgres(_) => super::archive::POSTGRES_DUMP,
        }
    }

    /// Writes a consistent copy of the live database into `dir`; the site
    /// keeps reading and writing meanwhile. The schema version and counts
    /// returned are those of the copy.
    pub async fn snapshot(&self, live: &Db, dir: &Path) -> anyhow::Result<Snapshot> {
        match self {
            Target::Sqlite(_) => {
                // One read transaction copies every page as of its start:
                // writers go on in the WAL, and the copy is compacted.
                let copy = dir.join("quill.db");
                let path = copy
                    .to_str()
                    .context("the backup folder's path is not UTF-8")?;
                sqlx::query("VACUUM INTO $1")
                    .bind(path)
                    .execute(live)
                    .await
                    .context("SQLite could not copy the database (VACUUM INTO)")?;
                let opened = open_copy(&copy).await?;
                let mut conn = opened.acquire().await?;
                let (schema_version, counts) = describe(&mut conn).await?;
                drop(conn);
                opened.close().await;
                Ok(Snapshot {
                    path: copy,
                    schema_version,
                    counts,
                })
            }
            Target::Postgres(url) => {
                // pg_dump reads the snapshot this transaction exports, so
                // the counts below are exactly what the dump holds.
                let mut tx = live.begin().await?;
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .execute(&mut *tx)
                    .await?;
                let exported: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
                    .fetch_one(&mut *tx)
                    .await?;
                let (schema_version, counts) = describe(&mut tx).await?;
                let dump = dir.join("quill.pgdump");
                let dumped = run(
                    tool("pg_dump", Some(url))
                        .arg("--format=custom")
                        .arg("--no-owner")
                        .arg("--no-privileges")
                        .arg(format!("--snapshot={exported}"))
                        .arg(format!("--file={}", dump.display())),
                    "pg_dump",
                    "pg_dump failed",
                )
                .await;
                tx.commit().await?;
                dumped?;
                Ok(Snapshot {
                    path: dump,
                    schema_version,
                    counts,
                })
            }
        }
    }

    /// Whether a site is stored there already (any table at all on
    /// PostgreSQL; a non-empty file on SQLite).
    pub async fn holds_data(&self) -> anyhow::Result<bool> {
        match self {
            Target::Sqlite(path) => Ok(std::fs::metadata(path).is_ok_and(|m| m.len() > 0)),
            Target::Postgres(url) => {
                let db = db::connect(url).await?;
                let tables: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
                )
                .fetch_one(&db)
                .await?;
                db.close().await;
                Ok(tables > 0)
            }
        }
    }

    /// Clears what is there (only after `--force`), before a restore.
    pub async fn clear(&self) -> anyhow::Result<()> {
        match self {
            Target::Sqlite(path) => remove_with_suffixes(path, &["", "-wal", "-shm"]),
            Target::Postgres(url) => {
                let db = db::connect(url).await?;
                // The schema Quill's tables are in, never another one.
                let schema: String = sqlx::query_scalar("SELECT CAST(current_schema() AS TEXT)")
                    .fetch_one(&db)
                    .await?;
                let quoted = format!("\"{}\"", schema.replace('"', "\"\""));
                sqlx::raw_sql(&format!(
                    "DROP SCHEMA {quoted} CASCADE; CREATE SCHEMA {quoted};"
                ))
                .execute(&db)
                .await
                .context("cannot empty the PostgreSQL database")?;
                db.close().await;
                Ok(())
            }
        }
    }

    /// Where the archive's database file is written before it is loaded.
    pub fn staging(&self, scratch: &Path) -> PathBuf {
        match self {
            // Beside the live file, so the final step is a rename.
            Target::Sqlite(path) => {
                let mut p = path.clone().into_os_string();
                p.push(".restoring");
                PathBuf::from(p)
            }
            Target::Postgres(_) => scratch.join("quill.pgdump"),
        }
    }

    /// Checks the staged copy can be loaded, before anything is cleared.
    pub async fn check_staged(&self, staged: &Path) -> anyhow::Result<()> {
        match self {
            Target::Sqlite(_) => {
                let copy = open_copy(staged).await?;
                let ok: Result<String, _> = sqlx::query_scalar("PRAGMA quick_check")
                    .fetch_one(&copy)
                    .await;
                copy.close().await;
                match ok {
                    Ok(answer) if answer == "ok" => Ok(()),
                    Ok(answer) => bail!("the archive's database is damaged: {answer}"),
                    Err(e) => bail!("the archive's database cannot be read: {e}"),
                }
            }
            Target::Postgres(_) => {
                // pg_restore exists, and reads this dump's table of contents.
                run(
                    tool("pg_restore", None).arg("--list").arg(staged),
                    "pg_restore",
                    "pg_restore cannot read the archive's dump",
                )
                .await
            }
        }
    }

    /// Puts the staged copy in place.
    pub async fn load(&self, staged: &Path) -> anyhow::Result<()> {
        match self {
            Target::Sqlite(path) => {
                // A log left beside the old file would be replayed into
                // the new one.
                remove_with_suffixes(path, &["-wal", "-shm"])?;
                std::fs::rename(staged, path).with_context(|| {
                    format!("cannot move the restored database to {}", path.display())
                })
            }
            Target::Postgres(url) => {
                run(
                    tool("pg_restore", Some(url))
                        .arg("--no-owner")
                        .arg("--no-privileges")
                        .arg("--exit-on-error")
                        .arg("--single-transaction")
                        .arg(staged),
                    "pg_restore",
                    "pg_restore failed",
                )
                .await
            }
        }
    }
}

/// Removes `path` with each suffix (`-wal`: SQLite's log beside its file);
/// one already gone is fine.
fn remove_with_suffixes(path: &Path, suffixes: &[&str]) -> anyhow::Result<()> {
    for suffix in suffixes {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(e).with_context(|| format!("cannot remove {p:?}"));
            }
            _ => {}
        }
    }
    Ok(())
}

/// A copy of the database, with what it holds.
pub struct Snapshot {
    pub path: PathBuf,
    pub schema_version: i64,
    pub counts: BTreeMap<String, i64>,
}

/// The schema version and the rows per counted table, read on `conn`.
pub async fn describe(
    conn: &mut sqlx::AnyConnection,
) -> Result<(i64, BTreeMap<String, i64>), sqlx::Error> {
    let version: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations")
        .fetch_one(&mut *conn)
        .await?;
    let mut counts = BTreeMap::new();
    for table in COUNTED {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&mut *conn)
            .await?;
        counts.insert(table.to_string(), n);
    }
    Ok((version, counts))
}

/// Opens a SQLite snapshot read-only (its counts and schema version are
/// what the archive holds, not what the site has by now).
pub async fn open_copy(path: &Path) -> anyhow::Result<Db> {
    sqlx::any::install_default_drivers();
    sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .connect(&format!("sqlite://{}?mode=ro", path.display()))
        .await
        .context("cannot open the database copy")
}

/// A PostgreSQL client tool, for the database at `url` when given: the
/// password goes in its environment (`PGPASSWORD`), not on its command
/// line, where any local user could read it in `ps`.
fn tool(name: &str, url: Option<&str>) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(name);
    cmd.kill_on_drop(true);
    let Some(url) = url else {
        return cmd;
    };
    match url::Url::parse(url) {
        Ok(mut u) => {
            if let Some(password) = u.password() {
                let password = percent_encoding::percent_decode_str(password)
                    .decode_utf8_lossy()
                    .into_owned();
                cmd.env("PGPASSWORD", password);
                let _ = u.set_password(None);
            }
            cmd.arg(format!("--dbname={u}"));
        }
        Err(_) => {
            cmd.arg(format!("--dbname={url}"));
        }
    }
    cmd
}

/// Runs a client tool; a failure carries what it printed.
async fn run(
    cmd: &mut tokio::process::Command,
    name: &'static str,
    failed: &str,
) -> anyhow::Result<()> {
    let out = cmd.output().await.map_err(missing(name))?;
    if !out.status.success() {
        bail!("{failed}: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
}

/// A missing PostgreSQL client tool becomes a line naming the package.
fn missing(name: &'static str) -> impl Fn(std::io::Error) -> anyhow::Error {
    move |e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            anyhow::anyhow!(
                "{name} is not installed: backups of a PostgreSQL site need PostgreSQL's client tools \
                 (Debian/Ubuntu: apt-get install postgresql-client; its major version must be at least the server's)"
            )
        } else {
            anyhow::anyhow!("cannot run {name}: {e}")
        }
    }
}
