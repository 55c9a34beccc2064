//! Settings: what people change about themselves. This issue has the
//! profile (display name, bio); password, email and avatar come with the
//! email and media capabilities.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde::Deserialize;

use crate::accounts::FormErrors;
use crate::app::AppState;
use crate::db::now_ms;
use crate::error::AppResult;
use crate::web::form::Form;
use crate::web::{Ctx, clean_text, flash, page, render};

pub const DISPLAY_NAME_MAX: usize = 50;
pub const BIO_MAX: usize = 500;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/settings", get(show_settings))
        .route("/settings/profile", post(update_profile))
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
    errors: FormErrors,
}

async fn show_settings(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let id = ctx.require_user()?.id;
    let (display_name, bio): (String, String) =
        sqlx::query_as("SELECT display_name, bio FROM account WHERE id = $1")
            .bind(id)
            .fetch_one(&state.db)
            .await?;
    page(&SettingsPage {
        ctx,
        display_name,
        bio,
        errors: FormErrors::default(),
    })
}

async fn update_profile(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<ProfileForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let display_name = clean_text(&form.display_name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let bio = clean_text(&form.bio.replace("\r\n", "\n"))
        .trim()
        .to_string();
    let mut errors = FormErrors::default();
    if display_name.chars().count() > DISPLAY_NAME_MAX {
        errors.add(
            "display_name",
            format!("Keep your name to {DISPLAY_NAME_MAX} characters."),
        );
    }
    if bio.chars().count() > BIO_MAX {
        errors.add(
            "bio",
            format!(
                "Keep your bio to {BIO_MAX} characters (it has {}).",
                bio.chars().count()
            ),
        );
    }
    if !errors.is_empty() {
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SettingsPage {
                ctx,
                display_name,
                bio,
                errors,
            },
        ));
    }
    sqlx::query("UPDATE account SET display_name = $1, bio = $2, updated_at = $3 WHERE id = $4")
        .bind(&display_name)
        .bind(&bio)
        .bind(now_ms())
        .bind(id)
        .execute(&state.db)
        .await?;
    Ok(flash::redirect("/settings", "Your profile is saved."))
}
