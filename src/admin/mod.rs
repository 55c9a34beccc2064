//! The built-in admin pages: site figures, people, content, the job queue,
//! search health, and the audit log of every staff action.
//!
//! Two roles above `user`: a moderator may remove content; an admin may do
//! everything. The role is checked on the server for every route through
//! the `Staff` extractor, re-read from the database on each request (via
//! `Ctx`), so a demotion takes effect at once.
//!
//! Two rules hold above the roles: only an admin acts on an admin (their
//! account, posts and comments), and Quill always keeps one active admin
//! (see `users`: decided inside the write's own transaction, so two
//! admins demoting each other at once leave one of them an admin).

pub mod audit;
pub mod backups;
mod chart;
pub mod cli;
pub mod content;
mod dashboard;
mod jobs;
pub mod mailbox;
pub mod metrics;
mod reports;
mod search;
pub mod users;

use axum::Router;
use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::routing::{get, post};

use crate::accounts::Ctx;
use crate::accounts::second_factor;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::search::Search;
use crate::web::AppState;

pub use search::{ReindexSearch, reindex_search};

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    Router::new()
        .route("/admin", get(dashboard::show))
        .route("/admin/users", get(users::list))
        .route("/admin/users/{id}", get(users::show))
        .route("/admin/users/{id}/verify", post(users::verify))
        .route("/admin/users/{id}/resend", post(users::resend))
        .route("/admin/users/{id}/ban", post(users::ban))
        .route("/admin/users/{id}/unban", post(users::unban))
        .route("/admin/users/{id}/promote", post(users::promote))
        .route("/admin/users/{id}/demote", post(users::demote))
        .route("/admin/users/{id}/delete", post(users::delete))
        .route(
            "/admin/users/{id}/second-factor/reset",
            post(users::reset_second_factor),
        )
        .route("/admin/posts", get(content::posts))
        .route("/admin/posts/{id}/delete", post(content::delete_post))
        .route("/admin/comments", get(content::comments))
        .route("/admin/comments/{id}/delete", post(content::delete_comment))
        .route("/admin/jobs", get(jobs::list))
        .route("/admin/jobs/retry-dead", post(jobs::retry_dead))
        .route("/admin/jobs/{id}/retry", post(jobs::retry))
        .route("/admin/jobs/{id}/discard", post(jobs::discard))
        .route("/admin/search", get(search::show))
        .route("/admin/search/reindex", post(search::reindex))
        .route("/admin/search/check", post(search::check))
        .route("/admin/audit", get(audit::list))
        .route(
            "/admin/settings/second-factor",
            post(dashboard::require_second_factor),
        )
        .route("/admin/reports", get(reports::list))
        .route("/admin/reports/{kind}/{id}/dismiss", post(reports::dismiss))
        .route("/admin/reports/{kind}/{id}/remove", post(reports::remove))
        .route("/admin/reports/{kind}/{id}/ban", post(reports::ban))
}

/// A logged-in moderator or admin with the page context. Logged out: the
/// login page (and back here after); logged in without the role: 403.
pub struct Staff {
    pub ctx: Ctx,
    pub me: CurrentUser,
}

/// Only admins: everything but content moderation.
pub struct Admin(pub Staff);

/// Whether this session's login showed two factors: the account has a
/// second factor on (every session of it was made with a code), or the
/// session was made with a passkey.
async fn two_factors_shown(state: &AppState, ctx: &Ctx, account: i64) -> Result<bool, AppError> {
    Ok(second_factor::is_on(&state.db, account).await?
        || crate::accounts::passkeys::signed_in_with_passkey(&ctx.session).await?)
}

async fn staff(parts: &mut Parts, state: &AppState, need: Role) -> Result<Staff, AppError> {
    let ctx = Ctx::from_request_parts(parts, state).await?;
    let me = ctx.require_user()?.clone();
    if me.role() < need {
        return Err(AppError::Forbidden(Msg::new(match need {
            Role::Admin => "admin-forbidden-admins",
            _ => "admin-forbidden-staff",
        })));
    }
    // The site asks staff for a second factor: to its setup first.
    if second_factor::required_of_staff(&state.db).await?
        && !two_factors_shown(state, &ctx, me.id).await?
    {
        return Err(AppError::SeeOther(second_factor::SETTINGS_PATH.to_string()));
    }
    Ok(Staff { ctx, me })
}

impl<S> FromRequestParts<S> for Staff
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let state = &AppState::from_ref(state);
        staff(parts, state, Role::Moderator).await
    }
}

impl<S> FromRequestParts<S> for Admin
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let state = &AppState::from_ref(state);
        staff(parts, state, Role::Admin).await.map(Admin)
    }
}

/// The refusal when a change would leave the site without an active admin
/// (a message key).
pub const LAST_ADMIN: &str = "admin-last-admin";

const REASON_MAX: usize = 500;

/// The reason a staff member gives: required where an action is taken
/// against someone (they are told it), one line, at most 500 characters.
pub fn reason(raw: &str) -> Result<String, AppError> {
    let reason: String = crate::web::clean_text(raw)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if reason.is_empty() {
        return Err(AppError::Unprocessable(Msg::new("admin-reason-missing")));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::Unprocessable(
            Msg::new("admin-reason-too-long").with("max", REASON_MAX),
        ));
    }
    Ok(reason)
}

/// Destructive forms carry a "confirm" checkbox, so nothing is deleted by a
/// stray click even with JavaScript off.
pub fn confirmed(confirm: &Option<String>) -> Result<(), AppError> {
    if confirm.as_deref().is_some_and(|c| !c.is_empty()) {
        Ok(())
    } else {
        Err(AppError::Unprocessable(Msg::new("admin-confirm-missing")))
    }
}

/// Which admin section a page is, for the section navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    Users,
    Posts,
    Comments,
    Jobs,
    Search,
    Audit,
    Reports,
}
