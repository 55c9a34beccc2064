//! Email verification: the link is mailed by a job enqueued with the new
//! account (same transaction), and following it marks the address verified.

use askama::Template;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};

use crate::accounts::Ctx;
use crate::db::now_ms;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::jobs::Job;
use crate::mail::{Email, Notice};
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::limits::ClientIp;
use crate::web::{flash, page};

use super::Addressee;
use super::tokens::{self, Purpose};

/// Job: mail a verification link to `account_id`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendVerification {
    pub account_id: i64,
}

impl Job for SendVerification {
    const KIND: &'static str = "send_verification";
}

#[derive(Template)]
#[template(path = "mail/verify.txt")]
struct VerifyText<'a> {
    lang: &'a Lang,
    username: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/verify.html")]
struct VerifyHtml<'a> {
    lang: &'a Lang,
    username: &'a str,
    link: &'a str,
}

/// The job's handler. It re-reads the account: gone or already verified
/// means there is nothing to send. The token is made here, at sending time,
/// so the raw value never sits in the database. The mail is written in the
/// account's language (at sign-up, the one the page was shown in).
pub async fn send_verification(state: AppState, job: SendVerification) -> anyhow::Result<()> {
    let account_id = job.account_id;
    #[derive(sqlx::FromRow)]
    struct Row {
        username: String,
        email: String,
        email_verified_at: Option<i64>,
        locale: Option<String>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT username, email, email_verified_at, locale FROM account WHERE id = $1",
    )
    .bind(account_id)
    .fetch_optional(&state.db)
    .await?;
    let Some(Row {
        username,
        email,
        email_verified_at: None,
        locale,
    }) = row
    else {
        return Ok(());
    };
    let token = tokens::issue(&state.db, account_id, Purpose::Verify).await?;
    // Links come from QUILL_BASE_URL, never from a request's Host header.
    let link = format!("{}/verify-email?token={token}", state.config.origin());
    let lang = state.i18n.for_account(locale.as_deref());
    let mail = Email::from_templates(
        email,
        &lang.t("accounts-verify-mail-subject"),
        &VerifyText {
            lang: &lang,
            username: &username,
            link: &link,
        },
        &VerifyHtml {
            lang: &lang,
            username: &username,
            link: &link,
        },
    )?;
    state.mailer.send(&mail).await
}

/// Job: tell the owner of the address `email_key` that someone tried to
/// sign up with it (the sign-up page itself says nothing).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendSignupAttempt {
    pub email_key: String,
}

impl Job for SendSignupAttempt {
    const KIND: &'static str = "send_signup_attempt";
}

pub async fn send_signup_attempt(state: AppState, job: SendSignupAttempt) -> anyhow::Result<()> {
    let key = job.email_key.as_str();
    let row: Option<Addressee> = sqlx::query_as(
        "SELECT username, email, locale FROM account WHERE email_key = $1 AND banned_at IS NULL",
    )
    .bind(key)
    .fetch_optional(&state.db)
    .await?;
    let Some(Addressee {
        username,
        email,
        locale,
    }) = row
    else {
        return Ok(());
    };
    let link = format!("{}/forgot-password", state.config.origin());
    // The account's owner reads this, in their language (not the language
    // of whoever tried to sign up).
    let lang = state.i18n.for_account(locale.as_deref());
    let paragraphs = [
        lang.t("accounts-signup-attempt-mail-what"),
        lang.t("accounts-signup-attempt-mail-if-you"),
        lang.t("accounts-signup-attempt-mail-if-not"),
    ];
    let paragraphs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let mail = Notice {
        lang: &lang,
        username: &username,
        paragraphs: &paragraphs,
        link_label: &lang.t("accounts-signup-attempt-mail-link"),
        link: &link,
    }
    .email(email, &lang.t("accounts-signup-attempt-mail-subject"))?;
    state.mailer.send(&mail).await
}

#[derive(Template)]
#[template(path = "accounts/check_email.html")]
pub struct CheckEmailPage {
    ctx: Ctx,
}

pub async fn check_email(ctx: Ctx) -> AppResult {
    page(&CheckEmailPage { ctx })
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

pub async fn verify_email(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult {
    let raw = q.token.unwrap_or_default();
    if let Some(address) = confirm_email_change(&state, raw.trim()).await? {
        return Ok(flash::redirect(
            "/login",
            &ctx.t1("accounts-email-changed", "address", address),
        ));
    }
    let Some(account_id) = tokens::consume(&state.db, raw.trim(), Purpose::Verify).await? else {
        return Err(AppError::Unprocessable(Msg::new(
            "accounts-verify-link-dead",
        )));
    };
    sqlx::query(
        "UPDATE account SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL",
    )
    .bind(now_ms())
    .bind(account_id)
    .execute(&state.db)
    .await?;
    tracing::info!(user_id = account_id, "email verified");
    Ok(flash::redirect("/login", &ctx.t("accounts-email-verified")))
}

#[derive(Template)]
#[template(path = "accounts/resend.html")]
pub struct ResendPage {
    ctx: Ctx,
}

pub async fn resend_form(mut ctx: Ctx) -> AppResult {
    ctx.ensure_csrf().await?;
    page(&ResendPage { ctx })
}

#[derive(Debug, Deserialize)]
pub struct ResendForm {
    #[serde(default)]
    email: String,
}

/// Always the same answer, so the form does not tell who has an account.
/// A link already sent stays valid: a new one is simply added.
pub async fn resend(
    ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    Form(form): Form<ResendForm>,
) -> AppResult {
    state.limits.mail_per_ip.hit(&ip.0).await?;
    if let Ok(email) = super::domain::EmailAddress::parse(&form.email) {
        // Counted for every address, known or not, so a 429 tells nothing.
        state
            .limits
            .mail_per_address
            .hit(&format!("verify:{}", email.key()))
            .await?;
        let unverified: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM account WHERE email_key = $1 AND email_verified_at IS NULL",
        )
        .bind(email.key())
        .fetch_optional(&state.db)
        .await?;
        if let Some(id) = unverified {
            crate::jobs::enqueue(&state.db, &SendVerification { account_id: id }, now_ms()).await?;
            state.queue.wake();
        }
    }
    Ok(flash::redirect(
        "/check-email",
        &ctx.t("accounts-resend-sent"),
    ))
}

/// Follows an email-change confirmation link (`/verify-email` serves both
/// kinds): the new address replaces the old one and counts as verified
/// (its owner just opened the mail).
pub async fn confirm_email_change(state: &AppState, raw: &str) -> AppResult<Option<String>> {
    let Some(tokens::EmailChange {
        account_id: id,
        new_email,
    }) = tokens::consume_email_change(&state.db, raw).await?
    else {
        return Ok(None);
    };
    let new = super::domain::EmailAddress::parse(&new_email)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored new_email: {e}")))?;
    let now = now_ms();
    let updated = sqlx::query(
        "UPDATE account SET email = $1, email_key = $2, email_verified_at = COALESCE(email_verified_at, $3), updated_at = $3 WHERE id = $4",
    )
    .bind(new.as_str())
    .bind(new.key())
    .bind(now)
    .bind(id)
    .execute(&state.db)
    .await;
    match updated {
        Ok(_) => {}
        Err(e) if crate::db::is_unique_violation(&e) => {
            return Err(AppError::Unprocessable(Msg::new(
                "accounts-email-change-taken",
            )));
        }
        Err(e) => return Err(e.into()),
    }
    tokens::void_all(&mut *state.db.acquire().await?, id, Purpose::EmailChange).await?;
    // Reset and verification links sent to the old address must not
    // outlive the change.
    let mut conn = state.db.acquire().await?;
    tokens::void_all(&mut conn, id, Purpose::Reset).await?;
    tokens::void_all(&mut conn, id, Purpose::Verify).await?;
    tracing::info!(user_id = id, "email address changed");
    Ok(Some(new.as_str().to_string()))
}
