//! The dashboard: the site in figures. People by status, content, the last
//! 30 days of sign-ups and posts as charts, the job queue, whether the
//! search index holds what the database does, and the open reports.

use askama::Template;
use axum::extract::State;

use super::jobs::{Summary, summary};
use super::{Admin, Section, chart};
use crate::accounts::Ctx;
use crate::accounts::Role;
use crate::accounts::second_factor;
use crate::db::{Db, now_ms};
use crate::error::AppResult;
use crate::search::Search;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{flash, page};

const DAYS: i64 = 30;
const DAY_MS: i64 = 86_400_000;

#[derive(Debug, Default)]
pub struct Figures {
    pub verified: i64,
    pub unverified: i64,
    pub banned: i64,
    pub posts: i64,
    pub comments: i64,
    pub likes: i64,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    figures: Figures,
    signups_chart: String,
    posts_chart: String,
    jobs: Summary,
    indexed: Option<u64>,
    visible_posts: i64,
    in_step: bool,
    /// Open reports, and the items they are about (the moderation queue).
    open_reports: i64,
    open_items: i64,
    backups: super::backups::Status,
    /// The schedule as a sentence (how often, the folder, how many are
    /// kept); `None`: no schedule.
    backup_plan: Option<String>,
    /// How many days the charts cover.
    days: i64,
    /// Staff need a second factor to reach these pages.
    staff_second_factor: bool,
}

async fn figures(db: &Db) -> Result<Figures, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct People {
        verified: i64,
        unverified: i64,
        banned: i64,
    }
    #[derive(sqlx::FromRow)]
    struct Content {
        posts: i64,
        comments: i64,
        likes: i64,
    }
    let People {
        verified,
        unverified,
        banned,
    } = sqlx::query_as(
        "SELECT \
           COALESCE(SUM(CASE WHEN banned_at IS NULL AND email_verified_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS verified, \
           COALESCE(SUM(CASE WHEN banned_at IS NULL AND email_verified_at IS NULL THEN 1 ELSE 0 END), 0) AS unverified, \
           COALESCE(SUM(CASE WHEN banned_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS banned \
         FROM account",
    )
    .fetch_one(db)
    .await?;
    let Content {
        posts,
        comments,
        likes,
    } = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM post) AS posts, (SELECT COUNT(*) FROM comment WHERE deleted_at IS NULL) AS comments, \
                (SELECT COUNT(*) FROM post_like) AS likes",
    )
    .fetch_one(db)
    .await?;
    Ok(Figures {
        verified,
        unverified,
        banned,
        posts,
        comments,
        likes,
    })
}

/// `(day number, count)` for rows of `table` created in the last `DAYS`.
async fn per_day(db: &Db, table: &str, since: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Day {
        day: i64,
        created: i64,
    }
    let days: Vec<Day> = sqlx::query_as(&format!(
        "SELECT CAST(created_at / {DAY_MS} AS BIGINT) AS day, COUNT(*) AS created FROM {table} \
         WHERE created_at >= $1 GROUP BY CAST(created_at / {DAY_MS} AS BIGINT)"
    ))
    .bind(since)
    .fetch_all(db)
    .await?;
    Ok(days.into_iter().map(|d| (d.day, d.created)).collect())
}

pub async fn show(
    Admin(staff): Admin,
    State(state): State<AppState>,
    State(search): State<Search>,
) -> AppResult {
    let today = now_ms() / DAY_MS;
    let since = (today - DAYS + 1) * DAY_MS;
    let signups = chart::per_day(&per_day(&state.db, "account", since).await?, today, DAYS);
    let posts = chart::per_day(&per_day(&state.db, "post", since).await?, today, DAYS);
    let indexed = search.status().map(|s| s.0);
    let visible_posts = super::search::visible_posts(&state.db).await?;
    let (open_reports, open_items) = crate::moderation::reports::open_counts(&state.db).await?;
    let lang = &staff.ctx.lang;
    let signups_chart = chart::bars(lang, &lang.t("admin-chart-signups"), &signups);
    let posts_chart = chart::bars(lang, &lang.t("admin-chart-posts"), &posts);
    let backup_plan = state.config.backups.as_ref().map(|p| {
        lang.t3(
            "admin-backup-plan",
            "every",
            lang.msg(&super::backups::every(p.every)),
            "dir",
            p.dir.display().to_string(),
            "keep",
            p.keep,
        )
    });
    page(&DashboardPage {
        role: staff.me.role(),
        ctx: staff.ctx,
        section: Section::Dashboard,
        figures: figures(&state.db).await?,
        signups_chart,
        posts_chart,
        jobs: summary(&state.db).await?,
        indexed,
        visible_posts,
        in_step: indexed == Some(visible_posts as u64),
        open_reports,
        open_items,
        backups: super::backups::status(&state.db).await?,
        backup_plan,
        days: DAYS,
        staff_second_factor: second_factor::required_of_staff(&state.db).await?,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct StaffRuleForm {
    /// "on" when the box is ticked; absent otherwise.
    required: Option<String>,
}

/// Turns the rule that staff need a second factor on or off. An admin
/// whose session did not show two factors cannot turn it on: they would
/// be sent away from the page they are on.
pub async fn require_second_factor(
    Admin(staff): Admin,
    State(state): State<AppState>,
    Form(form): Form<StaffRuleForm>,
) -> AppResult {
    let on = form.required.as_deref() == Some("on");
    if on && !super::two_factors_shown(&state, &staff.ctx, staff.me.id).await? {
        return Ok(flash::redirect(
            second_factor::SETTINGS_PATH,
            &staff.ctx.t("admin-staff-second-factor-yours-first"),
        ));
    }
    let mut tx = state.db.begin().await?;
    second_factor::require_of_staff(&mut tx, on).await?;
    super::audit::record(
        &mut *tx,
        (&staff.me).into(),
        if on {
            "require-second-factor"
        } else {
            "stop-requiring-second-factor"
        },
        super::audit::Target {
            kind: "site",
            id: None,
            label: "",
        },
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(flash::redirect(
        "/admin",
        &staff.ctx.t(if on {
            "admin-staff-second-factor-on-done"
        } else {
            "admin-staff-second-factor-off-done"
        }),
    ))
}
