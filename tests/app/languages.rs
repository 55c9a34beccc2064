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
