//! Putting an archive back: the target is checked, then the whole archive,
//! and only then is anything written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use indicatif::ProgressBar;

use super::archive::{self, Manifest};
use super::database::{self, Target};
use crate::config::Config;
use crate::db::{self, Backend};

/// What a restore did.
pub struct Restored {
    pub manifest: Manifest,
    /// Rows per table in the restored (and migrated) database.
    pub counts: BTreeMap<String, i64>,
}

/// Why nothing was restored; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error(
        "{0} holds a site already; restoring would replace it. Stop the site and add --force to replace it"
    )]
    NotEmpty(String),
    #[error("something answers on QUILL_ADDR ({0}): stop the site before restoring over it")]
    Running(std::net::SocketAddr),
    #[error(transparent)]
    Damaged(#[from] archive::Damaged),
    #[error(
        "the archive holds a {archive} database but DATABASE_URL points to {target}; restore it into a {archive} site"
    )]
    OtherBackend {
        archive: String,
        target: &'static str,
    },
}

/// Restores the archive at `from` into the configured database and upload
/// folder. Without `force`, a target that holds anything is refused. The
/// search index is removed so the next start rebuilds it.
pub async fn restore(
    config: &Config,
    from: &Path,
    force: bool,
    progress: ProgressBar,
) -> anyhow::Result<Restored> {
    let target = Target::of(config);
    // Replacing the database under a running site would lose whatever it
    // writes next (into a file no longer there, on SQLite).
    if force && config.addr.port() != 0 && tokio::net::TcpStream::connect(config.addr).await.is_ok()
    {
        return Err(Refused::Running(config.addr).into());
    }
    if !force {
        if target.holds_data().await? {
            let place = match &target {
                Target::Sqlite(p) => p.display().to_string(),
                Target::Postgres(_) => "the PostgreSQL database".to_string(),
            };
            return Err(Refused::NotEmpty(place).into());
        }
        if has_files(&config.upload_dir) {
            return Err(Refused::NotEmpty(config.upload_dir.display().to_string()).into());
        }
    }
    let manifest = {
        let (from, progress) = (from.to_path_buf(), progress.clone());
        tokio::task::spawn_blocking(move || archive::verify(&from, &progress))
            .await
            .context("the restore task stopped")?
            .map_err(Refused::Damaged)?
    };
    if manifest.backend != target.backend() {
        return Err(Refused::OtherBackend {
            archive: manifest.backend.clone(),
            target: target.backend(),
        }
        .into());
    }

    // Checked: from here on the target is written.
    if let Target::Sqlite(path) = &target
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
    let scratch = tempfile::Builder::new()
        .prefix(".quill-restore-")
        .tempdir_in(&config.data_dir)?;
    let staged = target.staging(scratch.path());
    if force {
        target.clear().await?;
        clear_folder(&config.upload_dir)?;
    }
    std::fs::create_dir_all(&config.upload_dir)
        .with_context(|| format!("cannot create {}", config.upload_dir.display()))?;
    {
        let (from, staged, uploads) = (
            from.to_path_buf(),
            staged.clone(),
            config.upload_dir.clone(),
        );
        let db_name = target.archive_name();
        tokio::task::spawn_blocking(move || {
            archive::extract(&from, &progress, |name| {
                if name == db_name {
                    Some(staged.clone())
                } else {
                    archive::upload_path(name).map(|rel| uploads.join(rel))
                }
            })?;
            progress.finish_and_clear();
            std::io::Result::Ok(())
        })
        .await
        .context("the restore task stopped")?
        .context("cannot write the restored files")?;
    }
    target.load(&staged).await?;
    // The index describes the database that was here; the next start
    // builds one for the restored database.
    let index = config.data_dir.join("search");
    if index.exists() {
        std::fs::remove_dir_all(&index)
            .with_context(|| format!("cannot remove the old search index {}", index.display()))?;
    }
    let url = &config.database_url.0;
    let restored = db::connect(url).await?;
    db::migrate(&restored, Backend::of(url)).await?;
    let (_, counts) = database::describe(&mut *restored.acquire().await?).await?;
    restored.close().await;
    Ok(Restored { manifest, counts })
}

fn has_files(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
}

/// Empties `dir` (kept itself: it may be a mount point).
fn clear_folder(dir: &Path) -> anyhow::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot list {}", dir.display())),
    };
    for entry in entries {
        let path: PathBuf = entry?.path();
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed.with_context(|| format!("cannot remove {}", path.display()))?;
    }
    Ok(())
}
