//! Web glue shared by every capability: page rendering, the per-request page
//! context (who is logged in, CSRF token, flash), path and paging helpers.

pub mod assets;
pub mod body_limit;
pub mod csrf;
pub mod deadline;
pub mod flash;
pub mod form;
pub mod headers;
pub mod limits;
pub mod serve;
pub mod signed;

use askama::Template;
use axum::extract::{FromRequestParts, Path};
use axum::http::StatusCode;
use axum::http::request::Parts;
use tower_sessions::Session;

use crate::accounts::{self, CurrentUser};
use crate::app::AppState;
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

/// What every page's layout needs: the visitor, the CSRF token for its forms,
/// the flash message from the last redirect, and where we are.
pub struct Ctx {
    pub user: Option<CurrentUser>,
    pub csrf: String,
    pub flash: Option<String>,
    /// Path and query of this request, for `/login?next=`.
    pub here: String,
    pub session: Session,
    /// The token of a visitor not logged in, kept in a signed cookie.
    anon: csrf::AnonToken,
}

pub const SESSION_USER: &str = "user_id";
pub const SESSION_CSRF: &str = "csrf";

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("session layer missing")))?;
        let flash = parts
            .extensions
            .get::<flash::Flash>()
            .and_then(|f| f.0.clone());
        let mut here = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let mut user = None;
        if let Some(id) = session.get::<i64>(SESSION_USER).await? {
            user = accounts::current_user(&state.db, id).await?;
            if user.is_none() {
                // Deleted or banned since login: the session is worth nothing now.
                session.flush().await?;
            }
        }
        let csrf = if user.is_some() {
            session
                .get::<String>(SESSION_CSRF)
                .await?
                .map(|t| csrf::mask(&t))
                .unwrap_or_default()
        } else {
            String::new()
        };
        if user.is_some() {
            keep_alive(&session).await?;
        }
        // After a POST the page to come back to is the one the form was on.
        if parts.method != axum::http::Method::GET {
            here = parts
                .headers
                .get(axum::http::header::REFERER)
                .and_then(|r| r.to_str().ok())
                .and_then(|r| url::Url::parse(r).ok())
                .map(|u| {
                    safe_next(Some(&format!(
                        "{}{}",
                        u.path(),
                        u.query().map(|q| format!("?{q}")).unwrap_or_default()
                    )))
                })
                .unwrap_or_else(|| "/".into());
        }
        let anon = parts
            .extensions
            .get::<csrf::AnonToken>()
            .cloned()
            .unwrap_or_default();
        let mut ctx = Ctx {
            user,
            csrf,
            flash,
            here,
            session,
            anon,
        };
        if ctx.user.is_some() && ctx.csrf.is_empty() {
            ctx.ensure_csrf().await?;
        }
        Ok(ctx)
    }
}

impl Ctx {
    pub fn require_user(&self) -> Result<&CurrentUser, AppError> {
        self.user.as_ref().ok_or_else(|| AppError::LoginRequired {
            next: self.here.clone(),
        })
    }

    /// Pages with forms for anonymous visitors (login, sign-up) need a token
    /// too: the session's if there is one, otherwise one in a signed cookie,
    /// so showing a form writes nothing to the database.
    pub async fn ensure_csrf(&mut self) -> AppResult<()> {
        if self.csrf.is_empty() {
            let token = match self.session.get::<String>(SESSION_CSRF).await? {
                Some(token) => token,
                None if self.user.is_none() => self.anon.get(),
                None => {
                    let token = random_token();
                    self.session.insert(SESSION_CSRF, &token).await?;
                    token
                }
            };
            self.csrf = csrf::mask(&token);
        }
        Ok(())
    }

    /// Whether the navigation link to `path` is the current section.
    pub fn here_is(&self, path: &str) -> bool {
        let here = self.here.split('?').next().unwrap_or("");
        here == path
            || (path != "/" && here.starts_with(path) && here[path.len()..].starts_with('/'))
    }

    pub fn user_id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }

    /// The search box keeps the query on the results page.
    pub fn search_q(&self) -> String {
        let Some(("/search", query)) = self.here.split_once('?') else {
            return String::new();
        };
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "q")
            .map(|(_, v)| v.chars().filter(|c| !c.is_control()).take(500).collect())
            .unwrap_or_default()
    }
}

/// User text as stored: without NUL and other control characters (except
/// newline and tab), which PostgreSQL refuses and no reader wants.
pub fn clean_text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// 256 bits from the OS's CSPRNG, hex encoded.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    hex::encode(bytes)
}

/// Sessions end after 14 days without activity. The store writes only
/// changed sessions, so a logged-in visit stamps the session once a day:
/// that write renews the expiry, and active people stay logged in at the
/// cost of one write a day.
const SESSION_RENEWED: &str = "renewed_at";
const RENEW_EVERY_MS: i64 = 24 * 3600 * 1000;

async fn keep_alive(session: &Session) -> Result<(), tower_sessions::session::Error> {
    let now = crate::db::now_ms();
    let renewed = session.get::<i64>(SESSION_RENEWED).await?.unwrap_or(0);
    if now - renewed > RENEW_EVERY_MS {
        session.insert(SESSION_RENEWED, now).await?;
    }
    Ok(())
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

/// Human-friendly dates for templates.
pub fn format_date(ms: impl std::borrow::Borrow<i64>) -> String {
    let ms = *ms.borrow();
    let dt = time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let fmt = time::macros::format_description!("[day padding:none] [month repr:short] [year]");
    dt.format(&fmt).unwrap_or_default()
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

/// Date and time (UTC) for admin pages, where the minute matters.
pub fn format_datetime(ms: impl std::borrow::Borrow<i64>) -> String {
    let ms = *ms.borrow();
    let dt = time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let fmt = time::macros::format_description!(
        "[day padding:none] [month repr:short] [year] [hour]:[minute] UTC"
    );
    dt.format(&fmt).unwrap_or_default()
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
