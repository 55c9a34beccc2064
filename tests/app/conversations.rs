//! Conversations under a post: threaded replies, comments corrected by
//! their authors, @mentions, and the reply and mention notifications.

use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend};
use crate::notifications::Stream;

/// Comments (or, with `parent`, answers) and returns the new comment's id.
async fn say(b: &mut Browser, post: i64, body: &str, parent: Option<i64>) -> i64 {
    b.get(&format!("/posts/{post}")).await;
    let parent = parent.map(|p| p.to_string()).unwrap_or_default();
    let r = b
        .post(
            &format!("/posts/{post}/comments"),
            &[("body", body), ("parent_id", &parent)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    crate::helpers::comment_in(&r.location)
}

/// `name`'s notifications as (action, actor) that are unread and not taken back.
async fn unread(app: &TestApp, name: &str) -> Vec<(String, String)> {
    sqlx::query_as(
        "SELECT n.action, a.username FROM notification n JOIN account r ON r.id = n.receiver_id \
           JOIN account a ON a.id = n.actor_id \
         WHERE r.username = $1 AND n.read_at IS NULL AND n.retracted_at IS NULL ORDER BY n.id",
    )
    .bind(name)
    .fetch_all(&app.db)
    .await
    .unwrap()
}

fn told(list: &[(String, String)], action: &str, actor: &str) -> usize {
    list.iter()
        .filter(|(a, b)| a == action && b == actor)
        .count()
}

/// The page's comment element of `id`, up to the next comment's.
fn element(page: &str, id: i64) -> &str {
    let start = page
        .find(&format!("id=\"comment-{id}\""))
        .expect("the comment is on the page");
    let rest = &page[start + 10..];
    let end = rest.find("class=\"comment ").map_or(rest.len(), |e| e + 10);
    &page[start..start + end]
}

#[tokio::test]
async fn a_thread_renders_in_order_nested_six_deep_and_deeper_answers_say_whom_they_answer() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let mut cid = app.user("cid").await;
        let post = ana.create_post("Threads", "Talk here.", "").await;
        let mut chain = vec![say(&mut ben, post, "level one zq1", None).await];
        for depth in 2..=8 {
            let who = if depth % 2 == 0 { &mut cid } else { &mut ben };
            let id = say(
                who,
                post,
                &format!("level {depth} zq{depth}"),
                chain.last().copied(),
            )
            .await;
            chain.push(id);
        }
        let other = say(&mut ana, post, "a second thread zq9", None).await;
        let page = app.browser().get(&format!("/posts/{post}")).await.text;
        let at: Vec<usize> = (1..=9)
            .map(|d| page.find(&format!("zq{d}")).unwrap())
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "[{}] in order: {at:?}",
            app.backend
        );
        for (k, id) in chain.iter().enumerate() {
            let depth = (k + 1).min(6);
            assert!(
                page.contains(&format!(
                    "class=\"comment depth-{depth}\" id=\"comment-{id}\""
                )),
                "[{}] comment {} at depth {depth}",
                app.backend,
                k + 1
            );
        }
        // Nested lists: five levels open under the first comment, each
        // a list of replies, and all of them close before the next thread.
        let thread = &page[page.find(&format!("id=\"comment-{}\"", chain[0])).unwrap()
            ..page.find(&format!("id=\"comment-{other}\"")).unwrap()];
        assert_eq!(
            thread.matches("<ol class=\"replies").count(),
            5,
            "[{}]",
            app.backend
        );
        assert_eq!(thread.matches("</ol>").count(), 5, "[{}]", app.backend);
        // Past the sixth level an answer says whom it answers.
        assert!(!element(&page, chain[5]).contains("replying to"));
        assert!(
            element(&page, chain[6]).contains(&format!(
                "replying to <a href=\"#comment-{}\">@cid</a>",
                chain[5]
            )),
            "[{}] {}",
            app.backend,
            element(&page, chain[6])
        );
        assert!(
            element(&page, chain[7]).contains(&format!("href=\"#comment-{}\">@ben</a>", chain[6]))
        );
        // Collapsible without a script.
        assert!(page.contains("<details class=\"replies-toggle\" open>"));
        assert!(
            page.contains("Hide</span><span class=\"if-closed\">Show</span> 7 replies"),
            "[{}]",
            app.backend
        );
        assert!(page.contains("<h2>9 comments</h2>"));
    })
    .await;
}

#[tokio::test]
async fn a_deleted_comment_with_answers_leaves_a_placeholder_that_goes_with_its_last_answer() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let post = ana.create_post("Gone", "Talk.", "").await;
        let first = say(&mut ben, post, "to be deleted zq1", None).await;
        let answer = say(&mut ana, post, "an answer zq2", Some(first)).await;
        ben.get(&format!("/posts/{post}")).await;
        let r = ben.post(&format!("/comments/{first}/delete"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(!page.contains("zq1"), "[{}] its text is gone", app.backend);
        assert!(element(&page, first).contains("This comment was deleted."));
        assert!(
            page.contains(&format!(
                "class=\"comment depth-2\" id=\"comment-{answer}\""
            )),
            "[{}] the answer keeps its place",
            app.backend
        );
        assert!(
            page.contains("<h2>1 comment</h2>"),
            "[{}] placeholders are not counted",
            app.backend
        );
        let stored: String = sqlx::query_scalar("SELECT body FROM comment WHERE id = $1")
            .bind(first)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(
            stored, "",
            "[{}] the text is erased, not hidden",
            app.backend
        );
        // A placeholder cannot be edited, answered or deleted again.
        let r = ben
            .post(&format!("/comments/{first}/edit"), &[("body", "back")])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = ben.post(&format!("/comments/{first}/delete"), &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        ben.get(&format!("/posts/{post}")).await;
        let r = ben
            .post(
                &format!("/posts/{post}/comments"),
                &[("body", "late"), ("parent_id", &first.to_string())],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        // The last answer goes, and the placeholder it kept goes too.
        ana.get(&format!("/posts/{post}")).await;
        ana.post(&format!("/comments/{answer}/delete"), &[]).await;
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comment WHERE post_id = $1")
            .bind(post)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(left, 0, "[{}]", app.backend);
        let page = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(!page.contains("This comment was deleted."));
    })
    .await;
}

#[tokio::test]
async fn a_reply_must_answer_a_comment_of_the_same_post() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let one = ana.create_post("One", "Talk.", "").await;
        let two = ana.create_post("Two", "Talk.", "").await;
        let on_one = say(&mut ana, one, "here", None).await;
        for bad in [
            on_one.to_string(),
            "abc".into(),
            "-3".into(),
            "99999".into(),
        ] {
            ana.get(&format!("/posts/{two}")).await;
            let r = ana
                .post(
                    &format!("/posts/{two}/comments"),
                    &[("body", "hi"), ("parent_id", &bad)],
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "[{}] parent {bad}",
                app.backend
            );
        }
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comment WHERE post_id = $1")
            .bind(two)
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(n, 0);
        // The no-script Reply link opens the form answering that comment.
        let page = ana.get(&format!("/posts/{one}?reply={on_one}")).await.text;
        assert!(page.contains(&format!(
            "<input type=\"hidden\" name=\"parent_id\" value=\"{on_one}\">"
        )));
        assert!(page.contains("Your reply"));
        let page = ana.get(&format!("/posts/{one}?reply=nonsense")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.text.contains("name=\"parent_id\""));
    })
    .await;
}

#[tokio::test]
async fn a_comment_is_corrected_by_its_author_only_and_shows_as_edited() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let post = ana.create_post("Bread", "Rye or spelt?", "").await;
        let mut ben = app.user("ben").await;
        ben.get(&format!("/posts/{post}")).await;
        let r = ben
            .post(
                &format!("/posts/{post}/comments"),
                &[("body", "Rye, obviosly.")],
            )
            .await;
        let id = crate::helpers::comment_in(&r.location);
        let before = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(
            !before.contains("· edited"),
            "[{}] not edited yet",
            app.backend
        );

        // Someone else, even the post's author, cannot put words in it.
        ana.get(&format!("/posts/{post}")).await;
        let r = ana
            .post(&format!("/comments/{id}/edit"), &[("body", "Spelt!")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}]", app.backend);

        let r = ben
            .post(&format!("/comments/{id}/edit"), &[("body", "  ")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] empty",
            app.backend
        );

        let r = ben
            .post(
                &format!("/comments/{id}/edit"),
                &[("body", "Rye, obviously.")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert_eq!(r.location, format!("/posts/{post}#comment-{id}"));
        let after = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(
            after.contains("Rye, obviously.") && !after.contains("obviosly"),
            "[{}]",
            app.backend
        );
        assert!(
            after.contains("· edited"),
            "[{}] shown as edited",
            app.backend
        );
        assert!(
            after.contains(&format!("id=\"comment-{id}\"")),
            "same place in the thread"
        );
    })
    .await;
}

#[tokio::test]
async fn editing_a_comment_with_answers_keeps_the_thread() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let post = ana.create_post("Keep", "Talk.", "").await;
        let first = say(&mut ben, post, "first try", None).await;
        let answer = say(&mut ana, post, "an answer", Some(first)).await;
        ben.get(&format!("/posts/{post}")).await;
        let r = ben
            .post(
                &format!("/comments/{first}/edit"),
                &[("body", "second try")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(
            element(&page, first).contains("second try")
                && element(&page, first).contains("· edited")
        );
        assert!(
            page.contains(&format!(
                "class=\"comment depth-2\" id=\"comment-{answer}\""
            )),
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn mentions_link_known_people_only_and_never_inside_code() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.user("ben").await;
        let post = ana
            .create_post(
                "Hi",
                "Thanks @Ben! Not `@ben`, not ben@ben.example, not @nobody.",
                "",
            )
            .await;
        let page = app.browser().get(&format!("/posts/{post}")).await.text;
        assert!(
            page.contains("<a href=\"/u/ben\" rel=\"nofollow noopener noreferrer\">@Ben</a>"),
            "[{}]",
            app.backend
        );
        assert_eq!(
            page.matches("href=\"/u/ben\"").count(),
            1,
            "[{}] once, not in code or the address",
            app.backend
        );
        assert!(page.contains("<code>@ben</code>") && page.contains("@nobody"));
        say(
            &mut ana,
            post,
            "and @BEN in a comment, `@ben` in code",
            None,
        )
        .await;
        let page = app.browser().get(&format!("/posts/{post}")).await.text;
        assert_eq!(
            page.matches("href=\"/u/ben\"").count(),
            2,
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn replies_and_mentions_follow_the_notification_rules() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let mut cid = app.user("cid").await;
        let mut dan = app.user("dan").await;
        app.user("eve").await;
        let post = ana.create_post("Rules", "Talk.", "").await;
        let b1 = say(&mut ben, post, "ben speaks", None).await;

        // A reply tells the answered author; the post's author hears of a
        // comment; nobody hears of their own words.
        let c1 = say(&mut cid, post, "cid answers", Some(b1)).await;
        assert_eq!(
            told(&unread(&app, "ben").await, "reply", "cid"),
            1,
            "[{}]",
            app.backend
        );
        assert_eq!(told(&unread(&app, "ana").await, "comment", "cid"), 1);
        say(&mut ben, post, "ben answers himself", Some(b1)).await;
        assert_eq!(
            unread(&app, "ben").await.len(),
            1,
            "[{}] no self-reply",
            app.backend
        );

        // One event, one notification: answering the post's author on
        // her own post is a reply, not also a comment.
        let a1 = say(&mut ana, post, "ana speaks", None).await;
        let before = unread(&app, "ana").await.len();
        say(&mut dan, post, "dan answers ana", Some(a1)).await;
        let after = unread(&app, "ana").await;
        assert_eq!(after.len(), before + 1, "[{}] {after:?}", app.backend);
        assert_eq!(told(&after, "reply", "dan"), 1);

        // Deleting a reply takes its notification back.
        cid.get(&format!("/posts/{post}")).await;
        cid.post(&format!("/comments/{c1}/delete"), &[]).await;
        assert_eq!(
            told(&unread(&app, "ben").await, "reply", "cid"),
            0,
            "[{}]",
            app.backend
        );

        // Mentions: yourself never; a mention that is also a reply is one.
        let m = say(&mut cid, post, "@cid and @Ben, meet @dan", Some(b1)).await;
        let ben_now = unread(&app, "ben").await;
        assert_eq!(
            told(&ben_now, "reply", "cid"),
            1,
            "[{}] {ben_now:?}",
            app.backend
        );
        assert_eq!(told(&ben_now, "mention", "cid"), 0);
        assert_eq!(told(&unread(&app, "dan").await, "mention", "cid"), 1);
        assert!(
            unread(&app, "cid")
                .await
                .iter()
                .all(|(a, _)| a != "mention")
        );

        // An edit tells only the newly named, and takes back an unread
        // mention of whoever it drops.
        cid.get(&format!("/posts/{post}")).await;
        cid.post(
            &format!("/comments/{m}/edit"),
            &[("body", "@Ben, meet @eve and @ana")],
        )
        .await;
        assert_eq!(
            told(&unread(&app, "dan").await, "mention", "cid"),
            0,
            "[{}] dropped",
            app.backend
        );
        assert_eq!(
            told(&unread(&app, "eve").await, "mention", "cid"),
            1,
            "[{}] newly named",
            app.backend
        );
        // Ana already heard of this comment on her post: not twice.
        assert_eq!(
            told(&unread(&app, "ana").await, "mention", "cid"),
            0,
            "[{}]",
            app.backend
        );
        cid.post(
            &format!("/comments/{m}/edit"),
            &[("body", "@Ben, meet @eve and @dan")],
        )
        .await;
        let mentions: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM notification WHERE action = 'mention'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(mentions, 2, "[{}] eve's and dan's, each once", app.backend);
        assert_eq!(
            told(&unread(&app, "dan").await, "mention", "cid"),
            1,
            "[{}] named again",
            app.backend
        );

        // Deleting the comment takes back everything it told.
        cid.post(&format!("/comments/{m}/delete"), &[]).await;
        assert_eq!(told(&unread(&app, "eve").await, "mention", "cid"), 0);
        assert_eq!(told(&unread(&app, "dan").await, "mention", "cid"), 0);
        assert_eq!(
            told(&unread(&app, "ben").await, "reply", "cid"),
            0,
            "[{}]",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_mention_in_a_draft_tells_at_publication_and_once() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        ana.get("/posts/new").await;
        let r = ana
            .post_multipart(
                "/posts",
                &[
                    ("title", "Soon"),
                    ("body", "Hello @ben"),
                    ("tags", ""),
                    ("draft", "1"),
                ],
            )
            .await;
        let post: i64 = r.location.trim_start_matches("/posts/").parse().unwrap();
        assert!(
            unread(&app, "ben").await.is_empty(),
            "[{}] not while a draft",
            app.backend
        );
        ana.get(&format!("/posts/{post}")).await;
        let r = ana.post(&format!("/posts/{post}/publish"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            told(&unread(&app, "ben").await, "mention", "ana"),
            1,
            "[{}]",
            app.backend
        );
        ana.get(&format!("/posts/{post}/edit")).await;
        let r = ana
            .post_multipart(
                &format!("/posts/{post}/edit"),
                &[
                    ("title", "Soon"),
                    ("body", "Hello again @ben"),
                    ("tags", ""),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(
            unread(&app, "ben").await.len(),
            1,
            "[{}] an edit keeping the name is not news",
            app.backend
        );
        let page = ben.get("/notifications").await.text;
        assert!(page.contains("mentioned you in"), "[{}]", app.backend);
        assert!(page.contains(&format!("href=\"/posts/{post}\"><em><bdi>Soon</bdi></em>")));
    })
    .await;
}

#[tokio::test]
async fn a_reply_and_a_mention_arrive_live_on_the_open_stream() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let cid = app.user("cid").await;
        let post = ana.create_post("Live talk", "Talk.", "").await;
        let b1 = say(&mut ben, post, "ben speaks", None).await;
        let (mut bens, _) = Stream::open_counting(&ben, None).await;
        let (mut cids, _) = Stream::open_counting(&cid, None).await;
        say(&mut ana, post, "Answer, and hello @cid", Some(b1)).await;
        let event = bens
            .next(Duration::from_secs(5))
            .await
            .expect("ben is told live");
        assert_eq!(event.event, "notification");
        assert_eq!(event.data["action"], "reply", "[{}]", app.backend);
        assert!(
            event.data["text"]
                .as_str()
                .unwrap()
                .contains("replied to your comment on “Live talk”")
        );
        let event = cids
            .next(Duration::from_secs(5))
            .await
            .expect("cid is told live");
        assert_eq!(event.data["action"], "mention", "[{}]", app.backend);
        assert_eq!(event.data["post_id"], post);
        assert!(
            event.data["text"]
                .as_str()
                .unwrap()
                .contains("mentioned you in a comment on")
        );
    })
    .await;
}

#[tokio::test]
async fn replies_to_one_comment_are_one_entry_and_link_to_the_answer() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let mut cid = app.user("cid").await;
        let mut dan = app.user("dan").await;
        let post = ana.create_post("Many answers", "Talk.", "").await;
        let a1 = say(&mut ana, post, "what do you think?", None).await;
        say(&mut ben, post, "yes", Some(a1)).await;
        say(&mut cid, post, "no", Some(a1)).await;
        let last = say(&mut dan, post, "maybe", Some(a1)).await;
        let page = ana.get("/notifications").await.text;
        assert!(
            page.contains("dan, cid and 1 others"),
            "[{}] {page}",
            app.backend
        );
        assert_eq!(page.matches("replied to your comment on").count(), 1);
        assert!(page.contains(&format!("href=\"/posts/{post}#comment-{last}\"")));
        // Marking the entry read marks all three.
        let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM notification WHERE action = 'reply'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        ana.post(&format!("/notifications/{id}/read"), &[]).await;
        assert!(unread(&app, "ana").await.is_empty(), "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn each_kind_reaches_mail_as_chosen_and_lands_in_the_digest() {
    on_each_backend(|app| async move {
        let mut ana = app.verified_user("ana").await;
        let mut ben = app.verified_user("ben").await;
        let mut cid = app.verified_user("cid").await;
        app.run_pending_jobs().await;
        // Ben wants replies in the digest and no mail for mentions.
        let page = ben.get("/settings/notifications").await.text;
        assert!(page.contains("name=\"reply\"") && page.contains("name=\"mention\""));
        let r = ben
            .post(
                "/settings/notifications",
                &[("reply", "digest"), ("mention", "off"), ("comment", "instant"),
                  ("like", "digest"), ("follow", "digest"), ("digest_frequency", "daily")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let post = ana.create_post("Mail", "Talk.", "").await;
        let b1 = say(&mut ben, post, "ben speaks", None).await;
        say(&mut cid, post, "answering ben", Some(b1)).await;
        say(&mut ana, post, "hey @ben", None).await;
        // Cid keeps the defaults: a mention comes at once.
        say(&mut ana, post, "and @cid", None).await;
        sqlx::query("UPDATE job SET run_at = 0 WHERE kind = 'notify_email'")
            .execute(&app.db)
            .await
            .unwrap();
        app.run_pending_jobs().await;
        let instant = |to: &str| -> Vec<String> {
            app.mail_to(to)
                .into_iter()
                .filter(|m| m.contains("List-Unsubscribe") && !m.contains("digest"))
                .collect()
        };
        assert!(instant("ben@example.com").is_empty(), "[{}] nothing at once for ben", app.backend);
        let cid_mail = instant("cid@example.com");
        assert_eq!(cid_mail.len(), 1, "[{}]", app.backend);
        let decoded = quill::admin::mailbox::decode_quoted_printable(&cid_mail[0]);
        assert!(decoded.contains("mentioned you in a comment on"), "{decoded}");
        assert!(decoded.contains(&format!("/posts/{post}#comment-")));

        let job = quill::notifications::digest::DigestRun {
            frequency: quill::notifications::digest::Frequency::Daily,
            slot: Some(1_000),
        };
        quill::jobs::enqueue(&app.db, &job, 0).await.unwrap();
        app.run_pending_jobs().await;
        let digests: Vec<String> = app
            .mail_to("ben@example.com")
            .into_iter()
            .filter(|m| m.contains("digest"))
            .collect();
        assert_eq!(digests.len(), 1, "[{}]", app.backend);
        let decoded = quill::admin::mailbox::decode_quoted_printable(&digests[0]);
        assert!(decoded.contains("replied to your comment on"), "[{}] {decoded}", app.backend);
        assert!(!decoded.contains("mentioned you"), "[{}] mentions are off for ben", app.backend);
        // The unsubscribe link turns the new kinds off too.
        let path = crate::helpers::link_in(&digests[0], "/unsubscribe?token=");
        app.browser().post_raw(&path, &[("List-Unsubscribe", "One-Click")]).await;
        let (reply, mention): (String, String) =
            sqlx::query_as("SELECT reply, mention FROM notification_pref p JOIN account a ON a.id = p.account_id WHERE a.username = 'ben'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!((reply.as_str(), mention.as_str()), ("off", "off"), "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn the_mention_menu_offers_people_by_the_start_of_their_name() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.user("anabel").await;
        app.user("ben").await;
        let r = ana.get("/mentions/suggest?q=AN").await;
        assert_eq!(r.status, StatusCode::OK);
        let names: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(&r.text)
            .unwrap()
            .iter()
            .map(|v| v["username"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["ana", "anabel"], "[{}]", app.backend);
        for odd in ["%25", "a%27%20OR%201=1", "_", ""] {
            let r = ana.get(&format!("/mentions/suggest?q={odd}")).await;
            assert_eq!(r.status, StatusCode::OK, "{odd}");
            assert_eq!(r.text, "[]", "[{}] {odd}", app.backend);
        }
        let r = app.browser().get("/mentions/suggest?q=an").await;
        assert_ne!(r.status, StatusCode::OK, "logged-in people only");
    })
    .await;
}

#[tokio::test]
async fn the_api_lists_answers_as_flat_comments() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let post = ana.create_post("Flat", "Talk.", "").await;
        let first = say(&mut ben, post, "first", None).await;
        say(&mut ana, post, "answer", Some(first)).await;
        ben.get(&format!("/posts/{post}")).await;
        ben.post(&format!("/comments/{first}/delete"), &[]).await;
        let slug = quill::posts::slug("Flat", post);
        let r = ana
            .api(
                reqwest::Method::GET,
                &format!("/articles/{slug}/comments"),
                None,
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        let bodies: Vec<&str> = r.json["comments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["body"].as_str().unwrap())
            .collect();
        assert_eq!(
            bodies,
            ["answer"],
            "[{}] no placeholder in the flat list",
            app.backend
        );
    })
    .await;
}
