//! The archive itself: a tar stream through zstd (with zstd's own frame
//! checksum), the manifest last, because only after every file went through
//! its hash are the checksums known. Reading checks every file against the
//! manifest before anything is written anywhere.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Component, Path, PathBuf};

use indicatif::ProgressBar;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Bumped when a new Quill could not read an older archive the same way.
pub const FORMAT: u32 = 1;
pub const MANIFEST: &str = "manifest.json";
pub const SQLITE_DB: &str = "database/quill.db";
pub const POSTGRES_DUMP: &str = "database/quill.pgdump";
pub const UPLOADS: &str = "uploads/";
/// A manifest lists every file in about 150 bytes: this is room for
/// millions of uploads, and a bound on what a hostile archive makes us hold.
const MAX_MANIFEST: u64 = 1 << 30;

/// What the archive holds, written as `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub quill_version: String,
    /// The newest migration the database had.
    pub schema_version: i64,
    /// `sqlite` or `postgres`.
    pub backend: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// Rows per table, as the snapshot holds them (SQLite) or as the site
    /// had them when the dump began (PostgreSQL).
    pub counts: BTreeMap<String, i64>,
    pub files: Vec<FileEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
}

/// Why an archive cannot be restored. Nothing has been written when one of
/// these comes back.
#[derive(Debug, thiserror::Error)]
pub enum Damaged {
    #[error("cannot read the archive {0}")]
    Unreadable(String),
    #[error("the archive is damaged or not a Quill backup: {0}")]
    Corrupt(String),
    #[error(
        "the archive was written in format {0}, which this Quill does not know; restore it with a newer Quill"
    )]
    Format(u32),
}

/// Writes an archive at `out`.
pub struct Writer {
    tar: tar::Builder<zstd::Encoder<'static, BufWriter<File>>>,
    files: Vec<FileEntry>,
    progress: ProgressBar,
}

impl Writer {
    pub fn create(out: File, progress: ProgressBar) -> io::Result<Writer> {
        let mut zstd = zstd::Encoder::new(BufWriter::new(out), 3)?;
        zstd.include_checksum(true)?;
        let mut tar = tar::Builder::new(zstd);
        tar.mode(tar::HeaderMode::Deterministic);
        Ok(Writer {
            tar,
            files: Vec::new(),
            progress,
        })
    }

    /// Adds the file at `src` as `name`. A file gone since it was listed (an
    /// upload deleted meanwhile) is skipped: `Ok(false)`.
    pub fn add(&mut self, name: &str, src: &Path) -> io::Result<bool> {
        let file = match File::open(src) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        let len = file.metadata()?.len();
        let mut header = tar::Header::new_gnu();
        header.set_size(len);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        let mut hashing = Hashing::new(self.progress.wrap_read(file).take(len));
        self.tar.append_data(&mut header, name, &mut hashing)?;
        if hashing.bytes != len {
            // The file shrank while read: tar has padded it with nothing
            // valid, so the archive would be wrong.
            return Err(io::Error::other(format!(
                "{} changed while it was read",
                src.display()
            )));
        }
        self.files.push(FileEntry {
            path: name.to_string(),
            bytes: len,
            sha256: hashing.hex(),
        });
        Ok(true)
    }

    /// Writes the manifest (with the checksums gathered) and closes the
    /// compressed stream; returns the manifest.
    pub fn finish(mut self, mut manifest: Manifest) -> io::Result<Manifest> {
        manifest.files = std::mem::take(&mut self.files);
        let json = serde_json::to_vec(&manifest).map_err(io::Error::other)?;
        let mut header = tar::Header::new_gnu();
        header.set_size(json.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        self.tar
            .append_data(&mut header, MANIFEST, json.as_slice())?;
        let zstd = self.tar.into_inner()?;
        let mut out = zstd.finish()?;
        out.flush()?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        Ok(manifest)
    }
}

/// Reads the whole archive, hashing each file, and compares it with the
/// manifest: every file listed is there with its size and checksum, and
/// nothing else is. Writes nothing.
pub fn verify(path: &Path, progress: &ProgressBar) -> Result<Manifest, Damaged> {
    let unreadable = |e: io::Error| Damaged::Unreadable(format!("{}: {e}", path.display()));
    let file = File::open(path).map_err(unreadable)?;
    progress.set_length(file.metadata().map_err(unreadable)?.len());
    let mut seen: BTreeMap<String, (u64, String)> = BTreeMap::new();
    let mut manifest: Option<Manifest> = None;
    for_each_entry(progress.wrap_read(file), |name, entry| {
        if name == MANIFEST {
            let mut json = Vec::new();
            entry.take(MAX_MANIFEST).read_to_end(&mut json)?;
            manifest = Some(
                serde_json::from_slice(&json)
                    .map_err(|e| io::Error::other(format!("the manifest does not parse: {e}")))?,
            );
        } else {
            let mut hashing = Hashing::new(entry);
            io::copy(&mut hashing, &mut io::sink())?;
            seen.insert(name.to_string(), (hashing.bytes, hashing.hex()));
        }
        Ok(())
    })?;
    let manifest = manifest.ok_or_else(|| Damaged::Corrupt("it has no manifest".into()))?;
    if manifest.format > FORMAT {
        return Err(Damaged::Format(manifest.format));
    }
    for f in &manifest.files {
        match seen.remove(&f.path) {
            None => return Err(Damaged::Corrupt(format!("{} is missing", f.path))),
            Some((bytes, sha)) if bytes != f.bytes || sha != f.sha256 => {
                return Err(Damaged::Corrupt(format!(
                    "{} does not match its checksum",
                    f.path
                )));
            }
            Some(_) => {}
        }
    }
    if let Some(extra) = seen.keys().next() {
        return Err(Damaged::Corrupt(format!(
            "{extra} is not listed in the manifest"
        )));
    }
    Ok(manifest)
}

/// Writes each file to where `place` says (`None`: skipped), creating
/// folders as needed, checking each against `manifest` again as it goes
/// (the archive could have changed since `verify`).
pub fn extract(
    path: &Path,
    manifest: &Manifest,
    progress: &ProgressBar,
    mut place: impl FnMut(&str) -> Option<PathBuf>,
) -> io::Result<()> {
    let expected: BTreeMap<&str, &FileEntry> = manifest
        .files
        .iter()
        .map(|f| (f.path.as_str(), f))
        .collect();
    let file = File::open(path)?;
    progress.set_length(file.metadata()?.len());
    progress.set_position(0);
    for_each_entry(progress.wrap_read(file), |name, entry| {
        let Some(dest) = place(name) else {
            return Ok(());
        };
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut out = BufWriter::new(File::create(&dest)?);
        let mut hashing = Hashing::new(entry);
        io::copy(&mut hashing, &mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        match expected.get(name) {
            Some(f) if f.bytes == hashing.bytes && f.sha256 == hashing.hex() => Ok(()),
            _ => Err(io::Error::other(format!(
                "{name} changed since the archive was checked"
            ))),
        }
    })
    .map_err(|e| io::Error::other(e.to_string()))
}

/// The path under `uploads/` of an archive name, if it is one and is safe
/// to join to a folder (no `..`, not absolute).
pub fn upload_path(name: &str) -> Option<PathBuf> {
    let rel = Path::new(name.strip_prefix(UPLOADS)?);
    let plain = rel.components().all(|c| matches!(c, Component::Normal(_)));
    (plain && rel.components().next().is_some()).then(|| rel.to_path_buf())
}

/// Calls `each` with every regular file's name and contents. Anything else
/// (a link, a device, a name that climbs out) makes the archive corrupt.
fn for_each_entry(
    read: impl Read,
    mut each: impl FnMut(&str, &mut dyn Read) -> io::Result<()>,
) -> Result<(), Damaged> {
    let zstd =
        zstd::Decoder::new(BufReader::new(read)).map_err(|e| Damaged::Corrupt(e.to_string()))?;
    let mut tar = tar::Archive::new(zstd);
    let entries = tar.entries().map_err(|e| Damaged::Corrupt(e.to_string()))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| Damaged::Corrupt(e.to_string()))?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(Damaged::Corrupt(
                "it holds something other than files".into(),
            ));
        }
        let name = entry
            .path()
            .ok()
            .and_then(|p| p.to_str().map(str::to_string))
            .ok_or_else(|| Damaged::Corrupt("a file name is not UTF-8".into()))?;
        let known = name == MANIFEST
            || name == SQLITE_DB
            || name == POSTGRES_DUMP
            || upload_path(&name).is_some();
        if !known {
            return Err(Damaged::Corrupt(format!("unexpected file {name:?}")));
        }
        each(&name, &mut entry).map_err(|e| Damaged::Corrupt(e.to_string()))?;
    }
    Ok(())
}

/// A reader that hashes and counts what passes through it.
struct Hashing<R> {
    inner: R,
    hash: Sha256,
    bytes: u64,
}

impl<R> Hashing<R> {
    fn new(inner: R) -> Self {
        Hashing {
            inner,
            hash: Sha256::new(),
            bytes: 0,
        }
    }

    fn hex(&self) -> String {
        hex::encode(self.hash.clone().finalize())
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_names_under_uploads_are_upload_paths() {
        assert_eq!(
            upload_path("uploads/ab/cd.webp"),
            Some(PathBuf::from("ab/cd.webp"))
        );
        assert_eq!(upload_path("uploads/../quill.db"), None);
        assert_eq!(upload_path("uploads//etc/passwd"), None);
        assert_eq!(upload_path("uploads/"), None);
        assert_eq!(upload_path("database/quill.db"), None);
    }
}
