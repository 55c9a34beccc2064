//! Feeds: everyone's posts, the people I follow, one tag.

pub mod atom;

use askama::Template;
use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::get;

use crate::accounts::Ctx;
use crate::error::{AppError, AppResult};
use crate::posts::queries::{self, Listing, PostSummary};
use crate::posts::tags::Tag;
use crate::web::AppState;
use crate::web::{PAGE_SIZE, PageQuery, Paging, PathName, page};

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        .route("/", get(global_feed))
        .route("/feed", get(following_feed))
        .route("/tags/{tag}", get(tag_feed))
        .route("/feed.atom", get(atom::everyone))
        .route("/u/{username}/feed.atom", get(atom::by_user))
        .route("/tags/{tag}/feed.atom", get(atom::tagged))
}

#[derive(Template)]
#[template(path = "feeds/index.html")]
pub struct FeedPage {
    ctx: Ctx,
    heading: String,
    kind: FeedKind,
    posts: Vec<PostSummary>,
    paging: Paging,
    /// The matching Atom feed, for `<link rel="alternate">`.
    atom: Option<String>,
}

#[derive(PartialEq, Eq)]
pub enum FeedKind {
    Global,
    Following,
    Tag,
}

async fn global_feed(ctx: Ctx, State(state): State<AppState>, q: PageQuery) -> AppResult {
    let mut posts =
        queries::list(&state.db, Listing::everyone(), q.offset(), PAGE_SIZE + 1).await?;
    let paging = q.paging(&mut posts);
    page(&FeedPage {
        ctx,
        heading: "Latest posts".into(),
        kind: FeedKind::Global,
        posts,
        paging,
        atom: Some("/feed.atom".into()),
    })
}

async fn following_feed(ctx: Ctx, State(state): State<AppState>, q: PageQuery) -> AppResult {
    let me = ctx.require_user()?.id;
    let mut posts = queries::list(
        &state.db,
        Listing::followed_by(me),
        q.offset(),
        PAGE_SIZE + 1,
    )
    .await?;
    let paging = q.paging(&mut posts);
    page(&FeedPage {
        ctx,
        heading: "From people you follow".into(),
        kind: FeedKind::Following,
        posts,
        paging,
        atom: None,
    })
}

async fn tag_feed(
    ctx: Ctx,
    State(state): State<AppState>,
    PathName(tag): PathName,
    q: PageQuery,
) -> AppResult {
    let tag = Tag::parse(&tag).map_err(|_| AppError::NotFound)?;
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM tag WHERE name = $1")
        .bind(tag.as_str())
        .fetch_optional(&state.db)
        .await?;
    exists.ok_or(AppError::NotFound)?;
    let mut posts = queries::list(
        &state.db,
        Listing::tagged(tag.as_str()),
        q.offset(),
        PAGE_SIZE + 1,
    )
    .await?;
    let paging = q.paging(&mut posts);
    page(&FeedPage {
        ctx,
        heading: format!("Posts tagged #{}", tag.as_str()),
        kind: FeedKind::Tag,
        posts,
        paging,
        atom: Some(format!("/tags/{}/feed.atom", tag.as_str())),
    })
}
