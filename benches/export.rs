//! "Download my data" at scale: the time and peak memory of the export
//! job for one account with BENCH_POSTS posts (1,000) and BENCH_PICTURES
//! pictures (100), plus 2,000 comments, 500 likes and 300 follows.
//!
//!   cargo bench --bench export
//!   BENCH_POSTS=10000 BENCH_PICTURES=500 cargo bench --bench export
//!
//! Seeds SQLite directly: posts of about 2,000 words of Markdown each;
//! pictures are real JPEG files (1600×1200, about 0.8 MB each, noisy so
//! they do not compress to nothing) in the upload dir, half of them post
//! covers and half in posts' text. Then runs the real job handler
//! (`build_export`: the zip under the data dir, its row, its mail job)
//! BENCH_RUNS times (3). Reports wall time per run, the zip's size, and the
//! process's RSS before the runs and its peak during them (VmHWM, reset
//! through /proc/self/clear_refs after seeding, so seeding does not count).

// A test, bench or example that cannot go on may panic: unwrap is allowed here.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use clap::Parser;
use quill::app::Site;
use quill::config::{Cli, Config};
use quill::db::now_ms;
use quill::settings::export::{BuildExport, build_export};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn status(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// A 1600×1200 JPEG with some noise, like a photo (`seed` varies it).
fn photo(seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let img = image::RgbImage::from_fn(1600, 1200, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = (state & 0x3f) as u8;
        image::Rgb([
            ((x / 7) as u8).wrapping_add(n),
            ((y / 5) as u8).wrapping_add(n / 2),
            (seed as u8).wrapping_add(n),
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let posts = env("BENCH_POSTS", 1_000);
    let pictures = env("BENCH_PICTURES", 100).min(posts * 2);
    let runs = env("BENCH_RUNS", 3).max(1);
    let dir = tempfile::tempdir()?;
    let mut settings = Cli::parse_from(["quill"]).settings;
    settings.data_dir = dir.path().join("data");
    settings.upload_dir = dir.path().join("uploads");
    settings.base_url = Some("http://quill.test".into());
    settings.database_url = None;
    settings.smtp_url = None;
    settings.redis_url = None;
    let config = Config::from_settings(settings).map_err(anyhow::Error::msg)?;
    let site = Site::build(config).await?;
    let db = site.db.clone();

    let seeding = Instant::now();
    let now = now_ms();
    let mut tx = db.begin().await?;
    for i in 0..301 {
        sqlx::query(
            "INSERT INTO account (username, email, email_key, password_hash, email_verified_at, created_at, updated_at) \
             VALUES ($1, $2, $2, 'x', $3, $3, $3)",
        )
        .bind(if i == 0 { "writer".to_string() } else { format!("u{i:04}") })
        .bind(format!("u{i:04}@example.com"))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    // Account 1 writes; 2..=151 follow it, it follows 152..=301.
    let paragraph = "Some **Markdown** with a [link](https://example.com), `code`, and words: \
        the quick brown fox jumps over the lazy dog again and again. "
        .repeat(10);
    let body: String = (0..16)
        .map(|i| format!("## Part {i}\n\n{paragraph}\n\n"))
        .collect();
    for i in 0..posts {
        sqlx::query(
            "INSERT INTO post (author_id, title, description, body, body_html, created_at, updated_at, published_at) \
             VALUES (1, $1, 'A summary', $2, '<p>x</p>', $3, $3, $3)",
        )
        .bind(format!("Post number {i}: \"quoted\""))
        .bind(&body)
        .bind(now - (posts - i) as i64 * 60_000)
        .execute(&mut *tx)
        .await?;
    }
    for t in ["rust", "web", "notes"] {
        sqlx::query("INSERT INTO tag (name) VALUES ($1)")
            .bind(t)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("INSERT INTO post_tag (post_id, tag_id) SELECT p.id, t.id FROM post p, tag t WHERE p.id % 3 = t.id % 3")
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO follow (follower_id, followee_id, created_at) SELECT id, 1, $1 FROM account WHERE id BETWEEN 2 AND 151",
    )
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO follow (follower_id, followee_id, created_at) SELECT 1, id, $1 FROM account WHERE id > 151",
    )
    .bind(now)
    .execute(&mut *tx)
    .await?;
    for i in 0..2000i64 {
        sqlx::query(
            "INSERT INTO comment (post_id, author_id, body, created_at) VALUES ($1, 1, 'A comment with *Markdown* in it.', $2)",
        )
        .bind(1 + i % posts as i64)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO post_like (post_id, account_id, created_at) SELECT id, 1, $1 FROM post WHERE id <= 500",
    )
    .bind(now)
    .execute(&mut *tx)
    .await?;
    // Pictures: real files; the first half post covers, the rest in posts' text.
    let uploads = dir.path().join("uploads");
    let mut picture_bytes = 0u64;
    for k in 0..pictures {
        let bytes = photo(k as u32 + 1);
        picture_bytes += bytes.len() as u64;
        let hash = format!("{k:02x}{:030x}", k);
        let name = format!("{}/{hash}.jpg", &hash[..2]);
        let path = uploads.join(&name);
        std::fs::create_dir_all(path.parent().unwrap())?;
        std::fs::write(&path, &bytes)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO image (owner_id, original, original_w, original_h, large, large_w, large_h, small, small_w, small_h, created_at, bytes) \
             VALUES (1, $1, 1600, 1200, $1, 1600, 1200, $1, 1600, 1200, $2, $3) RETURNING id",
        )
        .bind(&name)
        .bind(now)
        .bind(bytes.len() as i64)
        .fetch_one(&mut *tx)
        .await?;
        let post = (k % posts) as i64 + 1;
        if k < pictures / 2 {
            sqlx::query("UPDATE post SET image_id = $1, image_alt = 'A cover' WHERE id = $2")
                .bind(id)
                .bind(post)
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query("INSERT INTO post_picture (post_id, image_id) VALUES ($1, $2)")
                .bind(post)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE post SET body = body || $1 WHERE id = $2")
                .bind(format!("\n![A picture](/uploads/{name})\n"))
                .bind(post)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    println!(
        "seeded {posts} posts (~{} KB of Markdown each), {pictures} pictures ({:.1} MB), 2000 comments, 500 likes, 300 follows in {:.1} s",
        body.len() / 1024,
        picture_bytes as f64 / 1048576.0,
        seeding.elapsed().as_secs_f64()
    );

    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status("VmRSS:");
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        build_export(site.base.clone(), BuildExport { account_id: 1 }).await?;
        times.push(started.elapsed().as_secs_f64());
    }
    let peak = status("VmHWM:");
    let (file_path, bytes): (String, i64) =
        sqlx::query_as("SELECT file_path, bytes FROM data_export ORDER BY id DESC LIMIT 1")
            .fetch_one(&db)
            .await?;
    let zip = std::fs::File::open(dir.path().join("data").join(&file_path))?;
    let entries = zip::ZipArchive::new(zip)?.len();
    times.sort_by(f64::total_cmp);
    println!(
        "export of {posts} posts and {pictures} pictures: min {:.2} s, median {:.2} s, max {:.2} s over {runs} runs; \
         zip {:.1} MB, {entries} files; RSS before {before:.1} MiB, peak during the runs {peak:.1} MiB; nproc {}",
        times[0],
        times[times.len() / 2],
        times[times.len() - 1],
        bytes as f64 / 1048576.0,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
    );
    Ok(())
}
