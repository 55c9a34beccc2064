//! Where image files live. Names come from the content's SHA-256 (no
//! user-supplied name ever reaches the file system), so one file may serve
//! several uploads of the same picture and is only written once.
//!
//! Only a local directory today; the interface (put, delete, a relative
//! name that is also the URL path under `/uploads/`) is what an
//! S3-compatible backend (the `object_store` crate) would implement.

use std::io::ErrorKind;
use std::path::PathBuf;

use sha2::{Digest, Sha256};

use super::process::Encoded;

#[derive(Debug, Clone)]
pub struct LocalStore {
    root: PathBuf,
}

impl LocalStore {
    pub fn new(root: PathBuf) -> LocalStore {
        LocalStore { root }
    }

    pub fn root(&self) -> &std::path::Path {
        &self.root
    }

    /// `ab/ab12…ef.jpg`: 32 hex digits of the hash, in one of 256 folders.
    pub fn name_for(image: &Encoded) -> String {
        let hash = hex::encode(&Sha256::digest(&image.bytes)[..16]);
        format!("{}/{hash}.{}", &hash[..2], image.extension)
    }

    /// Writes the file atomically (a temporary file renamed into place), so
    /// a reader never sees half a picture; an existing file is kept.
    pub async fn put(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        let path = self.root.join(name);
        if tokio::fs::try_exists(&path).await? {
            return Ok(());
        }
        let dir = path.parent().unwrap_or(&self.root);
        tokio::fs::create_dir_all(dir).await?;
        let tmp = dir.join(format!(".tmp-{}", &crate::crypto::random_token()[..12]));
        tokio::fs::write(&tmp, bytes).await?;
        if let Err(e) = tokio::fs::rename(&tmp, &path).await {
            let _ = tokio::fs::remove_file(&tmp).await;
            return Err(e);
        }
        Ok(())
    }

    /// A stored file's size in bytes; `None` when it is not there.
    pub async fn size(&self, name: &str) -> std::io::Result<Option<u64>> {
        if !is_valid_name(name) {
            return Ok(None);
        }
        match tokio::fs::metadata(self.root.join(name)).await {
            Ok(m) => Ok(Some(m.len())),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Removes a file; one already gone is fine (jobs run at least once).
    pub async fn delete(&self, name: &str) -> std::io::Result<()> {
        if !is_valid_name(name) {
            return Ok(());
        }
        match tokio::fs::remove_file(self.root.join(name)).await {
            Err(e) if e.kind() != ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// Only names this store made: `xx/<32 hex>.jpg|png`.
fn is_valid_name(name: &str) -> bool {
    let Some((dir, file)) = name.split_once('/') else {
        return false;
    };
    let Some((hash, ext)) = file.split_once('.') else {
        return false;
    };
    dir.len() == 2
        && hash.len() == 32
        && hash.starts_with(dir)
        && hash.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(ext, "jpg" | "png")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_names_are_ever_deleted() {
        assert!(is_valid_name("ab/ab0123456789abcdef0123456789abcd.jpg"));
        assert!(!is_valid_name("../etc/passwd"));
        assert!(!is_valid_name("ab/../../x.jpg"));
        assert!(!is_valid_name("ab/cd0123456789abcdef0123456789abcd.jpg"));
    }
}
