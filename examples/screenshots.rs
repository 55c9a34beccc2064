//! Regenerates the README's screenshots: starts Quill in-process on a
//! throw-away SQLite database, writes a small demo site through its own
//! pages (accounts, posts with pictures, follows, likes, comments), then
//! drives Debian's Chromium (chromedriver) over the main pages at a
//! desktop and a phone width, light and dark, into `docs/screenshots/`.
//!
//!     cargo run --release --example screenshots [-- <output dir>]

// A test, bench or example that cannot go on may panic: unwrap is allowed here.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use clap::Parser;
use fantoccini::{Client, ClientBuilder};
use quill::app::Application;
use quill::config::{Cli, Config};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

const PASSWORD: &str = "correct horse battery";

/// A visitor with cookies, for writing the demo content through the pages.
struct Visitor {
    http: reqwest::Client,
    base: String,
    csrf: String,
}

impl Visitor {
    fn new(base: &str) -> Visitor {
        let _ = rustls::crypto::ring::default_provider().install_default();
        Visitor {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: base.to_string(),
            csrf: String::new(),
        }
    }

    async fn get(&mut self, path: &str) {
        let text = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if let Some(at) = text.find(r#"name="csrf_token" value=""#) {
            let rest = &text[at + 25..];
            self.csrf = rest[..rest.find('"').unwrap()].to_string();
        }
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> String {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        let csrf = self.csrf.clone();
        form.push(("csrf_token", &csrf));
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .form(&form)
            .send()
            .await
            .unwrap();
        resp.headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_string())
            .unwrap_or_default()
    }

    async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, Vec<u8>),
    ) -> String {
        let mut form = reqwest::multipart::Form::new().text("csrf_token", self.csrf.clone());
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        let part = reqwest::multipart::Part::bytes(file.1).file_name("picture.jpg");
        form = form.part(file.0.to_string(), part);
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .unwrap();
        resp.headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_string())
            .unwrap_or_default()
    }

    async fn join(base: &str, name: &str, display: &str, bio: &str) -> Visitor {
        let mut v = Visitor::new(base);
        v.get("/signup").await;
        let email = format!("{name}@example.com");
        v.post(
            "/signup",
            &[
                ("username", name),
                ("email", &email),
                ("password", PASSWORD),
            ],
        )
        .await;
        v.get("/login").await;
        v.post("/login", &[("login", name), ("password", PASSWORD)])
            .await;
        v.get("/settings").await;
        v.post(
            "/settings/profile",
            &[("display_name", display), ("bio", bio)],
        )
        .await;
        v
    }
}

/// A picture of hills under a sky, so the pages have something to show.
fn landscape(w: u32, h: u32, hue: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let hill = 0.55 + 0.12 * (fx * 7.0).sin() + 0.06 * (fx * 17.0).cos();
        if fy > hill {
            image::Rgb([40 + hue / 4, (120.0 - 40.0 * fy) as u8, 60])
        } else {
            let t = fy / hill;
            image::Rgb([
                (90.0 + 120.0 * t) as u8,
                (150.0 + 70.0 * t) as u8,
                230 - hue / 3,
            ])
        }
    });
    let mut out = Vec::new();
    img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
        &mut out, 88,
    ))
    .unwrap();
    out
}

fn face(hue: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(256, 256, |x, y| {
        let d = ((x as i32 - 128).pow(2) + (y as i32 - 110).pow(2)) as f32;
        if d < 55.0f32.powi(2) || (y > 170 && (x as i32 - 128).unsigned_abs() < 100 - (256 - y) / 3)
        {
            image::Rgb([240, 200, 170])
        } else {
            image::Rgb([hue, 120, 200 - hue / 2])
        }
    });
    let mut out = Vec::new();
    img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new(&mut out))
        .unwrap();
    out
}

async fn chromedriver() -> (tokio::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver (apt-get install chromium-driver)");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if line.contains("started successfully") {
            break;
        }
    }
    (child, format!("http://127.0.0.1:{port}"))
}

async fn browser(driver: &str, w: u32, h: u32, dark: bool) -> Client {
    let mut args = vec![
        "--headless=new".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--hide-scrollbars".into(),
        "--disable-background-networking".into(),
        format!("--window-size={w},{h}"),
    ];
    if dark {
        args.push("--force-dark-mode".into());
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({ "binary": "/usr/bin/chromium", "args": args }),
    );
    let b = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(driver)
        .await
        .expect("a Chromium session");
    b.set_window_size(w, h).await.unwrap();
    b
}

async fn log_in(b: &Client, base: &str, name: &str) {
    b.goto(&format!("{base}/login")).await.unwrap();
    b.execute(
        "document.querySelector('input[name=login]').value = arguments[0];
         document.querySelector('input[name=password]').value = arguments[1];
         document.querySelector(\"form[action='/login']\").submit(); return true;",
        vec![name.into(), PASSWORD.into()],
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
}

#[tokio::main]
async fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "docs/screenshots".into()),
    );
    std::fs::create_dir_all(&out).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut settings = Cli::parse_from(["quill"]).settings;
    settings.addr = format!("127.0.0.1:{port}");
    // The default origin, http://localhost:<port>: passkeys need a name.
    settings.base_url = None;
    settings.data_dir = dir.path().join("data");
    settings.upload_dir = dir.path().join("uploads");
    settings.database_url = None;
    settings.require_verified_email = "false".into();
    settings.smtp_url = None;
    settings.redis_url = None;
    let app = Application::build(Config::from_settings(settings).unwrap())
        .await
        .expect("Quill starts");
    let base = format!("http://localhost:{port}");
    tokio::spawn(app.run(std::future::pending()));

    let mut ana = Visitor::join(
        &base,
        "ana",
        "Ana Lima",
        "Walks, bread and the occasional bicycle repair.",
    )
    .await;
    let mut ben = Visitor::join(&base, "ben", "Ben Okafor", "Writes about cities at night.").await;
    let mut cyd = Visitor::join(&base, "cyd", "", "").await;
    ana.get("/settings").await;
    ana.post_files("/settings/avatar", &[], ("avatar", face(200)))
        .await;
    ben.get("/settings").await;
    ben.post_files("/settings/avatar", &[], ("avatar", face(60)))
        .await;

    ben.get("/posts/new").await;
    ben.post("/posts", &[
        ("title", "Night buses, ranked"),
        ("description", "Seven routes, one thermos, no sleep."),
        ("body", "The **N29** wins on views; the N5 on company.\n\n1. N29\n2. N5\n3. N38\n\n> Every night bus is a small town that exists for forty minutes."),
        ("tags", "cities, night"),
    ]).await;
    ana.get("/posts/new").await;
    let post = ana.post_files("/posts", &[
        ("title", "A slow walk over the hills"),
        ("description", "Twelve miles, two bakeries and a very patient dog."),
        ("body", "We left before sunrise with a *very* rough map.\n\n## What to bring\n\n- water, more than you think\n- a loaf from the first bakery\n- [the route](https://example.com/route)\n\nThe second bakery was closed, which is how we learned the dog likes rye."),
        ("tags", "walks, outdoors, bread"),
        ("image_alt", "Green hills under a pale blue morning sky"),
    ], ("image", landscape(1600, 1000, 40))).await;
    let id = post.trim_start_matches("/posts/").to_string();
    for v in [&mut ben, &mut cyd] {
        v.get("/u/ana").await;
        v.post("/u/ana/follow", &[]).await;
        v.get(&format!("/posts/{id}")).await;
        v.post(&format!("/posts/{id}/like"), &[]).await;
    }
    ben.post(
        &format!("/posts/{id}/comments"),
        &[("body", "That dog has taste. Which bakery was first?")],
    )
    .await;
    cyd.get("/posts/new").await;
    cyd.post_files(
        "/posts",
        &[
            ("title", "Fixing a bicycle chain with a shoelace (don't)"),
            (
                "body",
                "It held for four hundred metres. A record, probably.",
            ),
            ("tags", "bicycles"),
        ],
        ("image", landscape(1200, 800, 160)),
    )
    .await;

    // Every language: a post in Arabic and one in Japanese, for the
    // right-to-left and Japanese screenshots.
    ben.get("/posts/new").await;
    ben.post("/posts", &[
        ("title", "مقاهي القاهرة في الليل"),
        ("body", "القاهرة لا تنام. جلسنا في مقهى صغير قرب النيل حتى الفجر.\n\nأفضل قهوة كانت في الزقاق الثالث."),
        ("tags", "مدن، قهوة"),
    ]).await;
    cyd.get("/posts/new").await;
    let tokyo = cyd.post("/posts", &[
        ("title", "東京の夜行バス"),
        ("body", "東京から大阪まで夜行バスに乗りました。\n\n朝六時に着いて、駅前でラーメンを食べました。"),
        ("tags", "旅行, 日本"),
    ]).await;
    let tokyo_id = tokyo.trim_start_matches("/posts/").to_string();

    // Writing: a post with highlighted code and a picture in its text
    // (named by the form's file name), and a scheduled draft.
    ana.get("/posts/new").await;
    let code = ana.post_files("/posts", &[
        ("title", "Counting bakeries with Rust"),
        ("description", "A tiny program, a map, and one closed door."),
        ("body", "The route, as the program saw it:\n\n![A path between green fields](picture.jpg)\n\n```rust\nfn open_bakeries(route: &[Stop]) -> usize {\n    // The second one was closed.\n    route.iter().filter(|s| s.is_bakery && s.open).count()\n}\n```\n\nIt answered 1, which was true."),
        ("tags", "rust, bread"),
    ], ("pictures", landscape(1400, 900, 90))).await;
    let code_id = code.trim_start_matches("/posts/").to_string();
    ana.get("/posts/new").await;
    ana.post(
        "/posts",
        &[
            ("title", "Winter loaves, a list"),
            ("body", "Rye, spelt, and the one with walnuts."),
            ("tags", "bread"),
            ("draft", "1"),
            ("publish_at", "2030-12-24T09:00"),
            ("tz_offset", "-60"),
        ],
    )
    .await;
    ana.get("/posts/new").await;
    ana.post(
        "/posts",
        &[
            ("title", "Notes on a broken kettle"),
            ("body", "Not finished."),
            ("tags", ""),
            ("draft", "1"),
        ],
    )
    .await;

    let (_driver_process, driver) = chromedriver().await;
    let shots: &[(&str, &str, bool, bool, u32, u32)] = &[
        // (file, path, logged in as ana, dark, width, height)
        ("home-desktop.png", "/", true, false, 1280, 900),
        (
            "post-desktop.png",
            &format!("/posts/{id}"),
            true,
            false,
            1280,
            900,
        ),
        ("home-dark-desktop.png", "/", false, true, 1280, 900),
        (
            "notifications-desktop.png",
            "/notifications",
            true,
            false,
            1280,
            720,
        ),
        ("home-mobile.png", "/", true, false, 390, 844),
        (
            "post-mobile.png",
            &format!("/posts/{id}"),
            false,
            false,
            390,
            844,
        ),
        ("profile-dark-mobile.png", "/u/ana", false, true, 390, 844),
        ("write-mobile.png", "/posts/new", true, false, 390, 844),
        (
            "code-dark-desktop.png",
            &format!("/posts/{code_id}"),
            false,
            true,
            1280,
            1300,
        ),
        ("drafts-desktop.png", "/drafts", true, false, 1280, 640),
        // The interface in Arabic (right to left) and Japanese, chosen
        // from the footer's menu as a visitor would.
        (
            "home-ar-desktop.png",
            "/language?lang=ar&next=/",
            false,
            false,
            1280,
            900,
        ),
        (
            "post-ja-mobile.png",
            &format!("/language?lang=ja&next=/posts/{tokyo_id}"),
            false,
            false,
            390,
            844,
        ),
    ];
    for (file, path, logged_in, dark, w, h) in shots {
        let b = browser(&driver, *w, *h, *dark).await;
        if *logged_in {
            log_in(&b, &base, "ana").await;
        }
        b.goto(&format!("{base}{path}")).await.unwrap();
        // Let pictures and fonts settle; nothing on these pages moves after.
        tokio::time::sleep(Duration::from_millis(600)).await;
        let png = b.screenshot().await.unwrap();
        std::fs::write(out.join(file), png).unwrap();
        println!("{}", out.join(file).display());
        b.close().await.unwrap();
    }

    // Sign-in security with a passkey listed: added by Chromium's virtual
    // authenticator, as a laptop's fingerprint reader would.
    let b = browser(&driver, 1280, 1000, false).await;
    b.issue_cmd(AddAuthenticator).await.unwrap();
    log_in(&b, &base, "ana").await;
    b.goto(&format!("{base}/settings/security")).await.unwrap();
    b.execute(
        "document.getElementById('passkey-name').value = 'Laptop (fingerprint)';
         document.querySelector('form[data-passkey=register] button').click(); return true;",
        vec![],
    )
    .await
    .unwrap();
    b.wait()
        .at_most(Duration::from_secs(10))
        .for_element(fantoccini::Locator::Css("li.passkey"))
        .await
        .unwrap();
    b.goto(&format!("{base}/settings/security")).await.unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    let png = b.screenshot().await.unwrap();
    let file = out.join("security-desktop.png");
    std::fs::write(&file, png).unwrap();
    println!("{}", file.display());
    b.close().await.unwrap();
}

/// WebDriver's "Add Virtual Authenticator" (the W3C WebAuthn extension).
#[derive(Debug)]
struct AddAuthenticator;

impl fantoccini::wd::WebDriverCompatibleCommand for AddAuthenticator {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/webauthn/authenticator",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        let body = serde_json::json!({
            "protocol": "ctap2", "transport": "internal", "hasResidentKey": true,
            "hasUserVerification": true, "isUserConsenting": true, "isUserVerified": true,
        });
        (axum::http::Method::POST, Some(body.to_string()))
    }
}
