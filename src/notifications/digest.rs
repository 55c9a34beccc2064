//! Digests: once a day (or week) a person who chose "digest" for some kind
//! gets one mail of their unread, not yet mailed notifications of those
//! kinds, grouped as on the notifications page.
//!
//! The periodic `digest_run` job pages through the people due (500 at a
//! time, never all in memory) and queues one `send_digest` job each. A
//! `digest_sent (account, period)` row, taken before sending, makes it at
//! most one digest per person per period: a second worker, a rerun of the
//! slot, or a restart after a crash halfway through skips whoever already
//! got theirs. A failed send gives the row back, so the retry can send.

use serde::{Deserialize, Serialize};

use super::mail::{Delivery, Recipient, due, unsubscribe_url};
use super::store;
use crate::db::now_ms;
use crate::i18n::Lang;
use crate::jobs::{Job, schedule};
use crate::mail::Email;
use crate::web::AppState;

/// Job: queue the digests of the people on `frequency` for the periodic
/// `slot` (ms; the time it runs when missing).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DigestRun {
    #[serde(default)]
    pub frequency: Frequency,
    #[serde(default)]
    pub slot: Option<i64>,
}

impl Job for DigestRun {
    const KIND: &'static str = "digest_run";
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    #[default]
    Daily,
    Weekly,
}

impl Frequency {
    /// As stored in `notification_pref.digest_frequency`.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }
}

/// Job: mail `account_id` their digest for `period`, once.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendDigest {
    pub account_id: i64,
    pub period: String,
}

impl Job for SendDigest {
    const KIND: &'static str = "send_digest";
}

const BATCH: i64 = 500;

pub async fn digest_run(state: AppState, job: DigestRun) -> anyhow::Result<()> {
    let frequency = job.frequency.as_str();
    let slot = job.slot.unwrap_or_else(now_ms);
    let period = format!("{frequency}:{slot}");
    let mut after = 0i64;
    let mut queued = 0usize;
    loop {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT a.id FROM account a LEFT JOIN notification_pref p ON p.account_id = a.id \
             WHERE a.id > $1 AND a.banned_at IS NULL AND a.email_verified_at IS NOT NULL \
               AND COALESCE(p.digest_frequency, 'daily') = $2 \
               AND (COALESCE(p.follow, 'digest') = 'digest' OR COALESCE(p.\"like\", 'digest') = 'digest' \
                    OR COALESCE(p.comment, 'instant') = 'digest' OR COALESCE(p.reply, 'instant') = 'digest' \
                    OR COALESCE(p.mention, 'instant') = 'digest') \
               AND EXISTS (SELECT 1 FROM notification n WHERE n.receiver_id = a.id \
                    AND n.read_at IS NULL AND n.retracted_at IS NULL AND n.emailed_at IS NULL) \
             ORDER BY a.id LIMIT $3",
        )
        .bind(after)
        .bind(frequency)
        .bind(BATCH)
        .fetch_all(&state.db)
        .await?;
        let Some(last) = ids.last() else { break };
        after = *last;
        let mut tx = state.db.begin().await?;
        for id in &ids {
            let job = SendDigest {
                account_id: *id,
                period: period.clone(),
            };
            crate::jobs::enqueue(&mut *tx, &job, now_ms()).await?;
        }
        tx.commit().await?;
        state.queue.wake();
        queued += ids.len();
    }
    tracing::info!(frequency, digests = queued, "digest run queued its mails");
    Ok(())
}

#[derive(askama::Template)]
#[template(path = "mail/digest.txt")]
struct DigestText<'a> {
    lang: &'a Lang,
    username: &'a str,
    site: &'a str,
    frequency: &'a str,
    lines: &'a [(String, String)],
    settings: &'a str,
    unsubscribe: &'a str,
}

#[derive(askama::Template)]
#[template(path = "mail/digest.html")]
struct DigestHtml<'a> {
    lang: &'a Lang,
    username: &'a str,
    site: &'a str,
    frequency: &'a str,
    lines: &'a [(String, String)],
    settings: &'a str,
    unsubscribe: &'a str,
}

pub async fn send_digest(state: AppState, job: SendDigest) -> anyhow::Result<()> {
    let (account, period) = (job.account_id, job.period.as_str());
    let Some((
        Recipient {
            username,
            email: address,
            locale,
        },
        items,
    )) = due(&state.db, account, Delivery::Digest).await?
    else {
        return Ok(());
    };
    let taken = sqlx::query(
        "INSERT INTO digest_sent (account_id, period, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(account)
    .bind(period)
    .bind(now_ms())
    .execute(&state.db)
    .await?
    .rows_affected();
    if taken == 0 {
        return Ok(()); // this period's digest already went
    }
    let lang = state.i18n.for_account(locale.as_deref());
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    let origin = state.config.origin();
    let lines: Vec<(String, String)> = super::group(items)
        .iter()
        .map(|g| {
            let text = g.line(&lang);
            let link = match g.link() {
                Some(path) => format!("{origin}{path}"),
                None => format!("{origin}/notifications"),
            };
            (text, link)
        })
        .collect();
    let frequency = lang.t(match period.split(':').next() {
        Some("weekly") => "notifications-frequency-weekly",
        _ => "notifications-frequency-daily",
    });
    let unsubscribe = unsubscribe_url(&state, account);
    let settings = format!("{origin}/settings/notifications");
    let subject = lang.t2(
        "notifications-digest-subject",
        "frequency",
        &frequency,
        "count",
        ids.len(),
    );
    let mut mail = Email::from_templates(
        address,
        &subject,
        &DigestText {
            lang: &lang,
            username: &username,
            site: &origin,
            frequency: &frequency,
            lines: &lines,
            settings: &settings,
            unsubscribe: &unsubscribe,
        },
        &DigestHtml {
            lang: &lang,
            username: &username,
            site: &origin,
            frequency: &frequency,
            lines: &lines,
            settings: &settings,
            unsubscribe: &unsubscribe,
        },
    )?;
    mail.unsubscribe = Some(unsubscribe);
    if let Err(e) = state.mailer.send(&mail).await {
        // Give the period back, so the retry can send it.
        sqlx::query("DELETE FROM digest_sent WHERE account_id = $1 AND period = $2")
            .bind(account)
            .bind(period)
            .execute(&state.db)
            .await?;
        return Err(e);
    }
    store::mark_emailed(&state.db, &ids).await?;
    Ok(())
}

/// The digests' schedules: the daily digest at 07:00 UTC, the weekly one on
/// Mondays at 07:00 UTC.
pub fn schedules() -> Vec<schedule::Periodic> {
    vec![
        schedule::Periodic::new("digest_daily", schedule::cron("0 0 7 * * *"), |slot| {
            DigestRun {
                frequency: Frequency::Daily,
                slot: Some(slot),
            }
        }),
        schedule::Periodic::new("digest_weekly", schedule::cron("0 0 7 * * Mon"), |slot| {
            DigestRun {
                frequency: Frequency::Weekly,
                slot: Some(slot),
            }
        }),
    ]
}
