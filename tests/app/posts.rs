use reqwest::StatusCode;

use crate::helpers::on_each_backend;

#[tokio::test]
async fn a_post_is_rendered_from_markdown_with_scripts_removed_and_tags_normalised() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        let id = a
            .create_post(
                "Hello world",
                "Some **bold** words.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))",
                "Rust, Web Dev",
            )
            .await;
        let page = app.browser().get(&format!("/posts/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.text.contains("<strong>bold</strong>"),
            "[{}]",
            app.backend
        );
        assert!(!page.text.contains("<script>alert(1)") && !page.text.contains("javascript:alert"));
        assert!(
            page.text.contains("href=\"/tags/rust\"")
                && page.text.contains("href=\"/tags/web-dev\"")
        );
    })
    .await;
}

#[tokio::test]
async fn an_oversized_title_is_422_with_the_form_kept() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        a.get("/posts/new").await;
        let title = "T".repeat(201);
        let r = a
            .post_multipart(
                "/posts",
                &[
                    ("title", &title),
                    ("body", "kept-body-text"),
                    ("tags", "keep-me"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("kept-body-text") && r.text.contains("value=\"keep-me\""));
        assert!(r.text.contains("title-error"));
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM post")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(n, 0);
    })
    .await;
}

#[tokio::test]
async fn bad_tags_an_empty_body_and_a_huge_body_are_refused() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        a.get("/posts/new").await;
        let r = a
            .post_multipart(
                "/posts",
                &[("title", "t"), ("body", "b"), ("tags", "a,b,c,d,e,f")],
            )
            .await;
        assert!(r.status == StatusCode::UNPROCESSABLE_ENTITY && r.text.contains("at most 5"));
        let r = a
            .post_multipart("/posts", &[("title", "t"), ("body", "b"), ("tags", "c++")])
            .await;
        assert!(r.status == StatusCode::UNPROCESSABLE_ENTITY && r.text.contains("tags-error"));
        let r = a
            .post_multipart("/posts", &[("title", "t"), ("body", "   "), ("tags", "")])
            .await;
        assert!(r.status == StatusCode::UNPROCESSABLE_ENTITY && r.text.contains("body-error"));
        let big = "x".repeat(100_001);
        let r = a
            .post_multipart("/posts", &[("title", "t"), ("body", &big), ("tags", "")])
            .await;
        assert!(
            r.status == StatusCode::UNPROCESSABLE_ENTITY && r.text.contains("100 KB"),
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn the_author_can_edit_and_delete_but_nobody_else_can() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        let mut b = app.user("ben").await;
        let id = a.create_post("Original", "first", "one").await;
        b.get(&format!("/posts/{id}")).await;
        let r = b.get(&format!("/posts/{id}/edit")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = b
            .post_multipart(
                &format!("/posts/{id}/edit"),
                &[("title", "hijack"), ("body", "x"), ("tags", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}]", app.backend);
        let r = b.post(&format!("/posts/{id}/delete"), &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);

        a.get(&format!("/posts/{id}/edit")).await;
        let r = a
            .post_multipart(
                &format!("/posts/{id}/edit"),
                &[("title", "Edited"), ("body", "second"), ("tags", "two")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = app.browser().get(&format!("/posts/{id}")).await;
        assert!(
            page.text.contains("Edited")
                && page.text.contains("/tags/two")
                && !page.text.contains("/tags/one")
        );

        let r = a.post(&format!("/posts/{id}/delete"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            app.browser().get(&format!("/posts/{id}")).await.status,
            StatusCode::NOT_FOUND,
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn writing_needs_a_login() {
    on_each_backend(|app| async move {
        let mut anon = app.browser();
        let r = anon.get("/posts/new").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(r.location.starts_with("/login?next="));
    })
    .await;
}

#[tokio::test]
async fn a_body_far_over_the_limit_still_gets_the_form_back() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        a.get("/posts/new").await;
        let big = "y".repeat(400_000);
        let r = a
            .post_multipart(
                "/posts",
                &[("title", "Long one"), ("body", &big), ("tags", "")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("body-error") && r.text.contains("value=\"Long one\""));
    })
    .await;
}

#[tokio::test]
async fn feeds_show_a_plain_text_excerpt_or_the_summary() {
    on_each_backend(|app| async move {
        let mut a = app.user("ana").await;
        a.create_post("Plain", "# Heading\n\nSome *nice* `code` text", "")
            .await;
        a.get("/posts/new").await;
        let r = a
            .post_multipart(
                "/posts",
                &[
                    ("title", "Summed"),
                    ("body", "long body"),
                    ("description", "The one-line summary"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let id: i64 = r.location.trim_start_matches("/posts/").parse().unwrap();
        a.get(&format!("/posts/{id}/edit")).await;
        a.post_multipart(
            &format!("/posts/{id}/edit"),
            &[
                ("title", "Summed"),
                ("body", "edited **body**"),
                ("description", ""),
            ],
        )
        .await;
        let feed = app.browser().get("/").await;
        assert!(
            feed.text.contains("Heading Some nice code text"),
            "[{}] markup removed",
            app.backend
        );
        assert!(
            feed.text
                .contains("<p class=\"excerpt\" dir=\"auto\">edited body</p>"),
            "[{}] excerpt follows edits",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn the_preview_button_renders_the_markdown_without_javascript_and_stores_nothing() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.get("/posts/new").await;
        let page = ana
            .post_multipart(
                "/posts",
                &[
                    ("title", "Draft"),
                    ("body", "Some **strong** words <script>alert(1)</script>"),
                    ("preview", "1"),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        assert!(page.text.contains("<strong>strong</strong>"));
        assert!(
            !page.text.contains("<script>alert"),
            "the preview is sanitised"
        );
        assert!(
            page.text.contains("Some **strong** words"),
            "the text is kept in the form"
        );
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM post")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(stored, 0);

        // The preview applies the publishing checks and shows their errors.
        let long = "t".repeat(300);
        let page = ana
            .post_multipart(
                "/posts",
                &[("title", &long), ("body", "ok"), ("preview", "1")],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.text.contains("Keep the title to 200 characters"));
        let huge = "x".repeat(150_000);
        let page = ana
            .post_multipart(
                "/posts",
                &[("title", "Big"), ("body", &huge), ("preview", "1")],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            !page.text.contains("class=\"preview\""),
            "an oversized body is not rendered"
        );
    })
    .await;
}
