//! A second factor: an authenticator app's codes, recovery codes, the
//! login's second step, and what stays password-only (the API).

use quill::accounts::second_factor::code_at;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend, on_each_backend_configured};

const PASSWORD: &str = "correct horse battery";

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// The key the setup page prints (in groups of four), as one string.
fn secret_on(page: &str) -> String {
    let start = page
        .find(r#"<code class="secret">"#)
        .expect("a key to type")
        + 21;
    let end = start + page[start..].find("</code>").unwrap();
    page[start..end].replace(' ', "")
}

fn recovery_codes_on(page: &str) -> Vec<String> {
    let Some(list) = page.split(r#"<ol class="recovery-codes">"#).nth(1) else {
        return Vec::new();
    };
    let list = &list[..list.find("</ol>").unwrap()];
    list.split("<code>")
        .skip(1)
        .map(|c| c[..c.find("</code>").unwrap()].to_string())
        .collect()
}

/// Sets up an authenticator app for a logged-in browser; returns the
/// secret, the recovery codes and the code the setup spent.
async fn turn_on(app: &TestApp, b: &mut Browser) -> (String, Vec<String>, String) {
    b.get("/settings/security").await;
    let r = b.post("/settings/security/setup", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
    let page = b.get("/settings/security").await;
    assert!(page.text.contains("<svg"), "[{}] a QR code", app.backend);
    let secret = secret_on(&page.text);
    let code = code_at(&secret, now()).unwrap();
    let r = b
        .post(
            "/settings/security/enable",
            &[("code", &code), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.backend, r.text);
    let codes = recovery_codes_on(&r.text);
    assert_eq!(codes.len(), 10, "[{}] ten recovery codes", app.backend);
    (secret, codes, code)
}

/// Runs the queued mail and returns ana's mail with `subject`; fails
/// without it.
async fn told(app: &TestApp, subject: &str) -> String {
    app.run_pending_jobs().await;
    let mail = app.mail_read("ana@example.com");
    mail.iter()
        .find(|(s, _)| s == subject)
        .map(|(_, body)| body.clone())
        .unwrap_or_else(|| panic!("[{}] no {subject:?} in {mail:?}", app.backend))
}

/// Logs in with the password; returns where the answer sends the browser.
async fn password_step(app: &TestApp) -> (Browser, String) {
    let mut b = app.browser();
    let r = b.login("ana", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
    (b, r.location)
}

#[tokio::test]
async fn turning_it_on_takes_the_password_and_a_code_and_shows_the_recovery_codes_once() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.run_pending_jobs().await;
        let page = ana.get("/settings/security").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.text.contains("<svg"),
            "no secret before it is asked for"
        );
        ana.post("/settings/security/setup", &[]).await;
        let page = ana.get("/settings/security").await;
        let secret = secret_on(&page.text);
        // The QR code carries the same key the page prints.
        assert!(page.text.contains("<svg"));

        let stale = code_at(&secret, now() - 300).unwrap();
        let fresh = code_at(&secret, now()).unwrap();
        let r = ana
            .post(
                "/settings/security/enable",
                &[("code", stale.as_str()), ("current_password", PASSWORD)],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains(r#"id="code-error""#));
        let r = ana
            .post(
                "/settings/security/enable",
                &[
                    ("code", fresh.as_str()),
                    ("current_password", "a wrong guess"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains(r#"id="password-error""#));
        assert!(
            !quill::accounts::second_factor::is_on(&app.db, app.account_id("ana").await)
                .await
                .unwrap()
        );

        let r = ana
            .post(
                "/settings/security/enable",
                &[("code", fresh.as_str()), ("current_password", PASSWORD)],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.backend, r.text);
        let codes = recovery_codes_on(&r.text);
        assert_eq!(codes.len(), 10);
        let page = ana.get("/settings/security").await;
        assert!(recovery_codes_on(&page.text).is_empty(), "shown once only");
        assert!(page.text.contains("10 recovery codes are left"));
        for code in &codes {
            assert!(!page.text.contains(code.as_str()));
        }

        told(&app, "A second factor was turned on for your Quill account").await;
    })
    .await;
}

#[tokio::test]
async fn with_it_on_a_password_alone_makes_no_session_and_each_code_works_once() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let (secret, _, spent) = turn_on(&app, &mut ana).await;

        let (mut b, to) = password_step(&app).await;
        assert_eq!(to, "/login/code", "[{}]", app.backend);
        assert!(
            !b.is_logged_in_as("ana").await,
            "no session after the password"
        );
        let form = b.get("/login/code").await;
        assert!(form.text.contains(r#"autocomplete="one-time-code""#));

        // The code the setup used is spent; a stale code and a wrong one fail.
        for wrong in [
            spent,
            code_at(&secret, now() - 300).unwrap(),
            "12345".to_string(),
        ] {
            let r = b.post("/login/code", &[("code", &wrong)]).await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "[{}] {wrong}",
                app.backend
            );
            assert!(r.text.contains("not right"));
        }
        assert!(!b.is_logged_in_as("ana").await);

        let next = code_at(&secret, now() + 30).unwrap();
        let r = b.post("/login/code", &[("code", &next)]).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        assert!(b.is_logged_in_as("ana").await);

        // The same code in another browser: spent.
        let (mut other, _) = password_step(&app).await;
        other.get("/login/code").await;
        let r = other.post("/login/code", &[("code", &next)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!other.is_logged_in_as("ana").await);

        // Without the password step there is no code step to use.
        let mut stranger = app.browser();
        let r = stranger.get("/login/code").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(r.location.starts_with("/login"));
    })
    .await;
}

#[tokio::test]
async fn a_recovery_code_works_once_and_its_owner_is_told() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let (_, codes, _) = turn_on(&app, &mut ana).await;
        app.run_pending_jobs().await;

        let (mut b, _) = password_step(&app).await;
        b.get("/login/code").await;
        // Typed as people do: capitals, a space instead of the dash.
        let typed = codes[3].to_uppercase().replace('-', " ");
        let r = b.post("/login/code", &[("code", &typed)]).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        assert!(b.is_logged_in_as("ana").await);

        let (mut again, _) = password_step(&app).await;
        again.get("/login/code").await;
        let r = again.post("/login/code", &[("code", &codes[3])]).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );

        let body = told(&app, "A recovery code was used on your Quill account").await;
        assert!(body.contains("9 codes are left"), "{body}");
        let page = ana.get("/settings/security").await;
        assert!(page.text.contains("9 recovery codes are left"));

        // New codes: the old ones stop working.
        let r = ana
            .post(
                "/settings/security/recovery-codes",
                &[("current_password", PASSWORD)],
            )
            .await;
        let renewed = recovery_codes_on(&r.text);
        assert_eq!(renewed.len(), 10);
        let (mut old, _) = password_step(&app).await;
        old.get("/login/code").await;
        let r = old.post("/login/code", &[("code", &codes[5])]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = old.post("/login/code", &[("code", &renewed[0])]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    })
    .await;
}

#[tokio::test]
async fn wrong_codes_are_limited_like_wrong_passwords() {
    on_each_backend_configured(
        |s| s.login_limit = 3,
        |app| async move {
            let mut ana = app.user("ana").await;
            let (secret, _, _) = turn_on(&app, &mut ana).await;
            let (mut b, _) = password_step(&app).await;
            b.get("/login/code").await;
            for _ in 0..3 {
                let r = b.post("/login/code", &[("code", "000000")]).await;
                assert_eq!(
                    r.status,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "[{}]",
                    app.backend
                );
            }
            let right = code_at(&secret, now() + 30).unwrap();
            let r = b.post("/login/code", &[("code", &right)]).await;
            assert_eq!(
                r.status,
                StatusCode::TOO_MANY_REQUESTS,
                "[{}] even the right code waits once the allowance is spent",
                app.backend
            );
            assert!(!b.is_logged_in_as("ana").await);
        },
    )
    .await;
}

#[tokio::test]
async fn turning_it_off_needs_the_password_and_the_login_asks_no_more() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        turn_on(&app, &mut ana).await;
        ana.get("/settings/security").await;
        let r = ana
            .post(
                "/settings/security/disable",
                &[("current_password", "a wrong guess")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        let (_, to) = password_step(&app).await;
        assert_eq!(to, "/login/code", "still on after a wrong password");

        let r = ana
            .post(
                "/settings/security/disable",
                &[("current_password", PASSWORD)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let (mut b, to) = password_step(&app).await;
        assert_eq!(to, "/", "[{}]", app.backend);
        assert!(b.is_logged_in_as("ana").await);
        told(
            &app,
            "The second factor of your Quill account was turned off",
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn a_password_reset_leaves_the_second_factor_on() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        turn_on(&app, &mut ana).await;
        app.run_pending_jobs().await;
        let mut b = app.browser();
        b.get("/forgot-password").await;
        b.post("/forgot-password", &[("email", "ana@example.com")])
            .await;
        app.run_pending_jobs().await;
        let mail = app
            .mail_to("ana@example.com")
            .into_iter()
            .rev()
            .find(|m| m.contains("reset-password?token="))
            .unwrap();
        let link = crate::helpers::link_in(&mail, "http://quill.test/reset-password?token=");
        let token = link.split("token=").nth(1).unwrap().to_string();
        b.get(link.trim_start_matches("http://quill.test")).await;
        let r = b
            .post(
                "/reset-password",
                &[("token", &token), ("password", "a brand new passphrase")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        let r = b.login("ana", "a brand new passphrase").await;
        assert_eq!(r.location, "/login/code", "[{}]", app.backend);
        assert!(!b.is_logged_in_as("ana").await);
    })
    .await;
}

#[tokio::test]
async fn the_api_login_refuses_a_second_factor_account_and_a_token_made_in_settings_works() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        turn_on(&app, &mut ana).await;
        let login = serde_json::json!({"user": {"email": "ana@example.com", "password": PASSWORD}});
        let r = app
            .browser()
            .api(reqwest::Method::POST, "/users/login", None, Some(login))
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        let said = r.errors_on("email").join(" ");
        assert!(said.contains("/settings/security"), "{said}");

        ana.get("/settings/security").await;
        let r = ana
            .post(
                "/settings/security/token",
                &[("label", "my script"), ("current_password", PASSWORD)],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        let start = r.text.find("<code>qt_").expect("the token, once") + 6;
        let token = &r.text[start..start + r.text[start..].find("</code>").unwrap()];
        let me = app
            .browser()
            .api(reqwest::Method::GET, "/user", Some(token), None)
            .await;
        assert_eq!(me.status, StatusCode::OK, "[{}]", app.backend);
        assert_eq!(me.json["user"]["username"], "ana");
    })
    .await;
}

#[tokio::test]
async fn an_admin_resets_a_lost_second_factor_with_a_reason_on_record_and_the_owner_told() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        turn_on(&app, &mut ana).await;
        app.run_pending_jobs().await;
        let mut admin = app.user("boss").await;
        app.set_role("boss", "admin").await;
        let ana_id = app.account_id("ana").await;
        let page = admin.get(&format!("/admin/users/{ana_id}")).await;
        assert!(
            page.text.contains("second-factor/reset"),
            "[{}]",
            app.backend
        );
        let r = admin
            .post(
                &format!("/admin/users/{ana_id}/second-factor/reset"),
                &[("reason", "")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a reason is needed"
        );
        let r = admin
            .post(
                &format!("/admin/users/{ana_id}/second-factor/reset"),
                &[("reason", "lost phone; checked on a call")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        let (mut b, to) = password_step(&app).await;
        assert_eq!(
            to, "/",
            "[{}] the password alone logs in again",
            app.backend
        );
        assert!(b.is_logged_in_as("ana").await);

        let audit = admin.get("/admin/audit").await;
        assert!(audit.text.contains("reset-second-factor"));
        assert!(audit.text.contains("lost phone; checked on a call"));
        told(
            &app,
            "The second factor of your Quill account was reset by an admin",
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn once_required_staff_without_a_second_factor_are_sent_to_set_one_up() {
    on_each_backend(|app| async move {
        let mut boss = app.user("boss").await;
        app.set_role("boss", "admin").await;
        let mut mo = app.user("mona").await;
        app.set_role("mona", "moderator").await;

        // The admin cannot require what they do not have themselves.
        boss.get("/admin").await;
        let r = boss
            .post("/admin/settings/second-factor", &[("required", "on")])
            .await;
        assert_eq!(r.location, "/settings/security", "[{}]", app.backend);
        assert!(
            !quill::accounts::second_factor::required_of_staff(&app.db)
                .await
                .unwrap()
        );

        turn_on(&app, &mut boss).await;
        boss.get("/admin").await;
        let r = boss
            .post("/admin/settings/second-factor", &[("required", "on")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location, "/admin");
        assert_eq!(boss.get("/admin").await.status, StatusCode::OK);

        let r = mo.get("/admin/reports").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert_eq!(r.location, "/settings/security");
        let page = mo.get("/settings/security").await;
        assert!(page.text.contains("set one up to reach the admin pages"));
        // A plain member's pages are not touched by the rule.
        assert_eq!(mo.get("/settings").await.status, StatusCode::OK);

        turn_on(&app, &mut mo).await;
        assert_eq!(mo.get("/admin/reports").await.status, StatusCode::OK);

        // Turned off again: on record.
        boss.get("/admin").await;
        boss.post("/admin/settings/second-factor", &[]).await;
        assert!(
            !quill::accounts::second_factor::required_of_staff(&app.db)
                .await
                .unwrap()
        );
        let audit = boss.get("/admin/audit").await;
        assert!(audit.text.contains("require-second-factor"));
        assert!(audit.text.contains("stop-requiring-second-factor"));
    })
    .await;
}

#[tokio::test]
async fn a_deleted_account_with_a_second_factor_is_kept_only_after_the_code() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let (secret, _, _) = turn_on(&app, &mut ana).await;
        ana.get("/settings/account").await;
        ana.post("/settings/account/delete", &[("password", PASSWORD)])
            .await;

        let (mut b, to) = password_step(&app).await;
        assert_eq!(
            to, "/login/code",
            "[{}] the password alone shows no keep form",
            app.backend
        );
        let form = b.get("/login/code").await;
        assert!(!form.text.contains("/account/restore"));
        let r = b
            .post(
                "/login/code",
                &[("code", &code_at(&secret, now() + 30).unwrap())],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("Keep my account"));
        let token = r.text.split("name=\"token\" value=\"").nth(1).unwrap();
        let token = token[..token.find('"').unwrap()].to_string();
        let r = b.post("/account/restore", &[("token", &token)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert!(b.is_logged_in_as("ana").await);
    })
    .await;
}

#[tokio::test]
async fn turning_it_on_ends_the_other_logins_and_a_new_password_voids_a_pending_one() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut elsewhere = app.browser();
        elsewhere.login("ana", PASSWORD).await;
        assert!(elsewhere.is_logged_in_as("ana").await);
        let (secret, _, _) = turn_on(&app, &mut ana).await;
        assert!(
            !elsewhere.is_logged_in_as("ana").await,
            "[{}] made with the password alone",
            app.backend
        );
        assert!(
            ana.is_logged_in_as("ana").await,
            "the browser that turned it on stays"
        );

        // A password step, then the password changes: the code step is void.
        let (mut b, _) = password_step(&app).await;
        b.get("/login/code").await;
        ana.get("/settings").await;
        ana.post(
            "/settings/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "another fine passphrase"),
            ],
        )
        .await;
        let r = b
            .post(
                "/login/code",
                &[("code", &code_at(&secret, now() + 30).unwrap())],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert_eq!(r.location, "/login");
        assert!(!b.is_logged_in_as("ana").await);
    })
    .await;
}
