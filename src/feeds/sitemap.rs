//! `/sitemap.xml` and `/robots.txt`: what search engines may find. The
//! sitemap lists published posts, the people who wrote them and the tags
//! they carry, each with `lastmod`; past 50,000 addresses (the protocol's
//! limit for one file) `/sitemap.xml` becomes an index of numbered parts.
//! Drafts, banned people's posts and private pages are never listed.

use std::fmt::Write;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::web::{AppState, escape_html, iso_date};

/// The protocol's limit of addresses in one sitemap file.
pub const PER_FILE: i64 = 50_000;

/// One listed address: its path and when it last changed (Unix ms).
#[derive(sqlx::FromRow)]
struct Entry {
    path: String,
    lastmod: i64,
}

/// Which addresses, in a stable order so that numbered parts do not shift
/// between requests more than new posts make them.
#[derive(Clone, Copy)]
enum Kind {
    Posts,
    People,
    Tags,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Posts, Kind::People, Kind::Tags];

    fn name(self) -> &'static str {
        match self {
            Kind::Posts => "posts",
            Kind::People => "people",
            Kind::Tags => "tags",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    async fn count(self, db: &Db) -> Result<i64, sqlx::Error> {
        let sql = match self {
            Kind::Posts => {
                "SELECT COUNT(*) FROM post p JOIN account a ON a.id = p.author_id \
                 WHERE p.published_at IS NOT NULL AND a.banned_at IS NULL"
            }
            Kind::People => {
                "SELECT COUNT(*) FROM account a WHERE a.banned_at IS NULL AND EXISTS \
                 (SELECT 1 FROM post p WHERE p.author_id = a.id AND p.published_at IS NOT NULL)"
            }
            Kind::Tags => {
                "SELECT COUNT(*) FROM tag t WHERE EXISTS (SELECT 1 FROM post_tag pt \
                 JOIN post p ON p.id = pt.post_id WHERE pt.tag_id = t.id AND p.published_at IS NOT NULL)"
            }
        };
        sqlx::query_scalar(sql).fetch_one(db).await
    }

    async fn entries(self, db: &Db, offset: i64) -> Result<Vec<Entry>, sqlx::Error> {
        let sql = match self {
            Kind::Posts => {
                "SELECT '/posts/' || CAST(p.id AS TEXT) AS path, p.updated_at AS lastmod \
                 FROM post p JOIN account a ON a.id = p.author_id \
                 WHERE p.published_at IS NOT NULL AND a.banned_at IS NULL \
                 ORDER BY p.id LIMIT $1 OFFSET $2"
            }
            Kind::People => {
                "SELECT '/u/' || a.username AS path, \
                   (SELECT MAX(p.updated_at) FROM post p WHERE p.author_id = a.id AND p.published_at IS NOT NULL) AS lastmod \
                 FROM account a WHERE a.banned_at IS NULL AND EXISTS \
                   (SELECT 1 FROM post p WHERE p.author_id = a.id AND p.published_at IS NOT NULL) \
                 ORDER BY a.id LIMIT $1 OFFSET $2"
            }
            Kind::Tags => {
                "SELECT '/tags/' || t.name AS path, MAX(p.published_at) AS lastmod \
                 FROM tag t JOIN post_tag pt ON pt.tag_id = t.id JOIN post p ON p.id = pt.post_id \
                 WHERE p.published_at IS NOT NULL \
                 GROUP BY t.id, t.name ORDER BY t.id LIMIT $1 OFFSET $2"
            }
        };
        sqlx::query_as(sql)
            .bind(PER_FILE)
            .bind(offset)
            .fetch_all(db)
            .await
    }
}

fn xml(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

fn urlset(origin: &str, entries: &[Entry]) -> String {
    let mut out = String::with_capacity(entries.len() * 110 + 200);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for e in entries {
        let _ = writeln!(
            out,
            "<url><loc>{}{}</loc><lastmod>{}</lastmod></url>",
            escape_html(origin),
            escape_html(&crate::web::url_path(&e.path)),
            iso_date(e.lastmod)
        );
    }
    out.push_str("</urlset>\n");
    out
}

/// `GET /sitemap.xml`: every address in one file while they fit, an index
/// of `/sitemaps/{kind}-{n}.xml` parts once they do not.
pub async fn sitemap(State(state): State<AppState>) -> AppResult<Response> {
    let origin = state.config.origin();
    let mut counts = Vec::new();
    for kind in Kind::ALL {
        counts.push((kind, kind.count(&state.db).await?));
    }
    if counts.iter().map(|(_, n)| n).sum::<i64>() <= PER_FILE {
        let mut all = Vec::new();
        for kind in Kind::ALL {
            all.extend(kind.entries(&state.db, 0).await?);
        }
        return Ok(xml(urlset(&origin, &all)));
    }
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (kind, n) in counts {
        for part in 1..=(n + PER_FILE - 1) / PER_FILE {
            let _ = writeln!(
                out,
                "<sitemap><loc>{}/sitemaps/{}-{part}.xml</loc></sitemap>",
                escape_html(&origin),
                kind.name()
            );
        }
    }
    out.push_str("</sitemapindex>\n");
    Ok(xml(out))
}

/// `GET /sitemaps/{kind}-{n}.xml`: one part of a large site's sitemap.
pub async fn part(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let (kind, n) = file
        .strip_suffix(".xml")
        .and_then(|f| f.rsplit_once('-'))
        .and_then(|(k, n)| Some((Kind::parse(k)?, n.parse::<i64>().ok()?)))
        .filter(|(_, n)| (1..=10_000).contains(n))
        .ok_or(AppError::NotFound)?;
    let entries = kind.entries(&state.db, (n - 1) * PER_FILE).await?;
    if entries.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(xml(urlset(&state.config.origin(), &entries)))
}

/// `GET /robots.txt`: everything public may be crawled; the private and
/// per-person pages may not, and the sitemap is named.
pub async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\n\
         Disallow: /admin\n\
         Disallow: /settings\n\
         Disallow: /drafts\n\
         Disallow: /notifications\n\
         Disallow: /posts/new\n\
         Disallow: /dev/\n\
         Disallow: /api/\n\
         Disallow: /unsubscribe\n\
         Disallow: /search\n\
         \n\
         Sitemap: {}/sitemap.xml\n",
        state.config.origin()
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}
