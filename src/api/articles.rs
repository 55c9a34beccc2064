//! `/api/articles`: Quill's posts as the spec's articles. Favorites are
//! likes; everything goes through the same functions as the pages, so an
//! API write notifies, indexes and queues exactly as the page's does.

use crate::i18n::Msg;
use std::collections::{HashMap, HashSet};

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::auth::{ApiUser, MaybeApiUser};
use super::error::{ApiError, ApiResult};
use super::json::JsonBody;
use super::path::ApiPath;
use super::views::{self, Article};
use crate::posts::queries::{self, Listing, PostDetail, PostSummary};
use crate::posts::tags::Tag;
use crate::posts::{self, ImageChange, PostInput};
use crate::search::Search;
use crate::social::{follows, likes};
use crate::web::AppState;

pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 100;
/// Deeper offsets cost a scan each; as on the pages' last page.
pub const MAX_OFFSET: i64 = 10_000;

/// `limit`/`offset` and the filters, read forgivingly of repetition but
/// not of nonsense: a limit of "abc" is a 422 that says so.
pub struct ListQuery {
    pub tag: Option<String>,
    pub author: Option<String>,
    pub favorited: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

impl ListQuery {
    fn parse(raw: &HashMap<String, String>) -> ApiResult<ListQuery> {
        let mut problems = Vec::new();
        let mut number = |key: &str, default: i64, min: i64, max: i64| -> i64 {
            match raw.get(key).map(|v| v.trim().parse::<i64>()) {
                None => default,
                Some(Ok(n)) if (min..=max).contains(&n) => n,
                Some(_) => {
                    problems.push((
                        key.to_string(),
                        Msg::verbatim(format!("must be a whole number from {min} to {max}")),
                    ));
                    default
                }
            }
        };
        let limit = number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        let offset = number("offset", 0, 0, MAX_OFFSET);
        if !problems.is_empty() {
            return Err(ApiError::Invalid(problems));
        }
        let text = |key: &str| {
            raw.get(key)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        Ok(ListQuery {
            tag: text("tag"),
            author: text("author"),
            favorited: text("favorited"),
            limit,
            offset,
        })
    }
}

/// Articles as `viewer` sees them: favorited and following in two queries
/// for the whole page.
async fn present(
    state: &AppState,
    posts: Vec<PostSummary>,
    viewer: Option<i64>,
) -> ApiResult<Vec<Article>> {
    let (liked, following) = match viewer {
        Some(v) => {
            let ids: Vec<i64> = posts.iter().map(|p| p.id).collect();
            let mut authors: Vec<i64> = posts.iter().map(|p| p.author_id).collect();
            authors.sort_unstable();
            authors.dedup();
            (
                likes::liked_among(&state.db, v, &ids).await?,
                follows::following_among(&state.db, v, &authors).await?,
            )
        }
        None => (HashSet::new(), HashSet::new()),
    };
    Ok(posts
        .into_iter()
        .map(|p| Article {
            slug: posts::slug(&p.title, p.id),
            favorited: liked.contains(&p.id),
            favorites_count: p.likes,
            author: views::profile(
                state,
                p.author,
                &p.author_bio,
                &p.avatar,
                following.contains(&p.author_id),
            ),
            title: p.title,
            description: p.description,
            body: None,
            tag_list: views::sorted(p.tags),
            created_at: views::time(p.created_at),
            updated_at: views::time(p.updated_at),
        })
        .collect())
}

async fn listing(
    state: &AppState,
    listing: Listing<'_>,
    q: &ListQuery,
    viewer: Option<i64>,
) -> ApiResult {
    let listing = listing.for_reader(viewer);
    let posts = queries::list(&state.db, listing, q.offset, q.limit).await?;
    let count = queries::count(&state.db, listing).await?;
    let articles = present(state, posts, viewer).await?;
    Ok(Json(json!({ "articles": articles, "articlesCount": count })).into_response())
}

fn empty_list() -> ApiResult {
    Ok(Json(json!({ "articles": [], "articlesCount": 0 })).into_response())
}

/// `GET /api/articles`, newest first, filtered by `tag`, `author` and
/// `favorited` (a username), any together.
pub async fn list(
    State(state): State<AppState>,
    viewer: MaybeApiUser,
    Query(raw): Query<HashMap<String, String>>,
) -> ApiResult {
    let q = ListQuery::parse(&raw)?;
    let mut filter = Listing::everyone();
    let tag = match q.tag.as_deref().map(Tag::parse) {
        Some(Ok(tag)) => Some(tag),
        Some(Err(_)) => return empty_list(),
        None => None,
    };
    filter.tagged = tag.as_ref().map(Tag::as_str);
    for (name, slot) in [
        (&q.author, &mut filter.by),
        (&q.favorited, &mut filter.liked_by),
    ] {
        if let Some(name) = name {
            match crate::profiles::id_of(&state.db, name).await? {
                Some((id, _)) => *slot = Some(id),
                None => return empty_list(),
            }
        }
    }
    listing(&state, filter, &q, viewer.id()).await
}

/// `GET /api/articles/feed`: posts by the people I follow.
pub async fn feed(
    State(state): State<AppState>,
    me: ApiUser,
    Query(raw): Query<HashMap<String, String>>,
) -> ApiResult {
    let q = ListQuery::parse(&raw)?;
    listing(
        &state,
        Listing::followed_by(me.user.id),
        &q,
        Some(me.user.id),
    )
    .await
}

/// The post a slug names; the whole slug must match, so a mistyped or
/// stale one is a 404 rather than a guess.
async fn find(state: &AppState, slug: &str) -> ApiResult<PostDetail> {
    let post = match posts::id_in_slug(slug) {
        Some(id) => queries::find(&state.db, id).await?,
        None => None,
    };
    post.filter(|p| posts::slug(&p.title, p.id) == slug)
        .ok_or(ApiError::NotFound("article"))
}

async fn single(state: &AppState, id: i64, viewer: Option<i64>, status: StatusCode) -> ApiResult {
    let p = queries::find(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound("article"))?;
    let (favorited, following) = match viewer {
        Some(v) => (
            likes::has_liked(&state.db, p.id, v).await?,
            follows::is_following(&state.db, v, p.author_id).await?,
        ),
        None => (false, false),
    };
    let article = Article {
        slug: posts::slug(&p.title, p.id),
        favorited,
        favorites_count: p.likes,
        author: views::profile(state, p.author, &p.author_bio, &p.avatar, following),
        title: p.title,
        description: p.description,
        body: Some(p.body),
        tag_list: views::sorted(p.tags),
        created_at: views::time(p.created_at),
        updated_at: views::time(p.updated_at),
    };
    Ok((status, Json(json!({ "article": article }))).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    viewer: MaybeApiUser,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult {
    let post = find(&state, &slug).await?;
    single(&state, post.id, viewer.id(), StatusCode::OK).await
}

/// The page's post form, filled from JSON: the same checks then apply.
fn input(
    title: String,
    description: String,
    body: String,
    tags: &[String],
) -> ApiResult<PostInput> {
    if tags.iter().any(|t| t.contains(',')) {
        return Err(ApiError::invalid("tagList", "Tags may not contain commas."));
    }
    Ok(PostInput {
        title,
        body,
        tags: tags.join(","),
        description,
        ..PostInput::default()
    }
    .cleaned())
}

/// `POST /api/articles`: 201 with the article.
pub async fn create(
    State(state): State<AppState>,
    State(search): State<Search>,
    me: ApiUser,
    body: JsonBody,
) -> ApiResult {
    let mut f = body.object("article")?;
    let title = f.required("title");
    let description = f.required("description");
    let text = f.required("body");
    let tags = f.optional_list("tagList").unwrap_or_default();
    f.finish()?;
    let input = input(title, description, text, &tags)?;
    let post = posts::validate(&input).map_err(|e| ApiError::from_form(&e))?;
    // The RealWorld spec has no drafts: an article is published at once.
    let id = posts::create(
        &state,
        &search,
        me.user.id,
        &post,
        None,
        "",
        posts::drafts::Publication::Now,
    )
    .await?;
    single(&state, id, Some(me.user.id), StatusCode::CREATED).await
}

/// `PUT /api/articles/{slug}`: any of `title`, `description`, `body`
/// (and `tagList`); the rest stays. Author (or admin) only; an admin's
/// edit of someone else's article is audited as on the pages.
pub async fn update(
    State(state): State<AppState>,
    State(search): State<Search>,
    me: ApiUser,
    ApiPath(slug): ApiPath<String>,
    body: JsonBody,
) -> ApiResult {
    let current = find(&state, &slug).await?;
    if !posts::may_change(&me.user, current.author_id) {
        return Err(ApiError::Forbidden(Msg::verbatim(
            "only the author of this article can change it",
        )));
    }
    let mut f = body.object("article")?;
    let title = f.optional("title").unwrap_or_else(|| current.title.clone());
    let description = f
        .optional("description")
        .unwrap_or_else(|| current.description.clone());
    let text = f.optional("body").unwrap_or_else(|| current.body.clone());
    let tags = f
        .optional_list("tagList")
        .unwrap_or_else(|| current.tags.clone());
    f.finish()?;
    let input = input(title, description, text, &tags)?;
    let post = posts::validate(&input).map_err(|e| ApiError::from_form(&e))?;
    posts::edit(
        &state,
        &search,
        &me.user,
        &current,
        posts::Change {
            post: &post,
            image_alt: &current.image_alt,
            image: ImageChange::Keep,
            publication: None,
        },
    )
    .await?;
    single(&state, current.id, Some(me.user.id), StatusCode::OK).await
}

/// `DELETE /api/articles/{slug}`: 204. The author may; so may a moderator
/// (an admin's article: only an admin), whose deletion is audited as on
/// the pages.
pub async fn delete(
    State(state): State<AppState>,
    State(search): State<Search>,
    me: ApiUser,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Response> {
    let post = find(&state, &slug).await?;
    posts::remove(&state, &search, post.id, &me.user, "")
        .await
        .map_err(|e| match e {
            crate::error::AppError::Forbidden(why)
                if why.key() == crate::accounts::role::ADMINS_ONLY =>
            {
                ApiError::Forbidden(Msg::verbatim("only an admin can delete an admin's article"))
            }
            crate::error::AppError::Forbidden(_) => ApiError::Forbidden(Msg::verbatim(
                "only the author of this article can delete it",
            )),
            e => e.into(),
        })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn favorite(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult {
    let post = find(&state, &slug).await?;
    likes::add(&state, me.user.id, post.id).await?;
    single(&state, post.id, Some(me.user.id), StatusCode::OK).await
}

pub async fn unfavorite(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult {
    let post = find(&state, &slug).await?;
    likes::remove(&state, me.user.id, post.id).await?;
    single(&state, post.id, Some(me.user.id), StatusCode::OK).await
}

/// `GET /api/tags`: the 100 most used tags of visible posts, most used first.
pub async fn tags(State(state): State<AppState>) -> ApiResult {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT t.name FROM tag t JOIN post_tag pt ON pt.tag_id = t.id \
         WHERE pt.post_id IN (SELECT p.id FROM post p WHERE p.published_at IS NOT NULL AND p.author_id NOT IN \
           (SELECT id FROM account WHERE banned_at IS NOT NULL)) \
         GROUP BY t.name ORDER BY COUNT(*) DESC, t.name LIMIT 100",
    )
    .fetch_all(&state.db)
    .await?;
    Ok(Json(json!({ "tags": names })).into_response())
}
