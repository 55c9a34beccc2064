//! Notifications: the rules, grouping, the badge, read endpoints, and the
//! live SSE stream (in-process and through the real Redis).

use std::time::Duration;

use futures::StreamExt;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, on_each_backend, on_each_backend_configured};

async fn unread(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.receiver_id \
         WHERE a.username = $1 AND n.read_at IS NULL AND n.retracted_at IS NULL",
    )
    .bind(name)
    .fetch_one(&app.db)
    .await
    .unwrap()
}

async fn act(b: &mut Browser, page: &str, path: &str) {
    b.get(page).await;
    let r = b.post(path, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}: {}", r.text);
}

#[tokio::test]
async fn the_rules_no_self_no_repeat_retract_while_unread_and_gone_with_the_post() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        let id = ana.create_post("Hello", "World", "").await;
        let post = format!("/posts/{id}");
        act(&mut ana, &post, &format!("{post}/like")).await;
        assert_eq!(
            unread(&app, "ana").await,
            0,
            "[{}] liking your own post",
            app.backend
        );
        act(&mut ben, &post, &format!("{post}/like")).await;
        assert_eq!(unread(&app, "ana").await, 1);
        act(&mut ben, &post, &format!("{post}/unlike")).await;
        assert_eq!(
            unread(&app, "ana").await,
            0,
            "[{}] unlike takes it back",
            app.backend
        );
        act(&mut ben, &post, &format!("{post}/like")).await;
        act(&mut ben, &post, &format!("{post}/unlike")).await;
        act(&mut ben, &post, &format!("{post}/like")).await;
        let rows: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM notification WHERE action = 'like'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(rows, 1, "[{}] relikes never make a second one", app.backend);
        act(&mut ben, "/u/ana", "/u/ana/follow").await;
        act(&mut ben, "/u/ana", "/u/ana/unfollow").await;
        act(&mut ben, "/u/ana", "/u/ana/follow").await;
        let follows: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM notification WHERE action = 'follow'")
                .fetch_one(&app.db)
                .await
                .unwrap();
        assert_eq!(
            follows, 1,
            "[{}] a refollow within a day is not news",
            app.backend
        );
        ben.get(&post).await;
        ben.post(&format!("{post}/comments"), &[("body", "Nice!")])
            .await;
        ana.get(&post).await;
        ana.post(&format!("{post}/comments"), &[("body", "Thanks")])
            .await;
        assert_eq!(
            unread(&app, "ana").await,
            3,
            "[{}] like, follow, ben's comment (not her own)",
            app.backend
        );
        ana.get(&post).await;
        ana.post(&format!("{post}/delete"), &[]).await;
        assert_eq!(
            unread(&app, "ana").await,
            1,
            "[{}] only the follow is left",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn likes_on_one_post_are_one_entry_and_reading_clears_the_badge() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let id = ana.create_post("Popular", "Very.", "").await;
        for name in ["ben", "cid", "dan", "eve"] {
            let mut b = app.user(name).await;
            act(
                &mut b,
                &format!("/posts/{id}"),
                &format!("/posts/{id}/like"),
            )
            .await;
        }
        let mut cid = app.user_session("cid", "correct horse battery").await;
        cid.get(&format!("/posts/{id}")).await;
        cid.post(&format!("/posts/{id}/comments"), &[("body", "Love it")])
            .await;
        let page = ana.get("/notifications").await;
        let text = page.text.to_lowercase();
        assert_eq!(
            text.matches("liked").count(),
            1,
            "[{}] one entry: {}",
            app.backend,
            page.text
        );
        assert!(page.text.contains("eve, dan and 2 others"), "{}", page.text);
        assert!(
            page.text.contains("Love it"),
            "comments one by one with an excerpt"
        );
        let home = ana.get("/").await;
        assert!(
            home.text.contains(r#"aria-label="5 unread""#),
            "[{}] the badge",
            app.backend
        );
        ana.get("/notifications").await;
        let r = ana.post("/notifications/read-all", &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(unread(&app, "ana").await, 0);
        let home = ana.get("/").await;
        assert!(home.text.contains(r#"aria-label="0 unread""#));
    })
    .await;
}

/// One server-sent event.
#[derive(Debug)]
pub(crate) struct Sse {
    pub(crate) event: String,
    pub(crate) data: serde_json::Value,
}

/// A stream opened with a browser's cookies, read event by event.
pub(crate) struct Stream {
    body: std::pin::Pin<Box<dyn futures::Stream<Item = reqwest::Result<axum::body::Bytes>> + Send>>,
    buf: String,
}

impl Stream {
    pub(crate) async fn open(b: &Browser, last_event_id: Option<i64>) -> (StatusCode, Stream) {
        let resp = b.stream("/notifications/stream", last_event_id).await;
        let status = resp.status();
        (
            status,
            Stream {
                body: Box::pin(resp.bytes_stream()),
                buf: String::new(),
            },
        )
    }

    /// Whether the server ends the stream within `wait` (events before the
    /// end are skipped).
    pub(crate) async fn ends_within(&mut self, wait: Duration) -> bool {
        tokio::time::timeout(wait, async {
            while let Some(chunk) = self.body.next().await {
                if chunk.is_err() {
                    break;
                }
            }
        })
        .await
        .is_ok()
    }

    /// Opens a stream and reads the unread count every stream starts with.
    pub(crate) async fn open_counting(b: &Browser, last_event_id: Option<i64>) -> (Stream, i64) {
        let (status, mut stream) = Stream::open(b, last_event_id).await;
        assert_eq!(status, StatusCode::OK);
        let first = stream
            .next(Duration::from_secs(2))
            .await
            .expect("a stream starts with the unread count");
        assert_eq!(first.event, "unread");
        (stream, first.data["unread_count"].as_i64().unwrap())
    }

    /// The next event other than keep-alive comments, within `wait`.
    pub(crate) async fn next(&mut self, wait: Duration) -> Option<Sse> {
        tokio::time::timeout(wait, async {
            loop {
                if let Some(end) = self.buf.find("\n\n") {
                    let block: String = self.buf.drain(..end + 2).collect();
                    let mut event = "message".to_string();
                    let mut data = String::new();
                    for line in block.lines() {
                        if let Some(v) = line.strip_prefix("event:") {
                            event = v.trim().to_string();
                        } else if let Some(v) = line.strip_prefix("data:") {
                            data.push_str(v.trim_start());
                        }
                    }
                    if data.is_empty() {
                        continue;
                    }
                    return Some(Sse {
                        event,
                        data: serde_json::from_str(&data).unwrap(),
                    });
                }
                match self.body.next().await {
                    Some(Ok(chunk)) => self.buf.push_str(&String::from_utf8_lossy(&chunk)),
                    _ => return None,
                }
            }
        })
        .await
        .ok()
        .flatten()
    }
}

async fn live_delivery(app: TestApp) {
    let mut ana = app.user("ana").await;
    let mut ben = app.user("ben").await;
    let cid = app.user("cid").await;
    let id = ana.create_post("Live", "Now.", "").await;
    let (status, _) = Stream::open(&app.browser(), None).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "[{}] anonymous",
        app.backend
    );
    let (mut to_ana, unread) = Stream::open_counting(&ana, None).await;
    assert_eq!(unread, 0, "[{}] nothing yet", app.backend);
    let (mut to_cid, _) = Stream::open_counting(&cid, None).await;

    act(
        &mut ben,
        &format!("/posts/{id}"),
        &format!("/posts/{id}/like"),
    )
    .await;
    let e = to_ana
        .next(Duration::from_secs(2))
        .await
        .expect("the like arrives at once");
    assert_eq!(e.event, "notification", "[{}]", app.backend);
    assert_eq!(e.data["action"], "like");
    assert_eq!(e.data["actor"], "ben");
    assert_eq!(e.data["post_id"], id);
    assert_eq!(e.data["unread_count"], 1);
    assert!(
        e.data["text"]
            .as_str()
            .unwrap()
            .contains("ben liked “Live”")
    );
    let first_id = e.data["id"].as_i64().unwrap();
    assert!(
        to_cid.next(Duration::from_millis(300)).await.is_none(),
        "[{}] others hear nothing",
        app.backend
    );

    // Missed while disconnected: replayed on reconnect with Last-Event-ID.
    drop(to_ana);
    act(&mut ben, "/u/ana", "/u/ana/follow").await;
    let (mut again, unread) = Stream::open_counting(&ana, Some(first_id)).await;
    assert_eq!(
        unread, 2,
        "[{}] the reconnect starts with the count",
        app.backend
    );
    let e = again
        .next(Duration::from_secs(2))
        .await
        .expect("the missed follow is replayed");
    assert_eq!(
        (e.event.as_str(), e.data["action"].as_str()),
        ("notification", Some("follow")),
        "[{}]",
        app.backend
    );
    assert_eq!(e.data["unread_count"], 2);

    // Read in another tab: the count is pushed.
    ana.get("/notifications").await;
    ana.post("/notifications/read-all", &[]).await;
    let e = again
        .next(Duration::from_secs(2))
        .await
        .expect("the new count");
    assert_eq!(
        (e.event.as_str(), &e.data["unread_count"]),
        ("unread", &serde_json::json!(0)),
        "[{}]",
        app.backend
    );
}

#[tokio::test]
async fn a_like_reaches_the_authors_open_stream_and_nobody_elses() {
    on_each_backend(live_delivery).await;
}

#[tokio::test]
async fn logging_out_or_a_ban_ends_the_stream_and_other_sessions_keep_theirs() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let ana_phone = app.user_session("ana", "correct horse battery").await;
        let (mut laptop, _) = Stream::open_counting(&ana, None).await;
        let (mut phone, _) = Stream::open_counting(&ana_phone, None).await;
        ana.get("/").await;
        ana.post("/logout", &[]).await;
        assert!(
            laptop.ends_within(Duration::from_secs(2)).await,
            "[{}] logging out (in another tab) ends this session's stream",
            app.backend
        );
        assert!(
            !phone.ends_within(Duration::from_millis(300)).await,
            "the phone's session is still logged in"
        );
        let (status, _) = Stream::open(&ana, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "and it cannot reconnect");

        sqlx::query("UPDATE account SET role = 'admin' WHERE username = 'ana'")
            .execute(&app.db)
            .await
            .unwrap();
        let mut boss = app.user_session("ana", "correct horse battery").await;
        let mut ben = app.user("ben").await;
        let (mut bens, _) = Stream::open_counting(&ben, None).await;
        let ben_id: i64 = sqlx::query_scalar("SELECT id FROM account WHERE username = 'ben'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        boss.get("/admin/users").await;
        let r = boss
            .post(&format!("/admin/users/{ben_id}/ban"), &[("reason", "spam")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(
            bens.ends_within(Duration::from_secs(2)).await,
            "[{}] a ban ends the banned person's streams",
            app.backend
        );
        assert!(!ben.is_logged_in_as("ben").await);
    })
    .await;
}

#[tokio::test]
async fn the_same_through_redis() {
    let prefix = format!("quill-test-{}:", &quill::crypto::random_token()[..8]);
    on_each_backend_configured(
        |s| {
            s.redis_url = Some("redis://127.0.0.1:6379".into());
            s.redis_prefix = prefix.clone();
        },
        live_delivery,
    )
    .await;
}

#[tokio::test]
async fn a_seventeenth_stream_of_one_person_closes_their_oldest() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let post = ana.create_post("Many tabs", "Body", "").await;
        let mut streams = Vec::new();
        for _ in 0..16 {
            streams.push(Stream::open_counting(&ana, None).await.0);
        }
        assert_eq!(app.state.fanout.hub.streams(), 16);
        let (mut newest, _) = Stream::open_counting(&ana, None).await;
        let last = streams[0].next(Duration::from_secs(5)).await;
        assert_eq!(
            last.map(|e| e.event).as_deref(),
            Some("closed"),
            "the oldest stream is told why it closes"
        );
        assert!(
            streams[0].ends_within(Duration::from_secs(5)).await,
            "and then ends"
        );
        // The others, and the newest, still hear what happens.
        let mut ben = app.user("ben").await;
        ben.get(&format!("/posts/{post}")).await;
        ben.post(&format!("/posts/{post}/like"), &[]).await;
        for s in [&mut streams[1], &mut newest] {
            let event = s.next(Duration::from_secs(5)).await.expect("a live event");
            assert_eq!(event.data["action"], "like");
        }
        drop(streams);
        drop(newest);
        // Closed streams leave nothing behind in the hub.
        tokio::time::timeout(Duration::from_secs(5), async {
            while app.state.fanout.hub.streams() > 0 {
                tokio::task::yield_now().await;
            }
        })
        .await
        .expect("every stream released");
        assert_eq!(app.state.fanout.hub.people(), 0, "and the person forgotten");
    })
    .await;
}

/// A raw connection to the app, for what a client library would hide.
mod wire {
    use std::time::Duration;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    pub(crate) async fn send(base: &str, request: &str) -> TcpStream {
        let mut sock = TcpStream::connect(base.trim_start_matches("http://"))
            .await
            .unwrap();
        sock.write_all(request.as_bytes()).await.unwrap();
        sock
    }

    /// What arrives until `needle` has (panics after `wait` without it).
    pub(crate) async fn read_until(sock: &mut TcpStream, got: &mut String, needle: &str) {
        tokio::time::timeout(Duration::from_secs(5), async {
            let mut buf = [0u8; 4096];
            while !got.contains(needle) {
                let n = sock.read(&mut buf).await.unwrap();
                assert!(n > 0, "closed before {needle:?} came; got {got:?}");
                got.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        })
        .await
        .unwrap_or_else(|_| panic!("no {needle:?} within 5 s; got {got:?}"));
    }

    /// Everything until the server closes (panics after `wait`).
    pub(crate) async fn read_to_close(sock: &mut TcpStream, got: &mut String) {
        tokio::time::timeout(Duration::from_secs(5), async {
            let mut buf = [0u8; 4096];
            loop {
                match sock.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => got.push_str(&String::from_utf8_lossy(&buf[..n])),
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("still open after 5 s; got {got:?}"));
    }

    pub(crate) fn stream_request(version: &str, cookie: &str) -> String {
        format!(
            "GET /notifications/stream {version}\r\nHost: quill.test\r\n\
             Accept: text/event-stream\r\nCookie: {cookie}\r\n\r\n"
        )
    }
}

async fn released(app: &TestApp) {
    tokio::time::timeout(Duration::from_secs(5), async {
        while app.state.fanout.hub.streams() > 0 {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("the hub forgets a stream whose client went away");
}

#[tokio::test]
async fn a_stream_on_a_fresh_connection_carries_events_in_chunks_until_the_client_goes() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let post = ana.create_post("Over the wire", "Body", "").await;
        let request = wire::stream_request("HTTP/1.1", &ana.cookies(&app.base));
        let mut sock = wire::send(&app.base, &request).await;
        let mut got = String::new();
        wire::read_until(&mut sock, &mut got, "event: unread").await;
        let head = got[..got.find("\r\n\r\n").expect("a whole head")].to_lowercase();
        assert!(head.starts_with("http/1.1 200 ok\r\n"), "{head}");
        for line in [
            "content-type: text/event-stream",
            "transfer-encoding: chunked",
            "connection: close",
            // The site's own layers ran: its security headers are there.
            "x-content-type-options: nosniff",
        ] {
            assert!(head.contains(line), "[{}] {line} in {head}", app.backend);
        }
        assert!(!head.contains("content-length"), "{head}");
        assert_eq!(app.state.fanout.hub.streams(), 1);

        let mut ben = app.user("ben").await;
        ben.get(&format!("/posts/{post}")).await;
        ben.post(&format!("/posts/{post}/like"), &[]).await;
        wire::read_until(&mut sock, &mut got, "event: notification").await;
        assert!(got.contains("\"action\":\"like\""), "{got}");

        drop(sock);
        released(&app).await;
    })
    .await;
}

#[tokio::test]
async fn a_stream_for_an_http_1_0_client_is_not_chunked() {
    on_each_backend(|app| async move {
        let ana = app.user("ana").await;
        let request = wire::stream_request("HTTP/1.0", &ana.cookies(&app.base));
        let mut sock = wire::send(&app.base, &request).await;
        let mut got = String::new();
        wire::read_until(&mut sock, &mut got, "event: unread").await;
        let (head, body) = got.split_once("\r\n\r\n").unwrap();
        assert!(!head.to_lowercase().contains("transfer-encoding"), "{head}");
        assert!(body.starts_with("event: unread\ndata: "), "{body:?}");
    })
    .await;
}

#[tokio::test]
async fn a_stream_asked_for_without_a_session_or_with_a_bad_head_is_answered_and_closed() {
    on_each_backend(|app| async move {
        let mut sock = wire::send(&app.base, &wire::stream_request("HTTP/1.1", "")).await;
        let mut got = String::new();
        wire::read_to_close(&mut sock, &mut got).await;
        assert!(got.starts_with("HTTP/1.1 401 Unauthorized\r\n"), "{got}");
        let (head, body) = got.split_once("\r\n\r\n").unwrap();
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{got}"
        );
        assert!(!body.is_empty(), "a reason is given");

        let huge = "x".repeat(100 * 1024);
        let mut sock = wire::send(&app.base, &wire::stream_request("HTTP/1.1", &huge)).await;
        let mut got = String::new();
        wire::read_to_close(&mut sock, &mut got).await;
        assert!(got.starts_with("HTTP/1.1 431 "), "{got:.200}");

        let garbled = "GET /notifications/stream HTTP/1.1\r\nNo colon here\r\n\r\n";
        let mut sock = wire::send(&app.base, garbled).await;
        let mut got = String::new();
        wire::read_to_close(&mut sock, &mut got).await;
        assert!(got.starts_with("HTTP/1.1 400 "), "{got}");

        // And the site still answers.
        assert_eq!(app.browser().get("/").await.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn stopping_the_server_ends_every_stream_cleanly() {
    on_each_backend(|mut app| async move {
        let ana = app.user("ana").await;
        // One on a fresh connection, one on a connection that served a page.
        let request = wire::stream_request("HTTP/1.1", &ana.cookies(&app.base));
        let mut sock = wire::send(&app.base, &request).await;
        let mut got = String::new();
        wire::read_until(&mut sock, &mut got, "event: unread").await;
        // And one that has not asked for anything yet (accepted by the time
        // the next stream has answered: connections are taken in order).
        let mut idle = wire::send(&app.base, "").await;
        let (mut pooled, _) = Stream::open_counting(&ana, None).await;
        app.stop();
        wire::read_to_close(&mut sock, &mut got).await;
        assert!(
            got.ends_with("\r\n0\r\n\r\n"),
            "the last chunk is sent: {got:?}"
        );
        assert!(pooled.ends_within(Duration::from_secs(5)).await);
        let mut nothing = String::new();
        wire::read_to_close(&mut idle, &mut nothing).await;
        assert_eq!(nothing, "", "an idle connection is closed, not answered");
    })
    .await;
}
