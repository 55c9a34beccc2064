//! What identity knows of an account its owner deleted: the short-lived
//! token the login page gives to keep it (the password was just checked),
//! and the names erasure keeps as hashes so nobody takes one over at once.

use sha2::{Digest, Sha256};

use crate::db::{Db, now_ms};
use crate::web::signed;

const PURPOSE: &str = "quill:restore:v1:";
/// The "Keep my account" button works this long after the password.
const RESTORE_MS: i64 = 15 * 60 * 1000;
/// An erased name stays unavailable this long.
pub const NAME_REST_MS: i64 = 90 * 24 * 3600 * 1000;
/// How long a deleted account waits before it is erased.
pub const GRACE_MS: i64 = 14 * 24 * 3600 * 1000;

pub fn restore_token(secret: &[u8], account: i64) -> String {
    signed::seal(
        secret,
        PURPOSE,
        &format!("{account}.{}", now_ms() + RESTORE_MS),
    )
}

/// The account a restore token was made for, while it is fresh.
pub fn restore_account(secret: &[u8], token: &str) -> Option<i64> {
    let message = signed::open(secret, PURPOSE, token)?;
    let (account, until) = message.split_once('.')?;
    let until: i64 = until.parse().ok()?;
    (until > now_ms()).then(|| account.parse().ok()).flatten()
}

/// What erasure keeps of a username.
pub fn name_hash(username: &str) -> String {
    hex::encode(Sha256::digest(
        format!("quill:erased:{username}").as_bytes(),
    ))
}

pub async fn name_recently_erased(db: &Db, username: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM erased_name WHERE name_hash = $1 AND erased_at > $2",
    )
    .bind(name_hash(username))
    .bind(now_ms() - NAME_REST_MS)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restore_token_names_its_account_and_cannot_be_forged() {
        let t = restore_token(b"key", 7);
        assert_eq!(restore_account(b"key", &t), Some(7));
        assert_eq!(restore_account(b"other key", &t), None);
        assert_eq!(restore_account(b"key", &t.replacen("7.", "8.", 1)), None);
    }
}
