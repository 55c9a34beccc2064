//! Notifications in the database: made in the transaction of the event
//! that causes them, by the rules; read for the list, the badge and replay.

use serde::{Deserialize, Serialize};
use sqlx::{Any, Row, Transaction};

use crate::db::{Db, now_ms};
use crate::i18n::Lang;

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
    if unreachable(tx, receiver, actor).await? {
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
            restore(tx, id).await?;
            return Ok(None);
        }
        Some(_) => return Ok(None),
        None => {}
    }
    insert(tx, receiver, actor, action, post_id, None)
        .await
        .map(Some)
}

/// A notification addressed to one person about one comment: `comment`
/// (on your post) or `reply` (to your comment). Nothing for yourself, and
/// nothing when this comment already told them something (one event, one
/// notification: a reply to your comment on your post is a reply).
pub async fn addressed(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    actor: i64,
    action: &str,
    post_id: i64,
    comment_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    if unreachable(tx, receiver, actor).await? || told_of_comment(tx, receiver, comment_id).await? {
        return Ok(None);
    }
    insert(tx, receiver, actor, action, Some(post_id), Some(comment_id))
        .await
        .map(Some)
}

/// Nobody is told of their own doing, nor of anything from someone either
/// of them has blocked.
async fn unreachable(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    actor: i64,
) -> Result<bool, sqlx::Error> {
    Ok(receiver == actor || crate::social::blocks::between(&mut **tx, receiver, actor).await?)
}

async fn told_of_comment(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    comment_id: i64,
) -> Result<bool, sqlx::Error> {
    let any: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM notification WHERE receiver_id = $1 AND comment_id = $2 LIMIT 1",
    )
    .bind(receiver)
    .bind(comment_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(any.is_some())
}

/// `receiver` is named in a post (`comment_id` none) or a comment. Once per
/// person and text, ever: an edit that keeps the name tells nobody again,
/// one that brings it back after removing it restores the old one quietly;
/// someone this comment already told (as a reply, say) is not told twice.
pub async fn mention(
    tx: &mut Transaction<'_, Any>,
    receiver: i64,
    actor: i64,
    post_id: i64,
    comment_id: Option<i64>,
) -> Result<Option<i64>, sqlx::Error> {
    if unreachable(tx, receiver, actor).await? {
        return Ok(None);
    }
    let existing: Option<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, retracted_at FROM notification WHERE receiver_id = $1 AND action = 'mention' \
           AND post_id = $2 AND COALESCE(comment_id, 0) = COALESCE($3, 0)",
    )
    .bind(receiver)
    .bind(post_id)
    .bind(comment_id)
    .fetch_optional(&mut **tx)
    .await?;
    match existing {
        Some((id, Some(_))) => {
            restore(tx, id).await?;
            return Ok(None);
        }
        Some(_) => return Ok(None),
        None => {}
    }
    if let Some(c) = comment_id
        && told_of_comment(tx, receiver, c).await?
    {
        return Ok(None);
    }
    insert(tx, receiver, actor, "mention", Some(post_id), comment_id)
        .await
        .map(Some)
}

/// An edit took these names out: their unread mentions are taken back.
/// Returns whom that changed (their badge changes).
pub async fn retract_mentions(
    tx: &mut Transaction<'_, Any>,
    post_id: i64,
    comment_id: Option<i64>,
    still: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    let receivers: Vec<i64> = sqlx::query_scalar(
        "SELECT receiver_id FROM notification WHERE action = 'mention' AND post_id = $1 \
           AND COALESCE(comment_id, 0) = COALESCE($2, 0) AND read_at IS NULL AND retracted_at IS NULL",
    )
    .bind(post_id)
    .bind(comment_id)
    .fetch_all(&mut **tx)
    .await?;
    let gone: Vec<i64> = receivers
        .into_iter()
        .filter(|r| !still.contains(r))
        .collect();
    for r in &gone {
        sqlx::query(
            "UPDATE notification SET retracted_at = $4 WHERE action = 'mention' AND receiver_id = $1 \
               AND post_id = $2 AND COALESCE(comment_id, 0) = COALESCE($3, 0)",
        )
        .bind(r)
        .bind(post_id)
        .bind(comment_id)
        .bind(now_ms())
        .execute(&mut **tx)
        .await?;
    }
    Ok(gone)
}

/// A comment is going: whose unread notifications about it go too.
pub async fn unread_about_comment(
    tx: &mut Transaction<'_, Any>,
    comment_id: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT receiver_id FROM notification WHERE comment_id = $1 \
           AND read_at IS NULL AND retracted_at IS NULL",
    )
    .bind(comment_id)
    .fetch_all(&mut **tx)
    .await
}

/// A notification taken back while unread comes back as it was, without
/// telling anyone again.
async fn restore(tx: &mut Transaction<'_, Any>, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE notification SET retracted_at = NULL WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
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

/// Shown to the receiver: not taken back, actor not banned (nor gone), and
/// not someone the receiver blocked since.
const VISIBLE: &str = "n.retracted_at IS NULL AND a.banned_at IS NULL \
    AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = n.receiver_id AND b.blocked_id = n.actor_id)";

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
    /// The comment it is about (a comment, a reply, a mention in one).
    pub comment_id: Option<i64>,
    /// For a reply: the comment it answers (replies to one comment group).
    pub parent_id: Option<i64>,
    pub created_at: i64,
    pub read: bool,
}

impl Item {
    /// One line in `lang`, as a toast, a screen reader or a mail says it.
    pub fn text(&self, lang: &Lang) -> String {
        let who = if self.actor_name.is_empty() {
            &self.actor
        } else {
            &self.actor_name
        };
        let title = match self.post_title.as_deref() {
            Some(title) => title.to_string(),
            None => lang.t("notifications-your-post"),
        };
        let excerpt = self.comment_excerpt.as_deref().unwrap_or("");
        let key = match self.action.as_str() {
            "follow" => return lang.t1("notifications-text-follow", "who", who),
            "like" => "notifications-text-like",
            "reply" => "notifications-text-reply",
            "mention" if self.comment_id.is_some() => "notifications-text-mention-comment",
            "mention" => "notifications-text-mention",
            _ => "notifications-text-comment",
        };
        lang.t3(key, "who", who, "title", title, "excerpt", excerpt)
    }
}

fn select(filter: &str) -> String {
    format!(
        "SELECT n.id, n.action, a.username, a.display_name, av.small AS avatar, n.post_id, p.title, \
           c.body, n.comment_id, c.parent_id, n.created_at, n.read_at \
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
        comment_id: r.get("comment_id"),
        parent_id: r.get("parent_id"),
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
                   (action IN ('like', 'follow', 'reply') AND EXISTS (SELECT 1 FROM notification g WHERE g.id = $2 AND g.receiver_id = $1 \
                     AND g.action = notification.action AND COALESCE(g.post_id, 0) = COALESCE(notification.post_id, 0) \
                     AND (g.action <> 'reply' OR (SELECT parent_id FROM comment WHERE id = g.comment_id) \
                          = (SELECT parent_id FROM comment WHERE id = notification.comment_id)))))",
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
