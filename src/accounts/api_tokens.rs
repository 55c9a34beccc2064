//! API tokens: what `Authorization: Token …` carries. Opaque, random, kept
//! only as a SHA-256 hash, and revocable one by one (from /settings) or all
//! at once (password change or reset, ban, account deletion) — the reason
//! they are not JWTs.

use crate::db::{Db, now_ms};

/// A token unused this long no longer works.
pub const IDLE_LIFETIME_MS: i64 = 90 * 24 * 3600 * 1000;
/// `last_used_at` is written at most this often, so reads stay reads.
const STAMP_EVERY_MS: i64 = 5 * 60 * 1000;
/// Each login makes a token; beyond this many the least recently used go.
pub const MAX_PER_ACCOUNT: i64 = 50;
/// Recognisable to secret scanners and to people reading logs.
const PREFIX: &str = "qt_";

/// Makes a token for `account_id` and returns its raw value, the only time
/// it exists outside the client. `label` says where it came from.
pub async fn issue(db: &Db, account_id: i64, label: &str) -> Result<String, sqlx::Error> {
    let raw = format!("{PREFIX}{}", crate::crypto::random_token());
    let now = now_ms();
    let label: String = label
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO api_token (account_id, token_hash, label, created_at, last_used_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(account_id)
    .bind(super::tokens::hash(&raw))
    .bind(label)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM api_token WHERE account_id = $1 AND id NOT IN \
           (SELECT id FROM api_token WHERE account_id = $1 \
            ORDER BY last_used_at DESC, id DESC LIMIT $2)",
    )
    .bind(account_id)
    .bind(MAX_PER_ACCOUNT)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(raw)
}

/// The account a raw token belongs to, if it is live: known, not idle too
/// long, and its account not banned.
pub async fn authenticate(db: &Db, raw: &str) -> Result<Option<i64>, sqlx::Error> {
    if !raw.starts_with(PREFIX) || raw.len() > 200 {
        return Ok(None);
    }
    let now = now_ms();
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        account_id: i64,
        last_used_at: i64,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT t.id, t.account_id, t.last_used_at FROM api_token t \
         JOIN account a ON a.id = t.account_id \
         WHERE t.token_hash = $1 AND a.banned_at IS NULL",
    )
    .bind(super::tokens::hash(raw))
    .fetch_optional(db)
    .await?;
    let Some(Row {
        id,
        account_id,
        last_used_at: last_used,
    }) = row
    else {
        return Ok(None);
    };
    if now - last_used > IDLE_LIFETIME_MS {
        return Ok(None);
    }
    if now - last_used > STAMP_EVERY_MS {
        sqlx::query("UPDATE api_token SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(db)
            .await?;
    }
    Ok(Some(account_id))
}

/// A token as the settings page lists it (never its value).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenInfo {
    pub id: i64,
    pub label: String,
    pub created_at: i64,
    pub last_used_at: i64,
}

pub async fn list(db: &Db, account_id: i64) -> Result<Vec<TokenInfo>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, label, created_at, last_used_at FROM api_token \
         WHERE account_id = $1 AND last_used_at > $2 ORDER BY last_used_at DESC, id DESC",
    )
    .bind(account_id)
    .bind(now_ms() - IDLE_LIFETIME_MS)
    .fetch_all(db)
    .await
}

/// Revokes one of `account_id`'s tokens; false when it has no such token.
pub async fn revoke(db: &Db, account_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let gone = sqlx::query("DELETE FROM api_token WHERE id = $1 AND account_id = $2")
        .bind(id)
        .bind(account_id)
        .execute(db)
        .await?;
    Ok(gone.rows_affected() > 0)
}
