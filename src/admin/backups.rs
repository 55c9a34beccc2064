//! Scheduled backups (`QUILL_BACKUP_DIR`, `QUILL_BACKUP_EVERY`,
//! `QUILL_BACKUP_KEEP`): a periodic job writes `quill-<slot>.tar.zst` into
//! the folder (one per slot however many instances run: the schedule
//! machinery enqueues a slot once), keeps the newest `QUILL_BACKUP_KEEP`,
//! records every run for the dashboard, and mails the admins when a run
//! fails.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::config::BackupSchedule;
use crate::db::{Db, now_ms};
use crate::i18n::Msg;
use crate::jobs::Job;
use crate::jobs::schedule::{Every, Periodic};
use crate::mail::Notice;
use crate::web::AppState;

/// One slot's backup.
#[derive(Debug, Serialize, Deserialize)]
pub struct RunBackup {
    pub slot: i64,
}

impl Job for RunBackup {
    const KIND: &'static str = "backup";
    // A large site's uploads take a while to read and compress.
    const TIMEOUT: Duration = Duration::from_secs(6 * 3600);
}

/// Tells one admin a scheduled backup failed.
#[derive(Debug, Serialize, Deserialize)]
pub struct SendBackupFailed {
    pub account_id: i64,
    pub file: String,
    pub error: String,
}

impl Job for SendBackupFailed {
    const KIND: &'static str = "backup_failed_mail";
}

/// The backup schedule, when one is configured.
pub fn schedules(plan: Option<&BackupSchedule>) -> Vec<Periodic> {
    plan.map(|p| {
        Periodic::new("backup", Every::Interval(p.every), |slot| RunBackup {
            slot,
        })
    })
    .into_iter()
    .collect()
}

const PREFIX: &str = "quill-";
const SUFFIX: &str = ".tar.zst";

/// `quill-20261206T000000Z.tar.zst`: names sort in time order.
pub fn file_name(slot: i64) -> String {
    let at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(slot) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let stamp = at
        .format(time::macros::format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap_or_else(|_| slot.to_string());
    format!("{PREFIX}{stamp}{SUFFIX}")
}

pub async fn run_backup(state: AppState, job: RunBackup) -> anyhow::Result<()> {
    // Turned off since the slot was queued, or this process was started
    // without the setting the others have.
    let Some(plan) = state.config.backups.clone() else {
        tracing::warn!(
            slot = job.slot,
            "a scheduled backup came to a process without QUILL_BACKUP_DIR: skipped; give every instance the same backup settings"
        );
        return Ok(());
    };
    let file = file_name(job.slot);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO backup_run (slot, file, started_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(job.slot)
    .bind(&file)
    .bind(now_ms())
    .fetch_one(&state.db)
    .await?;
    let made = crate::backup::create(
        &state.config,
        &state.db,
        &plan.dir.join(&file),
        indicatif::ProgressBar::hidden(),
    )
    .await;
    match made {
        Ok(made) => {
            sqlx::query("UPDATE backup_run SET finished_at = $1, bytes = $2 WHERE id = $3")
                .bind(now_ms())
                .bind(made.bytes as i64)
                .bind(id)
                .execute(&state.db)
                .await?;
            tracing::info!(file = %file, bytes = made.bytes, "scheduled backup written");
            // Not a reason to run the backup again.
            if let Err(e) = prune(&plan.dir, plan.keep) {
                tracing::warn!(error = %e, dir = %plan.dir.display(), "old backups not removed");
            }
        }
        Err(e) => {
            let error = format!("{e:#}");
            tracing::error!(file = %file, error = %error, "scheduled backup failed");
            let mut tx = state.db.begin().await?;
            sqlx::query("UPDATE backup_run SET finished_at = $1, error = $2 WHERE id = $3")
                .bind(now_ms())
                .bind(&error)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            // Each admin's mail is its own job: one bad address does not
            // keep the others from being told.
            let admins: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM account WHERE role = 'admin' AND banned_at IS NULL",
            )
            .fetch_all(&mut *tx)
            .await?;
            for account_id in admins {
                let mail = SendBackupFailed {
                    account_id,
                    file: file.clone(),
                    error: error.clone(),
                };
                crate::jobs::enqueue(&mut *tx, &mail, now_ms()).await?;
            }
            tx.commit().await?;
            state.queue.wake();
            // Not retried: the run is recorded and the admins told; the
            // next slot tries again.
        }
    }
    Ok(())
}

pub async fn send_backup_failed(state: AppState, job: SendBackupFailed) -> anyhow::Result<()> {
    let Some(to) = crate::accounts::addressee(&state.db, job.account_id, true).await? else {
        return Ok(());
    };
    // In the admin's own language.
    let lang = state.i18n.for_account(to.locale.as_deref());
    let what = lang.t1("admin-backup-mail-what", "file", job.file.as_str());
    let why = lang.t1("admin-backup-mail-why", "error", job.error.as_str());
    let next = lang.t("admin-backup-mail-next");
    let link_label = lang.t("admin-backup-mail-link");
    let link = format!("{}/admin", state.config.origin());
    let mail = Notice {
        lang: &lang,
        username: &to.username,
        paragraphs: &[&what, &why, &next],
        link_label: &link_label,
        link: &link,
    }
    .email(to.email, &lang.t("admin-backup-mail-subject"))?;
    state.mailer.send(&mail).await
}

/// Only the schedule's own names (`quill-YYYYMMDDTHHMMSSZ.tar.zst`): an
/// archive made by hand in the same folder is never counted or removed.
fn is_scheduled(name: &str) -> bool {
    name.strip_prefix(PREFIX)
        .and_then(|n| n.strip_suffix(SUFFIX))
        .is_some_and(|stamp| {
            stamp.len() == 16
                && stamp.char_indices().all(|(i, c)| match i {
                    8 => c == 'T',
                    15 => c == 'Z',
                    _ => c.is_ascii_digit(),
                })
        })
}

/// Removes the oldest archives beyond `keep` (and scratch left by a run
/// that was killed); returns how many archives went.
pub fn prune(dir: &Path, keep: usize) -> std::io::Result<usize> {
    let mut archives: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if is_scheduled(name) {
            archives.push(entry.path());
        } else if name.starts_with(".quill-backup-") {
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > 2 * RunBackup::TIMEOUT));
            if stale {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    archives.sort();
    let extra = archives.len().saturating_sub(keep);
    for old in &archives[..extra] {
        std::fs::remove_file(old)?;
    }
    Ok(extra)
}

/// The last run that worked and the last one, for the dashboard.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Run {
    pub file: String,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub bytes: Option<i64>,
    pub error: Option<String>,
}

impl Run {
    pub fn size(&self) -> String {
        crate::error::format_bytes(self.bytes.unwrap_or(0).max(0) as u64)
    }

    /// When it ended (or, unfinished, started), for "3 hours ago".
    pub fn at(&self) -> i64 {
        self.finished_at.unwrap_or(self.started_at)
    }
}

/// `1 day`, `6 hours`, `90 minutes`: the interval as a person says it
/// (written with `Lang::msg`).
pub fn every(d: Duration) -> Msg {
    let secs = d.as_secs();
    let (n, key) = if secs.is_multiple_of(86_400) {
        (secs / 86_400, "admin-backup-every-days")
    } else if secs.is_multiple_of(3600) {
        (secs / 3600, "admin-backup-every-hours")
    } else {
        (secs / 60, "admin-backup-every-minutes")
    };
    Msg::new(key).with("count", n)
}

pub struct Status {
    pub last_good: Option<Run>,
    /// The newest run, when it failed; without an `error`, it did not
    /// finish within its time limit (the process stopped or it hung).
    pub failed: Option<Run>,
}

pub async fn status(db: &Db) -> Result<Status, sqlx::Error> {
    let last_good: Option<Run> = sqlx::query_as(
        "SELECT file, started_at, finished_at, bytes, error FROM backup_run \
         WHERE finished_at IS NOT NULL AND error IS NULL ORDER BY started_at DESC LIMIT 1",
    )
    .fetch_optional(db)
    .await?;
    // A run still unfinished past its time limit died (or hangs): failed.
    let stuck_before = now_ms() - RunBackup::TIMEOUT.as_millis() as i64;
    let newest: Option<Run> = sqlx::query_as(
        "SELECT file, started_at, finished_at, bytes, error FROM backup_run \
         WHERE finished_at IS NOT NULL OR started_at < $1 ORDER BY started_at DESC LIMIT 1",
    )
    .bind(stuck_before)
    .fetch_optional(db)
    .await?;
    Ok(Status {
        last_good,
        failed: newest.filter(|r| r.error.is_some() || r.finished_at.is_none()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_schedules_own_archives_are_pruned() {
        assert!(is_scheduled(&file_name(1_796_515_200_000)));
        assert!(!is_scheduled("quill-before-upgrade.tar.zst"));
        assert!(!is_scheduled("quill-20261206T000000Z.tar.zst.partial"));
        assert!(!is_scheduled("site.tar.zst"));
    }

    #[test]
    fn archive_names_sort_in_time_order() {
        assert_eq!(file_name(0), "quill-19700101T000000Z.tar.zst");
        assert_eq!(
            file_name(1_796_515_200_000),
            "quill-20261206T000000Z.tar.zst"
        );
        assert!(file_name(86_400_000) < file_name(10 * 86_400_000));
    }
}
