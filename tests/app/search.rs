//! Search: what it finds, how it ranks, that any input is safe, and that
//! the index follows the database (edits, deletes, rebuilds).

use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend};

/// Runs a search (`extra` is more of the query string, e.g. `&sort=new`)
/// and returns the post ids listed, in order, and the "N posts found" line.
async fn results(b: &mut Browser, q: &str, extra: &str) -> (Vec<i64>, String) {
    let url = format!(
        "/search?q={}{extra}",
        url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
    );
    let page = b.get(&url).await;
    assert_eq!(page.status, StatusCode::OK, "{q}: {}", page.text);
    let doc = scraper::Html::parse_document(&page.text);
    let sel = scraper::Selector::parse(".search-results h2 a").unwrap();
    let ids = doc
        .select(&sel)
        .map(|a| {
            let href = a.value().attr("href").unwrap();
            href.trim_start_matches("/posts/").parse().unwrap()
        })
        .collect();
    let total = page
        .text
        .lines()
        .find(|l| l.contains("found"))
        .unwrap_or("")
        .trim()
        .to_string();
    (ids, total)
}

/// The post ids a search lists, best match first.
async fn ids(b: &mut Browser, q: &str) -> Vec<i64> {
    results(b, q, "").await.0
}

/// The first page newest first, and the line saying how many were found.
async fn newest(b: &mut Browser, q: &str) -> (Vec<i64>, String) {
    results(b, q, "&sort=new").await
}

#[tokio::test]
async fn search_finds_by_title_body_tag_and_author_and_ranks_titles_first() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let in_body = ana
            .create_post(
                "Weekend notes",
                "I finally tried the borrow checker in Rust.",
                "notes",
            )
            .await;
        let in_title = ana
            .create_post(
                "Rust for beginners",
                "A gentle start with ownership.",
                "learning",
            )
            .await;
        let mut ben = app.user("ben").await;
        let by_ben = ben
            .create_post(
                "Gardening",
                "Tomatoes need sun and patience.",
                "garden, sunlight",
            )
            .await;
        app.indexed().await;
        let mut anon = app.browser();
        assert_eq!(
            ids(&mut anon, "rust").await,
            vec![in_title, in_body],
            "[{}] title match first",
            app.backend
        );
        assert_eq!(ids(&mut anon, "tomatoes").await, vec![by_ben], "body");
        assert_eq!(
            ids(&mut anon, "learning").await,
            vec![in_title],
            "tag words"
        );
        assert_eq!(ids(&mut anon, "ben").await, vec![by_ben], "author name");
        assert_eq!(
            ids(&mut anon, "rust ownership").await,
            vec![in_title],
            "all words must match"
        );
        assert_eq!(
            ids(&mut anon, "\"borrow checker\"").await,
            vec![in_body],
            "phrase"
        );
        assert!(
            ids(&mut anon, "\"checker borrow\"").await.is_empty(),
            "phrase order matters"
        );
        assert_eq!(
            ids(&mut anon, "tag:notes").await,
            vec![in_body],
            "tag filter"
        );
        assert_eq!(
            ids(&mut anon, "rust tag:learning").await,
            vec![in_title],
            "words and a tag"
        );
        assert!(
            ids(&mut anon, "tag:notes tag:learning").await.is_empty(),
            "several tags AND"
        );
        assert_eq!(ids(&mut anon, "author:ana").await.len(), 2, "author filter");
        assert_eq!(
            ids(&mut anon, "rust -ownership").await,
            vec![in_body],
            "exclusion"
        );
        assert_eq!(
            ids(&mut anon, "tomat").await,
            vec![by_ben],
            "the last word as a prefix"
        );
        assert_eq!(
            ids(&mut anon, "tomatoess").await,
            vec![by_ben],
            "a typo is forgiven"
        );
        assert_eq!(
            ids(&mut anon, "patiense").await,
            vec![by_ben],
            "a typo is forgiven"
        );
        assert_eq!(ids(&mut anon, "rust sort").await, Vec::<i64>::new());
        let page = anon.get("/search?q=borrow+checker").await;
        assert!(
            page.text.contains("<mark>borrow</mark>"),
            "[{}] the snippet marks matches",
            app.backend
        );
        assert!(
            page.text.contains(r#"value="borrow checker""#),
            "the box keeps the query"
        );
        let newest = ids(&mut anon, "rust").await;
        let mut by_date = newest.clone();
        by_date.sort();
        by_date.reverse();
        let sorted = {
            let p = anon.get("/search?q=rust&sort=new").await;
            p.text.find(&format!("/posts/{in_title}")) < p.text.find(&format!("/posts/{in_body}"))
        };
        assert!(sorted, "sort=new puts the newer post first");
    })
    .await;
}

#[tokio::test]
async fn edits_and_deletes_show_in_search_and_deleted_posts_never_appear() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = ana
            .create_post("Sourdough diary", "Starter day one.", "bread")
            .await;
        app.indexed().await;
        let mut anon = app.browser();
        assert_eq!(ids(&mut anon, "sourdough").await, vec![id]);
        ana.get(&format!("/posts/{id}/edit")).await;
        let r = ana
            .post_multipart(
                &format!("/posts/{id}/edit"),
                &[
                    ("title", "Rye diary"),
                    ("body", "Starter day two."),
                    ("tags", "bread"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        app.indexed().await;
        assert!(
            ids(&mut anon, "sourdough").await.is_empty(),
            "[{}] the old title is gone",
            app.backend
        );
        assert_eq!(ids(&mut anon, "rye").await, vec![id]);
        ana.get(&format!("/posts/{id}")).await;
        ana.post(&format!("/posts/{id}/delete"), &[]).await;
        // Even before the index catches up, a deleted post is not listed.
        assert!(ids(&mut anon, "rye").await.is_empty(), "[{}]", app.backend);
        app.indexed().await;
        assert!(ids(&mut anon, "rye").await.is_empty());
        assert_eq!(
            app.state
                .search
                .indexer()
                .unwrap()
                .needs_rebuild()
                .await
                .unwrap(),
            None
        );
    })
    .await;
}

#[tokio::test]
async fn any_query_gets_a_page_never_an_error() {
    let app = TestApp::spawn_configured(None, |_| {}).await;
    let mut ana = app.user("ana").await;
    ana.create_post("Crabs 🦀", "Rust's mascot (Ferris).", "rust")
        .await;
    app.indexed().await;
    let long = "word ".repeat(2000);
    for q in [
        "",
        " ",
        "\"unbalanced",
        "((",
        "title:(",
        "*",
        "?",
        "-",
        "--x",
        "tag:",
        "author:",
        "a:b:c",
        "AND OR NOT",
        "\u{1}\u{7}control",
        "🦀",
        "\"\"",
        "+rust",
        "rust~2",
        "[1 TO 2]",
        &long,
    ] {
        let url = format!(
            "/search?q={}",
            url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
        );
        let r = ana.get(&url).await;
        assert_eq!(r.status, StatusCode::OK, "{q:?}");
    }
    for odd in [
        "/search",
        "/search?page=x",
        "/search?q=rust&page=-1",
        "/search?q=rust&page=999999",
        "/search?q=%ff%fe",
    ] {
        let r = ana.get(odd).await;
        assert_eq!(r.status, StatusCode::OK, "{odd}");
    }
}

#[tokio::test]
async fn a_rebuild_of_ten_thousand_posts_answers_like_the_incremental_index() {
    on_each_backend(|app| async move {
        app.user("ana").await;
        let words = [
            "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
            "juliet",
        ];
        let mut tx = app.db.begin().await.unwrap();
        for i in 0..10_000i64 {
            let title = format!(
                "{} {} {i}",
                words[(i % 10) as usize],
                words[((i / 10) % 10) as usize]
            );
            let body = format!(
                "{} and {} went to {}",
                words[((i / 3) % 10) as usize],
                words[((i / 7) % 10) as usize],
                words[((i / 100) % 10) as usize]
            );
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO post (author_id, title, body, body_html, created_at, updated_at, published_at) \
                 SELECT id, $1, $2, '', $3, $3, $3 FROM account WHERE username = 'ana' RETURNING id",
            )
            .bind(&title)
            .bind(&body)
            .bind(i)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            quill::search::sync::record(&mut *tx, id).await.unwrap();
        }
        tx.commit().await.unwrap();
        app.indexed().await;
        let queries = [
            "alpha",
            "bravo charlie",
            "\"went to golf\"",
            "hotel -india",
            "delta tag:none",
            "julie",
            "foxtrott",
        ];
        let mut anon = app.browser();
        // Ties in relevance may come in another order from another segment
        // layout, so the newest-first order and the totals are compared.
        let mut before = Vec::new();
        for q in queries {
            before.push(newest(&mut anon, q).await);
        }
        assert!(
            before[0].0.len() == 20 && before[2].0.len() == 20,
            "[{}] full pages",
            app.backend
        );
        let indexer = app.state.search.indexer().unwrap();
        assert_eq!(indexer.rebuild(|_, _| {}).await.unwrap(), 10_000);
        for (q, expected) in queries.iter().zip(before) {
            assert_eq!(
                newest(&mut anon, q).await,
                expected,
                "[{}] {q}",
                app.backend
            );
        }
        assert_eq!(indexer.needs_rebuild().await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn readiness_waits_for_a_new_index_to_catch_up_with_the_change_log() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.create_post("Ready or not", "Words.", "").await;
        app.indexed().await;
        assert_eq!(app.browser().get("/readyz").await.status, StatusCode::OK);
        // A second process opening its own index (no indexer loop runs
        // for it here) is not ready until it has applied the log.
        let dir = tempfile::tempdir().unwrap();
        let fresh = quill::search::Search::open(dir.path().join("search"), app.db.clone()).unwrap();
        assert!(
            !fresh.caught_up(&app.db).await.unwrap(),
            "[{}]",
            app.backend
        );
        fresh.catch_up().await.unwrap();
        assert!(fresh.caught_up(&app.db).await.unwrap(), "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_last_word_some_post_has_is_finished_and_an_unknown_one_is_still_being_typed() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let lantern = ana
            .create_post("By lantern light", "A walk at night.", "")
            .await;
        let lanternfish = ana
            .create_post("Lanternfish", "They glow in the deep sea.", "")
            .await;
        app.indexed().await;
        let mut anon = app.browser();
        assert_eq!(
            ids(&mut anon, "lantern").await,
            vec![lantern],
            "[{}] a word posts have is taken as written",
            app.backend
        );
        let mut both = ids(&mut anon, "lante").await;
        both.sort();
        assert_eq!(
            both,
            vec![lantern, lanternfish],
            "[{}] a word no post has is completed",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_phrase_is_found_only_where_its_words_stand_together_in_one_part_of_a_post() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let together = ana
            .create_post(
                "Harbor notes",
                "The old stone harbor wall, again.",
                "travel",
            )
            .await;
        // "wall" ends the title and "old" starts the body: not a phrase.
        let apart = ana
            .create_post("A harbor wall", "Old maps of the coast.", "maps")
            .await;
        app.indexed().await;
        let mut anon = app.browser();
        assert_eq!(ids(&mut anon, "\"stone harbor\"").await, vec![together]);
        assert_eq!(
            ids(&mut anon, "\"old stone harbor wall\"").await,
            vec![together],
            "[{}] four words in a row",
            app.backend
        );
        assert!(
            ids(&mut anon, "\"old harbor stone\"").await.is_empty(),
            "every pair is there, but not in this order"
        );
        assert!(
            ids(&mut anon, "\"wall old\"").await.is_empty(),
            "a phrase does not run from the title into the body"
        );
        assert_eq!(ids(&mut anon, "\"harbor wall\"").await.len(), 2);
        assert_eq!(
            ids(&mut anon, "\"harbor wall\" maps").await,
            vec![apart],
            "a phrase and a word"
        );
    })
    .await;
}

#[tokio::test]
async fn a_result_shows_its_authors_new_name_to_them_at_once() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.create_post("Kiln diary", "Glaze tests.", "pottery")
            .await;
        app.indexed().await;
        let first = ana.get("/search?q=kiln").await;
        assert!(first.text.contains("Kiln diary"), "[{}]", app.backend);
        ana.get("/settings").await;
        let r = ana
            .post(
                "/settings/profile",
                &[("display_name", "Ana Potter"), ("bio", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // No waiting for the indexer: the change is applied before the
        // settings page answers.
        let again = ana.get("/search?q=kiln").await;
        assert!(
            again.text.contains("Ana Potter"),
            "[{}] the result shows the new name",
            app.backend
        );
        assert_eq!(
            ids(&mut app.browser(), "potter").await.len(),
            1,
            "and is found by it"
        );
    })
    .await;
}
