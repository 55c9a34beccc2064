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
async fn the_script_and_stylesheet_are_hashed_immutable_and_compressed_with_gzip_or_brotli() {
    on_each_backend(|app| async move {
        let home = app.browser().get("/").await.text;
        let client = reqwest::Client::new();
        for prefix in ["/static/style.", "/static/app.", "/static/favicon."] {
            let at = home
                .find(prefix)
                .unwrap_or_else(|| panic!("{prefix} linked"));
            let href = &home[at..at + home[at..].find('"').unwrap()];
            assert!(
                href.split('.').nth(1).is_some_and(|h| h.len() == 12),
                "a content hash in {href}"
            );
            for (asked, expected) in [("br", "br"), ("gzip", "gzip"), ("br, gzip", "br")] {
                let r = client
                    .get(format!("{}{href}", app.base))
                    .header("accept-encoding", asked)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), StatusCode::OK, "{href}");
                assert!(
                    r.headers()["cache-control"]
                        .to_str()
                        .unwrap()
                        .contains("immutable")
                );
                assert_eq!(
                    r.headers()
                        .get("content-encoding")
                        .map(|v| v.to_str().unwrap()),
                    Some(expected),
                    "{href} with Accept-Encoding: {asked}"
                );
            }
        }
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

#[tokio::test]
async fn no_form_input_gets_a_500() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        let id = a.create_post("Target", "body", "").await;
        a.get(&format!("/posts/{id}")).await;
        let token = a.csrf.clone().unwrap();
        let routes = [
            "/signup".to_string(),
            "/login".into(),
            "/posts".into(),
            format!("/posts/{id}/edit"),
            format!("/posts/{id}/comments"),
            format!("/posts/{id}/like"),
            "/u/ana/follow".into(),
        ];
        let bodies: Vec<(&str, Vec<u8>)> = vec![
            ("application/x-www-form-urlencoded", format!("csrf_token={token}&title=%FF%FE&body=%00&login=%C0").into_bytes()),
            ("application/x-www-form-urlencoded", format!("csrf_token={token}&username[]=x&password=&&&=")
                .into_bytes()),
            ("multipart/form-data; boundary=xyz", format!("--xyz\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--xyz\r\nbroken").into_bytes()),
            ("multipart/form-data", b"no boundary at all".to_vec()),
            ("text/plain", format!("csrf_token={token}").into_bytes()),
            ("application/x-www-form-urlencoded", [format!("csrf_token={token}&body=").into_bytes(), vec![b'a'; 300_000]].concat()),
        ];
        for route in &routes {
            for (ct, body) in &bodies {
                let r = a.post_bytes(route, ct, body.clone()).await;
                assert!(r.status.as_u16() < 500, "[{}] {route} with {ct}: {}", app.backend, r.status);
            }
        }
        assert_eq!(a.get(&format!("/posts/{id}")).await.status, StatusCode::OK, "stored data survives");
    })
    .await;
}

#[tokio::test]
async fn odd_paths_and_queries_get_pages_not_errors() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        app.user("ben").await;
        a.get("/u/ben").await;
        let r = a.post("/u/%0Aben/follow", &[]).await;
        assert!(
            r.status.as_u16() < 500,
            "[{}] control characters in a path: {}",
            app.backend,
            r.status
        );
        let r = a.get("/u/BEN").await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::PERMANENT_REDIRECT, "/u/ben")
        );
        assert_eq!(a.get("/u/%FF").await.status, StatusCode::NOT_FOUND);
        assert_eq!(a.get("/tags/%FF").await.status, StatusCode::NOT_FOUND);
        assert_eq!(a.get("/?page=1&page=2").await.status, StatusCode::OK);
        assert_eq!(a.get("/?page=%FF").await.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn a_form_posted_after_the_session_ended_leads_back_to_its_page_after_login() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        let id = a.create_post("Come back here", "body", "").await;
        let mut b = app.browser();
        b.get("/login").await; // an anonymous session with a token, as after an expiry
        let r = b
            .post_bytes_with_referer(&format!("/posts/{id}/like"), &format!("/posts/{id}"))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            r.location,
            format!("/login?next=%2Fposts%2F{id}"),
            "[{}]",
            app.backend
        );
    })
    .await;
}
