use reqwest::StatusCode;

use crate::helpers::on_each_backend;

#[tokio::test]
async fn signing_up_then_logging_in_by_username_or_email_works() {
    on_each_backend(|app| async move {
        let mut b = app.browser();
        let r = b
            .signup("ana", "Ana@Example.com", "correct horse battery")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert_eq!(r.location, "/check-email");
        let r = b.login("ana@example.COM", "correct horse battery").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert!(b.is_logged_in_as("ana").await, "[{}]", app.backend);
        let mut other = app.browser();
        other.login("ANA", "correct horse battery").await;
        assert!(
            other.is_logged_in_as("ana").await,
            "[{}] login by username ignores case",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_taken_username_in_any_case_is_refused_with_the_form_kept() {
    on_each_backend(|app| async move {
        app.user("ben").await;
        let mut b = app.browser();
        let r = b
            .signup("BEN", "other@example.com", "another good password")
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(
            r.text.contains("This username is taken"),
            "[{}]",
            app.backend
        );
        assert!(
            r.text.contains("value=\"other@example.com\""),
            "[{}] email kept",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_taken_email_gets_the_same_answer_as_a_new_one() {
    on_each_backend(|app| async move {
        app.user("cleo").await;
        let mut b = app.browser();
        let r = b
            .signup("cleo2", "CLEO@example.com", "another good password")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        let r = b.login("cleo2", "another good password").await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] no second account was made",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn invalid_sign_up_fields_each_get_their_error() {
    on_each_backend(|app| async move {
        let mut b = app.browser();
        let r = b.signup("a!", "not-an-email", "short").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.text.contains("username-error")
                && r.text.contains("email-error")
                && r.text.contains("password-error")
        );
        let r = b
            .signup("dora", "dora@example.com", "dora@example.com")
            .await;
        assert!(
            r.text.contains("must not be your username or email"),
            "[{}]",
            app.backend
        );
        let huge = "x".repeat(2000);
        let r = b.signup("dora", "dora@example.com", &huge).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] over 1,024 characters",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_wrong_password_does_not_log_in() {
    on_each_backend(|app| async move {
        app.user("eve").await;
        let mut b = app.browser();
        let wrong = b.login("eve", "not the password").await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        let unknown = b.login("nobody_here", "not the password").await;
        assert_eq!(
            unknown.status, wrong.status,
            "[{}] same answer for unknown accounts",
            app.backend
        );
        assert!(wrong.text.contains("do not match") && unknown.text.contains("do not match"));
        assert!(!b.is_logged_in_as("eve").await);
    })
    .await;
}

#[tokio::test]
async fn login_rotates_the_session_id_and_logout_ends_the_session() {
    on_each_backend(|app| async move {
        let mut b = app.browser();
        b.signup("finn", "finn@example.com", "correct horse battery")
            .await;
        let pre = b.get("/login").await;
        let pre_cookie = session_cookie(&pre.headers);
        let r = b
            .post(
                "/login",
                &[("login", "finn"), ("password", "correct horse battery")],
            )
            .await;
        let post_cookie = session_cookie(&r.headers).expect("login sets a session cookie");
        assert!(
            post_cookie.to_lowercase().contains("httponly")
                && post_cookie.to_lowercase().contains("samesite=lax")
        );
        assert_ne!(
            pre_cookie.map(|c| c.split(';').next().unwrap().to_string()),
            Some(post_cookie.split(';').next().unwrap().to_string())
        );
        b.get("/").await;
        let r = b.post("/logout", &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!b.is_logged_in_as("finn").await, "[{}]", app.backend);
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM session WHERE account_id IS NOT NULL")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(
            n, 0,
            "[{}] logout deletes the session server-side",
            app.backend
        );
    })
    .await;
}

fn session_cookie(h: &reqwest::header::HeaderMap) -> Option<String> {
    h.get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("quill_session="))
        .map(String::from)
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id_with_owasp_parameters() {
    on_each_backend(|app| async move {
        app.user("gus").await;
        let hash: String =
            sqlx::query_scalar("SELECT password_hash FROM account WHERE username = 'gus'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
    })
    .await;
}

#[tokio::test]
async fn login_only_redirects_to_local_paths() {
    on_each_backend(|app| async move {
        app.user("hana").await;
        let mut b = app.browser();
        b.get("/login?next=https://evil.example/").await;
        let r = b
            .post(
                "/login",
                &[
                    ("login", "hana"),
                    ("password", "correct horse battery"),
                    ("next", "//evil.example/"),
                ],
            )
            .await;
        assert_eq!(r.location, "/");
        let mut b = app.browser();
        let r = b.get("/posts/new").await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/login?next=%2Fposts%2Fnew")
        );
        b.get(&r.location).await;
        let r = b
            .post(
                "/login",
                &[
                    ("login", "hana"),
                    ("password", "correct horse battery"),
                    ("next", "/posts/new"),
                ],
            )
            .await;
        assert_eq!(r.location, "/posts/new", "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn behind_https_the_session_cookie_is_secure_and_host_prefixed() {
    let app = crate::helpers::TestApp::spawn_at(None, "https://quill.example").await;
    let set_cookies = |r: &crate::helpers::Page| -> Vec<String> {
        r.headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect()
    };
    let cookie_named = |cookies: &[String], name: &str| -> String {
        cookies
            .iter()
            .find(|c| c.starts_with(&format!("{name}=")))
            .unwrap_or_else(|| panic!("a {name} cookie in {cookies:?}"))
            .clone()
    };
    // The login form's CSRF token comes in a signed cookie, not a session.
    let r = app.browser().get("/login").await;
    let csrf = cookie_named(&set_cookies(&r), "__Host-quill_csrf");
    assert!(
        csrf.contains("Secure") && csrf.contains("HttpOnly"),
        "{csrf}"
    );
    // The session starts at login, with the browser's device cookie.
    app.browser()
        .signup("mia", "mia@example.com", "correct horse battery")
        .await;
    let r = app.browser().login("mia", "correct horse battery").await;
    let cookies = set_cookies(&r);
    for name in ["__Host-quill_session", "__Host-quill_device"] {
        let cookie = cookie_named(&cookies, name);
        assert!(
            cookie.contains("Secure") && cookie.contains("HttpOnly"),
            "{cookie}"
        );
    }
    assert!(r.headers.get("strict-transport-security").is_some());
    let mut b = app.browser();
    b.get("/signup").await;
    let r = b
        .post(
            "/signup",
            &[
                ("username", "lena"),
                ("email", "lena@example.com"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    let flash = r
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("quill_flash="));
    assert!(flash.expect("a flash after sign-up").contains("Secure"));
}

#[tokio::test]
async fn expired_sessions_are_refused_and_swept() {
    on_each_backend(|app| async move {
        let mut b = app.user("ivy").await;
        assert!(b.is_logged_in_as("ivy").await);
        sqlx::query("UPDATE session SET expires_at = 0")
            .execute(&app.db)
            .await
            .unwrap();
        app.wrote_behind_its_back().await;
        assert!(
            !b.is_logged_in_as("ivy").await,
            "[{}] an expired session is anonymous",
            app.backend
        );
        let store = quill::accounts::session_store::DbSessionStore::new(
            app.db.clone(),
            app.state.memo.clone(),
        );
        assert!(store.delete_expired().await.unwrap() >= 1);
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM session")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(left, 0, "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_session_older_than_thirty_days_ends_however_active() {
    on_each_backend(|app| async move {
        let mut b = app.user("jody").await;
        sqlx::query("UPDATE session SET created_at = created_at - $1")
            .bind(quill::accounts::session_store::ABSOLUTE_LIFETIME_MS + 1000)
            .execute(&app.db)
            .await
            .unwrap();
        assert!(!b.is_logged_in_as("jody").await, "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn an_active_session_is_renewed_instead_of_expiring_fourteen_days_after_login() {
    on_each_backend(|app| async move {
        let mut b = app.user("kim").await;
        let soon = quill::db::now_ms() + 2 * 24 * 3600 * 1000;
        // As if the last renewal was long ago and the session is about to expire.
        sqlx::query("UPDATE session SET expires_at = $1, data = replace(data, '\"renewed_at\"', '\"stale\"')")
            .bind(soon)
            .execute(&app.db)
            .await
            .unwrap();
        assert!(b.is_logged_in_as("kim").await);
        let expires: i64 = sqlx::query_scalar("SELECT expires_at FROM session").fetch_one(&app.db).await.unwrap();
        assert!(expires > soon + 10 * 24 * 3600 * 1000, "[{}] renewed to about 14 days", app.backend);
    })
    .await;
}
