//! The profile picture: uploaded from settings, replaced or removed; the
//! files of the previous one are deleted by a job once the change commits.
//! Uploads count toward the account's hourly upload limit and its quota.

use axum::extract::{Multipart, State};

use super::SettingsPage;
use crate::accounts::Ctx;
use crate::accounts::FormErrors;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::media::StoredImage;
use crate::media::process::Use;
use crate::media::upload::{Uploader, accept, read_file, unreadable};
use crate::web::AppState;
use crate::web::flash;

pub async fn upload_avatar(
    ctx: Ctx,
    State(state): State<AppState>,
    mut form: Multipart,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let mut file = None;
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        if field.name() != Some("avatar") {
            continue;
        }
        if file.is_some() {
            return refuse(ctx, &state, Msg::new("settings-avatar-several")).await;
        }
        file = Some(read_file(field, state.media.max_upload).await?);
    }
    let Some(bytes) = file else {
        return refuse(ctx, &state, Msg::new("settings-avatar-missing")).await;
    };
    let old: Option<i64> = sqlx::query_scalar("SELECT avatar_id FROM account WHERE id = $1")
        .bind(id)
        .fetch_one(&state.db)
        .await?;
    let by = Uploader {
        actor: id,
        owner: id,
        replacing: old,
    };
    let stored = match accept(&state, &by, bytes, Use::Avatar).await? {
        Ok(stored) => stored,
        Err(why) => return refuse(ctx, &state, why).await,
    };
    if let Err(e) = replace(&state, id, &stored).await {
        return Err(state.media.abandon(&state.db, id, &stored, e).await);
    }
    state.queue.wake();
    Ok(flash::redirect(
        "/settings",
        &ctx.t("settings-avatar-saved"),
    ))
}

/// Makes `stored` the account's avatar in one transaction; the previous
/// one is discarded first, so its room counts as free in the quota check.
async fn replace(state: &AppState, id: i64, stored: &StoredImage) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    // A write first: on SQLite a transaction that reads, then writes, may
    // find another writer has moved on meanwhile.
    crate::media::lock_owner(&mut tx, id).await?;
    let old: Option<i64> = sqlx::query_scalar("SELECT avatar_id FROM account WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    if let Some(old) = old {
        crate::media::discard(&mut tx, old).await?;
    }
    let image_id = state.media.insert(&mut tx, id, stored).await?;
    sqlx::query("UPDATE account SET avatar_id = $1, updated_at = $2 WHERE id = $3")
        .bind(image_id)
        .bind(crate::db::now_ms())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove_avatar(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let id = ctx.require_user()?.id;
    let mut tx = state.db.begin().await?;
    let old: Option<i64> = sqlx::query_scalar("SELECT avatar_id FROM account WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    if let Some(old) = old {
        sqlx::query("UPDATE account SET avatar_id = NULL WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        crate::media::discard(&mut tx, old).await?;
    }
    tx.commit().await?;
    state.queue.wake();
    Ok(flash::redirect(
        "/settings",
        &ctx.t("settings-avatar-removed"),
    ))
}

/// The settings page again with the reason next to the picture field.
async fn refuse(ctx: Ctx, state: &AppState, why: Msg) -> AppResult {
    let mut errors = FormErrors::default();
    errors.add("avatar", why);
    let mut page = SettingsPage::load(ctx, &state.db).await?;
    page.errors = errors;
    page.refused()
}
