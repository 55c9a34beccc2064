//! The RealWorld ("Conduit") JSON API under `/api`, as specified in
//! `tests/realworld/openapi.yml`. It is the same site as the pages: articles are
//! posts, favorites are likes, and every handler calls the domain functions
//! the pages call. Authentication is `Authorization: Token …` only (see
//! `auth`); CORS is off unless `QUILL_CORS_ORIGINS` names origins.

mod articles;
pub mod auth;
mod comments;
pub mod error;
mod json;
mod path;
mod profiles;
mod users;
mod views;

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::{HeaderValue, Method, header};
use axum::routing::{delete, get, post};
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::config::Config;
use crate::search::Search;
use crate::web::AppState;
use crate::web::cache::additive;
use error::ApiError;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    Router::new()
        .route("/users", additive(post(users::register)))
        .route("/users/login", additive(post(users::login)))
        .route("/user", get(users::current).put(users::update))
        .route("/profiles/{username}", get(profiles::show))
        .route(
            "/profiles/{username}/follow",
            additive(post(profiles::follow).delete(profiles::unfollow)),
        )
        .route("/articles", get(articles::list).post(articles::create))
        .route("/articles/feed", get(articles::feed))
        .route(
            "/articles/{slug}",
            get(articles::show)
                .put(articles::update)
                .delete(articles::delete),
        )
        .route(
            "/articles/{slug}/favorite",
            additive(post(articles::favorite).delete(articles::unfavorite)),
        )
        .route(
            "/articles/{slug}/comments",
            get(comments::list).post(comments::add),
        )
        .route("/articles/{slug}/comments/{id}", delete(comments::delete))
        .route("/tags", get(articles::tags))
        .fallback(|| async { ApiError::NotFound("resource") })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(json::MAX_BODY))
        .layer(CompressionLayer::new())
}

/// Browsers on the listed origins may call the API (with the token header;
/// no cookies are involved, so credentials stay off). It wraps the whole
/// app so that answers made outside the API's router (a 413 from the body
/// limit, a 408) carry the headers too, but it allows nothing outside
/// `/api/`.
pub fn cors(config: &Config) -> Option<CorsLayer> {
    if config.cors_origins.is_empty() {
        return None;
    }
    let origins: Vec<HeaderValue> = config
        .cors_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::predicate(move |origin, parts| {
                parts.uri.path().starts_with("/api/") && origins.contains(origin)
            }))
            .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
            .allow_headers([
                header::AUTHORIZATION,
                header::CONTENT_TYPE,
                header::HeaderName::from_static("x-requested-with"),
            ])
            .max_age(Duration::from_secs(3600)),
    )
}
