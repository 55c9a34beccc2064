//! The zip of one account's data. Two halves joined by a small bounded
//! channel: this side (async) pages through the database, a hundred posts
//! or five hundred rows at a time, and hands over each file's bytes; a
//! blocking thread (`spawn_blocking`) compresses them into the zip on disk
//! and copies the pictures in from the upload dir. The channel holds at
//! most `QUEUED` parts, so memory stays bounded by a page of rows and a
//! few files, however large the account.
//!
//! Text is deflated; pictures are stored as they are (JPEG and PNG are
//! compressed already, deflating them again costs time and saves nothing).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde_json::json;
use tokio::sync::mpsc;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use crate::db::{Db, placeholders};
use crate::i18n::Lang;
use crate::web::iso_ms;

/// Parts waiting for the writer: each is at most one page of rows or one post.
const QUEUED: usize = 8;
const POSTS_PER_PAGE: i64 = 100;
const ROWS_PER_PAGE: i64 = 500;

/// What the writer is asked to do, in order.
enum Part {
    /// A new file in the zip (text, deflated); `Data` parts follow.
    Begin {
        name: String,
        modified: i64,
    },
    Data(Vec<u8>),
    /// A stored picture copied in as it is. A file missing from the upload
    /// dir is left out (logged): one lost picture should not cost the
    /// whole export.
    Copy {
        name: String,
        from: PathBuf,
        modified: i64,
    },
}

/// What went into an archive.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub posts: u64,
    pub pictures: u64,
    pub comments: u64,
    /// The zip's size.
    pub bytes: u64,
}

/// Writes the archive of `account` to `path` (created; removed again on
/// failure). `uploads` is the upload dir the pictures are read from; its
/// README.txt is written in `lang`.
pub async fn build(
    db: &Db,
    uploads: &Path,
    account: i64,
    path: &Path,
    lang: &Lang,
) -> anyhow::Result<Summary> {
    let (tx, rx) = mpsc::channel(QUEUED);
    let target = path.to_path_buf();
    let writer = tokio::task::spawn_blocking(move || write_zip(&target, rx));
    let produced = produce(db, uploads, account, &tx, lang).await;
    drop(tx);
    let written = writer.await.context("the zip writer panicked");
    let result = match (produced, written) {
        (Ok(mut summary), Ok(Ok(stats))) => {
            summary.pictures = stats.pictures;
            summary.bytes = stats.bytes;
            Ok(summary)
        }
        // The writer's error explains a producer that found the channel closed.
        (_, Ok(Err(e)) | Err(e)) => Err(e),
        (Err(e), Ok(Ok(_))) => Err(e),
    };
    if result.is_err() {
        let _ = tokio::fs::remove_file(path).await;
    }
    result
}

struct Written {
    pictures: u64,
    bytes: u64,
}

/// The blocking half: everything it is sent, into one zip file.
fn write_zip(path: &Path, mut rx: mpsc::Receiver<Part>) -> anyhow::Result<Written> {
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::with_capacity(1 << 16, file));
    let mut pictures = 0;
    while let Some(part) = rx.blocking_recv() {
        match part {
            Part::Begin { name, modified } => {
                let options = options(modified).compression_method(CompressionMethod::Deflated);
                zip.start_file(name, options)?;
            }
            Part::Data(bytes) => zip.write_all(&bytes)?,
            Part::Copy {
                name,
                from,
                modified,
            } => {
                let mut source = match std::fs::File::open(&from) {
                    Ok(f) => f,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        tracing::warn!(file = %from.display(), "a picture's file is missing; left out of the export");
                        continue;
                    }
                    Err(e) => {
                        return Err(e).with_context(|| format!("cannot read {}", from.display()));
                    }
                };
                let options = options(modified).compression_method(CompressionMethod::Stored);
                zip.start_file(name, options)?;
                std::io::copy(&mut source, &mut zip)?;
                pictures += 1;
            }
        }
    }
    let file = zip
        .finish()?
        .into_inner()
        .map_err(|e| e.into_error())
        .context("cannot write the zip")?;
    file.sync_all()?;
    Ok(Written {
        pictures,
        bytes: file.metadata()?.len(),
    })
}

fn options(modified_ms: i64) -> SimpleFileOptions {
    let at = time::OffsetDateTime::from_unix_timestamp(modified_ms.div_euclid(1000))
        .ok()
        .and_then(|t| {
            zip::DateTime::try_from(time::PrimitiveDateTime::new(t.date(), t.time())).ok()
        })
        .unwrap_or_default();
    SimpleFileOptions::default()
        .last_modified_time(at)
        .large_file(true)
}

/// The async half: reads the account page by page and sends the parts.
struct Sender<'a> {
    tx: &'a mpsc::Sender<Part>,
}

impl Sender<'_> {
    async fn send(&self, part: Part) -> anyhow::Result<()> {
        self.tx
            .send(part)
            .await
            .map_err(|_| anyhow::anyhow!("the zip writer stopped"))
    }

    async fn file(
        &self,
        name: impl Into<String>,
        modified: i64,
        bytes: Vec<u8>,
    ) -> anyhow::Result<()> {
        self.send(Part::Begin {
            name: name.into(),
            modified,
        })
        .await?;
        self.send(Part::Data(bytes)).await
    }
}

/// A JSON array written a page at a time.
struct JsonArray {
    first: bool,
}

impl JsonArray {
    fn new() -> JsonArray {
        JsonArray { first: true }
    }

    /// The page's items, comma-separated after what came before.
    fn page(&mut self, items: &[serde_json::Value]) -> anyhow::Result<Vec<u8>> {
        let mut out = Vec::new();
        for item in items {
            out.extend_from_slice(if self.first { b"\n  " } else { b",\n  " });
            self.first = false;
            serde_json::to_writer(&mut out, item)?;
        }
        Ok(out)
    }

    fn close(&self) -> &'static [u8] {
        if self.first { b"]" } else { b"\n]" }
    }
}

async fn produce(
    db: &Db,
    uploads: &Path,
    account: i64,
    tx: &mpsc::Sender<Part>,
    lang: &Lang,
) -> anyhow::Result<Summary> {
    let out = Sender { tx };
    let now = crate::db::now_ms();
    let mut summary = Summary::default();
    // What each file holds; the file and field names in it stay as they are.
    let readme = format!("{}\n", lang.t("settings-export-readme"));
    out.file("README.txt", now, readme.into_bytes()).await?;
    profile(db, uploads, account, &out, now).await?;
    notification_settings(db, account, &out, now).await?;
    follows(db, account, &out, now).await?;
    likes(db, account, &out, now).await?;
    summary.comments = comments(db, account, &out, now).await?;
    summary.posts = posts(db, uploads, account, &out).await?;
    Ok(summary)
}

async fn profile(
    db: &Db,
    uploads: &Path,
    account: i64,
    out: &Sender<'_>,
    now: i64,
) -> anyhow::Result<()> {
    #[derive(sqlx::FromRow)]
    struct Row {
        username: String,
        display_name: String,
        bio: String,
        email: String,
        created_at: i64,
        avatar: Option<String>,
    }
    let row: Row = sqlx::query_as(
        "SELECT a.username, a.display_name, a.bio, a.email, a.created_at, i.original AS avatar \
         FROM account a LEFT JOIN image i ON i.id = a.avatar_id WHERE a.id = $1",
    )
    .bind(account)
    .fetch_one(db)
    .await?;
    let avatar = row.avatar.as_deref().map(|stored| {
        let name = format!("avatar.{}", extension(stored));
        (name, uploads.join(stored))
    });
    let profile = json!({
        "username": row.username,
        "display_name": row.display_name,
        "bio": row.bio,
        "email": row.email,
        "created_at": iso_ms(row.created_at),
        "avatar": avatar.as_ref().map(|(name, _)| name),
        "exported_at": iso_ms(now),
    });
    out.file("profile.json", now, serde_json::to_vec_pretty(&profile)?)
        .await?;
    if let Some((name, from)) = avatar {
        out.send(Part::Copy {
            name,
            from,
            modified: now,
        })
        .await?;
    }
    Ok(())
}

async fn notification_settings(
    db: &Db,
    account: i64,
    out: &Sender<'_>,
    now: i64,
) -> anyhow::Result<()> {
    let p = crate::notifications::mail::load(db, account).await?;
    let settings = json!({
        "follow": p.follow.as_str(),
        "like": p.like.as_str(),
        "comment": p.comment.as_str(),
        "reply": p.reply.as_str(),
        "mention": p.mention.as_str(),
        "digest_frequency": p.frequency,
    });
    out.file(
        "notification_settings.json",
        now,
        serde_json::to_vec_pretty(&settings)?,
    )
    .await
}

async fn follows(db: &Db, account: i64, out: &Sender<'_>, now: i64) -> anyhow::Result<()> {
    out.send(Part::Begin {
        name: "follows.json".into(),
        modified: now,
    })
    .await?;
    // (the column of this account, the column of the other person)
    let sides = [
        ("following", "follower_id", "followee_id"),
        ("followers", "followee_id", "follower_id"),
    ];
    for (i, (key, mine, theirs)) in sides.into_iter().enumerate() {
        let open = format!("{}\"{key}\": [", if i == 0 { "{\n" } else { ",\n" });
        out.send(Part::Data(open.into_bytes())).await?;
        let mut array = JsonArray::new();
        // Keyset paging by username: unique, and indexed through the join.
        let mut after = String::new();
        loop {
            let sql = format!(
                "SELECT a.username, f.created_at FROM follow f JOIN account a ON a.id = f.{theirs} \
                 WHERE f.{mine} = $1 AND a.username > $2 ORDER BY a.username LIMIT $3"
            );
            let rows: Vec<(String, i64)> = sqlx::query_as(&sql)
                .bind(account)
                .bind(&after)
                .bind(ROWS_PER_PAGE)
                .fetch_all(db)
                .await?;
            let Some((last, _)) = rows.last() else { break };
            after = last.clone();
            let items: Vec<_> = rows
                .iter()
                .map(|(username, at)| json!({"username": username, "since": iso_ms(*at)}))
                .collect();
            out.send(Part::Data(array.page(&items)?)).await?;
            if (rows.len() as i64) < ROWS_PER_PAGE {
                break;
            }
        }
        out.send(Part::Data(array.close().to_vec())).await?;
    }
    out.send(Part::Data(b"\n}\n".to_vec())).await
}

async fn likes(db: &Db, account: i64, out: &Sender<'_>, now: i64) -> anyhow::Result<()> {
    out.send(Part::Begin {
        name: "likes.json".into(),
        modified: now,
    })
    .await?;
    out.send(Part::Data(b"[".to_vec())).await?;
    let mut array = JsonArray::new();
    let mut after = 0i64;
    loop {
        let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
            "SELECT l.post_id, p.title, a.username, l.created_at FROM post_like l \
             JOIN post p ON p.id = l.post_id JOIN account a ON a.id = p.author_id \
             WHERE l.account_id = $1 AND l.post_id > $2 ORDER BY l.post_id LIMIT $3",
        )
        .bind(account)
        .bind(after)
        .bind(ROWS_PER_PAGE)
        .fetch_all(db)
        .await?;
        let Some(last) = rows.last() else { break };
        after = last.0;
        let items: Vec<_> = rows
            .iter()
            .map(|(post_id, title, author, at)| {
                json!({"post_id": post_id, "title": title, "author": author, "liked_at": iso_ms(*at)})
            })
            .collect();
        out.send(Part::Data(array.page(&items)?)).await?;
        if (rows.len() as i64) < ROWS_PER_PAGE {
            break;
        }
    }
    out.send(Part::Data(array.close().to_vec())).await
}

async fn comments(db: &Db, account: i64, out: &Sender<'_>, now: i64) -> anyhow::Result<u64> {
    out.send(Part::Begin {
        name: "comments.json".into(),
        modified: now,
    })
    .await?;
    out.send(Part::Data(b"[".to_vec())).await?;
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        post_id: i64,
        parent_id: Option<i64>,
        body: String,
        created_at: i64,
        edited_at: Option<i64>,
    }
    let mut array = JsonArray::new();
    let (mut after, mut count) = (0i64, 0u64);
    loop {
        // Deleted comments kept as placeholders in a thread have no text: left out.
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, post_id, parent_id, body, created_at, edited_at FROM comment \
             WHERE author_id = $1 AND deleted_at IS NULL AND id > $2 ORDER BY id LIMIT $3",
        )
        .bind(account)
        .bind(after)
        .bind(ROWS_PER_PAGE)
        .fetch_all(db)
        .await?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        count += rows.len() as u64;
        let items: Vec<_> = rows
            .iter()
            .map(|c| {
                json!({
                    "id": c.id,
                    "post_id": c.post_id,
                    "parent_id": c.parent_id,
                    "body": c.body,
                    "created_at": iso_ms(c.created_at),
                    "edited_at": c.edited_at.map(iso_ms),
                })
            })
            .collect();
        out.send(Part::Data(array.page(&items)?)).await?;
        if (rows.len() as i64) < ROWS_PER_PAGE {
            break;
        }
    }
    out.send(Part::Data(array.close().to_vec())).await?;
    Ok(count)
}

/// One post as the archive writes it.
#[derive(sqlx::FromRow)]
pub struct PostRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub body: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub publish_at: Option<i64>,
    pub image_alt: String,
    /// The cover picture's stored file (`ab/ab12….jpg`).
    pub cover: Option<String>,
}

/// A picture in a post's text: its stored files.
#[derive(Debug, Clone, sqlx::FromRow)]
struct PictureRow {
    post_id: i64,
    original: String,
    large: String,
    small: String,
}

async fn posts(db: &Db, uploads: &Path, account: i64, out: &Sender<'_>) -> anyhow::Result<u64> {
    let (mut after, mut count) = (0i64, 0u64);
    loop {
        let rows: Vec<PostRow> = sqlx::query_as(
            "SELECT p.id, p.title, p.description, p.body, p.created_at, p.updated_at, p.published_at, \
                    p.publish_at, p.image_alt, i.original AS cover \
             FROM post p LEFT JOIN image i ON i.id = p.image_id \
             WHERE p.author_id = $1 AND p.id > $2 ORDER BY p.id LIMIT $3",
        )
        .bind(account)
        .bind(after)
        .bind(POSTS_PER_PAGE)
        .fetch_all(db)
        .await?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
        let mut tags = crate::posts::queries::tags_of(db, &ids).await?;
        let mut pictures = pictures_of(db, &ids).await?;
        for post in &rows {
            let tags = tags.remove(&post.id).unwrap_or_default();
            let pictures = pictures.remove(&post.id).unwrap_or_default();
            let files = post_files(post, &pictures);
            let text = markdown(post, &tags, &files);
            out.file(post_file_name(post), post.updated_at, text.into_bytes())
                .await?;
            for f in files {
                out.send(Part::Copy {
                    name: format!("posts/{}", f.in_zip),
                    from: uploads.join(&f.stored),
                    modified: post.updated_at,
                })
                .await?;
            }
            count += 1;
        }
        if (rows.len() as i64) < POSTS_PER_PAGE {
            break;
        }
    }
    Ok(count)
}

async fn pictures_of(db: &Db, post_ids: &[i64]) -> anyhow::Result<HashMap<i64, Vec<PictureRow>>> {
    let sql = format!(
        "SELECT pp.post_id, i.original, i.large, i.small FROM post_picture pp \
         JOIN image i ON i.id = pp.image_id WHERE pp.post_id IN ({}) ORDER BY pp.post_id, i.id",
        placeholders(1, post_ids.len())
    );
    let mut q = sqlx::query_as::<_, PictureRow>(&sql);
    for id in post_ids {
        q = q.bind(*id);
    }
    let mut out: HashMap<i64, Vec<PictureRow>> = HashMap::new();
    for row in q.fetch_all(db).await? {
        out.entry(row.post_id).or_default().push(row);
    }
    Ok(out)
}

/// A picture file of a post in the archive.
#[derive(Debug, PartialEq, Eq)]
struct PostFile {
    /// Relative to `posts/`: `12/ab12….jpg`.
    in_zip: String,
    /// In the upload dir.
    stored: String,
    cover: bool,
    /// The `/uploads/…` addresses of this picture that the text uses.
    shown_as: Vec<String>,
}

/// The cover first, then the pictures in the text, each file once.
fn post_files(post: &PostRow, pictures: &[PictureRow]) -> Vec<PostFile> {
    let mut files: Vec<PostFile> = Vec::new();
    let in_zip = |stored: &str| format!("{}/{}", post.id, base_name(stored));
    if let Some(cover) = &post.cover {
        files.push(PostFile {
            in_zip: in_zip(cover),
            stored: cover.clone(),
            cover: true,
            shown_as: Vec::new(),
        });
    }
    for p in pictures {
        let shown_as: Vec<String> = [&p.original, &p.large, &p.small]
            .into_iter()
            .map(|n| format!("/uploads/{n}"))
            .filter(|url| post.body.contains(url.as_str()))
            .collect();
        match files.iter_mut().find(|f| f.stored == p.original) {
            // The cover shown in the text too: one file.
            Some(f) => f.shown_as.extend(shown_as),
            None => files.push(PostFile {
                in_zip: in_zip(&p.original),
                stored: p.original.clone(),
                cover: false,
                shown_as,
            }),
        }
    }
    files
}

/// `posts/12-my-first-post.md`: the id keeps names unique, the title makes
/// them readable.
fn post_file_name(post: &PostRow) -> String {
    let mut slug = ::slug::slugify(&post.title);
    if slug.len() > 60 {
        let cut = slug[..60].rfind('-').unwrap_or(60);
        slug.truncate(cut);
    }
    if slug.is_empty() {
        format!("posts/{}.md", post.id)
    } else {
        format!("posts/{}-{slug}.md", post.id)
    }
}

fn base_name(stored: &str) -> &str {
    stored.rsplit('/').next().unwrap_or(stored)
}

fn extension(stored: &str) -> &str {
    base_name(stored).rsplit_once('.').map_or("bin", |(_, e)| e)
}

/// The post's file: YAML front matter, then the Markdown exactly as stored.
fn markdown(post: &PostRow, tags: &[String], files: &[PostFile]) -> String {
    let mut s = String::with_capacity(post.body.len() + 512);
    s.push_str("---\n");
    let mut line = |key: &str, value: String| {
        s.push_str(key);
        s.push_str(": ");
        s.push_str(&value);
        s.push('\n');
    };
    line("title", yaml_str(&post.title));
    line("description", yaml_str(&post.description));
    line(
        "tags",
        format!(
            "[{}]",
            tags.iter()
                .map(|t| yaml_str(t))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    line("draft", post.published_at.is_none().to_string());
    line("created", yaml_str(&iso_ms(post.created_at)));
    line(
        "published",
        post.published_at
            .map_or("null".into(), |t| yaml_str(&iso_ms(t))),
    );
    if let (None, Some(at)) = (post.published_at, post.publish_at) {
        line("scheduled", yaml_str(&iso_ms(at)));
    }
    line("updated", yaml_str(&iso_ms(post.updated_at)));
    if let Some(cover) = files.iter().find(|f| f.cover) {
        line("cover", yaml_str(&cover.in_zip));
        line("cover_alt", yaml_str(&post.image_alt));
    }
    let pictures: Vec<&PostFile> = files.iter().filter(|f| !f.shown_as.is_empty()).collect();
    if pictures.is_empty() {
        s.push_str("pictures: []\n");
    } else {
        s.push_str("pictures:\n");
        for p in pictures {
            let shown: Vec<String> = p.shown_as.iter().map(|u| yaml_str(u)).collect();
            s.push_str(&format!(
                "  - {{\"file\": {}, \"shown_as\": [{}]}}\n",
                yaml_str(&p.in_zip),
                shown.join(", ")
            ));
        }
    }
    s.push_str("---\n");
    s.push_str(&post.body);
    s
}

/// A YAML double-quoted scalar that is also a JSON string: `"` and `\`
/// escaped, and every character YAML does not allow raw, or would read as
/// a line break (NEL, LS, PS), written as an escape. Whatever the title
/// holds (a colon, quotes, `#`, a leading `-` or `@`), it reads back as
/// itself in YAML and in JSON.
pub fn yaml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20
                || ('\u{7f}'..='\u{9f}').contains(&c)
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
                ) =>
            {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_strings_read_back_as_json_whatever_they_hold() {
        for s in [
            "Rust: a \"fast\" language",
            "- starts like a list",
            "# a comment? no",
            "back\\slash and tab\tand\nnewline",
            "line\u{2028}separator and \u{85}NEL and \u{7}bell",
            "Ça va? 日本語 🎉",
            "",
        ] {
            let quoted = yaml_str(s);
            assert!(quoted.starts_with('"') && quoted.ends_with('"'));
            assert!(
                !quoted.contains('\n')
                    && !quoted.contains('\u{2028}')
                    && !quoted.contains('\u{85}')
            );
            let back: String = serde_json::from_str(&quoted).unwrap();
            assert_eq!(back, s);
        }
    }

    fn post(body: &str, cover: Option<&str>) -> PostRow {
        PostRow {
            id: 7,
            title: "Colons: \"quoted\"".into(),
            description: "One line".into(),
            body: body.into(),
            created_at: 1_700_000_000_000,
            updated_at: 1_700_000_100_000,
            published_at: None,
            publish_at: Some(1_800_000_000_000),
            image_alt: "A cover".into(),
            cover: cover.map(String::from),
        }
    }

    #[test]
    fn a_post_is_front_matter_then_its_markdown_untouched() {
        let body = "Hello\n---\n![a](/uploads/ab/ab2.webp) *there*\n";
        let p = post(body, Some("cd/cd1.jpg"));
        let pics = vec![PictureRow {
            post_id: 7,
            original: "ab/ab1.jpg".into(),
            large: "ab/ab2.webp".into(),
            small: "ab/ab3.webp".into(),
        }];
        let files = post_files(&p, &pics);
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].in_zip, "7/cd1.jpg");
        assert!(files[0].cover);
        assert_eq!(files[1].in_zip, "7/ab1.jpg");
        assert_eq!(files[1].shown_as, vec!["/uploads/ab/ab2.webp".to_string()]);
        let md = markdown(&p, &["rust".into(), "web dev".into()], &files);
        let (head, rest) = md["---\n".len()..].split_once("\n---\n").unwrap();
        assert_eq!(rest, body, "the body comes out exactly as stored");
        assert!(head.contains("title: \"Colons: \\\"quoted\\\"\""), "{head}");
        assert!(head.contains("tags: [\"rust\", \"web dev\"]"), "{head}");
        assert!(
            head.contains("draft: true") && head.contains("published: null"),
            "{head}"
        );
        assert!(
            head.contains("scheduled: \"2027-01-15T08:00:00.000Z\""),
            "{head}"
        );
        assert!(head.contains("cover: \"7/cd1.jpg\""), "{head}");
        assert!(
            head.contains(
                "  - {\"file\": \"7/ab1.jpg\", \"shown_as\": [\"/uploads/ab/ab2.webp\"]}"
            ),
            "{head}"
        );
        assert_eq!(post_file_name(&p), "posts/7-colons-quoted.md");
    }
}
