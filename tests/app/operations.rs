//! Operations: backups that restore (taken while the site is written to),
//! archives that are checked before anything is written, scheduled backups
//! across instances, and Prometheus metrics that move with traffic.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use quill::config::Config;
use reqwest::StatusCode;

use crate::helpers::{
    PgDatabase, TestApp, comment_in, on_each_backend, on_each_backend_configured, photo,
    test_settings,
};

/// A place to restore into, on the same backend as `app`: empty folders
/// and, on PostgreSQL, an empty database.
struct Elsewhere {
    dir: tempfile::TempDir,
    pg: Option<PgDatabase>,
}

impl Elsewhere {
    async fn like(app: &TestApp) -> Elsewhere {
        let pg = match app.backend {
            "postgres" => {
                Some(PgDatabase::create(&std::env::var("TEST_DATABASE_URL").unwrap()).await)
            }
            _ => None,
        };
        Elsewhere {
            dir: tempfile::tempdir().unwrap(),
            pg,
        }
    }

    fn config(&self) -> Config {
        Config::from_settings(test_settings(
            self.dir.path(),
            self.pg.as_ref().map(|p| p.url.clone()),
        ))
        .unwrap()
    }

    /// Serves what was restored here.
    async fn serve(self) -> (TestApp, tempfile::TempDir) {
        let root = self.dir.path().to_path_buf();
        let app = TestApp::spawn_configured(self.pg, |s| {
            s.data_dir = root.join("data");
            s.upload_dir = root.join("uploads");
        })
        .await;
        (app, self.dir)
    }
}

async fn back_up(app: &TestApp, out: &Path) -> quill::backup::Made {
    quill::backup::create(
        &app.state.config,
        &app.db,
        out,
        indicatif::ProgressBar::hidden(),
    )
    .await
    .unwrap_or_else(|e| panic!("[{}] backup: {e:#}", app.backend))
}

async fn restore(config: &Config, from: &Path, force: bool) -> anyhow::Result<()> {
    quill::backup::restore(config, from, force, indicatif::ProgressBar::hidden())
        .await
        .map(|_| ())
}

async fn count(db: &quill::db::Db, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_backup_taken_while_people_write_restores_every_post_comment_like_and_picture() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let mut ben = app.user("ben").await;
        ana.get("/posts/new").await;
        let r = ana
            .post_files(
                "/posts",
                &[
                    ("title", "Kept safe"),
                    ("body", "With a picture."),
                    ("tags", "ops"),
                ],
                vec![("image", "cover.png", photo(320, 200, 120))],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        let post = r.location.clone();
        ben.get(&post).await;
        let r = ben
            .post(&format!("{post}/comments"), &[("body", "Lovely")])
            .await;
        let comment = comment_in(&r.location);
        ben.post(&format!("{post}/like"), &[]).await;
        let page = ana.get(&post).await.text;
        let picture = page
            .split("src=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .find(|src| src.starts_with("/uploads/"))
            .expect("the post shows its picture")
            .to_string();
        let (status, _, original) = ana.get_bytes(&picture).await;
        assert_eq!(status, StatusCode::OK);

        // A steady stream of new posts while the backup runs.
        let before = count(&app.db, "post").await;
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let mut writer = app.user("wri").await;
        let writing = tokio::spawn(async move {
            let mut written = 0;
            while !*stopped.borrow_and_update() {
                writer
                    .create_post(&format!("Load {written}"), "text", "")
                    .await;
                written += 1;
            }
            written
        });
        let dir = tempfile::tempdir().unwrap();
        let archive = dir.path().join("site.tar.zst");
        let made = back_up(&app, &archive).await;
        stop.send(true).unwrap();
        let written = writing.await.unwrap();
        assert!(
            written > 0,
            "[{}] the writer wrote during the backup",
            app.backend
        );
        let backed_up = made.manifest.counts["post"];
        assert!(
            backed_up >= before && backed_up <= count(&app.db, "post").await,
            "[{}] the snapshot holds {backed_up} posts, between {before} and the total",
            app.backend
        );

        let elsewhere = Elsewhere::like(&app).await;
        restore(&elsewhere.config(), &archive, false)
            .await
            .unwrap_or_else(|e| panic!("[{}] restore: {e:#}", app.backend));
        let (restored, _dir) = elsewhere.serve().await;
        assert_eq!(
            count(&restored.db, "post").await,
            backed_up,
            "[{}]",
            app.backend
        );
        let mut reader = restored.browser();
        let page = reader.get(&post).await;
        assert!(
            page.text.contains("Kept safe"),
            "[{}] the post",
            app.backend
        );
        assert!(
            page.text.contains("Lovely"),
            "[{}] the comment",
            app.backend
        );
        assert!(
            page.text.contains(&format!("id=\"comment-{comment}\"")),
            "[{}] the comment keeps its id",
            app.backend
        );
        assert!(page.text.contains("1 like<"), "[{}] the like", app.backend);
        let (status, _, bytes) = reader.get_bytes(&picture).await;
        assert_eq!(status, StatusCode::OK, "[{}] the picture", app.backend);
        assert_eq!(bytes, original, "[{}] the same picture", app.backend);
        // The accounts came along with their passwords.
        restored.user_session("ana", "correct horse battery").await;
    })
    .await;
}

#[tokio::test]
async fn a_corrupted_archive_is_refused_before_anything_is_written() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        ana.create_post("Something", "to back up", "").await;
        let dir = tempfile::tempdir().unwrap();
        let archive = dir.path().join("site.tar.zst");
        back_up(&app, &archive).await;
        let mut bytes = std::fs::read(&archive).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0xFF;
        let damaged = dir.path().join("damaged.tar.zst");
        std::fs::write(&damaged, &bytes).unwrap();
        let truncated = dir.path().join("truncated.tar.zst");
        std::fs::write(&truncated, &bytes[..middle]).unwrap();

        for bad in [&damaged, &truncated] {
            let elsewhere = Elsewhere::like(&app).await;
            let config = elsewhere.config();
            let refused = restore(&config, bad, false).await.unwrap_err();
            assert!(
                format!("{refused:#}").contains("damaged"),
                "[{}] says why: {refused:#}",
                app.backend
            );
            assert!(
                !config.data_dir.exists(),
                "[{}] no data folder",
                app.backend
            );
            assert!(!config.upload_dir.exists(), "[{}] no uploads", app.backend);
            if let Some(pg) = &elsewhere.pg {
                let db = quill::db::connect(&pg.url).await.unwrap();
                let tables: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'",
                )
                .fetch_one(&db)
                .await
                .unwrap();
                assert_eq!(tables, 0, "nothing written to PostgreSQL");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn restoring_over_a_site_is_refused_unless_forced_and_then_replaces_it() {
    on_each_backend(|app| async move {
        let mut ana = app.user("ana").await;
        let post = ana.create_post("From the archive", "text", "").await;
        let dir = tempfile::tempdir().unwrap();
        let archive = dir.path().join("site.tar.zst");
        back_up(&app, &archive).await;

        let elsewhere = Elsewhere::like(&app).await;
        let config = elsewhere.config();
        restore(&config, &archive, false).await.unwrap();
        // Something of the target's own, which a forced restore replaces.
        let stray = config.upload_dir.join("stray.txt");
        std::fs::write(&stray, "mine").unwrap();
        let refused = restore(&config, &archive, false).await.unwrap_err();
        assert!(
            format!("{refused:#}").contains("--force"),
            "[{}] names the way out: {refused:#}",
            app.backend
        );
        assert!(stray.exists(), "[{}] nothing touched", app.backend);
        // The running site's own database is refused too.
        assert!(restore(&app.state.config, &archive, false).await.is_err());

        // Not even forced while a Quill process uses the site.
        if let Some(held) = quill::db::hold_site(&config.database_url.0).unwrap() {
            let refused = restore(&config, &archive, true).await.unwrap_err();
            assert!(format!("{refused}").contains("stop it"), "{refused}");
            assert!(stray.exists(), "nothing touched");
            drop(held);
        }

        restore(&config, &archive, true)
            .await
            .unwrap_or_else(|e| panic!("[{}] forced restore: {e:#}", app.backend));
        assert!(
            !stray.exists(),
            "[{}] the old uploads are replaced",
            app.backend
        );
        let (restored, _dir) = elsewhere.serve().await;
        let page = restored.browser().get(&format!("/posts/{post}")).await;
        assert!(page.text.contains("From the archive"), "[{}]", app.backend);
        assert_eq!(
            count(&restored.db, "post").await,
            1,
            "[{}] once",
            app.backend
        );
    })
    .await;
}

fn archives_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tar.zst"))
        .collect();
    names.sort();
    names
}

fn backups_into(dir: PathBuf, keep: usize) -> impl Fn(&mut quill::config::Settings) {
    move |s| {
        s.backup_dir = Some(dir.clone());
        s.backup_every = "1h".into();
        s.backup_keep = keep;
    }
}

#[tokio::test]
async fn two_instances_make_one_archive_per_slot_and_keep_only_the_newest() {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("backups");
    on_each_backend_configured(backups_into(dir.clone(), 2), |app| {
        let dir = dir.clone();
        async move {
            let _ = std::fs::remove_dir_all(&dir);
            app.user("ana").await.create_post("Daily", "news", "").await;
            let plan = app.state.config.backups.clone().unwrap();
            // Two processes, each with its own ticker on the same database.
            let (one, two) = (
                quill::admin::backups::schedules(Some(&plan)),
                quill::admin::backups::schedules(Some(&plan)),
            );
            // Slots in the past, so their jobs are due at once.
            let mut now = quill::db::now_ms() - 30 * 86_400_000;
            quill::jobs::schedule::tick(&app.db, &one, now)
                .await
                .unwrap();
            let mut slots = Vec::new();
            for _ in 0..4 {
                now = quill::jobs::schedule::upcoming(&app.db)
                    .await
                    .unwrap()
                    .into_iter()
                    .find(|s| s.name == "backup")
                    .unwrap()
                    .next_at;
                let a = quill::jobs::schedule::tick(&app.db, &one, now)
                    .await
                    .unwrap();
                let b = quill::jobs::schedule::tick(&app.db, &two, now)
                    .await
                    .unwrap();
                assert_eq!(a + b, 1, "[{}] one job for the slot", app.backend);
                app.run_pending_jobs().await;
                slots.push(quill::admin::backups::file_name(now));
            }
            let kept = archives_in(&dir);
            assert_eq!(
                kept,
                slots[2..].to_vec(),
                "[{}] the newest two",
                app.backend
            );
            let runs: i64 = count(&app.db, "backup_run").await;
            assert_eq!(runs, 4, "[{}] one run per slot", app.backend);
            // The dashboard shows the last one.
            let mut admin = app.user("boss").await;
            app.set_role("boss", "admin").await;
            let page = admin.get("/admin").await;
            assert!(
                page.text.contains(&slots[3]),
                "[{}] {}",
                app.backend,
                page.text
            );
            assert!(!page.text.contains("backup failed"), "[{}]", app.backend);
        }
    })
    .await;
}

#[tokio::test]
async fn a_failed_scheduled_backup_shows_on_the_dashboard_and_is_mailed_to_admins() {
    let folder = tempfile::tempdir().unwrap();
    // A file where the folder should be: no archive can be written there.
    let blocked = folder.path().join("not-a-folder");
    std::fs::write(&blocked, "in the way").unwrap();
    on_each_backend_configured(backups_into(blocked.join("backups"), 7), |app| async move {
        let mut boss = app.verified_user("boss").await;
        app.set_role("boss", "admin").await;
        app.verified_user("someone").await;
        let run = quill::admin::backups::RunBackup {
            slot: quill::db::now_ms(),
        };
        quill::jobs::enqueue(&app.db, &run, 0).await.unwrap();
        app.run_pending_jobs().await;

        let page = boss.get("/admin").await;
        assert!(
            page.text.contains("The last scheduled backup failed"),
            "[{}] {}",
            app.backend,
            page.text
        );
        let mail = app.mail_to("boss@example.com");
        assert_eq!(mail.len(), 1, "[{}] the admin is told once", app.backend);
        assert!(
            mail[0].contains("could not be written"),
            "[{}]",
            app.backend
        );
        assert!(app.mail_to("someone@example.com").is_empty(), "only admins");
        // The failed run is not retried: the next slot tries again.
        let left: i64 = count(&app.db, "job").await;
        assert_eq!(left, 0, "[{}] nothing left to retry", app.backend);
    })
    .await;
}

/// One sample line of the Prometheus text format.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// Parses the Prometheus text exposition format strictly: every line is a
/// comment, a `# HELP`/`# TYPE` line or a sample of a family typed before
/// it, with quoted (escaped) label values and a float value.
fn parse_exposition(text: &str) -> Result<Vec<Sample>, String> {
    fn is_name(s: &str, colons: bool) -> bool {
        let mut chars = s.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || (colons && c == ':'))
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || (colons && c == ':'))
    }
    let mut typed = BTreeMap::new();
    let mut samples = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let bad = |why: &str| format!("line {}: {why}: {line}", n + 1);
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let words: Vec<&str> = comment.trim_start().splitn(3, ' ').collect();
            match words.as_slice() {
                ["TYPE", name, kind] => {
                    if !is_name(name, true)
                        || !["counter", "gauge", "histogram", "summary", "untyped"].contains(kind)
                    {
                        return Err(bad("a bad TYPE"));
                    }
                    typed.insert(name.to_string(), kind.to_string());
                }
                ["HELP", name, ..] if !is_name(name, true) => return Err(bad("a bad HELP")),
                _ => {}
            }
            continue;
        }
        let name_end = line.find(['{', ' ']).ok_or_else(|| bad("no value"))?;
        let name = &line[..name_end];
        if !is_name(name, true) {
            return Err(bad("a bad metric name"));
        }
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix).filter(|f| typed.contains_key(*f)))
            .unwrap_or(name);
        if !typed.contains_key(family) {
            return Err(bad("a sample before its TYPE"));
        }
        let mut rest = &line[name_end..];
        let mut labels = BTreeMap::new();
        if let Some(inner) = rest.strip_prefix('{') {
            rest = inner;
            loop {
                if let Some(after) = rest.strip_prefix('}') {
                    rest = after;
                    break;
                }
                let eq = rest.find('=').ok_or_else(|| bad("a label without ="))?;
                let label = &rest[..eq];
                if !is_name(label, false) {
                    return Err(bad("a bad label name"));
                }
                let mut chars = rest[eq + 1..]
                    .strip_prefix('"')
                    .ok_or_else(|| bad("an unquoted label"))?
                    .char_indices();
                let mut value = String::new();
                let end = loop {
                    match chars.next().ok_or_else(|| bad("an unterminated label"))? {
                        (i, '"') => break i,
                        (_, '\\') => match chars.next().map(|c| c.1) {
                            Some('n') => value.push('\n'),
                            Some(c @ ('\\' | '"')) => value.push(c),
                            _ => return Err(bad("a bad escape")),
                        },
                        (_, c) => value.push(c),
                    }
                };
                labels.insert(label.to_string(), value);
                rest = &rest[eq + 2 + end + 1..];
                rest = rest.strip_prefix(',').unwrap_or(rest);
            }
        }
        let mut fields = rest
            .strip_prefix(' ')
            .ok_or_else(|| bad("no space before the value"))?
            .split(' ');
        let value = match fields.next().unwrap_or("") {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v
                .parse::<f64>()
                .map_err(|_| bad("a value that is not a number"))?,
        };
        if let Some(ts) = fields.next()
            && ts.parse::<i64>().is_err()
        {
            return Err(bad("a bad timestamp"));
        }
        samples.push(Sample {
            name: name.to_string(),
            labels,
            value,
        });
    }
    Ok(samples)
}

async fn scrape(app: &TestApp) -> Vec<Sample> {
    let url = app.metrics.as_ref().expect("metrics are on");
    let text = reqwest::get(url).await.unwrap().text().await.unwrap();
    parse_exposition(&text).unwrap_or_else(|e| panic!("not Prometheus text: {e}"))
}

/// The sum of the samples called `name` that carry `labels`.
fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
        .sum()
}

#[tokio::test]
async fn metrics_parse_as_prometheus_text_and_move_with_traffic() {
    on_each_backend_configured(
        |s| s.metrics_addr = Some("127.0.0.1:0".into()),
        |app| async move {
            let mut ana = app.verified_user("ana").await;
            let post = ana.create_post("Counted", "text", "").await;
            let before = scrape(&app).await;
            let reader = &mut app.browser();
            for _ in 0..3 {
                reader.get(&format!("/posts/{post}")).await;
            }
            reader.get("/no/such/page").await;
            // An open stream, and a job that sends mail (the
            // password-changed notice).
            let ben = app.user("ben").await;
            let stream = ben.stream("/notifications/stream", None).await;
            assert_eq!(stream.status(), StatusCode::OK);
            ana.get("/settings").await;
            ana.post(
                "/settings/password",
                &[
                    ("current_password", "correct horse battery"),
                    ("new_password", "another horse battery"),
                ],
            )
            .await;
            app.run_pending_jobs().await;
            let after = scrape(&app).await;

            let page = [
                ("route", "/posts/{id}"),
                ("method", "GET"),
                ("status", "200"),
            ];
            let views = value(&after, "quill_http_requests_total", &page)
                - value(&before, "quill_http_requests_total", &page);
            assert_eq!(
                views,
                3.0,
                "[{}] three views counted under the route: {:?}",
                app.backend,
                after
                    .iter()
                    .filter(|s| s.name.starts_with("quill_http_requests"))
                    .collect::<Vec<_>>()
            );
            assert!(
                !after.iter().any(|s| s
                    .labels
                    .get("route")
                    .is_some_and(|r| r.contains(&post.to_string()))),
                "[{}] routes are patterns, not paths",
                app.backend
            );
            let missing = [("route", "unmatched"), ("status", "404")];
            assert!(value(&after, "quill_http_requests_total", &missing) >= 1.0);
            let timed = value(
                &after,
                "quill_http_request_duration_seconds_bucket",
                &[("route", "/posts/{id}"), ("le", "+Inf")],
            );
            assert!(timed >= 3.0, "[{}] latency histograms", app.backend);
            assert!(
                value(&after, "quill_mail_sent_total", &[])
                    > value(&before, "quill_mail_sent_total", &[])
            );
            assert!(value(&after, "quill_jobs_run_total", &[]) >= 1.0);
            assert_eq!(
                value(&after, "quill_sse_streams_open", &[]),
                1.0,
                "[{}]",
                app.backend
            );
            assert!(
                after.iter().any(|s| s.name == "quill_jobs"
                    && s.labels.get("state").is_some_and(|v| v == "dead"))
            );
            assert!(value(&after, "quill_db_pool_connections", &[("state", "max")]) >= 1.0);
            assert!(after.iter().any(|s| s.name == "quill_search_index_lag"));
            assert!(after.iter().any(|s| s.name == "quill_upload_bytes"));
            drop(stream);

            // Never on the public address.
            assert_eq!(
                app.browser().get("/metrics").await.status,
                StatusCode::NOT_FOUND
            );
        },
    )
    .await;
}
