//! Password hashing: argon2id with OWASP's parameters (m=19456 KiB, t=2,
//! p=1, argon2's defaults), always on the blocking pool and bounded, because
//! each hash takes ~25 ms of CPU and 19 MiB. One core is always left to
//! everything else: a storm of logins waits for its turn instead of
//! slowing every page (bench/login_storm.sh).

use std::sync::Arc;

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use tokio::sync::Semaphore;

/// Hashes with other parameters than these are upgraded at the next login.
const CURRENT_PARAMS: &str = "$argon2id$v=19$m=19456,t=2,p=1$";

#[derive(Clone)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    /// Verified against when the account does not exist, so that a login for
    /// an unknown name takes as long as one for a known name.
    dummy_hash: Arc<str>,
}

pub enum Verdict {
    Valid { rehash: bool },
    Invalid,
}

impl Passwords {
    pub fn new() -> anyhow::Result<Passwords> {
        let dummy = hash_now(&super::random_token())?;
        let permits = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
            .saturating_sub(1)
            .max(1);
        Ok(Passwords {
            permits: Arc::new(Semaphore::new(permits)),
            dummy_hash: dummy.into(),
        })
    }

    pub async fn hash(&self, password: &str) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let password = password.to_owned();
        tokio::task::spawn_blocking(move || hash_now(&password))
            .await
            .context("hashing task failed")?
    }

    /// Checks `password` against `stored`, or against a dummy when the
    /// account is missing (always `Invalid` then, but just as slow).
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> anyhow::Result<Verdict> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let exists = stored.is_some();
        let hash = stored
            .map(str::to_owned)
            .unwrap_or_else(|| self.dummy_hash.to_string());
        let password = password.to_owned();
        let ok = tokio::task::spawn_blocking(move || {
            Argon2::default()
                .verify_password(password.as_bytes(), hash.as_str())
                .is_ok()
        })
        .await
        .context("verify task failed")?;
        Ok(match (exists, ok) {
            (true, true) => Verdict::Valid {
                rehash: !stored.unwrap_or_default().starts_with(CURRENT_PARAMS),
            },
            _ => Verdict::Invalid,
        })
    }
}

fn hash_now(password: &str) -> anyhow::Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let p = Passwords::new().unwrap();
        let hash = p.hash("correct horse battery").await.unwrap();
        assert!(hash.starts_with(CURRENT_PARAMS), "{hash}");
        assert!(matches!(
            p.verify("correct horse battery", Some(&hash))
                .await
                .unwrap(),
            Verdict::Valid { rehash: false }
        ));
        assert!(matches!(
            p.verify("wrong horse", Some(&hash)).await.unwrap(),
            Verdict::Invalid
        ));
        assert!(matches!(
            p.verify("correct horse battery", None).await.unwrap(),
            Verdict::Invalid
        ));
    }
}
