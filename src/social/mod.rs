//! Social actions: follow, like, comment, block.

pub mod blocks;
pub mod comments;
pub mod follows;
pub mod likes;
pub mod thread;

use axum::Router;
use axum::extract::FromRef;
use axum::routing::post;

use crate::web::AppState;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        .route("/u/{username}/follow", post(follows::follow))
        .route("/u/{username}/unfollow", post(follows::unfollow))
        .route("/u/{username}/block", post(blocks::block))
        .route("/u/{username}/unblock", post(blocks::unblock))
        .route("/posts/{id}/like", post(likes::like))
        .route("/posts/{id}/unlike", post(likes::unlike))
        .route("/posts/{id}/comments", post(comments::create_comment))
        .route("/comments/{id}/delete", post(comments::delete_comment))
        .route("/comments/{id}/edit", post(comments::edit_comment))
}
