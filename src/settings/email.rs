//! Changing the email address: the current password is required, the new
//! address must be confirmed through a link sent to it before it replaces
//! the old one, and the old address is told at once.
//!
//! The link is `/verify-email?token=…` like a sign-up's, with a token bound
//! to the `email_change` purpose and carrying the new address.

use axum::extract::State;
use serde::{Deserialize, Serialize};

use super::SettingsPage;
use super::password::owner_confirmed;
use crate::accounts::Addressee;
use crate::accounts::Ctx;
use crate::accounts::FormErrors;
use crate::accounts::domain::EmailAddress;
use crate::accounts::tokens::{self, Purpose};
use crate::db::now_ms;
use crate::error::AppResult;
use crate::jobs::Job;
use crate::mail::Notice;
use crate::web::AppState;
use crate::web::flash;
use crate::web::form::Form;

/// Job: mail the link that moves `account_id` to `new_email` to that
/// address, if request `seq` is still the latest.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendEmailChange {
    pub account_id: i64,
    pub new_email: String,
    /// The request's number; jobs queued before requests were numbered
    /// have none and count as the latest.
    #[serde(default)]
    pub seq: Option<i64>,
}

impl Job for SendEmailChange {
    const KIND: &'static str = "send_email_change";
}

/// Job: tell the current address of `account_id` that a move to
/// `new_email` was asked for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendEmailChangeNotice {
    pub account_id: i64,
    pub new_email: String,
}

impl Job for SendEmailChangeNotice {
    const KIND: &'static str = "send_email_change_notice";
}

#[derive(Debug, Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    current_password: String,
}

pub async fn change_email(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<EmailForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let mut errors = FormErrors::default();
    let new = errors.check("email", EmailAddress::parse(&form.email));
    if !owner_confirmed(&ctx, &state, id, &form.current_password).await? {
        errors.add("email_current", "settings-wrong-current-password");
    }
    let current_key: String = sqlx::query_scalar("SELECT email_key FROM account WHERE id = $1")
        .bind(id)
        .fetch_one(&state.db)
        .await?;
    if new.as_ref().is_some_and(|n| n.key() == current_key) {
        errors.add("email", "settings-email-same");
    }
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        let mut page = SettingsPage::load(ctx, &state.db).await?;
        page.new_email = form.email.trim().to_string();
        page.errors = errors;
        return page.refused();
    };
    request_change(&state, id, &new).await?;
    Ok(flash::redirect(
        "/settings",
        &ctx.t1("settings-email-link-sent", "address", new.as_str()),
    ))
}

/// Starts moving account `id` to the checked address `new`: a link to
/// confirm goes to the new address and a notice to the current one (the
/// address changes only when the link is opened). About five an hour per
/// account and per asked-for address.
pub async fn request_change(state: &AppState, id: i64, new: &EmailAddress) -> AppResult<()> {
    for key in [format!("change-by:{id}"), format!("change:{}", new.key())] {
        state.limits.mail_per_address.hit(&key).await?;
    }
    // A newer request voids the links of older ones: only the latest
    // asked-for address can be confirmed. Its number tells its job whether
    // it is still the latest when the job runs.
    let mut tx = state.db.begin().await?;
    let seq: i64 = sqlx::query_scalar(
        "UPDATE account SET email_change_seq = email_change_seq + 1 WHERE id = $1 RETURNING email_change_seq",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    tokens::void_all(&mut tx, id, Purpose::EmailChange).await?;
    let link = SendEmailChange {
        account_id: id,
        new_email: new.as_str().to_string(),
        seq: Some(seq),
    };
    let notice = SendEmailChangeNotice {
        account_id: id,
        new_email: new.as_str().to_string(),
    };
    crate::jobs::enqueue(&mut *tx, &link, now_ms()).await?;
    crate::jobs::enqueue(&mut *tx, &notice, now_ms()).await?;
    tx.commit().await?;
    state.queue.wake();
    Ok(())
}

/// The account (name, current address, language) and the asked-for
/// address, from a job's `account_id` and `new_email`; `None` when the
/// account is gone.
async fn job_subject(
    state: &AppState,
    id: i64,
    new: &str,
) -> anyhow::Result<Option<(i64, Addressee, EmailAddress)>> {
    let new = EmailAddress::parse(new).map_err(|e| anyhow::anyhow!("new_email: {e}"))?;
    let row = crate::accounts::addressee(&state.db, id, false).await?;
    Ok(row.map(|row| (id, row, new)))
}

/// The link for an email-change request, unless a newer request came
/// since (then `None`). Checked and issued in one transaction that holds
/// the account row, so a newer request cannot slip in between; older
/// links die as this one is made.
async fn issue_if_latest(
    state: &AppState,
    id: i64,
    seq: Option<i64>,
    new: &EmailAddress,
) -> anyhow::Result<Option<String>> {
    let mut tx = state.db.begin().await?;
    // Jobs queued before requests were numbered carry no number: latest.
    let latest = sqlx::query(
        "UPDATE account SET email_change_seq = email_change_seq \
         WHERE id = $1 AND ($2 < 0 OR email_change_seq = $2)",
    )
    .bind(id)
    .bind(seq.unwrap_or(-1))
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !latest {
        return Ok(None);
    }
    tokens::void_all(&mut tx, id, Purpose::EmailChange).await?;
    let token = tokens::issue_email_change(&mut tx, id, new.as_str()).await?;
    tx.commit().await?;
    Ok(Some(token))
}

pub async fn send_email_change(state: AppState, job: SendEmailChange) -> anyhow::Result<()> {
    let Some((id, asker, new)) = job_subject(&state, job.account_id, &job.new_email).await? else {
        return Ok(());
    };
    // The account that has the address already, and its language.
    let taken: Option<(i64, Option<String>)> =
        sqlx::query_as("SELECT id, locale FROM account WHERE email_key = $1 AND id <> $2")
            .bind(new.key())
            .bind(id)
            .fetch_optional(&state.db)
            .await?;
    let mail = if let Some((_, locale)) = taken {
        // Its owner learns someone tried; the asker learns nothing here.
        let lang = state.i18n.for_account(locale.as_deref());
        let link = format!("{}/forgot-password", state.config.origin());
        let (someone, tried, lost, reset) = (
            lang.t("settings-email-taken-mail-name"),
            lang.t("settings-email-taken-mail-tried"),
            lang.t("settings-email-taken-mail-lost"),
            lang.t("settings-mail-reset-link"),
        );
        Notice {
            lang: &lang,
            username: &someone,
            paragraphs: &[&tried, &lost],
            link_label: &reset,
            link: &link,
        }
        .email(
            new.as_str().to_string(),
            &lang.t("settings-email-taken-mail-subject"),
        )?
    } else {
        let Some(token) = issue_if_latest(&state, id, job.seq, &new).await? else {
            tracing::info!(
                user_id = id,
                "email change superseded by a newer request; no link sent"
            );
            return Ok(());
        };
        let lang = state.i18n.for_account(asker.locale.as_deref());
        let link = format!("{}/verify-email?token={token}", state.config.origin());
        let ask = lang.t2(
            "settings-email-confirm-mail-ask",
            "address",
            new.as_str(),
            "username",
            &asker.username,
        );
        let (expires, confirm) = (
            lang.t("settings-email-confirm-mail-expires"),
            lang.t("settings-email-confirm-mail-link"),
        );
        Notice {
            lang: &lang,
            username: &asker.username,
            paragraphs: &[&ask, &expires],
            link_label: &confirm,
            link: &link,
        }
        .email(
            new.as_str().to_string(),
            &lang.t("settings-email-confirm-mail-subject"),
        )?
    };
    state.mailer.send(&mail).await
}

pub async fn send_email_change_notice(
    state: AppState,
    job: SendEmailChangeNotice,
) -> anyhow::Result<()> {
    let Some((_, owner, new)) = job_subject(&state, job.account_id, &job.new_email).await? else {
        return Ok(());
    };
    let lang = state.i18n.for_account(owner.locale.as_deref());
    let link = format!("{}/forgot-password", state.config.origin());
    let told = lang.t1("settings-email-change-mail-told", "address", new.as_str());
    let (if_not, reset) = (
        lang.t("settings-email-change-mail-if-not"),
        lang.t("settings-mail-reset-link"),
    );
    let mail = Notice {
        lang: &lang,
        username: &owner.username,
        paragraphs: &[&told, &if_not],
        link_label: &reset,
        link: &link,
    }
    .email(owner.email, &lang.t("settings-email-change-mail-subject"))?;
    state.mailer.send(&mail).await
}
