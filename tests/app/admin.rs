//! The admin pages: role checks on every route, bans that end live
//! sessions, account deletion that reaches feeds, search and
//! notifications, job retries, reindexing, and the audit log.

use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend};

/// A logged-in account with `role` (made by SQL: how is tested below).
async fn staff(app: &TestApp, name: &str, role: &str) -> Browser {
    let b = app.user(name).await;
    app.set_role(name, role).await;
    b
}

async fn id_of(app: &TestApp, name: &str) -> i64 {
    app.account_id(name).await
}

/// POSTs one of an admin page's forms, with the page's CSRF token.
async fn act(b: &mut Browser, page: &str, path: &str, fields: &[(&str, &str)]) -> String {
    b.get(page).await;
    let r = b.post(path, fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}: {}", r.text);
    let done = b.get(&r.location).await;
    done.text
}

async fn audit_actions(app: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT actor_name, action, target_label FROM audit_log ORDER BY id")
        .fetch_all(&app.db)
        .await
        .unwrap()
}

const ADMIN_ONLY: &[&str] = &[
    "/admin",
    "/admin/users",
    "/admin/users/1",
    "/admin/jobs",
    "/admin/search",
    "/admin/audit",
];
const MODERATED: &[&str] = &["/admin/posts", "/admin/comments"];

#[tokio::test]
async fn every_admin_route_checks_the_role_on_the_server() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut mod_ = staff(&app, "mia", "moderator").await;
        let mut ana = app.user("ana").await;
        let mut anon = app.browser();
        for path in ADMIN_ONLY.iter().chain(MODERATED) {
            let r = anon.get(path).await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] anonymous {path}",
                app.backend
            );
            assert!(r.location.starts_with("/login?next="), "{}", r.location);
            assert_eq!(
                ana.get(path).await.status,
                StatusCode::FORBIDDEN,
                "[{}] user {path}",
                app.backend
            );
            assert_eq!(
                boss.get(path).await.status,
                StatusCode::OK,
                "[{}] admin {path}",
                app.backend
            );
        }
        for path in ADMIN_ONLY {
            assert_eq!(
                mod_.get(path).await.status,
                StatusCode::FORBIDDEN,
                "moderator {path}"
            );
        }
        for path in MODERATED {
            assert_eq!(
                mod_.get(path).await.status,
                StatusCode::OK,
                "moderator {path}"
            );
        }

        // The forms too: a valid CSRF token is not a role.
        let ana_id = id_of(&app, "ana").await;
        let post = ana.create_post("Mine", "Text.", "").await;
        for (who, b) in [("user", &mut ana), ("moderator", &mut mod_)] {
            b.get("/").await;
            for path in [
                format!("/admin/users/{ana_id}/ban"),
                format!("/admin/users/{ana_id}/promote"),
                format!("/admin/users/{ana_id}/delete"),
                "/admin/jobs/retry-dead".to_string(),
                "/admin/search/reindex".to_string(),
            ] {
                let r = b.post(&path, &[("reason", "x"), ("confirm", "yes")]).await;
                assert_eq!(
                    r.status,
                    StatusCode::FORBIDDEN,
                    "[{}] {who} {path}",
                    app.backend
                );
            }
        }
        let mut ana = app.user_session("ana", "correct horse battery").await;
        ana.get("/").await;
        let r = ana
            .post(
                &format!("/admin/posts/{post}/delete"),
                &[("reason", "x"), ("confirm", "yes")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = app.browser().get(&format!("/posts/{post}")).await;
        assert_eq!(r.status, StatusCode::OK, "the post is still there");
        assert_eq!(
            boss.get("/admin/users/999999").await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn a_ban_logs_the_person_out_everywhere_blocks_login_and_hides_their_posts() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ben = app.user("ben").await;
        let mut ben_phone = app.user_session("ben", "correct horse battery").await;
        let post = ben.create_post("Cheap pills", "Buy now.", "spam").await;
        app.state.search.catch_up().await.unwrap();
        let ben_id = id_of(&app, "ben").await;

        // Reason required.
        boss.get("/admin/users?q=ben").await;
        let r = boss
            .post(&format!("/admin/users/{ben_id}/ban"), &[("reason", "  ")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(ben.is_logged_in_as("ben").await, "nothing happened");

        let page = act(
            &mut boss,
            "/admin/users?q=ben",
            &format!("/admin/users/{ben_id}/ban"),
            &[("reason", "selling pills")],
        )
        .await;
        assert!(page.contains("is banned"), "{page}");
        assert!(
            !ben.is_logged_in_as("ben").await,
            "[{}] the next request is logged out",
            app.backend
        );
        assert!(
            !ben_phone.is_logged_in_as("ben").await,
            "every session ended"
        );
        let r = app.browser().login("ben", "correct horse battery").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("suspended"), "{}", r.text);
        assert_eq!(
            app.browser().get(&format!("/posts/{post}")).await.status,
            StatusCode::NOT_FOUND
        );
        app.state.search.catch_up().await.unwrap();
        let found = app.browser().get("/search?q=pills").await.text;
        assert!(
            !found.contains("Cheap pills"),
            "[{}] gone from search",
            app.backend
        );
        let listed = boss.get("/admin/users?q=ben").await.text;
        assert!(listed.contains("banned") && listed.contains("/unban"));

        act(
            &mut boss,
            &format!("/admin/users/{ben_id}"),
            &format!("/admin/users/{ben_id}/unban"),
            &[],
        )
        .await;
        app.user_session("ben", "correct horse battery").await;
        app.state.search.catch_up().await.unwrap();
        assert!(
            app.browser()
                .get("/search?q=pills")
                .await
                .text
                .contains("Cheap pills")
        );

        let log = audit_actions(&app).await;
        assert_eq!(
            log,
            vec![
                ("boss".into(), "ban".into(), "ben".into()),
                ("boss".into(), "unban".into(), "ben".into()),
            ]
        );
        let reason: String =
            sqlx::query_scalar("SELECT reason FROM audit_log WHERE action = 'ban'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(reason, "selling pills");
    })
    .await;
}

#[tokio::test]
async fn deleting_an_account_removes_its_posts_from_feeds_and_search_and_its_notifications() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let anas = ana.create_post("Ana writes", "Hello.", "").await;
        let bens = ben
            .create_post("Ben's zeppelin notes", "Airships.", "")
            .await;
        ben.get(&format!("/posts/{anas}")).await;
        ben.post(&format!("/posts/{anas}/like"), &[]).await;
        ben.post(&format!("/posts/{anas}/comments"), &[("body", "Nice one")])
            .await;
        ana.get("/u/ben").await;
        ana.post("/u/ben/follow", &[]).await;
        app.state.search.catch_up().await.unwrap();
        assert!(ana.get("/notifications").await.text.contains("ben"));
        let ben_id = id_of(&app, "ben").await;

        // Without the box ticked nothing happens.
        boss.get(&format!("/admin/users/{ben_id}")).await;
        let r = boss
            .post(
                &format!("/admin/users/{ben_id}/delete"),
                &[("reason", "asked to leave")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            app.browser().get(&format!("/posts/{bens}")).await.status,
            StatusCode::OK
        );

        act(
            &mut boss,
            &format!("/admin/users/{ben_id}"),
            &format!("/admin/users/{ben_id}/delete"),
            &[("reason", "asked to leave"), ("confirm", "yes")],
        )
        .await;
        assert!(!ben.is_logged_in_as("ben").await);
        assert_eq!(
            app.browser().get(&format!("/posts/{bens}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert!(!app.browser().get("/").await.text.contains("zeppelin"));
        assert!(!ana.get("/feed").await.text.contains("zeppelin"));
        app.state.search.catch_up().await.unwrap();
        assert!(
            !app.browser()
                .get("/search?q=zeppelin")
                .await
                .text
                .contains("zeppelin notes"),
            "[{}] gone from search",
            app.backend
        );
        let notes = ana.get("/notifications").await.text;
        assert!(!notes.contains("ben"), "[{}] {notes}", app.backend);
        assert!(
            ana.get(&format!("/posts/{anas}"))
                .await
                .text
                .contains("Ana writes")
        );
        assert!(
            !ana.get(&format!("/posts/{anas}"))
                .await
                .text
                .contains("Nice one")
        );
        let left: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notification WHERE receiver_id = $1 OR actor_id = $1",
        )
        .bind(ben_id)
        .fetch_one(&app.db)
        .await
        .unwrap();
        assert_eq!(left, 0);
        assert_eq!(
            audit_actions(&app).await,
            vec![("boss".into(), "delete-user".into(), "ben".into())]
        );
        // The name is free again.
        app.user("ben").await;
    })
    .await;
}

#[tokio::test]
async fn a_dead_job_retried_from_the_admin_page_runs_and_one_can_be_discarded() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        app.user("ana").await;
        let ana_id = id_of(&app, "ana").await;
        let insert = "INSERT INTO job (kind, payload, state, attempts, max_attempts, run_at, last_error, created_at) \
                      VALUES ($1, $2, 'dead', 8, 8, 0, 'smtp: connection refused', 0) RETURNING id";
        let dead: i64 = sqlx::query_scalar(insert)
            .bind("send_password_changed")
            .bind(format!("{{\"account_id\": {ana_id}}}"))
            .fetch_one(&app.db)
            .await
            .unwrap();
        let other: i64 = sqlx::query_scalar(insert)
            .bind("send_password_changed")
            .bind(format!("{{\"account_id\": {ana_id}}}"))
            .fetch_one(&app.db)
            .await
            .unwrap();
        let page = boss.get("/admin/jobs?state=dead").await.text;
        assert!(page.contains("smtp: connection refused") && page.contains("8 / 8"), "{page}");

        act(&mut boss, "/admin/jobs?state=dead", &format!("/admin/jobs/{dead}/retry"), &[]).await;
        let state: (String, i64) = sqlx::query_as("SELECT state, attempts FROM job WHERE id = $1")
            .bind(dead)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(state, ("pending".to_string(), 0));
        assert!(app.mail_to("ana@example.com").iter().all(|m| !m.contains("password was changed")));
        app.run_pending_jobs().await;
        assert!(
            app.mail_to("ana@example.com").iter().any(|m| m.contains("password was changed")),
            "[{}] the retried job ran",
            app.backend
        );

        boss.get("/admin/jobs").await;
        let r = boss.post(&format!("/admin/jobs/{other}/discard"), &[]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "needs the box ticked");
        act(&mut boss, "/admin/jobs", &format!("/admin/jobs/{other}/discard"), &[("confirm", "yes")]).await;
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM job")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(left, 0);
        let actions: Vec<String> = audit_actions(&app).await.into_iter().map(|a| a.1).collect();
        assert_eq!(actions, ["retry-job", "discard-job"]);
    })
    .await;
}

#[tokio::test]
async fn a_moderator_deletes_content_with_a_reason_the_author_is_told_and_it_is_audited() {
    on_each_backend(|app| async move {
        let mut mia = staff(&app, "mia", "moderator").await;
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let post = ana.create_post("Off topic rant", "Rant.", "").await;
        let kept = ana.create_post("Fine post", "Fine.", "").await;
        ben.get(&format!("/posts/{kept}")).await;
        ben.post(
            &format!("/posts/{kept}/comments"),
            &[("body", "rude words here")],
        )
        .await;
        let comment: i64 = sqlx::query_scalar("SELECT id FROM comment")
            .fetch_one(&app.db)
            .await
            .unwrap();

        mia.get("/admin/posts").await;
        let r = mia
            .post(
                &format!("/admin/posts/{post}/delete"),
                &[("confirm", "yes")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a reason is needed"
        );
        act(
            &mut mia,
            "/admin/posts",
            &format!("/admin/posts/{post}/delete"),
            &[("reason", "off topic"), ("confirm", "yes")],
        )
        .await;
        assert_eq!(
            app.browser().get(&format!("/posts/{post}")).await.status,
            StatusCode::NOT_FOUND
        );
        let page = mia.get("/admin/comments").await.text;
        assert!(page.contains("rude words here"));
        act(
            &mut mia,
            "/admin/comments",
            &format!("/admin/comments/{comment}/delete"),
            &[("reason", "be kind"), ("confirm", "yes")],
        )
        .await;
        assert!(
            !app.browser()
                .get(&format!("/posts/{kept}"))
                .await
                .text
                .contains("rude words")
        );

        app.run_pending_jobs().await;
        let to_ana = app.mail_to("ana@example.com").join("\n");
        assert!(
            to_ana.contains("Off topic rant") && to_ana.contains("off topic"),
            "{to_ana}"
        );
        let to_ben = app.mail_to("ben@example.com").join("\n");
        assert!(to_ben.contains("be kind"), "{to_ben}");

        // An author deleting their own post is not a staff action.
        act(
            &mut ana,
            &format!("/posts/{kept}"),
            &format!("/posts/{kept}/delete"),
            &[],
        )
        .await;
        assert_eq!(
            audit_actions(&app).await,
            vec![
                ("mia".into(), "delete-post".into(), "Off topic rant".into()),
                (
                    "mia".into(),
                    "delete-comment".into(),
                    "rude words here".into()
                ),
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn promotion_steps_one_role_at_a_time_and_nobody_changes_their_own_account() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.user("ana").await;
        let ana_id = id_of(&app, "ana").await;
        let root_id = id_of(&app, "boss").await;
        let page = format!("/admin/users/{ana_id}");
        act(&mut boss, &page, &format!("{page}/promote"), &[]).await;
        assert_eq!(
            ana.get("/admin/posts").await.status,
            StatusCode::OK,
            "a moderator now"
        );
        assert_eq!(ana.get("/admin").await.status, StatusCode::FORBIDDEN);
        act(&mut boss, &page, &format!("{page}/promote"), &[]).await;
        assert_eq!(
            ana.get("/admin").await.status,
            StatusCode::OK,
            "an admin now"
        );
        act(&mut boss, &page, &format!("{page}/demote"), &[]).await;
        act(&mut boss, &page, &format!("{page}/demote"), &[]).await;
        assert_eq!(
            ana.get("/admin/posts").await.status,
            StatusCode::FORBIDDEN,
            "a user again"
        );

        boss.get("/admin").await;
        for action in ["demote", "ban", "delete"] {
            let r = boss
                .post(
                    &format!("/admin/users/{root_id}/{action}"),
                    &[("reason", "oops"), ("confirm", "yes")],
                )
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{action} on oneself");
        }
        assert!(boss.is_logged_in_as("boss").await);
        let log: Vec<String> = audit_actions(&app).await.into_iter().map(|a| a.1).collect();
        assert_eq!(log, ["promote", "promote", "demote", "demote"]);
    })
    .await;
}

#[tokio::test]
async fn verify_and_resend_by_hand_and_the_audit_log_is_append_only() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut b = app.browser();
        b.signup("newbie", "newbie@example.com", "correct horse battery")
            .await;
        let id = id_of(&app, "newbie").await;
        app.run_pending_jobs().await;
        assert_eq!(app.mail_to("newbie@example.com").len(), 1);
        let page = format!("/admin/users/{id}");
        assert!(boss.get(&page).await.text.contains("unverified"));
        act(&mut boss, &page, &format!("{page}/resend"), &[]).await;
        app.run_pending_jobs().await;
        assert_eq!(
            app.mail_to("newbie@example.com").len(),
            2,
            "a second link was sent"
        );
        act(&mut boss, &page, &format!("{page}/verify"), &[]).await;
        let verified: Option<i64> =
            sqlx::query_scalar("SELECT email_verified_at FROM account WHERE id = $1")
                .bind(id)
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert!(verified.is_some());

        let audit = boss.get("/admin/audit").await.text;
        assert!(
            audit.contains("resend-verification") && audit.contains("newbie"),
            "{audit}"
        );
        let filtered = boss.get("/admin/audit?action=verify").await.text;
        assert!(
            !filtered.contains("<code>resend-verification</code>"),
            "{filtered}"
        );
        assert!(filtered.contains("<code>verify</code>"));

        // Not even SQL rewrites history.
        let update = sqlx::query("UPDATE audit_log SET reason = 'nothing happened'")
            .execute(&app.db)
            .await;
        assert!(update.is_err(), "[{}] update refused", app.backend);
        let delete = sqlx::query("DELETE FROM audit_log").execute(&app.db).await;
        assert!(delete.is_err(), "[{}] delete refused", app.backend);
        assert_eq!(audit_actions(&app).await.len(), 2);
    })
    .await;
}

#[tokio::test]
async fn reindex_runs_as_a_job_with_visible_progress_and_the_check_finds_a_missing_post() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.user("ana").await;
        for i in 0..3 {
            ana.create_post(&format!("Post {i}"), "Body.", "").await;
        }
        app.state.search.catch_up().await.unwrap();
        let page = act(&mut boss, "/admin/search", "/admin/search/check", &[]).await;
        assert!(page.contains("Consistent"), "{page}");

        // A post written behind the index's back (no change logged).
        sqlx::query("INSERT INTO post (author_id, title, body, body_html, created_at, updated_at, published_at) \
                     SELECT id, 'Sneaky', 'x', '<p>x</p>', 1, 1, 1 FROM account WHERE username = 'ana'")
            .execute(&app.db)
            .await
            .unwrap();
        let page = act(&mut boss, "/admin/search", "/admin/search/check", &[]).await;
        assert!(page.contains("Not consistent: 1 posts missing"), "{page}");

        let page = act(&mut boss, "/admin/search", "/admin/search/reindex", &[]).await;
        assert!(page.contains("queued"), "{page}");
        app.run_pending_jobs().await;
        let page = boss.get("/admin/search").await.text;
        assert!(page.contains("finished") && page.contains("4 posts"), "{page}");
        let page = act(&mut boss, "/admin/search", "/admin/search/check", &[]).await;
        assert!(page.contains("Consistent"), "{page}");
        assert!(boss.get("/admin").await.text.contains("4 posts in the index"));
    })
    .await;
}

#[tokio::test]
async fn create_admin_makes_a_verified_admin_promotes_a_matching_account_and_refuses_taken_names() {
    on_each_backend(|app| async move {
        let config = &app.state.config;
        let create = |name: &'static str, email: &'static str| {
            quill::admin::cli::create_admin(
                config,
                name,
                email,
                Some("a long admin password".into()),
            )
        };
        create("admin", "owner@example.com").await.expect("created");
        let mut b = app.user_session("admin", "a long admin password").await;
        assert_eq!(b.get("/admin").await.status, StatusCode::OK);

        app.user("ana").await;
        let e = create("ana", "other@example.com").await.unwrap_err();
        assert!(e.to_string().contains("taken"), "{e}");
        let e = create("someone", "ana@example.com").await.unwrap_err();
        assert!(e.to_string().contains("belongs to another account"), "{e}");
        let e = create("bad name!", "owner2@example.com").await.unwrap_err();
        assert!(e.to_string().contains("--username"), "{e}");
        let e = quill::admin::cli::create_admin(
            config,
            "shorty",
            "s@example.com",
            Some("short".into()),
        )
        .await
        .unwrap_err();
        assert!(e.to_string().contains("password"), "{e}");

        create("ana", "ANA@example.com").await.expect("promoted");
        let mut ana = app.user_session("ana", "correct horse battery").await;
        assert_eq!(ana.get("/admin").await.status, StatusCode::OK);
        let log: Vec<(String, String, String)> = audit_actions(&app).await;
        assert_eq!(
            log,
            vec![
                ("command line".into(), "create-admin".into(), "admin".into()),
                ("command line".into(), "promote".into(), "ana".into()),
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn the_dashboard_counts_people_content_jobs_and_draws_thirty_days() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.user("ana").await;
        ana.create_post("One", "1", "").await;
        let page = boss.get("/admin").await.text;
        let doc = scraper::Html::parse_document(&page);
        let figure = |label: &str| -> String {
            let sel = scraper::Selector::parse(".figures div").unwrap();
            doc.select(&sel)
                .find(|d| d.text().collect::<String>().starts_with(label))
                .map(|d| {
                    d.text().collect::<String>()[label.len()..]
                        .trim()
                        .to_string()
                })
                .unwrap_or_default()
        };
        let people: i64 = ["Verified", "Unverified"]
            .iter()
            .map(|l| figure(l).parse::<i64>().unwrap())
            .sum();
        assert_eq!(people, 2, "[{}] {page}", app.backend);
        assert_eq!(figure("Posts"), "1");
        assert_eq!(figure("Banned"), "0");
        let bars = scraper::Selector::parse("svg.chart rect.bar").unwrap();
        assert_eq!(doc.select(&bars).count(), 60, "two charts of 30 days");
        assert!(page.contains("Sign-ups per day: 2 in 30 days"));
    })
    .await;
}
