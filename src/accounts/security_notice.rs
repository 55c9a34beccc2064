//! Mail to an account's owner when how they sign in changes: a passkey
//! added or removed, a second factor turned on or off, a recovery code
//! used, recovery codes renewed.
//! If it was not the owner, they learn of it at once, from a mailbox the
//! intruder does not hold.

use serde::{Deserialize, Serialize};

use super::{Addressee, addressee};
use crate::jobs::Job;
use crate::web::AppState;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    PasskeyAdded {
        name: String,
    },
    PasskeyRemoved {
        name: String,
    },
    SecondFactorOn,
    SecondFactorOff,
    RecoveryCodeUsed {
        left: i64,
    },
    RecoveryCodesRenewed,
    /// An admin took it off (the owner lost their phone and codes).
    ResetByAdmin,
}

impl Notice {
    /// The message keys of the subject and of what happened.
    fn keys(&self) -> (&'static str, &'static str) {
        match self {
            Notice::PasskeyAdded { .. } => {
                ("passkeys-mail-added-subject", "passkeys-mail-added-what")
            }
            Notice::PasskeyRemoved { .. } => (
                "passkeys-mail-removed-subject",
                "passkeys-mail-removed-what",
            ),
            Notice::SecondFactorOn => ("security-mail-on-subject", "security-mail-on-what"),
            Notice::SecondFactorOff => ("security-mail-off-subject", "security-mail-off-what"),
            Notice::RecoveryCodeUsed { .. } => (
                "security-mail-code-used-subject",
                "security-mail-code-used-what",
            ),
            Notice::RecoveryCodesRenewed => (
                "security-mail-renewed-subject",
                "security-mail-renewed-what",
            ),
            Notice::ResetByAdmin => ("security-mail-reset-subject", "security-mail-reset-what"),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SendSecurityNotice {
    pub account_id: i64,
    pub notice: Notice,
}

impl Job for SendSecurityNotice {
    const KIND: &'static str = "send_security_notice";
}

/// Queues the mail telling `account_id`'s owner of `notice` in the
/// caller's transaction, so the change and its mail stand or fall
/// together (the caller wakes the workers after the commit).
pub async fn queue(
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
    notice: Notice,
) -> Result<(), sqlx::Error> {
    crate::jobs::enqueue(
        conn,
        &SendSecurityNotice { account_id, notice },
        crate::db::now_ms(),
    )
    .await
    .map(|_| ())
}

/// Queues the mail telling `account_id`'s owner of `notice`, and wakes
/// the workers.
pub async fn tell(state: &AppState, account_id: i64, notice: Notice) -> Result<(), sqlx::Error> {
    crate::jobs::enqueue(
        &state.db,
        &SendSecurityNotice { account_id, notice },
        crate::db::now_ms(),
    )
    .await?;
    state.queue.wake();
    Ok(())
}

pub async fn send_security_notice(state: AppState, job: SendSecurityNotice) -> anyhow::Result<()> {
    let Some(Addressee {
        username,
        email,
        locale,
    }) = addressee(&state.db, job.account_id, true).await?
    else {
        return Ok(());
    };
    let lang = state.i18n.for_account(locale.as_deref());
    let (subject, what) = job.notice.keys();
    let what = match &job.notice {
        Notice::RecoveryCodeUsed { left } => lang.t1(what, "left", *left),
        Notice::PasskeyAdded { name } | Notice::PasskeyRemoved { name } => {
            lang.t1(what, "name", name.as_str())
        }
        _ => lang.t(what),
    };
    let link = format!("{}/settings/security", state.config.origin());
    let if_not = lang.t("security-mail-if-not");
    let mail = crate::mail::Notice {
        lang: &lang,
        username: &username,
        paragraphs: &[&what, &if_not],
        link_label: &lang.t("security-mail-link"),
        link: &link,
    }
    .email(email, &lang.t(subject))?;
    state.mailer.send(&mail).await
}
