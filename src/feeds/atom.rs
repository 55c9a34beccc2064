//! Atom feeds of the newest 20 posts: everyone's, one person's, one tag's.
//! Entries carry the whole post as sanitised HTML (the same ammonia output
//! the post page shows), links are absolute on `QUILL_BASE_URL`, entry ids
//! are the posts' permanent addresses, and an `ETag` lets feed readers
//! poll with a conditional GET that costs them a 304.

use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};
use crate::posts::queries::{self, Listing};
use crate::posts::tags::Tag;
use crate::web::AppState;
use crate::web::{PathName, escape_html};

pub const ENTRIES: i64 = 20;

/// A feed being described: its title, its own path and its page's path.
/// Titles are in English (`feeds-atom-…`): a feed reader fetches the feed
/// with no language of its own, and one address is one feed for everyone.
struct About {
    title: String,
    path: String,
    page: String,
}

pub async fn everyone(State(state): State<AppState>, headers: HeaderMap) -> AppResult {
    let about = About {
        title: state.i18n.english().t("feeds-atom-latest"),
        path: "/feed.atom".into(),
        page: "/".into(),
    };
    respond(&state, &headers, Listing::everyone(), about).await
}

pub async fn by_user(
    State(state): State<AppState>,
    headers: HeaderMap,
    PathName(username): PathName,
) -> AppResult {
    let (id, name) = crate::profiles::id_of(&state.db, &username)
        .await?
        .ok_or(AppError::NotFound)?;
    let about = About {
        title: state.i18n.english().t1("feeds-atom-by", "name", &name),
        path: format!("/u/{name}/feed.atom"),
        page: format!("/u/{name}"),
    };
    respond(&state, &headers, Listing::by(id), about).await
}

pub async fn tagged(
    State(state): State<AppState>,
    headers: HeaderMap,
    PathName(tag): PathName,
) -> AppResult {
    let tag = Tag::parse(&tag).map_err(|_| AppError::NotFound)?;
    let about = About {
        title: state
            .i18n
            .english()
            .t1("feeds-atom-tagged", "tag", tag.as_str()),
        path: format!("/tags/{}/feed.atom", tag.path_segment()),
        page: format!("/tags/{}", tag.path_segment()),
    };
    respond(&state, &headers, Listing::tagged(tag.as_str()), about).await
}

fn time(ms: i64) -> FixedDateTime {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .fixed_offset()
}

fn link(href: String, rel: &str, mime_type: Option<&str>) -> Link {
    Link {
        href,
        rel: rel.to_string(),
        mime_type: mime_type.map(str::to_string),
        ..Link::default()
    }
}

async fn respond(
    state: &AppState,
    headers: &HeaderMap,
    listing: Listing<'_>,
    about: About,
) -> AppResult {
    let origin = state.config.origin();
    let posts = queries::list(&state.db, listing, 0, ENTRIES).await?;
    let ids: Vec<i64> = posts.iter().map(|p| p.id).collect();
    let mut bodies = queries::bodies(&state.db, &ids).await?;
    let updated = posts.iter().map(|p| p.updated_at).max().unwrap_or(0);
    let entries = posts
        .into_iter()
        .map(|p| {
            let url = format!("{origin}/posts/{}", p.id);
            let (html, image) = bodies.remove(&p.id).unwrap_or_default();
            let picture = image
                .map(|img| {
                    format!(
                        r#"<p><img src="{origin}{}" width="{}" height="{}" alt="{}"></p>"#,
                        escape_html(&img.url()),
                        img.width,
                        img.height,
                        escape_html(&p.image_alt)
                    )
                })
                .unwrap_or_default();
            Entry {
                id: url.clone(),
                title: Text::plain(p.title.clone()),
                updated: time(p.updated_at),
                published: Some(time(p.created_at)),
                authors: vec![Person {
                    name: p.author_name_or_username().to_string(),
                    uri: Some(format!("{origin}/u/{}", p.author)),
                    ..Person::default()
                }],
                links: vec![link(url, "alternate", Some("text/html"))],
                categories: p
                    .tags
                    .iter()
                    .map(|t| Category {
                        term: t.clone(),
                        scheme: Some(format!("{origin}/tags/")),
                        ..Category::default()
                    })
                    .collect(),
                summary: (!p.description.is_empty()).then(|| Text::plain(p.description.clone())),
                content: Some(Content {
                    // Relative links in a post resolve against the site.
                    base: Some(format!("{origin}/")),
                    value: Some(format!("{picture}{html}")),
                    content_type: Some("html".into()),
                    ..Content::default()
                }),
                ..Entry::default()
            }
        })
        .collect();
    let feed = Feed {
        id: format!("{origin}{}", about.path),
        title: Text::plain(about.title),
        updated: time(updated),
        links: vec![
            link(
                format!("{origin}{}", about.path),
                "self",
                Some("application/atom+xml"),
            ),
            link(
                format!("{origin}{}", about.page),
                "alternate",
                Some("text/html"),
            ),
        ],
        entries,
        ..Feed::default()
    };
    let xml = feed.to_string();
    let etag = format!("\"{}\"", &hex::encode(Sha256::digest(xml.as_bytes()))[..32]);
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut resp = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/atom+xml; charset=utf-8"),
            )],
            xml,
        )
            .into_response()
    };
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    // Public and shareable; readers revalidate after five minutes.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    Ok(resp)
}
