//! Pictures: every accepted format becomes the right variants without
//! metadata, hostile files are refused with nothing stored, files are
//! served safely, and replaced pictures' files go away.

use std::path::Path;

use image::codecs::gif::GifEncoder;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend};

fn rgb(w: u32, h: u32) -> RgbImage {
    // A band at the top, so orientation shows in the result.
    RgbImage::from_fn(w, h, |x, y| {
        if y < h / 10 {
            Rgb([0, 0, 255])
        } else {
            Rgb([200, (x % 200) as u8, 30])
        }
    })
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    rgb(w, h)
        .write_with_encoder(JpegEncoder::new(&mut out))
        .unwrap();
    out
}

/// A JPEG carrying EXIF: orientation, camera make, serial number and a GPS
/// position, the way a phone writes them.
fn jpeg_with_exif(w: u32, h: u32, orientation: u16) -> Vec<u8> {
    fn entry(tag: u16, kind: u16, count: u32, value: u32) -> Vec<u8> {
        [
            tag.to_be_bytes().to_vec(),
            kind.to_be_bytes().to_vec(),
            count.to_be_bytes().to_vec(),
            value.to_be_bytes().to_vec(),
        ]
        .concat()
    }
    // TIFF header, IFD0 at 8 with 4 entries, then the strings and the GPS IFD.
    let ifd0_len = 2 + 4 * 12 + 4;
    let make_at = 8 + ifd0_len as u32;
    let serial_at = make_at + 16;
    let gps_at = serial_at + 16;
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend(4u16.to_be_bytes());
    tiff.extend(entry(0x010F, 2, 10, make_at)); // Make
    tiff.extend(entry(0x0112, 3, 1, u32::from(orientation) << 16)); // Orientation
    tiff.extend(entry(0x8825, 4, 1, gps_at)); // GPS IFD
    tiff.extend(entry(0xA431, 2, 14, serial_at)); // BodySerialNumber
    tiff.extend(0u32.to_be_bytes());
    tiff.extend(b"SecretCam\0\0\0\0\0\0\0");
    tiff.extend(b"SERIAL-123456\0\0\0");
    tiff.extend(1u16.to_be_bytes());
    tiff.extend(entry(0x0001, 2, 2, u32::from_be_bytes(*b"N\0\0\0"))); // GPSLatitudeRef
    tiff.extend(0u32.to_be_bytes());
    let mut out = Vec::new();
    let mut enc = JpegEncoder::new(&mut out);
    enc.set_exif_metadata(tiff).unwrap();
    enc.write_image(rgb(w, h).as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

fn png_with_alpha(w: u32, h: u32) -> Vec<u8> {
    let img = RgbaImage::from_fn(w, h, |x, _| Rgba([0, 0, 200, (x % 250) as u8]));
    let mut out = Vec::new();
    img.write_with_encoder(PngEncoder::new(&mut out)).unwrap();
    out
}

fn webp(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    rgb(w, h)
        .write_with_encoder(WebPEncoder::new_lossless(&mut out))
        .unwrap();
    out
}

fn gif(w: u32, h: u32, frames: usize) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = GifEncoder::new(&mut out);
        for i in 0..frames {
            let img = RgbaImage::from_pixel(w, h, Rgba([(i % 255) as u8, 90, 0, 255]));
            enc.encode_frame(image::Frame::new(img)).unwrap();
        }
    }
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

async fn upload_avatar(b: &mut Browser, name: &str, bytes: Vec<u8>) -> crate::helpers::Page {
    b.get("/settings").await;
    b.post_files("/settings/avatar", &[], vec![("avatar", name, bytes)])
        .await
}

/// The avatar's three files as (url, width, height).
async fn avatar_files(app: &TestApp, username: &str) -> Vec<(String, i64, i64)> {
    let row: (String, i64, i64, String, i64, i64, String, i64, i64) = sqlx::query_as(
        "SELECT i.original, i.original_w, i.original_h, i.large, i.large_w, i.large_h, i.small, i.small_w, i.small_h \
         FROM account a JOIN image i ON i.id = a.avatar_id WHERE a.username = $1",
    )
    .bind(username)
    .fetch_one(&app.db)
    .await
    .unwrap();
    vec![
        (format!("/uploads/{}", row.0), row.1, row.2),
        (format!("/uploads/{}", row.3), row.4, row.5),
        (format!("/uploads/{}", row.6), row.7, row.8),
    ]
}

/// Fetches a served picture and checks how it is served; returns it decoded.
async fn fetch(b: &mut Browser, url: &str) -> (image::DynamicImage, Vec<u8>) {
    let (status, headers, body) = b.get_bytes(url).await;
    assert_eq!(status, StatusCode::OK, "{url}");
    let ct = headers["content-type"].to_str().unwrap();
    assert!(ct == "image/jpeg" || ct == "image/png", "{url}: {ct}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    (image::load_from_memory(&body).unwrap(), body)
}

#[tokio::test]
async fn every_accepted_format_becomes_an_original_and_two_square_avatars() {
    on_each_backend(|app| async move {
        let mut b = app.user("ana").await;
        for (name, bytes, alpha) in [
            ("a.jpg", jpeg(900, 600), false),
            ("a.png", png_with_alpha(300, 500), true),
            ("a.webp", webp(400, 300), false),
            ("a.gif", gif(120, 90, 3), false),
        ] {
            let r = upload_avatar(&mut b, name, bytes).await;
            assert_eq!(
                (r.status, r.location.as_str()),
                (StatusCode::SEE_OTHER, "/settings"),
                "[{}] {name}: {}",
                app.backend,
                r.text
            );
            let files = avatar_files(&app, "ana").await;
            let (ow, oh) = (files[0].1, files[0].2);
            for (url, w, h) in &files {
                let (img, _) = fetch(&mut b, url).await;
                assert_eq!(
                    (i64::from(img.width()), i64::from(img.height())),
                    (*w, *h),
                    "{name} {url}"
                );
                assert_eq!(
                    img.color().has_alpha(),
                    alpha,
                    "{name}: transparency kept only when there is some"
                );
            }
            let side = 256.min(ow.min(oh));
            assert_eq!((files[1].1, files[1].2), (side, side), "{name}");
            assert_eq!(
                (files[2].1, files[2].2),
                (64.min(side), 64.min(side)),
                "{name}"
            );
            let profile = b.get("/u/ana").await;
            assert!(
                profile.text.contains(&files[1].0),
                "[{}] the profile shows the 256 px avatar",
                app.backend
            );
            assert!(profile.text.contains(r#"width="128" height="128""#));
        }
    })
    .await;
}

#[tokio::test]
async fn a_photo_comes_out_upright_with_no_location_serial_or_any_exif() {
    on_each_backend(|app| async move {
        let mut b = app.user("ana").await;
        let photo = jpeg_with_exif(1200, 800, 6);
        assert!(
            photo.windows(9).any(|w| w == b"SecretCam"),
            "the fixture carries EXIF"
        );
        b.get("/posts/new").await;
        let r = b
            .post_files(
                "/posts",
                &[("title", "Holiday"), ("body", "Look.")],
                vec![("image", "p.jpg", photo)],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        let page = b.get(&r.location).await;
        let urls: Vec<String> = page
            .text
            .match_indices("/uploads/")
            .map(|(i, _)| page.text[i..].split('"').next().unwrap().to_string())
            .collect();
        assert!(
            !urls.is_empty(),
            "[{}] the post shows its picture",
            app.backend
        );
        assert!(
            page.text.contains(r#"alt="Holiday""#),
            "the title is the alt text"
        );
        for url in urls {
            let (img, body) = fetch(&mut b, &url).await;
            assert!(img.height() > img.width(), "{url} is upright (portrait)");
            assert!(img.width() <= 2048 && img.height() <= 2048);
            for secret in [&b"Exif"[..], b"SecretCam", b"SERIAL-123456"] {
                assert!(
                    !body.windows(secret.len()).any(|w| w == secret),
                    "{url} leaks {:?}",
                    String::from_utf8_lossy(secret)
                );
            }
        }
        // The display size is 800 wide at most, the feed thumbnail 320.
        let (w800, h800): (i64, i64) = sqlx::query_as("SELECT large_w, large_h FROM image")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!((w800, h800), (800, 1200));
        let feed = b.get("/").await;
        assert!(
            feed.text.contains(r#"width="320" height="480""#),
            "[{}] the feed shows the thumbnail",
            app.backend
        );
    })
    .await;
}

fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut crc_input = kind.to_vec();
        crc_input.extend_from_slice(data);
        [
            (data.len() as u32).to_be_bytes().to_vec(),
            crc_input,
            crc32(kind, data).to_be_bytes().to_vec(),
        ]
        .concat()
    }
    fn crc32(kind: &[u8], data: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &byte in kind.iter().chain(data) {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    [
        b"\x89PNG\r\n\x1a\n".to_vec(),
        chunk(b"IHDR", &ihdr),
        chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0, 0, 0, 0, 1]),
        chunk(b"IEND", &[]),
    ]
    .concat()
}

#[tokio::test]
async fn hostile_or_broken_files_are_refused_and_nothing_is_stored() {
    on_each_backend(|app| async move {
        let mut b = app.user("ana").await;
        let good = jpeg(300, 300);
        let svg =
            br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec();
        let cases: Vec<(&str, &str, Vec<u8>, &str)> = vec![
            ("empty file", "a.png", Vec::new(), "empty"),
            (
                "text named .png",
                "a.png",
                b"hello, not an image".to_vec(),
                "JPEG, PNG, WebP or GIF",
            ),
            (
                "SVG with a script",
                "a.svg",
                svg.clone(),
                "JPEG, PNG, WebP or GIF",
            ),
            ("SVG named .jpg", "a.jpg", svg, "JPEG, PNG, WebP or GIF"),
            (
                "HTML",
                "a.html",
                b"<html><script>alert(1)</script></html>".to_vec(),
                "JPEG, PNG, WebP or GIF",
            ),
            (
                "truncated JPEG",
                "t.jpg",
                good[..good.len() / 3].to_vec(),
                "damaged or incomplete",
            ),
            (
                "PNG claiming 50,000 x 50,000",
                "bomb.png",
                png_claiming(50_000, 50_000),
                "too large",
            ),
            (
                "GIF of 10,000 frames",
                "anim.gif",
                gif(2, 2, 10_000),
                "too many frames",
            ),
            (
                "a path for a name",
                "../../etc/passwd",
                b"root:x:0:0".to_vec(),
                "JPEG, PNG, WebP or GIF",
            ),
        ];
        for (label, name, bytes, says) in cases {
            let started = std::time::Instant::now();
            let r = upload_avatar(&mut b, name, bytes).await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "[{}] {label}: {}",
                app.backend,
                r.text
            );
            assert!(
                r.text.contains(says),
                "[{}] {label} says why: {}",
                app.backend,
                r.text
            );
            // Generous: the point is that a bomb is refused from its header.
            assert!(
                started.elapsed().as_secs() < 10,
                "{label} took {:?}",
                started.elapsed()
            );
        }
        // Missing field, two files in one field, and an 11 MB body.
        b.get("/settings").await;
        let r = b.post_files("/settings/avatar", &[], vec![]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b
            .post_files(
                "/settings/avatar",
                &[],
                vec![
                    ("avatar", "a.jpg", good.clone()),
                    ("avatar", "b.jpg", good.clone()),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("one picture"));
        let mut big = good.clone();
        big.resize(11 << 20, 0);
        let r = b
            .post_files("/settings/avatar", &[], vec![("avatar", "big.jpg", big)])
            .await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "[{}]", app.backend);
        assert!(
            r.text.contains("larger than this site accepts"),
            "a readable page"
        );

        assert!(
            stored_files(&app).is_empty(),
            "[{}] nothing stored: {:?}",
            app.backend,
            stored_files(&app)
        );
        let images: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM image")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(images, 0);

        // A real picture under a hostile name is stored under its hash only.
        let r = upload_avatar(&mut b, "../../etc/passwd", good).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(
            stored_files(&app).iter().all(|f| f.len() == 2 + 1 + 32 + 4),
            "{:?}",
            stored_files(&app)
        );
    })
    .await;
}

#[tokio::test]
async fn nothing_outside_the_upload_folder_is_served() {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let mut b = app.user("ana").await;
    upload_avatar(&mut b, "a.jpg", jpeg(100, 100)).await;
    std::fs::write(app.state.config.upload_dir.join("../secret.txt"), "secret").unwrap();
    for path in [
        "/uploads/../secret.txt",
        "/uploads/%2e%2e/secret.txt",
        "/uploads/..%2fsecret.txt",
        "/uploads/%2e%2e%2fsecret.txt",
        "/uploads/..%5csecret.txt",
        "/uploads/",
        "/uploads",
    ] {
        let (status, _, body) = b.get_bytes(path).await;
        assert!(
            status == StatusCode::NOT_FOUND || status == StatusCode::BAD_REQUEST,
            "{path}: {status}"
        );
        assert!(!String::from_utf8_lossy(&body).contains("secret"), "{path}");
    }
}

#[tokio::test]
async fn a_replaced_avatar_and_a_deleted_posts_picture_lose_their_files_once_the_job_ran() {
    on_each_backend(|app| async move {
        let mut b = app.user("ana").await;
        upload_avatar(&mut b, "a.jpg", jpeg(300, 300)).await;
        let first = stored_files(&app);
        assert_eq!(first.len(), 3, "[{}]", app.backend);
        upload_avatar(&mut b, "b.png", png_with_alpha(300, 300)).await;
        assert_eq!(
            stored_files(&app).len(),
            6,
            "old files stay until the job runs"
        );
        app.run_pending_jobs().await;
        let now = stored_files(&app);
        assert_eq!(now.len(), 3, "[{}]", app.backend);
        assert!(
            first.iter().all(|f| !now.contains(f)),
            "the old avatar's files are gone"
        );

        b.get("/posts/new").await;
        let r = b
            .post_files(
                "/posts",
                &[("title", "Pic"), ("body", "x")],
                vec![("image", "p.jpg", jpeg(1000, 700))],
            )
            .await;
        let id = r.location.trim_start_matches("/posts/").to_string();
        assert_eq!(stored_files(&app).len(), 6);
        b.get(&format!("/posts/{id}")).await;
        b.post(&format!("/posts/{id}/delete"), &[]).await;
        app.run_pending_jobs().await;
        assert_eq!(
            stored_files(&app),
            now,
            "[{}] only the avatar is left",
            app.backend
        );
    })
    .await;
}
