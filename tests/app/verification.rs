use reqwest::StatusCode;

use crate::helpers::{TestApp, on_each_backend_with};

/// The link from the message's text, its quoted-printable encoding undone.
fn verify_link(mail: &str) -> String {
    let mail = mail
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    let at = mail
        .find("http://quill.test/verify-email?token=")
        .expect("a verification link");
    mail[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .trim_end_matches(['"', '<', '>'])
        .to_string()
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
