//! Drafts and scheduled posts. A post is public once `published_at` is
//! set; before that only its author and staff see it (`queries::find_for`),
//! and no list, feed, search, Atom, sitemap or API answer holds it (each
//! query asks for `published_at IS NOT NULL`). A scheduled draft carries
//! `publish_at`, and a `PublishScheduled` job, enqueued in the same
//! transaction, publishes it then: exactly once, since the job only acts
//! while the post is still a draft scheduled for that very time.

use askama::Template;
use axum::extract::{FromRef, State};
use serde::{Deserialize, Serialize};

use crate::accounts::Ctx;
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::jobs::Job;
use crate::search::Search;
use crate::web::{AppState, PathId, flash, page};

/// What the writer asked for: publish now, keep a draft, or publish at a
/// time (Unix ms), typed in a browser `tz` minutes behind UTC
/// (`Date.getTimezoneOffset()`), so the form can show it back as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publication {
    Now,
    Draft,
    At { at: i64, tz: i64 },
}

impl Publication {
    /// From the form: `draft` (the "Save draft" button, or any value),
    /// `publish_at` (`YYYY-MM-DDTHH:MM`, the writer's wall-clock time) and
    /// `tz_offset` (minutes; 0, UTC, when the page had no script). A time
    /// makes a scheduled draft whichever button sent it; a time already
    /// past publishes at once. Refused with a message key.
    pub fn from_form(
        draft: bool,
        publish_at: &str,
        tz_offset: &str,
        now: i64,
    ) -> Result<Self, &'static str> {
        let publish_at = publish_at.trim();
        if publish_at.is_empty() {
            return Ok(if draft {
                Publication::Draft
            } else {
                Publication::Now
            });
        }
        let tz = match tz_offset.trim() {
            "" => 0,
            t => t
                .parse::<i64>()
                .ok()
                .filter(|m| m.abs() <= 14 * 60)
                .ok_or("posts-schedule-zone-unreadable")?,
        };
        let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
        let seconds_format =
            time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
        let local = time::PrimitiveDateTime::parse(publish_at, &format)
            .or_else(|_| time::PrimitiveDateTime::parse(publish_at, &seconds_format))
            .map_err(|_| "posts-schedule-time-unreadable")?;
        let at = (local.assume_utc().unix_timestamp() + tz * 60) * 1000;
        if at <= now {
            return Ok(Publication::Now);
        }
        if at > now + 5 * 365 * 24 * 3600 * 1000 {
            return Err("posts-schedule-too-far");
        }
        Ok(Publication::At { at, tz })
    }

    pub fn published_at(self, now: i64) -> Option<i64> {
        matches!(self, Publication::Now).then_some(now)
    }

    /// The scheduled time, if any.
    pub fn publish_at(self) -> Option<i64> {
        match self {
            Publication::At { at, .. } => Some(at),
            _ => None,
        }
    }

    /// The writer's zone for a scheduled time (UTC otherwise).
    pub fn tz(self) -> i64 {
        match self {
            Publication::At { tz, .. } => tz,
            _ => 0,
        }
    }
}

/// `at` (Unix ms) on the clock of a browser `tz` minutes behind UTC.
fn wall_clock(at: i64, tz: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp(at / 1000 - tz * 60)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// `YYYY-MM-DDTHH:MM` of `at` in a browser `tz` minutes behind UTC: the
/// value a `datetime-local` field shows back.
pub fn local_input(at: i64, tz: i64) -> String {
    let local = wall_clock(at, tz);
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    local.format(&format).unwrap_or_default()
}

/// `at` as the writer typed it, in `lang`, with its offset:
/// "24 Dec 2026 09:00 (UTC+01:00)" in English.
pub fn local_text(lang: &Lang, at: i64, tz: i64) -> String {
    let local = wall_clock(at, tz);
    let east = -tz;
    lang.t3(
        "posts-local-time",
        "date",
        lang.date(local.unix_timestamp() * 1000),
        "time",
        format!("{:02}:{:02}", local.hour(), local.minute()),
        "zone",
        format!(
            "UTC{}{:02}:{:02}",
            if east < 0 { '-' } else { '+' },
            east.abs() / 60,
            east.abs() % 60
        ),
    )
}

/// Publishes a scheduled draft at its time.
#[derive(Debug, Serialize, Deserialize)]
pub struct PublishScheduled {
    pub post: i64,
    /// The time it was scheduled for: a rescheduled or unscheduled post no
    /// longer matches, and this job does nothing.
    pub at: i64,
}

impl Job for PublishScheduled {
    const KIND: &'static str = "publish_scheduled";
}

/// Schedules `post` for `at` in the caller's transaction.
pub async fn schedule(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    post: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    crate::jobs::enqueue(&mut **tx, &PublishScheduled { post, at }, at).await?;
    Ok(())
}

/// Makes a draft public now (in the caller's transaction); false when it
/// was not a draft (already published, deleted) or, with `scheduled_for`,
/// no longer scheduled for that time. What publishing brings rides on
/// this: the search change-log row, and the publish time that orders feeds.
pub async fn publish(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    post: i64,
    scheduled_for: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let now = now_ms();
    let done = match scheduled_for {
        Some(at) => sqlx::query(
            "UPDATE post SET published_at = $1, publish_at = NULL, updated_at = $1 \
             WHERE id = $2 AND published_at IS NULL AND publish_at = $3",
        )
        .bind(now)
        .bind(post)
        .bind(at),
        None => sqlx::query(
            "UPDATE post SET published_at = $1, publish_at = NULL, updated_at = $1 \
             WHERE id = $2 AND published_at IS NULL",
        )
        .bind(now)
        .bind(post),
    }
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    crate::search::sync::record(&mut **tx, post).await?;
    Ok(true)
}

/// The job: two workers (or two instances) racing for it publish once,
/// because the second finds the post no longer a draft.
pub async fn publish_scheduled<S>(state: S, job: PublishScheduled) -> anyhow::Result<()>
where
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    let app = AppState::from_ref(&state);
    let mut tx = app.db.begin().await?;
    let published = publish(&mut tx, job.post, Some(job.at)).await?;
    let mut told = crate::notifications::Told::default();
    if published {
        super::tell_mentioned(&mut tx, &app, &mut told, job.post).await?;
    }
    tx.commit().await?;
    told.push(&app).await;
    if published {
        Search::from_ref(&state).changed();
        tracing::info!(post_id = job.post, "scheduled post published");
    }
    Ok(())
}

/// One of my drafts, as `/drafts` lists it.
#[derive(sqlx::FromRow)]
pub struct DraftRow {
    pub id: i64,
    pub title: String,
    pub updated_at: i64,
    pub publish_at: Option<i64>,
    pub publish_tz: i64,
}

impl DraftRow {
    pub fn scheduled(&self, lang: &Lang) -> Option<String> {
        self.publish_at
            .map(|at| local_text(lang, at, self.publish_tz))
    }
}

async fn drafts_of(db: &Db, author: i64) -> Result<Vec<DraftRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, title, updated_at, publish_at, publish_tz FROM post \
         WHERE author_id = $1 AND published_at IS NULL \
         ORDER BY publish_at IS NULL, publish_at, updated_at DESC LIMIT 500",
    )
    .bind(author)
    .fetch_all(db)
    .await
}

#[derive(Template)]
#[template(path = "posts/drafts.html")]
struct DraftsPage {
    ctx: Ctx,
    drafts: Vec<DraftRow>,
}

/// `GET /drafts`: my drafts, the scheduled ones first by their time.
pub async fn list(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let me = ctx.require_user()?.id;
    let drafts = drafts_of(&state.db, me).await?;
    page(&DraftsPage { ctx, drafts })
}

/// `POST /posts/{id}/publish`: the author publishes a draft now.
pub async fn publish_now(
    ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    PathId(id): PathId,
) -> AppResult {
    let me = ctx.require_user()?;
    let post = super::queries::find_for(&state.db, id, Some(me))
        .await?
        .ok_or(AppError::NotFound)?;
    if post.author_id != me.id {
        return Err(AppError::Forbidden(Msg::new("posts-only-author-publish")));
    }
    let mut tx = state.db.begin().await?;
    let published = publish(&mut tx, id, None).await?;
    let mut told = crate::notifications::Told::default();
    if published {
        super::tell_mentioned(&mut tx, &state, &mut told, id).await?;
    }
    tx.commit().await?;
    told.push(&state).await;
    if !published {
        return Ok(flash::redirect(
            &format!("/posts/{id}"),
            &ctx.t("posts-flash-already-published"),
        ));
    }
    search.sync_now().await;
    tracing::info!(post_id = id, "draft published");
    Ok(flash::redirect(
        &format!("/posts/{id}"),
        &ctx.t("posts-flash-published"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000_000;

    #[test]
    fn no_time_means_now_or_draft() {
        assert_eq!(
            Publication::from_form(false, "", "", NOW),
            Ok(Publication::Now)
        );
        assert_eq!(
            Publication::from_form(true, " ", "", NOW),
            Ok(Publication::Draft)
        );
    }

    #[test]
    fn a_time_is_read_in_the_writers_zone() {
        // 2027-01-15 10:00 in UTC+1 (getTimezoneOffset -60) is 09:00 UTC.
        let p = Publication::from_form(false, "2027-01-15T10:00", "-60", NOW).unwrap();
        let utc = time::macros::datetime!(2027-01-15 09:00 UTC).unix_timestamp() * 1000;
        assert_eq!(p, Publication::At { at: utc, tz: -60 });
        assert_eq!(local_input(utc, -60), "2027-01-15T10:00");
        let english = crate::i18n::I18n::new().unwrap().english();
        assert_eq!(
            local_text(&english, utc, -60),
            "15 Jan 2027 10:00 (UTC+01:00)"
        );
        assert_eq!(
            local_text(&english, utc, 330),
            "15 Jan 2027 03:30 (UTC-05:30)"
        );
    }

    #[test]
    fn a_past_time_publishes_at_once() {
        assert_eq!(
            Publication::from_form(true, "2020-01-01T00:00", "0", NOW),
            Ok(Publication::Now)
        );
    }

    #[test]
    fn nonsense_is_refused_with_a_reason() {
        assert!(Publication::from_form(true, "tomorrow", "0", NOW).is_err());
        assert!(Publication::from_form(true, "2027-01-15T10:00", "9999", NOW).is_err());
        assert!(Publication::from_form(true, "2099-01-15T10:00", "0", NOW).is_err());
    }
}
