//! The upload quota and the hourly upload count: a person's pictures are
//! bounded in bytes (every file written counted) and in uploads per hour;
//! a refused upload leaves nothing behind, and admins see the usage.

use std::path::Path;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{GrayImage, Luma, Rgb, RgbImage};
use quill::error::{AppError, format_bytes};
use quill::media::{StoredFile, StoredImage};
use reqwest::StatusCode;

use crate::helpers::{Browser, Page, TestApp, on_each_backend_configured};

const MB: u64 = 1 << 20;

/// Random-looking pixels, which JPEG cannot squeeze: big files from small
/// pictures. `seed` makes each picture (and so its stored names) different.
fn noise(w: u32, h: u32, seed: u32) -> RgbImage {
    let mut x = seed.wrapping_mul(2_654_435_761).max(1);
    RgbImage::from_fn(w, h, |_, _| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let [a, b, c, _] = x.to_le_bytes();
        Rgb([a, b, c])
    })
}

fn noise_jpeg(w: u32, h: u32, seed: u32, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    noise(w, h, seed)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))
        .unwrap();
    out
}

/// A one-pixel checkerboard as PNG: a few kilobytes to upload, but
/// re-encoded as JPEG its finest detail costs far more than a megabyte.
fn checkerboard_png(side: u32) -> Vec<u8> {
    let img = GrayImage::from_fn(side, side, |x, y| {
        Luma([if (x + y) % 2 == 0 { 0 } else { 255 }])
    });
    let mut out = Vec::new();
    let encoder =
        PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Adaptive);
    img.write_with_encoder(encoder).unwrap();
    out
}

/// Every file under the upload directory, relative to it.
fn stored_files(app: &TestApp) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out);
            } else {
                out.push(p.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    let root = &app.state.config.upload_dir;
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// The bytes of every file under the upload directory.
fn bytes_on_disk(app: &TestApp) -> i64 {
    let root = &app.state.config.upload_dir;
    stored_files(app)
        .iter()
        .map(|f| std::fs::metadata(root.join(f)).unwrap().len() as i64)
        .sum()
}

async fn account_id(app: &TestApp, username: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM account WHERE username = $1")
        .bind(username)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

/// (bytes, pictures) recorded for an account.
async fn usage(app: &TestApp, username: &str) -> (i64, i64) {
    sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(i.bytes), 0) AS BIGINT), COUNT(i.id) \
         FROM account a LEFT JOIN image i ON i.owner_id = a.id WHERE a.username = $1",
    )
    .bind(username)
    .fetch_one(&app.db)
    .await
    .unwrap()
}

async fn upload_avatar(b: &mut Browser, bytes: Vec<u8>) -> Page {
    b.get("/settings").await;
    b.post_files("/settings/avatar", &[], vec![("avatar", "a.jpg", bytes)])
        .await
}

async fn post_picture(b: &mut Browser, title: &str, bytes: Vec<u8>) -> Page {
    b.get("/posts/new").await;
    b.post_files(
        "/posts",
        &[("title", title), ("body", "A picture.")],
        vec![("image", "p.jpg", bytes)],
    )
    .await
}

fn assert_over_quota(r: &Page, backend: &str, used: i64) {
    assert_eq!(
        r.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "[{backend}] {}",
        r.text
    );
    let says = format!(
        "you have used {} of your 1 MB for pictures",
        format_bytes(used as u64)
    );
    assert!(r.text.contains(&says), "[{backend}] {says:?} in {}", r.text);
    assert!(
        r.text
            .contains("Delete some posts&#39; pictures, or ask an admin"),
        "[{backend}] what to do: {}",
        r.text
    );
}

#[tokio::test]
async fn uploads_past_the_quota_are_refused_and_store_nothing() {
    on_each_backend_configured(
        |s| s.upload_quota_mb = 1,
        |app| async move {
            let mut b = app.user("ana").await;
            let r = post_picture(&mut b, "First", noise_jpeg(500, 400, 1, 75)).await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] {}",
                app.backend,
                r.text
            );
            let (used, pictures) = usage(&app, "ana").await;
            assert_eq!(pictures, 1);
            assert!(
                used > 0 && (used as u64) < MB / 2,
                "[{}] the first picture takes some room: {used}",
                app.backend
            );
            let files = stored_files(&app);
            let posts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM post")
                .fetch_one(&app.db)
                .await
                .unwrap();

            // Too big on its face: refused from its size, before decoding.
            let big = noise_jpeg(1000, 1000, 2, 100);
            assert!(big.len() as u64 > MB, "{}", big.len());
            let r = post_picture(&mut b, "Big", big).await;
            assert_over_quota(&r, app.backend, used);

            // Small to send, large once re-encoded: refused after processing.
            let sly = checkerboard_png(1500);
            assert!((sly.len() as u64) < MB / 4, "{}", sly.len());
            let r = post_picture(&mut b, "Sly", sly.clone()).await;
            assert_over_quota(&r, app.backend, used);
            // The same for an avatar.
            let r = upload_avatar(&mut b, sly).await;
            assert_over_quota(&r, app.backend, used);

            assert_eq!(
                usage(&app, "ana").await,
                (used, 1),
                "[{}] no image row",
                app.backend
            );
            assert_eq!(
                stored_files(&app),
                files,
                "[{}] no file left on disk",
                app.backend
            );
            let now: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM post")
                .fetch_one(&app.db)
                .await
                .unwrap();
            assert_eq!(now, posts, "[{}] no post either", app.backend);

            // Someone else's room is their own.
            let mut bob = app.user("bob").await;
            let r = post_picture(&mut bob, "Bob's", noise_jpeg(500, 400, 3, 75)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn a_replaced_picture_frees_its_room() {
    on_each_backend_configured(
        |s| s.upload_quota_mb = 1,
        |app| async move {
            let mut b = app.user("ana").await;
            let r = upload_avatar(&mut b, noise_jpeg(700, 700, 1, 75)).await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] {}",
                app.backend,
                r.text
            );
            let (first, _) = usage(&app, "ana").await;
            assert!(
                first as u64 > MB / 2,
                "[{}] more than half the room: {first}",
                app.backend
            );
            // Two of these do not fit, but the new one replaces the old.
            let r = upload_avatar(&mut b, noise_jpeg(700, 700, 2, 75)).await;
            assert_eq!(
                (r.status, r.location.as_str()),
                (StatusCode::SEE_OTHER, "/settings"),
                "[{}] {}",
                app.backend,
                r.text
            );
            let (now, pictures) = usage(&app, "ana").await;
            assert_eq!(pictures, 1, "[{}]", app.backend);
            assert!(now as u64 <= MB);

            // A post's picture replaced in an edit, likewise.
            let mut bob = app.user("bob").await;
            let r = post_picture(&mut bob, "Pic", noise_jpeg(700, 700, 3, 75)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            let edit = format!("{}/edit", r.location);
            bob.get(&edit).await;
            let r = bob
                .post_files(
                    &edit,
                    &[("title", "Pic"), ("body", "Another.")],
                    vec![("image", "q.jpg", noise_jpeg(700, 700, 4, 75))],
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] {}",
                app.backend,
                r.text
            );
            assert_eq!(usage(&app, "bob").await.1, 1);
            // A second post with such a picture is one too many.
            let r = post_picture(&mut bob, "More", noise_jpeg(700, 700, 5, 75)).await;
            assert_over_quota(&r, app.backend, usage(&app, "bob").await.0);
        },
    )
    .await;
}

#[tokio::test]
async fn uploads_past_the_hourly_count_are_refused() {
    on_each_backend_configured(
        |s| s.upload_limit = 2,
        |app| async move {
            let mut b = app.user("ana").await;
            let r = upload_avatar(&mut b, noise_jpeg(64, 64, 1, 75)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            let r = post_picture(&mut b, "One", noise_jpeg(64, 64, 2, 75)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);

            // The third upload of the hour, avatar or post picture, is refused.
            for r in [
                upload_avatar(&mut b, noise_jpeg(64, 64, 3, 75)).await,
                post_picture(&mut b, "Two", noise_jpeg(64, 64, 4, 75)).await,
            ] {
                assert_eq!(
                    r.status,
                    StatusCode::TOO_MANY_REQUESTS,
                    "[{}] {}",
                    app.backend,
                    r.text
                );
                assert!(r.text.contains("Too many attempts"), "a readable page");
                let wait: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
                assert!(wait > 0, "Retry-After says how long");
            }
            assert_eq!(usage(&app, "ana").await.1, 2, "[{}]", app.backend);

            // Writing without a picture is no upload; another account counts apart.
            b.create_post("Words", "Only words.", "").await;
            let mut bob = app.user("bob").await;
            let r = upload_avatar(&mut bob, noise_jpeg(64, 64, 5, 75)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn usage_is_the_bytes_of_every_file_written() {
    on_each_backend_configured(
        |s| s.upload_quota_mb = 1,
        |app| async move {
            let mut b = app.user("ana").await;
            // An avatar: three different files.
            upload_avatar(&mut b, noise_jpeg(400, 300, 1, 75)).await;
            // A small post picture is never scaled: one file for its variants.
            let r = post_picture(&mut b, "Small", noise_jpeg(200, 150, 2, 75)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            assert_eq!(stored_files(&app).len(), 3 + 1, "[{}]", app.backend);
            let (used, pictures) = usage(&app, "ana").await;
            assert_eq!(pictures, 2);
            assert_eq!(used, bytes_on_disk(&app), "[{}]", app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn pictures_stored_before_the_quota_are_measured_by_a_job() {
    on_each_backend_configured(
        |_| {},
        |app| async move {
            let mut b = app.user("ana").await;
            upload_avatar(&mut b, noise_jpeg(300, 300, 1, 75)).await;
            post_picture(&mut b, "Pic", noise_jpeg(900, 500, 2, 75)).await;
            // As rows from before migration 0014 are.
            sqlx::query("UPDATE image SET bytes = NULL")
                .execute(&app.db)
                .await
                .unwrap();
            assert_eq!(usage(&app, "ana").await, (0, 2), "unmeasured counts 0");
            quill::jobs::enqueue(&app.db, &quill::media::MeasureImages {}, 0)
                .await
                .unwrap();
            app.run_pending_jobs().await;
            assert_eq!(
                usage(&app, "ana").await,
                (bytes_on_disk(&app), 2),
                "[{}]",
                app.backend
            );
        },
    )
    .await;
}

/// A stand-in for a saved upload of `bytes`, with files of its own.
fn fake_image(app: &TestApp, seed: u8, bytes: i64) -> StoredImage {
    let file = |n: u8| {
        let hash = format!("{seed:02x}{}", format!("{n:02x}").repeat(15));
        let name = format!("{}/{hash}.jpg", &hash[..2]);
        let path = app.state.config.upload_dir.join(&name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"not really a picture").unwrap();
        StoredFile {
            name,
            width: 10,
            height: 10,
        }
    };
    StoredImage {
        original: file(1),
        large: file(2),
        small: file(3),
        bytes,
    }
}

/// Two uploads that each fit alone, both past the early checks, recorded
/// at once: the second transaction waits for the first and is refused,
/// and its files are removed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_uploads_cannot_both_take_the_last_room() {
    on_each_backend_configured(
        |s| s.upload_quota_mb = 1,
        |app| async move {
            app.user("ana").await;
            let owner = account_id(&app, "ana").await;
            let first = fake_image(&app, 0xa1, (MB * 6 / 10) as i64);
            let second = fake_image(&app, 0xb2, (MB * 6 / 10) as i64);

            let mut tx = app.db.begin().await.unwrap();
            app.state
                .media
                .insert(&mut tx, owner, &first)
                .await
                .unwrap();
            let state = app.state.clone();
            let other = second.clone();
            let racing = tokio::spawn(async move {
                let mut tx = state.db.begin().await.unwrap();
                let r = state.media.insert(&mut tx, owner, &other).await;
                if r.is_ok() {
                    tx.commit().await.unwrap();
                }
                r.map(|_| ())
            });
            if app.backend == "postgres" {
                // Commit only once the second is waiting on the first: without
                // the lock it would have counted without seeing the first.
                let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
                loop {
                    let waiting: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM pg_stat_activity \
                         WHERE datname = current_database() AND wait_event_type = 'Lock'",
                    )
                    .fetch_one(&app.db)
                    .await
                    .unwrap();
                    if waiting > 0 {
                        break;
                    }
                    assert!(
                        std::time::Instant::now() < deadline,
                        "the second upload never waited for the first"
                    );
                    tokio::task::yield_now().await;
                }
            }
            tx.commit().await.unwrap();
            let err = racing.await.unwrap().expect_err("the second does not fit");
            assert!(
                matches!(err, AppError::QuotaExceeded { quota, .. } if quota == MB),
                "[{}] {err:?}",
                app.backend
            );
            let err = app.state.media.abandon(&app.db, owner, &second, err).await;
            assert!(
                matches!(err, AppError::QuotaExceeded { used, .. } if used == MB * 6 / 10),
                "[{}] the usage as it stands: {err:?}",
                app.backend
            );
            assert_eq!(usage(&app, "ana").await, ((MB * 6 / 10) as i64, 1));
            let files = stored_files(&app);
            assert_eq!(files.len(), 3, "[{}] {files:?}", app.backend);
            assert!(
                files.iter().all(|f| f.starts_with("a1/")),
                "[{}] only the first's files stay: {files:?}",
                app.backend
            );
        },
    )
    .await;
}

#[tokio::test]
async fn an_admin_sees_an_accounts_picture_usage() {
    on_each_backend_configured(
        |s| s.upload_quota_mb = 1,
        |app| async move {
            let mut ana = app.user("ana").await;
            upload_avatar(&mut ana, noise_jpeg(300, 300, 1, 75)).await;
            post_picture(&mut ana, "Pic", noise_jpeg(400, 300, 2, 75)).await;
            let mut boss = app.user("boss").await;
            sqlx::query("UPDATE account SET role = 'admin' WHERE username = 'boss'")
                .execute(&app.db)
                .await
                .unwrap();
            let id = account_id(&app, "ana").await;
            let (used, pictures) = usage(&app, "ana").await;
            assert_eq!(pictures, 2);
            let page = boss.get(&format!("/admin/users/{id}")).await;
            assert_eq!(page.status, StatusCode::OK, "[{}]", app.backend);
            let says = format!(
                "2 pictures, {} of 1 MB ({}%)",
                format_bytes(used as u64),
                used * 100 / MB as i64
            );
            assert!(
                page.text.contains(&says),
                "[{}] {says:?} in {}",
                app.backend,
                page.text
            );
            // Someone with none.
            let id = account_id(&app, "boss").await;
            let page = boss.get(&format!("/admin/users/{id}")).await;
            assert!(page.text.contains("0 pictures, 0 bytes of 1 MB (0%)"));
        },
    )
    .await;
}
