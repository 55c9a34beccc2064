//! Every language: words found inside sentences in scripts without spaces,
//! tags in any alphabet, and user text that takes its own direction.

use reqwest::StatusCode;

use crate::helpers::{Browser, on_each_backend};

fn encoded(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The page of a search, and whether it lists the post called `title`.
async fn search(b: &mut Browser, q: &str, title: &str) -> (bool, String) {
    let page = b.get(&format!("/search?q={}", encoded(q))).await;
    assert_eq!(page.status, StatusCode::OK, "{q}");
    let doc = scraper::Html::parse_document(&page.text);
    let sel = scraper::Selector::parse(".search-results h2 a").unwrap();
    let listed = doc
        .select(&sel)
        .any(|a| a.text().collect::<String>() == title);
    (listed, page.text)
}

#[tokio::test]
async fn a_word_inside_a_chinese_japanese_or_korean_sentence_is_found_and_marked() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.create_post("中文帖子", "今天我们在北京吃饭，北京烤鸭很好吃。", "")
            .await;
        ana.create_post("日本語の投稿", "東京で美味しいラーメンを食べました。", "")
            .await;
        ana.create_post("한국어 게시물", "서울에서 김치찌개를 먹었습니다.", "")
            .await;
        ana.create_post("Other", "上海 and München, nothing else.", "")
            .await;
        app.indexed().await;
        let mut reader = app.browser();
        for (q, title) in [
            ("北京", "中文帖子"),
            ("烤鸭", "中文帖子"),
            ("北京烤鸭", "中文帖子"),
            ("東京", "日本語の投稿"),
            ("ラーメン", "日本語の投稿"),
            ("김치찌개", "한국어 게시물"),
            ("서울", "한국어 게시물"),
        ] {
            let (found, page) = search(&mut reader, q, title).await;
            assert!(found, "[{}] {q} finds {title}: {page}", app.backend);
        }
        let (_, page) = search(&mut reader, "北京", "中文帖子").await;
        assert!(
            page.contains("<mark>北京</mark>"),
            "[{}] marked: {page}",
            app.backend
        );
        // Pairs are not a bag of characters: 京北 is not in any text.
        let (found, _) = search(&mut reader, "京北", "中文帖子").await;
        assert!(!found, "[{}] characters in another order", app.backend);
        let (found, _) = search(&mut reader, "北京上海", "Other").await;
        assert!(!found, "[{}] a run is a phrase, not two words", app.backend);
        // Accents still fold, and other scripts still split on spaces.
        ana.create_post("Café crème", "Un café crème à Paris.", "")
            .await;
        ana.create_post("Москва", "Москва зимой очень красивая.", "")
            .await;
        app.indexed().await;
        assert!(search(&mut reader, "cafe", "Café crème").await.0);
        assert!(search(&mut reader, "москва", "Москва").await.0);
    })
    .await;
}

#[tokio::test]
async fn tags_in_any_alphabet_work_on_the_tag_page_in_search_atom_and_the_api() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let cafe = ana.create_post("Café crème", "À Paris.", "Café").await;
        let zh = ana.create_post("中文帖子", "北京。", "中文").await;
        ana.create_post("عربي", "القاهرة.", "عربي").await;
        app.indexed().await;
        let mut reader = app.browser();
        for (tag, title) in [
            ("café", "Café crème"),
            ("中文", "中文帖子"),
            ("عربي", "عربي"),
        ] {
            let page = reader.get(&format!("/tags/{}", encoded(tag))).await;
            assert_eq!(page.status, StatusCode::OK, "[{}] /tags/{tag}", app.backend);
            assert!(
                page.text.contains(title),
                "[{}] {tag} lists {title}",
                app.backend
            );
            let (found, _) = search(&mut reader, &format!("tag:{tag}"), title).await;
            assert!(found, "[{}] tag:{tag}", app.backend);
        }
        let post = reader.get(&format!("/posts/{zh}")).await;
        assert!(
            post.text.contains("#中文"),
            "[{}] shown on the post",
            app.backend
        );
        let atom = reader
            .get(&format!("/tags/{}/feed.atom", encoded("中文")))
            .await;
        assert_eq!(atom.status, StatusCode::OK);
        assert!(
            atom.text.contains("中文帖子"),
            "[{}] in the tag's feed",
            app.backend
        );
        assert!(
            atom.text.contains("/tags/%E4%B8%AD%E6%96%87"),
            "[{}] the feed's own address is plain ASCII: {}",
            app.backend,
            atom.text
        );
        let api = app
            .browser()
            .api(
                reqwest::Method::GET,
                &format!("/articles?tag={}", encoded("café")),
                None,
                None,
            )
            .await;
        assert_eq!(api.status, StatusCode::OK);
        assert_eq!(
            api.json["articlesCount"], 1,
            "[{}] {}",
            app.backend, api.json
        );
        assert!(
            api.json["articles"][0]["tagList"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t == "café"),
            "[{}] {}",
            app.backend,
            api.json
        );
        let _ = cafe;
    })
    .await;
}

#[tokio::test]
async fn a_tag_mixing_latin_and_cyrillic_look_alikes_is_refused() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.create_post("Real", "text", "café").await;
        ana.get("/posts/new").await;
        let r = ana
            .post(
                "/posts",
                &[
                    ("title", "Impostor"),
                    ("body", "text"),
                    // The second letter is Cyrillic а (U+0430).
                    ("tags", "c\u{430}fé"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(
            r.text.contains("Latin and Cyrillic"),
            "[{}] {}",
            app.backend,
            r.text
        );
        assert!(
            r.text.contains("Impostor"),
            "[{}] the form keeps what was typed",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn text_people_write_takes_its_own_direction() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = ana
            .create_post("مرحبا بالعالم", "القاهرة مدينة جميلة جدا.", "")
            .await;
        ana.get(&format!("/posts/{id}")).await;
        ana.post(
            &format!("/posts/{id}/comments"),
            &[("body", "نحن نحب القهوة.")],
        )
        .await;
        let page = app.browser().get(&format!("/posts/{id}")).await.text;
        let doc = scraper::Html::parse_document(&page);
        for selector in ["h1", ".post-body", ".comment-body"] {
            let sel = scraper::Selector::parse(selector).unwrap();
            let el = doc
                .select(&sel)
                .next()
                .unwrap_or_else(|| panic!("{selector}"));
            assert_eq!(
                el.value().attr("dir"),
                Some("auto"),
                "[{}] {selector}",
                app.backend
            );
        }
        let home = app.browser().get("/").await.text;
        assert!(
            home.contains("<h2 dir=\"auto\">"),
            "[{}] titles in lists",
            app.backend
        );
    })
    .await;
}

/// The catalogue the app writes from, to name what a page should say
/// without copying translations into the tests.
fn lang(code: &str) -> quill::i18n::Lang {
    quill::i18n::I18n::new().unwrap().lang(code)
}

/// `key` in `code`, checked to differ from English (or the test would pass
/// with the translation missing).
fn translated(code: &str, key: &str) -> String {
    let text = lang(code).t(key);
    assert_ne!(text, lang("en").t(key), "{code} has its own {key}");
    text
}

fn html_lang(page: &str) -> (String, String) {
    let doc = scraper::Html::parse_document(page);
    let html = doc
        .select(&scraper::Selector::parse("html").unwrap())
        .next()
        .unwrap();
    (
        html.value().attr("lang").unwrap_or("").to_string(),
        html.value().attr("dir").unwrap_or("").to_string(),
    )
}

#[tokio::test]
async fn a_german_browser_reads_german_pages_and_gets_its_verification_mail_in_german() {
    on_each_backend(|app| async move {
        let mut de = app.browser_speaking("de-DE,de;q=0.9,en;q=0.5");
        let login = de.get("/login").await;
        assert_eq!(html_lang(&login.text), ("de".into(), "ltr".into()));
        assert!(login.text.contains(&translated("de", "nav-log-in")));
        assert!(
            login
                .headers
                .get_all("vary")
                .iter()
                .any(|v| v.to_str().unwrap().contains("Accept-Language")),
            "a cache must not hand this page to a reader of another language"
        );

        let r = de
            .signup("greta", "greta@example.com", "ein langes gutes Passwort")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        app.run_pending_jobs().await;
        let mail = app.mail_read("greta@example.com");
        let (subject, body) = mail.first().expect("a verification mail");
        assert_eq!(subject, &translated("de", "accounts-verify-mail-subject"));
        assert!(body.contains("Hallo greta"), "{body}");
        assert!(body.contains("/verify-email?token="), "{body}");

        // The language is the account's now: a later mail is German even
        // though nothing about it comes from a browser.
        let stored: Option<String> =
            sqlx::query_scalar("SELECT locale FROM account WHERE username = 'greta'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(stored.as_deref(), Some("de"));
    })
    .await;
}

#[tokio::test]
async fn an_arabic_reader_gets_a_right_to_left_page_and_an_unknown_language_gets_english() {
    on_each_backend(|app| async move {
        let home = app.browser_speaking("ar-EG").get("/").await;
        assert_eq!(html_lang(&home.text), ("ar".into(), "rtl".into()));
        assert!(home.text.contains(&translated("ar", "nav-latest")));

        let ja = app.browser_speaking("ja").get("/").await;
        assert_eq!(html_lang(&ja.text), ("ja".into(), "ltr".into()));

        for odd in ["xx-unknown", "*", "de;q=0", ";;;,,", ""] {
            let page = app.browser_speaking(odd).get("/").await;
            assert_eq!(page.status, StatusCode::OK, "{odd:?}");
            assert_eq!(html_lang(&page.text).0, "en", "{odd:?}");
        }
    })
    .await;
}

#[tokio::test]
async fn the_account_setting_wins_over_the_browser_and_mail_follows_it() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        // A German browser, a Japanese choice.
        let mut de = app.browser_speaking("de");
        de.login("ana", "correct horse battery").await;
        de.get("/settings").await;
        let r = de.post("/settings/language", &[("lang", "ja")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let settings = de.get("/settings").await;
        assert_eq!(html_lang(&settings.text).0, "ja");
        assert!(
            settings
                .text
                .contains(&translated("ja", "settings-language-saved"))
        );
        assert!(
            settings
                .text
                .contains(r#"<option value="ja" lang="ja" selected>"#)
        );
        // The other session (no Accept-Language at all) follows the account.
        assert_eq!(html_lang(&ana.get("/").await.text).0, "ja");

        // Mail goes out in the chosen language.
        let mut anon = app.browser();
        anon.get("/forgot-password").await;
        anon.post("/forgot-password", &[("email", "ana@example.com")])
            .await;
        // The sign-up's verification mail goes in the same run; two files
        // written in one millisecond have no order, so the reset mail is
        // found by its subject, which is the point: it is in Japanese.
        app.run_pending_jobs().await;
        let subjects: Vec<String> = app
            .mail_read("ana@example.com")
            .into_iter()
            .map(|(subject, _)| subject)
            .collect();
        assert!(
            subjects.contains(&translated("ja", "accounts-reset-mail-subject")),
            "[{}] a reset mail in Japanese among {subjects:?}",
            app.backend
        );

        // Back to following the browser.
        de.get("/settings").await;
        de.post("/settings/language", &[("lang", "")]).await;
        assert_eq!(html_lang(&de.get("/").await.text).0, "de");
        // A code that is not shipped is not stored.
        de.get("/settings").await;
        de.post("/settings/language", &[("lang", "tlh")]).await;
        let stored: Option<String> =
            sqlx::query_scalar("SELECT locale FROM account WHERE username = 'ana'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(stored, None);
    })
    .await;
}

#[tokio::test]
async fn a_visitor_chooses_a_language_from_the_footer() {
    on_each_backend(|app| async move {
        let mut b = app.browser_speaking("de");
        let home = b.get("/").await;
        assert!(
            home.text
                .contains(r#"<form class="language-picker" method="get" action="/language">"#)
        );
        let r = b.get("/language?lang=fr&next=%2Flogin").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location, "/login");
        let login = b.get("/login").await;
        assert_eq!(html_lang(&login.text).0, "fr");
        assert!(login.text.contains(&translated("fr", "nav-sign-up")));

        // An unknown code changes nothing; the way back stays on this site.
        let r = b
            .get("/language?lang=tlh&next=https%3A%2F%2Fevil.example%2F")
            .await;
        assert_eq!(r.location, "/");
        assert_eq!(html_lang(&b.get("/").await.text).0, "fr");
    })
    .await;
}

#[tokio::test]
async fn error_pages_and_counts_are_written_in_the_readers_language() {
    on_each_backend(|app| async move {
        let mut de = app.browser_speaking("de");
        let missing = de.get("/posts/999999").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_eq!(html_lang(&missing.text).0, "de");
        assert!(
            missing
                .text
                .contains(&translated("de", "error-not-found-title"))
        );

        // Arabic has six plural forms: two likes is the dual, not "2 likes".
        let mut ana = app.user("ana").await;
        let post = ana.create_post("Hello", "Text.", "").await;
        let mut ben = app.user("ben").await;
        ben.get(&format!("/posts/{post}")).await;
        ben.post(&format!("/posts/{post}/like"), &[]).await;
        let mut cid = app.user("cid").await;
        cid.get(&format!("/posts/{post}")).await;
        cid.post(&format!("/posts/{post}/like"), &[]).await;
        let home = app.browser_speaking("ar").get("/").await;
        let two = lang("ar").t1("posts-likes", "count", 2);
        assert_ne!(two, lang("ar").t1("posts-likes", "count", 5));
        assert!(home.text.contains(&two), "{two} in {}", home.text);
    })
    .await;
}

#[tokio::test]
async fn the_api_answers_in_english_whatever_the_browser_asks() {
    on_each_backend(|app| async move {
        let r = app
            .browser_speaking("de")
            .api(
                reqwest::Method::POST,
                "/users",
                None,
                Some(serde_json::json!({"user": {}})),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.json.to_string().contains("is required"), "{}", r.json);
    })
    .await;
}
