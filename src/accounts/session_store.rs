//! Server-side sessions in Quill's own database, over the same `Any` pool.
//!
//! Written here rather than taken from tower-sessions-sqlx-store because that
//! store needs a typed (SQLite- or PostgreSQL-specific) pool and keeps the
//! owner inside an opaque blob. Ours keeps `account_id` in its own column, so
//! "end every session of this user" (password change, ban) is one DELETE on
//! any instance, and it stores only a SHA-256 of the session id, so a leaked
//! database holds no usable cookie. It also enforces an absolute lifetime.
//!
//! Every page of a logged-in person loads their session, so loads are kept
//! up to a second (`web::cache::Memo`); a save writes through and tells the
//! other processes, and ending sessions is a removal (`web::cache`).

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

use crate::db::{Db, is_unique_violation, now_ms};
use crate::web::SESSION_USER;
use crate::web::cache::Memo;

/// However active, a session ends 30 days after it began.
pub const ABSOLUTE_LIFETIME_MS: i64 = 30 * 24 * 3600 * 1000;

#[derive(Clone)]
pub struct DbSessionStore {
    db: Db,
    memo: Memo,
}

impl std::fmt::Debug for DbSessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessionStore")
    }
}

/// How a session id is stored: its SHA-256, so the table alone cannot be
/// replayed as cookies.
pub fn key(id: &Id) -> String {
    hex::encode(Sha256::digest(id.to_string().as_bytes()))
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn expires_ms(record: &Record) -> i64 {
    (record.expiry_date.unix_timestamp_nanos() / 1_000_000) as i64
}

fn owner(record: &Record) -> Option<i64> {
    record.data.get(SESSION_USER).and_then(|v| v.as_i64())
}

/// Where a session is kept in the memo.
fn memo_key(key: &str) -> String {
    format!("session:{key}")
}

/// What a kept session weighs, roughly.
fn weight(record: &Record) -> usize {
    256 + record.data.len() * 64
}

impl DbSessionStore {
    pub fn new(db: Db, memo: Memo) -> Self {
        DbSessionStore { db, memo }
    }

    /// Removes sessions past their expiry or their absolute lifetime.
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let now = now_ms();
        let done = sqlx::query("DELETE FROM session WHERE expires_at < $1 OR created_at < $2")
            .bind(now)
            .bind(now - ABSOLUTE_LIFETIME_MS)
            .execute(&self.db)
            .await?;
        Ok(done.rows_affected())
    }
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?;
        // A 128-bit collision is next to impossible; retry anyway rather than overwrite.
        loop {
            let inserted = sqlx::query(
                "INSERT INTO session (id, account_id, data, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(key(&record.id))
            .bind(owner(record))
            .bind(&data)
            .bind(now_ms())
            .bind(expires_ms(record))
            .execute(&self.db)
            .await;
            match inserted {
                Ok(_) => return Ok(()),
                Err(e) if is_unique_violation(&e) => record.id = Id::default(),
                Err(e) => return Err(backend(e)),
            }
        }
    }

    /// Updates only: a session deleted meanwhile (logout in another tab, a
    /// ban) stays deleted instead of being written back by a late request.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?;
        let key = key(&record.id);
        let saved = sqlx::query(
            "UPDATE session SET account_id = $2, data = $3, expires_at = $4 WHERE id = $1",
        )
        .bind(&key)
        .bind(owner(record))
        .bind(&data)
        .bind(expires_ms(record))
        .execute(&self.db)
        .await
        .map_err(backend)?;
        if saved.rows_affected() == 0 {
            self.memo.forget(&memo_key(&key));
            return Ok(());
        }
        // Other processes drop their copies; this one keeps the new one.
        if let Some(person) = owner(record) {
            self.memo.wrote(person).await;
        }
        self.memo.put(
            memo_key(&key),
            record.clone(),
            owner(record),
            weight(record),
        );
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let key = key(id);
        let kept = self
            .memo
            .get_or_load_owned(memo_key(&key), None, weight, || async {
                Ok(self.read(id, &key).await?.map(|r| {
                    let person = owner(&r);
                    (r, person)
                }))
            })
            .await?;
        Ok(kept
            .filter(|r| r.expiry_date > OffsetDateTime::now_utc())
            .map(|r| (*r).clone()))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        let key = key(id);
        let owner: Option<Option<i64>> =
            sqlx::query_scalar("DELETE FROM session WHERE id = $1 RETURNING account_id")
                .bind(&key)
                .fetch_optional(&self.db)
                .await
                .map_err(backend)?;
        self.memo.forget(&memo_key(&key));
        // A load that read the row before it went may keep it after the
        // `forget` above; the owner's write mark makes that copy stale, here
        // and in the other processes (a logout that a request racing it
        // undid, seen in the browser tests).
        if let Some(person) = owner.flatten() {
            self.memo.wrote(person).await;
        }
        Ok(())
    }
}

impl DbSessionStore {
    async fn read(&self, id: &Id, key: &str) -> session_store::Result<Option<Record>> {
        let now = now_ms();
        #[derive(sqlx::FromRow)]
        struct Row {
            data: String,
            expires_at: i64,
        }
        let row: Option<Row> = sqlx::query_as(
            "SELECT data, expires_at FROM session WHERE id = $1 AND expires_at > $2 AND created_at > $3",
        )
        .bind(key)
        .bind(now)
        .bind(now - ABSOLUTE_LIFETIME_MS)
        .fetch_optional(&self.db)
        .await
        .map_err(backend)?;
        let Some(Row { data, expires_at }) = row else {
            return Ok(None);
        };
        let data =
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = OffsetDateTime::from_unix_timestamp_nanos(expires_at as i128 * 1_000_000)
            .map_err(backend)?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }
}
