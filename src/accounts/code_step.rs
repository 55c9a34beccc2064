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

use super::Ctx;
use super::second_factor::{self, Passed};
use super::security_notice::{Notice, SendSecurityNotice};
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
}

/// Remembers that `account`'s password was right and sends the browser to
/// the code form.
pub async fn ask(ctx: &Ctx, account: i64, next: &str) -> AppResult {
    ctx.session
        .insert(
            PENDING,
            Pending {
                account,
                since: now_ms(),
                next: next.to_string(),
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
}

pub async fn form(mut ctx: Ctx) -> AppResult {
    if pending(&ctx).await?.is_none() {
        return Ok(flash::redirect(
            "/login",
            &ctx.t("accounts-code-start-again"),
        ));
    }
    ctx.ensure_csrf().await?;
    Ok(render(StatusCode::OK, &CodePage { ctx, error: None }))
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
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CodePage { ctx, error },
        ));
    };
    state.limits.code_per_account.refund(&key).await;
    ctx.session.remove::<Pending>(PENDING).await?;
    if let Passed::Recovery { left } = passed {
        let notice = SendSecurityNotice {
            account_id: pending.account,
            notice: Notice::RecoveryCodeUsed { left },
        };
        crate::jobs::enqueue(&state.db, &notice, now_ms()).await?;
        state.queue.wake();
    }
    // Banned or gone between the two steps: no session.
    let Some(account) = super::find_by_id_for_login(&state.db, pending.account).await? else {
        return Ok(flash::redirect("/login", &ctx.t("accounts-login-mismatch")));
    };
    if account.banned || account.erase_at.is_some() {
        return Ok(flash::redirect(
            "/login",
            &ctx.t("accounts-login-suspended"),
        ));
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
