//! Putting an archive back. Nothing of the target is touched until every
//! check has passed and every file has been written beside it: the target
//! must be free (no Quill running on it, empty unless `--force`), the whole
//! archive must match its manifest, and its schema must not be newer than
//! this Quill's. Then the old site is cleared (with `--force`) and the
//! staged files are moved in.

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
    #[error("a Quill process (serve or worker) is using {0}: stop it before restoring over it")]
    Running(String),
    #[error(transparent)]
    Damaged(#[from] archive::Damaged),
    #[error(
        "the archive holds a {archive} database but DATABASE_URL points to {target}; restore it into a {archive} site"
    )]
    OtherBackend {
        archive: String,
        target: &'static str,
    },
    #[error(
        "the archive was made by a newer Quill ({version}, schema {schema}; this one knows schema {known}): restore it with that version or a newer one"
    )]
    Newer {
        version: String,
        schema: i64,
        known: i64,
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
    let url = &config.database_url.0;
    let target = Target::of(config);
    if let Target::Sqlite(path) = &target
        && db::site_in_use(url)
    {
        return Err(Refused::Running(path.display().to_string()).into());
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
    let known = db::latest_migration(Backend::of(url));
    if manifest.schema_version > known {
        return Err(Refused::Newer {
            version: manifest.quill_version.clone(),
            schema: manifest.schema_version,
            known,
        }
        .into());
    }
    if !manifest
        .files
        .iter()
        .any(|f| f.path == target.archive_name())
    {
        return Err(
            Refused::Damaged(archive::Damaged::Corrupt("it holds no database".into())).into(),
        );
    }

    // Checked. Everything is written beside its place first.
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
    let scratch = tempfile::Builder::new()
        .prefix(".quill-restore-")
        .tempdir_in(&config.data_dir)?;
    let staged_db = target.staging(scratch.path());
    let uploads_parent = match config.upload_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&uploads_parent)
        .with_context(|| format!("cannot create {}", uploads_parent.display()))?;
    let staged_uploads = tempfile::Builder::new()
        .prefix(".quill-restore-uploads-")
        .tempdir_in(&uploads_parent)?;
    {
        let (from, db_file, uploads, manifest) = (
            from.to_path_buf(),
            staged_db.clone(),
            staged_uploads.path().to_path_buf(),
            manifest.clone(),
        );
        let db_name = target.archive_name();
        tokio::task::spawn_blocking(move || {
            archive::extract(&from, &manifest, &progress, |name| {
                if name == db_name {
                    Some(db_file.clone())
                } else {
                    archive::upload_path(name).map(|rel| uploads.join(rel))
                }
            })?;
            progress.finish_and_clear();
            std::io::Result::Ok(())
        })
        .await
        .context("the restore task stopped")?
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&staged_db);
        })
        .context("cannot write the restored files (nothing was replaced)")?;
    }
    target.check_staged(&staged_db).await?;

    // The swap: from here on the old site goes.
    if force {
        target.clear().await?;
        clear_folder(&config.upload_dir)?;
    }
    target.load(&staged_db).await?;
    std::fs::create_dir_all(&config.upload_dir)
        .with_context(|| format!("cannot create {}", config.upload_dir.display()))?;
    for entry in std::fs::read_dir(staged_uploads.path())? {
        let entry = entry?;
        let dest = config.upload_dir.join(entry.file_name());
        std::fs::rename(entry.path(), &dest)
            .with_context(|| format!("cannot move the restored uploads to {}", dest.display()))?;
    }
    drop(staged_uploads);
    // The index describes the database that was here; the next start
    // builds one for the restored database.
    let index = config.data_dir.join("search");
    if index.exists() {
        std::fs::remove_dir_all(&index)
            .with_context(|| format!("cannot remove the old search index {}", index.display()))?;
    }
    let restored = db::connect(url).await?;
    db::migrate(&restored, Backend::of(url)).await?;
    let (_, counts) = database::describe(&mut *restored.acquire().await?).await?;
    restored.close().await;
    Ok(Restored { manifest, counts })
}

/// Whether `dir` holds anything (a file system's `lost+found` aside).
fn has_files(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.file_name() != "lost+found")
    })
}

/// Empties `dir` (kept itself: it may be a mount point).
fn clear_folder(dir: &Path) -> anyhow::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot list {}", dir.display())),
    };
    for entry in entries {
        let entry = entry?;
        if entry.file_name() == "lost+found" {
            continue;
        }
        let path = entry.path();
        let removed = if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed.with_context(|| format!("cannot remove {}", path.display()))?;
    }
    Ok(())
}
