//! Web glue shared by every capability: page rendering, the per-request page
//! context (who is logged in, CSRF token, flash), path and paging helpers.

pub mod assets;
pub mod body_limit;
pub mod cache;
pub mod card;
pub mod csrf;
pub mod deadline;
pub mod flash;
pub mod form;
pub mod headers;
pub mod language;
pub mod limits;
pub mod live;
pub mod long_lived;
pub mod measure;
pub mod serve;
pub mod signed;
pub mod state;

pub use state::AppState;

/// A request body may not stall for longer than this between packets (the
/// whole request has its deadline too: `deadline`).
pub const BODY_IDLE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);
/// Largest body of a plain (urlencoded) form.
pub const MAX_FORM: usize = 256 * 1024;

use askama::Template;
use axum::extract::{FromRequestParts, Path};
use axum::http::StatusCode;
use axum::http::request::Parts;

use crate::error::{AppError, AppResult};

/// Text made safe to put inside HTML (elements and quoted attributes).
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

pub use crate::error::render;

pub fn page(page: &impl Template) -> AppResult {
    Ok(render(StatusCode::OK, page))
}

pub const SESSION_USER: &str = "user_id";
pub const SESSION_CSRF: &str = "csrf";

/// User text as stored: without NUL and other control characters (except
/// newline and tab), which PostgreSQL refuses and no reader wants.
pub fn clean_text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// The `User-Agent` header, printable and at most 200 characters ("" when
/// absent), to tell sessions and tokens apart in /settings.
pub struct UserAgent(pub String);

impl<S: Send + Sync> FromRequestParts<S> for UserAgent {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let agent = parts
            .headers
            .get(axum::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        Ok(UserAgent(
            agent
                .chars()
                .filter(|c| !c.is_control())
                .take(200)
                .collect(),
        ))
    }
}

/// A positive integer id from the path; anything else is a 404, never a 400.
pub struct PathId(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        match raw.parse::<i64>() {
            Ok(id) if id > 0 && raw.bytes().all(|b| b.is_ascii_digit()) => Ok(PathId(id)),
            _ => Err(AppError::NotFound),
        }
    }
}

/// A name from the path (username, tag); undecodable bytes are a 404.
pub struct PathName(pub String);

impl<S: Send + Sync> FromRequestParts<S> for PathName {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        Ok(PathName(raw))
    }
}

/// `?page=N`, forgiving: anything unreadable (or repeated) is page 1 or the
/// first value, never a 400.
#[derive(Debug, Default)]
pub struct PageQuery {
    pub page: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for PageQuery {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let page = url::form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
            .find(|(k, _)| k == "page")
            .map(|(_, v)| v.into_owned());
        Ok(PageQuery { page })
    }
}

pub const PAGE_SIZE: i64 = 20;
/// Deeper pages cost an OFFSET scan each; 500 pages (10,000 posts) is far
/// beyond what anyone pages through, and keeps every page cheap.
pub const MAX_PAGE: i64 = 500;

#[derive(Debug, Clone, Copy)]
pub struct Paging {
    pub page: i64,
    pub has_next: bool,
}

impl PageQuery {
    pub fn number(&self) -> i64 {
        self.page
            .as_deref()
            .and_then(|p| p.trim().parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, MAX_PAGE)
    }

    pub fn offset(&self) -> i64 {
        (self.number() - 1) * PAGE_SIZE
    }

    /// Callers fetch one row more than a page; its presence means "next".
    pub fn paging<T>(&self, rows: &mut Vec<T>) -> Paging {
        let has_next = rows.len() as i64 > PAGE_SIZE && self.number() < MAX_PAGE;
        rows.truncate(PAGE_SIZE as usize);
        Paging {
            page: self.number(),
            has_next,
        }
    }
}

/// Only a local path may follow a login: `/x` yes, `//evil` or `https://…` no.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(char::is_control) =>
        {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}

/// RFC 3339 in UTC with milliseconds, as the API's timestamps are.
pub fn iso_ms(ms: i64) -> String {
    let dt = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    dt.format(&fmt).unwrap_or_default()
}

pub fn iso_date(ms: impl std::borrow::Borrow<i64>) -> String {
    let ms = *ms.borrow();
    let dt = time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    dt.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A path with every byte outside URL-safe ASCII percent-encoded (for
/// addresses written into XML and headers).
pub fn url_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A value for a query string.
pub fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_only_leads_to_local_paths() {
        assert_eq!(safe_next(Some("/posts/1")), "/posts/1");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn clean_text_drops_control_characters_but_keeps_lines() {
        assert_eq!(clean_text("a\u{0}b\r\nc\td\u{1b}"), "ab\nc\td");
    }

    #[test]
    fn page_numbers_are_forgiving() {
        let q = |p: &str| {
            PageQuery {
                page: Some(p.into()),
            }
            .number()
        };
        assert_eq!(q("3"), 3);
        assert_eq!(q("abc"), 1);
        assert_eq!(q("-4"), 1);
        assert_eq!(q("99999999999999999999"), 1);
        assert_eq!(q("2000"), MAX_PAGE);
    }
}
