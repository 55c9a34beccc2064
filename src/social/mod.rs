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
use crate::web::cache::additive;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        // Visitors may see likes and follows a second late
        // (`web::cache::Additive`); everything else reaches them at once.
        .route("/u/{username}/follow", additive(post(follows::follow)))
        .route("/u/{username}/unfollow", additive(post(follows::unfollow)))
        .route("/u/{username}/block", post(blocks::block))
        .route("/u/{username}/unblock", post(blocks::unblock))
        .route("/posts/{id}/like", additive(post(likes::like)))
        .route("/posts/{id}/unlike", additive(post(likes::unlike)))
        .route("/posts/{id}/comments", post(comments::create_comment))
        .route("/comments/{id}/delete", post(comments::delete_comment))
        .route("/comments/{id}/edit", post(comments::edit_comment))
}
