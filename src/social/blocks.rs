//! Blocking: a person keeps another away. Between the two, both ways:
//! no follow (an existing one ends), no like or comment on the other's
//! posts, no reply to the other's comments, no notification of any kind;
//! each one's posts and comments are hidden from the other in listings,
//! search and threads. The blocked person is not told.

use axum::extract::State;

use crate::accounts::Ctx;
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::profiles;
use crate::web::AppState;
use crate::web::{PathName, flash};

/// Why an action between two people is refused: the message the page says.
pub const REFUSED: &str = "social-blocked-refused";

pub async fn block(
    ctx: Ctx,
    State(state): State<AppState>,
    PathName(username): PathName,
) -> AppResult {
    let me = ctx.require_user()?.id;
    let (target, name) = profiles::id_of(&state.db, &username)
        .await?
        .ok_or(AppError::NotFound)?;
    if target == me {
        return Err(AppError::Unprocessable(Msg::new("social-block-self")));
    }
    add(&state, me, target).await?;
    Ok(flash::redirect(
        &format!("/u/{name}"),
        &ctx.t1("social-blocked", "name", &name),
    ))
}

pub async fn unblock(
    ctx: Ctx,
    State(state): State<AppState>,
    PathName(username): PathName,
) -> AppResult {
    let me = ctx.require_user()?.id;
    let (target, name) = profiles::id_of(&state.db, &username)
        .await?
        .ok_or(AppError::NotFound)?;
    sqlx::query("DELETE FROM block WHERE blocker_id = $1 AND blocked_id = $2")
        .bind(me)
        .bind(target)
        .execute(&state.db)
        .await?;
    Ok(flash::redirect(
        &format!("/u/{name}"),
        &ctx.t1("social-unblocked", "name", &name),
    ))
}

/// `me` blocks `target`: follows between them end, and what `target` told
/// `me` that is still unread stops counting, in one transaction.
pub async fn add(state: &AppState, me: i64, target: i64) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "INSERT INTO block (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(me)
    .bind(target)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM follow WHERE (follower_id = $1 AND followee_id = $2) OR (follower_id = $2 AND followee_id = $1)",
    )
    .bind(me)
    .bind(target)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    // Their notifications to me are hidden from now on (`store::VISIBLE`).
    crate::notifications::push_count(state, me).await;
    Ok(())
}

/// Whether either of the two has blocked the other.
pub async fn between<'e, E>(db: E, a: i64, b: i64) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM block WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1)",
    )
    .bind(a)
    .bind(b)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Refuses an action of `actor` towards `other` when a block stands
/// between them (403).
pub async fn refuse_if_blocked(db: &Db, actor: i64, other: i64) -> AppResult<()> {
    if actor != other && between(db, actor, other).await? {
        return Err(AppError::Forbidden(Msg::new(REFUSED)));
    }
    Ok(())
}

/// The usernames hidden from `viewer`: those they blocked and those who
/// blocked them (search leaves their posts out).
pub async fn hidden_from(db: &Db, viewer: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT a.username FROM account a WHERE a.id IN \
           (SELECT blocked_id FROM block WHERE blocker_id = $1 UNION SELECT blocker_id FROM block WHERE blocked_id = $1)",
    )
    .bind(viewer)
    .fetch_all(db)
    .await
}

/// The people `me` blocked, for the settings page: (username, display name).
pub async fn blocked_by(db: &Db, me: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.username, a.display_name FROM block b JOIN account a ON a.id = b.blocked_id \
         WHERE b.blocker_id = $1 ORDER BY a.username LIMIT 1000",
    )
    .bind(me)
    .fetch_all(db)
    .await
}

/// Whether `me` blocked `other` (the profile shows Unblock).
pub async fn has_blocked(db: &Db, me: i64, other: i64) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM block WHERE blocker_id = $1 AND blocked_id = $2")
            .bind(me)
            .bind(other)
            .fetch_one(db)
            .await?;
    Ok(n > 0)
}
