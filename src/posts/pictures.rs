//! Pictures inside a post's text: `![alt](/uploads/…)` anywhere in the
//! Markdown, up to `MAX` a post. They come in two ways: the write page's
//! "Add picture" button (and paste or drop) sends each to
//! `POST /posts/pictures` and puts the reference at the cursor; without a
//! script, the form's picture field carries the files and the text names
//! them by file name (`![a dog](dog.jpg)`), which saving turns into their
//! addresses. Every picture goes through the media pipeline (sniffing,
//! limits, EXIF removal, orientation, variants) and counts in the quota.
//!
//! An uploaded picture is "loose" until a saved post refers to it and again
//! once none does; `sweep` (daily) discards the pictures loose for more
//! than a day, and their files go by the usual removal job.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Multipart, State};
use serde_json::json;

use crate::accounts::Ctx;
use crate::db::{Db, now_ms, placeholders};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::jobs::Job;
use crate::media::process::Use;
use crate::media::upload::{Uploader, accept};
use crate::media::{StoredFile, StoredImage};
use crate::web::AppState;

/// Pictures one post may hold in its text.
pub const MAX: usize = 20;

/// How long an unused upload waits for a post to refer to it.
const LOOSE_FOR_MS: i64 = 24 * 3600 * 1000;

/// The `/uploads/` files a post's Markdown shows as pictures, in order,
/// each once.
pub fn referenced(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut names = Vec::new();
    for event in Parser::new_ext(markdown, super::markdown::options()) {
        if let Event::Start(Tag::Image { dest_url, .. }) = event
            && let Some(name) = upload_name(&dest_url)
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_string());
        }
    }
    names
}

/// `ab/cdef.webp` of `/uploads/ab/cdef.webp` (stored names are a hash
/// under a two-letter folder); None for any other address.
pub fn upload_name(url: &str) -> Option<&str> {
    url.strip_prefix("/uploads/").filter(|n| {
        !n.is_empty()
            && !n.contains("..")
            && n.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-/".contains(&b))
    })
}

/// The author's pictures a text refers to, by each of their file names
/// (a reference may name the original, large or small file).
pub struct Resolved {
    pub ids: Vec<i64>,
    pub by_name: HashMap<String, StoredImage>,
}

#[derive(sqlx::FromRow)]
struct PictureRow {
    id: i64,
    original: String,
    original_w: i64,
    original_h: i64,
    large: String,
    large_w: i64,
    large_h: i64,
    small: String,
    small_w: i64,
    small_h: i64,
    bytes: Option<i64>,
}

/// Looks up the pictures `markdown` shows; refused past `MAX`.
pub async fn resolve(
    db: &Db,
    owner: i64,
    markdown: &str,
) -> Result<Result<Resolved, Msg>, sqlx::Error> {
    let names = referenced(markdown);
    let mut resolved = Resolved {
        ids: Vec::new(),
        by_name: HashMap::new(),
    };
    if names.is_empty() {
        return Ok(Ok(resolved));
    }
    if names.len() > MAX {
        return Ok(Err(Msg::new("posts-pictures-too-many")
            .with("max", MAX)
            .with("count", names.len())));
    }
    let n = names.len();
    let sql = format!(
        "SELECT id, original, original_w, original_h, large, large_w, large_h, small, small_w, small_h, bytes \
         FROM image WHERE owner_id = $1 AND (large IN ({0}) OR original IN ({0}) OR small IN ({0}))",
        placeholders(2, n)
    );
    let mut q = sqlx::query_as::<_, PictureRow>(&sql).bind(owner);
    for name in &names {
        q = q.bind(name);
    }
    for row in q.fetch_all(db).await? {
        let file = |name: &str, width, height| StoredFile {
            name: name.to_string(),
            width,
            height,
        };
        let image = StoredImage {
            original: file(&row.original, row.original_w, row.original_h),
            large: file(&row.large, row.large_w, row.large_h),
            small: file(&row.small, row.small_w, row.small_h),
            bytes: row.bytes.unwrap_or(0),
        };
        if !resolved.ids.contains(&row.id) {
            resolved.ids.push(row.id);
        }
        for name in [&row.original, &row.large, &row.small] {
            resolved.by_name.insert(name.clone(), image.clone());
        }
    }
    Ok(Ok(resolved))
}

/// Records which pictures post `post` shows, in the caller's transaction:
/// the ones it now shows are no longer loose, the ones it stopped showing
/// become loose unless another post shows them.
pub async fn attach(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    post: i64,
    ids: &[i64],
) -> Result<(), sqlx::Error> {
    let before: Vec<i64> =
        sqlx::query_scalar("SELECT image_id FROM post_picture WHERE post_id = $1")
            .bind(post)
            .fetch_all(&mut **tx)
            .await?;
    sqlx::query("DELETE FROM post_picture WHERE post_id = $1")
        .bind(post)
        .execute(&mut **tx)
        .await?;
    for id in ids {
        sqlx::query(
            "INSERT INTO post_picture (post_id, image_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(post)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        sqlx::query("UPDATE image SET loose_since = NULL WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for id in before.iter().filter(|id| !ids.contains(id)) {
        sqlx::query(
            "UPDATE image SET loose_since = $1 WHERE id = $2 \
             AND NOT EXISTS (SELECT 1 FROM post_picture WHERE image_id = $2)",
        )
        .bind(now_ms())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Before a post is deleted: its pictures become loose (unless another
/// post shows them), so the sweep takes them.
pub async fn release(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    post: i64,
) -> Result<(), sqlx::Error> {
    attach(tx, post, &[]).await
}

/// What a text asks of its pictures: at most `MAX`, each described (alt
/// text) for people who cannot see it.
pub fn check(markdown: &str) -> Result<(), Msg> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let (mut count, mut undescribed, mut alt) = (0usize, 0usize, None::<String>);
    for event in Parser::new_ext(markdown, super::markdown::options()) {
        match event {
            Event::Start(Tag::Image { .. }) => alt = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(a) = alt.as_mut() {
                    a.push_str(&t);
                }
            }
            Event::End(TagEnd::Image) => {
                count += 1;
                if alt.take().is_some_and(|a| a.trim().is_empty()) {
                    undescribed += 1;
                }
            }
            _ => {}
        }
    }
    if count > MAX {
        return Err(Msg::new("posts-pictures-too-many")
            .with("max", MAX)
            .with("count", count));
    }
    if undescribed > 0 {
        return Err(Msg::new("posts-pictures-undescribed").with("count", undescribed));
    }
    Ok(())
}

/// Stores one uploaded picture (`accept`), loose until a post shows it.
pub async fn store(
    state: &AppState,
    by: &Uploader,
    bytes: axum::body::Bytes,
) -> AppResult<Result<StoredImage, Msg>> {
    let image = match accept(state, by, bytes, Use::Post).await? {
        Ok(image) => image,
        Err(why) => return Ok(Err(why)),
    };
    let owner = by.owner;
    let recorded = async {
        let mut tx = state.db.begin().await?;
        let id = state.media.insert(&mut tx, owner, &image).await?;
        sqlx::query("UPDATE image SET loose_since = $1 WHERE id = $2")
            .bind(now_ms())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok::<_, AppError>(())
    };
    if let Err(e) = recorded.await {
        return Err(state.media.abandon(&state.db, owner, &image, e).await);
    }
    Ok(Ok(image))
}

/// `POST /posts/pictures` (the write page's script): one picture in the
/// `picture` field; answers its address and the Markdown to insert.
pub async fn upload(ctx: Ctx, State(state): State<AppState>, mut form: Multipart) -> AppResult {
    let me = ctx.require_user()?.clone();
    while let Some(field) = form
        .next_field()
        .await
        .map_err(crate::media::upload::unreadable)?
    {
        if field.name() != Some("picture") {
            continue;
        }
        let bytes = crate::media::upload::read_file(field, state.media.max_upload).await?;
        let by = Uploader {
            actor: me.id,
            owner: me.id,
            replacing: None,
        };
        return match store(&state, &by, bytes).await? {
            Ok(image) => {
                let url = image.large.url();
                Ok(axum::response::IntoResponse::into_response(Json(json!({
                    "url": url,
                    "markdown": format!("![]({url})"),
                    "width": image.large.width,
                    "height": image.large.height,
                }))))
            }
            Err(why) => Err(AppError::Unprocessable(why)),
        };
    }
    Err(AppError::Unprocessable(Msg::new("posts-picture-missing")))
}

/// Turns references by file name (`![a dog](dog.jpg)`, the form's picture
/// field without a script) into the stored pictures' addresses.
pub fn link_by_file_name(markdown: &str, stored: &[(String, StoredImage)]) -> String {
    let mut out = markdown.to_string();
    for (file_name, image) in stored {
        if file_name.is_empty() {
            continue;
        }
        out = out.replace(
            &format!("]({file_name})"),
            &format!("]({})", image.large.url()),
        );
        out = out.replace(
            &format!("]({file_name} "),
            &format!("]({} ", image.large.url()),
        );
    }
    out
}

/// Discards pictures loose for more than a day.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct SweepLoosePictures {
    pub slot: Option<i64>,
}

impl Job for SweepLoosePictures {
    const KIND: &'static str = "sweep_loose_pictures";
}

pub fn schedules() -> Vec<crate::jobs::schedule::Periodic> {
    vec![crate::jobs::schedule::Periodic::new(
        "sweep_loose_pictures",
        crate::jobs::schedule::cron("0 30 3 * * *"),
        |slot| SweepLoosePictures { slot: Some(slot) },
    )]
}

pub async fn sweep(state: AppState, _job: SweepLoosePictures) -> anyhow::Result<()> {
    // Chosen inside the transaction that discards them: a post saved
    // meanwhile that shows one keeps it.
    let mut tx = state.db.begin().await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT i.id FROM image i WHERE i.loose_since IS NOT NULL AND i.loose_since < $1 \
         AND NOT EXISTS (SELECT 1 FROM post_picture pp WHERE pp.image_id = i.id) \
         AND NOT EXISTS (SELECT 1 FROM post p WHERE p.image_id = i.id) \
         AND NOT EXISTS (SELECT 1 FROM account a WHERE a.avatar_id = i.id) LIMIT 1000",
    )
    .bind(now_ms() - LOOSE_FOR_MS)
    .fetch_all(&mut *tx)
    .await?;
    for id in &ids {
        crate::media::discard(&mut tx, *id).await?;
    }
    tx.commit().await?;
    if !ids.is_empty() {
        state.queue.wake();
        tracing::info!(pictures = ids.len(), "loose pictures discarded");
    }
    Ok(())
}
