use reqwest::StatusCode;

use crate::helpers::{TestApp, link_in, on_each_backend_configured, on_each_backend_with};

fn verify_link(mail: &str) -> String {
    link_in(mail, "http://quill.test/verify-email?token=")
}

async fn sign_up(app: &TestApp, name: &str) -> crate::helpers::Browser {
    let mut b = app.browser();
    let r = b
        .signup(
            name,
            &format!("{name}@example.com"),
            "correct horse battery",
        )
        .await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, "/check-email"),
        "[{}]",
        app.backend
    );
    b
}

#[tokio::test]
async fn login_is_refused_until_the_emailed_link_is_followed_once() {
    on_each_backend_with(true, |app| async move {
        let mut b = sign_up(&app, "ana").await;
        assert!(
            app.mail_to("ana@example.com").is_empty(),
            "[{}] mail is sent by a job, not the request",
            app.backend
        );
        let r = b.login("ana", "correct horse battery").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("verify your email") && r.text.contains("/resend-verification"));

        assert_eq!(app.run_pending_jobs().await, 1);
        let mails = app.mail_to("ana@example.com");
        assert_eq!(mails.len(), 1, "[{}]", app.backend);
        assert!(mails[0].contains("Subject: Verify your email address"));
        let link = verify_link(&mails[0]);
        let path = link.trim_start_matches("http://quill.test");
        let token: String = path.split("token=").nth(1).unwrap().into();
        let stored: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM email_token WHERE token_hash = $1")
                .bind(&token)
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(stored, 0, "only a hash of the token is stored");

        let r = b.get(path).await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/login"),
            "[{}]",
            app.backend
        );
        let again = b.get(path).await;
        assert_eq!(
            again.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] a link works once",
            app.backend
        );
        let r = b.login("ana", "correct horse battery").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(b.is_logged_in_as("ana").await);
    })
    .await;
}

#[tokio::test]
async fn an_expired_or_made_up_link_is_refused() {
    on_each_backend_with(true, |app| async move {
        let mut b = sign_up(&app, "ben").await;
        app.run_pending_jobs().await;
        let link = verify_link(&app.mail_to("ben@example.com")[0]);
        sqlx::query("UPDATE email_token SET expires_at = 0")
            .execute(&app.db)
            .await
            .unwrap();
        let r = b.get(link.trim_start_matches("http://quill.test")).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert_eq!(
            b.get("/verify-email?token=nonsense").await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            b.get("/verify-email").await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    })
    .await;
}

#[tokio::test]
async fn resending_adds_a_link_without_breaking_the_first_and_says_nothing_about_accounts() {
    on_each_backend_with(true, |app| async move {
        let mut b = sign_up(&app, "cleo").await;
        app.run_pending_jobs().await;
        let first = verify_link(&app.mail_to("cleo@example.com")[0]);
        b.get("/resend-verification").await;
        let known = b
            .post("/resend-verification", &[("email", "CLEO@example.com")])
            .await;
        let unknown = b
            .post("/resend-verification", &[("email", "nobody@example.com")])
            .await;
        assert_eq!(
            (known.status, known.location.as_str()),
            (unknown.status, unknown.location.as_str())
        );
        app.run_pending_jobs().await;
        assert_eq!(
            app.mail_to("cleo@example.com").len(),
            2,
            "[{}]",
            app.backend
        );
        assert!(app.mail_to("nobody@example.com").is_empty());
        let r = b.get(first.trim_start_matches("http://quill.test")).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] the first link still works",
            app.backend
        );
    })
    .await;
}

/// The reset link of the newest reset mail to `to`, as a path.
fn reset_path(app: &TestApp, to: &str) -> String {
    let mails = app.mail_to(to);
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.contains("Reset your Quill password"))
        .expect("a reset mail");
    link_in(mail, "http://quill.test/reset-password?token=")
        .trim_start_matches("http://quill.test")
        .to_string()
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_ends_every_session() {
    on_each_backend_with(false, |app| async move {
        let mut other = app.user("dora").await;
        let mut anon = app.browser();
        anon.get("/forgot-password").await;
        let known = anon
            .post("/forgot-password", &[("email", "dora@example.com")])
            .await;
        let unknown = anon
            .post("/forgot-password", &[("email", "nobody@example.com")])
            .await;
        assert_eq!(
            (known.status, known.location.as_str()),
            (unknown.status, unknown.location.as_str()),
            "no enumeration"
        );
        assert_eq!(known.location, "/forgot-password?sent=1");
        assert!(
            anon.get(&known.location)
                .await
                .text
                .contains("a link to reset its password is on its way")
        );
        app.run_pending_jobs().await;
        let first = reset_path(&app, "dora@example.com");
        anon.get("/forgot-password").await;
        anon.post("/forgot-password", &[("email", "dora@example.com")])
            .await;
        app.run_pending_jobs().await;
        let second = reset_path(&app, "dora@example.com");
        assert_ne!(first, second);

        let token = |p: &str| p.split("token=").nth(1).unwrap().to_string();
        assert_eq!(
            anon.get(&format!("/verify-email?token={}", token(&second)))
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a reset token cannot verify"
        );
        let page = anon.get(&first).await;
        assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
        let r = anon
            .post(
                "/reset-password",
                &[("token", &token(&first)), ("password", "never used pw 1")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] a newer link voids the older",
            app.backend
        );

        anon.get(&second).await;
        let r = anon
            .post(
                "/reset-password",
                &[("token", &token(&second)), ("password", "short")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a weak password keeps the link usable"
        );
        let r = anon
            .post(
                "/reset-password",
                &[
                    ("token", &token(&second)),
                    ("password", "a brand new password"),
                ],
            )
            .await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/login"),
            "[{}]",
            app.backend
        );
        let r = anon
            .post(
                "/reset-password",
                &[("token", &token(&second)), ("password", "a third password")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a link works once"
        );
        assert!(
            !other.is_logged_in_as("dora").await,
            "[{}] the other session ended",
            app.backend
        );
        app.run_pending_jobs().await;
        assert!(
            app.mail_to("dora@example.com")
                .iter()
                .any(|m| m.contains("Subject: Your Quill password was changed")),
            "[{}] the owner is told",
            app.backend
        );
        let mut b = app.browser();
        assert_eq!(
            b.login("dora", "correct horse battery").await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            b.login("dora", "a brand new password").await.status,
            StatusCode::SEE_OTHER
        );
    })
    .await;
}

#[tokio::test]
async fn without_smtp_the_dev_mailbox_shows_the_link_to_click() {
    // Run locally: the public origin is this machine, so the page is open.
    on_each_backend_configured(
        |s| {
            s.require_verified_email = "true".into();
            s.base_url = Some("http://localhost".into());
        },
        |app| async move {
            let mut b = sign_up(&app, "emil").await;
            app.run_pending_jobs().await;
            let page = b.get("/dev/mailbox").await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.text.contains("Verify your email address for Quill"));
            let at = page
                .text
                .find("<a href=\"http://localhost/verify-email?token=")
                .expect("a clickable link");
            let href = page.text[at + 9..].split('"').next().unwrap().to_string();
            let r = b.get(href.trim_start_matches("http://localhost")).await;
            assert_eq!(
                (r.status, r.location.as_str()),
                (StatusCode::SEE_OTHER, "/login"),
                "[{}]",
                app.backend
            );
        },
    )
    .await;
}

#[tokio::test]
async fn emailed_links_come_from_the_base_url_never_the_host_header() {
    on_each_backend_with(true, |app| async move {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let form = client
            .get(format!("{}/signup", app.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let marker = "name=\"csrf_token\" value=\"";
        let at = form.find(marker).unwrap() + marker.len();
        let token = form[at..].split('"').next().unwrap().to_string();
        let r = client
            .post(format!("{}/signup", app.base))
            .header("host", "evil.example")
            .form(&[
                ("csrf_token", token.as_str()),
                ("username", "fay"),
                ("email", "fay@example.com"),
                ("password", "correct horse battery"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "[{}]", app.backend);
        app.run_pending_jobs().await;
        let mail = app
            .mail_to("fay@example.com")
            .pop()
            .expect("a verification mail");
        assert!(mail.contains("http://quill.test/verify-email") && !mail.contains("evil.example"));
    })
    .await;
}

#[tokio::test]
async fn signing_up_with_a_taken_email_answers_alike_and_tells_its_owner() {
    on_each_backend_with(true, |app| async move {
        sign_up(&app, "ana").await;
        app.run_pending_jobs().await;
        let mut b = app.browser();
        let r = b
            .signup("someone", "ANA@example.com", "another fine password")
            .await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/check-email"),
            "[{}] the same answer as for a new address",
            app.backend
        );
        app.run_pending_jobs().await;
        let mails = app.mail_to("ana@example.com");
        assert_eq!(mails.len(), 2, "[{}]", app.backend);
        assert!(mails[1].contains("Subject: Someone tried to sign up with your email address"));
        assert!(
            link_in(&mails[1], "http://quill.test/forgot-password").ends_with("/forgot-password")
        );
    })
    .await;
}

#[tokio::test]
async fn a_common_password_is_refused_at_sign_up() {
    on_each_backend_with(true, |app| async move {
        let mut b = app.browser();
        let r = b.signup("ana", "ana@example.com", "password123").await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("most common passwords"));
        assert!(
            r.text.contains(r#"value="ana@example.com""#),
            "input is kept"
        );
    })
    .await;
}
