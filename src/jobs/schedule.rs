//! Periodic jobs in Quill's own queue (the part Celery beat played in the
//! seed). Each schedule is an interval or a cron expression (the `cron`
//! crate parses it); its next slot is a row in `schedule`. Every worker
//! process ticks; the one whose compare-and-set moves `next_at` forward
//! enqueues the slot's job in the same transaction, so a slot runs once
//! however many workers look. The new `next_at` is the first slot after
//! *now*: slots missed while everything was down collapse into one run at
//! the next start.

use std::str::FromStr;
use std::time::Duration;

use chrono::{TimeZone, Utc};

use super::{Job, Queue};
use crate::db::{Db, now_ms};

pub enum Every {
    Interval(Duration),
    Cron(Box<cron::Schedule>),
}

impl Every {
    /// The first slot strictly after `t` (ms).
    pub fn next_after(&self, t: i64) -> i64 {
        match self {
            Every::Interval(d) => {
                let step = d.as_millis().max(1) as i64;
                (t / step + 1) * step
            }
            Every::Cron(s) => {
                let at = Utc
                    .timestamp_millis_opt(t)
                    .single()
                    .unwrap_or_else(Utc::now);
                s.after(&at)
                    .next()
                    .map_or(t + 86_400_000, |n| n.timestamp_millis())
            }
        }
    }
}

pub struct Periodic {
    /// Also what `/admin/jobs` shows.
    pub name: &'static str,
    pub every: Every,
    /// The job it enqueues for a slot (ms).
    job: SlotJob,
}

type SlotJob = Box<dyn Fn(i64) -> Result<super::Stored, sqlx::Error> + Send + Sync>;

impl Periodic {
    /// A schedule whose slot `slot` (ms) enqueues `job(slot)`.
    pub fn new<J: Job>(
        name: &'static str,
        every: Every,
        job: impl Fn(i64) -> J + Send + Sync + 'static,
    ) -> Periodic {
        Periodic {
            name,
            every,
            job: Box::new(move |slot| super::Stored::of(&job(slot))),
        }
    }
}

/// A cron schedule written into the code (so it is known to be valid).
pub fn cron(expr: &str) -> Every {
    Every::Cron(Box::new(
        cron::Schedule::from_str(expr).expect("a valid built-in cron expression"),
    ))
}

/// Registers new schedules (first slot: the next one from now) and
/// enqueues every due slot once. Returns how many jobs this call enqueued.
pub async fn tick(db: &Db, schedules: &[Periodic], now: i64) -> Result<usize, sqlx::Error> {
    let mut enqueued = 0;
    for p in schedules {
        sqlx::query(
            "INSERT INTO schedule (name, next_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(p.name)
        .bind(p.every.next_after(now))
        .execute(db)
        .await?;
        let due: i64 = sqlx::query_scalar("SELECT next_at FROM schedule WHERE name = $1")
            .bind(p.name)
            .fetch_one(db)
            .await?;
        if due > now {
            continue;
        }
        let mut tx = db.begin().await?;
        let moved =
            sqlx::query("UPDATE schedule SET next_at = $1 WHERE name = $2 AND next_at = $3")
                .bind(p.every.next_after(now))
                .bind(p.name)
                .bind(due)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if moved == 1 {
            super::insert(&mut *tx, (p.job)(due)?, now).await?;
            enqueued += 1;
        }
        tx.commit().await?;
    }
    Ok(enqueued)
}

/// A schedule and its next run (ms).
#[derive(sqlx::FromRow)]
pub struct Upcoming {
    pub name: String,
    pub next_at: i64,
}

/// What `/admin/jobs` shows: each schedule and its next run.
pub async fn upcoming(db: &Db) -> Result<Vec<Upcoming>, sqlx::Error> {
    sqlx::query_as("SELECT name, next_at FROM schedule ORDER BY name")
        .fetch_all(db)
        .await
}

const TICK: Duration = Duration::from_secs(30);

/// The ticker beside each process's workers, for the schedules the
/// assembly hands it (each feature names its own).
pub async fn run(
    db: Db,
    queue: Queue,
    schedules: Vec<Periodic>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    while !*stop.borrow() {
        match tick(&db, &schedules, now_ms()).await {
            Ok(n) if n > 0 => queue.wake(),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "periodic schedules not checked"),
        }
        tokio::select! {
            _ = tokio::time::sleep(TICK) => {}
            _ = stop.changed() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_slot_is_strictly_after_the_time_given() {
        let daily_at_7 = cron("0 0 7 * * *");
        let jan1_0600 = 1_704_088_800_000; // 2024-01-01 06:00 UTC
        assert_eq!(daily_at_7.next_after(jan1_0600), jan1_0600 + 3_600_000);
        let at_7 = jan1_0600 + 3_600_000;
        assert_eq!(daily_at_7.next_after(at_7), at_7 + 86_400_000);
        let minute = Every::Interval(Duration::from_secs(60));
        assert_eq!(minute.next_after(60_000), 120_000);
        assert_eq!(minute.next_after(60_001), 120_000);
    }
}
