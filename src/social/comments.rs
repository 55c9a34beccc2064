//! Comments on posts: plain text, editable by their author (shown as
//! edited, with the time), deletable by their author, the post's author or
//! staff (an admin's comment by an admin only).

use crate::web::form::Form;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;

use crate::accounts::Ctx;
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::posts::{post_page, queries};
use crate::web::AppState;
use crate::web::{PathId, clean_text, flash, render};

pub const COMMENT_MAX: usize = 10_000;

#[derive(Debug, Clone)]
pub struct CommentView {
    pub id: i64,
    pub author_id: i64,
    pub author: String,
    pub author_name: String,
    pub author_bio: String,
    /// Staff below admin may not delete an admin's comment.
    pub author_role: crate::accounts::Role,
    pub body: String,
    pub created_at: i64,
    /// When its author last corrected it.
    pub edited_at: Option<i64>,
    pub avatar: crate::media::Avatar,
}

impl CommentView {
    /// When it was last corrected: (RFC 3339, as shown).
    pub fn edited(&self) -> Option<(String, String)> {
        self.edited_at
            .map(|at| (crate::web::iso_date(at), crate::web::format_datetime(at)))
    }
}

/// A post's comments, oldest first; at most the first thousand are shown.
pub async fn for_post(db: &Db, post_id: i64) -> Result<Vec<CommentView>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        author_id: i64,
        author: String,
        author_name: String,
        author_bio: String,
        body: String,
        created_at: i64,
        edited_at: Option<i64>,
        avatar_small: Option<String>,
        author_role: String,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT c.id, c.author_id, a.username AS author, a.display_name AS author_name, a.bio AS author_bio, \
           c.body, c.created_at, c.edited_at, av.small AS avatar_small, a.role AS author_role \
         FROM comment c JOIN account a ON a.id = c.author_id LEFT JOIN image av ON av.id = a.avatar_id \
         WHERE c.post_id = $1 AND a.banned_at IS NULL ORDER BY c.id LIMIT 1000",
    )
    .bind(post_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| CommentView {
            avatar: crate::media::Avatar::new(
                &row.author,
                &row.author_name,
                row.avatar_small,
                None,
            ),
            id: row.id,
            author_id: row.author_id,
            author: row.author,
            author_name: row.author_name,
            author_bio: row.author_bio,
            author_role: crate::accounts::Role::parse(&row.author_role),
            body: row.body,
            created_at: row.created_at,
            edited_at: row.edited_at,
        })
        .collect())
}

#[derive(Debug, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
}

pub async fn create_comment(
    ctx: Ctx,
    State(state): State<AppState>,
    PathId(post_id): PathId,
    Form(form): Form<CommentForm>,
) -> AppResult {
    let user_id = ctx.require_user()?.id;
    let body = match checked_body(&form.body) {
        Ok(body) => body,
        Err(error) => {
            let page = post_page(ctx, &state.db, post_id, form.body, Some(error)).await?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let id = add(&state, user_id, post_id, &body).await?;
    Ok(flash::redirect(
        &format!("/posts/{post_id}#comment-{id}"),
        "Your comment is posted.",
    ))
}

/// `POST /comments/{id}/edit`: its author corrects it; the thread keeps
/// its place and shows it as edited.
pub async fn edit_comment(
    ctx: Ctx,
    State(state): State<AppState>,
    PathId(id): PathId,
    Form(form): Form<CommentForm>,
) -> AppResult {
    let me = ctx.require_user()?.id;
    #[derive(sqlx::FromRow)]
    struct Found {
        author_id: i64,
        post_id: i64,
    }
    let found: Found = sqlx::query_as(
        "SELECT c.author_id, c.post_id FROM comment c JOIN post p ON p.id = c.post_id \
         WHERE c.id = $1 AND p.published_at IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(&state.db)
    .await?
    .ok_or(AppError::NotFound)?;
    if found.author_id != me {
        return Err(AppError::Forbidden(
            "Only the author of this comment can edit it.",
        ));
    }
    let body = checked_body(&form.body).map_err(AppError::Unprocessable)?;
    sqlx::query("UPDATE comment SET body = $1, edited_at = $2 WHERE id = $3 AND author_id = $4")
        .bind(&body)
        .bind(now_ms())
        .bind(id)
        .bind(me)
        .execute(&state.db)
        .await?;
    Ok(flash::redirect(
        &format!("/posts/{}#comment-{id}", found.post_id),
        "Your comment is saved.",
    ))
}

/// A comment's text as stored, or why it cannot be.
pub fn checked_body(raw: &str) -> Result<String, String> {
    let body = clean_text(&raw.replace("\r\n", "\n")).trim().to_string();
    if body.is_empty() {
        Err("Write something before sending your comment.".to_string())
    } else if body.chars().count() > COMMENT_MAX {
        Err(format!("Comments are limited to {COMMENT_MAX} characters."))
    } else {
        Ok(body)
    }
}

/// Adds a checked comment (see `checked_body`) and notifies the post's
/// author, in one transaction; returns the comment's id.
pub async fn add(state: &AppState, user_id: i64, post_id: i64, body: &str) -> AppResult<i64> {
    let author = queries::author_of(&state.db, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO comment (post_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(post_id)
    .bind(user_id)
    .bind(body)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    let note = crate::notifications::store::comment(&mut tx, author, user_id, post_id, id).await?;
    if note.is_some() {
        crate::notifications::mail::after_new(&mut tx, state, author, "comment").await?;
    }
    tx.commit().await?;
    crate::notifications::push_new(state, author, note).await;
    Ok(id)
}

pub async fn delete_comment(
    ctx: Ctx,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> AppResult {
    let user = ctx.require_user()?;
    let post_id = remove(&state, id, user, "").await?;
    Ok(flash::redirect(
        &format!("/posts/{post_id}#comments"),
        "The comment is deleted.",
    ))
}

/// Deletes a comment. Its author and the post's author may; so may a
/// moderator or admin (only an admin when the comment's author is an
/// admin), whose deletion is audited and told to the comment's
/// author with `reason`. Returns the post it was on.
pub async fn remove(
    state: &AppState,
    id: i64,
    by: &crate::accounts::CurrentUser,
    reason: &str,
) -> AppResult<i64> {
    #[derive(sqlx::FromRow)]
    struct Row {
        post_id: i64,
        comment_author: i64,
        comment_author_role: String,
        post_author: i64,
        body: String,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT c.post_id, c.author_id AS comment_author, ca.role AS comment_author_role, \
           p.author_id AS post_author, c.body \
         FROM comment c JOIN post p ON p.id = c.post_id JOIN account ca ON ca.id = c.author_id \
         WHERE c.id = $1",
    )
    .bind(id)
    .fetch_optional(&state.db)
    .await?;
    let Row {
        post_id,
        comment_author,
        comment_author_role,
        post_author,
        body,
    } = row.ok_or(AppError::NotFound)?;
    let by_staff = crate::accounts::role::removes_as_staff(
        by,
        &[comment_author, post_author],
        &comment_author_role,
        "Only the comment's author, the post's author or a moderator can delete it.",
    )?;
    let mut tx = state.db.begin().await?;
    // Its notification goes with it (foreign key), so the badge changes.
    let gone = sqlx::query("DELETE FROM comment WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone == 0 {
        // Deleted by someone else a moment ago: one audit row, one email.
        return Err(AppError::NotFound);
    }
    if by_staff {
        let excerpt: String = body.chars().take(80).collect();
        crate::moderation::removed(&mut tx, by, comment_author, "comment", id, &excerpt, reason)
            .await?;
    }
    tx.commit().await?;
    state.queue.wake();
    crate::notifications::push_count(state, post_author).await;
    Ok(post_id)
}
