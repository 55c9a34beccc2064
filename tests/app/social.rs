use reqwest::StatusCode;

use crate::helpers::on_each_backend;

#[tokio::test]
async fn following_someone_puts_their_posts_in_my_feed_and_unfollowing_removes_them() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        let mut b = app.user("ben").await;
        a.create_post("Ana writes", "hello", "").await;
        assert!(
            b.get("/feed").await.text.contains("Follow people"),
            "empty state explains what to do"
        );
        b.get("/u/ana").await;
        let r = b.post("/u/ana/follow", &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert!(b.get("/feed").await.text.contains("Ana writes"));
        let profile = app.browser().get("/u/ana").await;
        assert!(
            profile.text.contains("<li>1 follower</li>"),
            "[{}] follower count",
            app.backend
        );
        b.get("/u/ana").await;
        b.post("/u/ana/unfollow", &[]).await;
        assert!(!b.get("/feed").await.text.contains("Ana writes"));
    })
    .await;
}

#[tokio::test]
async fn nobody_can_follow_themselves() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        a.get("/u/ana").await;
        let r = a.post("/u/ana/follow", &[]).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert_eq!(
            a.post("/u/nobody/follow", &[]).await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn liking_twice_counts_once_and_unlike_takes_it_back() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        let mut b = app.user("ben").await;
        let id = a.create_post("Likeable", "body", "").await;
        let path = format!("/posts/{id}");
        b.get(&path).await;
        assert_eq!(
            b.post(&format!("{path}/like"), &[]).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            b.post(&format!("{path}/like"), &[]).await.status,
            StatusCode::SEE_OTHER
        );
        assert!(
            b.get(&path).await.text.contains("1 like<"),
            "[{}]",
            app.backend
        );
        assert!(app.browser().get("/").await.text.contains("1 like ·"));
        b.post(&format!("{path}/unlike"), &[]).await;
        assert!(b.get(&path).await.text.contains("0 likes"));
        assert_eq!(
            b.post("/posts/999999/like", &[]).await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn comments_show_on_the_post_and_only_the_right_people_delete_them() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        let mut b = app.user("ben").await;
        let mut c = app.user("cleo").await;
        let id = a.create_post("Discuss", "body", "").await;
        let path = format!("/posts/{id}");
        b.get(&path).await;
        let r = b
            .post(
                &format!("{path}/comments"),
                &[(
                    "body",
                    "**hi** from ben <script>alert(1)</script><img src=x onerror=alert(2)>",
                )],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = app.browser().get(&path).await;
        assert!(
            page.text.contains("<strong>hi</strong> from ben")
                && !page.text.contains("alert(1)")
                && !page.text.contains("onerror"),
            "[{}] comments are sanitised Markdown",
            app.backend
        );
        b.get(&path).await;
        let r = b
            .post(&format!("{path}/comments"), &[("body", "   ")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] {}",
            app.backend,
            r.text
        );

        let comment_id: i64 = sqlx::query_scalar("SELECT id FROM comment")
            .fetch_one(&app.db)
            .await
            .unwrap();
        c.get(&path).await;
        assert_eq!(
            c.post(&format!("/comments/{comment_id}/delete"), &[])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        a.get(&path).await;
        assert_eq!(
            a.post(&format!("/comments/{comment_id}/delete"), &[])
                .await
                .status,
            StatusCode::SEE_OTHER,
            "post author may delete"
        );
        assert!(!app.browser().get(&path).await.text.contains("from ben"));
    })
    .await;
}

#[tokio::test]
async fn feeds_paginate_and_tag_pages_list_their_posts() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        for i in 0..21 {
            a.create_post(
                &format!("Post number {i}"),
                "text",
                if i == 0 { "first" } else { "" },
            )
            .await;
        }
        let mut anon = app.browser();
        let p1 = anon.get("/").await;
        assert!(
            p1.text.contains("Post number 20")
                && !p1.text.contains("Post number 0<")
                && p1.text.contains("rel=\"next\"")
        );
        let p2 = anon.get("/?page=2").await;
        assert!(
            p2.text.contains("Post number 0<") && p2.text.contains("rel=\"prev\""),
            "[{}]",
            app.backend
        );
        assert_eq!(anon.get("/?page=zzz").await.status, StatusCode::OK);
        let tag = anon.get("/tags/first").await;
        assert!(tag.text.contains("Post number 0<") && !tag.text.contains("Post number 1<"));
        assert_eq!(
            anon.get("/tags/nothing-here").await.status,
            StatusCode::NOT_FOUND
        );
        let profile = anon.get("/u/ana").await;
        assert!(profile.text.contains("<li>21 posts</li>"));
    })
    .await;
}

#[tokio::test]
async fn a_display_name_and_bio_show_on_the_profile_and_extra_fields_are_ignored() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        a.get("/settings").await;
        let r = a
            .post(
                "/settings/profile",
                &[
                    ("display_name", "Ana  Lopez"),
                    ("bio", "Writes <about> Rust."),
                    ("role", "admin"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        let profile = app.browser().get("/u/ana").await;
        assert!(
            profile.text.contains("<h1 dir=\"auto\">Ana Lopez</h1>"),
            "[{}] display name, spaces collapsed",
            app.backend
        );
        assert!(
            profile.text.contains("Writes ") && !profile.text.contains("<about>"),
            "bio shown, escaped"
        );
        assert!(profile.text.contains(">AL</span>"), "initials avatar");
        let role: String = sqlx::query_scalar("SELECT role FROM account WHERE username = 'ana'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(role, "user");
        a.get("/settings").await;
        let r = a
            .post(
                "/settings/profile",
                &[("display_name", ""), ("bio", &"b".repeat(501))],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("bio-error"));
        assert_eq!(
            app.browser().get("/settings").await.status,
            StatusCode::SEE_OTHER,
            "settings need a login"
        );
    })
    .await;
}
