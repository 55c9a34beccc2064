//! Notification mail: the instant mail waits for the delay, says only what
//! is still unseen, gathers what arrived meanwhile into one mail, follows
//! the preferences, and unsubscribes in one click. Time is injected by
//! moving the waiting job's `run_at`, not by sleeping.

use quill::notifications::digest::{DigestRun, Frequency};
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend};

/// Runs notification mail jobs as if the delay had passed.
async fn after_the_delay(app: &TestApp) {
    sqlx::query("UPDATE job SET run_at = 0 WHERE kind = 'notify_email'")
        .execute(&app.db)
        .await
        .unwrap();
    app.run_pending_jobs().await;
}

fn notification_mails(app: &TestApp, to: &str) -> Vec<String> {
    app.mail_to(to)
        .into_iter()
        .filter(|m| m.contains("List-Unsubscribe"))
        .collect()
}

async fn comment(b: &mut Browser, post: i64, body: &str) {
    b.get(&format!("/posts/{post}")).await;
    let r = b
        .post(&format!("/posts/{post}/comments"), &[("body", body)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_unread_comment_is_mailed_once_after_the_delay_with_one_click_unsubscribe() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let mut ben = app.verified_user("ben").await;
        let post = ana.create_post("Talk", "Body.", "").await;
        comment(&mut ben, post, "first words").await;
        app.run_pending_jobs().await;
        assert!(
            notification_mails(&app, "ana@example.com").is_empty(),
            "[{}] not before the delay",
            app.backend
        );
        after_the_delay(&app).await;
        let mails = notification_mails(&app, "ana@example.com");
        assert_eq!(mails.len(), 1, "[{}]", app.backend);
        let mail = &mails[0];
        assert!(mail.contains("ben commented on"), "{mail}");
        assert!(
            mail.contains("List-Unsubscribe: <http://quill.test/unsubscribe?token="),
            "{mail}"
        );
        assert!(
            mail.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
            "{mail}"
        );
        assert!(mail.contains("text/html") && mail.contains("text/plain"));
        // Nothing new: nothing more.
        after_the_delay(&app).await;
        assert_eq!(notification_mails(&app, "ana@example.com").len(), 1);
        assert!(notification_mails(&app, "ben@example.com").is_empty());
    })
    .await;
}

#[tokio::test]
async fn reading_or_taking_back_before_the_delay_means_no_mail_and_three_make_one() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let mut ben = app.verified_user("ben").await;
        let post = ana.create_post("Talk", "Body.", "").await;

        comment(&mut ben, post, "read in time").await;
        ana.get("/notifications").await;
        ana.post("/notifications/read-all", &[]).await;
        after_the_delay(&app).await;
        assert!(
            notification_mails(&app, "ana@example.com").is_empty(),
            "[{}] read: no mail",
            app.backend
        );

        ana.get("/settings/notifications").await;
        let r = ana
            .post(
                "/settings/notifications",
                &[
                    ("follow", "off"),
                    ("like", "instant"),
                    ("comment", "instant"),
                    ("digest_frequency", "daily"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        ben.get(&format!("/posts/{post}")).await;
        ben.post(&format!("/posts/{post}/like"), &[]).await;
        ben.post(&format!("/posts/{post}/unlike"), &[]).await;
        ben.get("/u/ana").await;
        ben.post("/u/ana/follow", &[]).await;
        after_the_delay(&app).await;
        assert!(
            notification_mails(&app, "ana@example.com").is_empty(),
            "[{}] unliked; follows off",
            app.backend
        );

        for i in 0..3 {
            comment(&mut ben, post, &format!("burst {i}")).await;
        }
        let waiting: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM job WHERE kind = 'notify_email'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(waiting, 1, "[{}] one job gathers them", app.backend);
        after_the_delay(&app).await;
        let mails = notification_mails(&app, "ana@example.com");
        assert_eq!(mails.len(), 1, "[{}] three comments, one mail", app.backend);
        assert!(mails[0].contains("3 new notifications"), "{}", mails[0]);
    })
    .await;
}

#[tokio::test]
async fn likes_and_follows_wait_for_the_digest_by_default_and_unverified_addresses_get_nothing() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let mut ben = app.verified_user("ben").await;
        let mut cid = app.user("cid").await; // never verified
        let post = ana.create_post("Talk", "Body.", "").await;
        ben.get(&format!("/posts/{post}")).await;
        ben.post(&format!("/posts/{post}/like"), &[]).await;
        let page = ana.get("/settings/notifications").await.text;
        assert!(page.contains("Put it in my digest"), "{page}");
        let jobs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM job WHERE kind = 'notify_email'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(jobs, 0, "[{}] a like waits for the digest", app.backend);

        let cids = cid.create_post("Mine", "x", "").await;
        comment(&mut ben, cids, "hello").await;
        after_the_delay(&app).await;
        assert!(
            app.mail_to("cid@example.com")
                .iter()
                .all(|m| !m.contains("List-Unsubscribe"))
        );

        let r = ana
            .post("/settings/notifications", &[("follow", "sometimes")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}

#[tokio::test]
async fn one_click_unsubscribe_needs_no_login_but_only_a_login_turns_mail_back_on() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let mut ben = app.verified_user("ben").await;
        let post = ana.create_post("Talk", "Body.", "").await;
        comment(&mut ben, post, "hi").await;
        after_the_delay(&app).await;
        let mail = notification_mails(&app, "ana@example.com").remove(0);
        let at = mail.find("List-Unsubscribe: <").unwrap() + "List-Unsubscribe: <".len();
        let url = &mail[at..at + mail[at..].find('>').unwrap()];
        let path = url.trim_start_matches("http://quill.test");

        let mut anon = app.browser();
        let page = anon.get(path).await;
        assert_eq!(page.status, StatusCode::OK);
        let prefs = || async {
            sqlx::query_as::<_, (String, String, String)>(
                "SELECT follow, \"like\", comment FROM notification_pref p JOIN account a ON a.id = p.account_id WHERE a.username = 'ana'",
            )
            .fetch_optional(&app.db)
            .await
            .unwrap()
        };
        assert_eq!(prefs().await, None, "[{}] opening the link changes nothing", app.backend);

        // What a mail provider sends (RFC 8058): no cookie, no CSRF token.
        let r = crate::helpers::http_client()
            .post(format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let off = ("off".to_string(), "off".to_string(), "off".to_string());
        assert_eq!(prefs().await, Some(off), "[{}]", app.backend);
        comment(&mut ben, post, "again").await;
        after_the_delay(&app).await;
        assert_eq!(notification_mails(&app, "ana@example.com").len(), 1, "no mail after unsubscribing");

        // The link can only turn mail off: an old page's undo, without a
        // login, changes nothing and asks to log in...
        let undo = anon
            .post_raw(
                path,
                &[("undo", "yes"), ("follow", "digest"), ("like", "digest"), ("comment", "instant"), ("digest_frequency", "daily")],
            )
            .await;
        assert_eq!(undo.status, StatusCode::SEE_OTHER);
        assert!(undo.location.starts_with("/login?next="), "{}", undo.location);
        assert_eq!(prefs().await.unwrap().2, "off", "[{}] still off", app.backend);
        // ...while the owner, logged in, gets an undo button: the settings
        // form, with its CSRF token.
        ana.get(path).await;
        let r = ana.post(path, &[]).await;
        assert!(r.text.contains("action=\"/settings/notifications\""), "[{}]", app.backend);
        let r = ana
            .post(
                "/settings/notifications",
                &[("follow", "digest"), ("like", "digest"), ("comment", "instant"), ("digest_frequency", "daily")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(prefs().await.unwrap().2, "instant");

        for forged in ["/unsubscribe?token=not-a-real-token", &path.replacen("token=", "token=9", 1)] {
            assert_eq!(anon.get(forged).await.status, StatusCode::UNPROCESSABLE_ENTITY);
            let r = anon.post_raw(forged, &[("List-Unsubscribe", "One-Click")]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        }
    })
    .await;
}

async fn digest_slot(app: &TestApp, frequency: Frequency, slot: i64) {
    let job = DigestRun {
        frequency,
        slot: Some(slot),
    };
    quill::jobs::enqueue(&app.db, &job, 0).await.unwrap();
    app.run_pending_jobs().await;
}

fn digests(app: &TestApp, to: &str) -> Vec<String> {
    app.mail_to(to)
        .into_iter()
        .filter(|m| m.contains("digest"))
        .collect()
}

#[tokio::test]
async fn a_digest_groups_what_is_unread_and_goes_once_per_period() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let post = ana.create_post("Talk", "Body.", "").await;
        for name in ["ben", "cid"] {
            let mut b = app.verified_user(name).await;
            b.get(&format!("/posts/{post}")).await;
            b.post(&format!("/posts/{post}/like"), &[]).await;
        }
        let mut dan = app.verified_user("dan").await;
        dan.get("/u/ana").await;
        dan.post("/u/ana/follow", &[]).await;

        digest_slot(&app, Frequency::Daily, 1_000).await;
        let mails = digests(&app, "ana@example.com");
        assert_eq!(mails.len(), 1, "[{}]", app.backend);
        let text = quill::admin::mailbox::decode_quoted_printable(&mails[0].replace("\r\n", "\n"));
        assert!(text.contains("ben and cid liked “Talk”"), "{text}");
        assert!(text.contains("dan followed you"), "{text}");
        assert!(text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        assert!(
            digests(&app, "ben@example.com").is_empty(),
            "nothing unread for ben"
        );

        // The same slot again (a second worker, a rerun): nothing more.
        digest_slot(&app, Frequency::Daily, 1_000).await;
        assert_eq!(digests(&app, "ana@example.com").len(), 1);
        // The next day, with everything already mailed or read: no mail.
        digest_slot(&app, Frequency::Daily, 2_000).await;
        assert_eq!(digests(&app, "ana@example.com").len(), 1);
        let mut eve = app.verified_user("eve").await;
        eve.get("/u/ana").await;
        eve.post("/u/ana/follow", &[]).await;
        ana.get("/notifications").await;
        ana.post("/notifications/read-all", &[]).await;
        digest_slot(&app, Frequency::Daily, 3_000).await;
        assert_eq!(
            digests(&app, "ana@example.com").len(),
            1,
            "[{}] read: no digest",
            app.backend
        );
        // Weekly people are not in the daily run.
        assert!(
            app.mail_to("ana@example.com")
                .iter()
                .all(|m| !m.contains("weekly"))
        );
    })
    .await;
}

#[tokio::test]
async fn a_digest_run_restarted_after_a_crash_sends_each_remaining_digest_once() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let mut eve = app.verified_user("eve").await;
        let mut ben = app.verified_user("ben").await;
        for (b, name) in [(&mut ana, "ana"), (&mut eve, "eve")] {
            let post = b.create_post(&format!("{name}'s post"), "x", "").await;
            ben.get(&format!("/posts/{post}")).await;
            ben.post(&format!("/posts/{post}/like"), &[]).await;
        }
        // The crashed run had already sent ana's digest for this period.
        sqlx::query(
            "INSERT INTO digest_sent (account_id, period, sent_at) \
             SELECT id, 'daily:5000', 1 FROM account WHERE username = 'ana'",
        )
        .execute(&app.db)
        .await
        .unwrap();
        digest_slot(&app, Frequency::Daily, 5_000).await;
        assert!(
            digests(&app, "ana@example.com").is_empty(),
            "[{}] not twice",
            app.backend
        );
        assert_eq!(
            digests(&app, "eve@example.com").len(),
            1,
            "[{}] the rest once",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_periodic_slot_missed_while_down_runs_once_and_two_workers_enqueue_it_once() {
    on_each_backend(|app| async move {
        let schedules = quill::notifications::digest::schedules();
        let now = quill::db::now_ms();
        let first = quill::jobs::schedule::tick(&app.db, &schedules, now)
            .await
            .unwrap();
        assert_eq!(first, 0, "registering does not run anything");
        // Down for three days: three daily slots missed.
        sqlx::query("UPDATE schedule SET next_at = $1 WHERE name = 'digest_daily'")
            .bind(now - 3 * 86_400_000)
            .execute(&app.db)
            .await
            .unwrap();
        let (a, b) = tokio::join!(
            quill::jobs::schedule::tick(&app.db, &schedules, now),
            quill::jobs::schedule::tick(&app.db, &schedules, now),
        );
        assert_eq!(
            a.unwrap() + b.unwrap(),
            1,
            "[{}] one run for the missed slots",
            app.backend
        );
        let runs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM job WHERE kind = 'digest_run'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(runs, 1);
        let next: i64 =
            sqlx::query_scalar("SELECT next_at FROM schedule WHERE name = 'digest_daily'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert!(next > now && next <= now + 86_400_000);
        assert_eq!(
            quill::jobs::schedule::tick(&app.db, &schedules, now)
                .await
                .unwrap(),
            0
        );

        sqlx::query("UPDATE account SET role = 'admin' WHERE username = 'boss'")
            .execute(&app.db)
            .await
            .unwrap();
        let mut boss = app.user("boss").await;
        sqlx::query("UPDATE account SET role = 'admin' WHERE username = 'boss'")
            .execute(&app.db)
            .await
            .unwrap();
        let page = boss.get("/admin/jobs").await.text;
        assert!(
            page.contains("digest_daily") && page.contains("digest_weekly"),
            "{page}"
        );
    })
    .await;
}
