//! Notifications in the database: made in the transaction of the event
//! that causes them, by the rules; read for the list, the badge and replay.

use serde::{Deserialize, Serialize};
use sqlx::{Any, Row, Transaction};

use crate::db::{Db, now_ms};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// A like or a follow. Returns the id of a new notification to push, or
/// `None` when there is nothing new to tell: yourself, or the same actor
/// doing it again (a relike ever; a refollow within a day). One taken back
/// while unread comes back silently.
pub async fn once(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    actor: i64,
    action: &str,
    post_id: Option<i64>,
) -> Result<Option<i64>, sqlx::Error> {
    if receiver == actor {
        return Ok(None);
    }
    let now = now_ms();
    #[derive(sqlx::FromRow)]
    struct Existing {
        id: i64,
        retracted_at: Option<i64>,
        created_at: i64,
    }
    let existing: Option<Existing> = sqlx::query_as(
        "SELECT id, retracted_at, created_at FROM notification \
         WHERE receiver_id = $1 AND actor_id = $2 AND action = $3 AND COALESCE(post_id, 0) = COALESCE($4, 0)",
    )
    .bind(receiver)
    .bind(actor)
    .bind(action)
    .bind(post_id)
    .fetch_optional(&mut **tx)
    .await?;
    match existing {
        Some(Existing { id, created_at, .. })
            if action == "follow" && created_at < now - DAY_MS =>
        {
            sqlx::query("DELETE FROM notification WHERE id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
        Some(Existing {
            id,
            retracted_at: Some(_),
            ..
        }) => {
            sqlx::query("UPDATE notification SET retracted_at = NULL WHERE id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            return Ok(None);
        }
        Some(_) => return Ok(None),
        None => {}
    }
    insert(tx, receiver, actor, action, post_id, None)
        .await
        .map(Some)
}

/// A comment on someone else's post.
pub async fn comment(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    actor: i64,
    post_id: i64,
    comment_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    if receiver == actor {
        return Ok(None);
    }
    insert(
        tx,
        receiver,
        actor,
        "comment",
        Some(post_id),
        Some(comment_id),
    )
    .await
    .map(Some)
}

async fn insert(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    actor: i64,
    action: &str,
    post_id: Option<i64>,
    comment_id: Option<i64>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO notification (receiver_id, actor_id, action, post_id, comment_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(receiver)
    .bind(actor)
    .bind(action)
    .bind(post_id)
    .bind(comment_id)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
}

/// An unlike or unfollow takes back its notification if still unread.
/// Returns whether one was taken back (the badge changes).
pub async fn retract(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    actor: i64,
    action: &str,
    post_id: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE notification SET retracted_at = $5 \
         WHERE receiver_id = $1 AND actor_id = $2 AND action = $3 AND COALESCE(post_id, 0) = COALESCE($4, 0) \
           AND read_at IS NULL AND retracted_at IS NULL",
    )
    .bind(receiver)
    .bind(actor)
    .bind(action)
    .bind(post_id)
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Shown to the receiver: not taken back, actor not banned.
const VISIBLE: &str = "n.retracted_at IS NULL AND a.banned_at IS NULL";

pub async fn unread_count(db: &Db, receiver: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.actor_id \
         WHERE n.receiver_id = $1 AND n.read_at IS NULL AND {VISIBLE}"
    ))
    .bind(receiver)
    .fetch_one(db)
    .await
}

/// A notification as the list and the live stream show it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Item {
    pub id: i64,
    pub action: String,
    /// The actor's username.
    pub actor: String,
    pub actor_name: String,
    pub actor_avatar: Option<String>,
    pub post_id: Option<i64>,
    pub post_title: Option<String>,
    pub comment_excerpt: Option<String>,
    pub created_at: i64,
    pub read: bool,
}

impl Item {
    /// One line, as a toast or a screen reader says it.
    pub fn text(&self) -> String {
        let who = if self.actor_name.is_empty() {
            &self.actor
        } else {
            &self.actor_name
        };
        let title = self.post_title.as_deref().unwrap_or("your post");
        match self.action.as_str() {
            "follow" => format!("{who} followed you"),
            "like" => format!("{who} liked “{title}”"),
            _ => format!(
                "{who} commented on “{title}”: {}",
                self.comment_excerpt.as_deref().unwrap_or("")
            ),
        }
    }
}

fn select(filter: &str) -> String {
    format!(
        "SELECT n.id, n.action, a.username, a.display_name, av.small AS avatar, n.post_id, p.title, \
           c.body, n.created_at, n.read_at \
         FROM notification n JOIN account a ON a.id = n.actor_id \
           LEFT JOIN image av ON av.id = a.avatar_id \
           LEFT JOIN post p ON p.id = n.post_id LEFT JOIN comment c ON c.id = n.comment_id \
         WHERE n.receiver_id = $1 AND {VISIBLE} {filter}"
    )
}

fn item(r: &sqlx::any::AnyRow) -> Item {
    let body: Option<String> = r.get("body");
    Item {
        id: r.get("id"),
        action: r.get("action"),
        actor: r.get("username"),
        actor_name: r.get("display_name"),
        actor_avatar: r.get("avatar"),
        post_id: r.get("post_id"),
        post_title: r.get("title"),
        comment_excerpt: body.map(|b| {
            let short: String = b.chars().take(140).collect();
            if short.len() < b.len() {
                format!("{short}…")
            } else {
                short
            }
        }),
        created_at: r.get("created_at"),
        read: r.get::<Option<i64>, _>("read_at").is_some(),
    }
}

/// A page of the receiver's notifications, newest first.
pub async fn page(
    db: &Db,
    receiver: i64,
    offset: i64,
    limit: i64,
) -> Result<Vec<Item>, sqlx::Error> {
    let rows = sqlx::query(&select("ORDER BY n.id DESC LIMIT $2 OFFSET $3"))
        .bind(receiver)
        .bind(limit)
        .bind(offset)
        .fetch_all(db)
        .await?;
    Ok(rows.iter().map(item).collect())
}

/// One notification, for the live event.
pub async fn find(db: &Db, receiver: i64, id: i64) -> Result<Option<Item>, sqlx::Error> {
    let row = sqlx::query(&select("AND n.id = $2"))
        .bind(receiver)
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(row.as_ref().map(item))
}

/// Unread notifications not yet sent by mail, oldest first (at most 50).
pub async fn unmailed(db: &Db, receiver: i64) -> Result<Vec<Item>, sqlx::Error> {
    let rows = sqlx::query(&select(
        "AND n.read_at IS NULL AND n.emailed_at IS NULL AND n.created_at <= $2 ORDER BY n.id LIMIT 50",
    ))
    .bind(receiver)
    .bind(now_ms())
    .fetch_all(db)
    .await?;
    Ok(rows.iter().map(item).collect())
}

/// Marks notifications as sent by mail, so no mail repeats them.
pub async fn mark_emailed(db: &Db, ids: &[i64]) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "UPDATE notification SET emailed_at = $1 WHERE id IN ({})",
        crate::db::placeholders(2, ids.len())
    );
    let mut q = sqlx::query(&sql).bind(now_ms());
    for id in ids {
        q = q.bind(id);
    }
    q.execute(db).await?;
    Ok(())
}

/// What a reconnecting stream missed: unread ones after `last_id`.
pub async fn since(db: &Db, receiver: i64, last_id: i64) -> Result<Vec<Item>, sqlx::Error> {
    let rows = sqlx::query(&select(
        "AND n.id > $2 AND n.read_at IS NULL ORDER BY n.id LIMIT 100",
    ))
    .bind(receiver)
    .bind(last_id)
    .fetch_all(db)
    .await?;
    Ok(rows.iter().map(item).collect())
}

/// Marks all read, or one and the unread ones grouped with it.
pub async fn mark_read(db: &Db, receiver: i64, one: Option<i64>) -> Result<(), sqlx::Error> {
    let now = now_ms();
    match one {
        None => {
            sqlx::query(
                "UPDATE notification SET read_at = $2 WHERE receiver_id = $1 AND read_at IS NULL",
            )
            .bind(receiver)
            .bind(now)
            .execute(db)
            .await?;
        }
        Some(id) => {
            sqlx::query(
                "UPDATE notification SET read_at = $3 WHERE receiver_id = $1 AND read_at IS NULL AND (id = $2 OR \
                   (action <> 'comment' AND EXISTS (SELECT 1 FROM notification g WHERE g.id = $2 AND g.receiver_id = $1 \
                     AND g.action = notification.action AND COALESCE(g.post_id, 0) = COALESCE(notification.post_id, 0))))",
            )
            .bind(receiver)
            .bind(id)
            .bind(now)
            .execute(db)
            .await?;
        }
    }
    Ok(())
}
