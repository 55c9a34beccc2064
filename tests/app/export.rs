//! "Download my data": `POST /settings/export` builds a zip in the
//! background and mails a one-time link to its owner.

use std::collections::HashMap;
use std::io::Read;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Browser, TestApp, comment_in, link_in, on_each_backend, photo};

/// Asks for an export from the settings page, as its button does.
async fn ask_for_export(b: &mut Browser) -> crate::helpers::Page {
    b.get("/settings").await;
    b.post("/settings/export", &[]).await
}

/// Asks, runs the jobs, and returns the path of the link mailed (the
/// newest mail to `email`).
async fn export_link(app: &TestApp, b: &mut Browser, email: &str) -> String {
    let r = ask_for_export(b).await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "[{}] {}",
        app.backend,
        r.text
    );
    assert_eq!(r.location, "/settings/account");
    app.run_pending_jobs().await;
    let mails = app.mail_to(email);
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.contains("Subject: Your Quill data is ready"))
        .unwrap_or_else(|| panic!("[{}] no export mail to {email}", app.backend));
    assert!(
        mail.contains("multipart/alternative") && mail.contains("text/html"),
        "text and HTML"
    );
    link_in(mail, "/settings/export/")
}

/// Entries of a zip by name.
fn unzip(bytes: &[u8]) -> HashMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        out.insert(f.name().unwrap().to_string(), data);
    }
    out
}

fn json_of(files: &HashMap<String, Vec<u8>>, name: &str) -> Value {
    let bytes = files
        .get(name)
        .unwrap_or_else(|| panic!("{name} in {:?}", files.keys()));
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A post's file read back: front matter values (JSON-style YAML
/// scalars, flow lists, and `pictures` items) and the body after it.
struct PostFile {
    fields: HashMap<String, Value>,
    pictures: Vec<Value>,
    body: String,
}

fn read_post(files: &HashMap<String, Vec<u8>>, id: i64) -> (String, PostFile) {
    let prefix = format!("posts/{id}-");
    let (name, bytes) = files
        .iter()
        .find(|(n, _)| n.starts_with(&prefix) && n.ends_with(".md"))
        .unwrap_or_else(|| panic!("a file {prefix}….md in {:?}", files.keys()));
    let text = String::from_utf8(bytes.clone()).unwrap();
    let rest = text.strip_prefix("---\n").expect("front matter first");
    let (head, body) = rest.split_once("\n---\n").expect("front matter ends");
    let mut fields = HashMap::new();
    let mut pictures = Vec::new();
    for line in head.lines() {
        if let Some(item) = line.strip_prefix("  - ") {
            pictures.push(serde_json::from_str(item).unwrap_or_else(|e| panic!("{line}: {e}")));
            continue;
        }
        let (key, value) = line
            .split_once(": ")
            .unwrap_or((line.trim_end_matches(':'), ""));
        if !value.is_empty() {
            let v = serde_json::from_str(value).unwrap_or_else(|e| panic!("{line}: {e}"));
            fields.insert(key.to_string(), v);
        }
    }
    (
        name.clone(),
        PostFile {
            fields,
            pictures,
            body: body.to_string(),
        },
    )
}

async fn stored_body(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT body FROM post WHERE id = $1")
        .bind(id)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

/// The bytes `/uploads/<name>` serves.
async fn served(app: &TestApp, name: &str) -> Vec<u8> {
    let (status, _, bytes) = app.browser().get_bytes(&format!("/uploads/{name}")).await;
    assert_eq!(status, StatusCode::OK, "/uploads/{name}");
    bytes
}

async fn export_file(app: &TestApp, account: &str) -> (i64, std::path::PathBuf) {
    let (id, path): (i64, String) = sqlx::query_as(
        "SELECT e.id, e.file_path FROM data_export e JOIN account a ON a.id = e.account_id \
         WHERE a.username = $1 ORDER BY e.id DESC LIMIT 1",
    )
    .bind(account)
    .fetch_one(&app.db)
    .await
    .unwrap();
    (id, app.state.config.data_dir.join(path))
}

async fn sweep(app: &TestApp) {
    quill::jobs::enqueue(
        &app.db,
        &quill::settings::export::SweepExports { slot: None },
        quill::db::now_ms(),
    )
    .await
    .unwrap();
    app.run_pending_jobs().await;
}

#[tokio::test]
async fn an_export_holds_posts_pictures_comments_likes_follows_and_settings_once_for_its_owner() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;

        // A post with a cover picture, a title that YAML would misread unquoted.
        let title = "Rust: a \"fast\" language # not a comment";
        ana.get("/posts/new").await;
        let r = ana
            .post_files(
                "/posts",
                &[
                    ("title", title),
                    ("body", "Hello **world**.\n\n---\n\nA rule above: still the body."),
                    ("tags", "rust, web"),
                    ("description", "Why: speed, and \"safety\""),
                    ("image_alt", "A red field"),
                ],
                vec![("image", "cover.jpg", photo(640, 480, 200))],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.backend, r.text);
        let covered: i64 = r.location.trim_start_matches("/posts/").parse().unwrap();
        // A post with a picture in its text.
        ana.get("/posts/new").await;
        let r = ana
            .post_files(
                "/posts",
                &[
                    ("title", "The sea"),
                    ("body", "Look:\n\n![A blue sea](blue.jpg)\n"),
                    ("tags", "travel"),
                ],
                vec![("pictures", "blue.jpg", photo(500, 400, 20))],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.backend, r.text);
        let pictured: i64 = r.location.trim_start_matches("/posts/").parse().unwrap();
        // A draft.
        ana.get("/posts/new").await;
        let r = ana
            .post_multipart(
                "/posts",
                &[
                    ("title", "Not yet"),
                    ("body", "Unfinished."),
                    ("tags", ""),
                    ("draft", "1"),
                ],
            )
            .await;
        let draft: i64 = r.location.trim_start_matches("/posts/").parse().unwrap();
        let bens_post = ben.create_post("Ben writes", "Hi.", "").await;

        // Comments: ben comments, ana answers him; ana's own comment that
        // ben answered, then deleted, stays only as a placeholder.
        ben.get(&format!("/posts/{covered}")).await;
        let r = ben
            .post(&format!("/posts/{covered}/comments"), &[("body", "Nice one")])
            .await;
        let bens_comment = comment_in(&r.location);
        ana.get(&format!("/posts/{covered}")).await;
        let r = ana
            .post(
                &format!("/posts/{covered}/comments"),
                &[
                    ("body", "Thanks, *Ben*"),
                    ("parent_id", &bens_comment.to_string()),
                ],
            )
            .await;
        let answer = comment_in(&r.location);
        let r = ana
            .post(&format!("/posts/{pictured}/comments"), &[("body", "Taken back later")])
            .await;
        let taken_back = comment_in(&r.location);
        ben.get(&format!("/posts/{pictured}")).await;
        ben.post(
            &format!("/posts/{pictured}/comments"),
            &[("body", "Why?"), ("parent_id", &taken_back.to_string())],
        )
        .await;
        ana.get(&format!("/posts/{pictured}")).await;
        let r = ana.post(&format!("/comments/{taken_back}/delete"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let placeholder: Option<i64> = sqlx::query_scalar("SELECT deleted_at FROM comment WHERE id = $1")
            .bind(taken_back)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert!(placeholder.is_some(), "[{}] kept as a placeholder", app.backend);

        // Likes, follows, notification settings.
        ana.get(&format!("/posts/{bens_post}")).await;
        assert_eq!(
            ana.post(&format!("/posts/{bens_post}/like"), &[]).await.status,
            StatusCode::SEE_OTHER
        );
        ana.post("/u/ben/follow", &[]).await;
        ben.post("/u/ana/follow", &[]).await;
        ana.get("/settings/notifications").await;
        let r = ana
            .post(
                "/settings/notifications",
                &[
                    ("follow", "off"),
                    ("like", "digest"),
                    ("comment", "instant"),
                    ("reply", "instant"),
                    ("mention", "off"),
                    ("digest_frequency", "weekly"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);

        let link = export_link(&app, &mut ana, "ana@example.com").await;
        assert!(
            link.starts_with("/settings/export/download?token="),
            "[{}] {link}",
            app.backend
        );
        let token = link.rsplit('=').next().unwrap().to_string();
        let stored: String = sqlx::query_scalar("SELECT token_hash FROM data_export")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_ne!(stored, token, "only a hash of the token is kept");
        assert!(!stored.contains(&token));

        // Anyone else: as if there were no such link. Logged out: log in first.
        let (status, _, body) = ben.get_bytes(&link).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "[{}] another person", app.backend);
        assert!(!body.starts_with(b"PK"));
        let r = app.browser().get(&link).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] logged out", app.backend);
        assert!(r.location.starts_with("/login?next="), "{}", r.location);
        let (status, _, _) = ana.get_bytes("/settings/export/download?token=0123abcd").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "a made-up token");

        // The owner gets the zip.
        let (status, headers, bytes) = ana.get_bytes(&link).await;
        assert_eq!(status, StatusCode::OK, "[{}] the owner", app.backend);
        assert_eq!(headers["content-type"], "application/zip");
        let disposition = headers["content-disposition"].to_str().unwrap();
        assert!(
            disposition.starts_with("attachment;") && disposition.contains(".zip"),
            "{disposition}"
        );
        assert_eq!(headers["cache-control"], "no-store");
        let files = unzip(&bytes);
        for name in [
            "README.txt",
            "profile.json",
            "comments.json",
            "likes.json",
            "follows.json",
            "notification_settings.json",
        ] {
            assert!(files.contains_key(name), "[{}] {name} in {:?}", app.backend, files.keys());
        }

        // The covered post: front matter and body round-trip; its cover's bytes.
        let (name, post) = read_post(&files, covered);
        assert!(name.starts_with(&format!("posts/{covered}-rust-a-fast-language")), "{name}");
        assert_eq!(post.fields["title"], title, "[{}] the title round-trips", app.backend);
        assert_eq!(post.fields["description"], "Why: speed, and \"safety\"");
        assert_eq!(post.fields["tags"], serde_json::json!(["rust", "web"]));
        assert_eq!(post.fields["draft"], false);
        for date in ["created", "published", "updated"] {
            let d = post.fields[date].as_str().unwrap();
            assert!(
                time::OffsetDateTime::parse(d, &time::format_description::well_known::Rfc3339).is_ok(),
                "{date}: {d}"
            );
        }
        assert_eq!(post.body, stored_body(&app, covered).await, "the body exactly as stored");
        assert!(post.body.contains("Hello **world**."));
        let cover: String = sqlx::query_scalar(
            "SELECT i.original FROM post p JOIN image i ON i.id = p.image_id WHERE p.id = $1",
        )
        .bind(covered)
        .fetch_one(&app.db)
        .await
        .unwrap();
        let in_zip = post.fields["cover"].as_str().unwrap();
        assert!(in_zip.starts_with(&format!("{covered}/")), "{in_zip}");
        assert_eq!(post.fields["cover_alt"], "A red field");
        assert_eq!(
            files[&format!("posts/{in_zip}")],
            served(&app, &cover).await,
            "[{}] the cover's bytes",
            app.backend
        );

        // The pictured post: the picture its text shows, by its address.
        let (_, post) = read_post(&files, pictured);
        assert_eq!(post.fields["title"], "The sea");
        assert_eq!(post.fields["tags"], serde_json::json!(["travel"]));
        assert_eq!(post.body, stored_body(&app, pictured).await);
        assert_eq!(post.pictures.len(), 1, "[{}] one picture", app.backend);
        let shown_as = post.pictures[0]["shown_as"][0].as_str().unwrap();
        assert!(post.body.contains(&format!("]({shown_as})")), "{shown_as}");
        let original: String = sqlx::query_scalar(
            "SELECT i.original FROM post_picture pp JOIN image i ON i.id = pp.image_id WHERE pp.post_id = $1",
        )
        .bind(pictured)
        .fetch_one(&app.db)
        .await
        .unwrap();
        let file = post.pictures[0]["file"].as_str().unwrap();
        assert_eq!(files[&format!("posts/{file}")], served(&app, &original).await);

        let (_, post) = read_post(&files, draft);
        assert_eq!(post.fields["draft"], true);
        assert_eq!(post.fields["published"], Value::Null);
        assert!(
            !files.keys().any(|n| n.starts_with(&format!("posts/{bens_post}"))),
            "not other people's posts"
        );

        let profile = json_of(&files, "profile.json");
        assert_eq!(profile["username"], "ana");
        assert_eq!(profile["email"], "ana@example.com");
        assert!(profile["created_at"].is_string());

        let comments = json_of(&files, "comments.json");
        let comments = comments.as_array().unwrap();
        assert_eq!(comments.len(), 1, "[{}] ana's live comments only: {comments:?}", app.backend);
        assert_eq!(comments[0]["id"], answer);
        assert_eq!(comments[0]["post_id"], covered);
        assert_eq!(comments[0]["parent_id"], bens_comment);
        assert_eq!(comments[0]["body"], "Thanks, *Ben*");
        assert!(comments[0]["created_at"].is_string());

        let likes = json_of(&files, "likes.json");
        assert_eq!(likes.as_array().unwrap().len(), 1);
        assert_eq!(likes[0]["post_id"], bens_post);
        assert_eq!(likes[0]["author"], "ben");

        let follows = json_of(&files, "follows.json");
        assert_eq!(follows["following"][0]["username"], "ben");
        assert_eq!(follows["followers"][0]["username"], "ben");
        assert_eq!(follows["following"].as_array().unwrap().len(), 1);

        let settings = json_of(&files, "notification_settings.json");
        assert_eq!(settings["follow"], "off");
        assert_eq!(settings["like"], "digest");
        assert_eq!(settings["mention"], "off");
        assert_eq!(settings["digest_frequency"], "weekly");

        // Once only.
        let r = ana.get(&link).await;
        assert_eq!(r.status, StatusCode::GONE, "[{}] a second download", app.backend);
        assert!(r.text.contains("used"), "{}", r.text);
        // The file is gone once sent (at the latest by the sweep).
        let (_, path) = export_file(&app, "ana").await;
        sweep(&app).await;
        assert!(!path.exists(), "[{}] the downloaded file is deleted", app.backend);
    })
    .await;
}

#[tokio::test]
async fn an_expired_link_is_refused_and_its_file_swept() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.create_post("Only post", "Text.", "").await;
        let link = export_link(&app, &mut ana, "ana@example.com").await;
        let (id, path) = export_file(&app, "ana").await;
        assert!(
            path.exists(),
            "[{}] the zip waits under the data dir",
            app.backend
        );
        assert!(path.starts_with(&app.state.config.data_dir));
        assert!(!path.starts_with(&app.state.config.upload_dir));
        // Still there after a sweep while the link works.
        sweep(&app).await;
        assert!(path.exists(), "[{}] a live export is kept", app.backend);

        sqlx::query("UPDATE data_export SET expires_at = $1 WHERE id = $2")
            .bind(quill::db::now_ms() - 1)
            .bind(id)
            .execute(&app.db)
            .await
            .unwrap();
        let r = ana.get(&link).await;
        assert_eq!(r.status, StatusCode::GONE, "[{}] expired", app.backend);
        assert!(r.text.contains("expired"), "{}", r.text);
        sweep(&app).await;
        assert!(
            !path.exists(),
            "[{}] the expired file is swept",
            app.backend
        );
        let removed: Option<i64> =
            sqlx::query_scalar("SELECT file_removed_at FROM data_export WHERE id = $1")
                .bind(id)
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert!(removed.is_some());
        assert_eq!(ana.get(&link).await.status, StatusCode::GONE);
    })
    .await;
}

#[tokio::test]
async fn one_export_waits_at_a_time_a_newer_voids_the_older_and_the_fourth_in_a_day_is_refused() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.create_post("Only post", "Text.", "").await;
        app.run_pending_jobs().await; // the sign-up's own mail
        // Two clicks before the worker gets to it: one job, one mail.
        assert_eq!(ask_for_export(&mut ana).await.status, StatusCode::SEE_OTHER);
        let r = ask_for_export(&mut ana).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            app.run_pending_jobs().await,
            2,
            "[{}] one build, one mail",
            app.backend
        );
        let mails = |app: &TestApp| {
            app.mail_to("ana@example.com")
                .into_iter()
                .filter(|m| m.contains("Subject: Your Quill data is ready"))
                .collect::<Vec<_>>()
        };
        assert_eq!(mails(&app).len(), 1);
        let first = link_in(&mails(&app)[0], "/settings/export/");

        // The waiting click did not count: two more are allowed today.
        let second = export_link(&app, &mut ana, "ana@example.com").await;
        assert_ne!(first, second);
        assert_eq!(
            ana.get(&first).await.status,
            StatusCode::GONE,
            "[{}] a newer export voids the older link",
            app.backend
        );
        let (status, _, _) = ana.get_bytes(&second).await;
        assert_eq!(status, StatusCode::OK);
        export_link(&app, &mut ana, "ana@example.com").await;

        let r = ask_for_export(&mut ana).await;
        assert_eq!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "[{}] the fourth",
            app.backend
        );
        assert!(
            r.text.contains("3 times a day") && r.text.contains("again after"),
            "{}",
            r.text
        );
        let retry: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
        assert!(retry > 3600, "hours, not minutes: {retry}");
        assert_eq!(app.run_pending_jobs().await, 0, "nothing queued");
        // Someone else is not held back by ana's count.
        let mut ben = app.user("ben").await;
        assert_eq!(ask_for_export(&mut ben).await.status, StatusCode::SEE_OTHER);
    })
    .await;
}
