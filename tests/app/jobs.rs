use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use quill::db::Backend;
use quill::jobs::{self, Handlers, Job, Outcome, Queue};
use serde::{Deserialize, Serialize};

use crate::helpers::{TestApp, on_each_backend};

/// The queue's own tests use jobs of their own.
#[derive(Serialize, Deserialize)]
struct Note {
    n: i64,
}

impl Job for Note {
    const KIND: &'static str = "note";
}

/// Jobs with no payload, stored as `{}`.
#[derive(Serialize, Deserialize)]
struct Flaky {}
#[derive(Serialize, Deserialize)]
struct Boom {}
#[derive(Serialize, Deserialize)]
struct Slow {}
#[derive(Serialize, Deserialize)]
struct Stuck {}

impl Job for Flaky {
    const KIND: &'static str = "flaky";
}
impl Job for Boom {
    const KIND: &'static str = "boom";
}
impl Job for Slow {
    const KIND: &'static str = "slow";
}
impl Job for Stuck {
    const KIND: &'static str = "stuck";
}

fn queue(app: &TestApp) -> Queue {
    Queue::new(
        app.db.clone(),
        if app.backend == "postgres" {
            Backend::Postgres
        } else {
            Backend::Sqlite
        },
    )
}

async fn jobs_left(app: &TestApp) -> Vec<(String, i64, Option<String>)> {
    sqlx::query_as("SELECT state, attempts, last_error FROM job ORDER BY id")
        .fetch_all(&app.db)
        .await
        .unwrap()
}

/// Lets retries come due now instead of waiting out the backoff.
async fn time_passes(app: &TestApp) {
    sqlx::query("UPDATE job SET run_at = 0 WHERE state = 'pending'")
        .execute(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_job_enqueued_in_a_rolled_back_transaction_never_runs() {
    on_each_backend(|app| async move {
        let ran = Arc::new(Mutex::new(Vec::new()));
        let seen = ran.clone();
        let handlers = Handlers::default().on(move |note: Note| {
            let seen = seen.clone();
            async move {
                seen.lock().unwrap().push(note.n);
                Ok(())
            }
        });
        let mut tx = app.db.begin().await.unwrap();
        jobs::enqueue(&mut *tx, &Note { n: 1 }, 0).await.unwrap();
        tx.rollback().await.unwrap();
        let mut tx = app.db.begin().await.unwrap();
        jobs::enqueue(&mut *tx, &Note { n: 2 }, 0).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(
            queue(&app).run_pending(&handlers).await.unwrap(),
            1,
            "[{}]",
            app.backend
        );
        assert_eq!(*ran.lock().unwrap(), vec![2]);
        assert!(
            jobs_left(&app).await.is_empty(),
            "a finished job is removed"
        );
    })
    .await;
}

#[tokio::test]
async fn a_failing_job_is_retried_after_a_backoff_until_it_succeeds() {
    on_each_backend(|app| async move {
        let tries = Arc::new(Mutex::new(0));
        let count = tries.clone();
        let handlers = Handlers::default().on(move |_: Flaky| {
            let count = count.clone();
            async move {
                let mut n = count.lock().unwrap();
                *n += 1;
                if *n < 3 {
                    anyhow::bail!("refused, try {n}")
                } else {
                    Ok(())
                }
            }
        });
        jobs::enqueue(&app.db, &Flaky {}, 0).await.unwrap();
        let q = queue(&app);
        assert_eq!(
            q.run_pending(&handlers).await.unwrap(),
            1,
            "[{}] a failed job waits for its backoff",
            app.backend
        );
        let left = jobs_left(&app).await;
        assert_eq!(left[0].0, "pending");
        assert!(left[0].2.as_deref().unwrap().contains("refused, try 1"));
        time_passes(&app).await;
        q.run_pending(&handlers).await.unwrap();
        time_passes(&app).await;
        q.run_pending(&handlers).await.unwrap();
        assert_eq!(*tries.lock().unwrap(), 3);
        assert!(
            jobs_left(&app).await.is_empty(),
            "[{}] done on the third try",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_panicking_handler_counts_as_a_failure_and_a_job_past_its_attempts_is_dead() {
    on_each_backend(|app| async move {
        let handlers = Handlers::default().on(|_: Boom| async { panic!("handler bug") });
        jobs::enqueue(&app.db, &Boom {}, 0).await.unwrap();
        let q = queue(&app);
        let mut outcomes = Vec::new();
        for _ in 0..jobs::DEFAULT_MAX_ATTEMPTS {
            let Some(job) = q.claim().await.unwrap() else {
                panic!(
                    "[{}] the job is due again: {:?} after {outcomes:?}",
                    app.backend,
                    jobs_left(&app).await
                )
            };
            outcomes.push(q.run(&handlers, job).await.unwrap());
            time_passes(&app).await;
        }
        assert!(
            outcomes[..outcomes.len() - 1]
                .iter()
                .all(|o| *o == Outcome::Retry)
        );
        assert_eq!(outcomes.last(), Some(&Outcome::Dead), "[{}]", app.backend);
        let left = jobs_left(&app).await;
        assert_eq!(
            (left[0].0.as_str(), left[0].1),
            ("dead", jobs::DEFAULT_MAX_ATTEMPTS)
        );
        assert!(left[0].2.as_deref().unwrap().contains("panicked"));
        assert!(
            q.claim().await.unwrap().is_none(),
            "a dead job is not run again"
        );
    })
    .await;
}

#[tokio::test]
async fn a_job_claimed_by_a_worker_that_died_is_taken_over_after_its_lease() {
    on_each_backend(|app| async move {
        jobs::enqueue(&app.db, &Note { n: 0 }, 0).await.unwrap();
        let dead_worker = queue(&app);
        dead_worker
            .claim()
            .await
            .unwrap()
            .expect("claimed, then the process dies");
        let other = queue(&app);
        assert!(
            other.claim().await.unwrap().is_none(),
            "[{}] not while the lease holds",
            app.backend
        );
        sqlx::query("UPDATE job SET locked_until = 0")
            .execute(&app.db)
            .await
            .unwrap();
        let job = other.claim().await.unwrap().expect("taken over");
        assert_eq!(job.attempts, 2);
    })
    .await;
}

#[tokio::test]
async fn two_workers_never_run_the_same_job() {
    on_each_backend(|app| async move {
        let runs = Arc::new(Mutex::new(HashMap::<i64, usize>::new()));
        let seen = runs.clone();
        let handlers = Handlers::default().on(move |note: Note| {
            let seen = seen.clone();
            async move {
                *seen.lock().unwrap().entry(note.n).or_default() += 1;
                Ok(())
            }
        });
        for n in 0..40 {
            jobs::enqueue(&app.db, &Note { n }, 0).await.unwrap();
        }
        let (a, b) = (queue(&app), queue(&app));
        let (ra, rb) = tokio::join!(a.run_pending(&handlers), b.run_pending(&handlers));
        assert_eq!(ra.unwrap() + rb.unwrap(), 40, "[{}]", app.backend);
        let runs = runs.lock().unwrap();
        assert_eq!(runs.len(), 40);
        assert!(
            runs.values().all(|&n| n == 1),
            "[{}] each job ran once",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn an_idle_worker_wakes_at_once_for_a_job_enqueued_by_another_process() {
    on_each_backend(|app| async move {
        let (ran_tx, mut ran) = tokio::sync::mpsc::unbounded_channel();
        let handlers = Handlers::default().on(move |note: Note| {
            let ran_tx = ran_tx.clone();
            async move {
                let _ = ran_tx.send(note.n);
                Ok(())
            }
        });
        // The worker would not look on its own for an hour: only a wake-up
        // can make it run the job within the test's patience.
        let worker = queue(&app).with_poll_interval(Duration::from_secs(3600));
        let mut workers = worker.start(handlers, 1, Some(&app.state.config.database_url.0));
        workers.listening().await;
        // On PostgreSQL the enqueuer is a different Queue, as in another
        // process; on SQLite (one process only) it is the worker's own.
        let enqueuer = if app.backend == "postgres" {
            queue(&app)
        } else {
            worker.clone()
        };
        jobs::enqueue(&app.db, &Note { n: 7 }, 0).await.unwrap();
        enqueuer.wake();
        let got = tokio::time::timeout(Duration::from_secs(30), ran.recv()).await;
        assert_eq!(
            got.ok().flatten(),
            Some(7),
            "[{}] the worker was not woken",
            app.backend
        );
        workers.shutdown(Duration::from_secs(5)).await;
    })
    .await;
}

#[tokio::test]
async fn shutdown_lets_the_job_in_hand_finish() {
    on_each_backend(|app| async move {
        let (started_tx, mut started) = tokio::sync::mpsc::unbounded_channel::<()>();
        let (finish_tx, finish) = tokio::sync::watch::channel(false);
        let handlers = Handlers::default().on(move |_: Slow| {
            let started_tx = started_tx.clone();
            let mut finish = finish.clone();
            async move {
                let _ = started_tx.send(());
                let _ = finish.wait_for(|f| *f).await;
                Ok(())
            }
        });
        let q = queue(&app);
        jobs::enqueue(&app.db, &Slow {}, 0).await.unwrap();
        let workers = q.start(handlers, 1, None);
        q.wake();
        started.recv().await.unwrap();
        let stopping = tokio::spawn(workers.shutdown(Duration::from_secs(30)));
        finish_tx.send(true).unwrap();
        stopping.await.unwrap();
        assert!(
            jobs_left(&app).await.is_empty(),
            "[{}] the job finished",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_job_still_running_after_the_grace_period_is_put_back_for_the_next_start() {
    on_each_backend(|app| async move {
        let (started_tx, mut started) = tokio::sync::mpsc::unbounded_channel::<()>();
        let handlers = Handlers::default().on(move |_: Stuck| {
            let started_tx = started_tx.clone();
            async move {
                let _ = started_tx.send(());
                std::future::pending::<()>().await;
                Ok(())
            }
        });
        let q = queue(&app);
        jobs::enqueue(&app.db, &Stuck {}, 0).await.unwrap();
        let workers = q.start(handlers, 1, None);
        q.wake();
        started.recv().await.unwrap();
        workers.shutdown(Duration::from_millis(100)).await;
        let left: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT state, locked_by FROM job")
                .fetch_all(&app.db)
                .await
                .unwrap();
        assert_eq!(
            left,
            vec![("pending".to_string(), None)],
            "[{}]",
            app.backend
        );
        // The next start's worker can claim it straight away.
        assert!(queue(&app).claim().await.unwrap().is_some());
    })
    .await;
}

/// Stores a job the way the code before typed jobs did: its kind string and
/// the JSON it built by hand.
async fn store_old_form(app: &TestApp, kind: &str, payload: &str) {
    sqlx::query(
        "INSERT INTO job (kind, payload, max_attempts, run_at, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(kind)
    .bind(payload)
    .bind(jobs::DEFAULT_MAX_ATTEMPTS)
    .bind(0i64)
    .bind(quill::db::now_ms())
    .execute(&app.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn jobs_stored_before_the_upgrade_still_run() {
    on_each_backend(|app| async move {
        let handlers = quill::app::job_handlers(&app.state);
        for kind in [
            "send_verification",
            "send_signup_attempt",
            "send_reset",
            "send_password_changed",
            "send_email_change",
            "send_email_change_notice",
            "remove_files",
            "measure_images",
            "send_content_removed",
            "reindex_search",
            "digest_run",
            "send_digest",
            "notify_email",
        ] {
            assert!(handlers.handles(kind), "no handler for {kind}");
        }
        app.user("ana").await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM account WHERE username = 'ana'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        app.run_pending_jobs().await;
        let before = app.mail_to("ana@example.com").len();
        let old = [
            (
                "send_password_changed",
                format!(r#"{{"account_id": {id}}}"#),
            ),
            ("send_reset", format!(r#"{{"account_id": {id}}}"#)),
            // Queued before email-change requests were numbered: no `seq`.
            (
                "send_email_change",
                format!(r#"{{"account_id": {id}, "new_email": "moved@example.org"}}"#),
            ),
            // The notice was stored with the link's payload, `seq` and all.
            (
                "send_email_change_notice",
                format!(r#"{{"account_id": {id}, "new_email": "moved@example.org", "seq": 1}}"#),
            ),
            (
                "send_content_removed",
                format!(
                    r#"{{"account_id": {id}, "kind": "comment", "label": "Hi", "reason": "spam"}}"#
                ),
            ),
            (
                "send_signup_attempt",
                r#"{"email_key": "ana@example.com"}"#.to_string(),
            ),
            // As migration 0014 stores it.
            ("measure_images", "{}".to_string()),
            ("remove_files", r#"{"files": []}"#.to_string()),
            (
                "digest_run",
                r#"{"frequency": "weekly", "slot": 1000}"#.to_string(),
            ),
            (
                "send_digest",
                format!(r#"{{"account_id": {id}, "period": "daily:1000"}}"#),
            ),
            ("notify_email", format!(r#"{{"account_id": {id}}}"#)),
        ];
        for (kind, payload) in &old {
            store_old_form(&app, kind, payload).await;
        }
        assert_eq!(app.run_pending_jobs().await, old.len(), "[{}]", app.backend);
        assert!(
            jobs_left(&app).await.is_empty(),
            "[{}] every old job ran and finished: {:?}",
            app.backend,
            jobs_left(&app).await
        );
        let to_ana = app.mail_to("ana@example.com");
        // Password changed, reset link, email-change notice, removed comment,
        // sign-up attempt: the digest and instant mail have nothing to say.
        assert_eq!(to_ana.len() - before, 5, "[{}]", app.backend);
        assert!(to_ana.iter().any(|m| m.contains("spam")));
        let link = app.mail_to("moved@example.org");
        assert_eq!(
            link.len(),
            1,
            "[{}] the link of a job without seq",
            app.backend
        );
        assert!(link[0].contains("/verify-email?token="));
    })
    .await;
}

#[tokio::test]
async fn a_payload_that_does_not_fit_its_job_fails_with_the_reason_and_is_retried() {
    on_each_backend(|app| async move {
        store_old_form(&app, "send_reset", r#"{"account": 1}"#).await;
        app.run_pending_jobs().await;
        let left = jobs_left(&app).await;
        assert_eq!(left.len(), 1);
        assert_eq!(
            (left[0].0.as_str(), left[0].1),
            ("pending", 1),
            "[{}]",
            app.backend
        );
        let error = left[0].2.as_deref().unwrap();
        assert!(
            error.contains("send_reset") && error.contains("account_id"),
            "[{}] {error}",
            app.backend
        );
    })
    .await;
}
