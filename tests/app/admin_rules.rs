//! Admins and the last admin (issue 17, item 6): only an admin acts on an
//! admin, whether on the account or on what they wrote, on the pages and
//! the API; Quill always keeps one active admin, also when two admins act
//! at the same moment; and staff editing someone else's post is audited.

use quill::accounts::role::ADMINS_ONLY;
use quill::admin::LAST_ADMIN;
use quill::error::AppError;
use quill::moderation::Actor;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{Browser, TestApp, on_each_backend};

const PASSWORD: &str = "correct horse battery";

/// A logged-in account with `role` (made by SQL, as in `admin.rs`).
async fn staff(app: &TestApp, name: &str, role: &str) -> Browser {
    let b = app.user(name).await;
    set_role(app, name, role).await;
    b
}

async fn set_role(app: &TestApp, name: &str, role: &str) {
    app.set_role(name, role).await;
}

async fn id_of(app: &TestApp, name: &str) -> i64 {
    app.account_id(name).await
}

/// `name`'s role and whether they are banned; None once deleted.
async fn account(app: &TestApp, name: &str) -> Option<(String, bool)> {
    sqlx::query_as::<_, (String, Option<i64>)>(
        "SELECT role, banned_at FROM account WHERE username = $1",
    )
    .bind(name)
    .fetch_optional(&app.db)
    .await
    .unwrap()
    .map(|(role, banned)| (role, banned.is_some()))
}

async fn active_admins(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT username FROM account WHERE role = 'admin' AND banned_at IS NULL ORDER BY username",
    )
    .fetch_all(&app.db)
    .await
    .unwrap()
}

async fn audit_log(app: &TestApp) -> Vec<(String, String, String, String)> {
    sqlx::query_as(
        "SELECT actor_name, action, target_kind, target_label FROM audit_log ORDER BY id",
    )
    .fetch_all(&app.db)
    .await
    .unwrap()
}

async fn api_token(b: &Browser, name: &str) -> String {
    let r = b
        .api(
            Method::POST,
            "/users/login",
            None,
            Some(json!({"user": {"email": format!("{name}@example.com"), "password": PASSWORD}})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "API login of {name}: {}", r.json);
    r.json["user"]["token"].as_str().unwrap().to_string()
}

/// `Err(Forbidden(why))`, or a panic naming what came instead.
fn refused_with<T: std::fmt::Debug>(result: Result<T, AppError>, why: &str, what: &str) {
    match result {
        Err(AppError::Forbidden(said)) => assert_eq!(said.key(), why, "{what}"),
        other => panic!("{what}: expected a refusal ({why}), got {other:?}"),
    }
}

#[tokio::test]
async fn a_moderator_cannot_ban_demote_or_delete_an_admin() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let _rex = staff(&app, "rex", "admin").await;
        let mut mia = staff(&app, "mia", "moderator").await;
        let rex_id = id_of(&app, "rex").await;
        let mia_id = id_of(&app, "mia").await;
        // An unverified admin, so verify and resend have something to do.
        sqlx::query("UPDATE account SET email_verified_at = NULL WHERE id = $1")
            .bind(rex_id)
            .execute(&app.db)
            .await
            .unwrap();

        mia.get("/admin/posts").await;
        for action in [
            "ban", "demote", "delete", "verify", "resend", "unban", "promote",
        ] {
            let r = mia
                .post(
                    &format!("/admin/users/{rex_id}/{action}"),
                    &[("reason", "I am in charge now"), ("confirm", "yes")],
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "[{}] moderator {action} on an admin",
                app.backend
            );
            assert!(
                r.text.contains("<h1>Not allowed</h1>") && r.text.contains("administrators"),
                "[{}] a readable page: {}",
                app.backend,
                r.text
            );
        }
        assert_eq!(account(&app, "rex").await, Some(("admin".into(), false)));
        let verified: Option<i64> =
            sqlx::query_scalar("SELECT email_verified_at FROM account WHERE id = $1")
                .bind(rex_id)
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert!(verified.is_none(), "not verified by the moderator");

        // The rule is the actions' own, not only the pages' role check
        // (a moderator's ban from the reports page goes through it too),
        // and it holds inside the write's transaction.
        let mia_acts = || Actor {
            id: Some(mia_id),
            name: "mia",
        };
        refused_with(
            quill::admin::users::ban_account(
                &app.state,
                &app.state.search,
                mia_acts(),
                rex_id,
                "x",
            )
            .await,
            ADMINS_ONLY,
            "ban by a moderator",
        );
        refused_with(
            quill::admin::users::change_role(&app.state, mia_acts(), rex_id, false).await,
            ADMINS_ONLY,
            "demote by a moderator",
        );
        refused_with(
            quill::admin::users::delete_account(
                &app.state,
                &app.state.search,
                mia_acts(),
                rex_id,
                "x",
            )
            .await,
            ADMINS_ONLY,
            "delete by a moderator",
        );
        assert_eq!(account(&app, "rex").await, Some(("admin".into(), false)));
        assert!(
            audit_log(&app).await.is_empty(),
            "[{}] nothing happened",
            app.backend
        );

        // An admin may: another admin remains.
        boss.get(&format!("/admin/users/{rex_id}")).await;
        let r = boss
            .post(&format!("/admin/users/{rex_id}/demote"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(
            account(&app, "rex").await,
            Some(("moderator".into(), false))
        );
    })
    .await;
}

#[tokio::test]
async fn a_moderator_cannot_delete_an_admins_post() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut rex = staff(&app, "rex", "admin").await;
        let mut mia = staff(&app, "mia", "moderator").await;
        let mut ana = app.user("ana").await;
        let bosses = boss.create_post("House rules", "Be kind.", "").await;
        let anas = ana.create_post("Ana's notes", "Notes.", "").await;
        boss.get(&format!("/posts/{anas}")).await;
        boss.post(
            &format!("/posts/{anas}/comments"),
            &[("body", "Welcome, Ana!")],
        )
        .await;
        let comment: i64 = sqlx::query_scalar("SELECT id FROM comment")
            .fetch_one(&app.db)
            .await
            .unwrap();

        // No delete forms for a moderator on an admin's things…
        let page = mia.get("/admin/posts").await.text;
        assert!(page.contains(&format!("/admin/posts/{anas}/delete")));
        assert!(
            !page.contains(&format!("/admin/posts/{bosses}/delete")),
            "{page}"
        );
        let page = mia.get("/admin/comments").await.text;
        assert!(
            !page.contains(&format!("/admin/comments/{comment}/delete")),
            "{page}"
        );
        let page = mia.get(&format!("/posts/{anas}")).await.text;
        assert!(!page.contains(&format!("/comments/{comment}/delete")));

        // …and a refusal that changes nothing, on every way in.
        mia.get("/admin/posts").await;
        for path in [
            format!("/admin/posts/{bosses}/delete"),
            format!("/posts/{bosses}/delete"),
            format!("/admin/comments/{comment}/delete"),
            format!("/comments/{comment}/delete"),
        ] {
            let r = mia
                .post(&path, &[("reason", "moderating"), ("confirm", "yes")])
                .await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "[{}] {path}: {}",
                app.backend,
                r.text
            );
            assert!(
                r.text.contains("<h1>Not allowed</h1>")
                    && r.text.contains("Only an admin can act on an admin"),
                "[{}] {path}: {}",
                app.backend,
                r.text
            );
        }
        let token = api_token(&mia, "mia").await;
        let slug = quill::posts::slug("House rules", bosses);
        let r = mia
            .api(
                Method::DELETE,
                &format!("/articles/{slug}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "[{}] {}",
            app.backend,
            r.json
        );
        assert!(
            r.errors_on("body").iter().any(|m| m.contains("admin")),
            "the API's error shape: {}",
            r.json
        );
        let anas_slug = quill::posts::slug("Ana's notes", anas);
        let r = mia
            .api(
                Method::DELETE,
                &format!("/articles/{anas_slug}/comments/{comment}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "[{}] {}",
            app.backend,
            r.json
        );
        assert!(r.json["errors"].is_object(), "{}", r.json);

        assert_eq!(
            app.browser().get(&format!("/posts/{bosses}")).await.status,
            StatusCode::OK
        );
        assert!(
            app.browser()
                .get(&format!("/posts/{anas}"))
                .await
                .text
                .contains("Welcome, Ana!")
        );
        assert!(audit_log(&app).await.is_empty(), "[{}]", app.backend);
        app.run_pending_jobs().await;
        assert!(
            app.mail_to("boss@example.com")
                .iter()
                .all(|m| !m.contains("removed")),
            "no removal mail"
        );

        // A moderator still moderates everyone else; an admin, admins too.
        let r = mia
            .api(
                Method::DELETE,
                &format!("/articles/{anas_slug}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.json);
        rex.get("/admin/posts").await;
        let r = rex
            .post(
                &format!("/admin/posts/{bosses}/delete"),
                &[("reason", "outdated"), ("confirm", "yes")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(
            app.browser().get(&format!("/posts/{bosses}")).await.status,
            StatusCode::NOT_FOUND
        );
        let actions: Vec<(String, String)> = audit_log(&app)
            .await
            .into_iter()
            .map(|(actor, action, _, _)| (actor, action))
            .collect();
        assert_eq!(
            actions,
            [
                ("mia".to_string(), "delete-post".to_string()),
                ("rex".to_string(), "delete-post".to_string()),
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn the_last_admin_cannot_be_demoted_banned_or_deleted() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut rex = staff(&app, "rex", "admin").await;
        // A banned admin is not an active one: it does not count.
        app.user("old").await;
        set_role(&app, "old", "admin").await;
        sqlx::query("UPDATE account SET banned_at = 1, ban_reason = 'gone' WHERE username = 'old'")
            .execute(&app.db)
            .await
            .unwrap();
        let boss_id = id_of(&app, "boss").await;
        let rex_id = id_of(&app, "rex").await;

        // Two active admins: one may demote the other.
        boss.get(&format!("/admin/users/{rex_id}")).await;
        let r = boss
            .post(&format!("/admin/users/{rex_id}/demote"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(active_admins(&app).await, ["boss"]);

        // Now boss is the last one. rex's demotion, ban or deletion of
        // boss, had rex's request passed its role check a moment before
        // the demotion above committed (the interleaving a page cannot
        // produce one request at a time), is refused in the write itself.
        let rex_acts = || Actor {
            id: Some(rex_id),
            name: "rex",
        };
        refused_with(
            quill::admin::users::change_role(&app.state, rex_acts(), boss_id, false).await,
            LAST_ADMIN,
            "demote the last admin",
        );
        refused_with(
            quill::admin::users::ban_account(
                &app.state,
                &app.state.search,
                rex_acts(),
                boss_id,
                "x",
            )
            .await,
            LAST_ADMIN,
            "ban the last admin",
        );
        refused_with(
            quill::admin::users::delete_account(
                &app.state,
                &app.state.search,
                rex_acts(),
                boss_id,
                "x",
            )
            .await,
            LAST_ADMIN,
            "delete the last admin",
        );
        let english = quill::i18n::I18n::new().unwrap().english();
        assert!(
            english
                .t(LAST_ADMIN)
                .contains("Quill needs at least one admin")
        );

        // Through the pages: neither rex (a moderator now) nor boss
        // (their own account) can take the last admin away.
        rex.get("/admin/posts").await;
        boss.get("/admin").await;
        for action in ["demote", "ban", "delete"] {
            for (who, b) in [("rex", &mut rex), ("boss", &mut boss)] {
                let r = b
                    .post(
                        &format!("/admin/users/{boss_id}/{action}"),
                        &[("reason", "x"), ("confirm", "yes")],
                    )
                    .await;
                assert_eq!(
                    r.status,
                    StatusCode::FORBIDDEN,
                    "[{}] {who}: {action}",
                    app.backend
                );
            }
        }
        assert_eq!(active_admins(&app).await, ["boss"], "[{}]", app.backend);
        assert_eq!(account(&app, "boss").await, Some(("admin".into(), false)));
        assert!(boss.is_logged_in_as("boss").await, "not logged out");
        let actions: Vec<String> = audit_log(&app).await.into_iter().map(|a| a.1).collect();
        assert_eq!(
            actions,
            ["demote"],
            "[{}] refusals write nothing",
            app.backend
        );

        // create-admin is not bound by it: it adds an admin, who may then
        // demote boss, since boss is no longer the last.
        quill::admin::cli::create_admin(
            &app.state.config,
            "rex",
            "rex@example.com",
            Some("a long admin password".into()),
        )
        .await
        .expect("promoted from the command line");
        // Another process's write: the app sees it within two seconds, or
        // at once when told.
        app.wrote_behind_its_back().await;
        let mut rex = app.user_session("rex", PASSWORD).await;
        rex.get(&format!("/admin/users/{boss_id}")).await;
        let r = rex
            .post(&format!("/admin/users/{boss_id}/demote"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(active_admins(&app).await, ["rex"]);
    })
    .await;
}

#[tokio::test]
async fn two_admins_demoting_each_other_at_once_leave_one_admin() {
    on_each_backend(|app| async move {
        let mut ann = app.user("ann").await;
        let mut bob = app.user("bob").await;
        let ann_id = id_of(&app, "ann").await;
        let bob_id = id_of(&app, "bob").await;
        for round in 0..6 {
            set_role(&app, "ann", "admin").await;
            set_role(&app, "bob", "admin").await;
            ann.get(&format!("/admin/users/{bob_id}")).await;
            bob.get(&format!("/admin/users/{ann_id}")).await;
            let ann_path = format!("/admin/users/{bob_id}/demote");
            let bob_path = format!("/admin/users/{ann_id}/demote");
            let (by_ann, by_bob) = tokio::join!(ann.post(&ann_path, &[]), bob.post(&bob_path, &[]));
            let admins = active_admins(&app).await;
            assert_eq!(
                admins.len(),
                1,
                "[{}] round {round}: {admins:?} ({} and {})",
                app.backend,
                by_ann.status,
                by_bob.status
            );
            let (winner, loser) = if admins[0] == "ann" {
                (&by_ann, &by_bob)
            } else {
                (&by_bob, &by_ann)
            };
            assert_eq!(winner.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            assert_eq!(
                loser.status,
                StatusCode::FORBIDDEN,
                "[{}] round {round}: {}",
                app.backend,
                loser.text
            );
            // Refused in the write (the last admin), or already at the
            // role check if the other demotion had committed by then.
            assert!(
                loser.text.contains("Quill needs at least one admin")
                    || loser.text.contains("administrators"),
                "{}",
                loser.text
            );
        }
        let demotions: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'demote'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(demotions, 6, "one demotion per round, audited");
    })
    .await;
}

#[tokio::test]
async fn an_admins_edit_of_someone_elses_post_is_audited() {
    on_each_backend(|app| async move {
        let mut boss = staff(&app, "boss", "admin").await;
        let mut ana = app.user("ana").await;
        let post = ana.create_post("Ana's recipe", "Flour.", "food").await;
        let edit = format!("/posts/{post}/edit");

        // The author's own edits: no audit, on the page or the API.
        ana.get(&edit).await;
        let r = ana
            .post_multipart(
                &edit,
                &[
                    ("title", "Ana's recipe"),
                    ("body", "Flour, water."),
                    ("tags", "food"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let ana_token = api_token(&ana, "ana").await;
        let slug = quill::posts::slug("Ana's recipe", post);
        let r = ana
            .api(
                Method::PUT,
                &format!("/articles/{slug}"),
                Some(&ana_token),
                Some(json!({"article": {"body": "Flour, water, salt."}})),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.json);
        assert!(audit_log(&app).await.is_empty(), "[{}]", app.backend);

        // An admin's edit through the page…
        boss.get(&edit).await;
        let r = boss
            .post_multipart(
                &edit,
                &[
                    ("title", "Bread"),
                    ("body", "Flour, water, salt."),
                    ("tags", "food"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        // …and through the API.
        let boss_token = api_token(&boss, "boss").await;
        let slug = quill::posts::slug("Bread", post);
        let r = boss
            .api(
                Method::PUT,
                &format!("/articles/{slug}"),
                Some(&boss_token),
                Some(json!({"article": {"body": "Flour, water, salt, yeast."}})),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.json);

        assert_eq!(
            audit_log(&app).await,
            vec![
                (
                    "boss".into(),
                    "edit-post".into(),
                    "post".into(),
                    "Bread".into()
                ),
                (
                    "boss".into(),
                    "edit-post".into(),
                    "post".into(),
                    "Bread".into()
                ),
            ],
            "[{}]",
            app.backend
        );
        let rows: Vec<(Option<i64>, Option<i64>, String)> =
            sqlx::query_as("SELECT actor_id, target_id, reason FROM audit_log ORDER BY id")
                .fetch_all(&app.db)
                .await
                .unwrap();
        let boss_id = id_of(&app, "boss").await;
        assert_eq!(
            rows,
            vec![
                (
                    Some(boss_id),
                    Some(post),
                    "title was “Ana's recipe”".to_string()
                ),
                (Some(boss_id), Some(post), String::new()),
            ]
        );
        let page = boss.get("/admin/audit?action=edit-post").await.text;
        assert!(
            page.contains("<code>edit-post</code>") && page.contains(&format!("/posts/{post}")),
            "{page}"
        );
    })
    .await;
}
