//! Moderation: what staff do to other people's things, written once for
//! every door it comes through (the admin pages, the post and comment
//! pages, the API). A removal is the content's own deletion plus, in the
//! same transaction, an audit record and a job that mails the author the
//! reason. The audit log is written in the transaction of the action it
//! records, so an action without its record (or a record of an action that
//! rolled back) cannot happen; the table's triggers refuse updates and
//! deletes.
//!
//! The admin pages (`crate::admin`) list and filter what is written here.
//!
//! Reports (`reports`) are how everyone else brings something to the
//! moderators' attention; a staff removal resolves the removed item's open
//! reports in its own transaction.

pub mod reports;

use serde::{Deserialize, Serialize};

use crate::accounts::CurrentUser;
use crate::db::now_ms;
use crate::jobs::Job;
use crate::mail::Notice;
use crate::web::AppState;

/// Who acted: a staff member, or the command line (`create-admin`).
pub struct Actor<'a> {
    pub id: Option<i64>,
    pub name: &'a str,
}

impl<'a> From<&'a crate::accounts::CurrentUser> for Actor<'a> {
    fn from(u: &'a crate::accounts::CurrentUser) -> Self {
        Actor {
            id: Some(u.id),
            name: &u.username,
        }
    }
}

/// What was acted on.
pub struct Target<'a> {
    pub kind: &'static str,
    pub id: Option<i64>,
    pub label: &'a str,
}

pub async fn record<'e, E>(
    exec: E,
    actor: Actor<'_>,
    action: &str,
    target: Target<'_>,
    reason: &str,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (actor_id, actor_name, action, target_kind, target_id, target_label, reason, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(actor.id)
    .bind(actor.name)
    .bind(action)
    .bind(target.kind)
    .bind(target.id)
    .bind(target.label)
    .bind(reason)
    .bind(now_ms())
    .execute(exec)
    .await?;
    Ok(())
}

/// Job: tell `account_id` that staff removed their post or comment
/// (`kind`: "post" or "comment"), shown as `label`, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendContentRemoved {
    pub account_id: i64,
    #[serde(default = "post_kind")]
    pub kind: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub reason: String,
}

/// What a stored job without `kind` removed.
fn post_kind() -> String {
    "post".to_string()
}

impl Job for SendContentRemoved {
    const KIND: &'static str = "send_content_removed";
}

/// Records a staff deletion and queues the author's email, inside the
/// deletion's transaction.
pub async fn removed(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    by: &CurrentUser,
    author_id: i64,
    kind: &'static str,
    id: i64,
    label: &str,
    reason: &str,
) -> Result<(), sqlx::Error> {
    record(
        &mut **tx,
        by.into(),
        &format!("delete-{kind}"),
        Target {
            kind,
            id: Some(id),
            label,
        },
        reason,
    )
    .await?;
    let job = SendContentRemoved {
        account_id: author_id,
        kind: kind.to_string(),
        label: label.to_string(),
        reason: reason.to_string(),
    };
    crate::jobs::enqueue(&mut **tx, &job, now_ms()).await?;
    // Whatever door the removal came through, the item's open reports are
    // decided by it: the queue never shows something already gone.
    if let Some(kind) = reports::Kind::parse(kind) {
        reports::resolve(
            &mut **tx,
            kind,
            id,
            by,
            reports::Resolution::Removed,
            reason,
        )
        .await?;
    }
    Ok(())
}

/// The pages everyone uses to report something (`/reports`).
pub fn router<S>() -> axum::Router<S>
where
    S: Clone + Send + Sync + 'static,
    crate::web::AppState: axum::extract::FromRef<S>,
{
    reports::router()
}

pub async fn send_content_removed(state: AppState, job: SendContentRemoved) -> anyhow::Result<()> {
    let account_id = job.account_id;
    // Deleted since: nobody to tell.
    let Some(to) = crate::accounts::addressee(&state.db, account_id, true).await? else {
        return Ok(());
    };
    let lang = state.i18n.for_account(to.locale.as_deref());
    // Anything but a comment is a post (jobs stored before `kind` existed).
    let kind = if job.kind == "comment" {
        "comment"
    } else {
        "post"
    };
    let (label, reason) = (job.label.as_str(), job.reason.as_str());
    let what = lang.t2("moderation-removed-mail-what", "kind", kind, "label", label);
    let why = if reason.is_empty() {
        lang.t("moderation-removed-mail-no-reason")
    } else {
        lang.t1("moderation-removed-mail-reason", "reason", reason)
    };
    let (mistake, profile) = (
        lang.t("moderation-removed-mail-mistake"),
        lang.t("moderation-removed-mail-link"),
    );
    let link = format!("{}/u/{}", state.config.origin(), to.username);
    let mail = Notice {
        lang: &lang,
        username: &to.username,
        paragraphs: &[&what, &why, &mistake],
        link_label: &profile,
        link: &link,
    }
    .email(
        to.email,
        &lang.t1("moderation-removed-mail-subject", "kind", kind),
    )?;
    state.mailer.send(&mail).await
}
