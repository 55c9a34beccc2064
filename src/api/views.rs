//! The JSON shapes of the spec: users, profiles, articles, comments.
//! Timestamps are RFC 3339 with milliseconds; `bio` and `image` are null
//! when empty; `tagList` is alphabetical.

use serde::Serialize;

use crate::web::AppState;
use crate::web::iso_ms;

#[derive(Debug, Serialize)]
pub struct User {
    pub email: String,
    /// Null only when registering where email verification is required:
    /// no token exists until the address is verified and the user logs in.
    pub token: Option<String>,
    pub username: String,
    pub bio: Option<String>,
    pub image: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Profile {
    pub username: String,
    pub bio: Option<String>,
    pub image: Option<String>,
    pub following: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// Only on single articles; lists leave the body out (as the spec does).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    pub tag_list: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
    pub favorited: bool,
    pub favorites_count: i64,
    pub author: Profile,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: i64,
    pub created_at: String,
    pub updated_at: String,
    pub body: String,
    pub author: Profile,
}

/// A person as the spec's profile, with their avatar (the larger file when
/// there is one) as an absolute URL.
pub fn profile(
    state: &AppState,
    username: String,
    bio: &str,
    avatar: &crate::media::Avatar,
    following: bool,
) -> Profile {
    Profile {
        image: image_url(state, avatar.large.as_deref().or(avatar.small.as_deref())),
        username,
        bio: nullable(bio),
        following,
    }
}

/// Empty text is null in the spec's objects.
pub fn nullable(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// An uploaded avatar's absolute URL (`/uploads/…` on `QUILL_BASE_URL`).
pub fn image_url(state: &AppState, path: Option<&str>) -> Option<String> {
    path.map(|p| format!("{}{p}", state.config.origin()))
}

pub fn time(ms: i64) -> String {
    iso_ms(ms)
}

pub fn sorted(mut tags: Vec<String>) -> Vec<String> {
    tags.sort();
    tags
}
