//! Writing an archive.

use std::path::{Path, PathBuf};

use anyhow::Context;
use indicatif::ProgressBar;

use super::archive::{self, Manifest, Writer};
use super::database::Target;
use crate::config::Config;
use crate::db::Db;

/// A finished archive.
pub struct Made {
    pub path: PathBuf,
    pub bytes: u64,
    pub manifest: Manifest,
}

/// Writes an archive of the site at `out` (replacing a file there only once
/// the new one is complete). `live` is the site's database; it keeps
/// serving meanwhile.
pub async fn create(
    config: &Config,
    live: &Db,
    out: &Path,
    progress: ProgressBar,
) -> anyhow::Result<Made> {
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&folder)
        .with_context(|| format!("cannot create {}", folder.display()))?;
    // The snapshot and the archive are written beside the destination (the
    // same disk) and removed or renamed whatever happens.
    let scratch = tempfile::Builder::new()
        .prefix(".quill-backup-")
        .tempdir_in(&folder)
        .with_context(|| format!("cannot write in {}", folder.display()))?;
    let target = Target::of(config);
    let snapshot = target.snapshot(live, scratch.path()).await?;
    let copy = snapshot.path;
    let manifest = Manifest {
        format: archive::FORMAT,
        quill_version: env!("CARGO_PKG_VERSION").to_string(),
        schema_version: snapshot.schema_version,
        backend: target.backend().to_string(),
        created_at: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        counts: snapshot.counts,
        files: Vec::new(),
    };
    let uploads = config.upload_dir.clone();
    let db_name = target.archive_name();
    let out = out.to_path_buf();
    tokio::task::spawn_blocking(move || -> anyhow::Result<Made> {
        let files = list_files(&uploads)?;
        let total = std::fs::metadata(&copy)?.len() + files.iter().map(|f| f.1).sum::<u64>();
        progress.set_length(total);
        let partial = tempfile::Builder::new()
            .prefix(".quill-backup-")
            .suffix(".partial")
            .tempfile_in(scratch.path())?;
        let mut writer = Writer::create(partial.reopen()?, progress.clone())?;
        writer.add(db_name, &copy)?;
        for (rel, _) in &files {
            let name = format!("{}{}", archive::UPLOADS, rel);
            writer.add(&name, &uploads.join(rel))?;
        }
        let manifest = writer.finish(manifest)?;
        progress.finish_and_clear();
        partial
            .persist(&out)
            .with_context(|| format!("cannot write {}", out.display()))?;
        let bytes = std::fs::metadata(&out)?.len();
        drop(scratch);
        Ok(Made {
            path: out,
            bytes,
            manifest,
        })
    })
    .await
    .context("the backup task stopped")?
}

/// Every file under `root` as (path relative to it with `/` separators,
/// size), sorted; none when the folder does not exist yet. Unfinished
/// uploads (dot-files) are left out.
fn list_files(root: &Path) -> anyhow::Result<Vec<(String, u64)>> {
    let mut found = Vec::new();
    let mut dirs = vec![PathBuf::new()];
    while let Some(rel) = dirs.pop() {
        let entries = match std::fs::read_dir(root.join(&rel)) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot list {}", root.display())),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with('.') || (rel.as_os_str().is_empty() && name == "lost+found") {
                continue;
            }
            let kind = entry.file_type()?;
            let path = rel.join(name);
            if kind.is_dir() {
                dirs.push(path);
            } else if kind.is_file() {
                let size = entry.metadata()?.len();
                let slashed = path
                    .components()
                    .filter_map(|c| c.as_os_str().to_str())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push((slashed, size));
            }
        }
    }
    found.sort();
    Ok(found)
}
