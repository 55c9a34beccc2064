//! The finished interface, checked in Chromium: every main page in both
//! colour schemes at both widths has no axe-core violation of impact
//! serious or critical, no console error (CSP violations, failed requests)
//! and no sideways scrolling; and the journeys the browser tests do not
//! already walk: two browsers following, liking and commenting live,
//! settings, a forgotten password, the Markdown preview and double clicks.

use std::sync::OnceLock;
use std::time::Duration;

use fantoccini::{Client, Locator};

use crate::browser::{
    Driver, SCREENS, Screen, app_at_its_own_address, console_errors, fill, jpeg, lands_on,
    loaded_upload_widths, log_in, path, submit, submit_login,
};
use crate::helpers::{Browser, TestApp};

const AXE_VERSION: &str = "4.14.1";

/// axe-core's source, from the npm registry (installed into
/// `~/.cache/quill-tools` on first use, or `QUILL_AXE_JS` if set).
fn axe_source() -> &'static str {
    static AXE: OnceLock<String> = OnceLock::new();
    AXE.get_or_init(|| {
        if let Ok(path) = std::env::var("QUILL_AXE_JS") {
            return std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("QUILL_AXE_JS={path}: {e}"));
        }
        let tools =
            std::path::PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/quill-tools");
        let file = tools.join("node_modules/axe-core/axe.min.js");
        let installed = std::fs::read_to_string(tools.join("node_modules/axe-core/package.json"))
            .is_ok_and(|p| p.contains(&format!("\"version\": \"{AXE_VERSION}\"")));
        if !installed {
            let status = std::process::Command::new("npm")
                .args(["install", "--prefix"])
                .arg(&tools)
                .args(["--no-audit", "--no-fund", "--loglevel=error"])
                .arg(format!("axe-core@{AXE_VERSION}"))
                .status()
                .expect("npm is installed (apt-get install npm) to fetch axe-core");
            assert!(status.success(), "npm install axe-core failed");
        }
        std::fs::read_to_string(&file).unwrap()
    })
}

/// What is wrong with the page now open: serious or critical axe
/// violations, console errors, and a page wider than the window.
async fn problems(b: &Client) -> Vec<String> {
    let mut found = console_errors(b).await;
    let wide = b
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
            vec![],
        )
        .await
        .unwrap();
    let (scroll, client) = (wide[0].as_i64().unwrap(), wide[1].as_i64().unwrap());
    if scroll > client {
        found.push(format!(
            "scrolls sideways: {scroll} px of content in {client} px"
        ));
    }
    b.execute(&format!("{};\nreturn true;", axe_source()), vec![])
        .await
        .unwrap();
    let violations = b
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] })
              .then(r => done(r.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => v.id + " (" + v.impact + "): " + v.help + " at "
                  + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "))))
              .catch(e => done(["axe failed: " + e]));"#,
            vec![],
        )
        .await
        .unwrap();
    for v in violations.as_array().unwrap() {
        found.push(v.as_str().unwrap().to_string());
    }
    found
}

/// A site at its own address where ana, an admin, wrote a post that ben
/// liked: the pages the axe checks walk.
async fn liked_post_by_an_admin(
    title: &str,
    body: &str,
    tags: &str,
) -> (TestApp, Browser, Browser, i64) {
    let app = app_at_its_own_address(|_| {}).await;
    let mut ana = app.user("ana").await;
    app.set_role("ana", "admin").await;
    let post = ana.create_post(title, body, tags).await;
    let mut ben = app.user("ben").await;
    ben.get(&format!("/posts/{post}")).await;
    ben.post(&format!("/posts/{post}/like"), &[]).await;
    (app, ana, ben, post)
}

/// Each of `pages` at both widths: what is wrong with it (and, given
/// `lang`, a page in another language), each problem named with the page,
/// the width and `context`.
async fn problems_on(
    b: &Client,
    base: &str,
    pages: &[String],
    context: &str,
    lang: Option<&str>,
) -> Vec<String> {
    let mut report = Vec::new();
    for page in pages {
        for screen in SCREENS {
            let (w, h) = screen.size();
            b.set_window_size(w, h).await.unwrap();
            b.goto(&format!("{base}{page}")).await.unwrap();
            if let Some(lang) = lang {
                let shown = b
                    .execute("return document.documentElement.lang", vec![])
                    .await
                    .unwrap();
                if shown.as_str() != Some(lang) {
                    report.push(format!("{page} ({context}): the page is in {shown}"));
                }
            }
            for p in problems(b).await {
                report.push(format!("{page} ({screen:?}, {context}): {p}"));
            }
        }
    }
    report
}

#[tokio::test]
async fn every_main_page_passes_axe_with_no_console_error_and_no_sideways_scroll() {
    let (app, mut ana, mut ben, post) = liked_post_by_an_admin(
        "A walk in the hills",
        "The *long* way round, with a [map](https://example.com) and\n\n- water\n- bread\n\n> a quote\n\n`code`",
        "walks, outdoors",
    )
    .await;
    let base = app.base.clone();
    let r = ben
        .post(&format!("/posts/{post}/comments"), &[("body", "Lovely.")])
        .await;
    // A thread past the deepest level, with a mention, code and a long
    // word, must fit a phone too.
    let mut parent = crate::helpers::comment_in(&r.location);
    for depth in 2..=8 {
        let who = if depth % 2 == 0 { &mut ana } else { &mut ben };
        who.get(&format!("/posts/{post}")).await;
        let r = who
            .post(
                &format!("/posts/{post}/comments"),
                &[
                    ("body", &format!("Answer {depth} to @ben with `code_{depth}` and Pneumonoultramicroscopicsilicovolcanoconiosis")),
                    ("parent_id", &parent.to_string()),
                ],
            )
            .await;
        parent = crate::helpers::comment_in(&r.location);
    }
    let public = [
        "/".to_string(),
        format!("/posts/{post}"),
        "/u/ana".into(),
        "/tags/walks".into(),
        "/search?q=walk".into(),
        "/search?q=nothing+matches+this".into(),
        "/login".into(),
        "/signup".into(),
        "/forgot-password".into(),
    ];
    let private = [
        "/".to_string(),
        "/feed".into(),
        format!("/posts/{post}"),
        format!("/posts/{post}/edit"),
        format!("/posts/{post}?reply={parent}"),
        "/posts/new".into(),
        "/u/ana".into(),
        "/u/ben".into(),
        "/notifications".into(),
        "/settings".into(),
        "/settings/notifications".into(),
        "/settings/account".into(),
        "/settings/security".into(),
        "/admin".into(),
        "/admin/users".into(),
    ];
    // A passkey listed, with its rename and remove forms, for axe to see.
    sqlx::query(
        "INSERT INTO passkey (account_id, credential_id, user_handle, name, credential, created_at) \
         SELECT id, 'c0ffee', '5f1c2a9e-0000-4000-8000-000000000000', 'Laptop', '{}', 1 FROM account WHERE username = 'ana'",
    )
    .execute(&app.db)
    .await
    .unwrap();
    let driver = Driver::start().await;
    let mut report = Vec::new();
    for dark in [false, true] {
        let b = driver.browser_on(Screen::Desktop, dark).await;
        for logged_in in [false, true] {
            if logged_in {
                log_in(&b, &base, "ana").await;
                console_errors(&b).await;
            }
            let pages = if logged_in { &private[..] } else { &public[..] };
            let context = format!(
                "{}, {}",
                if dark { "dark" } else { "light" },
                if logged_in { "ana" } else { "anonymous" }
            );
            report.extend(problems_on(&b, &base, pages, &context, None).await);
        }
        b.close().await.unwrap();
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[tokio::test]
async fn a_post_with_pictures_wide_code_a_table_and_a_long_url_fits_a_phone_in_both_schemes() {
    let app = app_at_its_own_address(|_| {}).await;
    let base = app.base.clone();
    let mut ana = app.user("ana").await;
    ana.get("/posts/new").await;
    let wide_code = format!(
        "```rust\nfn main() {{ let s = \"{}\"; }}\n```",
        "x".repeat(300)
    );
    let table = format!(
        "| {} |\n|{}|\n| {} |",
        (1..=12)
            .map(|i| format!("column {i}"))
            .collect::<Vec<_>>()
            .join(" | "),
        "---|".repeat(12),
        (1..=12)
            .map(|i| format!("value number {i}"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let body = format!(
        "![A hill at dawn](a.jpg)\n\n{wide_code}\n\n![A lake](b.jpg)\n\n{table}\n\n\
         https://example.com/{}\n\n![A path](c.jpg)\n",
        "a-very-long-path-segment".repeat(8)
    );
    let r = ana
        .post_files(
            "/posts",
            &[
                ("title", "Pictures and wide things"),
                ("body", &body),
                ("tags", ""),
            ],
            vec![
                ("pictures", "a.jpg", jpeg(1600, 1000)),
                ("pictures", "b.jpg", jpeg(800, 1200)),
                ("pictures", "c.jpg", jpeg(1200, 800)),
            ],
        )
        .await;
    assert_eq!(r.status, reqwest::StatusCode::SEE_OTHER, "{}", r.text);
    let driver = Driver::start().await;
    let mut report = Vec::new();
    for dark in [false, true] {
        let b = driver.browser_on(Screen::Phone, dark).await;
        b.goto(&format!("{base}{}", r.location)).await.unwrap();
        let widths = loaded_upload_widths(&b).await;
        assert_eq!(widths.len(), 3, "three pictures in the text: {widths:?}");
        assert!(
            widths.iter().all(|w| *w > 0),
            "every picture loads: {widths:?}"
        );
        for p in problems(&b).await {
            report.push(format!(
                "{} ({}): {p}",
                r.location,
                if dark { "dark" } else { "light" }
            ));
        }
        b.close().await.unwrap();
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[tokio::test]
async fn without_javascript_a_post_with_a_picture_in_its_text_can_be_written() {
    let app = app_at_its_own_address(|_| {}).await;
    let base = app.base.clone();
    app.user("ana").await;
    let mut driver = Driver::start().await;
    driver.no_script = true;
    let b = driver.browser_on(Screen::Phone, false).await;
    log_in(&b, &base, "ana").await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dog.jpg");
    std::fs::write(&file, jpeg(900, 600)).unwrap();
    b.goto(&format!("{base}/posts/new")).await.unwrap();
    fill(&b, "input[name=title]", "A dog").await;
    fill(
        &b,
        "textarea[name=body]",
        "Here:\n\n![A dog asleep](dog.jpg)",
    )
    .await;
    fill(&b, "input[name=pictures]", file.to_str().unwrap()).await;
    submit(&b, "form[action='/posts']").await;
    b.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(".post-body img[alt='A dog asleep']"))
        .await
        .expect("the post's page shows the picture in its text");
    assert!(path(&b).await.starts_with("/posts/"));
    b.close().await.unwrap();
}

/// Waits until `xpath` matches, with a readable failure.
async fn sees(b: &Client, xpath: &str, what: &str) {
    b.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::XPath(xpath))
        .await
        .unwrap_or_else(|e| panic!("never saw {what}: {e}"));
}

async fn click(b: &Client, css: &str) {
    b.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Marks the window; a full page load forgets the mark.
async fn mark(b: &Client) {
    b.execute("window.quillMark = 1; return true;", vec![])
        .await
        .unwrap();
}

async fn still_marked(b: &Client) -> bool {
    b.execute("return window.quillMark === 1;", vec![])
        .await
        .unwrap()
        .as_bool()
        .unwrap()
}

#[tokio::test]
async fn a_second_browser_follows_likes_and_comments_and_the_first_sees_each_live() {
    for screen in SCREENS {
        live_between_two_browsers(screen).await;
    }
}

async fn live_between_two_browsers(screen: Screen) {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let base = app.base.clone();
    let mut ana = app.user("ana").await;
    let post = ana.create_post("Watch this", "Live.", "").await;
    app.user("ben").await;
    let mut cy = app.user("cyd").await;
    let driver = Driver::start().await;
    let author = driver.browser_on(screen, false).await;
    let reader = driver.browser_on(screen, false).await;
    log_in(&author, &base, "ana").await;
    log_in(&reader, &base, "ben").await;
    let hub = app.state.fanout.hub.clone();
    tokio::time::timeout(Duration::from_secs(15), async {
        while hub.streams() < 2 {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("both pages open their notification stream");

    // Follow without a reload: the button and the count change in place.
    reader.goto(&format!("{base}/u/ana")).await.unwrap();
    mark(&reader).await;
    click(&reader, "#follow-box button[type=submit]").await;
    sees(
        &reader,
        "//div[@id='follow-box']//button[normalize-space()='Unfollow']",
        "Unfollow",
    )
    .await;
    sees(
        &reader,
        "//div[@id='follow-box']//li[contains(., '1 follower')]",
        "the follower count",
    )
    .await;
    assert!(still_marked(&reader).await, "following reloaded the page");
    sees(
        &author,
        "//span[@id='unread-badge' and normalize-space()='1']",
        "the badge at 1",
    )
    .await;
    sees(
        &author,
        "//div[contains(@class,'toast') and contains(., 'ben')]",
        "a toast about ben",
    )
    .await;

    // Like in place, then comment; the author's page counts each.
    reader.goto(&format!("{base}/posts/{post}")).await.unwrap();
    mark(&reader).await;
    click(&reader, "#like-box button[type=submit]").await;
    sees(
        &reader,
        "//div[@id='like-box']//button[@aria-pressed='true']",
        "the pressed like button",
    )
    .await;
    sees(
        &reader,
        "//div[@id='like-box']//span[contains(., '1 like')]",
        "1 like",
    )
    .await;
    assert!(still_marked(&reader).await, "liking reloaded the page");
    sees(
        &author,
        "//span[@id='unread-badge' and normalize-space()='2']",
        "the badge at 2",
    )
    .await;
    fill(&reader, "textarea[name=body]", "Nice one").await;
    submit(&reader, "form[action$='/comments']").await;
    sees(
        &reader,
        "//div[contains(@class,'comment-body') and contains(., 'Nice one')]",
        "the comment",
    )
    .await;
    sees(
        &author,
        "//span[@id='unread-badge' and normalize-space()='3']",
        "the badge at 3",
    )
    .await;
    assert_eq!(path(&author).await, "/", "the author never left the page");

    // A third person likes too: the list groups the two likes.
    cy.get(&format!("/posts/{post}")).await;
    cy.post(&format!("/posts/{post}/like"), &[]).await;
    author.goto(&format!("{base}/notifications")).await.unwrap();
    let list = author
        .find(Locator::Id("notification-list"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        list.contains("cyd and ben liked") || list.contains("ben and cyd liked"),
        "{list}"
    );
    author.close().await.unwrap();
    reader.close().await.unwrap();
}

/// A fresh app with ana's account, and a browser at `screen` logged in as
/// her (the driver must outlive the browser).
async fn ana_in_a_browser(screen: Screen) -> (TestApp, Driver, Client) {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    app.user("ana").await;
    let driver = Driver::start().await;
    let b = driver.browser_on(screen, false).await;
    log_in(&b, &app.base, "ana").await;
    (app, driver, b)
}

#[tokio::test]
async fn settings_change_the_avatar_and_the_password_and_logout_ends_the_session() {
    for screen in SCREENS {
        settings_journey(screen).await;
    }
}

async fn settings_journey(screen: Screen) {
    let (app, _driver, b) = ana_in_a_browser(screen).await;
    let base = app.base.clone();
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("me.jpg");
    std::fs::write(&photo, jpeg(500, 500)).unwrap();
    b.goto(&format!("{base}/settings")).await.unwrap();
    fill(&b, "input[name=avatar]", photo.to_str().unwrap()).await;
    submit(&b, "form[action='/settings/avatar']").await;
    sees(
        &b,
        "//*[contains(@class,'flash') and contains(., 'new picture')]",
        "the avatar saved",
    )
    .await;
    sees(
        &b,
        "//nav//a[contains(@class,'me')]//img[contains(@src,'/uploads/')]",
        "the avatar in the navigation",
    )
    .await;

    fill(&b, "#password_current", "correct horse battery").await;
    fill(&b, "#new_password", "a brand new horse").await;
    submit(&b, "form[action='/settings/password']").await;
    sees(
        &b,
        "//*[contains(@class,'flash') and contains(., 'password is changed')]",
        "the password changed",
    )
    .await;

    // Log out from the navigation, then back in with the new password.
    click(&b, "form[action='/logout'] button").await;
    sees(
        &b,
        "//*[contains(@class,'flash') and contains(., 'logged out')]",
        "the logout",
    )
    .await;
    // Chromium sometimes drops a navigation asked for just after the
    // logout's redirect has been shown (the page stays on `/`, seen before
    // issue 24 too); asked again, it goes. Only where it ends is asserted.
    for _ in 0..3 {
        b.goto(&format!("{base}/settings")).await.unwrap();
        if path(&b).await != "/" {
            break;
        }
    }
    sees(
        &b,
        "//form[@action='/login']//input[@name='password']",
        "the login form",
    )
    .await;
    assert!(
        path(&b).await.starts_with("/login"),
        "settings need a login again"
    );
    submit_login(&b, "ana", "a brand new horse").await;
    lands_on(&b, &base, "/settings").await;
    b.close().await.unwrap();
}

#[tokio::test]
async fn a_forgotten_password_is_reset_from_the_login_page() {
    for screen in SCREENS {
        forgot_journey(screen).await;
    }
}

async fn forgot_journey(screen: Screen) {
    let app = app_at_its_own_address(|_| {}).await;
    let base = app.base.clone();
    app.user("ana").await;
    let driver = Driver::start().await;
    let b = driver.browser_on(screen, false).await;
    b.goto(&format!("{base}/login")).await.unwrap();
    click(&b, "a[href='/forgot-password']").await;
    lands_on(&b, &base, "/forgot-password").await;
    fill(&b, "input[name=email]", "ana@example.com").await;
    submit(&b, "form[action='/forgot-password']").await;
    lands_on(&b, &base, "/forgot-password?sent=1").await;
    app.run_pending_jobs().await;
    b.goto(&format!("{base}/dev/mailbox")).await.unwrap();
    click(&b, "a[href*='/reset-password?token=']").await;
    sees(&b, "//form[@action='/reset-password']", "the reset form").await;
    fill(&b, "input[name=password]", "remembered at last").await;
    submit(&b, "form[action='/reset-password']").await;
    lands_on(&b, &base, "/login").await;
    submit_login(&b, "ana", "remembered at last").await;
    lands_on(&b, &base, "/").await;
    b.close().await.unwrap();
}

#[tokio::test]
async fn the_post_form_previews_markdown_and_stops_a_second_submit() {
    for screen in SCREENS {
        preview_journey(screen).await;
    }
}

async fn preview_journey(screen: Screen) {
    let (app, _driver, b) = ana_in_a_browser(screen).await;
    let base = app.base.clone();
    b.goto(&format!("{base}/posts/new")).await.unwrap();
    fill(&b, "input[name=title]", "Drafting").await;
    fill(&b, "textarea[name=body]", "Some **strong** words").await;
    click(&b, "button[name=preview]").await;
    sees(
        &b,
        "//section[contains(@class,'preview')]//strong[.='strong']",
        "the rendered preview",
    )
    .await;
    let kept = b
        .find(Locator::Css("textarea[name=body]"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        kept.as_deref(),
        Some("Some **strong** words"),
        "the text is kept"
    );
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM post")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 0, "a preview publishes nothing");

    // A double click on Publish makes one post.
    let publish = b
        .find(Locator::Css("form[action='/posts'] button.primary"))
        .await
        .unwrap();
    publish.clone().click().await.unwrap();
    // The second click may find the page already leaving; that is fine.
    let _ = publish.click().await;
    sees(
        &b,
        "//article[contains(@class,'post') and not(ancestor::section)]/h1[.='Drafting']",
        "the published post",
    )
    .await;
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM post")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 1, "published once");

    // The guard itself: a second submit while the first is on its way is
    // stopped, and the buttons are disabled once the first has gone.
    let guarded = b
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            const f = document.querySelector("form[action$='/comments']");
            const first = new Event("submit", { bubbles: true, cancelable: true });
            const second = new Event("submit", { bubbles: true, cancelable: true });
            f.dispatchEvent(first);
            f.dispatchEvent(second);
            setTimeout(() => done([first.defaultPrevented, second.defaultPrevented,
              [...f.querySelectorAll("button")].every(b => b.disabled)]), 20);"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        guarded,
        serde_json::json!([false, true, true]),
        "the first submit goes, the second is stopped, the buttons are off"
    );
    b.close().await.unwrap();
}

#[tokio::test]
async fn with_javascript_off_every_action_still_works_through_its_form() {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let base = app.base.clone();
    let mut ana = app.user("ana").await;
    let post = ana
        .create_post("Plain forms", "No script needed.", "")
        .await;
    app.user("ben").await;
    let mut driver = Driver::start().await;
    driver.no_script = true;
    let b = driver.browser_on(Screen::Phone, false).await;
    log_in(&b, &base, "ben").await;

    b.goto(&format!("{base}/u/ana")).await.unwrap();
    click(&b, "#follow-box button[type=submit]").await;
    sees(
        &b,
        "//*[contains(@class,'flash') and contains(., 'You now follow @ana')]",
        "the follow's flash",
    )
    .await;

    b.goto(&format!("{base}/posts/{post}")).await.unwrap();
    click(&b, "#like-box button[type=submit]").await;
    sees(
        &b,
        "//*[contains(@class,'flash') and contains(., 'You like this post')]",
        "the like's flash",
    )
    .await;
    sees(
        &b,
        "//div[@id='like-box']//span[contains(., '1 like')]",
        "1 like",
    )
    .await;

    fill(&b, "textarea[name=body]", "Works without script").await;
    submit(&b, "form[action$='/comments']").await;
    sees(
        &b,
        "//div[contains(@class,'comment-body') and contains(., 'Works without script')]",
        "the comment",
    )
    .await;

    b.goto(&format!("{base}/posts/new")).await.unwrap();
    fill(&b, "input[name=title]", "Drafted plainly").await;
    fill(&b, "textarea[name=body]", "A *preview* without script").await;
    click(&b, "button[name=preview]").await;
    sees(
        &b,
        "//section[contains(@class,'preview')]//em[.='preview']",
        "the server's preview",
    )
    .await;
    submit(&b, "form[action='/posts']").await;
    sees(
        &b,
        "//article[contains(@class,'post') and not(ancestor::section)]/h1[.='Drafted plainly']",
        "the published post",
    )
    .await;

    // app.js would have made this "just now": the page's scripts did not run.
    let shown = b
        .find(Locator::Css("time[datetime]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !shown.contains("ago") && !shown.contains("now"),
        "dates stay dates without script: {shown}"
    );
    b.close().await.unwrap();
}

#[tokio::test]
async fn main_pages_in_arabic_and_japanese_pass_axe_and_arabic_mirrors_the_layout() {
    let (app, _ana, mut ben, post) = liked_post_by_an_admin(
        "مرحبا بالعالم",
        "القاهرة مدينة جميلة جدا.\n\nA paragraph in English, then `code`.",
        "عربي, 中文",
    )
    .await;
    let base = app.base.clone();
    ben.post(
        &format!("/posts/{post}/comments"),
        &[("body", "جميل! @ana")],
    )
    .await;
    let public = [
        "/".to_string(),
        format!("/posts/{post}"),
        "/u/ana".into(),
        "/search?q=القاهرة".into(),
        "/login".into(),
        "/signup".into(),
    ];
    let private = [
        "/".to_string(),
        format!("/posts/{post}"),
        "/posts/new".into(),
        "/notifications".into(),
        "/settings".into(),
        "/admin".into(),
    ];
    let driver = Driver::start().await;
    let mut report = Vec::new();
    for code in ["ar", "ja"] {
        sqlx::query("UPDATE account SET locale = $1 WHERE username = 'ana'")
            .bind(code)
            .execute(&app.db)
            .await
            .unwrap();
        let b = driver.browser_on(Screen::Desktop, false).await;
        b.goto(&format!("{base}/language?lang={code}&next=/"))
            .await
            .unwrap();
        for logged_in in [false, true] {
            if logged_in {
                log_in(&b, &base, "ana").await;
                console_errors(&b).await;
            }
            let pages = if logged_in { &private[..] } else { &public[..] };
            let context = format!("{code}, logged in: {logged_in}");
            report.extend(problems_on(&b, &base, pages, &context, Some(code)).await);
        }
        // Right to left mirrors the page: the site's name on the right of
        // the search box, the text flowing from the right.
        b.set_window_size(1280, 900).await.unwrap();
        b.goto(&format!("{base}/")).await.unwrap();
        let layout = b
            .execute(
                "return [getComputedStyle(document.body).direction,
                  document.querySelector('.brand').getBoundingClientRect().left,
                  document.querySelector('.nav-search').getBoundingClientRect().left]",
                vec![],
            )
            .await
            .unwrap();
        let (direction, brand, search) = (
            layout[0].as_str().unwrap().to_string(),
            layout[1].as_f64().unwrap(),
            layout[2].as_f64().unwrap(),
        );
        if code == "ar" {
            assert_eq!(direction, "rtl");
            assert!(
                brand > search,
                "the brand ({brand}) is right of the search ({search})"
            );
        } else {
            assert_eq!(direction, "ltr");
            assert!(
                brand < search,
                "the brand ({brand}) is left of the search ({search})"
            );
        }
        b.close().await.unwrap();
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}
