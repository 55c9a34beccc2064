//! Community safety: blocking keeps two people apart both ways, and a
//! person deletes their own account (hidden at once, erased after the
//! grace period unless they keep it).

use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, comment_in, on_each_backend};
use crate::notifications::Stream;

async fn block(b: &mut Browser, who: &str) {
    b.get(&format!("/u/{who}")).await;
    let r = b.post(&format!("/u/{who}/block"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
}

/// Notifications `actor` made for `receiver` other than follows (those
/// made before a block stay stored, hidden).
/// An API token for `name`, through the API's login.
async fn api_token(b: &Browser, name: &str) -> String {
    let login = b
        .api(
            reqwest::Method::POST,
            "/users/login",
            None,
            Some(serde_json::json!({"user": {"email": format!("{name}@example.com"), "password": "correct horse battery"}})),
        )
        .await;
    login.json["user"]["token"].as_str().unwrap().to_string()
}

async fn unread_from(app: &TestApp, receiver: &str, actor: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM notification n JOIN account r ON r.id = n.receiver_id \
           JOIN account a ON a.id = n.actor_id \
         WHERE r.username = $1 AND a.username = $2 AND n.action <> 'follow'",
    )
    .bind(receiver)
    .bind(actor)
    .fetch_one(&app.db)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_block_hides_each_ones_posts_from_the_other_everywhere() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let mut cid = app.user("cid").await;
        ana.create_post("Ana writes zqana", "Words zqana.", "shared")
            .await;
        let bens = ben
            .create_post("Ben writes zqben", "Words zqben.", "shared")
            .await;
        cid.get(&format!("/posts/{bens}")).await;
        app.state.search.catch_up().await.unwrap();
        block(&mut ana, "ben").await;
        for (reader, hidden) in [(&mut ana, "zqben"), (&mut ben, "zqana")] {
            for page in ["/", "/tags/shared", "/search?q=words"] {
                let text = reader.get(page).await.text;
                assert!(
                    !text.contains(hidden),
                    "[{}] {page} shows {hidden}",
                    app.backend
                );
            }
        }
        // The search's total leaves them out too.
        let found = ana.get("/search?q=words").await.text;
        assert!(
            found.contains("1 post found"),
            "[{}] the total counts only what ana may see",
            app.backend
        );
        // Others still see both.
        let text = cid.get("/").await.text;
        assert!(
            text.contains("zqana") && text.contains("zqben"),
            "[{}]",
            app.backend
        );
        // The profile says so to the blocker and lists nothing.
        let profile = ana.get("/u/ben").await.text;
        assert!(profile.contains("You blocked @ben") && !profile.contains("zqben"));
        assert!(profile.contains("action=\"/u/ben/unblock\""));
        // The API hides them too.
        let token = api_token(&ana, "ana").await;
        let r = ana
            .api(
                reqwest::Method::GET,
                "/articles?limit=20",
                Some(&token),
                None,
            )
            .await;
        let titles: Vec<String> = r.json["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(titles, ["Ana writes zqana"], "[{}]", app.backend);
        // Unblocking brings them back; settings list whom I blocked.
        let settings = ana.get("/settings/account").await.text;
        assert!(settings.contains("href=\"/u/ben\""));
        ana.post("/u/ben/unblock", &[]).await;
        assert!(
            ana.get("/").await.text.contains("zqben"),
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_blocked_person_can_neither_reach_nor_notify_the_blocker() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let mut cid = app.user("cid").await;
        let anas = ana.create_post("Ana's", "Talk.", "").await;
        let cids = cid.create_post("Cid's", "Talk.", "").await;
        // A follow both ways ends with the block.
        ben.get("/u/ana").await;
        ben.post("/u/ana/follow", &[]).await;
        ana.get("/u/ben").await;
        ana.post("/u/ben/follow", &[]).await;
        // Ana's comment under Cid's post, for Ben to answer.
        cid.get(&format!("/posts/{cids}")).await;
        ana.get(&format!("/posts/{cids}")).await;
        let r = ana
            .post(
                &format!("/posts/{cids}/comments"),
                &[("body", "ana on cid's post")],
            )
            .await;
        let anas_comment = comment_in(&r.location);
        let (mut live, _) = Stream::open_counting(&ana, None).await;
        block(&mut ana, "ben").await;
        let follows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM follow")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(follows, 0, "[{}] follows end both ways", app.backend);

        let post = format!("/posts/{anas}");
        ben.get(&post).await;
        for (path, fields) in [
            ("/u/ana/follow".to_string(), vec![]),
            (format!("{post}/like"), vec![]),
            (format!("{post}/comments"), vec![("body", "hello")]),
        ] {
            let r = ben.post(&path, &fields).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}] {path}", app.backend);
        }
        ben.get(&format!("/posts/{cids}")).await;
        let anas_id = anas_comment.to_string();
        let r = ben
            .post(
                &format!("/posts/{cids}/comments"),
                &[("body", "answering ana"), ("parent_id", anas_id.as_str())],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::FORBIDDEN,
            "[{}] no reply",
            app.backend
        );
        // A mention of Ana from Ben tells her nothing; a comment on Cid's
        // post still works and Ana sees it as hidden.
        let r = ben
            .post(&format!("/posts/{cids}/comments"), &[("body", "hey @ana")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let bens_comment = comment_in(&r.location);
        assert_eq!(
            unread_from(&app, "ana", "ben").await,
            0,
            "[{}]",
            app.backend
        );
        assert!(
            live.next(Duration::from_millis(300))
                .await
                .is_none_or(|e| e.event != "notification"),
            "[{}] nothing live",
            app.backend
        );
        let page = ana.get(&format!("/posts/{cids}")).await.text;
        assert!(
            !page.contains("hey @ana") && !page.contains("hey <a"),
            "[{}]",
            app.backend
        );
        assert!(
            !page.contains(&format!("id=\"comment-{bens_comment}\"")),
            "a lone hidden comment is left out"
        );
        // Both ways: Ana cannot reach Ben either, and Ben is not told.
        let bens = ben.create_post("Ben's", "Talk.", "").await;
        ana.get(&format!("/posts/{bens}")).await;
        let r = ana.post(&format!("/posts/{bens}/like"), &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(unread_from(&app, "ben", "ana").await, 0);
        // The API keeps them apart the same way.
        let token = api_token(&ben, "ben").await;
        let slug = quill::posts::slug("Ana's", anas);
        for (method, path, body) in [
            (
                reqwest::Method::POST,
                format!("/articles/{slug}/favorite"),
                None,
            ),
            (
                reqwest::Method::POST,
                "/profiles/ana/follow".to_string(),
                None,
            ),
            (
                reqwest::Method::POST,
                format!("/articles/{slug}/comments"),
                Some(serde_json::json!({"comment": {"body": "hi"}})),
            ),
        ] {
            let r = ben.api(method, &path, Some(&token), body).await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "[{}] {path}: {}",
                app.backend,
                r.json
            );
        }
    })
    .await;
}

#[tokio::test]
async fn a_notification_from_someone_since_blocked_no_longer_shows() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let anas = ana.create_post("Ana's", "Talk.", "").await;
        ben.get(&format!("/posts/{anas}")).await;
        ben.post(&format!("/posts/{anas}/like"), &[]).await;
        let page = ana.get("/notifications").await.text;
        assert!(page.contains("href=\"/u/ben\"") && page.contains("liked"));
        block(&mut ana, "ben").await;
        let page = ana.get("/notifications").await.text;
        assert!(
            !page.contains("href=\"/u/ben\"") && !page.contains("liked"),
            "[{}]",
            app.backend
        );
        let (_, unread) = Stream::open_counting(&ana, None).await;
        assert_eq!(unread, 0, "[{}] the badge no longer counts it", app.backend);
    })
    .await;
}

async fn deactivated(app: &TestApp, name: &str) -> Option<i64> {
    sqlx::query_scalar("SELECT deactivated_at FROM account WHERE username = $1")
        .bind(name)
        .fetch_optional(&app.db)
        .await
        .unwrap()
        .flatten()
}

#[tokio::test]
async fn a_deleted_account_disappears_at_once_and_is_erased_after_the_grace_period() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let mut ben = app.user("ben").await;
        ana.get("/settings").await;
        let r = ana
            .post_files(
                "/settings/avatar",
                &[],
                vec![("avatar", "a.jpg", crate::browser::jpeg(300, 300))],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let post = ana.create_post("Ana leaves zqgone", "Words.", "").await;
        let bens = ben.create_post("Ben stays", "Words.", "").await;
        ana.get(&format!("/posts/{bens}")).await;
        ana.post(
            &format!("/posts/{bens}/comments"),
            &[("body", "ana's words zqgone")],
        )
        .await;
        let files_before = files(&app);
        assert!(!files_before.is_empty());

        ana.get("/settings/account").await;
        let r = ana
            .post(
                "/settings/account/delete",
                &[("password", "wrong password")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(deactivated(&app, "ana").await.is_none());
        let r = ana
            .post(
                "/settings/account/delete",
                &[("password", "correct horse battery")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert!(
            !ana.is_logged_in_as("ana").await,
            "[{}] logged out",
            app.backend
        );
        let anon = &mut app.browser();
        assert_eq!(anon.get("/u/ana").await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            anon.get(&format!("/posts/{post}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert!(!anon.get("/").await.text.contains("zqgone"));
        assert!(
            !anon
                .get(&format!("/posts/{bens}"))
                .await
                .text
                .contains("zqgone"),
            "[{}] comments too",
            app.backend
        );
        app.run_pending_jobs().await;
        let mail = app
            .mail_to("ana@example.com")
            .pop()
            .expect("a confirmation mail");
        let mail = quill::admin::mailbox::decode_quoted_printable(&mail);
        assert!(mail.contains("will be erased on"), "{mail}");

        // Not before its time.
        app.run_pending_jobs().await;
        assert!(
            deactivated(&app, "ana").await.is_some(),
            "[{}] still waiting",
            app.backend
        );
        // Time passes: the job's hour comes.
        sqlx::query("UPDATE account SET erase_at = 1 WHERE username = 'ana'")
            .execute(&app.db)
            .await
            .unwrap();
        sqlx::query("UPDATE job SET run_at = 0 WHERE kind = 'erase_account'")
            .execute(&app.db)
            .await
            .unwrap();
        app.run_pending_jobs().await;
        app.run_pending_jobs().await;
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM account WHERE username = 'ana'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(left, 0, "[{}] erased", app.backend);
        for table in ["post", "comment", "image"] {
            let n: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM {table} WHERE {} NOT IN (SELECT id FROM account)",
                if table == "image" {
                    "owner_id"
                } else {
                    "author_id"
                }
            ))
            .fetch_one(&app.db)
            .await
            .unwrap();
            assert_eq!(n, 0, "[{}] {table}", app.backend);
        }
        let remaining: Vec<String> = files(&app)
            .into_iter()
            .filter(|f| files_before.contains(f))
            .collect();
        assert!(
            remaining.is_empty(),
            "[{}] files left: {remaining:?}",
            app.backend
        );
        // The name rests: nobody signs up with it at once.
        let mut eve = app.browser();
        let r = eve
            .signup("ana", "eve@example.com", "correct horse battery")
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn logging_in_within_the_grace_period_keeps_the_account() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let post = ana.create_post("Still here zqkept", "Words.", "").await;
        ana.get("/settings/account").await;
        ana.post(
            "/settings/account/delete",
            &[("password", "correct horse battery")],
        )
        .await;
        let mut again = app.browser();
        let r = again.login("ana", "correct horse battery").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("Keep my account"), "[{}]", app.backend);
        let token = r
            .text
            .split("name=\"token\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let r = again.post("/account/restore", &[("token", &token)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert!(again.is_logged_in_as("ana").await);
        assert_eq!(
            app.browser().get(&format!("/posts/{post}")).await.status,
            StatusCode::OK
        );
        assert!(deactivated(&app, "ana").await.is_none());
        // The erasure job, when its hour comes, leaves a kept account alone.
        sqlx::query("UPDATE job SET run_at = 0 WHERE kind = 'erase_account'")
            .execute(&app.db)
            .await
            .unwrap();
        app.run_pending_jobs().await;
        assert_eq!(
            app.browser().get("/u/ana").await.status,
            StatusCode::OK,
            "[{}]",
            app.backend
        );
        // A forged token keeps nothing.
        let r = again
            .post("/account/restore", &[("token", "1.9999999999999.forged")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}

fn files(app: &TestApp) -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p.display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(&app.state.config.upload_dir, &mut out);
    out
}
