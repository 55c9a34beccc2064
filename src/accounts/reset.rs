//! Password reset by emailed link. Asking answers the same way whether or not
//! the address has an account; the link is mailed by a job; a newer link
//! voids older ones; using it ends every session of the account.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};

use crate::accounts::Ctx;
use crate::db::now_ms;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::jobs::Job;
use crate::mail::Email;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::limits::ClientIp;
use crate::web::{flash, page, render};

use super::domain::{EmailAddress, check_new_password};
use super::tokens::{self, Purpose};
use super::{Addressee, addressee};

/// Job: mail a reset link to `account_id`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendReset {
    pub account_id: i64,
}

impl Job for SendReset {
    const KIND: &'static str = "send_reset";
}

#[derive(Template)]
#[template(path = "mail/reset.txt")]
struct ResetText<'a> {
    lang: &'a Lang,
    username: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/reset.html")]
struct ResetHtml<'a> {
    lang: &'a Lang,
    username: &'a str,
    link: &'a str,
}

/// The account a reset is asked for, with what keys its device limit.
#[derive(sqlx::FromRow)]
struct Credentials {
    id: i64,
    password_hash: String,
}

pub async fn send_reset(state: AppState, job: SendReset) -> anyhow::Result<()> {
    let account_id = job.account_id;
    let Some(Addressee {
        username,
        email,
        locale,
    }) = addressee(&state.db, account_id, false).await?
    else {
        return Ok(());
    };
    tokens::void_all(&mut *state.db.acquire().await?, account_id, Purpose::Reset).await?;
    let token = tokens::issue(&state.db, account_id, Purpose::Reset).await?;
    let link = format!("{}/reset-password?token={token}", state.config.origin());
    let lang = state.i18n.for_account(locale.as_deref());
    let mail = Email::from_templates(
        email,
        &lang.t("accounts-reset-mail-subject"),
        &ResetText {
            lang: &lang,
            username: &username,
            link: &link,
        },
        &ResetHtml {
            lang: &lang,
            username: &username,
            link: &link,
        },
    )?;
    state.mailer.send(&mail).await
}

/// Job: tell `account_id` that their password changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendPasswordChanged {
    pub account_id: i64,
}

impl Job for SendPasswordChanged {
    const KIND: &'static str = "send_password_changed";
}

#[derive(Template)]
#[template(path = "mail/password_changed.txt")]
struct ChangedText<'a> {
    lang: &'a Lang,
    username: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/password_changed.html")]
struct ChangedHtml<'a> {
    lang: &'a Lang,
    username: &'a str,
    link: &'a str,
}

pub async fn send_password_changed(
    state: AppState,
    job: SendPasswordChanged,
) -> anyhow::Result<()> {
    let account_id = job.account_id;
    let Some(Addressee {
        username,
        email,
        locale,
    }) = addressee(&state.db, account_id, true).await?
    else {
        return Ok(());
    };
    let link = format!("{}/forgot-password", state.config.origin());
    let lang = state.i18n.for_account(locale.as_deref());
    let mail = Email::from_templates(
        email,
        &lang.t("accounts-password-changed-mail-subject"),
        &ChangedText {
            lang: &lang,
            username: &username,
            link: &link,
        },
        &ChangedHtml {
            lang: &lang,
            username: &username,
            link: &link,
        },
    )?;
    state.mailer.send(&mail).await
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
pub struct ForgotPage {
    ctx: Ctx,
    sent: bool,
}

#[derive(Debug, Deserialize)]
pub struct SentQuery {
    sent: Option<String>,
}

/// The form, or after sending, the same notice for every address (a page,
/// not a one-time flash, so known and unknown addresses look alike on reload).
pub async fn forgot_form(mut ctx: Ctx, Query(q): Query<SentQuery>) -> AppResult {
    ctx.ensure_csrf().await?;
    page(&ForgotPage {
        ctx,
        sent: q.sent.is_some(),
    })
}

#[derive(Debug, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

pub async fn forgot(
    State(state): State<AppState>,
    ip: ClientIp,
    headers: axum::http::HeaderMap,
    Form(form): Form<ForgotForm>,
) -> AppResult {
    state.limits.mail_per_ip.hit(&ip.0).await?;
    if let Ok(email) = EmailAddress::parse(&form.email) {
        let account: Option<Credentials> = sqlx::query_as(
            "SELECT id, password_hash FROM account WHERE email_key = $1 AND banned_at IS NULL",
        )
        .bind(email.key())
        .fetch_optional(&state.db)
        .await?;
        // Counted for every address, known or not, so a 429 tells nothing;
        // a browser that has logged in to the account counts on its own, so
        // strangers asking for the owner's resets cannot stop the owner's.
        let devices = super::device::Devices::from_headers(&headers, state.config.is_https());
        let key = account
            .as_ref()
            .and_then(|a| devices.key_for(&state.secret_key, a.id, &a.password_hash))
            .map_or_else(
                || format!("reset:{}", email.key()),
                |device| format!("reset-device:{device}"),
            );
        state.limits.mail_per_address.hit(&key).await?;
        if let Some(Credentials { id, .. }) = account {
            crate::jobs::enqueue(&state.db, &SendReset { account_id: id }, now_ms()).await?;
            state.queue.wake();
        }
    }
    Ok(axum::response::Redirect::to("/forgot-password?sent=1").into_response())
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
pub struct ResetPage {
    ctx: Ctx,
    token: String,
    /// What is wrong with the new password, written in the page's language.
    error: Option<String>,
}

/// The page the token's link opens; the token must not leak through the
/// Referer of anything this page links to.
fn reset_page(status: StatusCode, page: &ResetPage) -> AppResult {
    let mut resp = render(status, page);
    resp.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    Ok(resp.into_response())
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// Shows the form; changes nothing (the token is used by the POST).
pub async fn reset_form(mut ctx: Ctx, Query(q): Query<TokenQuery>) -> AppResult {
    ctx.ensure_csrf().await?;
    let token = q
        .token
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(128)
        .collect();
    reset_page(
        StatusCode::OK,
        &ResetPage {
            ctx,
            token,
            error: None,
        },
    )
}

#[derive(Debug, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

fn dead_link() -> AppError {
    AppError::Unprocessable(Msg::new("accounts-reset-link-dead"))
}

pub async fn reset(
    mut ctx: Ctx,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Form(form): Form<ResetForm>,
) -> AppResult {
    let token = form.token.trim().to_string();
    let Some(account_id) = tokens::peek(&state.db, &token, Purpose::Reset).await? else {
        return Err(dead_link());
    };
    let Addressee {
        username, email, ..
    } = addressee(&state.db, account_id, true)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Err(e) = check_new_password(&form.password, &username, &email) {
        ctx.ensure_csrf().await?;
        let error = Some(ctx.t(e));
        return reset_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ResetPage { ctx, token, error },
        );
    }
    let hash = state.passwords.hash(&form.password).await?;
    // Used exactly once: of two submissions of one link only one gets here.
    if tokens::consume(&state.db, &token, Purpose::Reset).await? != Some(account_id) {
        return Err(dead_link());
    }
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE account SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(&hash)
        .bind(now_ms())
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    // Whoever had the old password is logged out everywhere.
    crate::accounts::end_all_logins(&mut tx, account_id).await?;
    crate::jobs::enqueue(&mut *tx, &SendPasswordChanged { account_id }, now_ms()).await?;
    tx.commit().await?;
    state.queue.wake();
    tokens::void_all(&mut *state.db.acquire().await?, account_id, Purpose::Reset).await?;
    state.sessions_ended(account_id).await;
    tracing::info!(user_id = account_id, "password reset");
    let mut resp = flash::redirect("/login", &ctx.t("accounts-password-reset-done"));
    // The browser that opened the emailed link is the owner's: strangers'
    // failed logins do not stop it logging in now.
    let https = state.config.is_https();
    super::device::remember(
        &mut resp,
        &headers,
        &state.secret_key,
        https,
        account_id,
        &hash,
    );
    Ok(resp)
}
