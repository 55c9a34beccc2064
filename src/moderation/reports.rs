//! Reports: any logged-in person tells the moderators that a post, a
//! comment or a profile breaks the rules, with a reason and a few words.
//! `GET /reports/new?kind=…&target=…` shows the form, `POST /reports`
//! stores it and goes back to the item with a thank-you.
//!
//! A report is stored once per reporter and item (a unique index, written
//! with `ON CONFLICT DO NOTHING`), so a repeat is not a second voice. It
//! names the item by kind and id and copies its title, excerpt or username
//! (`target_label`), so it outlives the item. Reports are rate-limited per
//! account (`QUILL_REPORT_LIMIT`, 20 an hour by default).
//!
//! Staff decide in the queue (`crate::admin::reports`): a decision resolves
//! every open report of the item with one `UPDATE` (`resolve`). A staff
//! removal, from any door, resolves them inside the removal's own
//! transaction (`crate::moderation::removed` calls `resolve`).
//!
//! Staff who chose it get a mail when an item enters the queue (its first
//! open report), through the job queue (`SendReportMail`), enqueued in the
//! report's transaction.

use askama::Template;
use axum::Router;
use axum::extract::{FromRef, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use serde::{Deserialize, Serialize};

use crate::accounts::{Ctx, CurrentUser, Role};
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::jobs::Job;
use crate::mail::Notice;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{flash, page, render};

/// Longest `details` text, in characters.
pub const MAX_DETAILS: usize = 2_000;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        .route("/reports/new", get(new_report))
        .route("/reports", axum::routing::post(create_report))
}

/// What is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Post,
    Comment,
    User,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "post" => Some(Kind::Post),
            "comment" => Some(Kind::Comment),
            "user" => Some(Kind::User),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Post => "post",
            Kind::Comment => "comment",
            Kind::User => "user",
        }
    }
}

/// Why it is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Spam,
    Harassment,
    Illegal,
    Other,
}

pub const REASONS: [Reason; 4] = [
    Reason::Spam,
    Reason::Harassment,
    Reason::Illegal,
    Reason::Other,
];

impl Reason {
    pub fn parse(s: &str) -> Option<Reason> {
        match s {
            "spam" => Some(Reason::Spam),
            "harassment" => Some(Reason::Harassment),
            "illegal" => Some(Reason::Illegal),
            "other" => Some(Reason::Other),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Spam => "spam",
            Reason::Harassment => "harassment",
            Reason::Illegal => "illegal",
            Reason::Other => "other",
        }
    }

    /// The message naming it on its own, as the form's choices do ("Spam").
    pub fn label_key(self) -> &'static str {
        match self {
            Reason::Spam => "moderation-reason-spam",
            Reason::Harassment => "moderation-reason-harassment",
            Reason::Illegal => "moderation-reason-illegal",
            Reason::Other => "moderation-reason-other",
        }
    }

    /// The message naming it inside a sentence ("… a post (spam).").
    pub fn inline_key(self) -> &'static str {
        match self {
            Reason::Spam => "moderation-reason-spam-inline",
            Reason::Harassment => "moderation-reason-harassment-inline",
            Reason::Illegal => "moderation-reason-illegal-inline",
            Reason::Other => "moderation-reason-other-inline",
        }
    }
}

/// A reportable item as it is now.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: Kind,
    pub id: i64,
    /// The post's title, the comment's first words, the username.
    pub label: String,
    /// Who wrote it (for a profile: the person).
    pub author_id: i64,
    /// Where it is shown.
    pub link: String,
}

/// A comment's first words on one line, for labels.
pub fn excerpt(body: &str, chars: usize) -> String {
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > chars {
        format!("{}…", flat.chars().take(chars).collect::<String>())
    } else {
        flat
    }
}

/// Finds what `kind` and `target` (an id, or a username) name, as the
/// public sees it: a draft, a deleted comment or a banned person's things
/// are not there (404), nor is a target that is not a positive id.
pub async fn find_item(db: &Db, kind: Kind, target: &str) -> AppResult<Item> {
    let target = target.trim();
    let id = || -> AppResult<i64> {
        match target.parse::<i64>() {
            Ok(id) if id > 0 && target.bytes().all(|b| b.is_ascii_digit()) => Ok(id),
            _ => Err(AppError::NotFound),
        }
    };
    match kind {
        Kind::Post => {
            let id = id()?;
            let (title, author_id): (String, i64) = sqlx::query_as(
                "SELECT p.title, p.author_id FROM post p JOIN account a ON a.id = p.author_id \
                 WHERE p.id = $1 AND p.published_at IS NOT NULL AND a.banned_at IS NULL",
            )
            .bind(id)
            .fetch_optional(db)
            .await?
            .ok_or(AppError::NotFound)?;
            Ok(Item {
                kind,
                id,
                label: title,
                author_id,
                link: format!("/posts/{id}"),
            })
        }
        Kind::Comment => {
            let id = id()?;
            let (body, author_id, post_id): (String, i64, i64) = sqlx::query_as(
                "SELECT c.body, c.author_id, c.post_id FROM comment c \
                   JOIN post p ON p.id = c.post_id \
                   JOIN account pa ON pa.id = p.author_id JOIN account ca ON ca.id = c.author_id \
                 WHERE c.id = $1 AND c.deleted_at IS NULL AND p.published_at IS NOT NULL \
                   AND pa.banned_at IS NULL AND ca.banned_at IS NULL",
            )
            .bind(id)
            .fetch_optional(db)
            .await?
            .ok_or(AppError::NotFound)?;
            Ok(Item {
                kind,
                id,
                label: excerpt(&body, 80),
                author_id,
                link: format!("/posts/{post_id}#comment-{id}"),
            })
        }
        Kind::User => {
            let name = target.to_lowercase();
            let id: i64 = sqlx::query_scalar(
                "SELECT id FROM account WHERE username = $1 AND banned_at IS NULL",
            )
            .bind(&name)
            .fetch_optional(db)
            .await?
            .ok_or(AppError::NotFound)?;
            Ok(Item {
                kind,
                id,
                link: format!("/u/{name}"),
                label: name,
                author_id: id,
            })
        }
    }
}

/// Reads `kind` and `target` from a request: unknown or missing → 422,
/// absent → 404, one's own → 422.
async fn item_for(db: &Db, me: &CurrentUser, kind: &str, target: &str) -> AppResult<Item> {
    let kind = Kind::parse(kind.trim())
        .ok_or_else(|| AppError::Unprocessable(Msg::new("moderation-report-kind-missing")))?;
    if target.trim().is_empty() {
        return Err(AppError::Unprocessable(
            Msg::new("moderation-report-target-missing").with("kind", kind.as_str()),
        ));
    }
    let item = find_item(db, kind, target).await?;
    if item.author_id == me.id {
        return Err(AppError::Unprocessable(
            Msg::new("moderation-report-own").with("kind", kind.as_str()),
        ));
    }
    Ok(item)
}

/// When `me` reported the item, if they did.
async fn reported_at(db: &Db, me: i64, kind: Kind, id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT created_at FROM report WHERE reporter_id = $1 AND kind = $2 AND target_id = $3",
    )
    .bind(me)
    .bind(kind.as_str())
    .bind(id)
    .fetch_optional(db)
    .await
}

/// What a person reported on one post's page: the post, and which comments.
#[derive(Debug, Default, Clone)]
pub struct Reported {
    pub post: bool,
    pub comments: Vec<i64>,
}

impl Reported {
    pub fn comment(&self, id: &i64) -> bool {
        self.comments.contains(id)
    }
}

/// For the post page: whether `me` reported the post and which of its comments.
pub async fn reported_on_post(
    db: &Db,
    me: Option<i64>,
    post_id: i64,
) -> Result<Reported, sqlx::Error> {
    let Some(me) = me else {
        return Ok(Reported::default());
    };
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT kind, target_id FROM report WHERE reporter_id = $1 AND ( \
           (kind = 'post' AND target_id = $2) OR \
           (kind = 'comment' AND target_id IN (SELECT id FROM comment WHERE post_id = $2)))",
    )
    .bind(me)
    .bind(post_id)
    .fetch_all(db)
    .await?;
    let mut reported = Reported::default();
    for (kind, id) in rows {
        if kind == "post" {
            reported.post = true;
        } else {
            reported.comments.push(id);
        }
    }
    Ok(reported)
}

/// For the profile page: whether `me` reported the person.
pub async fn reported_user(db: &Db, me: Option<i64>, account: i64) -> Result<bool, sqlx::Error> {
    match me {
        Some(me) if me != account => Ok(reported_at(db, me, Kind::User, account).await?.is_some()),
        _ => Ok(false),
    }
}

/// How a decision resolved an item's reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Dismissed,
    Removed,
    Banned,
}

impl Resolution {
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Dismissed => "dismissed",
            Resolution::Removed => "removed",
            Resolution::Banned => "banned",
        }
    }
}

/// Resolves every open report of one item at once, in the caller's
/// transaction when there is one: who (`by`), how, when, and the reason
/// given. Returns how many reports it resolved (0: none was open).
pub async fn resolve<'e, E>(
    exec: E,
    kind: Kind,
    id: i64,
    by: &CurrentUser,
    how: Resolution,
    note: &str,
) -> Result<u64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "UPDATE report SET resolved_at = $1, resolved_by = $2, resolver_name = $3, resolution = $4, note = $5 \
         WHERE kind = $6 AND target_id = $7 AND resolved_at IS NULL",
    )
    .bind(now_ms())
    .bind(by.id)
    .bind(&by.username)
    .bind(how.as_str())
    .bind(note)
    .bind(kind.as_str())
    .bind(id)
    .execute(exec)
    .await?
    .rows_affected())
}

/// Open reports and the items they are about, for the dashboard.
pub async fn open_counts(db: &Db) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "SELECT COUNT(*) AS reports, \
           (SELECT COUNT(*) FROM (SELECT 1 AS one FROM report WHERE resolved_at IS NULL GROUP BY kind, target_id) g) AS items \
         FROM report WHERE resolved_at IS NULL",
    )
    .fetch_one(db)
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    target: String,
}

#[derive(Template)]
#[template(path = "reports/new.html")]
struct ReportPage {
    ctx: Ctx,
    item: Item,
    /// When the visitor already reported it (ISO date, as shown): no form then.
    already: Option<(String, String)>,
    reason: String,
    details: String,
    reason_error: Option<Msg>,
    details_error: Option<Msg>,
    reasons: [Reason; 4],
    max_details: usize,
}

impl ReportPage {
    fn target(&self) -> String {
        match self.item.kind {
            Kind::User => self.item.label.clone(),
            _ => self.item.id.to_string(),
        }
    }
}

pub async fn new_report(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<NewQuery>,
) -> AppResult {
    let me = ctx.require_user()?.clone();
    let item = item_for(&state.db, &me, &q.kind, &q.target).await?;
    let already = reported_at(&state.db, me.id, item.kind, item.id)
        .await?
        .map(|at| (crate::web::iso_date(at), ctx.lang.date(at)));
    page(&ReportPage {
        ctx,
        item,
        already,
        reason: String::new(),
        details: String::new(),
        reason_error: None,
        details_error: None,
        reasons: REASONS,
        max_details: MAX_DETAILS,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    details: String,
}

pub async fn create_report(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<ReportForm>,
) -> AppResult {
    let me = ctx.require_user()?.clone();
    let item = item_for(&state.db, &me, &form.kind, &form.target).await?;
    let details = crate::web::clean_text(form.details.trim());
    let reason = Reason::parse(form.reason.trim());
    let reason_error = reason
        .is_none()
        .then(|| Msg::new("moderation-report-reason-missing"));
    let details_error = if details.chars().count() > MAX_DETAILS {
        Some(
            Msg::new("moderation-report-details-too-long")
                .with("max", MAX_DETAILS)
                .with("count", details.chars().count()),
        )
    } else if reason == Some(Reason::Other) && details.is_empty() {
        Some(Msg::new("moderation-report-details-missing"))
    } else {
        None
    };
    let Some(reason) = reason.filter(|_| details_error.is_none()) else {
        // The form again, with what was typed and the errors beside it.
        let page = ReportPage {
            ctx,
            item,
            already: None,
            reason: form.reason,
            details,
            reason_error,
            details_error,
            reasons: REASONS,
            max_details: MAX_DETAILS,
        };
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page).into_response());
    };
    let key = me.id.to_string();
    state.limits.report_per_account.hit(&key).await?;
    let mut tx = state.db.begin().await?;
    let stored: Option<i64> = sqlx::query_scalar(
        "INSERT INTO report (reporter_id, kind, target_id, target_label, reason, details, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (reporter_id, kind, target_id) DO NOTHING RETURNING id",
    )
    .bind(me.id)
    .bind(item.kind.as_str())
    .bind(item.id)
    .bind(&item.label)
    .bind(reason.as_str())
    .bind(&details)
    .bind(now_ms())
    .fetch_optional(&mut *tx)
    .await?;
    if stored.is_none() {
        drop(tx);
        // Not a new report: it costs nothing against the limit.
        state.limits.report_per_account.refund(&key).await;
        return Ok(flash::redirect(
            &item.link,
            &ctx.t("moderation-report-repeat"),
        ));
    }
    // The item enters the queue with its first open report: that is when
    // the staff who asked for it are mailed (later reports add to its count).
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM report WHERE kind = $1 AND target_id = $2 AND resolved_at IS NULL",
    )
    .bind(item.kind.as_str())
    .bind(item.id)
    .fetch_one(&mut *tx)
    .await?;
    let mut mailed = false;
    if open == 1 {
        let staff: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM account WHERE report_mail_at IS NOT NULL \
               AND role IN ('moderator', 'admin') AND banned_at IS NULL AND id <> $1",
        )
        .bind(me.id)
        .fetch_all(&mut *tx)
        .await?;
        for account_id in staff {
            let job = SendReportMail {
                account_id,
                kind: item.kind.as_str().to_string(),
                target_id: item.id,
                reason: reason.as_str().to_string(),
            };
            crate::jobs::enqueue(&mut *tx, &job, now_ms()).await?;
            mailed = true;
        }
    }
    tx.commit().await?;
    if mailed {
        state.queue.wake();
    }
    tracing::info!(
        reporter = me.id,
        kind = item.kind.as_str(),
        target = item.id,
        "report received"
    );
    Ok(flash::redirect(
        &item.link,
        &ctx.t("moderation-report-thanks"),
    ))
}

/// Job: tell staff member `account_id` that an item entered the
/// moderation queue. Stops quietly when they are no longer staff, no
/// longer want it, or the item's reports were all decided meanwhile.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendReportMail {
    pub account_id: i64,
    pub kind: String,
    pub target_id: i64,
    #[serde(default)]
    pub reason: String,
}

impl Job for SendReportMail {
    const KIND: &'static str = "send_report_mail";
}

pub async fn send_report_mail(state: AppState, job: SendReportMail) -> anyhow::Result<()> {
    let wanted: Option<(String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT username, email, role, locale FROM account \
         WHERE id = $1 AND report_mail_at IS NOT NULL AND banned_at IS NULL",
    )
    .bind(job.account_id)
    .fetch_optional(&state.db)
    .await?;
    let Some((username, email, role, locale)) = wanted else {
        return Ok(());
    };
    if Role::parse(&role) < Role::Moderator {
        return Ok(());
    }
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM report WHERE kind = $1 AND target_id = $2 AND resolved_at IS NULL",
    )
    .bind(&job.kind)
    .bind(job.target_id)
    .fetch_one(&state.db)
    .await?;
    if open == 0 {
        return Ok(());
    }
    let lang = state.i18n.for_account(locale.as_deref());
    // Anything unknown is an "item" (selected by the message's *other).
    let kind = Kind::parse(&job.kind).map_or("item", Kind::as_str);
    let reason = Reason::parse(&job.reason).unwrap_or(Reason::Other);
    let what = lang.t2(
        "moderation-report-mail-what",
        "kind",
        kind,
        "reason",
        lang.t(reason.inline_key()),
    );
    let (why, queue) = (
        lang.t("moderation-report-mail-why"),
        lang.t("moderation-report-mail-link"),
    );
    let link = format!("{}/admin/reports", state.config.origin());
    let mail = Notice {
        lang: &lang,
        username: &username,
        paragraphs: &[&what, &why],
        link_label: &queue,
        link: &link,
    }
    .email(email, &lang.t("moderation-report-mail-subject"))?;
    state.mailer.send(&mail).await
}

/// Whether this staff member wants report mail.
pub async fn wants_mail(db: &Db, account: i64) -> Result<bool, sqlx::Error> {
    let at: Option<Option<i64>> =
        sqlx::query_scalar("SELECT report_mail_at FROM account WHERE id = $1")
            .bind(account)
            .fetch_optional(db)
            .await?;
    Ok(at.flatten().is_some())
}

/// Turns report mail on or off for `account` (staff only: the caller checks).
pub async fn set_mail(db: &Db, account: i64, on: bool) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE account SET report_mail_at = CASE WHEN $1 = 1 THEN COALESCE(report_mail_at, $2) ELSE NULL END \
         WHERE id = $3",
    )
    .bind(i64::from(on))
    .bind(now_ms())
    .bind(account)
    .execute(db)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_reasons_read_only_what_the_form_offers() {
        for k in [Kind::Post, Kind::Comment, Kind::User] {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Kind::parse("profile"), None);
        for r in REASONS {
            assert_eq!(Reason::parse(r.as_str()), Some(r));
        }
        assert_eq!(Reason::parse("SPAM"), None);
        for r in REASONS {
            assert!(r.label_key().ends_with(r.as_str()));
            assert_eq!(r.inline_key(), format!("{}-inline", r.label_key()));
        }
    }

    #[test]
    fn excerpts_are_one_line_and_bounded() {
        assert_eq!(excerpt("a\n\n b", 80), "a b");
        let long = excerpt(&"word ".repeat(50), 10);
        assert_eq!(long.chars().count(), 11);
        assert!(long.ends_with('…'));
    }
}
