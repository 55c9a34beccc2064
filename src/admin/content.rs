//! Content moderation pages: the newest posts and comments, each with a
//! delete form that asks for a reason. The deletion itself is the posts'
//! and comments' own (`posts::remove`, `comments::remove`), which write
//! the audit record and queue the author's mail through `crate::moderation`
//! in the deletion's transaction. An admin's post or comment is removed by
//! an admin only: a moderator gets no form for it, and a refusal if they try.

use askama::Template;
use axum::extract::State;
use serde::Deserialize;

use super::{Section, Staff, confirmed, reason};
use crate::accounts::Ctx;
use crate::accounts::Role;
use crate::error::AppResult;
use crate::search::Search;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{PAGE_SIZE, PageQuery, Paging, PathId, flash, page};

/// A post and its author as the SQL gives them; the role is parsed after.
#[derive(sqlx::FromRow)]
struct PostSql {
    id: i64,
    title: String,
    author: String,
    author_id: i64,
    author_role: String,
    created_at: i64,
}

impl From<PostSql> for PostRow {
    fn from(row: PostSql) -> Self {
        PostRow {
            id: row.id,
            title: row.title,
            author: row.author,
            author_id: row.author_id,
            author_role: Role::parse(&row.author_role),
            created_at: row.created_at,
        }
    }
}

/// A comment with its post and author as the SQL gives them.
#[derive(sqlx::FromRow)]
struct CommentSql {
    id: i64,
    post_id: i64,
    post_title: String,
    body: String,
    author: String,
    author_id: i64,
    author_role: String,
    created_at: i64,
}

impl From<CommentSql> for CommentRow {
    fn from(row: CommentSql) -> Self {
        CommentRow {
            id: row.id,
            post_id: row.post_id,
            post_title: row.post_title,
            excerpt: excerpt(&row.body),
            author: row.author,
            author_id: row.author_id,
            author_role: Role::parse(&row.author_role),
            created_at: row.created_at,
        }
    }
}

pub struct PostRow {
    pub id: i64,
    pub title: String,
    pub author: String,
    pub author_id: i64,
    /// A moderator gets no delete form for an admin's post.
    pub author_role: Role,
    pub created_at: i64,
}

pub struct CommentRow {
    pub id: i64,
    pub post_id: i64,
    pub post_title: String,
    pub excerpt: String,
    pub author: String,
    pub author_id: i64,
    pub author_role: Role,
    pub created_at: i64,
}

#[derive(Template)]
#[template(path = "admin/posts.html")]
struct PostsPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    posts: Vec<PostRow>,
    paging: Paging,
    query: String,
}

#[derive(Template)]
#[template(path = "admin/comments.html")]
struct CommentsPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    comments: Vec<CommentRow>,
    paging: Paging,
    query: String,
}

/// Newest first, banned authors' posts included (they are hidden from
/// everyone else, so here is where they can be dealt with).
pub async fn posts(staff: Staff, State(state): State<AppState>, paging: PageQuery) -> AppResult {
    let mut rows: Vec<PostSql> = sqlx::query_as(
        "SELECT p.id, p.title, a.username AS author, a.id AS author_id, a.role AS author_role, p.created_at \
         FROM post p JOIN account a ON a.id = p.author_id \
         ORDER BY p.id DESC LIMIT $1 OFFSET $2",
    )
    .bind(PAGE_SIZE + 1)
    .bind(paging.offset())
    .fetch_all(&state.db)
    .await?;
    let pages = paging.paging(&mut rows);
    page(&PostsPage {
        role: staff.me.role(),
        ctx: staff.ctx,
        section: Section::Posts,
        posts: rows.into_iter().map(PostRow::from).collect(),
        paging: pages,
        query: String::new(),
    })
}

pub async fn comments(staff: Staff, State(state): State<AppState>, paging: PageQuery) -> AppResult {
    let mut rows: Vec<CommentSql> = sqlx::query_as(
        "SELECT c.id, c.post_id, p.title AS post_title, c.body, a.username AS author, \
           a.id AS author_id, a.role AS author_role, c.created_at \
         FROM comment c JOIN post p ON p.id = c.post_id JOIN account a ON a.id = c.author_id \
         WHERE c.deleted_at IS NULL ORDER BY c.id DESC LIMIT $1 OFFSET $2",
    )
    .bind(PAGE_SIZE + 1)
    .bind(paging.offset())
    .fetch_all(&state.db)
    .await?;
    let pages = paging.paging(&mut rows);
    page(&CommentsPage {
        role: staff.me.role(),
        ctx: staff.ctx,
        section: Section::Comments,
        comments: rows.into_iter().map(CommentRow::from).collect(),
        paging: pages,
        query: String::new(),
    })
}

fn excerpt(body: &str) -> String {
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 160 {
        format!("{}…", flat.chars().take(160).collect::<String>())
    } else {
        flat
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    confirm: Option<String>,
}

pub async fn delete_post(
    staff: Staff,
    State(state): State<AppState>,
    State(search): State<Search>,
    PathId(id): PathId,
    Form(form): Form<DeleteForm>,
) -> AppResult {
    let why = reason(&form.reason)?;
    confirmed(&form.confirm)?;
    let author = crate::posts::remove(&state, &search, id, &staff.me, &why).await?;
    Ok(flash::redirect(
        "/admin/posts",
        &staff.ctx.t1("admin-posts-deleted", "author", author),
    ))
}

pub async fn delete_comment(
    staff: Staff,
    State(state): State<AppState>,
    PathId(id): PathId,
    Form(form): Form<DeleteForm>,
) -> AppResult {
    let why = reason(&form.reason)?;
    confirmed(&form.confirm)?;
    crate::social::comments::remove(&state, id, &staff.me, &why).await?;
    Ok(flash::redirect(
        "/admin/comments",
        &staff.ctx.t("admin-comments-deleted"),
    ))
}
