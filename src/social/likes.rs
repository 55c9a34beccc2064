//! Likes: liking twice is the same as liking once.

use axum::extract::State;

use crate::accounts::Ctx;
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::notifications::{self, store};
use crate::posts::queries;
use crate::web::AppState;
use crate::web::{PathId, flash};

pub async fn like(ctx: Ctx, State(state): State<AppState>, PathId(post_id): PathId) -> AppResult {
    add(&state, ctx.require_user()?.id, post_id).await?;
    Ok(flash::redirect(
        &format!("/posts/{post_id}"),
        &ctx.t("social-liked"),
    ))
}

pub async fn unlike(ctx: Ctx, State(state): State<AppState>, PathId(post_id): PathId) -> AppResult {
    remove(&state, ctx.require_user()?.id, post_id).await?;
    Ok(flash::redirect(
        &format!("/posts/{post_id}"),
        &ctx.t("social-unliked"),
    ))
}

/// `user_id` likes the post (again: nothing changes). The like and the
/// author's notification stand or fall together; the notification goes
/// live to the author's open pages after the commit.
pub async fn add(state: &AppState, user_id: i64, post_id: i64) -> AppResult<()> {
    let author = queries::author_of(&state.db, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    super::blocks::refuse_if_blocked(&state.db, user_id, author).await?;
    let mut tx = state.db.begin().await?;
    let added = sqlx::query("INSERT INTO post_like (post_id, account_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(post_id)
        .bind(user_id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    let note = if added.rows_affected() > 0 {
        notifications::notify_once(&mut tx, state, author, user_id, "like", Some(post_id)).await?
    } else {
        None
    };
    tx.commit().await?;
    notifications::push_new(state, author, note).await;
    Ok(())
}

/// Takes a like back, and its notification while still unread.
pub async fn remove(state: &AppState, user_id: i64, post_id: i64) -> AppResult<()> {
    let author = queries::author_of(&state.db, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let removed = sqlx::query("DELETE FROM post_like WHERE post_id = $1 AND account_id = $2")
        .bind(post_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let retracted = removed.rows_affected() > 0
        && store::retract(&mut tx, author, user_id, "like", Some(post_id)).await?;
    tx.commit().await?;
    if retracted {
        notifications::push_count(state, author).await;
    }
    Ok(())
}

/// Which of `post_ids` `user_id` likes, in one query.
pub async fn liked_among(
    db: &Db,
    user_id: i64,
    post_ids: &[i64],
) -> Result<std::collections::HashSet<i64>, sqlx::Error> {
    crate::db::ids_among(
        db,
        "SELECT post_id FROM post_like WHERE account_id = $1 AND post_id IN ({ids})",
        user_id,
        post_ids,
    )
    .await
}

pub async fn has_liked(db: &Db, post_id: i64, account_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM post_like WHERE post_id = $1 AND account_id = $2")
            .bind(post_id)
            .bind(account_id)
            .fetch_one(db)
            .await?;
    Ok(n > 0)
}
