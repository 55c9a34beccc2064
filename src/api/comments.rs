//! `/api/articles/{slug}/comments`: the post's comments, oldest first.

use crate::i18n::Msg;
use std::collections::HashSet;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::auth::{ApiUser, MaybeApiUser};
use super::error::{ApiError, ApiResult};
use super::json::JsonBody;
use super::path::ApiPath;
use super::views::{self, Comment};
use crate::posts::{self, queries};
use crate::social::comments::{self, CommentView};
use crate::social::follows;
use crate::web::AppState;

async fn post_id(state: &AppState, slug: &str) -> ApiResult<i64> {
    let id = posts::id_in_slug(slug).ok_or(ApiError::NotFound("article"))?;
    let post = queries::find(&state.db, id)
        .await?
        .filter(|p| posts::slug(&p.title, p.id) == slug)
        .ok_or(ApiError::NotFound("article"))?;
    Ok(post.id)
}

fn view(state: &AppState, c: CommentView, following: &HashSet<i64>) -> Comment {
    Comment {
        id: c.id,
        created_at: views::time(c.created_at),
        updated_at: views::time(c.edited_at.unwrap_or(c.created_at)),
        author: views::profile(
            state,
            c.author,
            &c.author_bio,
            &c.avatar,
            following.contains(&c.author_id),
        ),
        body: c.body,
    }
}

pub async fn list(
    State(state): State<AppState>,
    viewer: MaybeApiUser,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult {
    let post = post_id(&state, &slug).await?;
    // Flat, as the spec has it: answers are comments too; placeholders
    // (deleted, banned authors) are not.
    let mut all = comments::for_post(&state.db, post).await?;
    comments::veil_blocked(&state.db, &mut all, viewer.id()).await?;
    let all: Vec<CommentView> = all.into_iter().filter(CommentView::shown).collect();
    let following = match viewer.id() {
        Some(v) => {
            let mut authors: Vec<i64> = all.iter().map(|c| c.author_id).collect();
            authors.sort_unstable();
            authors.dedup();
            follows::following_among(&state.db, v, &authors).await?
        }
        None => HashSet::new(),
    };
    let list: Vec<Comment> = all
        .into_iter()
        .map(|c| view(&state, c, &following))
        .collect();
    Ok(Json(json!({ "comments": list })).into_response())
}

/// `POST …/comments`: 200 with the comment (the spec's status).
pub async fn add(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(slug): ApiPath<String>,
    body: JsonBody,
) -> ApiResult {
    let post = post_id(&state, &slug).await?;
    let mut f = body.object("comment")?;
    let text = f.required("body");
    f.finish()?;
    let text = comments::checked_body(&text).map_err(|why| ApiError::refused("body", why))?;
    let id = comments::add(&state, me.user.id, post, None, &text).await?;
    let created_at: i64 = sqlx::query_scalar("SELECT created_at FROM comment WHERE id = $1")
        .bind(id)
        .fetch_one(&state.db)
        .await?;
    let comment = Comment {
        id,
        created_at: views::time(created_at),
        updated_at: views::time(created_at),
        body: text,
        author: super::profiles::profile_of(&state, me.user.id, None).await?,
    };
    Ok(Json(json!({ "comment": comment })).into_response())
}

/// `DELETE …/comments/{id}`: 204. The comment's author, the post's author
/// or a moderator may (an admin's comment: only an admin, or the post's
/// author).
pub async fn delete(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Response> {
    let post = post_id(&state, &slug).await?;
    let id: i64 = id
        .parse()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(ApiError::NotFound("comment"))?;
    let on: Option<i64> = sqlx::query_scalar("SELECT post_id FROM comment WHERE id = $1")
        .bind(id)
        .fetch_optional(&state.db)
        .await?;
    if on != Some(post) {
        return Err(ApiError::NotFound("comment"));
    }
    comments::remove(&state, id, &me.user, "")
        .await
        .map_err(|e| match e {
            crate::error::AppError::Forbidden(why)
                if why.key() == crate::accounts::role::ADMINS_ONLY =>
            {
                ApiError::Forbidden(Msg::verbatim("only an admin can delete an admin's comment"))
            }
            crate::error::AppError::Forbidden(_) => ApiError::Forbidden(Msg::verbatim(
                "only the comment's author, the article's author or a moderator can delete it",
            )),
            e => e.into(),
        })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
