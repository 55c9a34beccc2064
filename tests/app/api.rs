//! The JSON API under /api: the RealWorld shapes, the same site behind
//! them, revocable tokens that never come from the cookie, errors in the
//! spec's shape, CORS, and the Atom feeds.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{
    ApiReply, TestApp, on_each_backend, on_each_backend_configured, on_each_backend_with,
};
use crate::notifications::Stream;

const ISO_MS: fn(&str) -> bool = |s| {
    // 2026-11-26T07:00:00.123Z
    s.len() == 24
        && s.as_bytes()[10] == b'T'
        && s.as_bytes()[19] == b'.'
        && s.ends_with('Z')
        && s[20..23].bytes().all(|b| b.is_ascii_digit())
};

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> ApiReply {
    app.browser().api(method, path, token, body).await
}

/// What `GET /api/user` answers with `token`: whether the token still works.
async fn token_status(app: &TestApp, token: &str) -> StatusCode {
    call(app, Method::GET, "/user", Some(token), None)
        .await
        .status
}

async fn write(app: &TestApp, token: &str, title: &str, tags: &[&str]) -> Value {
    let r = call(
        app,
        Method::POST,
        "/articles",
        Some(token),
        Some(json!({"article": {"title": title, "description": "About it", "body": "Some *words*.", "tagList": tags}})),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::CREATED,
        "[{}] create: {}",
        app.backend,
        r.json
    );
    r.json["article"].clone()
}

#[tokio::test]
async fn an_article_written_through_the_api_is_a_post_of_the_site() {
    on_each_backend(|app| async move {
        let ana = app.api_user("ana").await;
        let bo = app.api_user("bob").await;
        let a = write(
            &app,
            &ana,
            "How to train your dragon",
            &["training", "dragons"],
        )
        .await;
        let slug = a["slug"].as_str().unwrap().to_string();
        assert!(slug.starts_with("how-to-train-your-dragon-"), "{slug}");
        assert_eq!(a["tagList"], json!(["dragons", "training"]), "tags sorted");
        assert_eq!(a["description"], "About it");
        assert_eq!(a["body"], "Some *words*.");
        assert_eq!(a["author"]["username"], "ana");
        assert_eq!(a["author"]["bio"], Value::Null);
        assert!(
            ISO_MS(a["createdAt"].as_str().unwrap()),
            "{}",
            a["createdAt"]
        );
        assert_eq!(a["favorited"], false);

        // The same post on the pages and in search (once the index has
        // caught up with it: the indexer follows the change log).
        let mut web = app.browser();
        assert!(web.get("/").await.text.contains("How to train your dragon"));
        app.indexed().await;
        assert!(
            web.get("/search?q=dragon")
                .await
                .text
                .contains("How to train your dragon")
        );

        // Lists and their filters, with counts.
        write(&app, &bo, "Bob writes", &["misc"]).await;
        let all = call(&app, Method::GET, "/articles", None, None).await;
        assert_eq!(all.json["articlesCount"], 2);
        assert_eq!(
            all.json["articles"][0]["title"], "Bob writes",
            "newest first"
        );
        assert!(
            all.json["articles"][0].get("body").is_none(),
            "lists leave the body out"
        );
        let by_tag = call(&app, Method::GET, "/articles?tag=dragons", None, None).await;
        assert_eq!(by_tag.json["articlesCount"], 1);
        assert_eq!(by_tag.json["articles"][0]["slug"], slug.as_str());
        let by_author = call(
            &app,
            Method::GET,
            "/articles?author=bob&limit=1&offset=0",
            None,
            None,
        )
        .await;
        assert_eq!(by_author.json["articles"][0]["title"], "Bob writes");
        let nobody = call(&app, Method::GET, "/articles?author=nobody", None, None).await;
        assert_eq!(
            (nobody.status, nobody.json["articlesCount"].clone()),
            (StatusCode::OK, json!(0))
        );
        let paged = call(&app, Method::GET, "/articles?limit=1&offset=1", None, None).await;
        assert_eq!(paged.json["articles"][0]["slug"], slug.as_str());
        assert_eq!(paged.json["articlesCount"], 2);

        // Favorites are likes: the page's count shows it.
        let fav = call(
            &app,
            Method::POST,
            &format!("/articles/{slug}/favorite"),
            Some(&bo),
            None,
        )
        .await;
        assert_eq!(
            (
                fav.json["article"]["favorited"].clone(),
                fav.json["article"]["favoritesCount"].clone()
            ),
            (json!(true), json!(1))
        );
        let liked = call(
            &app,
            Method::GET,
            "/articles?favorited=bob",
            Some(&bo),
            None,
        )
        .await;
        assert_eq!(liked.json["articles"][0]["favorited"], true);
        let id = slug.rsplit('-').next().unwrap();
        assert!(
            web.get(&format!("/posts/{id}"))
                .await
                .text
                .contains("1 like")
        );
        let unfav = call(
            &app,
            Method::DELETE,
            &format!("/articles/{slug}/favorite"),
            Some(&bo),
            None,
        )
        .await;
        assert_eq!(unfav.json["article"]["favoritesCount"], 0);

        // Following and the feed.
        let f = call(&app, Method::POST, "/profiles/ana/follow", Some(&bo), None).await;
        assert_eq!(f.json["profile"]["following"], true);
        let feed = call(&app, Method::GET, "/articles/feed", Some(&bo), None).await;
        assert_eq!(feed.json["articlesCount"], 1);
        assert_eq!(feed.json["articles"][0]["author"]["following"], true);
        let p = call(&app, Method::GET, "/profiles/ana", Some(&bo), None).await;
        assert_eq!(p.json["profile"]["following"], true);
        let uf = call(
            &app,
            Method::DELETE,
            "/profiles/ana/follow",
            Some(&bo),
            None,
        )
        .await;
        assert_eq!(uf.json["profile"]["following"], false);

        // Comments.
        let c = call(
            &app,
            Method::POST,
            &format!("/articles/{slug}/comments"),
            Some(&bo),
            Some(json!({"comment": {"body": "Thank you!"}})),
        )
        .await;
        assert_eq!(c.status, StatusCode::OK, "{}", c.json);
        let cid = c.json["comment"]["id"].as_i64().unwrap();
        assert!(
            web.get(&format!("/posts/{id}"))
                .await
                .text
                .contains("Thank you!")
        );
        let list = call(
            &app,
            Method::GET,
            &format!("/articles/{slug}/comments"),
            None,
            None,
        )
        .await;
        assert_eq!(list.json["comments"][0]["author"]["username"], "bob");
        let d = call(
            &app,
            Method::DELETE,
            &format!("/articles/{slug}/comments/{cid}"),
            Some(&bo),
            None,
        )
        .await;
        assert_eq!(d.status, StatusCode::NO_CONTENT);
        let list = call(
            &app,
            Method::GET,
            &format!("/articles/{slug}/comments"),
            None,
            None,
        )
        .await;
        assert_eq!(list.json["comments"], json!([]));

        // Update keeps what is not sent; tags come back in order.
        let u = call(
            &app,
            Method::PUT,
            &format!("/articles/{slug}"),
            Some(&ana),
            Some(json!({"article": {"body": "With two hands"}})),
        )
        .await;
        assert_eq!(u.json["article"]["body"], "With two hands");
        assert_eq!(u.json["article"]["title"], "How to train your dragon");
        let tags = call(&app, Method::GET, "/tags", None, None).await;
        assert!(
            tags.json["tags"]
                .as_array()
                .unwrap()
                .contains(&json!("dragons"))
        );

        let gone = call(
            &app,
            Method::DELETE,
            &format!("/articles/{slug}"),
            Some(&ana),
            None,
        )
        .await;
        assert_eq!(gone.status, StatusCode::NO_CONTENT);
        assert_eq!(
            call(&app, Method::GET, &format!("/articles/{slug}"), None, None)
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            web.get(&format!("/posts/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn another_users_article_cannot_be_edited_or_deleted() {
    on_each_backend(|app| async move {
        let ana = app.api_user("ana").await;
        let eve = app.api_user("eve").await;
        let slug = write(&app, &ana, "Mine", &[]).await["slug"]
            .as_str()
            .unwrap()
            .to_string();
        let edit = call(
            &app,
            Method::PUT,
            &format!("/articles/{slug}"),
            Some(&eve),
            Some(json!({"article": {"body": "hijack"}})),
        )
        .await;
        assert_eq!(edit.status, StatusCode::FORBIDDEN);
        assert!(edit.json["errors"].is_object());
        let del = call(
            &app,
            Method::DELETE,
            &format!("/articles/{slug}"),
            Some(&eve),
            None,
        )
        .await;
        assert_eq!(del.status, StatusCode::FORBIDDEN);
        let still = call(&app, Method::GET, &format!("/articles/{slug}"), None, None).await;
        assert_eq!(still.json["article"]["body"], "Some *words*.");
        let anon = call(
            &app,
            Method::DELETE,
            &format!("/articles/{slug}"),
            None,
            None,
        )
        .await;
        assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
        assert_eq!(anon.headers["www-authenticate"], "Token");
    })
    .await;
}

#[tokio::test]
async fn the_session_cookie_alone_gets_401_on_the_api() {
    on_each_backend(|app| async move {
        let web = app.user("ana").await;
        let r = web.api(Method::GET, "/user", None, None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(!r.errors_on("token").is_empty(), "{}", r.json);
        // Nor can the cookie write: no CSRF token is needed because none works.
        let w = web
            .api(
                Method::POST,
                "/articles",
                None,
                Some(json!({"article": {"title": "t", "description": "d", "body": "b"}})),
            )
            .await;
        assert_eq!(w.status, StatusCode::UNAUTHORIZED);
    })
    .await;
}

#[tokio::test]
async fn tokens_end_with_a_password_change_a_reset_or_a_ban_and_can_be_revoked() {
    on_each_backend(|app| async move {
        let mut web = app.user("ana").await;
        let login = |password: &'static str| {
            let app = &app;
            async move {
                let r = call(
                    app,
                    Method::POST,
                    "/users/login",
                    None,
                    Some(json!({"user": {"email": "ana@example.com", "password": password}})),
                )
                .await;
                assert_eq!(r.status, StatusCode::OK, "{}", r.json);
                r.json["user"]["token"].as_str().unwrap().to_string()
            }
        };
        let t1 = login("correct horse battery").await;
        let me = call(&app, Method::GET, "/user", Some(&t1), None).await;
        assert_eq!(
            (me.status, me.json["user"]["token"].as_str()),
            (StatusCode::OK, Some(t1.as_str()))
        );
        let raw_in_db: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM api_token WHERE token_hash = $1")
                .bind(&t1)
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(raw_in_db, 0, "only the hash is stored");

        // /settings lists it; revoking it ends it.
        let page = web.get("/settings").await.text;
        assert!(page.contains("Logged in"), "the token is listed");
        let token_id: i64 = sqlx::query_scalar("SELECT id FROM api_token")
            .fetch_one(&app.db)
            .await
            .unwrap();
        let r = web
            .post(
                "/settings/tokens/revoke",
                &[("token", &token_id.to_string())],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(token_status(&app, &t1).await, StatusCode::UNAUTHORIZED);

        // A password change in settings ends every token.
        let t2 = login("correct horse battery").await;
        web.get("/settings").await;
        let r = web
            .post(
                "/settings/password",
                &[
                    ("current_password", "correct horse battery"),
                    ("new_password", "another fine horse"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(token_status(&app, &t2).await, StatusCode::UNAUTHORIZED);

        // So does a reset by emailed link.
        let t3 = login("another fine horse").await;
        let mut anon = app.browser();
        anon.get("/forgot-password").await;
        anon.post("/forgot-password", &[("email", "ana@example.com")])
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
        anon.get(link.trim_start_matches("http://quill.test")).await;
        let r = anon
            .post(
                "/reset-password",
                &[("token", &token), ("password", "a third fine horse")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(token_status(&app, &t3).await, StatusCode::UNAUTHORIZED);

        // And a ban, at once.
        let t4 = login("a third fine horse").await;
        sqlx::query("UPDATE account SET banned_at = 1 WHERE username = 'ana'")
            .execute(&app.db)
            .await
            .unwrap();
        assert_eq!(token_status(&app, &t4).await, StatusCode::UNAUTHORIZED);
        assert_eq!(
            token_status(&app, "qt_made_up").await,
            StatusCode::UNAUTHORIZED
        );
    })
    .await;
}

#[tokio::test]
async fn settings_lists_sessions_and_logging_one_out_ends_it() {
    on_each_backend(|app| async move {
        let mut phone = app.user("ana").await;
        let mut laptop = app.user_session("ana", "correct horse battery").await;
        let page = laptop.get("/settings").await.text;
        assert!(page.contains("This browser"));
        let other: String = {
            let doc = scraper::Html::parse_document(&page);
            let sel = scraper::Selector::parse(
                r#"form[action="/settings/sessions/end"] input[name="session"]"#,
            )
            .unwrap();
            let handles: Vec<String> = doc
                .select(&sel)
                .filter_map(|e| e.value().attr("value").map(str::to_string))
                .collect();
            assert_eq!(handles.len(), 1, "the other browser, with a button");
            handles[0].clone()
        };
        assert!(phone.is_logged_in_as("ana").await);
        let r = laptop
            .post("/settings/sessions/end", &[("session", &other)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(
            !phone.is_logged_in_as("ana").await,
            "the phone is logged out"
        );
        assert!(laptop.is_logged_in_as("ana").await, "this browser is not");
    })
    .await;
}

#[tokio::test]
async fn an_api_favorite_notifies_the_author_over_sse_like_a_page_like() {
    on_each_backend(|app| async move {
        let mut author = app.user("ana").await;
        let post = author.create_post("Live", "Body", "").await;
        let (mut stream, unread) = Stream::open_counting(&author, None).await;
        assert_eq!(unread, 0);
        let bo = app.api_user("bob").await;
        let slug = call(&app, Method::GET, "/articles?author=ana", None, None)
            .await
            .json["articles"][0]["slug"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(slug.ends_with(&format!("-{post}")));
        let r = call(
            &app,
            Method::POST,
            &format!("/articles/{slug}/favorite"),
            Some(&bo),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let event = stream
            .next(Duration::from_secs(5))
            .await
            .expect("a live event");
        assert_eq!(event.event, "notification");
        assert_eq!(event.data["action"], "like");
        assert_eq!(event.data["actor"], "bob");
        assert_eq!(event.data["unread_count"], 1);
        // Comments and follows through the API notify too.
        call(
            &app,
            Method::POST,
            &format!("/articles/{slug}/comments"),
            Some(&bo),
            Some(json!({"comment": {"body": "hi"}})),
        )
        .await;
        assert_eq!(
            stream.next(Duration::from_secs(5)).await.unwrap().data["action"],
            "comment"
        );
        call(&app, Method::POST, "/profiles/ana/follow", Some(&bo), None).await;
        assert_eq!(
            stream.next(Duration::from_secs(5)).await.unwrap().data["action"],
            "follow"
        );
    })
    .await;
}

#[tokio::test]
async fn bad_input_gets_the_spec_error_shape_and_a_4xx_never_a_500() {
    on_each_backend(|app| async move {
        let b = app.browser();
        let token = app.api_user("ana").await;
        let malformed = b.api_raw(Method::POST, "/users", None, "application/json", Some(b"{\"user\": {\"username\": ".to_vec())).await;
        assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!malformed.errors_on("body").is_empty(), "{}", malformed.json);

        let types = b.api(Method::POST, "/users", None, Some(json!({"user": {"username": 5, "email": [], "password": null}}))).await;
        assert_eq!(types.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(types.errors_on("username"), ["must be a string"]);
        assert_eq!(types.errors_on("password"), ["is required"]);
        assert_eq!(
            types.errors_on("body"),
            ["username: must be a string", "email: must be a string", "password: is required"],
            "every message also under errors.body"
        );

        let missing = b.api(Method::POST, "/articles", Some(&token), Some(json!({"nothing": 1}))).await;
        assert_eq!((missing.status, missing.errors_on("article")), (StatusCode::UNPROCESSABLE_ENTITY, vec!["is required".to_string()]));

        let empty = b.api(Method::POST, "/articles", Some(&token), Some(json!({"article": {"title": "", "description": "", "body": ""}}))).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!empty.errors_on("title").is_empty() && !empty.errors_on("body").is_empty(), "{}", empty.json);

        let bad_tag = b.api(Method::POST, "/articles", Some(&token), Some(json!({"article": {"title": "t", "description": "", "body": "b", "tagList": ["no/slash"]}}))).await;
        assert!(!bad_tag.errors_on("tagList").is_empty(), "{}", bad_tag.json);

        let form = b.api_raw(Method::POST, "/users/login", None, "application/x-www-form-urlencoded", Some(b"email=a&password=b".to_vec())).await;
        assert_eq!(form.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

        let huge = format!("{{\"article\": {{\"title\": \"t\", \"description\": \"\", \"body\": \"{}\"}}}}", "x".repeat(2 << 20));
        let too_big = b.api_raw(Method::POST, "/articles", Some(&token), "application/json", Some(huge.into_bytes())).await;
        assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(too_big.json["errors"].is_object());

        for (path, status) in [
            ("/articles/no-such-slug", StatusCode::NOT_FOUND),
            ("/articles/no-such-slug-99999", StatusCode::NOT_FOUND),
            ("/profiles/nobody", StatusCode::NOT_FOUND),
            ("/articles?limit=abc", StatusCode::UNPROCESSABLE_ENTITY),
            ("/articles?offset=-1", StatusCode::UNPROCESSABLE_ENTITY),
            ("/no/such/route", StatusCode::NOT_FOUND),
        ] {
            let r = b.api(Method::GET, path, None, None).await;
            assert_eq!(r.status, status, "{path}");
            assert!(r.json["errors"].is_object(), "{path}: {}", r.json);
            // The spec's GenericErrorModel requires errors.body.
            assert!(!r.errors_on("body").is_empty(), "{path}: {}", r.json);
        }
        let undecodable = b.api(Method::GET, "/articles/%FF%FE", None, None).await;
        assert_eq!(undecodable.status, StatusCode::NOT_FOUND);
        assert!(undecodable.json["errors"].is_object());
        let wrong_method = b.api(Method::PATCH, "/user", Some(&token), None).await;
        assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);

        let bad_login = b.api(Method::POST, "/users/login", None, Some(json!({"user": {"email": "ana@example.com", "password": "wrong password"}}))).await;
        assert_eq!(bad_login.status, StatusCode::UNAUTHORIZED);
        let taken = b.api(Method::POST, "/users", None, Some(json!({"user": {"username": "ana", "email": "x@example.com", "password": "correct horse battery"}}))).await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!taken.errors_on("username").is_empty());
        let common = b.api(Method::POST, "/users", None, Some(json!({"user": {"username": "cy", "email": "cy@example.com", "password": "password1234"}}))).await;
        assert!(!common.errors_on("password").is_empty(), "{}", common.json);

        // Changing the password needs the current one, and hands out a fresh token.
        let no_current = b.api(Method::PUT, "/user", Some(&token), Some(json!({"user": {"password": "brand new horse"}}))).await;
        assert!(!no_current.errors_on("currentPassword").is_empty(), "{}", no_current.json);
        let changed = b
            .api(Method::PUT, "/user", Some(&token), Some(json!({"user": {"password": "brand new horse", "currentPassword": "correct horse battery", "bio": "Hi"}})))
            .await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.json);
        assert_eq!(changed.json["user"]["bio"], "Hi");
        let fresh = changed.json["user"]["token"].as_str().unwrap();
        assert_ne!(fresh, token);
        assert_eq!(b.api(Method::GET, "/user", Some(&token), None).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(b.api(Method::GET, "/user", Some(fresh), None).await.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn an_unverified_login_is_refused_with_the_reason_when_verification_is_required() {
    on_each_backend_with(true, |app| async move {
        let b = app.browser();
        let r = b.api(Method::POST, "/users", None, Some(json!({"user": {"username": "ana", "email": "ana@example.com", "password": "correct horse battery"}}))).await;
        assert_eq!(r.status, StatusCode::CREATED);
        assert_eq!(r.json["user"]["token"], Value::Null, "no token before the address is verified");
        let login = b.api(Method::POST, "/users/login", None, Some(json!({"user": {"email": "ana@example.com", "password": "correct horse battery"}}))).await;
        assert_eq!(login.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(login.errors_on("email")[0].contains("not verified"), "{}", login.json);
        // A taken address gets the same answer as a new one.
        let again = b.api(Method::POST, "/users", None, Some(json!({"user": {"username": "ana2", "email": "ana@example.com", "password": "correct horse battery"}}))).await;
        assert_eq!((again.status, again.json["user"]["token"].clone()), (StatusCode::CREATED, Value::Null));
    })
    .await;
}

#[tokio::test]
async fn cors_is_off_unless_origins_are_listed() {
    let origin = "https://app.example";
    on_each_backend(|app| async move {
        let r = crate::helpers::http_client()
            .get(format!("{}/api/tags", app.base))
            .header("origin", origin)
            .send()
            .await
            .unwrap();
        assert!(r.headers().get("access-control-allow-origin").is_none());
    })
    .await;
    on_each_backend_configured(
        |s| s.cors_origins = Some(format!("{origin}, http://localhost:5173")),
        |app| async move {
            let client = crate::helpers::http_client();
            let preflight = client
                .request(Method::OPTIONS, format!("{}/api/user", app.base))
                .header("origin", origin)
                .header("access-control-request-method", "PUT")
                .header(
                    "access-control-request-headers",
                    "authorization, content-type",
                )
                .send()
                .await
                .unwrap();
            assert!(preflight.status().is_success());
            assert_eq!(preflight.headers()["access-control-allow-origin"], origin);
            let other = client
                .get(format!("{}/api/tags", app.base))
                .header("origin", "https://evil.example")
                .send()
                .await
                .unwrap();
            assert!(other.headers().get("access-control-allow-origin").is_none());
            // Refusals made outside the API's own router carry the headers too,
            // so the page's script can read them.
            let too_big = client
                .post(format!("{}/api/articles", app.base))
                .header("origin", origin)
                .header("content-type", "application/json")
                .body(vec![b' '; 12 << 20])
                .send()
                .await
                .unwrap();
            assert_eq!(too_big.status(), StatusCode::PAYLOAD_TOO_LARGE);
            assert_eq!(too_big.headers()["access-control-allow-origin"], origin);
            assert!(too_big.text().await.unwrap().contains("\"errors\""));
            // The pages never allow other origins.
            let page = client
                .get(format!("{}/", app.base))
                .header("origin", origin)
                .send()
                .await
                .unwrap();
            assert!(page.headers().get("access-control-allow-origin").is_none());
        },
    )
    .await;
}

#[tokio::test]
async fn feeds_are_valid_atom_with_sanitised_html_and_absolute_links() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = ana
            .create_post("Feed me", "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) **bold**", "rust")
            .await;
        let mut web = app.browser();
        for path in ["/feed.atom", "/u/ana/feed.atom", "/tags/rust/feed.atom"] {
            let r = web.get(path).await;
            assert_eq!(r.status, StatusCode::OK, "{path}");
            assert!(r.headers["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
            let feed = feed_rs::parser::parse(r.text.as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
            assert_eq!(feed.entries.len(), 1, "{path}");
            let entry = &feed.entries[0];
            assert_eq!(entry.id, format!("http://quill.test/posts/{id}"), "a stable id");
            assert_eq!(entry.title.as_ref().unwrap().content, "Feed me");
            assert!(entry.links.iter().all(|l| l.href.starts_with("http://quill.test/")));
            assert!(entry.updated.is_some() && entry.published.is_some());
            let html = entry.content.as_ref().unwrap().body.as_deref().unwrap();
            assert!(html.contains("<strong>bold</strong>"), "{html}");
            for bad in ["<script", "onerror", "javascript:"] {
                assert!(!html.contains(bad), "{path}: {bad} in {html}");
            }
        }
        // Readers poll cheaply: the same feed is a 304.
        let r = web.get("/feed.atom").await;
        let etag = r.headers["etag"].to_str().unwrap().to_string();
        let again = reqwest::Client::new()
            .get(format!("{}/feed.atom", app.base))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        // A new post changes it.
        ana.create_post("Second", "More", "").await;
        let after = web.get("/feed.atom").await;
        assert_ne!(after.headers["etag"].to_str().unwrap(), etag);

        assert!(web.get("/u/ana").await.text.contains(r#"type="application/atom+xml""#));
        assert!(web.get("/").await.text.contains(r#"href="/feed.atom""#));
        assert!(web.get("/tags/rust").await.text.contains(r#"href="/tags/rust/feed.atom""#));
        assert_eq!(web.get("/u/nobody/feed.atom").await.status, StatusCode::NOT_FOUND);
        assert_eq!(web.get("/tags/no%20such!/feed.atom").await.status, StatusCode::NOT_FOUND);
    })
    .await;
}
