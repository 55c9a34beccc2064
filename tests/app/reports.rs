//! Reports and the moderation queue: anyone logged in reports a post, a
//! comment or a profile once; staff decide in `/admin/reports` (dismiss,
//! remove, ban), which resolves every report of the item at once, with the
//! role rules of the other admin pages.

use reqwest::StatusCode;

use crate::helpers::{Browser, Page, TestApp, on_each_backend, on_each_backend_configured};

/// A logged-in account with `role`, its address verified (mail may go to it).
async fn staff(app: &TestApp, name: &str, role: &str) -> Browser {
    let b = app.verified_user(name).await;
    app.set_role(name, role).await;
    b
}

async fn id_of(app: &TestApp, name: &str) -> i64 {
    app.account_id(name).await
}

/// Reports through the form, as a person does: the form page, then the POST.
async fn report(b: &mut Browser, kind: &str, target: &str, reason: &str, details: &str) -> Page {
    b.get(&format!("/reports/new?kind={kind}&target={target}"))
        .await;
    b.post(
        "/reports",
        &[
            ("kind", kind),
            ("target", target),
            ("reason", reason),
            ("details", details),
        ],
    )
    .await
}

/// Comments on `post` and returns the comment's id.
async fn comment(b: &mut Browser, post: i64, body: &str) -> i64 {
    b.get(&format!("/posts/{post}")).await;
    let r = b
        .post(&format!("/posts/{post}/comments"), &[("body", body)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    crate::helpers::comment_in(&r.location)
}

/// The item's reports as (resolution, resolver) pairs, oldest first.
async fn reports_of(app: &TestApp, kind: &str, id: i64) -> Vec<(Option<String>, Option<String>)> {
    sqlx::query_as(
        "SELECT resolution, resolver_name FROM report WHERE kind = $1 AND target_id = $2 ORDER BY id",
    )
    .bind(kind)
    .bind(id)
    .fetch_all(&app.db)
    .await
    .unwrap()
}

/// The `action` of every `<form>` on the page.
fn form_actions(html: &str) -> Vec<String> {
    html.split("<form")
        .skip(1)
        .filter_map(|f| {
            let at = f.find("action=\"")? + "action=\"".len();
            Some(f[at..at + f[at..].find('"')?].to_string())
        })
        .collect()
}

/// POSTs a queue form with the queue page's CSRF token.
async fn decide(b: &mut Browser, action: &str, reason: &str) -> Page {
    b.get("/admin/reports").await;
    b.post(action, &[("reason", reason)]).await
}

#[tokio::test]
async fn a_report_through_the_queue_removes_the_post_mails_its_author_and_resolves_every_report() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.verified_user("ana").await;
        let mut bob = app.user("bob").await;
        let mut cid = app.user("cid").await;
        let post = ana.create_post("Buy cheap pills", "Cheap!", "").await;
        let page = bob.get(&format!("/posts/{post}")).await;
        assert!(
            page.text
                .contains(&format!("/reports/new?kind=post&amp;target={post}")),
            "[{}] the post page links to the report form",
            app.backend
        );

        for b in [&mut bob, &mut cid] {
            let r = report(b, "post", &post.to_string(), "spam", "selling pills").await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] {}",
                app.backend,
                r.text
            );
            assert_eq!(r.location, format!("/posts/{post}"));
            let back = b.get(&r.location).await;
            assert!(back.text.contains("Thanks, a moderator will look at it."));
            assert!(
                back.text.contains("You reported this."),
                "reported, no link"
            );
        }

        let queue = boss.get("/admin/reports").await;
        assert_eq!(queue.status, StatusCode::OK);
        assert_eq!(
            queue.text.matches("Buy cheap pills").count(),
            1,
            "[{}] the item once",
            app.backend
        );
        assert!(
            queue
                .text
                .contains("<strong class=\"report-count\">2</strong>")
        );
        assert!(queue.text.contains("selling pills") && queue.text.contains("@cid"));
        let remove = format!("/admin/reports/post/{post}/remove");
        assert!(form_actions(&queue.text).contains(&remove));

        let r = decide(&mut boss, &remove, "Spam is not allowed").await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        assert_eq!(
            app.browser().get(&format!("/posts/{post}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            reports_of(&app, "post", post).await,
            vec![(Some("removed".into()), Some("boss".into())); 2],
            "[{}] both reports resolved by the removal",
            app.backend
        );
        let audit: Vec<(String, String, String)> =
            sqlx::query_as("SELECT actor_name, action, reason FROM audit_log WHERE target_id = $1")
                .bind(post)
                .fetch_all(&app.db)
                .await
                .unwrap();
        assert_eq!(
            audit,
            vec![(
                "boss".into(),
                "delete-post".into(),
                "Spam is not allowed".into()
            )]
        );
        app.run_pending_jobs().await;
        let mail = app.mail_to("ana@example.com");
        assert!(
            mail.iter()
                .any(|m| m.contains("was removed") && m.contains("Spam is not allowed")),
            "[{}] the author is told why: {mail:?}",
            app.backend
        );
        let queue = boss.get("/admin/reports").await;
        assert!(queue.text.contains("No open reports") || queue.text.contains("no open reports"));
        assert!(
            queue.text.contains("removed</strong>") && queue.text.contains("by @boss"),
            "the decision shows under Resolved"
        );
    })
    .await;
}

#[tokio::test]
async fn a_repeat_report_by_the_same_person_is_not_stored_twice() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut bob = app.user("bob").await;
        let post = ana.create_post("Hello", "Text.", "").await;
        let first = report(&mut bob, "post", &post.to_string(), "spam", "").await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        let again = report(&mut bob, "post", &post.to_string(), "harassment", "again").await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        let back = bob.get(&again.location).await;
        assert!(back.text.contains("already reported"), "{}", back.text);
        let stored: Vec<(String, String)> =
            sqlx::query_as("SELECT reason, details FROM report WHERE target_id = $1")
                .bind(post)
                .fetch_all(&app.db)
                .await
                .unwrap();
        assert_eq!(stored, vec![("spam".to_string(), String::new())]);
        // The form says so rather than asking again.
        let form = bob
            .get(&format!("/reports/new?kind=post&target={post}"))
            .await;
        assert!(form.text.contains("You reported this on"));
        assert!(!form.text.contains("action=\"/reports\""));
    })
    .await;
}

#[tokio::test]
async fn reports_are_rate_limited_per_account() {
    on_each_backend_configured(
        |s| s.report_limit = 3,
        |app| async move {
            let mut ana = app.user("ana").await;
            let mut bob = app.user("bob").await;
            let mut posts = Vec::new();
            for n in 0..4 {
                posts.push(ana.create_post(&format!("Post {n}"), "Text.", "").await);
            }
            for post in &posts[..3] {
                let r = report(&mut bob, "post", &post.to_string(), "spam", "").await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            }
            let r = report(&mut bob, "post", &posts[3].to_string(), "spam", "").await;
            assert_eq!(
                r.status,
                StatusCode::TOO_MANY_REQUESTS,
                "[{}] the fourth report in an hour",
                app.backend
            );
            let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report")
                .fetch_one(&app.db)
                .await
                .unwrap();
            assert_eq!(stored, 3);
            // Another person has an allowance of their own.
            let mut cid = app.user("cid").await;
            let r = report(&mut cid, "post", &posts[3].to_string(), "spam", "").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
        },
    )
    .await;
}

#[tokio::test]
async fn bad_reports_get_a_clear_422_and_missing_targets_a_404() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut bob = app.user("bob").await;
        let post = ana.create_post("Hello", "Text.", "").await;
        let p = post.to_string();
        bob.get("/").await;
        for (fields, why) in [
            (
                [
                    ("kind", "video"),
                    ("target", p.as_str()),
                    ("reason", "spam"),
                ],
                "unknown kind",
            ),
            (
                [
                    ("kind", "post"),
                    ("target", p.as_str()),
                    ("reason", "boring"),
                ],
                "unknown reason",
            ),
            (
                [("kind", "post"), ("target", ""), ("reason", "spam")],
                "missing target",
            ),
            (
                [("kind", "user"), ("target", "bob"), ("reason", "spam")],
                "reporting yourself",
            ),
            (
                [
                    ("kind", "post"),
                    ("target", p.as_str()),
                    ("reason", "other"),
                ],
                "other without details",
            ),
        ] {
            let r = bob.post("/reports", &fields).await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "[{}] {why}: {}",
                app.backend,
                r.text
            );
        }
        ana.get("/").await;
        let r = ana
            .post(
                "/reports",
                &[("kind", "post"), ("target", &p), ("reason", "spam")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "own post");
        assert!(r.text.contains("your own post"));

        let long = "x".repeat(2001);
        let r = report(&mut bob, "post", &p, "harassment", &long).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.text.contains("under 2000 characters"),
            "the error by the field"
        );
        assert!(
            r.text.contains("value=\"harassment\" required checked"),
            "the choice is kept"
        );

        for (kind, target) in [
            ("post", "999999"),
            ("post", "abc"),
            ("comment", "999999"),
            ("user", "nobody_here"),
        ] {
            let r = bob
                .post(
                    "/reports",
                    &[("kind", kind), ("target", target), ("reason", "spam")],
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::NOT_FOUND,
                "[{}] {kind} {target}",
                app.backend
            );
        }
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(stored, 0);

        // Logged out: the form sends you to log in first.
        let r = app
            .browser()
            .get(&format!("/reports/new?kind=post&target={post}"))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(r.location.starts_with("/login?next="));
    })
    .await;
}

#[tokio::test]
async fn the_queue_is_for_staff_only() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut bob = app.user("bob").await;
        let mut mia = staff(&app, "mia", "moderator").await;
        let post = ana.create_post("Hello", "Text.", "").await;
        report(&mut bob, "post", &post.to_string(), "spam", "").await;

        let r = app.browser().get("/admin/reports").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(r.location.starts_with("/login?next="));
        assert_eq!(
            bob.get("/admin/reports").await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(mia.get("/admin/reports").await.status, StatusCode::OK);
        bob.get("/").await;
        for action in ["dismiss", "remove", "ban"] {
            let r = bob
                .post(
                    &format!("/admin/reports/post/{post}/{action}"),
                    &[("reason", "x")],
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "[{}] {action}",
                app.backend
            );
        }
        assert_eq!(
            app.browser().get(&format!("/posts/{post}")).await.status,
            StatusCode::OK
        );
        assert_eq!(
            reports_of(&app, "post", post).await,
            vec![(None, None)],
            "still open"
        );
    })
    .await;
}

#[tokio::test]
async fn a_moderator_cannot_remove_an_admins_post_or_ban_an_admin_through_the_queue() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut mia = staff(&app, "mia", "moderator").await;
        let mut bob = app.user("bob").await;
        let post = boss.create_post("Admin notes", "Text.", "").await;
        let boss_id = id_of(&app, "boss").await;
        report(&mut bob, "post", &post.to_string(), "harassment", "rude").await;
        report(&mut bob, "user", "boss", "harassment", "rude").await;

        let queue = mia.get("/admin/reports").await;
        assert!(queue.text.contains("Admin&#39;s notes") || queue.text.contains("Admin notes"));
        let actions = form_actions(&queue.text);
        assert!(
            !actions.iter().any(|a| a.starts_with("/admin/reports/")),
            "[{}] no decision forms on an admin's things: {actions:?}",
            app.backend
        );
        assert!(queue.text.contains("Only an admin can act on an admin"));
        for path in [
            format!("/admin/reports/post/{post}/remove"),
            format!("/admin/reports/post/{post}/ban"),
            format!("/admin/reports/post/{post}/dismiss"),
            format!("/admin/reports/user/{boss_id}/ban"),
        ] {
            let r = decide(&mut mia, &path, "no").await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}] {path}", app.backend);
        }
        assert_eq!(
            app.browser().get(&format!("/posts/{post}")).await.status,
            StatusCode::OK
        );
        let banned: Option<i64> = sqlx::query_scalar("SELECT banned_at FROM account WHERE id = $1")
            .bind(boss_id)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(banned, None);
        assert_eq!(reports_of(&app, "post", post).await, vec![(None, None)]);

        // The admin sees the forms for the post (not a ban of themselves).
        let queue = boss.get("/admin/reports").await;
        let actions = form_actions(&queue.text);
        assert!(!actions.contains(&format!("/admin/reports/post/{post}/dismiss")));
        assert!(queue.text.contains("This is about you"));
    })
    .await;
}

#[tokio::test]
async fn a_moderator_removes_a_comment_and_bans_its_author_from_the_queue() {
    on_each_backend(|app| async move {
        let mut mia = staff(&app, "mia", "moderator").await;
        let mut ana = app.user("ana").await;
        let mut eve = app.verified_user("eve").await;
        let mut bob = app.user("bob").await;
        let post = ana.create_post("Hello", "Text.", "").await;
        let nasty = comment(&mut eve, post, "You are all idiots").await;
        let page = bob.get(&format!("/posts/{post}")).await;
        assert!(
            page.text
                .contains(&format!("/reports/new?kind=comment&amp;target={nasty}"))
        );
        let r = report(&mut bob, "comment", &nasty.to_string(), "harassment", "").await;
        assert_eq!(r.location, format!("/posts/{post}#comment-{nasty}"));
        assert!(
            bob.get(&format!("/posts/{post}"))
                .await
                .text
                .contains(">Reported<")
        );
        report(
            &mut ana,
            "comment",
            &nasty.to_string(),
            "harassment",
            "insults",
        )
        .await;

        let queue = mia.get("/admin/reports").await;
        assert!(queue.text.contains("You are all idiots"));
        assert!(queue.text.contains("Harassment ×2"));
        let r = decide(
            &mut mia,
            &format!("/admin/reports/comment/{nasty}/remove"),
            "Insults",
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        assert!(
            !app.browser()
                .get(&format!("/posts/{post}"))
                .await
                .text
                .contains("You are all idiots")
        );
        assert_eq!(
            reports_of(&app, "comment", nasty).await,
            vec![(Some("removed".into()), Some("mia".into())); 2]
        );
        app.run_pending_jobs().await;
        assert!(
            app.mail_to("eve@example.com")
                .iter()
                .any(|m| m.contains("comment") && m.contains("Insults"))
        );

        // A second comment, a ban: the moderator may ban a user.
        let eve_id = id_of(&app, "eve").await;
        let again = comment(&mut eve, post, "Still idiots").await;
        report(&mut bob, "comment", &again.to_string(), "harassment", "").await;
        let r = decide(
            &mut mia,
            &format!("/admin/reports/comment/{again}/ban"),
            "Repeated insults",
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        let banned: Option<i64> = sqlx::query_scalar("SELECT banned_at FROM account WHERE id = $1")
            .bind(eve_id)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert!(banned.is_some(), "[{}] eve is banned", app.backend);
        assert!(!eve.is_logged_in_as("eve").await, "and logged out");
        assert_eq!(
            reports_of(&app, "comment", again).await,
            vec![(Some("banned".into()), Some("mia".into()))]
        );
    })
    .await;
}

#[tokio::test]
async fn dismissing_resolves_the_reports_and_leaves_the_content() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.user("ana").await;
        let mut bob = app.user("bob").await;
        let mut cid = app.user("cid").await;
        let post = ana.create_post("Strong opinions", "Text.", "").await;
        report(&mut bob, "post", &post.to_string(), "other", "I disagree").await;
        report(&mut cid, "post", &post.to_string(), "spam", "").await;
        let r = decide(
            &mut boss,
            &format!("/admin/reports/post/{post}/dismiss"),
            "Opinions are allowed",
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        assert_eq!(
            app.browser().get(&format!("/posts/{post}")).await.status,
            StatusCode::OK,
            "the post stays"
        );
        assert_eq!(
            reports_of(&app, "post", post).await,
            vec![(Some("dismissed".into()), Some("boss".into())); 2]
        );
        let audit: Vec<(String, String)> =
            sqlx::query_as("SELECT action, reason FROM audit_log WHERE target_id = $1")
                .bind(post)
                .fetch_all(&app.db)
                .await
                .unwrap();
        assert_eq!(
            audit,
            vec![("dismiss-reports".into(), "Opinions are allowed".into())]
        );
        let queue = boss.get("/admin/reports").await;
        assert!(queue.text.contains("dismissed</strong>"));
        assert!(
            !form_actions(&queue.text)
                .iter()
                .any(|a| a.starts_with("/admin/reports/"))
        );
        // A second dismissal finds nothing open: no second audit row.
        let r = decide(
            &mut boss,
            &format!("/admin/reports/post/{post}/dismiss"),
            "",
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE target_id = $1")
            .bind(post)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(rows, 1);
    })
    .await;
}

#[tokio::test]
async fn the_dashboard_shows_how_many_reports_are_open() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.user("ana").await;
        let mut bob = app.user("bob").await;
        let mut cid = app.user("cid").await;
        let dash = boss.get("/admin").await;
        assert!(dash.text.contains("No open reports."));
        let post = ana.create_post("Hello", "Text.", "").await;
        report(&mut bob, "post", &post.to_string(), "spam", "").await;
        report(&mut cid, "post", &post.to_string(), "spam", "").await;
        report(&mut bob, "user", "ana", "spam", "").await;
        let dash = boss.get("/admin").await;
        assert!(
            dash.text
                .contains("<strong>3</strong> open reports on 2 items."),
            "[{}] {}",
            app.backend,
            dash.text
        );
        assert!(dash.text.contains("href=\"/admin/reports\""));
    })
    .await;
}

#[tokio::test]
async fn staff_who_chose_report_mail_get_one_when_an_item_is_first_reported() {
    on_each_backend(|app| async move {
        let mut mia = staff(&app, "mia", "moderator").await;
        let _max = staff(&app, "max", "moderator").await;
        let mut ana = app.verified_user("ana").await;
        let mut bob = app.user("bob").await;
        let mut cid = app.user("cid").await;

        // Only staff see the box, and only staff can set it.
        assert!(
            !ana.get("/settings/notifications")
                .await
                .text
                .contains("report_mail")
        );
        let r = ana
            .post(
                "/settings/notifications",
                &[("report_mail_shown", "1"), ("report_mail", "on")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = mia.get("/settings/notifications").await;
        assert!(page.text.contains("name=\"report_mail\""));
        let r = mia
            .post(
                "/settings/notifications",
                &[("report_mail_shown", "1"), ("report_mail", "on")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(
            mia.get("/settings/notifications")
                .await
                .text
                .contains("name=\"report_mail\" value=\"on\" checked")
        );

        let post = ana.create_post("Hello", "Text.", "").await;
        report(&mut bob, "post", &post.to_string(), "illegal", "").await;
        report(&mut cid, "post", &post.to_string(), "illegal", "").await;
        app.run_pending_jobs().await;
        let mail = app.mail_to("mia@example.com");
        assert_eq!(
            mail.len(),
            1,
            "[{}] one mail per item entering the queue",
            app.backend
        );
        assert!(mail[0].contains("http://quill.test/admin/reports"));
        assert!(app.mail_to("max@example.com").is_empty(), "max did not ask");
        assert!(app.mail_to("ana@example.com").is_empty(), "ana is no staff");

        // Turned off: an unticked box sends nothing, and means off.
        mia.get("/settings/notifications").await;
        mia.post("/settings/notifications", &[("report_mail_shown", "1")])
            .await;
        report(&mut bob, "user", "ana", "spam", "").await;
        app.run_pending_jobs().await;
        assert_eq!(app.mail_to("mia@example.com").len(), 1);
    })
    .await;
}
