//! The per-request page context: who is logged in, the CSRF token for the
//! page's forms, the flash message from the last redirect, and where we are.

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use tower_sessions::Session;

use super::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::web::{AppState, SESSION_CSRF, SESSION_USER, csrf, flash, safe_next};

/// What every page's layout needs: the visitor, the CSRF token for its forms,
/// the flash message from the last redirect, and where we are.
pub struct Ctx {
    pub user: Option<CurrentUser>,
    pub csrf: String,
    pub flash: Option<String>,
    /// Path and query of this request, for `/login?next=`.
    pub here: String,
    pub session: Session,
    /// The language the page is written in: a signed-in person's setting,
    /// else what `web::language` chose from the cookie and the browser.
    pub lang: Lang,
    /// The token of a visitor not logged in, kept in a signed cookie.
    anon: csrf::AnonToken,
}

impl<S> FromRequestParts<S> for Ctx
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
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
            user = super::signed_in(&state, id).await?;
            if user.is_none() {
                // Deleted or banned since login: the session is worth nothing now.
                session.flush().await?;
            }
        }
        if let Some(u) = &user {
            crate::web::cache::Writer::note(&parts.extensions, u.id);
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
        let negotiated = parts.extensions.get::<Lang>().cloned();
        let lang = match state
            .i18n
            .chosen(user.as_ref().and_then(|u| u.locale.as_deref()))
        {
            Some(stored) => {
                if let Some(settled) = parts.extensions.get::<crate::web::language::Settled>() {
                    settled.settle(stored.clone());
                }
                stored
            }
            None => negotiated.unwrap_or_else(|| state.i18n.english()),
        };
        let mut ctx = Ctx {
            lang,
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
                    let token = crate::crypto::random_token();
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

    /// The message `key` in the page's language (see `i18n::Lang`).
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    pub fn t1(&self, key: &str, name: &str, value: impl Into<crate::i18n::Arg>) -> String {
        self.lang.t1(key, name, value)
    }

    pub fn t2(
        &self,
        key: &str,
        name1: &str,
        value1: impl Into<crate::i18n::Arg>,
        name2: &str,
        value2: impl Into<crate::i18n::Arg>,
    ) -> String {
        self.lang.t2(key, name1, value1, name2, value2)
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
