//! Tokens in emailed links: 256 random bits, URL-safe, stored only as a
//! SHA-256 hash, bound to one purpose, expiring, and usable once.

use sha2::{Digest, Sha256};

use crate::db::{Db, now_ms};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Verify,
    Reset,
    /// Confirms a new address; the token row carries that address.
    EmailChange,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Verify => "verify",
            Purpose::Reset => "reset",
            Purpose::EmailChange => "email_change",
        }
    }

    /// Verification links last 48 hours, reset links one hour.
    pub fn lifetime_ms(self) -> i64 {
        match self {
            Purpose::Verify | Purpose::EmailChange => 48 * 3600 * 1000,
            Purpose::Reset => 3600 * 1000,
        }
    }
}

pub(crate) fn hash(raw: &str) -> String {
    hex::encode(Sha256::digest(raw.as_bytes()))
}

/// Makes a new token and returns the raw value for the link.
pub async fn issue(db: &Db, account_id: i64, purpose: Purpose) -> Result<String, sqlx::Error> {
    insert(&mut *db.acquire().await?, account_id, purpose, None).await
}

/// A token that, once used, makes `new_email` the account's address (in
/// the caller's transaction, beside the check that it is still wanted).
pub async fn issue_email_change(
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
    new_email: &str,
) -> Result<String, sqlx::Error> {
    insert(conn, account_id, Purpose::EmailChange, Some(new_email)).await
}

async fn insert(
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
    purpose: Purpose,
    new_email: Option<&str>,
) -> Result<String, sqlx::Error> {
    let raw = crate::crypto::random_token();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO email_token (account_id, purpose, token_hash, new_email, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(account_id)
    .bind(purpose.as_str())
    .bind(hash(&raw))
    .bind(new_email)
    .bind(now)
    .bind(now + purpose.lifetime_ms())
    .execute(conn)
    .await?;
    Ok(raw)
}

/// An email-change token used: whose it was and the address it confirms.
#[derive(sqlx::FromRow)]
pub struct EmailChange {
    pub account_id: i64,
    pub new_email: String,
}

/// Uses an email-change token.
pub async fn consume_email_change(db: &Db, raw: &str) -> Result<Option<EmailChange>, sqlx::Error> {
    if raw.len() > 128 {
        return Ok(None);
    }
    let now = now_ms();
    sqlx::query_as(
        "UPDATE email_token SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = 'email_change' AND used_at IS NULL AND expires_at > $1 \
         RETURNING account_id, new_email",
    )
    .bind(now)
    .bind(hash(raw))
    .fetch_optional(db)
    .await
}

/// Makes every unused token of one purpose of the account void.
pub async fn void_all(
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
    purpose: Purpose,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE email_token SET used_at = $1 WHERE account_id = $2 AND purpose = $3 AND used_at IS NULL",
    )
    .bind(now_ms())
    .bind(account_id)
    .bind(purpose.as_str())
    .execute(conn)
    .await?;
    Ok(())
}

/// Uses a token: one UPDATE that succeeds for exactly one caller, only for
/// the right purpose and before expiry. Returns whose it was.
pub async fn consume(db: &Db, raw: &str, purpose: Purpose) -> Result<Option<i64>, sqlx::Error> {
    if raw.len() > 128 {
        return Ok(None);
    }
    let now = now_ms();
    sqlx::query_scalar(
        "UPDATE email_token SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING account_id",
    )
    .bind(now)
    .bind(hash(raw))
    .bind(purpose.as_str())
    .fetch_optional(db)
    .await
}

/// Whose a token is, if it could still be used, without using it.
pub async fn peek(db: &Db, raw: &str, purpose: Purpose) -> Result<Option<i64>, sqlx::Error> {
    if raw.len() > 128 {
        return Ok(None);
    }
    sqlx::query_scalar(
        "SELECT account_id FROM email_token \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(hash(raw))
    .bind(purpose.as_str())
    .bind(now_ms())
    .fetch_optional(db)
    .await
}
