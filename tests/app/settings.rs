//! Settings: changing the password and the email address.

use reqwest::StatusCode;

use crate::helpers::{TestApp, link_in, on_each_backend};

async fn account_email(app: &TestApp, name: &str) -> String {
    sqlx::query_scalar("SELECT email FROM account WHERE username = $1")
        .bind(name)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

async fn jobs_waiting(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM job")
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_logs_out_every_other_session() {
    on_each_backend(|app| async move {
        let mut here = app.user("ana").await;
        app.run_pending_jobs().await; // the sign-up's own mail
        let mut elsewhere = app.browser();
        elsewhere.login("ana", "correct horse battery").await;
        assert!(elsewhere.is_logged_in_as("ana").await);

        let page = here.get("/settings").await;
        assert!(
            page.text.contains("<title>Settings · Quill</title>"),
            "[{}] a plain title",
            app.backend
        );
        let r = here
            .post(
                "/settings/password",
                &[
                    ("current_password", "a wrong guess"),
                    ("new_password", "a brand new passphrase"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("not your current password"));
        let r = here
            .post(
                "/settings/password",
                &[
                    ("current_password", "correct horse battery"),
                    ("new_password", "password123"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("most common passwords"));
        assert_eq!(
            jobs_waiting(&app).await,
            0,
            "[{}] refusals change nothing",
            app.backend
        );

        let r = here
            .post(
                "/settings/password",
                &[
                    ("current_password", "correct horse battery"),
                    ("new_password", "a brand new passphrase"),
                ],
            )
            .await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/settings"),
            "[{}] {}",
            app.backend,
            r.text
        );
        assert!(
            here.is_logged_in_as("ana").await,
            "[{}] this session goes on",
            app.backend
        );
        assert!(
            !elsewhere.is_logged_in_as("ana").await,
            "[{}] the other one ends",
            app.backend
        );

        let r = app.browser().login("ana", "correct horse battery").await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "the old password is gone"
        );
        let r = app.browser().login("ana", "a brand new passphrase").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);

        app.run_pending_jobs().await;
        let mails = app.mail_to("ana@example.com");
        assert!(
            mails
                .iter()
                .any(|m| m.contains("Subject: Your Quill password was changed")),
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_new_email_address_takes_effect_only_once_its_link_is_opened_and_the_old_one_is_told() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.get("/settings").await;
        let r = ana
            .post(
                "/settings/email",
                &[
                    ("email", "Ana.New@example.org"),
                    ("current_password", "correct horse battery"),
                ],
            )
            .await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/settings"),
            "[{}] {}",
            app.backend,
            r.text
        );
        app.run_pending_jobs().await;

        assert_eq!(
            account_email(&app, "ana").await,
            "ana@example.com",
            "[{}] not before the link",
            app.backend
        );
        let page = ana.get("/settings").await;
        assert!(
            page.text.contains("Waiting for you to open the link")
                && page.text.contains("Ana.New@example.org")
        );

        let old = app.mail_to("ana@example.com");
        assert!(
            old.iter().any(
                |m| m.contains("Subject: Your Quill email address is about to change")
                    && m.contains("Ana.New@example.org")
            ),
            "[{}]",
            app.backend
        );
        let new = app.mail_to("Ana.New@example.org");
        assert_eq!(new.len(), 1, "[{}]", app.backend);
        assert!(new[0].contains("Subject: Confirm your new email address"));
        let link = link_in(&new[0], "http://quill.test/verify-email?token=");
        let path = link.trim_start_matches("http://quill.test");

        let r = app.browser().get(path).await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/login"),
            "[{}]",
            app.backend
        );
        assert_eq!(account_email(&app, "ana").await, "Ana.New@example.org");
        let r = app.browser().get(path).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] the link works once",
            app.backend
        );

        let r = app
            .browser()
            .login("ana.new@example.org", "correct horse battery")
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] log in by the new address",
            app.backend
        );
        let r = app
            .browser()
            .login("ana@example.com", "correct horse battery")
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "the old address is free again"
        );

        // A reset link asked for before the change dies with it.
        let mut anon = app.browser();
        anon.get("/forgot-password").await;
        anon.post("/forgot-password", &[("email", "ana.new@example.org")])
            .await;
        app.run_pending_jobs().await;
        let reset = app.mail_to("Ana.New@example.org").pop().unwrap();
        let link = link_in(&reset, "http://quill.test/reset-password?token=");
        let mut ana2 = app.user_session("ana", "correct horse battery").await;
        ana2.get("/settings").await;
        ana2.post(
            "/settings/email",
            &[
                ("email", "ana3@example.net"),
                ("current_password", "correct horse battery"),
            ],
        )
        .await;
        app.run_pending_jobs().await;
        let confirm = app.mail_to("ana3@example.net").pop().unwrap();
        let confirm = link_in(&confirm, "http://quill.test/verify-email?token=");
        app.browser()
            .get(confirm.trim_start_matches("http://quill.test"))
            .await;
        let token = link.split("token=").nth(1).unwrap().to_string();
        let mut thief = app.browser();
        thief
            .get(link.trim_start_matches("http://quill.test"))
            .await;
        let r = thief
            .post(
                "/reset-password",
                &[
                    ("token", token.as_str()),
                    ("password", "a new password here"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] the old reset link is dead",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn an_email_change_is_refused_without_the_right_password_or_a_valid_address() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.run_pending_jobs().await; // the sign-up's own mail
        ana.get("/settings").await;
        let r = ana
            .post(
                "/settings/email",
                &[
                    ("email", "new@example.org"),
                    ("current_password", "not my password"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("not your current password"));
        assert!(
            r.text.contains(r#"value="new@example.org""#),
            "the input is kept"
        );
        let r = ana
            .post(
                "/settings/email",
                &[
                    ("email", "not an address"),
                    ("current_password", "correct horse battery"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = ana
            .post(
                "/settings/email",
                &[
                    ("email", "ANA@example.com"),
                    ("current_password", "correct horse battery"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("your address already"));
        assert_eq!(
            jobs_waiting(&app).await,
            0,
            "[{}] nothing is sent",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn asking_for_an_address_another_account_holds_tells_its_owner_and_changes_nothing() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.user("ben").await;
        app.run_pending_jobs().await; // the sign-ups' own mail
        ana.get("/settings").await;
        let r = ana
            .post(
                "/settings/email",
                &[
                    ("email", "ben@example.com"),
                    ("current_password", "correct horse battery"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] the same answer as for a free address",
            app.backend
        );
        app.run_pending_jobs().await;
        let to_ben = app.mail_to("ben@example.com");
        assert_eq!(
            to_ben.len(),
            2,
            "[{}] verification, then the notice",
            app.backend
        );
        let to_ben = &to_ben[1..];
        assert!(to_ben[0].contains("Subject: Someone tried to use your email address"));
        assert!(
            !to_ben[0].contains("verify-email"),
            "no link that could move the address"
        );
        assert_eq!(account_email(&app, "ana").await, "ana@example.com");
    })
    .await;
}
