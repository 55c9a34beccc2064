//! Rate limits: the doors attackers knock on answer 429 with a readable
//! page once a client or an account is over its hourly limit.

use reqwest::StatusCode;

use crate::helpers::{Page, on_each_backend_configured};

fn assert_limited(r: &Page, backend: &str) {
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "[{backend}] {}",
        r.text
    );
    assert!(
        r.text.contains("Too many attempts"),
        "[{backend}] a readable page"
    );
    let wait: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(wait > 0, "[{backend}] Retry-After says how long");
}

#[tokio::test]
async fn sign_ups_from_one_address_stop_at_the_limit() {
    on_each_backend_configured(
        |s| s.signup_limit = 2,
        |app| async move {
            let mut b = app.browser();
            for name in ["ana", "ben"] {
                let r = b
                    .signup(
                        name,
                        &format!("{name}@example.com"),
                        "correct horse battery",
                    )
                    .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            }
            // A form with a mistake is shown again and costs nothing...
            let r = b
                .signup("x", "cid@example.com", "correct horse battery")
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
            // ...but a third real sign-up is refused, and no account is made.
            let r = b
                .signup("cid", "cid@example.com", "correct horse battery")
                .await;
            assert_limited(&r, app.backend);
            let cid: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM account WHERE username = 'cid'")
                    .fetch_one(&app.db)
                    .await
                    .unwrap();
            assert_eq!(cid, 0);
        },
    )
    .await;
}

#[tokio::test]
async fn failed_logins_on_one_account_stop_new_browsers_even_with_the_right_password() {
    on_each_backend_configured(
        |s| s.login_limit = 3,
        |app| async move {
            let mut ana = app.user("ana").await;
            app.user("ben").await;
            let mut thief = app.browser();
            for _ in 0..3 {
                let r = thief.login("ana", "wrong password guess").await;
                assert_eq!(
                    r.status,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "[{}]",
                    app.backend
                );
            }
            let r = thief
                .login("ana@example.com", "correct horse battery")
                .await;
            assert_limited(&r, app.backend);
            assert!(!thief.is_logged_in_as("ana").await);
            // Other accounts are not affected, nor is a session already open.
            let r = app.browser().login("ben", "correct horse battery").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            assert!(ana.is_logged_in_as("ana").await);
        },
    )
    .await;
}

#[tokio::test]
async fn reset_and_resend_requests_stop_at_the_limit_alike_for_unknown_addresses() {
    on_each_backend_configured(
        |s| {
            s.mail_limit = 2;
            s.mail_ip_limit = 0;
        },
        |app| async move {
            app.user("ana").await;
            let mut b = app.browser();
            b.get("/forgot-password").await;
            for email in ["ana@example.com", "nobody@example.com"] {
                for _ in 0..2 {
                    let r = b.post("/forgot-password", &[("email", email)]).await;
                    assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {email}", app.backend);
                }
                let r = b.post("/forgot-password", &[("email", email)]).await;
                assert_limited(&r, app.backend);
            }
            app.run_pending_jobs().await;
            let resets = app
                .mail_to("ana@example.com")
                .iter()
                .filter(|m| m.contains("Subject: Reset your Quill password"))
                .count();
            assert_eq!(
                resets, 2,
                "[{}] only the allowed requests mail",
                app.backend
            );
            // Resend counts on its own, per address.
            b.get("/resend-verification").await;
            for _ in 0..2 {
                let r = b
                    .post("/resend-verification", &[("email", "ana@example.com")])
                    .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER);
            }
            let r = b
                .post("/resend-verification", &[("email", "ana@example.com")])
                .await;
            assert_limited(&r, app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn mail_requests_from_one_client_stop_at_five_an_hour_by_default() {
    on_each_backend_configured(
        |_| {},
        |app| async move {
            let mut b = app.browser();
            b.get("/forgot-password").await;
            for n in 0..5 {
                let r = b
                    .post(
                        "/forgot-password",
                        &[("email", &format!("n{n}@example.com"))],
                    )
                    .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            }
            let r = b
                .post("/forgot-password", &[("email", "n9@example.com")])
                .await;
            assert_limited(&r, app.backend);
        },
    )
    .await;
}
