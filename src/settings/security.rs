//! `/settings/security`: passkeys (`settings::passkeys`), a second factor
//! from an authenticator app, and API tokens.
//!
//! Setting it up: a new secret is kept in the session (not the account)
//! until a code from the app proves it was scanned, together with the
//! current password, so a borrowed session cannot lock the owner out. The
//! ten recovery codes are shown once, in the answer to that form, and never
//! again. Turning it off and renewing the codes ask for the password too.
//! Every change mails the owner.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::Deserialize;

use super::password::owner_confirmed;
use crate::accounts::passkeys;
use crate::accounts::second_factor::{self, Status};
use crate::accounts::security_notice::{self, Notice};
use crate::accounts::{Ctx, FormErrors};
use crate::db::now_ms;
use crate::error::AppResult;
use crate::web::form::Form;
use crate::web::{AppState, flash, render};

pub const PATH: &str = second_factor::SETTINGS_PATH;
/// The secret being set up (and when), until a code confirms it.
const SETUP: &str = "second_factor_setup";
/// A setup not finished within this long starts again.
const SETUP_LIFETIME_MS: i64 = 10 * 60 * 1000;

/// The secret being set up in this session, if it is recent.
async fn setup_secret(ctx: &Ctx) -> AppResult<Option<String>> {
    let setup: Option<(String, i64)> = ctx.session.get(SETUP).await?;
    Ok(setup
        .filter(|(_, since)| now_ms() - since < SETUP_LIFETIME_MS)
        .map(|(secret, _)| secret))
}

#[derive(Template)]
#[template(path = "settings/security.html")]
pub struct SecurityPage {
    ctx: Ctx,
    /// Off when `QUILL_BASE_URL` names an IP address.
    passkeys_available: bool,
    passkeys: Vec<PasskeyItem>,
    /// Adding one needs the current password (the sign-in is not recent).
    passkey_needs_password: bool,
    passkey_error: Option<String>,
    status: Option<Status>,
    enabled_on: String,
    /// Being set up: the QR code (inline SVG) and the secret as text.
    setup: Option<(String, String)>,
    /// Just made: shown this once.
    new_codes: Vec<String>,
    /// An API token just made: shown this once.
    new_token: Option<String>,
    /// Staff on a site that asks them for a second factor, without one.
    staff_must: bool,
    errors: FormErrors,
}

/// A passkey as the page lists it, its dates written out.
pub struct PasskeyItem {
    id: i64,
    name: String,
    added: String,
    used: String,
}

impl SecurityPage {
    async fn load(ctx: Ctx, state: &AppState) -> AppResult<SecurityPage> {
        let user = ctx.require_user()?;
        let passkeys = passkeys::list(&state.db, user.id)
            .await?
            .into_iter()
            .map(|p| PasskeyItem {
                id: p.id,
                added: ctx.t1("passkeys-added-on", "date", ctx.lang.date(p.created_at)),
                used: match p.last_used_at {
                    Some(at) => ctx.t1("passkeys-last-used", "date", ctx.lang.datetime(at)),
                    None => ctx.t("passkeys-never-used"),
                },
                name: p.name,
            })
            .collect();
        let passkey_needs_password = super::passkeys::needs_password(&ctx).await?;
        let status = second_factor::status(&state.db, user.id).await?;
        let secret = setup_secret(&ctx).await?;
        let setup = match (&status, secret) {
            (None, Some(secret)) => {
                second_factor::qr_svg(&secret, &user.username).map(|svg| (svg, spaced(&secret)))
            }
            _ => None,
        };
        let staff_must = status.is_none()
            && user.role() >= crate::accounts::Role::Moderator
            && second_factor::required_of_staff(&state.db).await?
            && !passkeys::signed_in_with_passkey(&ctx.session).await?;
        let enabled_on = status
            .as_ref()
            .map(|s| ctx.lang.date(s.enabled_at))
            .unwrap_or_default();
        Ok(SecurityPage {
            passkeys_available: state.relying_party.is_some(),
            passkeys,
            passkey_needs_password,
            passkey_error: None,
            ctx,
            status,
            enabled_on,
            setup,
            new_codes: Vec::new(),
            new_token: None,
            staff_must,
            errors: FormErrors::default(),
        })
    }
}

/// The secret in groups of four, as apps print it and people type it.
fn spaced(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

pub async fn show(mut ctx: Ctx, State(state): State<AppState>) -> AppResult {
    ctx.ensure_csrf().await?;
    let page = SecurityPage::load(ctx, &state).await?;
    Ok(render(StatusCode::OK, &page))
}

/// Starts setting up: a new secret to scan. One that is on is turned off
/// first (with the password), not replaced by a setup.
pub async fn start(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let id = ctx.require_user()?.id;
    if second_factor::is_on(&state.db, id).await? {
        return Ok(axum::response::Redirect::to(PATH).into_response());
    }
    ctx.session
        .insert(SETUP, (second_factor::new_secret(), now_ms()))
        .await?;
    Ok(axum::response::Redirect::to(&format!("{PATH}#setup")).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct EnableForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    current_password: String,
}

pub async fn enable(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<EnableForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let secret = setup_secret(&ctx).await?;
    let Some(secret) = secret else {
        return Ok(flash::redirect(PATH, &ctx.t("security-setup-again")));
    };
    if second_factor::is_on(&state.db, id).await? {
        return Ok(flash::redirect(PATH, &ctx.t("security-setup-again")));
    }
    let mut errors = FormErrors::default();
    let step = second_factor::matching_step(&secret, &form.code, second_factor::unix_secs());
    if step.is_none() {
        errors.add("code", "security-code-wrong");
    }
    if !owner_confirmed(&ctx, &state, id, &form.current_password).await? {
        errors.add("current_password", "settings-wrong-current-password");
    }
    let Some(step) = step.filter(|_| errors.is_empty()) else {
        let mut page = SecurityPage::load(ctx, &state).await?;
        page.errors = errors;
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    };
    let codes = second_factor::turn_on(&state.db, id, &secret, step).await?;
    ctx.session.remove::<(String, i64)>(SETUP).await?;
    // Logins made with the password alone (someone else's, perhaps) end;
    // this one goes on under a new id.
    end_other_sessions(&ctx, &state, id).await?;
    security_notice::tell(&state, id, Notice::SecondFactorOn).await?;
    tracing::info!(user_id = id, "second factor on");
    let mut page = SecurityPage::load(ctx, &state).await?;
    page.new_codes = codes;
    Ok(render(StatusCode::OK, &page))
}

#[derive(Debug, Default, Deserialize)]
pub struct PasswordOnly {
    #[serde(default)]
    current_password: String,
}

pub async fn disable(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<PasswordOnly>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    if !owner_confirmed(&ctx, &state, id, &form.current_password).await? {
        return wrong_password(ctx, &state, "current_password").await;
    }
    if second_factor::turn_off(&state.db, id).await? {
        security_notice::tell(&state, id, Notice::SecondFactorOff).await?;
        tracing::info!(user_id = id, "second factor off");
    }
    Ok(flash::redirect(PATH, &ctx.t("security-off-done")))
}

pub async fn renew_codes(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<PasswordOnly>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    if !owner_confirmed(&ctx, &state, id, &form.current_password).await? {
        return wrong_password(ctx, &state, "current_password").await;
    }
    if !second_factor::is_on(&state.db, id).await? {
        return Ok(flash::redirect(PATH, &ctx.t("security-setup-again")));
    }
    let codes = second_factor::renew_recovery_codes(&state.db, id).await?;
    security_notice::tell(&state, id, Notice::RecoveryCodesRenewed).await?;
    let mut page = SecurityPage::load(ctx, &state).await?;
    page.new_codes = codes;
    Ok(render(StatusCode::OK, &page))
}

/// Ends every session of account `id` but this one, which goes on under a
/// new id.
pub(super) async fn end_other_sessions(ctx: &Ctx, state: &AppState, id: i64) -> AppResult<()> {
    let here = ctx
        .session
        .id()
        .map(|s| crate::accounts::session_store::key(&s))
        .unwrap_or_default();
    sqlx::query("DELETE FROM session WHERE account_id = $1 AND id <> $2")
        .bind(id)
        .bind(here)
        .execute(&state.db)
        .await?;
    ctx.session.cycle_id().await?;
    state.sessions_ended(id).await;
    Ok(())
}

/// The page again, with a passkey form's error (a message key).
pub(super) async fn passkey_refused(ctx: Ctx, state: &AppState, key: &'static str) -> AppResult {
    let error = ctx.t(key);
    let mut page = SecurityPage::load(ctx, state).await?;
    page.passkey_error = Some(error);
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// The page again, with the password typed into `field` refused.
async fn wrong_password(ctx: Ctx, state: &AppState, field: &'static str) -> AppResult {
    let mut page = SecurityPage::load(ctx, state).await?;
    page.errors.add(field, "settings-wrong-current-password");
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

#[derive(Debug, Default, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    current_password: String,
}

/// An API token made here, for a program to use: the way in to the API for
/// an account whose password alone no longer logs in.
pub async fn make_token(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<TokenForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    if !owner_confirmed(&ctx, &state, id, &form.current_password).await? {
        return wrong_password(ctx, &state, "token_password").await;
    }
    let label = match form.label.trim() {
        "" => ctx.t("security-token-default-label"),
        label => label.to_string(),
    };
    let raw = crate::accounts::api_tokens::issue(&state.db, id, &label).await?;
    let mut page = SecurityPage::load(ctx, &state).await?;
    page.new_token = Some(raw);
    Ok(render(StatusCode::OK, &page))
}
