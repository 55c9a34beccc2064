//! Notifications over SSE at scale: many open streams on one server, likes
//! driven at a fixed rate, and the time from each like's response to its
//! event at the receiver. Driven by `bench/sse.sh`, which seeds the
//! database, starts the release server and runs the two steps:
//!
//!   sse seed <sqlite url> <seed file>
//!       (before the server starts, after `quill migrate`) inserts
//!       BENCH_RECEIVERS receivers (10000) with one post each and
//!       BENCH_LIKERS likers (200), all with ONE real argon2 hash of
//!       `PASSWORD`, and a server-side session row per account in the format
//!       of `DbSessionStore` (SHA-256 of the cookie's session id; data
//!       `{"user_id", "csrf", "renewed_at"}`), so nothing logs in 10,200 times
//!       through argon2. Writes the accounts and their cookies to the file.
//!
//!   sse run <base url> <server pid> <seed file>
//!       1. logs the first liker in through the real form (proves the seeded
//!          hash, and that liker uses the HTTP-made session from then on);
//!       2. every liker GETs a post page for a masked `csrf_token`;
//!       3. opens one `GET /notifications/stream` per receiver, all on this
//!          one runtime, and reads `event: notification` blocks;
//!       4. likes at BENCH_RATE per second (500) for BENCH_SECONDS (20), open
//!          loop (each like is sent at its slot whether or not earlier ones
//!          have answered), every like a new (liker, post) pair;
//!       5. matches each event to its like by (post id, actor) and reports
//!          event arrival - like response (negative when the event came
//!          first: the server pushes before it answers), send -> event, the
//!          like's own response time, and the server's VmRSS/VmHWM before the
//!          streams, with them open, and after the likes.
//!
//! `harness = false`: one run of the whole scenario is the measurement.

// A test, bench or example that cannot go on may panic: unwrap is allowed here.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use futures::StreamExt;
use sha2::{Digest, Sha256};

const PASSWORD: &str = "bench passphrase 42";
const SESSION_COOKIE: &str = "quill_session";
/// Streams being opened at once.
const OPEN_CONCURRENCY: usize = 200;
/// Likes in flight at most (protects the client's file descriptors if the
/// server falls behind; the report says if it was ever reached).
const MAX_IN_FLIGHT: usize = 2000;
/// How long to wait for late events after the last like answered.
const DRAIN: Duration = Duration::from_secs(10);

fn env_usize(name: &str, default: usize) -> anyhow::Result<usize> {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .with_context(|| format!("{name}: must be a positive integer")),
        Err(_) => Ok(default),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // cargo bench appends `--bench`; the rest are ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["seed", url, file] => seed(url, file).await,
        ["run", base, pid, file] => run(base, pid.parse().context("server pid")?, file).await,
        _ => bail!(
            "usage: sse seed <sqlite url> <seed file> | sse run <base url> <server pid> <seed file> \
             (bench/sse.sh runs both)"
        ),
    }
}

// ---------------------------------------------------------------- seeding

struct Account {
    username: String,
    /// Value of the `quill_session` cookie.
    cookie: String,
    /// The receiver's post.
    post: Option<i64>,
}

async fn seed(url: &str, file: &str) -> anyhow::Result<()> {
    let receivers = env_usize("BENCH_RECEIVERS", 10_000)?;
    let likers = env_usize("BENCH_LIKERS", 200)?;
    let started = Instant::now();
    let db = quill::db::connect(url).await?;
    let hash = quill::crypto::password::Passwords::new()?
        .hash(PASSWORD)
        .await?;
    let now = quill::db::now_ms();
    let expires = now + 14 * 24 * 3600 * 1000;
    let mut out = String::new();
    let mut tx = db.begin().await?;
    let names = (0..receivers)
        .map(|i| (format!("r{i:05}"), true))
        .chain((0..likers).map(|i| (format!("l{i:04}"), false)));
    for (username, is_receiver) in names {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO account (username, email, email_key, password_hash, created_at, updated_at, email_verified_at) \
             VALUES ($1, $2, $2, $3, $4, $4, $4) RETURNING id",
        )
        .bind(&username)
        .bind(format!("{username}@bench.test"))
        .bind(&hash)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let post = if is_receiver {
            let title = format!("Post of {username}");
            let body = format!("Hello from {username}. Like this, please.");
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO post (author_id, title, description, body, body_html, excerpt, created_at, updated_at, published_at) \
                 VALUES ($1, $2, '', $3, $4, $3, $5, $5, $5) RETURNING id",
            )
            .bind(id)
            .bind(&title)
            .bind(&body)
            .bind(format!("<p>{body}</p>\n"))
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            Some(id)
        } else {
            None
        };
        // DbSessionStore's row: the cookie is the session id, the row's key
        // its SHA-256; a fresh `renewed_at` keeps requests from rewriting it.
        let sid = tower_sessions::session::Id::default().to_string();
        let data = serde_json::json!({
            "user_id": id,
            "csrf": quill::crypto::random_token(),
            "renewed_at": now,
        });
        sqlx::query(
            "INSERT INTO session (id, account_id, data, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(hex::encode(Sha256::digest(sid.as_bytes())))
        .bind(id)
        .bind(data.to_string())
        .bind(now)
        .bind(expires)
        .execute(&mut *tx)
        .await?;
        let kind = if is_receiver { "receiver" } else { "liker" };
        out.push_str(&format!(
            "{kind}\t{id}\t{username}\t{sid}\t{}\n",
            post.unwrap_or(0)
        ));
    }
    tx.commit().await?;
    db.close().await;
    std::fs::write(file, out)?;
    eprintln!(
        "[sse] seeded {receivers} receivers (1 post each) and {likers} likers with sessions in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn read_seed(file: &str) -> anyhow::Result<(Vec<Account>, Vec<Account>)> {
    let (mut receivers, mut likers) = (Vec::new(), Vec::new());
    for line in std::fs::read_to_string(file)?.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        ensure!(f.len() == 5, "bad seed line {line:?}");
        let account = Account {
            username: f[2].to_string(),
            cookie: f[3].to_string(),
            post: Some(f[4].parse()?).filter(|&p| p > 0),
        };
        match f[0] {
            "receiver" => receivers.push(account),
            _ => likers.push(account),
        }
    }
    ensure!(
        !receivers.is_empty() && !likers.is_empty(),
        "empty seed file"
    );
    Ok((receivers, likers))
}

// ---------------------------------------------------------------- memory

/// VmRSS and VmHWM of a process, in MiB, and RSS split into anonymous and
/// file-backed (SQLite's mmap of the database shows up as the latter).
fn memory(pid: u32) -> anyhow::Result<(f64, f64)> {
    let (rss, hwm, _, _) = memory_detail(pid)?;
    Ok((rss, hwm))
}

fn memory_detail(pid: u32) -> anyhow::Result<(f64, f64, f64, f64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("process {pid} is gone"))?;
    let field = |name: &str| -> f64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .unwrap_or(f64::NAN)
            / 1024.0
    };
    Ok((
        field("VmRSS:"),
        field("VmHWM:"),
        field("RssAnon:"),
        field("RssFile:"),
    ))
}

fn memory_line(pid: u32) -> anyhow::Result<String> {
    let (rss, hwm, anon, file) = memory_detail(pid)?;
    let (threads, fds) = threads_and_fds(pid);
    Ok(format!(
        "VmRSS {rss:.1} MiB (anon {anon:.1}, file {file:.1})  VmHWM {hwm:.1} MiB  threads {threads}  fds {fds}"
    ))
}

fn threads_and_fds(pid: u32) -> (String, usize) {
    let threads = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Threads:").map(|v| v.trim().to_string()))
        })
        .unwrap_or_default();
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| d.count())
        .unwrap_or(0);
    (threads, fds)
}

// ---------------------------------------------------------------- HTTP bits

fn cookie_value(resp: &reqwest::Response, name: &str) -> Option<String> {
    resp.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn csrf_in(page: &str) -> Option<String> {
    let at = page.find(r#"name="csrf_token" value=""#)? + r#"name="csrf_token" value=""#.len();
    let end = page[at..].find('"')?;
    Some(page[at..at + end].to_string()).filter(|t| !t.is_empty())
}

/// The real login form, once: the seeded hash must verify.
async fn login(client: &reqwest::Client, base: &str, username: &str) -> anyhow::Result<String> {
    let form = client.get(format!("{base}/login")).send().await?;
    // A visitor's form token lives in a signed cookie, not a session.
    let anon = cookie_value(&form, "quill_csrf").context("GET /login set no form cookie")?;
    let token = csrf_in(&form.text().await?).context("no csrf_token on /login")?;
    let resp = client
        .post(format!("{base}/login"))
        .header("cookie", format!("quill_csrf={anon}"))
        .form(&[
            ("login", username),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await?;
    ensure!(
        resp.status() == reqwest::StatusCode::SEE_OTHER,
        "login as {username}: {}",
        resp.status()
    );
    cookie_value(&resp, SESSION_COOKIE).context("login set no session cookie")
}

// ---------------------------------------------------------------- streams

/// An event heard: (post id, actor username) -> arrival.
type Heard = Arc<Mutex<HashMap<(i64, String), Vec<Instant>>>>;

#[derive(Default)]
struct StreamStats {
    open: AtomicUsize,
    failed: AtomicUsize,
    ended: AtomicUsize,
    notifications: AtomicUsize,
    other_events: AtomicUsize,
    refresh: AtomicUsize,
    bytes: AtomicU64,
}

/// Opens one receiver's stream; returns once it is open (status 200), and
/// keeps reading it in a task of its own.
async fn open_stream(
    client: reqwest::Client,
    url: String,
    cookie: String,
    heard: Heard,
    stats: Arc<StreamStats>,
) -> anyhow::Result<()> {
    let resp = client
        .get(&url)
        .header("cookie", format!("{SESSION_COOKIE}={cookie}"))
        .header("accept", "text/event-stream")
        .send()
        .await?;
    let ct = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    ensure!(
        resp.status() == reqwest::StatusCode::OK && ct.starts_with("text/event-stream"),
        "stream: {} {ct}",
        resp.status()
    );
    stats.open.fetch_add(1, Ordering::Relaxed);
    tokio::spawn(async move {
        let mut body = resp.bytes_stream();
        let mut buf: Vec<u8> = Vec::new();
        while let Some(chunk) = body.next().await {
            let Ok(chunk) = chunk else { break };
            let at = Instant::now();
            stats.bytes.fetch_add(chunk.len() as u64, Ordering::Relaxed);
            buf.extend_from_slice(&chunk);
            while let Some(end) = buf.windows(2).position(|w| w == b"\n\n") {
                let block: Vec<u8> = buf.drain(..end + 2).collect();
                let block = String::from_utf8_lossy(&block);
                let mut event = "message";
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event:") {
                        event = v.trim();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        data.push_str(v.trim_start());
                    }
                }
                match event {
                    "notification" => {
                        stats.notifications.fetch_add(1, Ordering::Relaxed);
                        let v: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
                        let post = v["post_id"].as_i64().unwrap_or(0);
                        let actor = v["actor"].as_str().unwrap_or("").to_string();
                        heard
                            .lock()
                            .unwrap()
                            .entry((post, actor))
                            .or_default()
                            .push(at);
                    }
                    "unread" => {} // the count every stream opens with
                    "refresh" => {
                        stats.refresh.fetch_add(1, Ordering::Relaxed);
                    }
                    _ if data.is_empty() => {} // keep-alive comment
                    _ => {
                        stats.other_events.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }
        stats.ended.fetch_add(1, Ordering::Relaxed);
    });
    Ok(())
}

// ---------------------------------------------------------------- likes

struct Like {
    post: i64,
    actor: usize,
    sent: Instant,
    answered: Option<Instant>,
    status: u16,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn summary(label: &str, mut v: Vec<f64>) -> String {
    v.sort_by(|a, b| a.total_cmp(b));
    format!(
        "{label:<34} n={:<6} min={:>8.2} p50={:>8.2} p90={:>8.2} p99={:>8.2} max={:>8.2}  (ms)",
        v.len(),
        v.first().copied().unwrap_or(f64::NAN),
        percentile(&v, 50.0),
        percentile(&v, 90.0),
        percentile(&v, 99.0),
        v.last().copied().unwrap_or(f64::NAN),
    )
}

fn ms(d: f64) -> f64 {
    d * 1000.0
}

fn signed_ms(later: Instant, earlier: Instant) -> f64 {
    if later >= earlier {
        ms((later - earlier).as_secs_f64())
    } else {
        -ms((earlier - later).as_secs_f64())
    }
}

async fn run(base: &str, pid: u32, file: &str) -> anyhow::Result<()> {
    rustls::crypto::ring::default_provider()
        .install_default()
        .map_err(|_| anyhow::anyhow!("a rustls provider was already installed"))?;
    let rate = env_usize("BENCH_RATE", 500)?;
    let seconds = env_usize("BENCH_SECONDS", 20)?;
    let (receivers, mut likers) = read_seed(file)?;
    let base = base.trim_end_matches('/').to_string();
    let mut report = Vec::new();
    macro_rules! say {
        ($($t:tt)*) => {{ let line = format!($($t)*); eprintln!("[sse] {line}"); report.push(line); }};
    }

    let (rss0, _) = memory(pid)?;
    say!("server pid {pid}: before any stream  {}", memory_line(pid)?);
    say!(
        "size_of::<Push>() = {} bytes, shared behind an Arc: a receiver's channel slot holds a pointer",
        std::mem::size_of::<quill::web::live::Push>()
    );

    let client = || {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .tcp_nodelay(true)
            .build()
    };
    let pages = client()?;

    // 1. one real login
    let t = Instant::now();
    likers[0].cookie = login(&pages, &base, &likers[0].username).await?;
    say!(
        "login through the form as {}: ok in {:.0} ms (argon2 verify); other {} likers and all receivers use seeded session rows",
        likers[0].username,
        ms(t.elapsed().as_secs_f64()),
        likers.len() - 1
    );

    // 2. a masked csrf token per liker, from a post page as a browser gets it
    let some_post = receivers[0].post.context("receiver without post")?;
    let tokens: Vec<String> = futures::stream::iter(likers.iter())
        .map(|l| {
            let pages = pages.clone();
            let url = format!("{base}/posts/{some_post}");
            let cookie = l.cookie.clone();
            let name = l.username.clone();
            async move {
                let page = pages
                    .get(url)
                    .header("cookie", format!("{SESSION_COOKIE}={cookie}"))
                    .send()
                    .await?
                    .text()
                    .await?;
                ensure!(
                    page.contains(&format!("/posts/{some_post}/like")),
                    "{name}: post page without a like form (not logged in?)"
                );
                csrf_in(&page).with_context(|| format!("{name}: no csrf_token"))
            }
        })
        .buffered(16)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<anyhow::Result<_>>()?;
    say!(
        "{} likers: csrf_token from GET /posts/{some_post}",
        tokens.len()
    );

    // 3. the streams
    let heard: Heard = Arc::default();
    let stats = Arc::new(StreamStats::default());
    let streams = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .tcp_nodelay(true)
        .pool_max_idle_per_host(0)
        .build()?;
    let t = Instant::now();
    let url = format!("{base}/notifications/stream");
    // BENCH_STREAM_USERS=n (memory breakdown only): the same number of
    // streams, spread over the first n receivers, so n broadcast channels.
    // A person holds at most MAX_STREAMS_PER_USER streams (the oldest
    // closes), so at least streams/16 people are needed.
    let fewest = receivers
        .len()
        .div_ceil(quill::web::live::MAX_STREAMS_PER_USER);
    let stream_users = env_usize("BENCH_STREAM_USERS", receivers.len())?
        .min(receivers.len())
        .max(fewest);
    if stream_users < receivers.len() {
        say!(
            "memory-only run: {} streams over {stream_users} receivers; no likes",
            receivers.len()
        );
    }
    let opened: Vec<anyhow::Result<()>> = futures::stream::iter(0..receivers.len())
        .map(|i| {
            open_stream(
                streams.clone(),
                url.clone(),
                receivers[i % stream_users].cookie.clone(),
                heard.clone(),
                stats.clone(),
            )
        })
        .buffer_unordered(OPEN_CONCURRENCY)
        .collect()
        .await;
    let open_secs = t.elapsed().as_secs_f64();
    let failures: Vec<String> = opened
        .iter()
        .filter_map(|r| r.as_ref().err().map(|e| format!("{e:#}")))
        .collect();
    stats.failed.store(failures.len(), Ordering::Relaxed);
    say!(
        "opened {}/{} streams in {open_secs:.1} s ({:.0}/s, {OPEN_CONCURRENCY} at a time); failures {}{}",
        stats.open.load(Ordering::Relaxed),
        receivers.len(),
        receivers.len() as f64 / open_secs,
        failures.len(),
        failures
            .first()
            .map(|e| format!(" (first: {e})"))
            .unwrap_or_default()
    );
    // Let allocations settle (and a keep-alive round pass) before reading RSS.
    tokio::time::sleep(Duration::from_secs(16)).await;
    let (rss1, _) = memory(pid)?;
    let (crss, _) = memory(std::process::id())?;
    let open_now = stats.open.load(Ordering::Relaxed) - stats.ended.load(Ordering::Relaxed);
    say!(
        "with {open_now} streams open (16 s later)  {}  => {:.1} KiB per stream over the baseline; client VmRSS {crss:.0} MiB",
        memory_line(pid)?,
        (rss1 - rss0) * 1024.0 / open_now.max(1) as f64
    );

    if stream_users < receivers.len() {
        println!("{}", report.join("\n"));
        return Ok(());
    }

    // 4. the likes, open loop
    let total = rate * seconds;
    let n_likers = likers.len();
    let n_posts = receivers.len();
    // Spread consecutive likes over receivers; coprime with the count.
    let stride = (7919..)
        .find(|s| gcd(*s, n_posts) == 1)
        .expect("a coprime stride");
    let likes_client = client()?;
    let likes: Arc<Mutex<Vec<Like>>> = Arc::new(Mutex::new(Vec::with_capacity(total)));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let max_in_flight = Arc::new(AtomicUsize::new(0));
    let limit = Arc::new(tokio::sync::Semaphore::new(MAX_IN_FLIGHT));
    let mut waited_for_limit = 0usize;
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let likers_arc: Arc<Vec<(String, String)>> = Arc::new(
        likers
            .iter()
            .zip(&tokens)
            .map(|(l, t)| (l.cookie.clone(), t.clone()))
            .collect(),
    );
    let posts: Arc<Vec<i64>> = Arc::new(receivers.iter().map(|r| r.post.unwrap_or(0)).collect());
    let before = stats.notifications.load(Ordering::Relaxed);
    let start = tokio::time::Instant::now() + Duration::from_millis(100);
    let mut tasks = Vec::with_capacity(total);
    let progress = {
        let stats = stats.clone();
        let likes = likes.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(5));
            tick.tick().await;
            loop {
                tick.tick().await;
                eprintln!(
                    "[sse]   ... likes answered {}, notifications heard {}",
                    likes.lock().unwrap().len(),
                    stats.notifications.load(Ordering::Relaxed)
                );
            }
        })
    };
    for k in 0..total {
        tokio::time::sleep_until(start + interval * k as u32).await;
        let permit = match limit.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                waited_for_limit += 1;
                limit.clone().acquire_owned().await?
            }
        };
        // Like k: post p, liker (p + round) % likers: a new pair each time
        // for up to likers * posts likes.
        let p = (k * stride) % n_posts;
        let round = k / n_posts;
        ensure!(round < n_likers, "more likes than (liker, post) pairs");
        let l = (p + round) % n_likers;
        let post = posts[p];
        let client = likes_client.clone();
        let likers = likers_arc.clone();
        let likes = likes.clone();
        let base = base.clone();
        let in_flight = in_flight.clone();
        let max_in_flight = max_in_flight.clone();
        tasks.push(tokio::spawn(async move {
            let now = in_flight.fetch_add(1, Ordering::Relaxed) + 1;
            max_in_flight.fetch_max(now, Ordering::Relaxed);
            let (cookie, token) = &likers[l];
            let sent = Instant::now();
            let resp = client
                .post(format!("{base}/posts/{post}/like"))
                .header("cookie", format!("{SESSION_COOKIE}={cookie}"))
                .form(&[("csrf_token", token.as_str())])
                .send()
                .await;
            let (answered, status) = match resp {
                Ok(r) => {
                    let at = Instant::now();
                    let status = r.status().as_u16();
                    let _ = r.bytes().await;
                    (Some(at), status)
                }
                Err(_) => (None, 0),
            };
            in_flight.fetch_sub(1, Ordering::Relaxed);
            drop(permit);
            likes.lock().unwrap().push(Like {
                post,
                actor: l,
                sent,
                answered,
                status,
            });
        }));
    }
    let sending_secs = (tokio::time::Instant::now() - start).as_secs_f64();
    for t in tasks {
        t.await?;
    }
    let load_secs = (tokio::time::Instant::now() - start).as_secs_f64();
    let likes = std::mem::take(&mut *likes.lock().unwrap());
    let ok = likes.iter().filter(|l| l.status == 303).count();
    // 5. late events
    let drain_start = Instant::now();
    while stats.notifications.load(Ordering::Relaxed) - before < ok && drain_start.elapsed() < DRAIN
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    progress.abort();
    let after = memory_line(pid)?;

    let mut statuses: HashMap<u16, usize> = HashMap::new();
    for l in &likes {
        *statuses.entry(l.status).or_default() += 1;
    }
    let mut statuses: Vec<_> = statuses.into_iter().collect();
    statuses.sort();
    say!(
        "likes: {} sent in {sending_secs:.1} s ({:.0}/s scheduled {rate}/s), all answered after {load_secs:.1} s => {:.0} likes/s achieved; \
         statuses {statuses:?}; max in flight {} (limit {MAX_IN_FLIGHT}, reached {waited_for_limit} times)",
        likes.len(),
        likes.len() as f64 / sending_secs,
        ok as f64 / load_secs,
        max_in_flight.load(Ordering::Relaxed),
    );

    let mut heard = std::mem::take(&mut *heard.lock().unwrap());
    let mut after_response = Vec::new();
    let mut after_send = Vec::new();
    let mut response = Vec::new();
    let mut missing = 0;
    let mut duplicates = 0;
    let mut negative = 0;
    for l in &likes {
        let Some(answered) = l.answered else { continue };
        response.push(ms((answered - l.sent).as_secs_f64()));
        if l.status != 303 {
            continue;
        }
        match heard.remove(&(l.post, likers[l.actor].username.clone())) {
            Some(at) => {
                duplicates += at.len() - 1;
                let d = signed_ms(at[0], answered);
                negative += usize::from(d < 0.0);
                after_response.push(d);
                after_send.push(ms((at[0] - l.sent).as_secs_f64()));
            }
            None => missing += 1,
        }
    }
    let unmatched: usize = heard.values().map(Vec::len).sum();
    say!(
        "events: {} of {ok} expected received (missing {missing}, duplicates {duplicates}, unmatched {unmatched}, \
         refresh {}, other {}); streams ended early {}",
        after_response.len(),
        stats.refresh.load(Ordering::Relaxed),
        stats.other_events.load(Ordering::Relaxed),
        stats.ended.load(Ordering::Relaxed),
    );
    say!("{}", summary("like response -> event", after_response));
    say!(
        "    ({negative} of them negative: event before the like's response; the server publishes, then answers)"
    );
    say!("{}", summary("like sent -> event", after_send));
    say!("{}", summary("like sent -> response (303)", response));
    say!(
        "after the likes  {after}  (stream bytes read {:.0} KiB)",
        stats.bytes.load(Ordering::Relaxed) as f64 / 1024.0
    );
    println!("{}", report.join("\n"));
    Ok(())
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}
