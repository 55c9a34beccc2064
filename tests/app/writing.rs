//! Writing: drafts stay private everywhere until published, schedules
//! publish once, code is highlighted without inline style, reading time,
//! share cards, the sitemap and robots.txt.

use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend, photo};

/// Saves a draft through the write form (optionally scheduled) and returns its id.
async fn draft(b: &mut Browser, title: &str, body: &str, publish_at: &str) -> i64 {
    b.get("/posts/new").await;
    let r = b
        .post_multipart(
            "/posts",
            &[
                ("title", title),
                ("body", body),
                ("tags", "drafty"),
                ("draft", "1"),
                ("publish_at", publish_at),
                ("tz_offset", "0"),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "[{}] {}",
        b.backend,
        r.text
    );
    r.location.trim_start_matches("/posts/").parse().unwrap()
}

/// Every place a stranger or a follower could come across a post: its
/// title on a page (a search page repeats the query itself, so the query
/// word is not what is looked for), its address in the sitemap.
async fn places_showing(
    app: &TestApp,
    b: &mut Browser,
    title: &str,
    word: &str,
    id: i64,
) -> Vec<String> {
    app.state.search.catch_up().await.unwrap();
    let mut found = Vec::new();
    for path in [
        "/".to_string(),
        "/feed".into(),
        "/tags/drafty".into(),
        "/u/ana".into(),
        format!("/search?q={word}"),
        "/feed.atom".into(),
        "/u/ana/feed.atom".into(),
        "/tags/drafty/feed.atom".into(),
        "/notifications".into(),
        "/sitemap.xml".into(),
    ] {
        let text = b.get(&path).await.text;
        if text.contains(title) || text.contains(&format!("/posts/{id}</loc>")) {
            found.push(path);
        }
    }
    let api = b
        .api(reqwest::Method::GET, "/articles?limit=50", None, None)
        .await;
    if api.json.to_string().contains(title) {
        found.push("/api/articles".into());
    }
    let tags = b.api(reqwest::Method::GET, "/tags", None, None).await;
    if tags.json.to_string().contains("drafty") {
        found.push("/api/tags".into());
    }
    if b.get(&format!("/posts/{id}")).await.status != StatusCode::NOT_FOUND {
        found.push(format!("/posts/{id}"));
    }
    found
}

#[tokio::test]
async fn a_draft_shows_nowhere_until_it_is_published() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        ben.get("/u/ana").await;
        ben.post("/u/ana/follow", &[]).await;
        let id = draft(&mut ana, "Secret quokkas", "Not yet quokkaword.", "").await;

        let mut stranger = app.browser();
        let tag = stranger.get("/tags/drafty").await;
        assert_eq!(
            tag.status,
            StatusCode::NOT_FOUND,
            "[{}] a tag only a draft carries",
            app.backend
        );
        for (who, b) in [("stranger", &mut stranger), ("follower", &mut ben)] {
            let leaks = places_showing(&app, b, "Secret quokkas", "quokkaword", id).await;
            assert!(
                leaks.is_empty(),
                "[{}] {who} sees the draft at {leaks:?}",
                app.backend
            );
        }
        let mine = ana.get("/drafts").await;
        assert!(
            mine.text.contains("Secret quokkas"),
            "[{}] /drafts lists it",
            app.backend
        );
        let own = ana.get(&format!("/posts/{id}")).await;
        assert_eq!(own.status, StatusCode::OK);
        assert!(
            own.text.contains("only you can see"),
            "the author is told it is a draft"
        );
        assert!(own.text.contains("name=\"robots\" content=\"noindex\""));

        // Nobody can like or comment on what they cannot see.
        let like = ben.post(&format!("/posts/{id}/like"), &[]).await;
        assert_eq!(
            like.status,
            StatusCode::NOT_FOUND,
            "[{}] liking a draft",
            app.backend
        );

        let r = ana.post(&format!("/posts/{id}/publish"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!ana.get("/drafts").await.text.contains("Secret quokkas"));
        let seen = places_showing(&app, &mut stranger, "Secret quokkas", "quokkaword", id).await;
        for place in [
            "/",
            "/u/ana",
            "/search?q=quokkaword",
            "/feed.atom",
            "/sitemap.xml",
        ] {
            assert!(
                seen.contains(&place.to_string()),
                "[{}] published: on {place} ({seen:?})",
                app.backend
            );
        }
    })
    .await;
}

#[tokio::test]
async fn a_published_draft_comes_out_on_top_as_new() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let old = draft(&mut ana, "Started long ago", "Drafted first.", "").await;
        ana.create_post("Written later", "Published first.", "")
            .await;
        ana.post(&format!("/posts/{old}/publish"), &[]).await;
        let home = app.browser().get("/").await.text;
        let (a, b) = (home.find("Started long ago"), home.find("Written later"));
        assert!(
            a.is_some() && b.is_some(),
            "[{}] both on the feed",
            app.backend
        );
        assert!(
            a < b,
            "[{}] the draft published now is the newest entry",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn editing_a_published_post_keeps_it_published() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = ana.create_post("Out there", "Public words.", "").await;
        ana.get(&format!("/posts/{id}/edit")).await;
        let r = ana
            .post_multipart(
                &format!("/posts/{id}/edit"),
                &[
                    ("title", "Out there still"),
                    ("body", "Edited."),
                    ("tags", ""),
                    ("draft", "1"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        let page = app.browser().get(&format!("/posts/{id}")).await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "[{}] still public",
            app.backend
        );
        assert!(page.text.contains("Out there still"));
    })
    .await;
}

/// A scheduled time a few minutes ahead, as the form's field takes it.
fn minutes_ahead(n: i64) -> String {
    let at = time::OffsetDateTime::now_utc() + time::Duration::minutes(n);
    at.format(time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]"
    ))
    .unwrap()
}

/// The clock moves on: every waiting job is due now.
async fn make_jobs_due(app: &TestApp) {
    sqlx::query("UPDATE job SET run_at = 0 WHERE state = 'pending'")
        .execute(&app.db)
        .await
        .unwrap();
}

async fn published_at(app: &TestApp, id: i64) -> Option<i64> {
    sqlx::query_scalar("SELECT published_at FROM post WHERE id = $1")
        .bind(id)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_scheduled_post_publishes_once_when_two_instances_race_for_it() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.run_pending_jobs().await;
        let id = draft(
            &mut ana,
            "On time",
            "Scheduled schedword.",
            &minutes_ahead(30),
        )
        .await;
        assert!(
            ana.get("/drafts").await.text.contains("Scheduled"),
            "[{}] /drafts shows the schedule",
            app.backend
        );
        assert_eq!(
            app.run_pending_jobs().await,
            0,
            "[{}] nothing is due yet",
            app.backend
        );
        assert!(published_at(&app, id).await.is_none());

        make_jobs_due(&app).await;
        let twin = app.sibling().await;
        let (a, b) = tokio::join!(app.run_pending_jobs(), twin.run_pending_jobs());
        assert_eq!(a + b, 1, "[{}] one job, run once", app.backend);
        let first = published_at(&app, id).await;
        assert!(first.is_some(), "[{}] published", app.backend);
        make_jobs_due(&app).await;
        app.run_pending_jobs().await;
        assert_eq!(published_at(&app, id).await, first, "published once");
        app.state.search.catch_up().await.unwrap();
        let home = app.browser().get("/").await.text;
        assert_eq!(
            home.matches("On time").count(),
            1,
            "[{}] one entry on the feed",
            app.backend
        );
        let found = app.browser().get("/search?q=schedword").await.text;
        assert!(found.contains("On time"), "[{}] searchable", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_rescheduled_post_publishes_at_the_new_time_only() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = draft(&mut ana, "Moved", "Body.", &minutes_ahead(30)).await;
        // Moved later: the first job must do nothing when it comes due.
        ana.get(&format!("/posts/{id}/edit")).await;
        let later = minutes_ahead(120);
        let r = ana
            .post_multipart(
                &format!("/posts/{id}/edit"),
                &[("title", "Moved"), ("body", "Body."), ("tags", ""), ("draft", "1"), ("publish_at", &later), ("tz_offset", "0")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.backend, r.text);
        let edit = ana.get(&format!("/posts/{id}/edit")).await;
        assert!(edit.text.contains(&format!("value=\"{later}\"")), "[{}] the time is shown back as typed", app.backend);
        sqlx::query("UPDATE job SET run_at = 0 WHERE state = 'pending' AND payload LIKE '%' || $1 || '%' AND run_at < (SELECT publish_at FROM post WHERE id = $2)")
            .bind(format!("\"post\":{id}"))
            .bind(id)
            .execute(&app.db)
            .await
            .unwrap();
        app.run_pending_jobs().await;
        assert!(published_at(&app, id).await.is_none(), "[{}] the old time publishes nothing", app.backend);
        // Unscheduled: back to a plain draft; its job does nothing either.
        ana.post_multipart(
            &format!("/posts/{id}/edit"),
            &[("title", "Moved"), ("body", "Body."), ("tags", ""), ("draft", "1"), ("publish_at", "")],
        )
        .await;
        make_jobs_due(&app).await;
        app.run_pending_jobs().await;
        assert!(published_at(&app, id).await.is_none(), "[{}] unscheduled stays a draft", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_time_already_past_publishes_at_once_and_nonsense_is_refused() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = draft(&mut ana, "Late", "Body.", "2020-01-01T00:00").await;
        assert!(published_at(&app, id).await.is_some(), "[{}]", app.backend);
        ana.get("/posts/new").await;
        let r = ana
            .post_multipart(
                "/posts",
                &[
                    ("title", "Bad time"),
                    ("body", "b"),
                    ("tags", ""),
                    ("draft", "1"),
                    ("publish_at", "next tuesday"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("publish_at-error"), "the field says why");
        assert!(r.text.contains("Bad time"), "the form is kept");
    })
    .await;
}

#[tokio::test]
async fn the_api_publishes_at_once_and_never_shows_a_draft() {
    on_each_backend(|app| async move {
        let token = app.api_user("ana").await;
        let b = app.browser();
        let r = b
            .api(
                reqwest::Method::POST,
                "/articles",
                Some(&token),
                Some(serde_json::json!({"article": {"title": "Via API", "description": "d", "body": "b"}})),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "[{}] {}", app.backend, r.json);
        let list = b.api(reqwest::Method::GET, "/articles", None, None).await;
        assert!(list.json.to_string().contains("Via API"), "[{}] published at once", app.backend);
    })
    .await;
}

#[tokio::test]
async fn code_is_highlighted_and_a_post_page_carries_its_share_card() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let body = format!(
            "{}\n\n```rust\nfn main() {{\n    let answer = 42;\n}}\n```\n",
            "Intro words here. ".repeat(150)
        );
        let id = ana.create_post("Code & cards", &body, "code").await;
        let page = app.browser().get(&format!("/posts/{id}")).await.text;
        let pre_start = page.find("<pre").unwrap();
        let pre = &page[pre_start..pre_start + page[pre_start..].find("</pre>").unwrap()];
        assert!(
            pre.contains("<span class=\"hl-"),
            "[{}] classed spans: {pre:.200}",
            app.backend
        );
        assert!(!pre.contains("style="), "no inline style (CSP)");
        assert!(
            pre.contains("tabindex=\"0\""),
            "keyboard can reach and scroll it"
        );
        assert!(
            page.contains("2 min read"),
            "[{}] reading time for ~450 words",
            app.backend
        );

        let origin = app.state.config.origin();
        let url = format!("{origin}/posts/{id}");
        assert!(
            page.contains(&format!("<meta property=\"og:url\" content=\"{url}\">")),
            "{page:.2000}"
        );
        assert!(page.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")));
        let og_title = page
            .split("<meta property=\"og:title\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .replace("&#38;", "&")
            .replace("&amp;", "&");
        assert_eq!(og_title, "Code & cards", "the title, escaped once");
        assert!(page.contains("name=\"twitter:card\""));
        let ld_start = page.find("<script type=\"application/ld+json\">").unwrap() + 35;
        let ld_end = ld_start + page[ld_start..].find("</script>").unwrap();
        let ld: serde_json::Value = serde_json::from_str(&page[ld_start..ld_end]).unwrap();
        assert_eq!(ld["@type"], "BlogPosting");
        assert_eq!(ld["headline"], "Code & cards");
        assert_eq!(ld["author"]["url"], format!("{origin}/u/ana"));

        let profile = app.browser().get("/u/ana").await.text;
        assert!(profile.contains("<meta property=\"og:type\" content=\"profile\">"));
        let tag = app.browser().get("/tags/code").await.text;
        assert!(tag.contains(&format!(
            "<link rel=\"canonical\" href=\"{origin}/tags/code\">"
        )));
    })
    .await;
}

#[tokio::test]
async fn the_sitemap_lists_published_posts_with_absolute_urls_and_robots_names_it() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let public = ana.create_post("Listed", "Body.", "mapped").await;
        let hidden = draft(&mut ana, "Unlisted", "Body.", "").await;
        let r = app.browser().get("/sitemap.xml").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            r.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/xml")
        );
        let locs: Vec<&str> = r
            .text
            .split("<loc>")
            .skip(1)
            .map(|s| &s[..s.find("</loc>").unwrap()])
            .collect();
        let base = &app.state.config.origin();
        assert!(
            locs.contains(&format!("{base}/posts/{public}").as_str()),
            "[{}] {locs:?}",
            app.backend
        );
        assert!(locs.contains(&format!("{base}/u/ana").as_str()));
        assert!(locs.contains(&format!("{base}/tags/mapped").as_str()));
        assert!(
            !locs
                .iter()
                .any(|l| l.ends_with(&format!("/posts/{hidden}"))),
            "no draft"
        );
        assert!(locs.iter().all(|l| l.starts_with("http")), "absolute");
        assert!(r.text.contains("<lastmod>"));

        let robots = app.browser().get("/robots.txt").await.text;
        assert!(robots.contains(&format!("Sitemap: {base}/sitemap.xml")));
        for private in ["/admin", "/settings", "/drafts"] {
            assert!(robots.contains(&format!("Disallow: {private}")), "{robots}");
        }
    })
    .await;
}

async fn image_rows(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM image")
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn pictures_named_by_file_name_are_placed_in_the_text_without_a_script() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.get("/posts/new").await;
        let body = "First:\n\n![A red field](red.jpg)\n\nThen:\n\n![A blue sea](blue.jpg)\n";
        let r = ana
            .post_files(
                "/posts",
                &[("title", "Two pictures"), ("body", body), ("tags", "")],
                vec![
                    ("pictures", "red.jpg", photo(1600, 900, 200)),
                    ("pictures", "blue.jpg", photo(900, 1200, 20)),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        let page = app.browser().get(&r.location).await.text;
        let imgs: Vec<&str> = page
            .split("<img ")
            .skip(1)
            .filter(|i| i.contains("srcset="))
            .collect();
        let at = page.find("post-body").unwrap_or(0);
        assert_eq!(
            imgs.len(),
            2,
            "[{}] both pictures in the text: {}",
            app.backend,
            &page[at..(at + 800).min(page.len())]
        );
        assert!(imgs[0].contains("alt=\"A red field\"") && imgs[1].contains("alt=\"A blue sea\""));
        for img in &imgs {
            assert!(
                img.contains("src=\"/uploads/") && img.contains("loading=\"lazy\""),
                "{img:.300}"
            );
            assert!(
                img.contains("width=\"") && img.contains("height=\"") && img.contains("sizes=\"")
            );
        }
        assert!(
            !page.contains("red.jpg"),
            "the file name became the picture's address"
        );
        // Every address answers with a picture.
        for img in &imgs {
            let src = img
                .split("src=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let got = app.browser().get(src).await;
            assert_eq!(got.status, StatusCode::OK, "{src}");
        }
        let edit = ana.get(&format!("{}/edit", r.location)).await.text;
        assert!(
            edit.contains("](/uploads/"),
            "the stored text names the addresses"
        );
    })
    .await;
}

#[tokio::test]
async fn a_picture_without_a_description_or_one_too_many_is_refused() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.get("/posts/new").await;
        let r = ana
            .post_files(
                "/posts",
                &[
                    ("title", "Undescribed"),
                    ("body", "![](red.jpg)"),
                    ("tags", ""),
                ],
                vec![("pictures", "red.jpg", photo(64, 64, 200))],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("body-error") && r.text.contains("Describe the picture"));
        assert_eq!(
            image_rows(&app).await,
            0,
            "a refused form stores no picture"
        );
        let many: String = (0..21)
            .map(|i| format!("![p{i}](/uploads/p{i}.webp)\n\n"))
            .collect();
        ana.get("/posts/new").await;
        let r = ana
            .post_multipart(
                "/posts",
                &[("title", "Too many"), ("body", &many), ("tags", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("up to 20 pictures"), "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn an_uploaded_picture_no_post_shows_is_swept_after_a_day() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.run_pending_jobs().await;
        ana.get("/posts/new").await;
        let up = ana
            .post_files(
                "/posts/pictures",
                &[],
                vec![("picture", "p.jpg", photo(400, 300, 90))],
            )
            .await;
        assert_eq!(up.status, StatusCode::OK, "[{}] {}", app.backend, up.text);
        let json: serde_json::Value = serde_json::from_str(&up.text).unwrap();
        let url = json["url"].as_str().unwrap().to_string();
        assert_eq!(json["markdown"], format!("![]({url})"));

        let body = format!("Look: ![A harbour]({url})");
        let id = ana.create_post("Harbour", &body, "").await;
        let page = app.browser().get(&format!("/posts/{id}")).await.text;
        assert!(
            page.contains("srcset=") && page.contains("alt=\"A harbour\""),
            "[{}]",
            app.backend
        );

        // Taken out of the text: loose, and after a day the sweep removes it.
        ana.get(&format!("/posts/{id}/edit")).await;
        ana.post_multipart(
            &format!("/posts/{id}/edit"),
            &[
                ("title", "Harbour"),
                ("body", "No picture now."),
                ("tags", ""),
            ],
        )
        .await;
        let before = image_rows(&app).await;
        sqlx::query("UPDATE image SET loose_since = 1 WHERE loose_since IS NOT NULL")
            .execute(&app.db)
            .await
            .unwrap();
        let sweep = quill::posts::pictures::SweepLoosePictures { slot: None };
        quill::jobs::enqueue(&app.db, &sweep, 0).await.unwrap();
        app.run_pending_jobs().await;
        assert_eq!(
            image_rows(&app).await,
            before - 1,
            "[{}] the loose picture is gone",
            app.backend
        );
        let gone = app.browser().get(&url).await;
        assert_eq!(
            gone.status,
            StatusCode::NOT_FOUND,
            "[{}] and its file",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_picture_from_another_site_becomes_a_link() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = ana
            .create_post("Elsewhere", "![A cat](https://example.com/cat.jpg)", "")
            .await;
        let page = app.browser().get(&format!("/posts/{id}")).await.text;
        assert!(
            !page.contains("<img src=\"https://example.com"),
            "[{}] no broken picture",
            app.backend
        );
        assert!(
            page.contains("href=\"https://example.com/cat.jpg\""),
            "a link instead"
        );
    })
    .await;
}

#[tokio::test]
async fn an_admin_fixing_a_draft_leaves_it_a_draft() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = draft(&mut ana, "Half done", "Typo hre.", "").await;
        let mut boss = app.user("boss").await;
        sqlx::query("UPDATE account SET role = 'admin' WHERE username = 'boss'")
            .execute(&app.db)
            .await
            .unwrap();
        boss.get(&format!("/posts/{id}/edit")).await;
        let r = boss
            .post_multipart(
                &format!("/posts/{id}/edit"),
                &[("title", "Half done"), ("body", "Typo here."), ("tags", "")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        assert!(
            published_at(&app, id).await.is_none(),
            "[{}] only its author publishes it",
            app.backend
        );
        let r = boss.post(&format!("/posts/{id}/publish"), &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_picture_a_post_shows_outlives_the_cover_it_came_from() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.get("/posts/new").await;
        let r = ana
            .post_files(
                "/posts",
                &[("title", "Cover"), ("body", "First."), ("tags", "")],
                vec![("image", "cover.jpg", photo(800, 500, 150))],
            )
            .await;
        let cover_post = r.location.clone();
        let page = ana.get(&cover_post).await.text;
        let src = page
            .split("figure class=\"post-image\">")
            .nth(1)
            .and_then(|f| f.split("<img src=\"").nth(1))
            .and_then(|s| s.split('"').next())
            .unwrap()
            .to_string();
        // The cover's address, reused in another post's text.
        let other = ana
            .create_post("Again", &format!("![The same field]({src})"), "")
            .await;
        // The cover goes with its post; the other post still shows it.
        ana.post(&format!("{cover_post}/delete"), &[]).await;
        app.run_pending_jobs().await;
        let again = app.browser().get(&format!("/posts/{other}")).await.text;
        assert!(
            again.contains("alt=\"The same field\""),
            "[{}]",
            app.backend
        );
        let got = app.browser().get(&src).await;
        assert_eq!(
            got.status,
            StatusCode::OK,
            "[{}] the file is still there",
            app.backend
        );
    })
    .await;
}
