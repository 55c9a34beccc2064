use reqwest::StatusCode;

use crate::helpers::on_each_backend;

#[tokio::test]
async fn a_post_without_or_with_a_forged_csrf_token_is_403() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        app.user("ben").await;
        let r = a.post_raw("/u/ben/follow", &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}]", app.backend);
        let r = a
            .post_raw("/u/ben/follow", &[("csrf_token", "forged")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let mut anon = app.browser();
        let r = anon
            .post_raw(
                "/login",
                &[("login", "ana"), ("password", "correct horse battery")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "[{}] the login form needs its token too",
            app.backend
        );
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM follow")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(n, 0);
    })
    .await;
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    on_each_backend(|app| async move {
        let mut b = app.browser();
        for path in ["/", "/login", "/no-such-page"] {
            let r = b.get(path).await;
            let csp = r
                .headers
                .get("content-security-policy")
                .unwrap()
                .to_str()
                .unwrap();
            assert!(
                csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
                "{path}"
            );
            assert_eq!(r.headers.get("x-content-type-options").unwrap(), "nosniff");
            assert_eq!(
                r.headers.get("referrer-policy").unwrap(),
                "strict-origin-when-cross-origin"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn ids_that_are_not_positive_integers_are_404() {
    on_each_backend(|app| async move {
        let mut b = app.browser();
        for path in [
            "/posts/abc",
            "/posts/-1",
            "/posts/0",
            "/posts/999999999",
            "/posts/1.5",
            "/u/nobody",
        ] {
            let r = b.get(path).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
            assert!(r.text.contains("Not found"), "a readable page for {path}");
        }
    })
    .await;
}

#[tokio::test]
async fn the_stylesheet_is_served_with_an_immutable_hashed_name() {
    on_each_backend(|app| async move {
        let mut b = app.browser();
        let home = b.get("/").await;
        let at = home.text.find("/static/style.").unwrap();
        let href = &home.text[at..at + home.text[at..].find('"').unwrap()];
        let css = b.get(href).await;
        assert_eq!(css.status, StatusCode::OK);
        assert!(
            css.headers
                .get("cache-control")
                .unwrap()
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        assert!(
            css.headers
                .get("content-type")
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("text/css")
        );
        assert!(css.text.contains("prefers-color-scheme: dark"));
    })
    .await;
}

#[tokio::test]
async fn healthz_answers_when_the_database_does() {
    on_each_backend(|app| async move {
        let r = app.browser().get("/healthz").await;
        assert_eq!((r.status, r.text.as_str()), (StatusCode::OK, "ok"));
    })
    .await;
}
