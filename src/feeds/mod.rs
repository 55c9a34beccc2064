//! Feeds: everyone's posts, the people I follow, one tag.

pub mod atom;
pub mod sitemap;

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
        .route("/sitemap.xml", get(sitemap::sitemap))
        .route("/sitemaps/{file}", get(sitemap::part))
        .route("/robots.txt", get(sitemap::robots))
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
    /// Public feeds' share card (the following feed is nobody else's).
    card: Option<crate::web::card::Card>,
}

#[derive(PartialEq, Eq)]
pub enum FeedKind {
    Global,
    Following,
    Tag,
}

async fn global_feed(ctx: Ctx, State(state): State<AppState>, q: PageQuery) -> AppResult {
    let atom = Some("/feed.atom".into());
    let heading = ctx.t("feeds-heading-latest");
    feed_page(
        ctx,
        &state,
        &q,
        Listing::everyone(),
        FeedKind::Global,
        heading,
        atom,
    )
    .await
}

async fn following_feed(ctx: Ctx, State(state): State<AppState>, q: PageQuery) -> AppResult {
    let me = ctx.require_user()?.id;
    let heading = ctx.t("feeds-heading-following");
    feed_page(
        ctx,
        &state,
        &q,
        Listing::followed_by(me),
        FeedKind::Following,
        heading,
        None,
    )
    .await
}

async fn tag_feed(
    ctx: Ctx,
    State(state): State<AppState>,
    PathName(tag): PathName,
    q: PageQuery,
) -> AppResult {
    let tag = Tag::parse(&tag).map_err(|_| AppError::NotFound)?;
    // A tag only drafts carry is not public yet.
    let exists: Option<i64> = sqlx::query_scalar(
        "SELECT t.id FROM tag t WHERE t.name = $1 AND EXISTS (SELECT 1 FROM post_tag pt \
         JOIN post p ON p.id = pt.post_id WHERE pt.tag_id = t.id AND p.published_at IS NOT NULL)",
    )
    .bind(tag.as_str())
    .fetch_optional(&state.db)
    .await?;
    exists.ok_or(AppError::NotFound)?;
    let heading = ctx.t1("feeds-heading-tag", "tag", tag.as_str());
    let atom = Some(format!("/tags/{}/feed.atom", tag.path_segment()));
    feed_page(
        ctx,
        &state,
        &q,
        Listing::tagged(tag.as_str()),
        FeedKind::Tag,
        heading,
        atom,
    )
    .await
}

/// One page of a feed: every feed lists and pages its posts alike and
/// differs only in which posts, its heading and its Atom link.
async fn feed_page(
    ctx: Ctx,
    state: &AppState,
    q: &PageQuery,
    listing: Listing<'_>,
    kind: FeedKind,
    heading: String,
    atom: Option<String>,
) -> AppResult {
    let mut posts = queries::list_kept(
        &state.db,
        &state.memo,
        listing,
        ctx.user.as_ref(),
        q.offset(),
        PAGE_SIZE + 1,
    )
    .await?;
    let paging = q.paging(&mut posts);
    // A public feed's address is its Atom feed's, less the suffix.
    let card = atom.as_deref().map(|a| {
        let path = match a.trim_end_matches("feed.atom") {
            "" | "/" => "/",
            p => p.trim_end_matches('/'),
        };
        crate::web::card::Card::page(
            &state.config.origin(),
            path,
            &heading,
            &ctx.t("feeds-card-description"),
        )
    });
    page(&FeedPage {
        ctx,
        heading,
        kind,
        posts,
        paging,
        atom,
        card,
    })
}
