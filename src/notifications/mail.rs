//! Notification mail: per-person preferences, the "instant" mail that waits
//! `QUILL_NOTIFY_EMAIL_DELAY` and says only what is still unseen, and the
//! one-click unsubscribe link (RFC 8058) every such mail carries.
//!
//! A new notification whose kind is set to `instant` queues one job per
//! person (`enqueue_once`, keyed by the person): everything that arrives
//! before it runs goes into the same mail. When the job runs it reads what
//! is still unread, not taken back and not mailed before; nothing left
//! means no mail.

use askama::Template;
use serde::{Deserialize, Serialize};

use super::store::{self, Item};
use crate::db::{Db, now_ms};
use crate::i18n::Lang;
use crate::jobs::Job;
use crate::mail::Email;
use crate::web::AppState;
use crate::web::signed;

/// Job: `account_id`'s instant notification mail.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NotifyEmail {
    pub account_id: i64,
}

impl Job for NotifyEmail {
    const KIND: &'static str = "notify_email";
}

pub const ACTIONS: [&str; 5] = ["follow", "like", "comment", "reply", "mention"];

/// How one kind of notification reaches a person by mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Instant,
    Digest,
    Off,
}

impl Delivery {
    pub fn parse(s: &str) -> Option<Delivery> {
        match s {
            "instant" => Some(Delivery::Instant),
            "digest" => Some(Delivery::Digest),
            "off" => Some(Delivery::Off),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Instant => "instant",
            Delivery::Digest => "digest",
            Delivery::Off => "off",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefs {
    pub follow: Delivery,
    pub like: Delivery,
    pub comment: Delivery,
    pub reply: Delivery,
    pub mention: Delivery,
    /// `daily` or `weekly`.
    pub frequency: String,
}

impl Default for Prefs {
    /// Comments, replies and mentions are addressed to you and come at
    /// once; likes and follows would be a flood, so they wait for the
    /// daily digest.
    fn default() -> Self {
        Prefs {
            follow: Delivery::Digest,
            like: Delivery::Digest,
            comment: Delivery::Instant,
            reply: Delivery::Instant,
            mention: Delivery::Instant,
            frequency: "daily".into(),
        }
    }
}

impl Prefs {
    pub fn of(&self, action: &str) -> Delivery {
        match action {
            "follow" => self.follow,
            "like" => self.like,
            "reply" => self.reply,
            "mention" => self.mention,
            _ => self.comment,
        }
    }

    /// Every kind off, the digest's frequency kept (the unsubscribe link).
    pub fn all_off_from(&self) -> Prefs {
        Prefs {
            follow: Delivery::Off,
            like: Delivery::Off,
            comment: Delivery::Off,
            reply: Delivery::Off,
            mention: Delivery::Off,
            frequency: self.frequency.clone(),
        }
    }

    pub fn all_off(&self) -> bool {
        ACTIONS.iter().all(|a| self.of(a) == Delivery::Off)
    }
}

pub async fn load<'e, E>(exec: E, account: i64) -> Result<Prefs, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    #[derive(sqlx::FromRow)]
    struct Row {
        follow: String,
        like: String,
        comment: String,
        reply: String,
        mention: String,
        digest_frequency: String,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT follow, \"like\", comment, reply, mention, digest_frequency FROM notification_pref WHERE account_id = $1",
    )
    .bind(account)
    .fetch_optional(exec)
    .await?;
    Ok(match row {
        None => Prefs::default(),
        Some(row) => {
            let d = Prefs::default();
            Prefs {
                follow: Delivery::parse(&row.follow).unwrap_or(d.follow),
                like: Delivery::parse(&row.like).unwrap_or(d.like),
                comment: Delivery::parse(&row.comment).unwrap_or(d.comment),
                reply: Delivery::parse(&row.reply).unwrap_or(d.reply),
                mention: Delivery::parse(&row.mention).unwrap_or(d.mention),
                frequency: if row.digest_frequency == "weekly" {
                    "weekly".into()
                } else {
                    "daily".into()
                },
            }
        }
    })
}

pub async fn save(db: &Db, account: i64, p: &Prefs) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO notification_pref (account_id, follow, \"like\", comment, reply, mention, digest_frequency) \
         VALUES ($1, $2, $3, $4, $6, $7, $5) \
         ON CONFLICT (account_id) DO UPDATE SET follow = excluded.follow, \"like\" = excluded.\"like\", \
           comment = excluded.comment, reply = excluded.reply, mention = excluded.mention, \
           digest_frequency = excluded.digest_frequency",
    )
    .bind(account)
    .bind(p.follow.as_str())
    .bind(p.like.as_str())
    .bind(p.comment.as_str())
    .bind(&p.frequency)
    .bind(p.reply.as_str())
    .bind(p.mention.as_str())
    .execute(db)
    .await?;
    Ok(())
}

/// In the new notification's transaction: when the receiver wants this
/// kind at once, make sure one mail job is waiting for them.
pub async fn after_new(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    state: &AppState,
    receiver: i64,
    action: &str,
) -> Result<(), sqlx::Error> {
    if load(&mut **tx, receiver).await?.of(action) != Delivery::Instant {
        return Ok(());
    }
    let delay = state.config.notify_email_delay.as_millis() as i64;
    crate::jobs::enqueue_once(
        &mut **tx,
        &format!("notify:{receiver}"),
        &NotifyEmail {
            account_id: receiver,
        },
        now_ms() + delay,
    )
    .await?;
    Ok(())
}

/// Who may get notification mail: an active account with a verified address.
#[derive(sqlx::FromRow)]
pub(super) struct Recipient {
    pub username: String,
    pub email: String,
    /// The language they chose (`None`: never chose; they get English).
    pub locale: Option<String>,
}

async fn recipient(db: &Db, account: i64) -> Result<Option<Recipient>, sqlx::Error> {
    sqlx::query_as(
        "SELECT username, email, locale FROM account \
         WHERE id = $1 AND banned_at IS NULL AND email_verified_at IS NOT NULL",
    )
    .bind(account)
    .fetch_optional(db)
    .await
}

/// What a notification mail to `account` would carry: the recipient and
/// their unread, unmailed notifications of the kinds they want `how`.
/// `None` when they may not be mailed or nothing is left to say.
pub(super) async fn due(
    db: &Db,
    account: i64,
    how: Delivery,
) -> Result<Option<(Recipient, Vec<Item>)>, sqlx::Error> {
    let Some(to) = recipient(db, account).await? else {
        return Ok(None);
    };
    let prefs = load(db, account).await?;
    let items: Vec<Item> = store::unmailed(db, account)
        .await?
        .into_iter()
        .filter(|i| prefs.of(&i.action) == how)
        .collect();
    Ok((!items.is_empty()).then_some((to, items)))
}

#[derive(Template)]
#[template(path = "mail/notifications.txt")]
struct NotifyText<'a> {
    lang: &'a Lang,
    username: &'a str,
    site: &'a str,
    items: &'a [(String, String)],
    settings: &'a str,
    unsubscribe: &'a str,
}

#[derive(Template)]
#[template(path = "mail/notifications.html")]
struct NotifyHtml<'a> {
    lang: &'a Lang,
    username: &'a str,
    site: &'a str,
    items: &'a [(String, String)],
    settings: &'a str,
    unsubscribe: &'a str,
}

/// The job: one mail with what is still unseen of the kinds this person
/// wants at once; nothing when all of it was read or taken back meanwhile.
pub async fn notify_email(state: AppState, job: NotifyEmail) -> anyhow::Result<()> {
    let account = job.account_id;
    let Some((
        Recipient {
            username,
            email: address,
            locale,
        },
        items,
    )) = due(&state.db, account, Delivery::Instant).await?
    else {
        return Ok(());
    };
    let lang = state.i18n.for_account(locale.as_deref());
    let origin = state.config.origin();
    let lines: Vec<(String, String)> = items
        .iter()
        .map(|i| {
            let link = match (i.post_id, i.comment_id) {
                (Some(p), Some(c)) => format!("{origin}/posts/{p}#comment-{c}"),
                (Some(p), None) => format!("{origin}/posts/{p}"),
                (None, _) => format!("{origin}/u/{}", i.actor),
            };
            (i.text(&lang), link)
        })
        .collect();
    let unsubscribe = unsubscribe_url(&state, account);
    let settings = format!("{origin}/settings/notifications");
    let subject = if items.len() == 1 {
        items[0].text(&lang)
    } else {
        lang.t1("notifications-mail-subject", "count", items.len())
    };
    let mut mail = Email::from_templates(
        address,
        &subject,
        &NotifyText {
            lang: &lang,
            username: &username,
            site: &origin,
            items: &lines,
            settings: &settings,
            unsubscribe: &unsubscribe,
        },
        &NotifyHtml {
            lang: &lang,
            username: &username,
            site: &origin,
            items: &lines,
            settings: &settings,
            unsubscribe: &unsubscribe,
        },
    )?;
    mail.unsubscribe = Some(unsubscribe);
    state.mailer.send(&mail).await?;
    // After the send: a crash in between repeats the mail rather than
    // losing it (at-least-once, like every job).
    store::mark_emailed(&state.db, &items.iter().map(|i| i.id).collect::<Vec<_>>()).await?;
    Ok(())
}

// ---------------------------------------------------------------- unsubscribe

const PURPOSE: &str = "quill:unsubscribe:v1:";

/// A token that can do one thing: change this account's notification mail.
/// Signed with the site's key, so nothing is stored; `<id>.<signature>`.
pub fn unsubscribe_token(secret: &[u8], account: i64) -> String {
    signed::seal(secret, PURPOSE, &account.to_string())
}

/// The account a token was made for, if the signature holds.
pub fn verify_unsubscribe(secret: &[u8], token: &str) -> Option<i64> {
    signed::open(secret, PURPOSE, token)?.parse().ok()
}

pub fn unsubscribe_url(state: &AppState, account: i64) -> String {
    format!(
        "{}/unsubscribe?token={}",
        state.config.origin(),
        unsubscribe_token(&state.secret_key, account)
    )
}

#[derive(Debug, Default, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unsubscribe_token_is_bound_to_its_account_and_key() {
        let t = unsubscribe_token(b"key one", 42);
        assert_eq!(verify_unsubscribe(b"key one", &t), Some(42));
        assert_eq!(verify_unsubscribe(b"key two", &t), None);
        let forged = t.replacen("42.", "43.", 1);
        assert_eq!(verify_unsubscribe(b"key one", &forged), None);
        assert_eq!(verify_unsubscribe(b"key one", "not-a-real-token"), None);
        assert_eq!(verify_unsubscribe(b"key one", "42."), None);
    }
}
