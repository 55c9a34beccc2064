//! What Quill keeps in memory never shows what should be gone: removals at
//! once (here and on another instance), a person's own writes at once,
//! anything else within 2 s (docs/performance.md).

use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::helpers::*;

/// Gets `path` as `b` until `seen` holds, for at most `within`; says how
/// long it took, or fails.
async fn shows_within(
    b: &mut Browser,
    path: &str,
    within: Duration,
    seen: impl Fn(&str) -> bool,
) -> Duration {
    let start = Instant::now();
    loop {
        let page = b.get(path).await;
        if seen(&page.text) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < within,
            "[{}] {path} did not change within {within:?}",
            b.backend
        );
        // Nothing to await: the page renews when its second is up.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn redis_settings(s: &mut quill::config::Settings) {
    s.redis_url = Some("redis://127.0.0.1:6379".into());
    s.redis_prefix = format!("quill-test-{}:", &quill::crypto::random_token()[..12]);
}

#[tokio::test]
async fn visitors_get_the_same_page_from_the_cache_until_something_is_removed() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let id = ana.create_post("Kept page", "body", "").await;
        let mut visitor = app.browser();
        let first = visitor.get("/").await;
        assert_eq!(first.headers["x-cache"], "miss", "[{}]", app.backend);
        let again = visitor.get("/").await;
        assert_eq!(again.headers["x-cache"], "hit", "[{}]", app.backend);
        assert_eq!(again.text, first.text);
        // A like removes nothing: the page may stay as it was.
        ben.get(&format!("/posts/{id}")).await;
        ben.post(&format!("/posts/{id}/like"), &[]).await;
        assert_eq!(visitor.get("/").await.headers["x-cache"], "hit");
        // A deletion does: the next page is rendered anew.
        ana.get(&format!("/posts/{id}")).await;
        ana.post(&format!("/posts/{id}/delete"), &[]).await;
        let after = visitor.get("/").await;
        assert_eq!(after.headers["x-cache"], "miss", "[{}]", app.backend);
        assert!(!after.text.contains("Kept page"));
    })
    .await;
}

#[tokio::test]
async fn a_logged_in_person_and_a_form_with_a_visitor_token_are_never_served_from_the_cache() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.get("/").await;
        let page = ana.get("/").await;
        assert!(page.headers.get("x-cache").is_none(), "[{}]", app.backend);
        assert!(page.text.contains("action=\"/logout\""));
        let mut visitor = app.browser();
        visitor.get("/").await;
        let shared = visitor.get("/").await;
        assert!(!shared.text.contains("action=\"/logout\""));
        assert!(
            csrf_in(&shared.text).is_none(),
            "[{}] a shared page holds nobody's token",
            app.backend
        );
        let login = visitor.get("/login").await;
        assert!(login.headers.get("x-cache").is_none());
        let other = app.browser().get("/login").await;
        assert_ne!(csrf_in(&login.text), csrf_in(&other.text));
    })
    .await;
}

#[tokio::test]
async fn a_new_post_reaches_visitors_at_once_and_a_like_within_two_seconds() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        ana.create_post("First of all", "body", "").await;
        let mut visitor = app.browser();
        assert!(visitor.get("/").await.text.contains("First of all"));
        let id = ana.create_post("Second thoughts", "body", "").await;
        assert!(
            visitor.get("/").await.text.contains("Second thoughts"),
            "[{}] a new post is on the next page",
            app.backend
        );
        assert!(visitor.get("/").await.text.contains("0 likes ·"));
        ben.get(&format!("/posts/{id}")).await;
        ben.post(&format!("/posts/{id}/like"), &[]).await;
        let took = shows_within(&mut visitor, "/", Duration::from_secs(2), |p| {
            p.contains("1 like ·")
        })
        .await;
        assert!(took < Duration::from_secs(2));
    })
    .await;
}

#[tokio::test]
async fn a_deleted_post_a_ban_and_a_block_take_effect_at_once() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let mut boss = app.user("boss").await;
        app.set_role("boss", "admin").await;
        let gone = ana.create_post("Soon deleted", "body", "").await;
        ben.create_post("Ben's spam", "body", "").await;
        ben.create_post("Ben's other post", "body", "").await;
        let mut visitor = app.browser();
        let mut cleo = app.user("cleo").await;
        for b in [&mut visitor, &mut cleo] {
            let page = b.get("/").await;
            assert!(page.text.contains("Soon deleted") && page.text.contains("Ben&#39;s spam"));
            assert_eq!(
                b.get(&format!("/posts/{gone}")).await.status,
                StatusCode::OK
            );
        }

        ana.get(&format!("/posts/{gone}")).await;
        ana.post(&format!("/posts/{gone}/delete"), &[]).await;
        for b in [&mut visitor, &mut cleo] {
            assert!(
                !b.get("/").await.text.contains("Soon deleted"),
                "[{}]",
                app.backend
            );
            assert_eq!(
                b.get(&format!("/posts/{gone}")).await.status,
                StatusCode::NOT_FOUND
            );
        }

        // Cleo blocks Ben: his posts leave her pages with the next one.
        cleo.get("/u/ben").await;
        cleo.post("/u/ben/block", &[]).await;
        let page = cleo.get("/").await;
        assert!(!page.text.contains("Ben&#39;s spam"), "[{}]", app.backend);
        assert!(visitor.get("/").await.text.contains("Ben&#39;s spam"));

        let ben_id = app.account_id("ben").await;
        boss.get("/admin/users?q=ben").await;
        let r = boss
            .post(&format!("/admin/users/{ben_id}/ban"), &[("reason", "spam")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let page = visitor.get("/").await;
        assert!(
            !page.text.contains("Ben&#39;s spam") && !page.text.contains("Ben&#39;s other post"),
            "[{}] a ban hides the author from visitors at once",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_person_sees_their_own_like_comment_and_follow_at_once() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = ana.create_post("Worth a like", "body", "").await;
        let path = format!("/posts/{id}");
        let mut ben = app.user("ben").await;
        let before = ben.get(&path).await.text;
        assert!(before.contains("aria-pressed=\"false\"") && before.contains("0 likes"));
        assert!(!ben.get("/feed").await.text.contains("Worth a like"));

        ben.post(&format!("{path}/like"), &[]).await;
        let after = ben.get(&path).await.text;
        assert!(
            after.contains("aria-pressed=\"true\"") && after.contains("1 like<"),
            "[{}] the liker sees their like at once",
            app.backend
        );
        ben.post(&format!("{path}/comments"), &[("body", "Well said")])
            .await;
        assert!(ben.get(&path).await.text.contains("Well said"));
        ben.get("/u/ana").await;
        ben.post("/u/ana/follow", &[]).await;
        assert!(
            ben.get("/feed").await.text.contains("Worth a like"),
            "[{}] the follower's feed has the followed at once",
            app.backend
        );

        // Ana hears of it within two seconds (the count on her own page).
        shows_within(&mut ana, &path, Duration::from_secs(2), |p| {
            p.contains("1 like<") && p.contains("Well said")
        })
        .await;
    })
    .await;
}

#[tokio::test]
async fn on_another_instance_removals_and_own_writes_show_at_once() {
    on_each_backend_configured(redis_settings, |one| async move {
        let two = one.sibling().await;
        let mut ana = one.user("ana").await;
        let gone = ana.create_post("Deleted on one", "body", "").await;
        let liked = ana.create_post("Liked on one", "body", "").await;
        let mut visitor = two.browser();
        let mut ben_one = one.user("ben").await;
        let mut ben_two = ben_one.at(&two);
        for path in [
            "/".to_string(),
            format!("/posts/{gone}"),
            format!("/posts/{liked}"),
        ] {
            visitor.get(&path).await;
            ben_two.get(&path).await;
        }
        assert_eq!(visitor.get("/").await.headers["x-cache"], "hit");
        two.indexed().await;
        let link = format!("href=\"/posts/{gone}\"");
        assert!(visitor.get("/search?q=deleted").await.text.contains(&link));

        ana.get(&format!("/posts/{gone}")).await;
        ana.post(&format!("/posts/{gone}/delete"), &[]).await;
        assert!(
            !visitor.get("/").await.text.contains("Deleted on one"),
            "[{}] the other instance's cached page went with the deletion",
            one.backend
        );
        assert_eq!(
            ben_two.get(&format!("/posts/{gone}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert!(
            !visitor.get("/search?q=deleted").await.text.contains(&link),
            "[{}] nor is it among search results there, before that index has caught up",
            one.backend
        );

        ben_one.get(&format!("/posts/{liked}")).await;
        ben_one.post(&format!("/posts/{liked}/like"), &[]).await;
        let there = ben_two.get(&format!("/posts/{liked}")).await.text;
        assert!(
            there.contains("aria-pressed=\"true\"") && there.contains("1 like<"),
            "[{}] a like made on one shows on two at once for the liker",
            one.backend
        );

        ben_one.post("/logout", &[]).await;
        assert!(
            !ben_two.is_logged_in_as("ben").await,
            "[{}] a logout on one ends the session on two at once",
            one.backend
        );
    })
    .await;
}
