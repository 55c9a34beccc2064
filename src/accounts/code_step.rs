//! The second step of a login, for an account with a second factor on:
//! the password was right, and no session is made until a code from the
//! authenticator app (or a recovery code) is. Wrong codes count against an
//! allowance per account, like wrong passwords. The password step is
//! remembered in the visitor's session for five minutes.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::{Deserialize, Serialize};

use super::second_factor::{self, Passed};
use super::security_notice::{self, Notice};
use super::{Ctx, LoginAccount};
use crate::db::now_ms;
use crate::error::AppResult;
use crate::web::form::Form;
use crate::web::headers::Https;
use crate::web::{AppState, flash, render};

const PENDING: &str = "login_pending";
const PENDING_LIFETIME_MS: i64 = 5 * 60 * 1000;
pub const PATH: &str = "/login/code";

#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    account: i64,
    since: i64,
    next: String,
    /// A digest of the password hash the first step was checked against:
    /// a password changed or reset meanwhile voids the pending login.
    password: String,
    /// The account is waiting to be erased: after the code, the form that
    /// keeps it (its token is only handed out once both factors are shown).
    leaving: bool,
}

/// Remembers that `account`'s password was right and sends the browser to
/// the code form.
pub(super) async fn ask(ctx: &Ctx, account: &LoginAccount, next: &str) -> AppResult {
    ctx.session
        .insert(
            PENDING,
            Pending {
                account: account.id,
                since: now_ms(),
                next: next.to_string(),
                password: super::tokens::hash(&account.password_hash),
                leaving: account.erase_at.is_some(),
            },
        )
        .await?;
    Ok(Redirect::to(PATH).into_response())
}

async fn pending(ctx: &Ctx) -> AppResult<Option<Pending>> {
    let pending: Option<Pending> = ctx.session.get(PENDING).await?;
    Ok(pending.filter(|p| now_ms() - p.since < PENDING_LIFETIME_MS))
}

#[derive(Template)]
#[template(path = "accounts/login_code.html")]
struct CodePage {
    ctx: Ctx,
    error: Option<String>,
    /// Where a passkey used instead of the code sends the browser.
    next: String,
    /// Whether to offer a passkey instead (off at an IP address).
    passkeys: bool,
}

pub async fn form(mut ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let Some(pending) = pending(&ctx).await? else {
        return Ok(flash::redirect(
            "/login",
            &ctx.t("accounts-code-start-again"),
        ));
    };
    ctx.ensure_csrf().await?;
    let next = pending.next;
    Ok(render(
        StatusCode::OK,
        &CodePage {
            ctx,
            error: None,
            next,
            passkeys: state.relying_party.is_some(),
        },
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn submit(
    mut ctx: Ctx,
    State(state): State<AppState>,
    agent: crate::web::UserAgent,
    headers: axum::http::HeaderMap,
    axum::Extension(Https(https)): axum::Extension<Https>,
    Form(form): Form<CodeForm>,
) -> AppResult {
    let Some(pending) = pending(&ctx).await? else {
        return Ok(flash::redirect(
            "/login",
            &ctx.t("accounts-code-start-again"),
        ));
    };
    // The account as it is now, before any code is spent: banned, deleted
    // or given a new password since the first step, it starts again.
    let account = super::find_by_id_for_login(&state.db, pending.account).await?;
    let still = account.filter(|a| {
        super::tokens::hash(&a.password_hash) == pending.password
            && (a.erase_at.is_some() == pending.leaving)
            && (pending.leaving || !a.banned)
            && (a.verified || !state.config.require_verified_email)
    });
    let Some(account) = still else {
        ctx.session.remove::<Pending>(PENDING).await?;
        return Ok(flash::redirect(
            "/login",
            &ctx.t("accounts-code-start-again"),
        ));
    };
    let key = pending.account.to_string();
    // Counted first and given back when right, as passwords are.
    state.limits.code_per_account.hit(&key).await?;
    let passed = second_factor::check(
        &state.db,
        pending.account,
        &form.code,
        second_factor::unix_secs(),
    )
    .await?;
    let Some(passed) = passed else {
        ctx.ensure_csrf().await?;
        let error = Some(ctx.t("accounts-code-wrong"));
        let next = pending.next;
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CodePage {
                ctx,
                error,
                next,
                passkeys: state.relying_party.is_some(),
            },
        ));
    };
    state.limits.code_per_account.refund(&key).await;
    ctx.session.remove::<Pending>(PENDING).await?;
    if let Passed::Recovery { left } = passed {
        security_notice::tell(&state, pending.account, Notice::RecoveryCodeUsed { left }).await?;
    }
    if let Some(erase_at) = account.erase_at {
        return super::leaving_page(
            ctx,
            &state,
            &account.username,
            &pending.next,
            account.id,
            erase_at,
        )
        .await;
    }
    super::welcome(
        &mut ctx,
        &state,
        &account,
        &pending.next,
        &headers,
        https,
        &agent,
    )
    .await
}
