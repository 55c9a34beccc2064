//! `/api/profiles/{username}` and following.

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use serde_json::json;

use super::auth::{ApiUser, MaybeApiUser};
use super::error::{ApiError, ApiResult};
use super::path::ApiPath;
use super::views::{self, Profile};
use crate::social::follows;
use crate::web::AppState;

/// Someone's profile as `viewer` sees it (`following`).
pub async fn profile_of(state: &AppState, id: i64, viewer: Option<i64>) -> ApiResult<Profile> {
    #[derive(sqlx::FromRow)]
    struct Row {
        username: String,
        bio: String,
        avatar: Option<String>,
    }
    let Row {
        username,
        bio,
        avatar,
    } = sqlx::query_as(
        "SELECT a.username, a.bio, av.large AS avatar FROM account a \
         LEFT JOIN image av ON av.id = a.avatar_id WHERE a.id = $1 AND a.banned_at IS NULL",
    )
    .bind(id)
    .fetch_optional(&state.db)
    .await?
    .ok_or(ApiError::NotFound("profile"))?;
    let following = match viewer {
        Some(v) => follows::is_following(&state.db, v, id).await?,
        None => false,
    };
    Ok(Profile {
        username,
        bio: views::nullable(&bio),
        image: views::image_url(state, avatar.map(|n| format!("/uploads/{n}")).as_deref()),
        following,
    })
}

async fn target(state: &AppState, username: &str) -> ApiResult<i64> {
    Ok(crate::profiles::id_of(&state.db, username)
        .await?
        .ok_or(ApiError::NotFound("profile"))?
        .0)
}

fn answer(profile: Profile) -> ApiResult {
    Ok(Json(json!({ "profile": profile })).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    viewer: MaybeApiUser,
    ApiPath(username): ApiPath<String>,
) -> ApiResult {
    let id = target(&state, &username).await?;
    answer(profile_of(&state, id, viewer.id()).await?)
}

pub async fn follow(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(username): ApiPath<String>,
) -> ApiResult {
    let id = target(&state, &username).await?;
    follows::add(&state, me.user.id, id).await?;
    answer(profile_of(&state, id, Some(me.user.id)).await?)
}

pub async fn unfollow(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(username): ApiPath<String>,
) -> ApiResult {
    let id = target(&state, &username).await?;
    follows::remove(&state, me.user.id, id).await?;
    answer(profile_of(&state, id, Some(me.user.id)).await?)
}
