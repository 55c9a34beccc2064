//! Who is calling: `Authorization: Token <token>` and nothing else. The
//! session cookie is never read here, so the API needs no CSRF token and a
//! page on another site cannot drive it with a visitor's login.

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;

use super::error::ApiError;
use crate::accounts::{self, CurrentUser, api_tokens};
use crate::web::AppState;

/// A caller with a live token (else 401).
pub struct ApiUser {
    pub user: CurrentUser,
    /// The raw token of this request, which the spec's `user` echoes.
    pub token: String,
}

/// A caller who may be anonymous; a token that is sent must still work.
pub struct MaybeApiUser(pub Option<ApiUser>);

impl MaybeApiUser {
    pub fn id(&self) -> Option<i64> {
        self.0.as_ref().map(|u| u.user.id)
    }
}

/// The token of `Authorization: Token …` (`Bearer` is taken too, since
/// many HTTP clients send that).
fn token_in(parts: &Parts) -> Option<Result<String, ApiError>> {
    let value = parts.headers.get(header::AUTHORIZATION)?;
    let value = match value.to_str() {
        Ok(v) => v.trim(),
        Err(_) => return Some(Err(ApiError::Unauthorized)),
    };
    let token = value
        .strip_prefix("Token ")
        .or_else(|| value.strip_prefix("Bearer "))
        .map(str::trim);
    Some(token.map(str::to_string).ok_or(ApiError::Unauthorized))
}

async fn load(parts: &Parts, state: &AppState, token: String) -> Result<ApiUser, ApiError> {
    let account = api_tokens::authenticate(&state.db, &token)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let user = accounts::signed_in(state, account)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    crate::web::cache::Writer::note(&parts.extensions, user.id);
    Ok(ApiUser { user, token })
}

impl<S> FromRequestParts<S> for ApiUser
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = &AppState::from_ref(state);
        let token = token_in(parts).ok_or(ApiError::Unauthorized)??;
        load(parts, state, token).await
    }
}

impl<S> FromRequestParts<S> for MaybeApiUser
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = &AppState::from_ref(state);
        match token_in(parts) {
            None => Ok(MaybeApiUser(None)),
            Some(token) => Ok(MaybeApiUser(Some(load(parts, state, token?).await?))),
        }
    }
}
