//! Following people: idempotent, never yourself.

use axum::extract::State;

use crate::accounts::Ctx;
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::notifications::{self, store};
use crate::profiles;
use crate::web::AppState;
use crate::web::{PathName, flash};

pub async fn follow(
    ctx: Ctx,
    State(state): State<AppState>,
    PathName(username): PathName,
) -> AppResult {
    set_following(&ctx, &state, &username, true).await
}

pub async fn unfollow(
    ctx: Ctx,
    State(state): State<AppState>,
    PathName(username): PathName,
) -> AppResult {
    set_following(&ctx, &state, &username, false).await
}

/// The profile's follow and unfollow buttons: the visitor starts or stops
/// following the person named in the path, then goes back to that profile.
async fn set_following(ctx: &Ctx, state: &AppState, username: &str, follow: bool) -> AppResult {
    let user = ctx.require_user()?;
    let (target, name) = profiles::id_of(&state.db, username)
        .await?
        .ok_or(AppError::NotFound)?;
    let done = if follow {
        add(state, user.id, target).await?;
        ctx.t1("social-followed", "name", &name)
    } else {
        remove(state, user.id, target).await?;
        ctx.t1("social-unfollowed", "name", &name)
    };
    Ok(flash::redirect(&format!("/u/{name}"), &done))
}

/// `user_id` follows `target` (again: nothing changes); the followed person
/// is notified, in the same transaction.
pub async fn add(state: &AppState, user_id: i64, target: i64) -> AppResult<()> {
    if target == user_id {
        return Err(AppError::Unprocessable(crate::i18n::Msg::new(
            "social-follow-self",
        )));
    }
    super::blocks::refuse_if_blocked(&state.db, user_id, target).await?;
    let mut tx = state.db.begin().await?;
    let added = sqlx::query("INSERT INTO follow (follower_id, followee_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(user_id)
        .bind(target)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    let note = if added.rows_affected() > 0 {
        notifications::notify_once(&mut tx, state, target, user_id, "follow", None).await?
    } else {
        None
    };
    tx.commit().await?;
    notifications::push_new(state, target, note).await;
    Ok(())
}

/// Stops following, taking back the unread notification.
pub async fn remove(state: &AppState, user_id: i64, target: i64) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    let removed = sqlx::query("DELETE FROM follow WHERE follower_id = $1 AND followee_id = $2")
        .bind(user_id)
        .bind(target)
        .execute(&mut *tx)
        .await?;
    let retracted = removed.rows_affected() > 0
        && store::retract(&mut tx, target, user_id, "follow", None).await?;
    tx.commit().await?;
    if retracted {
        notifications::push_count(state, target).await;
    }
    Ok(())
}

/// Which of `account_ids` `user_id` follows, in one query.
pub async fn following_among(
    db: &Db,
    user_id: i64,
    account_ids: &[i64],
) -> Result<std::collections::HashSet<i64>, sqlx::Error> {
    crate::db::ids_among(
        db,
        "SELECT followee_id FROM follow WHERE follower_id = $1 AND followee_id IN ({ids})",
        user_id,
        account_ids,
    )
    .await
}

pub async fn is_following(db: &Db, follower: i64, followee: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM follow WHERE follower_id = $1 AND followee_id = $2",
    )
    .bind(follower)
    .bind(followee)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}
