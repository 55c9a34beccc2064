//! Issue 17, tried as an attacker would: the dev mailbox on a public
//! address, locking an owner out with wrong passwords, slow bodies,
//! stale links, the unsubscribe link, limits across instances, and
//! anonymous visitors filling the session table.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::helpers::{TestApp, link_in, on_each_backend, on_each_backend_configured};
use crate::notifications::Stream;

async fn make_admin(app: &TestApp, name: &str) {
    sqlx::query("UPDATE account SET role = 'admin' WHERE username = $1")
        .bind(name)
        .execute(&app.db)
        .await
        .unwrap();
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.db).await.unwrap()
}

async fn count_text(app: &TestApp, sql: &str) -> String {
    sqlx::query_scalar(sql).fetch_one(&app.db).await.unwrap()
}

// ------------------------------------------------------------ 1. mailbox

#[tokio::test]
async fn on_a_public_address_the_dev_mailbox_is_only_for_admins() {
    on_each_backend_configured(
        |s| s.addr = "0.0.0.0:0".into(),
        |app| async move {
            app.user("boss").await;
            make_admin(&app, "boss").await;
            // The takeover attempt: ask for the admin's reset link, then
            // look for it where a stranger can.
            let mut stranger = app.browser();
            stranger.get("/forgot-password").await;
            stranger
                .post("/forgot-password", &[("email", "boss@example.com")])
                .await;
            app.run_pending_jobs().await;
            assert!(
                app.mail_to("boss@example.com")
                    .iter()
                    .any(|m| m.contains("reset-password?token=")),
                "the reset mail is in the dev mailbox"
            );
            let r = stranger.get("/dev/mailbox").await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "[{}]", app.backend);
            assert!(!r.text.contains("reset-password"));
            let mut someone = app.user("someone").await;
            let r = someone.get("/dev/mailbox").await;
            assert_eq!(
                r.status,
                StatusCode::NOT_FOUND,
                "[{}] not for a plain user",
                app.backend
            );
            let mut admin = app.user_session("boss", "correct horse battery").await;
            let r = admin.get("/dev/mailbox").await;
            assert_eq!(r.status, StatusCode::OK, "[{}]", app.backend);
            assert!(
                r.text.contains("reset-password?token="),
                "the admin sees the mail"
            );
        },
    )
    .await;
}

#[tokio::test]
async fn on_loopback_the_dev_mailbox_stays_open_for_local_use() {
    on_each_backend_configured(
        |s| s.base_url = Some("http://localhost:3000".into()),
        |app| async move {
            let r = app.browser().get("/dev/mailbox").await;
            assert_eq!(r.status, StatusCode::OK, "[{}]", app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn behind_a_proxy_on_the_same_machine_the_dev_mailbox_is_only_for_admins() {
    // A loopback listener published under a real name, or flagged as
    // behind a proxy, or asked through one: strangers reach it.
    for (base, proxy) in [
        ("https://blog.example", "false"),
        ("http://localhost:3000", "true"),
    ] {
        let app = TestApp::spawn_configured(None, |s| {
            s.base_url = Some(base.into());
            s.behind_proxy = proxy.into();
        })
        .await;
        let r = app.browser().get("/dev/mailbox").await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "{base}, behind a proxy: {proxy}"
        );
    }
    let app =
        TestApp::spawn_configured(None, |s| s.base_url = Some("http://localhost:3000".into()))
            .await;
    let r = crate::helpers::http_client()
        .get(format!("{}/dev/mailbox", app.base))
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "a forwarded request");
}

#[tokio::test]
async fn a_public_server_without_smtp_warns_and_never_logs_an_emailed_link() {
    let dir = tempfile::tempdir().unwrap();
    let mut server =
        crate::durability::Server::start_with(dir.path(), None, "", &[("QUILL_ADDR", "0.0.0.0:0")])
            .await;
    let warning = server.wait_for("SMTP_URL is unset").await;
    assert!(
        warning.contains("WARN"),
        "start-up warns that mail is not delivered: {warning}"
    );
    let base = server.base.replace("0.0.0.0", "127.0.0.1");
    let client = crate::durability::sign_up(&base, "ana").await;
    drop(client);
    let r = crate::durability::post_form(
        &crate::helpers::http_client(),
        &base,
        "/forgot-password",
        "/forgot-password",
        &[("email", "ana@example.com")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Both mails (verification, reset) are written: the log says so...
    server.wait_for("mail kept in the dev mailbox").await;
    server.wait_for("mail kept in the dev mailbox").await;
    let mailbox = std::fs::read_dir(dir.path().join("mailbox"))
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .collect::<String>();
    assert!(mailbox.contains("reset-password?token="));
    // ...but never the links themselves.
    for line in &server.seen {
        assert!(!line.contains("token="), "a link in the log: {line}");
    }
}

// ------------------------------------------------------------ 2. lock-out

#[tokio::test]
async fn strangers_failed_logins_never_lock_the_owner_out_of_their_browser() {
    on_each_backend_configured(
        |s| s.login_limit = 5,
        |app| async move {
            let mut owner = app.user("ana").await; // logged in once: a device cookie
            owner.get("/").await;
            owner.post("/logout", &[]).await;
            for i in 0..200 {
                let r = app
                    .browser()
                    .login("ana", &format!("wrong guess {i}"))
                    .await;
                assert!(
                    matches!(
                        r.status,
                        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::TOO_MANY_REQUESTS
                    ),
                    "[{}] {}",
                    app.backend,
                    r.status
                );
            }
            let r = app.browser().login("ana", "correct horse battery").await;
            assert_eq!(
                r.status,
                StatusCode::TOO_MANY_REQUESTS,
                "[{}] a new browser is throttled, even with the right password",
                app.backend
            );
            let r = owner.login("ana", "correct horse battery").await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] the owner's usual browser still logs in",
                app.backend
            );
            assert!(owner.is_logged_in_as("ana").await);
        },
    )
    .await;
}

#[tokio::test]
async fn a_device_has_its_own_allowance_and_a_success_renews_it() {
    on_each_backend_configured(
        |s| s.login_limit = 3,
        |app| async move {
            let mut owner = app.user("ana").await;
            owner.get("/").await;
            owner.post("/logout", &[]).await;
            // Two typos, a success, two more typos, a success: never refused,
            // because the success resets this browser's count.
            for _ in 0..2 {
                for _ in 0..2 {
                    let r = owner.login("ana", "a typo in it").await;
                    assert_eq!(
                        r.status,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "[{}]",
                        app.backend
                    );
                }
                let r = owner.login("ana", "correct horse battery").await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
                owner.get("/").await;
                owner.post("/logout", &[]).await;
            }
            // Guessing from the owner's browser stops at its own limit...
            for _ in 0..3 {
                owner.login("ana", "a typo in it").await;
            }
            let r = owner.login("ana", "correct horse battery").await;
            assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "[{}]", app.backend);
            // ...and did not use up anyone else's.
            let r = app.browser().login("ana", "correct horse battery").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn right_passwords_cost_nothing() {
    on_each_backend_configured(
        |s| s.login_limit = 2,
        |app| async move {
            app.user("ana").await;
            for _ in 0..6 {
                let r = app.browser().login("ana", "correct horse battery").await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            }
        },
    )
    .await;
}

#[tokio::test]
async fn failed_logins_do_not_stop_a_logged_in_owner_confirming_their_password() {
    on_each_backend_configured(
        |s| s.login_limit = 3,
        |app| async move {
            let mut ana = app.user("ana").await;
            for _ in 0..5 {
                app.browser().login("ana", "wrong guess").await;
            }
            ana.get("/settings").await;
            let r = ana
                .post(
                    "/settings/password",
                    &[
                        ("current_password", "correct horse battery"),
                        ("new_password", "a brand new passphrase"),
                    ],
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] {}",
                app.backend,
                r.text
            );
        },
    )
    .await;
}

#[tokio::test]
async fn parallel_guesses_cannot_slip_past_the_limit() {
    on_each_backend_configured(
        |s| s.login_limit = 3,
        |app| async move {
            app.user("ana").await;
            let mut guessers = Vec::new();
            for _ in 0..24 {
                let mut b = app.browser();
                b.get("/login").await;
                guessers.push(b);
            }
            // All at once: each must be counted before its hash is checked.
            let answers = futures::future::join_all(guessers.iter_mut().map(|b| {
                b.post(
                    "/login",
                    &[("login", "ana"), ("password", "a parallel guess")],
                )
            }))
            .await;
            let tried = answers
                .iter()
                .filter(|r| r.status == StatusCode::UNPROCESSABLE_ENTITY)
                .count();
            assert!(tried <= 3, "[{}] {tried} guesses were checked", app.backend);
            let r = app.browser().login("ana", "correct horse battery").await;
            assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "[{}]", app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn a_new_password_voids_other_browsers_devices_but_keeps_the_one_that_set_it() {
    on_each_backend_configured(
        |s| s.login_limit = 3,
        |app| async move {
            let mut here = app.user("ana").await;
            let mut elsewhere = app.user_session("ana", "correct horse battery").await;
            elsewhere.get("/").await;
            here.get("/settings").await;
            let r = here
                .post(
                    "/settings/password",
                    &[
                        ("current_password", "correct horse battery"),
                        ("new_password", "a brand new passphrase"),
                    ],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
            for _ in 0..3 {
                app.browser().login("ana", "wrong guess").await;
            }
            // The other browser (logged out by the change) is a stranger now...
            let r = elsewhere.login("ana", "a brand new passphrase").await;
            assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "[{}]", app.backend);
            // ...while the one that set the password is still known.
            here.get("/").await;
            here.post("/logout", &[]).await;
            let r = here.login("ana", "a brand new passphrase").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn strangers_asking_for_the_owners_reset_links_do_not_stop_the_owners_browser() {
    on_each_backend_configured(
        |s| {
            s.mail_limit = 2;
            s.mail_ip_limit = 0;
        },
        |app| async move {
            let mut owner = app.user("ana").await;
            owner.get("/").await;
            owner.post("/logout", &[]).await;
            let mut stranger = app.browser();
            stranger.get("/forgot-password").await;
            for _ in 0..2 {
                stranger
                    .post("/forgot-password", &[("email", "ana@example.com")])
                    .await;
            }
            let r = stranger
                .post("/forgot-password", &[("email", "ana@example.com")])
                .await;
            assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "[{}]", app.backend);
            owner.get("/forgot-password").await;
            let r = owner
                .post("/forgot-password", &[("email", "ana@example.com")])
                .await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "[{}] the owner's browser still asks",
                app.backend
            );
            app.run_pending_jobs().await;
            let resets = app
                .mail_to("ana@example.com")
                .iter()
                .filter(|m| m.contains("reset-password?token="))
                .count();
            assert_eq!(resets, 3, "[{}]", app.backend);
        },
    )
    .await;
}

// ------------------------------------------------------------ 3. slow bodies

/// Sends a request head declaring `length` bytes of form body, then one
/// byte every `gap`, until the server answers or closes; returns when.
async fn trickle(mut sock: TcpStream, cookie: &str, length: usize, gap: Duration) -> Duration {
    let started = Instant::now();
    let head = format!(
        "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n\r\n"
    );
    sock.write_all(head.as_bytes()).await.unwrap();
    let mut buf = [0u8; 1];
    loop {
        match tokio::time::timeout(gap, sock.read(&mut buf)).await {
            Ok(_) => return started.elapsed(), // an answer or the close
            Err(_) => {
                if sock.write_all(b"a").await.is_err() {
                    return started.elapsed();
                }
            }
        }
    }
}

fn cookie_header(b: &crate::helpers::Browser, base: &str) -> String {
    b.cookies(base)
}

#[tokio::test]
async fn a_trickled_body_is_cut_off_at_the_deadline_while_other_pages_stay_fast() {
    on_each_backend_configured(
        |s| s.request_timeout = "2s".into(),
        |app| async move {
            let mut b = app.browser();
            b.get("/login").await;
            let cookie = cookie_header(&b, &app.base);
            let addr = app.base.trim_start_matches("http://").to_string();
            let sock = TcpStream::connect(&addr).await.unwrap();
            let slow = tokio::spawn(async move {
                trickle(sock, &cookie, 100_000, Duration::from_millis(300)).await
            });
            // Meanwhile, another visitor's page.
            let started = Instant::now();
            let r = app.browser().get("/").await;
            let fast = started.elapsed();
            assert_eq!(r.status, StatusCode::OK);
            assert!(!slow.is_finished(), "the trickle is still going");
            let cut = slow.await.unwrap();
            assert!(
                cut >= Duration::from_secs(2) && cut < Duration::from_secs(8),
                "[{}] cut off after {cut:?}",
                app.backend
            );
            assert!(
                fast < Duration::from_secs(1),
                "[{}] the other page took {fast:?}",
                app.backend
            );
        },
    )
    .await;
}

async fn connect_from(ip: &str, addr: &str) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{ip}:0").parse().unwrap()).unwrap();
    socket.connect(addr.parse().unwrap()).await.unwrap()
}

#[tokio::test]
async fn one_address_cannot_take_every_connection() {
    on_each_backend_configured(
        |s| s.max_connections_per_ip = 8,
        |app| async move {
            let addr = app.base.trim_start_matches("http://").to_string();
            let mut held = Vec::new();
            for _ in 0..8 {
                held.push(connect_from("127.0.0.1", &addr).await);
            }
            // The ninth from the same address is closed at once...
            let mut ninth = connect_from("127.0.0.1", &addr).await;
            let _ = ninth.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").await;
            let mut buf = [0u8; 64];
            let n = tokio::time::timeout(Duration::from_secs(5), ninth.read(&mut buf))
                .await
                .expect("closed, not left waiting");
            assert!(
                matches!(n, Ok(0) | Err(_)),
                "[{}] no answer for the ninth",
                app.backend
            );
            // ...while another address is served as usual.
            let mut other = connect_from("127.0.0.2", &addr).await;
            other
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .await
                .unwrap();
            let mut answer = String::new();
            other.read_to_string(&mut answer).await.unwrap();
            assert!(
                answer.starts_with("HTTP/1.1 200"),
                "[{}] {answer}",
                app.backend
            );
            // A slot given back is free again.
            held.pop();
            let mut again = connect_from("127.0.0.1", &addr).await;
            // The server may not have noticed the close yet: retry until it has.
            let answered = tokio::time::timeout(Duration::from_secs(5), async {
                loop {
                    let _ = again
                        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .await;
                    let mut answer = String::new();
                    let _ = again.read_to_string(&mut answer).await;
                    if answer.starts_with("HTTP/1.1 200") {
                        return;
                    }
                    again = connect_from("127.0.0.1", &addr).await;
                }
            })
            .await;
            assert!(
                answered.is_ok(),
                "[{}] a freed slot serves again",
                app.backend
            );
        },
    )
    .await;
}

// ------------------------------------------------------------ 4. links

/// Asks, from settings, for the account's address to become `new`, and
/// runs the jobs that mail the link.
async fn ask_email_change(app: &TestApp, b: &mut crate::helpers::Browser, new: &str) {
    b.get("/settings").await;
    let r = b
        .post(
            "/settings/email",
            &[
                ("email", new),
                ("current_password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "[{}] {}",
        app.backend,
        r.text
    );
    app.run_pending_jobs().await;
}

/// The path of the verify-email link in the first mail to `to`.
fn emailed_link(app: &TestApp, to: &str) -> String {
    let link = link_in(&app.mail_to(to)[0], "http://quill.test/verify-email?token=");
    link.trim_start_matches("http://quill.test").to_string()
}

#[tokio::test]
async fn a_newer_email_change_request_voids_the_older_link() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ask_email_change(&app, &mut ana, "first@example.org").await;
        ask_email_change(&app, &mut ana, "second@example.org").await;
        let r = app
            .browser()
            .get(&emailed_link(&app, "first@example.org"))
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] the older link is dead",
            app.backend
        );
        let email = count_text(&app, "SELECT email FROM account WHERE username = 'ana'").await;
        assert_eq!(email, "ana@example.com");
        let r = app
            .browser()
            .get(&emailed_link(&app, "second@example.org"))
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] the newer one works",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn an_older_requests_mail_job_run_late_sends_no_link() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ask_email_change(&app, &mut ana, "first@example.org").await;
        ask_email_change(&app, &mut ana, "second@example.org").await;
        // The first request's job again, as a retry after a failure would.
        let id: i64 = sqlx::query_scalar("SELECT id FROM account WHERE username = 'ana'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        quill::settings::email::send_email_change(
            app.state.base.clone(),
            quill::settings::email::SendEmailChange {
                account_id: id,
                new_email: "first@example.org".to_string(),
                seq: Some(1),
            },
        )
        .await
        .unwrap();
        assert_eq!(
            app.mail_to("first@example.org").len(),
            1,
            "[{}] no second link",
            app.backend
        );
        let r = app
            .browser()
            .get(&emailed_link(&app, "second@example.org"))
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] the newest link still works",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn changing_the_address_voids_verification_links_sent_to_the_old_one() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        app.run_pending_jobs().await;
        let verify = emailed_link(&app, "ana@example.com");
        ask_email_change(&app, &mut ana, "new@example.org").await;
        let r = app
            .browser()
            .get(&emailed_link(&app, "new@example.org"))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        let r = app.browser().get(&verify).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] the old address's verification link is dead",
            app.backend
        );
    })
    .await;
}

// ------------------------------------------------------------ 8. across instances

fn fresh_prefix() -> String {
    format!("quill-test-{}:", &quill::crypto::random_token()[..12])
}

#[tokio::test]
async fn two_instances_sharing_redis_count_one_login_allowance() {
    on_each_backend_configured(
        |s| {
            s.login_limit = 4;
            s.redis_url = Some("redis://127.0.0.1:6379".into());
            s.redis_prefix = fresh_prefix();
        },
        |one| async move {
            let two = one.sibling().await;
            one.user("ana").await;
            for app in [&one, &two] {
                for _ in 0..2 {
                    let r = app.browser().login("ana", "wrong guess").await;
                    assert_eq!(
                        r.status,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "[{}]",
                        one.backend
                    );
                }
            }
            for app in [&one, &two] {
                let r = app.browser().login("ana", "correct horse battery").await;
                assert_eq!(
                    r.status,
                    StatusCode::TOO_MANY_REQUESTS,
                    "[{}] four failures over two instances use up the allowance of four",
                    one.backend
                );
            }
        },
    )
    .await;
}

#[tokio::test]
async fn without_redis_each_instance_counts_on_its_own() {
    on_each_backend_configured(
        |s| s.login_limit = 4,
        |one| async move {
            let two = one.sibling().await;
            one.user("ana").await;
            for app in [&one, &two] {
                for _ in 0..2 {
                    app.browser().login("ana", "wrong guess").await;
                }
            }
            let r = one.browser().login("ana", "correct horse battery").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", one.backend);
        },
    )
    .await;
}

#[tokio::test]
async fn the_stream_cap_holds_across_instances_sharing_redis() {
    on_each_backend_configured(
        |s| {
            s.redis_url = Some("redis://127.0.0.1:6379".into());
            s.redis_prefix = fresh_prefix();
        },
        |one| async move {
            let two = one.sibling().await;
            one.user("ana").await;
            let on_one = one.user_session("ana", "correct horse battery").await;
            let on_two = two.user_session("ana", "correct horse battery").await;
            let mut streams = Vec::new();
            for _ in 0..16 {
                streams.push(Stream::open_counting(&on_one, None).await.0);
            }
            let (_seventeenth, _) = Stream::open_counting(&on_two, None).await;
            let last = streams[0].next(Duration::from_secs(5)).await;
            assert_eq!(
                last.map(|e| e.event).as_deref(),
                Some("closed"),
                "[{}] a stream on the other instance closes the oldest here",
                one.backend
            );
            assert!(streams[0].ends_within(Duration::from_secs(5)).await);
        },
    )
    .await;
}

// ------------------------------------------------------------ 9. anonymous sessions

#[tokio::test]
async fn cookieless_form_pages_store_no_session_and_their_forms_still_work() {
    on_each_backend(|app| async move {
        let before = count(&app, "SELECT COUNT(*) FROM session").await;
        for path in [
            "/login",
            "/signup",
            "/forgot-password",
            "/reset-password?token=abc",
            "/resend-verification",
        ] {
            let r = app.browser().get(path).await;
            assert_eq!(r.status, StatusCode::OK, "{path}");
        }
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM session").await,
            before,
            "[{}] looking at forms stores nothing",
            app.backend
        );
        // The forms still pass their CSRF check, and nothing is stored
        // until someone logs in.
        let mut b = app.browser();
        let r = b
            .signup("ana", "ana@example.com", "correct horse battery")
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM session").await, before);
        let r = b.login("ana", "correct horse battery").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM session").await,
            before + 1
        );
        // A token from one visitor's page is worthless with another's cookie.
        let mut thief = app.browser();
        thief.get("/login").await;
        let mut victim = app.browser();
        victim.get("/login").await;
        victim.csrf = thief.csrf.clone();
        let r = victim
            .post(
                "/login",
                &[("login", "ana"), ("password", "correct horse battery")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}]", app.backend);
    })
    .await;
}
