//! Settings: what people change about themselves: the profile here, the
//! password and the email address in their own modules.

pub mod account;
pub mod avatar;
pub mod email;
pub mod export;
pub mod language;
pub mod logins;
pub mod passkeys;
pub mod password;
pub mod security;

use askama::Template;
use axum::Router;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde::Deserialize;

use crate::accounts::Ctx;
use crate::accounts::FormErrors;
use crate::db::now_ms;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::search::Search;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{clean_text, flash, page, render};

pub const DISPLAY_NAME_MAX: usize = 50;
pub const BIO_MAX: usize = 500;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    Router::new()
        .route("/settings", get(show_settings))
        .route("/settings/profile", post(update_profile))
        .route("/settings/password", post(password::change_password))
        .route("/settings/email", post(email::change_email))
        .route(
            "/settings/avatar",
            // Bounded by the app's body limit (an upload plus the form).
            post(avatar::upload_avatar).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/settings/avatar/delete", post(avatar::remove_avatar))
        .route("/settings/sessions/end", post(logins::end_session))
        .route("/settings/tokens/revoke", post(logins::revoke_token))
        .route("/settings/account", get(account::show))
        .route("/settings/account/delete", post(account::delete))
        .route("/account/restore", post(account::restore))
        .route("/settings/export", post(export::request_export))
        .route("/settings/language", post(language::save))
        .route(security::PATH, get(security::show))
        .route("/settings/security/setup", post(security::start))
        .route("/settings/security/enable", post(security::enable))
        .route("/settings/security/disable", post(security::disable))
        .route(
            "/settings/security/recovery-codes",
            post(security::renew_codes),
        )
        .route("/settings/security/token", post(security::make_token))
        .route("/settings/security/passkeys", post(passkeys::add))
        .route(
            "/settings/security/passkeys/options",
            post(passkeys::options),
        )
        .route(
            "/settings/security/passkeys/{id}/rename",
            post(passkeys::rename),
        )
        .route(
            "/settings/security/passkeys/{id}/delete",
            post(passkeys::remove),
        )
        .route("/language", get(language::choose))
}

/// Only these fields are read: anything else a client sends (`role=admin`)
/// is ignored.
#[derive(Debug, Default, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    bio: String,
}

#[derive(Template)]
#[template(path = "settings/show.html")]
pub struct SettingsPage {
    ctx: Ctx,
    display_name: String,
    bio: String,
    email: String,
    /// An address asked for and not yet confirmed through its link.
    pending_email: Option<String>,
    /// What was typed into the email form, kept when it is refused.
    new_email: String,
    has_avatar: bool,
    errors: FormErrors,
    sessions: Vec<logins::SessionInfo>,
    tokens: Vec<crate::accounts::api_tokens::TokenInfo>,
    /// The interface language the account chose (`i18n::LANGUAGES`), or
    /// `None`: follow the browser.
    locale: Option<String>,
}

impl SettingsPage {
    /// Whether `code` is the language the account chose, for the menu.
    fn chosen(&self, code: &str) -> bool {
        self.locale.as_deref() == Some(code)
    }

    /// The page with the account's stored values and no errors.
    pub async fn load(ctx: Ctx, db: &crate::db::Db) -> AppResult<SettingsPage> {
        let id = ctx.require_user()?.id;
        #[derive(sqlx::FromRow)]
        struct Stored {
            display_name: String,
            bio: String,
            email: String,
        }
        let Stored {
            display_name,
            bio,
            email,
        } = sqlx::query_as("SELECT display_name, bio, email FROM account WHERE id = $1")
            .bind(id)
            .fetch_one(db)
            .await?;
        let pending_email = sqlx::query_scalar(
            "SELECT new_email FROM email_token \
             WHERE account_id = $1 AND purpose = 'email_change' AND used_at IS NULL AND expires_at > $2 \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(id)
        .bind(now_ms())
        .fetch_optional(db)
        .await?;
        let has_avatar = ctx.user.as_ref().is_some_and(|u| u.avatar.small.is_some());
        let locale = ctx.user.as_ref().and_then(|u| u.locale.clone());
        let (sessions, tokens) = logins::load(&ctx, db, id).await?;
        Ok(SettingsPage {
            sessions,
            tokens,
            ctx,
            display_name,
            bio,
            email,
            pending_email,
            new_email: String::new(),
            has_avatar,
            errors: FormErrors::default(),
            locale,
        })
    }

    /// The page again, with the form's errors, as a 422.
    pub fn refused(self) -> AppResult {
        Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &self))
    }
}

async fn show_settings(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    page(&SettingsPage::load(ctx, &state.db).await?)
}

async fn update_profile(
    ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    Form(form): Form<ProfileForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let display_name = clean_text(&form.display_name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut errors = FormErrors::default();
    if display_name.chars().count() > DISPLAY_NAME_MAX {
        errors.add(
            "display_name",
            Msg::new("settings-display-name-too-long").with("max", DISPLAY_NAME_MAX),
        );
    }
    let bio = match checked_bio(&form.bio) {
        Ok(bio) => bio,
        Err(why) => {
            errors.add("bio", why);
            clean_text(&form.bio.replace("\r\n", "\n"))
                .trim()
                .to_string()
        }
    };
    if !errors.is_empty() {
        let mut page = SettingsPage::load(ctx, &state.db).await?;
        page.display_name = display_name;
        page.bio = bio;
        page.errors = errors;
        return page.refused();
    }
    save_profile(&state, &search, id, &display_name, &bio).await?;
    Ok(flash::redirect(
        "/settings",
        &ctx.t("settings-profile-saved"),
    ))
}

/// A bio as stored, or why it cannot be.
pub fn checked_bio(raw: &str) -> Result<String, Msg> {
    let bio = clean_text(&raw.replace("\r\n", "\n")).trim().to_string();
    let n = bio.chars().count();
    if n > BIO_MAX {
        return Err(Msg::new("settings-bio-too-long")
            .with("max", BIO_MAX)
            .with("count", n));
    }
    Ok(bio)
}

/// Stores a checked name and bio; search finds posts by the new name at once.
pub async fn save_profile(
    state: &AppState,
    search: &Search,
    id: i64,
    display_name: &str,
    bio: &str,
) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE account SET display_name = $1, bio = $2, updated_at = $3 WHERE id = $4")
        .bind(display_name)
        .bind(bio)
        .bind(now_ms())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    // Posts are found by their author's display name too.
    crate::search::sync::record_author(&mut *tx, id).await?;
    tx.commit().await?;
    search.sync_now().await;
    Ok(())
}
