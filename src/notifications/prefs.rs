//! The pages for notification mail: `/settings/notifications` (logged in)
//! and `/unsubscribe?token=…` (the emailed link; no login, no CSRF token:
//! the signed token is the authority, and it can only change this).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::Deserialize;

use super::mail::{self, Delivery, Prefs, TokenQuery};
use crate::accounts::Ctx;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{flash, page, render};

#[derive(Template)]
#[template(path = "settings/notifications.html")]
struct PrefsPage {
    ctx: Ctx,
    prefs: Prefs,
    delay_minutes: u64,
    /// Staff only: whether a new report mails them (`None`: not staff, no box).
    report_mail: Option<bool>,
}

impl PrefsPage {
    fn choice(&self, action: &str) -> &'static str {
        self.prefs.of(action).as_str()
    }
}

pub async fn show(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let user = ctx.require_user()?;
    let prefs = mail::load(&state.db, user.id).await?;
    let report_mail = if is_staff(user) {
        Some(crate::moderation::reports::wants_mail(&state.db, user.id).await?)
    } else {
        None
    };
    page(&PrefsPage {
        ctx,
        prefs,
        delay_minutes: state.config.notify_email_delay.as_secs().div_ceil(60),
        report_mail,
    })
}

/// Moderators and admins, who may ask for a mail about new reports.
fn is_staff(user: &crate::accounts::CurrentUser) -> bool {
    user.role() >= crate::accounts::Role::Moderator
}

#[derive(Debug, Default, Deserialize)]
pub struct PrefsForm {
    #[serde(default)]
    follow: String,
    #[serde(default)]
    like: String,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    reply: String,
    #[serde(default)]
    mention: String,
    #[serde(default)]
    digest_frequency: String,
    /// Present when the form showed the staff's report-mail box, so an
    /// unticked box (which sends nothing) means "off", and a form without
    /// the box changes nothing.
    #[serde(default)]
    report_mail_shown: Option<String>,
    #[serde(default)]
    report_mail: Option<String>,
}

impl PrefsForm {
    /// The new choices; a kind the form leaves out keeps its `current`
    /// setting (a client from before a kind existed changes only what it
    /// knows), one it names wrongly is refused.
    fn prefs(&self, current: &Prefs) -> Result<Prefs, AppError> {
        let pick = |v: &str, keep: Delivery| {
            if v.is_empty() {
                return Ok(keep);
            }
            Delivery::parse(v).ok_or_else(|| {
                AppError::Unprocessable(Msg::new("notifications-prefs-delivery-invalid"))
            })
        };
        let frequency = match self.digest_frequency.as_str() {
            "" => current.frequency.clone(),
            f @ ("daily" | "weekly") => f.to_string(),
            _ => {
                return Err(AppError::Unprocessable(Msg::new(
                    "notifications-prefs-frequency-invalid",
                )));
            }
        };
        Ok(Prefs {
            follow: pick(&self.follow, current.follow)?,
            like: pick(&self.like, current.like)?,
            comment: pick(&self.comment, current.comment)?,
            reply: pick(&self.reply, current.reply)?,
            mention: pick(&self.mention, current.mention)?,
            frequency,
        })
    }
}

pub async fn update(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<PrefsForm>,
) -> AppResult {
    let user = ctx.require_user()?;
    let current = mail::load(&state.db, user.id).await?;
    mail::save(&state.db, user.id, &form.prefs(&current)?).await?;
    if form.report_mail_shown.is_some() && is_staff(user) {
        let on = form.report_mail.as_deref().is_some_and(|v| !v.is_empty());
        crate::moderation::reports::set_mail(&state.db, user.id, on).await?;
    }
    Ok(flash::redirect(
        "/settings/notifications",
        &ctx.t("notifications-prefs-saved"),
    ))
}

#[derive(Template)]
#[template(path = "notifications/unsubscribe.html")]
struct UnsubscribePage {
    ctx: Ctx,
    token: String,
    /// After the change: what was set before, for the undo form.
    done: Option<Prefs>,
    /// The visitor is logged in as the account the link is for: only then
    /// is the undo a button (turning mail back on needs a login).
    owner: bool,
}

fn account_of(state: &AppState, token: &str) -> AppResult<i64> {
    mail::verify_unsubscribe(&state.secret_key, token)
        .ok_or_else(|| AppError::Unprocessable(Msg::new("notifications-unsubscribe-invalid")))
}

/// The link opened in a browser: says what it will do, with a button.
/// Nothing changes on GET (mail scanners open links).
pub async fn unsubscribe_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult {
    account_of(&state, &q.token)?;
    page(&UnsubscribePage {
        ctx,
        token: q.token,
        done: None,
        owner: false,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct UnsubscribeForm {
    #[serde(default)]
    undo: Option<String>,
}

/// The button, or a mail provider's RFC 8058 one-click POST (its body is
/// `List-Unsubscribe=One-Click`): every notification email stops. The link
/// never expires and needs no login, so it can only turn mail *off*:
/// turning it back on (`undo`, from older pages) is the settings form's
/// job, behind a login and its CSRF token.
pub async fn unsubscribe(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    Form(form): Form<UnsubscribeForm>,
) -> AppResult {
    let account = account_of(&state, &q.token)?;
    let owner = ctx.user_id() == Some(account);
    if form.undo.is_some() {
        return Ok(if owner {
            flash::redirect(
                "/settings/notifications",
                &ctx.t("notifications-unsubscribe-choose-here"),
            )
        } else {
            AppError::LoginRequired {
                next: "/settings/notifications".into(),
            }
            .into_response()
        });
    }
    let before = mail::load(&state.db, account).await?;
    let off = before.all_off_from();
    mail::save(&state.db, account, &off).await?;
    tracing::info!(user_id = account, "unsubscribed from notification mail");
    Ok(render(
        StatusCode::OK,
        &UnsubscribePage {
            ctx,
            token: q.token,
            done: Some(before),
            owner,
        },
    )
    .into_response())
}
