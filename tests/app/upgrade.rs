//! Upgrades: a database made by the first release's migrations, with rows
//! in every table it had, migrates to today's schema without losing any,
//! and the site serves it.

use std::path::Path;

use quill::db::{Backend, Db};
use reqwest::StatusCode;

use crate::helpers::{PgDatabase, TestApp};

/// Applies only the first migration set (`0001_core.sql`), as the first
/// release left a database.
async fn first_release_schema(db: &Db, backend: &str) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend)
        .join("0001_core.sql");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(&source, dir.path().join("0001_core.sql")).unwrap();
    let first = sqlx::migrate::Migrator::new(dir.path()).await.unwrap();
    first.run(db).await.unwrap();
}

/// Rows in every table of the first schema, as its code wrote them.
async fn first_release_rows(db: &Db) {
    let hash = quill::crypto::password::Passwords::new()
        .unwrap()
        .hash("correct horse battery")
        .await
        .unwrap();
    let t = 1_700_000_000_000_i64;
    for (name, email) in [("ana", "ana@example.com"), ("ben", "ben@example.com")] {
        sqlx::query(
            "INSERT INTO account (username, email, email_key, password_hash, display_name, bio, \
             email_verified_at, created_at, updated_at) VALUES ($1, $2, $2, $3, $4, 'A bio', $5, $5, $5)",
        )
        .bind(name)
        .bind(email)
        .bind(&hash)
        .bind(name.to_uppercase())
        .bind(t)
        .execute(db)
        .await
        .unwrap();
    }
    let ana: i64 = sqlx::query_scalar("SELECT id FROM account WHERE username = 'ana'")
        .fetch_one(db)
        .await
        .unwrap();
    let ben: i64 = sqlx::query_scalar("SELECT id FROM account WHERE username = 'ben'")
        .fetch_one(db)
        .await
        .unwrap();
    let statements: Vec<(&str, Vec<i64>)> = vec![
        (
            "INSERT INTO setting (name, value) VALUES ('site_note', 'kept across upgrades')",
            vec![],
        ),
        (
            "INSERT INTO session (id, account_id, data, created_at, expires_at) VALUES ('old-session', $1, '{}', $2, $2)",
            vec![ana, t],
        ),
        (
            "INSERT INTO post (author_id, title, description, body, body_html, created_at, updated_at) \
             VALUES ($1, 'Written before the upgrade', 'Old', 'Some *old* words.', '<p>Some <em>old</em> words.</p>', $2, $2)",
            vec![ana, t],
        ),
        ("INSERT INTO tag (name) VALUES ('history')", vec![]),
        (
            "INSERT INTO post_tag (post_id, tag_id) SELECT p.id, g.id FROM post p, tag g",
            vec![],
        ),
        (
            "INSERT INTO follow (follower_id, followee_id, created_at) VALUES ($1, $2, $3)",
            vec![ben, ana, t],
        ),
        (
            "INSERT INTO post_like (post_id, account_id, created_at) SELECT id, $1, $2 FROM post",
            vec![ben, t],
        ),
        (
            "INSERT INTO comment (post_id, author_id, body, created_at) SELECT id, $1, 'An old comment', $2 FROM post",
            vec![ben, t],
        ),
    ];
    for (sql, binds) in statements {
        let mut q = sqlx::query(sql);
        for b in binds {
            q = q.bind(b);
        }
        q.execute(db).await.unwrap();
    }
}

const FIRST_TABLES: [&str; 9] = [
    "setting",
    "account",
    "session",
    "post",
    "tag",
    "post_tag",
    "follow",
    "post_like",
    "comment",
];

async fn counts(db: &Db) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in FIRST_TABLES {
        counts.push(
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(db)
                .await
                .unwrap(),
        );
    }
    counts
}

#[tokio::test]
async fn a_database_from_the_first_release_migrates_to_today_without_losing_a_row() {
    let mut places: Vec<(tempfile::TempDir, Option<PgDatabase>)> =
        vec![(tempfile::tempdir().unwrap(), None)];
    if let Ok(admin) = std::env::var("TEST_DATABASE_URL") {
        places.push((
            tempfile::tempdir().unwrap(),
            Some(PgDatabase::create(&admin).await),
        ));
    }
    for (dir, pg) in places {
        let (url, backend) = match &pg {
            Some(pg) => (pg.url.clone(), "postgres"),
            None => (
                format!("sqlite://{}/data/quill.db", dir.path().display()),
                "sqlite",
            ),
        };
        let db = quill::db::connect(&url).await.unwrap();
        first_release_schema(&db, backend).await;
        first_release_rows(&db).await;
        let before = counts(&db).await;
        assert!(
            before.iter().all(|&n| n > 0),
            "[{backend}] a row in every table"
        );
        quill::db::migrate(&db, Backend::of(&url)).await.unwrap();
        assert_eq!(
            counts(&db).await,
            before,
            "[{backend}] every row is still there"
        );
        let note: String = sqlx::query_scalar("SELECT value FROM setting WHERE name = 'site_note'")
            .fetch_one(&db)
            .await
            .unwrap();
        assert_eq!(note, "kept across upgrades");
        db.close().await;

        // The upgraded site serves the old rows.
        let root = dir.path().to_path_buf();
        let app = TestApp::spawn_configured(pg, |s| {
            s.data_dir = root.join("data");
            s.upload_dir = root.join("uploads");
        })
        .await;
        let mut ben = app.user_session("ben", "correct horse battery").await;
        let post: i64 = sqlx::query_scalar("SELECT id FROM post")
            .fetch_one(&app.db)
            .await
            .unwrap();
        let page = ben.get(&format!("/posts/{post}")).await;
        assert_eq!(page.status, StatusCode::OK, "[{backend}]");
        for kept in [
            "Written before the upgrade",
            "An old comment",
            "1 like<",
            "history",
        ] {
            assert!(
                page.text.contains(kept),
                "[{backend}] {kept}: {}",
                page.text
            );
        }
        let profile = ben.get("/u/ana").await;
        assert!(
            profile.text.contains(">Unfollow<"),
            "[{backend}] ben still follows ana"
        );
    }
}
