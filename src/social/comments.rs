//! Comments on posts: Markdown, answerable (threads, see `thread`),
//! editable by their author (shown as edited, with the time), deletable by
//! their author, the post's author or staff (an admin's comment by an admin
//! only). `@name` in one links the profile and tells that person.

use std::collections::HashSet;

use crate::web::form::Form;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;

use crate::accounts::Ctx;
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::notifications::{self, Told};
use crate::posts::mentions::{self, Mentioned};
use crate::posts::{CommentDraft, markdown, post_page, queries};
use crate::web::AppState;
use crate::web::{PathId, clean_text, flash, render};

pub const COMMENT_MAX: usize = 10_000;
/// Comments a post page shows (oldest first, so every answer's comment is
/// among them).
const SHOWN_MAX: i64 = 2_000;

#[derive(Debug, Clone)]
pub struct CommentView {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub author: String,
    pub author_name: String,
    pub author_bio: String,
    /// Staff below admin may not delete an admin's comment.
    pub author_role: crate::accounts::Role,
    pub body: String,
    /// Rendered when written; comments from before Markdown have none and
    /// show as plain text.
    pub body_html: Option<String>,
    pub created_at: i64,
    /// When its author last corrected it.
    pub edited_at: Option<i64>,
    /// Deleted, kept as a placeholder for its answers.
    pub deleted: bool,
    /// Its author is banned: hidden, a placeholder if it has answers.
    pub hidden: bool,
    /// Between its author and the reader stands a block: `Some(true)` when
    /// the reader blocked the author (the placeholder says so), `Some(false)`
    /// the other way (it says only "hidden").
    pub blocked: Option<bool>,
    pub avatar: crate::media::Avatar,
}

impl CommentView {
    /// When it was last corrected: (RFC 3339, as shown in `lang`).
    pub fn edited(&self, lang: &Lang) -> Option<(String, String)> {
        self.edited_at
            .map(|at| (crate::web::iso_date(at), lang.datetime(at)))
    }

    /// Shown with its text, not as a placeholder.
    pub fn shown(&self) -> bool {
        !self.deleted && !self.hidden && self.blocked.is_none()
    }

    /// What its placeholder says, in `lang`.
    pub fn placeholder(&self, lang: &Lang) -> String {
        lang.t(if self.deleted {
            "social-comment-deleted"
        } else if self.blocked == Some(true) {
            "social-comment-hidden-blocked"
        } else {
            "social-comment-hidden"
        })
    }

    pub fn shown_name(&self) -> String {
        if self.author_name.is_empty() {
            format!("@{}", self.author)
        } else {
            self.author_name.clone()
        }
    }

    #[cfg(test)]
    pub fn sample(id: i64, parent_id: Option<i64>) -> CommentView {
        CommentView {
            id,
            parent_id,
            author_id: 1,
            author: "ana".into(),
            author_name: String::new(),
            author_bio: String::new(),
            author_role: crate::accounts::Role::User,
            body: format!("comment {id}"),
            body_html: None,
            created_at: id,
            edited_at: None,
            deleted: false,
            hidden: false,
            blocked: None,
            avatar: crate::media::Avatar::new("ana", "", None, None),
        }
    }
}

/// Marks the comments whose author and `reader` are kept apart by a block.
pub async fn veil_blocked(
    db: &Db,
    comments: &mut [CommentView],
    reader: Option<i64>,
) -> Result<(), sqlx::Error> {
    let Some(reader) = reader else {
        return Ok(());
    };
    #[derive(sqlx::FromRow)]
    struct Pair {
        blocker_id: i64,
        blocked_id: i64,
    }
    let pairs: Vec<Pair> = sqlx::query_as(
        "SELECT blocker_id, blocked_id FROM block WHERE blocker_id = $1 OR blocked_id = $1",
    )
    .bind(reader)
    .fetch_all(db)
    .await?;
    if pairs.is_empty() {
        return Ok(());
    }
    for c in comments.iter_mut() {
        if pairs
            .iter()
            .any(|p| p.blocker_id == reader && p.blocked_id == c.author_id)
        {
            c.blocked = Some(true);
        } else if pairs
            .iter()
            .any(|p| p.blocked_id == reader && p.blocker_id == c.author_id)
        {
            c.blocked = Some(false);
        }
    }
    Ok(())
}

/// A post's comments, oldest first, placeholders included (see `thread`).
/// `for_post`, kept up to a second (`web::cache::Memo`): the same for
/// every reader (`veil_blocked` then hides what one reader must not see).
pub async fn for_post_kept(
    db: &Db,
    memo: &crate::web::cache::Memo,
    post_id: i64,
    reader: Option<i64>,
) -> Result<Vec<CommentView>, sqlx::Error> {
    let kept = memo
        .get_or_load(
            format!("comments:{post_id}"),
            reader,
            |all: &Vec<CommentView>| {
                all.iter()
                    .map(|c| 256 + c.body.len() * 2 + c.author_bio.len())
                    .sum()
            },
            || for_post(db, post_id),
        )
        .await?;
    Ok((*kept).clone())
}

pub async fn for_post(db: &Db, post_id: i64) -> Result<Vec<CommentView>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        parent_id: Option<i64>,
        author_id: i64,
        author: String,
        author_name: String,
        author_bio: String,
        body: String,
        body_html: Option<String>,
        created_at: i64,
        edited_at: Option<i64>,
        deleted_at: Option<i64>,
        banned_at: Option<i64>,
        avatar_small: Option<String>,
        author_role: String,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT c.id, c.parent_id, c.author_id, a.username AS author, a.display_name AS author_name, \
           a.bio AS author_bio, c.body, c.body_html, c.created_at, c.edited_at, c.deleted_at, a.banned_at, \
           av.small AS avatar_small, a.role AS author_role \
         FROM comment c JOIN account a ON a.id = c.author_id LEFT JOIN image av ON av.id = a.avatar_id \
         WHERE c.post_id = $1 ORDER BY c.id LIMIT $2",
    )
    .bind(post_id)
    .bind(SHOWN_MAX)
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
            parent_id: row.parent_id,
            author_id: row.author_id,
            author: row.author,
            author_name: row.author_name,
            author_bio: row.author_bio,
            author_role: crate::accounts::Role::parse(&row.author_role),
            body: row.body,
            body_html: row.body_html,
            created_at: row.created_at,
            edited_at: row.edited_at,
            deleted: row.deleted_at.is_some(),
            hidden: row.banned_at.is_some(),
            blocked: None,
        })
        .collect())
}

#[derive(Debug, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
    /// The comment this answers; empty for a comment on the post.
    #[serde(default)]
    parent_id: String,
}

pub async fn create_comment(
    ctx: Ctx,
    State(state): State<AppState>,
    PathId(post_id): PathId,
    Form(form): Form<CommentForm>,
) -> AppResult {
    let user_id = ctx.require_user()?.id;
    let parent = match form.parent_id.trim() {
        "" => None,
        raw => Some(
            raw.parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .ok_or_else(|| AppError::Unprocessable(Msg::new("social-reply-not-a-comment")))?,
        ),
    };
    let body = match checked_body(&form.body) {
        Ok(body) => body,
        Err(error) => {
            let draft = CommentDraft {
                body: form.body,
                parent,
                error: Some(ctx.lang.msg(&error)),
            };
            let page = post_page(ctx, &state, post_id, draft).await?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let id = add(&state, user_id, post_id, parent, &body).await?;
    Ok(flash::redirect(
        &format!("/posts/{post_id}#comment-{id}"),
        &ctx.t(if parent.is_some() {
            "social-reply-posted"
        } else {
            "social-comment-posted"
        }),
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
         WHERE c.id = $1 AND c.deleted_at IS NULL AND p.published_at IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(&state.db)
    .await?
    .ok_or(AppError::NotFound)?;
    if found.author_id != me {
        return Err(AppError::Forbidden(Msg::new("social-comment-edit-refused")));
    }
    let body = checked_body(&form.body).map_err(AppError::Unprocessable)?;
    let (mentioned, html) = rendered(&state.db, &body).await?;
    let mut tx = state.db.begin().await?;
    let changed = sqlx::query(
        "UPDATE comment SET body = $1, body_html = $2, edited_at = $3 \
         WHERE id = $4 AND author_id = $5 AND deleted_at IS NULL",
    )
    .bind(&body)
    .bind(&html)
    .bind(now_ms())
    .bind(id)
    .bind(me)
    .execute(&mut *tx)
    .await?;
    if changed.rows_affected() == 0 {
        return Err(AppError::NotFound); // deleted a moment ago
    }
    let mut told = Told::default();
    notifications::mentions(
        &mut tx,
        &state,
        &mut told,
        me,
        (found.post_id, Some(id)),
        &ids(&mentioned),
    )
    .await?;
    tx.commit().await?;
    told.push(&state).await;
    Ok(flash::redirect(
        &format!("/posts/{}#comment-{id}", found.post_id),
        &ctx.t("social-comment-saved"),
    ))
}

fn ids(mentioned: &[Mentioned]) -> Vec<i64> {
    mentioned.iter().map(|m| m.id).collect()
}

/// The accounts a comment mentions, and its HTML linking them.
async fn rendered(db: &Db, body: &str) -> Result<(Vec<Mentioned>, String), sqlx::Error> {
    let mentioned = mentions::resolve(db, body).await?;
    let known: HashSet<String> = mentions::known(&mentioned);
    let html = markdown::to_html_mentioning(body, &known);
    Ok((mentioned, html))
}

/// A comment's text as stored, or why it cannot be.
pub fn checked_body(raw: &str) -> Result<String, Msg> {
    let body = clean_text(&raw.replace("\r\n", "\n")).trim().to_string();
    if body.is_empty() {
        Err(Msg::new("social-comment-empty"))
    } else if body.chars().count() > COMMENT_MAX {
        Err(Msg::new("social-comment-too-long").with("max", COMMENT_MAX))
    } else {
        Ok(body)
    }
}

/// Adds a checked comment (see `checked_body`), answering `parent` (a
/// comment of the same post that is not deleted) when given, and tells
/// whom it concerns in the same transaction: the answered comment's
/// author (`reply`), everyone it mentions (`mention`), the post's author
/// (`comment`); one notification each at most, in that order. Returns the
/// comment's id.
pub async fn add(
    state: &AppState,
    user_id: i64,
    post_id: i64,
    parent: Option<i64>,
    body: &str,
) -> AppResult<i64> {
    let author = queries::author_of(&state.db, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    super::blocks::refuse_if_blocked(&state.db, user_id, author).await?;
    let answered: Option<i64> = match parent {
        None => None,
        Some(parent) => Some(
            sqlx::query_scalar(
                "SELECT author_id FROM comment WHERE id = $1 AND post_id = $2 AND deleted_at IS NULL",
            )
            .bind(parent)
            .bind(post_id)
            .fetch_optional(&state.db)
            .await?
            .ok_or_else(|| AppError::Unprocessable(Msg::new("social-reply-parent-gone")))?,
        ),
    };
    if let Some(to) = answered {
        super::blocks::refuse_if_blocked(&state.db, user_id, to).await?;
    }
    let (mentioned, html) = rendered(&state.db, body).await?;
    let mut tx = state.db.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO comment (post_id, author_id, body, body_html, parent_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(post_id)
    .bind(user_id)
    .bind(body)
    .bind(&html)
    .bind(parent)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    let mut told = Told::default();
    if let Some(to) = answered {
        notifications::addressed(
            &mut tx,
            state,
            &mut told,
            (to, user_id),
            "reply",
            post_id,
            id,
        )
        .await?;
    }
    notifications::mentions(
        &mut tx,
        state,
        &mut told,
        user_id,
        (post_id, Some(id)),
        &ids(&mentioned),
    )
    .await?;
    notifications::addressed(
        &mut tx,
        state,
        &mut told,
        (author, user_id),
        "comment",
        post_id,
        id,
    )
    .await?;
    tx.commit().await?;
    told.push(state).await;
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
        &ctx.t("social-comment-removed"),
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
         WHERE c.id = $1 AND c.deleted_at IS NULL",
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
        "social-comment-delete-refused",
    )?;
    let mut tx = state.db.begin().await?;
    // What it told goes with it, so those badges change.
    let told = notifications::store::unread_about_comment(&mut tx, id).await?;
    if !erase(&mut tx, id).await? {
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
    Told {
        new: Vec::new(),
        changed: told,
    }
    .push(state)
    .await;
    Ok(post_id)
}

/// Deletes a comment in `tx`: one with answers becomes a placeholder (its
/// text and what it told go); one without goes, and so do the
/// placeholders above it that it alone kept. False when it was already gone.
async fn erase(tx: &mut sqlx::Transaction<'_, sqlx::Any>, id: i64) -> Result<bool, sqlx::Error> {
    let answered: bool =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM comment WHERE parent_id = $1")
            .bind(id)
            .fetch_one(&mut **tx)
            .await?
            > 0;
    if answered {
        let done = sqlx::query(
            "UPDATE comment SET deleted_at = $2, body = '', body_html = NULL WHERE id = $1 AND deleted_at IS NULL",
        )
        .bind(id)
        .bind(now_ms())
        .execute(&mut **tx)
        .await?;
        sqlx::query("DELETE FROM notification WHERE comment_id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        return Ok(done.rows_affected() > 0);
    }
    let parent: Option<Option<i64>> =
        sqlx::query_scalar("SELECT parent_id FROM comment WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    // Its notifications go with it (foreign key).
    let gone = sqlx::query("DELETE FROM comment WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    let mut up = parent.flatten();
    while let Some(p) = up {
        up = sqlx::query_scalar::<_, Option<i64>>(
            "DELETE FROM comment WHERE id = $1 AND deleted_at IS NOT NULL \
               AND NOT EXISTS (SELECT 1 FROM comment k WHERE k.parent_id = $1) RETURNING parent_id",
        )
        .bind(p)
        .fetch_optional(&mut **tx)
        .await?
        .flatten();
    }
    Ok(gone > 0)
}
