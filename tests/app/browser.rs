//! End to end in a real browser (Debian's Chromium through chromedriver),
//! every journey at a desktop width and at a 390 px phone width: sign up
//! through the emailed link, write with pictures, follow/like/comment live
//! between two browsers, search, notifications, settings, reset, bans.
//! `interface.rs` checks every main page with axe-core in both colour
//! schemes.

use std::process::Stdio;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::TestApp;

/// A chromedriver of our own on a free port, killed with the test.
pub struct Driver {
    _process: Child,
    url: String,
    /// Browsers made by this driver run with JavaScript switched off.
    pub no_script: bool,
}

impl Driver {
    pub async fn start() -> Driver {
        let port = free_port();
        let mut process = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver is installed (apt-get install chromium-driver)");
        let mut lines = BufReader::new(process.stdout.take().unwrap()).lines();
        let started = tokio::time::timeout(Duration::from_secs(30), async {
            while let Ok(Some(line)) = lines.next_line().await {
                if line.contains("started successfully") {
                    return true;
                }
            }
            false
        })
        .await;
        assert_eq!(started, Ok(true), "chromedriver did not start");
        Driver {
            _process: process,
            url: format!("http://127.0.0.1:{port}"),
            no_script: false,
        }
    }

    /// A browser at `screen`'s size, in the dark colour scheme if `dark`,
    /// with its console log kept for `console_errors`.
    pub async fn browser_on(&self, screen: Screen, dark: bool) -> Client {
        let (w, h) = screen.size();
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            // The machine has no way out: no background calls to Google.
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--no-first-run".into(),
            format!("--window-size={w},{h}"),
        ];
        if dark {
            args.push("--force-dark-mode".into());
        }
        if self.no_script {
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "binary": "/usr/bin/chromium", "args": args }),
        );
        caps.insert(
            "goog:loggingPrefs".into(),
            serde_json::json!({ "browser": "ALL" }),
        );
        let b = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url)
            .await
            .expect("a Chromium session");
        // The window's outer size includes no chrome in headless mode, but
        // set it anyway so the layout viewport is exactly this wide.
        b.set_window_size(w, h).await.unwrap();
        b
    }
}

/// The two widths every journey runs at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Desktop,
    /// A 390 px wide phone (iPhone 12-15).
    Phone,
}

pub const SCREENS: [Screen; 2] = [Screen::Desktop, Screen::Phone];

impl Screen {
    pub fn size(self) -> (u32, u32) {
        match self {
            Screen::Desktop => (1280, 900),
            Screen::Phone => (390, 844),
        }
    }
}

/// The browser's console since the last call: chromedriver's log endpoint.
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        (
            axum::http::Method::POST,
            Some(r#"{"type":"browser"}"#.into()),
        )
    }
}

/// Console messages of level SEVERE since the last call: failed requests,
/// CSP violations, script errors.
pub async fn console_errors(b: &Client) -> Vec<String> {
    let log = b.issue_cmd(BrowserLog).await.unwrap();
    log.as_array()
        .map(|entries| {
            entries
                .iter()
                .filter(|e| e["level"] == "SEVERE")
                .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub async fn fill(b: &Client, css: &str, text: &str) {
    b.find(Locator::Css(css))
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

pub async fn submit(b: &Client, form: &str) {
    b.find(Locator::Css(&format!("{form} button[type=submit]")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Waits for the navigation a click started to land on `path` (a click
/// returns before the next page has loaded).
pub async fn lands_on(b: &Client, base: &str, path: &str) {
    let url = url::Url::parse(&format!("{base}{path}")).unwrap();
    if let Err(e) = b
        .wait()
        .at_most(Duration::from_secs(15))
        .for_url(&url)
        .await
    {
        panic!(
            "never reached {path}: at {} ({e})",
            b.current_url().await.unwrap()
        );
    }
}

/// Logs in through the form as one of `TestApp::user`'s accounts.
pub async fn log_in(b: &Client, base: &str, username: &str) {
    b.goto(&format!("{base}/login")).await.unwrap();
    submit_login(b, username, "correct horse battery").await;
    lands_on(b, base, "/").await;
}

/// Fills the login form already on the page and sends it.
pub async fn submit_login(b: &Client, login: &str, password: &str) {
    fill(b, "input[name=login]", login).await;
    fill(b, "input[name=password]", password).await;
    submit(b, "form[action='/login']").await;
}

/// An app whose public origin is its own address, so emailed links work
/// when a browser follows them (with settings changed by `configure`).
pub async fn app_at_its_own_address(
    configure: impl FnOnce(&mut quill::config::Settings),
) -> TestApp {
    let port = free_port();
    TestApp::spawn_configured(None, |s| {
        s.addr = format!("127.0.0.1:{port}");
        s.base_url = Some(format!("http://127.0.0.1:{port}"));
        configure(s);
    })
    .await
}

/// The home page open in `b` shows one unread notification in its badge
/// and a toast saying `text`, without a reload or a navigation.
pub async fn told_live(b: &Client, text: &str) {
    b.wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::XPath(
            "//span[@id='unread-badge' and not(@hidden) and normalize-space()='1']",
        ))
        .await
        .expect("the badge shows 1 without a reload");
    let toast = b
        .wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::Css(".toast"))
        .await
        .expect("a toast");
    let said = toast.text().await.unwrap();
    assert!(said.contains(text), "{said}");
    assert_eq!(path(b).await, "/", "no navigation happened");
}

pub async fn path(b: &Client) -> String {
    let url = b.current_url().await.unwrap();
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}

/// Waits until every picture from `/uploads/` on the page has loaded and
/// returns their natural widths.
pub async fn loaded_upload_widths(b: &Client) -> Vec<u64> {
    let script = r#"
        const imgs = [...document.images].filter(i => i.src.includes('/uploads/'));
        // Lazy images load when they come into view, as when a person scrolls.
        imgs.forEach(i => { if (!i.complete) i.scrollIntoView(); });
        return imgs.map(i => i.complete ? i.naturalWidth : -1);
    "#;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let widths: Vec<i64> = b
            .execute(script, vec![])
            .await
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_i64().unwrap())
            .collect();
        if widths.iter().all(|w| *w >= 0) || tokio::time::Instant::now() > deadline {
            return widths.into_iter().map(|w| w.max(0) as u64).collect();
        }
        // The browser loads on its own schedule; ask again in a moment.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new(&mut out))
        .unwrap();
    out
}

#[tokio::test]
async fn a_new_user_verifies_through_the_dev_mailbox_and_posts_pictures_in_a_browser() {
    for screen in SCREENS {
        a_new_user_verifies_through_the_dev_mailbox_and_posts_pictures_in_a_browser_on(screen)
            .await;
    }
}

async fn a_new_user_verifies_through_the_dev_mailbox_and_posts_pictures_in_a_browser_on(
    screen: Screen,
) {
    let app = app_at_its_own_address(|s| s.require_verified_email = "true".into()).await;
    let driver = Driver::start().await;
    let b = driver.browser_on(screen, false).await;
    let base = &app.base;

    b.goto(&format!("{base}/signup")).await.unwrap();
    fill(&b, "input[name=username]", "ana").await;
    fill(&b, "input[name=email]", "ana@example.com").await;
    fill(&b, "input[name=password]", "correct horse battery").await;
    submit(&b, "form[action='/signup']").await;
    lands_on(&b, base, "/check-email").await;

    // The worker's part, done on demand; then the mail is in the dev mailbox.
    app.run_pending_jobs().await;
    b.goto(&format!("{base}/dev/mailbox")).await.unwrap();
    b.find(Locator::Css("a[href*='/verify-email?token=']"))
        .await
        .expect("the verification link is clickable in the mailbox")
        .click()
        .await
        .unwrap();
    lands_on(&b, base, "/login").await;
    assert!(b.source().await.unwrap().contains("verified"));
    submit_login(&b, "ana", "correct horse battery").await;
    lands_on(&b, base, "/").await;

    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("me.jpg");
    std::fs::write(&photo, jpeg(600, 400)).unwrap();
    b.goto(&format!("{base}/settings")).await.unwrap();
    fill(&b, "input[name=avatar]", photo.to_str().unwrap()).await;
    submit(&b, "form[action='/settings/avatar']").await;
    b.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::XPath(
            "//*[contains(@class, 'flash') and contains(., 'new picture')]",
        ))
        .await
        .expect("the upload is confirmed");
    b.goto(&format!("{base}/u/ana")).await.unwrap();
    let widths = loaded_upload_widths(&b).await;
    assert!(
        widths.contains(&256),
        "the profile's avatar loads: {widths:?}"
    );

    let picture = dir.path().join("view.jpg");
    std::fs::write(&picture, jpeg(1600, 1000)).unwrap();
    b.goto(&format!("{base}/posts/new")).await.unwrap();
    fill(&b, "input[name=title]", "A view").await;
    fill(&b, "textarea[name=body]", "From the *hill*.").await;
    fill(&b, "input[name=image]", picture.to_str().unwrap()).await;
    submit(&b, "form[action='/posts']").await;
    b.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("figure.post-image img"))
        .await
        .expect("the new post's page, with its picture");
    assert!(path(&b).await.starts_with("/posts/"));
    let widths = loaded_upload_widths(&b).await;
    assert!(
        widths.contains(&800),
        "the post's picture loads at 800 px: {widths:?}"
    );
    b.goto(&format!("{base}/")).await.unwrap();
    let widths = loaded_upload_widths(&b).await;
    let srcs = b
        .execute("return [...document.images].map(i => i.src + ' ' + i.complete + ' ' + i.naturalWidth + ' ' + i.getBoundingClientRect().width)", vec![])
        .await
        .unwrap();
    assert!(
        widths.contains(&320),
        "the feed shows the thumbnail: {widths:?} {srcs}"
    );
    b.close().await.unwrap();
}

#[tokio::test]
async fn a_like_from_another_browser_shows_in_the_badge_and_a_toast_without_a_reload() {
    for screen in SCREENS {
        a_like_from_another_browser_shows_in_the_badge_and_a_toast_without_a_reload_on(screen)
            .await;
    }
}

async fn a_like_from_another_browser_shows_in_the_badge_and_a_toast_without_a_reload_on(
    screen: Screen,
) {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let mut ana = app.user("ana").await;
    let id = ana.create_post("Watch this", "Live.", "").await;
    let mut ben = app.user("ben").await;
    let driver = Driver::start().await;
    let b = driver.browser_on(screen, false).await;
    let base = &app.base;
    log_in(&b, base, "ana").await;
    // The page's script has its stream open once the server counts it.
    let hub = app.state.fanout.hub.clone();
    tokio::time::timeout(Duration::from_secs(15), async {
        while hub.streams() == 0 {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("the page opens its notification stream");

    ben.get(&format!("/posts/{id}")).await;
    ben.post(&format!("/posts/{id}/like"), &[]).await;
    told_live(&b, "ben liked “Watch this”").await;
    b.close().await.unwrap();
}

#[tokio::test]
async fn searching_from_the_navigation_box_shows_marked_snippets_and_forgives_a_typo() {
    for screen in SCREENS {
        searching_from_the_navigation_box_shows_marked_snippets_and_forgives_a_typo_on(screen)
            .await;
    }
}

async fn searching_from_the_navigation_box_shows_marked_snippets_and_forgives_a_typo_on(
    screen: Screen,
) {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let mut ana = app.user("ana").await;
    ana.create_post(
        "Bread notes",
        "The sourdough starter needs flour every morning.",
        "baking",
    )
    .await;
    let driver = Driver::start().await;
    let b = driver.browser_on(screen, false).await;
    let base = &app.base;
    b.goto(&format!("{base}/")).await.unwrap();
    let boxed = b
        .find(Locator::Css("form.nav-search input[name=q]"))
        .await
        .unwrap();
    boxed
        .send_keys("sourdough tag:baking\u{E007}")
        .await
        .unwrap(); // then Enter
    let mark = b
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(".search-results .snippet mark"))
        .await
        .expect("a result with a marked snippet");
    assert_eq!(mark.text().await.unwrap().to_lowercase(), "sourdough");
    let kept = b
        .find(Locator::Css("form.nav-search input[name=q]"))
        .await
        .unwrap();
    assert_eq!(
        kept.prop("value").await.unwrap().as_deref(),
        Some("sourdough tag:baking")
    );

    b.goto(&format!("{base}/search?q=sourdugh+starter"))
        .await
        .unwrap();
    let page = b.source().await.unwrap();
    assert!(
        page.contains("Bread notes") && page.contains("allowing for typos"),
        "{page}"
    );
    b.close().await.unwrap();
}

/// Every page holds an EventSource, a browser allows six HTTP/1.1
/// connections per host, and Chromium keeps recently left pages (with their
/// streams) in its back/forward cache: without closing the stream on
/// `pagehide`, the seventh page or so would wait forever for a connection.
#[tokio::test]
async fn a_dozen_pages_in_a_row_load_and_a_page_restored_by_back_is_live_again() {
    for screen in SCREENS {
        a_dozen_pages_in_a_row_load_and_a_page_restored_by_back_is_live_again_on(screen).await;
    }
}

async fn a_dozen_pages_in_a_row_load_and_a_page_restored_by_back_is_live_again_on(screen: Screen) {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let mut ana = app.user("ana").await;
    let id = ana
        .create_post("Click through", "Many pages.", "walks")
        .await;
    let mut ben = app.user("ben").await;
    let driver = Driver::start().await;
    let b = driver.browser_on(screen, false).await;
    let base = &app.base;
    log_in(&b, base, "ana").await;
    let post = format!("/posts/{id}");
    let pages = [
        "/feed",
        "/u/ana",
        &post,
        "/tags/walks",
        "/search?q=click",
        "/settings",
        "/notifications",
        "/u/ben",
        &post,
        "/feed",
        "/u/ana",
        "/",
    ];
    for page in pages {
        tokio::time::timeout(Duration::from_secs(10), b.goto(&format!("{base}{page}")))
            .await
            .unwrap_or_else(|_| panic!("{page} did not load within 10 s: a connection is held"))
            .unwrap();
    }
    b.back().await.unwrap();
    lands_on(&b, base, "/u/ana").await;

    ben.get(&post).await;
    ben.post(&format!("{post}/like"), &[]).await;
    b.wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::XPath(
            "//span[@id='unread-badge' and not(@hidden) and normalize-space()='1']",
        ))
        .await
        .expect("the page we went back to hears the like");
    b.close().await.unwrap();
}

/// An admin bans someone from the people page in a real browser: the
/// banned person's open page is logged out on its next click, and the ban
/// is in the audit log.
#[tokio::test]
async fn an_admin_bans_from_the_people_page_and_the_banned_browser_is_logged_out() {
    for screen in SCREENS {
        an_admin_bans_from_the_people_page_and_the_banned_browser_is_logged_out_on(screen).await;
    }
}

async fn an_admin_bans_from_the_people_page_and_the_banned_browser_is_logged_out_on(
    screen: Screen,
) {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    app.user("boss").await;
    sqlx::query("UPDATE account SET role = 'admin' WHERE username = 'boss'")
        .execute(&app.db)
        .await
        .unwrap();
    let mut ben = app.user("ben").await;
    ben.create_post("Spam", "Buy.", "").await;
    let driver = Driver::start().await;
    let base = &app.base;
    let spammer = driver.browser_on(screen, false).await;
    log_in(&spammer, base, "ben").await;
    let admin = driver.browser_on(screen, false).await;
    log_in(&admin, base, "boss").await;

    admin
        .goto(&format!("{base}/admin/users?q=ben"))
        .await
        .unwrap();
    fill(&admin, "input[name=reason]", "selling things").await;
    admin
        .find(Locator::XPath("//form[contains(@action, '/ban')]//button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let flash = admin
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(".flash"))
        .await
        .expect("a confirmation");
    assert!(flash.text().await.unwrap().contains("ben is banned"));

    // The banned person's page is still open; their next click finds them logged out.
    spammer
        .find(Locator::Css("a[href='/settings']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    spammer
        .wait()
        .at_most(Duration::from_secs(15))
        .for_url(&url::Url::parse(&format!("{base}/login?next=%2Fsettings")).unwrap())
        .await
        .expect("sent to the login page");

    admin.goto(&format!("{base}/admin/audit")).await.unwrap();
    let audit = admin.source().await.unwrap();
    assert!(
        audit.contains("selling things") && audit.contains("<code>ban</code>"),
        "{audit}"
    );
    admin.close().await.unwrap();
    spammer.close().await.unwrap();
}

#[tokio::test]
async fn a_reply_with_a_picked_mention_nests_under_its_comment_and_reaches_the_named_live() {
    for screen in SCREENS {
        a_reply_with_a_picked_mention_nests_under_its_comment_and_reaches_the_named_live_on(screen)
            .await;
    }
}

async fn a_reply_with_a_picked_mention_nests_under_its_comment_and_reaches_the_named_live_on(
    screen: Screen,
) {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let mut ana = app.user("ana").await;
    let mut ben = app.user("ben").await;
    app.user("cid").await;
    let post = ana.create_post("Talk", "Say something.", "").await;
    ben.get(&format!("/posts/{post}")).await;
    let r = ben
        .post(&format!("/posts/{post}/comments"), &[("body", "First!")])
        .await;
    let first = crate::helpers::comment_in(&r.location);

    let driver = Driver::start().await;
    // Cid waits on the home page with its stream open.
    let cid = driver.browser_on(screen, false).await;
    log_in(&cid, &app.base, "cid").await;
    let hub = app.state.fanout.hub.clone();
    tokio::time::timeout(Duration::from_secs(15), async {
        while hub.streams() == 0 {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("cid's page opens its notification stream");

    let b = driver.browser_on(screen, false).await;
    log_in(&b, &app.base, "ana").await;
    b.goto(&format!("{}/posts/{post}", app.base)).await.unwrap();
    b.find(Locator::Css(&format!("a[data-reply='{first}']")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The form moved under Ben's comment, answering it.
    b.find(Locator::Css(&format!(
        "#comment-{first} > #comment-form input[name=parent_id][value='{first}']"
    )))
    .await
    .expect("the form moves under the comment it answers");
    assert_eq!(path(&b).await, format!("/posts/{post}"), "no navigation");
    let area = b.find(Locator::Css("#comment-body")).await.unwrap();
    area.send_keys("Welcome! Meet @ci").await.unwrap();
    b.wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::XPath("//ul[@role='listbox' and not(@hidden)]/li[@aria-selected='true' and starts-with(normalize-space(), '@cid')]"))
        .await
        .expect("the menu offers @cid");
    area.send_keys("\u{E007}").await.unwrap(); // Enter picks it
    area.send_keys("!").await.unwrap();
    let typed = area.prop("value").await.unwrap().unwrap_or_default();
    assert_eq!(typed, "Welcome! Meet @cid !", "{screen:?}");
    submit(&b, "#comment-form").await;
    b.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(&format!(
            "#comment-{first} ol.replies li.comment.depth-2 a[href='/u/cid']"
        )))
        .await
        .expect("the reply shows nested under Ben's comment, the mention a link");

    b.close().await.unwrap();
    told_live(&cid, "ana mentioned you in a comment on “Talk”").await;
    cid.close().await.unwrap();
}

/// An Arabic post and comment are laid out right to left (as Chromium
/// computes it), a Latin one beside them left to right, and the page
/// around them stays left to right.
#[tokio::test]
async fn an_arabic_post_reads_right_to_left_inside_a_left_to_right_page() {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let mut ana = app.user("ana").await;
    let id = ana
        .create_post(
            "مرحبا بالعالم",
            "القاهرة مدينة جميلة جدا.\n\nEnglish, in the same post.",
            "",
        )
        .await;
    ana.get(&format!("/posts/{id}")).await;
    ana.post(
        &format!("/posts/{id}/comments"),
        &[("body", "نحن نحب القهوة!")],
    )
    .await;
    let driver = Driver::start().await;
    let b = driver.browser_on(Screen::Desktop, false).await;
    b.goto(&format!("{}/posts/{id}", app.base)).await.unwrap();
    let directions = b
        .execute(
            "const d = s => getComputedStyle(document.querySelector(s)).direction; \
             return [d('h1'), d('.post-body p:first-child'), d('.post-body p:last-child'), \
                     d('.comment-body p'), d('nav'), document.documentElement.dir || 'ltr'];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        directions,
        serde_json::json!(["rtl", "rtl", "ltr", "rtl", "ltr", "ltr"]),
        "title, Arabic paragraph, English paragraph, comment, navigation, page"
    );
    b.close().await.unwrap();
}
