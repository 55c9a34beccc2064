//! Reading posts: the lists every feed shows and the single post page.

use std::collections::HashMap;

use sqlx::Row;

use crate::accounts::CurrentUser;
use crate::db::{Db, placeholders};
use crate::posts::markdown;
use crate::web::cache::Memo;

/// How long a feed excerpt is, in characters.
pub const EXCERPT_CHARS: usize = 240;

/// A post as a feed lists it.
#[derive(Debug, Clone)]
pub struct PostSummary {
    pub id: i64,
    pub title: String,
    /// The author's one-line summary ("" when none was given).
    pub description: String,
    pub excerpt: String,
    /// When it was published: lists hold only published posts, ordered by it.
    pub created_at: i64,
    pub updated_at: i64,
    pub reading_minutes: i64,
    pub author_id: i64,
    pub author: String,
    pub author_bio: String,
    pub author_name: String,
    pub likes: i64,
    pub comments: i64,
    pub tags: Vec<String>,
    pub avatar: crate::media::Avatar,
    /// The post image's 320 px thumbnail, if it has one.
    pub thumb: Option<crate::media::StoredFile>,
    pub image_alt: String,
}

impl PostSummary {
    /// The author's display name, or the username when there is none.
    pub fn author_name_or_username(&self) -> &str {
        if self.author_name.is_empty() {
            &self.author
        } else {
            &self.author_name
        }
    }
}

/// Which posts a feed shows: all of them newest first, banned authors
/// hidden, narrowed by any of the filters (the API combines them).
#[derive(Debug, Default, Clone, Copy)]
pub struct Listing<'a> {
    pub followed_by: Option<i64>,
    pub tagged: Option<&'a str>,
    pub by: Option<i64>,
    pub liked_by: Option<i64>,
    /// The reader: posts by people they blocked, or who blocked them, are
    /// left out.
    pub seen_by: Option<i64>,
}

impl<'a> Listing<'a> {
    pub fn everyone() -> Self {
        Listing::default()
    }

    pub fn followed_by(id: i64) -> Self {
        Listing {
            followed_by: Some(id),
            ..Listing::default()
        }
    }

    pub fn tagged(tag: &'a str) -> Self {
        Listing {
            tagged: Some(tag),
            ..Listing::default()
        }
    }

    pub fn by(id: i64) -> Self {
        Listing {
            by: Some(id),
            ..Listing::default()
        }
    }

    /// The same posts as `reader` may see them (see `seen_by`).
    pub fn for_reader(self, reader: Option<i64>) -> Self {
        Listing {
            seen_by: reader,
            ..self
        }
    }

    /// SQL conditions on `p` (the post), numbered from `$first`, and the
    /// values they bind, in order.
    fn conditions(&self, first: usize) -> (String, Vec<Bound<'a>>) {
        let mut sql = String::new();
        let mut binds = Vec::new();
        let mut n = first;
        let mut add = |cond: &str, value: Bound<'a>| {
            sql.push_str(" AND ");
            sql.push_str(&cond.replace("$n", &format!("${n}")));
            binds.push(value);
            n += 1;
        };
        if let Some(id) = self.followed_by {
            add(
                "p.author_id IN (SELECT followee_id FROM follow WHERE follower_id = $n)",
                Bound::Id(id),
            );
        }
        if let Some(tag) = self.tagged {
            add(
                "p.id IN (SELECT pt.post_id FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = $n)",
                Bound::Text(tag),
            );
        }
        if let Some(id) = self.by {
            add("p.author_id = $n", Bound::Id(id));
        }
        if let Some(id) = self.seen_by {
            add(
                "p.author_id NOT IN (SELECT blocked_id FROM block WHERE blocker_id = $n \
                   UNION SELECT blocker_id FROM block WHERE blocked_id = $n)",
                Bound::Id(id),
            );
        }
        if let Some(id) = self.liked_by {
            add(
                "p.id IN (SELECT l.post_id FROM post_like l WHERE l.account_id = $n)",
                Bound::Id(id),
            );
        }
        (sql, binds)
    }
}

enum Bound<'a> {
    Id(i64),
    Text(&'a str),
}

impl Bound<'_> {
    fn bind<'q, O>(
        &self,
        q: sqlx::query::QueryAs<'q, sqlx::Any, O, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::QueryAs<'q, sqlx::Any, O, sqlx::any::AnyArguments<'q>> {
        match self {
            Bound::Id(id) => q.bind(*id),
            Bound::Text(t) => q.bind(t.to_string()),
        }
    }
}

/// How many posts a listing holds in all (for the API's `articlesCount`).
pub async fn count(db: &Db, listing: Listing<'_>) -> Result<i64, sqlx::Error> {
    let (filter, binds) = listing.conditions(1);
    if binds.is_empty() {
        // All posts less drafts and the banned authors' posts: SQLite counts
        // a table without reading its rows, and drafts and the banned are
        // few (indexes find them), where checking each post costs ~3 ms at
        // 100k posts.
        return sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM post) - (SELECT COUNT(*) FROM post WHERE published_at IS NULL) \
               - (SELECT COUNT(*) FROM post WHERE published_at IS NOT NULL \
                  AND author_id IN (SELECT id FROM account WHERE banned_at IS NOT NULL))",
        )
        .fetch_one(db)
        .await;
    }
    // NOT IN over the few banned accounts lets SQLite count from the
    // author index instead of joining every post to its account.
    let sql = format!(
        "SELECT COUNT(*) AS posts FROM post p \
         WHERE p.published_at IS NOT NULL \
           AND p.author_id NOT IN (SELECT id FROM account WHERE banned_at IS NOT NULL){filter}"
    );
    #[derive(sqlx::FromRow)]
    struct Count {
        posts: i64,
    }
    let mut query = sqlx::query_as::<_, Count>(&sql);
    for b in &binds {
        query = b.bind(query);
    }
    Ok(query.fetch_one(db).await?.posts)
}

pub async fn list(
    db: &Db,
    listing: Listing<'_>,
    offset: i64,
    limit: i64,
) -> Result<Vec<PostSummary>, sqlx::Error> {
    let (filter, binds) = listing.conditions(3);
    let sql = format!(
        "SELECT p.id, p.title, p.description, p.excerpt, \
           CASE WHEN p.excerpt = '' THEN substr(p.body, 1, 600) ELSE '' END AS head, \
           p.published_at AS created_at, p.updated_at, p.reading_minutes, \
           p.author_id, a.username, a.display_name, a.bio, \
           (SELECT COUNT(*) FROM post_like l WHERE l.post_id = p.id) AS likes, \
           (SELECT COUNT(*) FROM comment c WHERE c.post_id = p.id AND c.deleted_at IS NULL) AS comments, \
           av.small AS avatar_small, pi.small AS thumb, pi.small_w AS thumb_w, pi.small_h AS thumb_h, p.image_alt \
         FROM post p JOIN account a ON a.id = p.author_id \
           LEFT JOIN image av ON av.id = a.avatar_id LEFT JOIN image pi ON pi.id = p.image_id \
         WHERE a.banned_at IS NULL AND p.published_at IS NOT NULL{filter} \
         ORDER BY p.published_at DESC, p.id DESC LIMIT $1 OFFSET $2"
    );
    let mut query = sqlx::query(&sql).bind(limit).bind(offset);
    for b in &binds {
        query = match b {
            Bound::Id(id) => query.bind(*id),
            Bound::Text(t) => query.bind(t.to_string()),
        };
    }
    let rows = query.fetch_all(db).await?;
    let mut posts: Vec<PostSummary> = rows
        .iter()
        .map(|r| {
            let description: String = r.get("description");
            let stored: String = r.get("excerpt");
            let excerpt = if !description.is_empty() {
                description.clone()
            } else if !stored.is_empty() {
                stored
            } else {
                markdown::to_excerpt(&r.get::<String, _>("head"), EXCERPT_CHARS)
            };
            let author: String = r.get("username");
            let author_name: String = r.get("display_name");
            let thumb = r
                .get::<Option<String>, _>("thumb")
                .map(|name| crate::media::StoredFile {
                    name,
                    width: r.get::<Option<i64>, _>("thumb_w").unwrap_or(0),
                    height: r.get::<Option<i64>, _>("thumb_h").unwrap_or(0),
                });
            PostSummary {
                avatar: crate::media::Avatar::new(
                    &author,
                    &author_name,
                    r.get("avatar_small"),
                    None,
                ),
                thumb,
                image_alt: r.get("image_alt"),
                id: r.get("id"),
                title: r.get("title"),
                description,
                excerpt,
                created_at: r.get("created_at"),
                updated_at: r.get("updated_at"),
                reading_minutes: r.get("reading_minutes"),
                author_id: r.get("author_id"),
                author_bio: r.get("bio"),
                author,
                author_name,
                likes: r.get("likes"),
                comments: r.get("comments"),
                tags: Vec::new(),
            }
        })
        .collect();
    let ids: Vec<i64> = posts.iter().map(|p| p.id).collect();
    let mut tags = tags_of(db, &ids).await?;
    for post in &mut posts {
        post.tags = tags.remove(&post.id).unwrap_or_default();
    }
    Ok(posts)
}

/// `list` as `reader` may see it, kept up to a second (`web::cache::Memo`):
/// a feed page is the same for everyone (and for a logged-in person who
/// neither blocked anyone nor was blocked), so it is read once. The reader's
/// own writes renew it for them at once.
pub async fn list_kept(
    db: &Db,
    memo: &Memo,
    listing: Listing<'_>,
    reader: Option<&CurrentUser>,
    offset: i64,
    limit: i64,
) -> Result<Vec<PostSummary>, sqlx::Error> {
    if let Some(me) = reader.filter(|r| r.blocks) {
        return list(db, listing.for_reader(Some(me.id)), offset, limit).await;
    }
    let listing = listing.for_reader(None);
    let kept = memo
        .get_or_load(
            format!("posts:{listing:?}:{offset}:{limit}"),
            reader.map(|r| r.id),
            |posts: &Vec<PostSummary>| posts.iter().map(PostSummary::weight).sum(),
            || list(db, listing, offset, limit),
        )
        .await?;
    Ok((*kept).clone())
}

impl PostSummary {
    /// Roughly what it takes in memory.
    fn weight(&self) -> usize {
        256 + self.title.len()
            + self.description.len()
            + self.excerpt.len()
            + self.author_bio.len()
            + self.tags.iter().map(|t| t.len() + 24).sum::<usize>()
    }
}

/// Tag names of several posts in one query, alphabetical.
pub async fn tags_of(db: &Db, post_ids: &[i64]) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    if post_ids.is_empty() {
        return Ok(out);
    }
    let sql = format!(
        "SELECT pt.post_id, t.name FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id IN ({}) ORDER BY t.name",
        placeholders(1, post_ids.len())
    );
    #[derive(sqlx::FromRow)]
    struct TagRow {
        post_id: i64,
        name: String,
    }
    let mut query = sqlx::query_as::<_, TagRow>(&sql);
    for id in post_ids {
        query = query.bind(*id);
    }
    for TagRow { post_id, name } in query.fetch_all(db).await? {
        out.entry(post_id).or_default().push(name);
    }
    Ok(out)
}

/// A post with everything its page shows.
#[derive(Debug, Clone)]
pub struct PostDetail {
    pub id: i64,
    pub author_id: i64,
    pub author: String,
    pub author_name: String,
    pub author_bio: String,
    pub title: String,
    pub description: String,
    pub body: String,
    pub body_html: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// None while it is a draft.
    pub published_at: Option<i64>,
    /// A draft's scheduled time, and the writer's browser offset for it
    /// (`getTimezoneOffset()` minutes).
    pub publish_at: Option<i64>,
    pub publish_tz: i64,
    pub reading_minutes: i64,
    pub likes: i64,
    pub tags: Vec<String>,
    pub avatar: crate::media::Avatar,
    pub image: Option<crate::media::StoredImage>,
    pub image_id: Option<i64>,
    pub image_alt: String,
}

/// A published post.
impl PostDetail {
    /// The date a reader sees: when it was published (a draft: created).
    pub fn shown_at(&self) -> i64 {
        self.published_at.unwrap_or(self.created_at)
    }

    /// A scheduled draft's time, as its writer typed it.
    pub fn scheduled_text(&self, lang: &crate::i18n::Lang) -> Option<String> {
        self.publish_at
            .map(|at| super::drafts::local_text(lang, at, self.publish_tz))
    }
}

/// A published post.
pub async fn find(db: &Db, id: i64) -> Result<Option<PostDetail>, sqlx::Error> {
    Ok(find_any(db, id).await?.filter(|p| p.published_at.is_some()))
}

/// A post, published or a draft, as `viewer` may see it: a draft only by
/// its author and staff (anyone else gets nothing, as if it did not exist).
pub async fn find_for(
    db: &Db,
    id: i64,
    viewer: Option<&crate::accounts::CurrentUser>,
) -> Result<Option<PostDetail>, sqlx::Error> {
    Ok(find_any(db, id).await?.filter(|p| {
        p.published_at.is_some()
            || viewer
                .is_some_and(|u| u.id == p.author_id || u.role >= crate::accounts::Role::Moderator)
    }))
}

/// `find_for`, kept up to a second (`web::cache::Memo`); the reader's own
/// writes renew it for them at once.
pub async fn find_kept(
    db: &Db,
    memo: &Memo,
    id: i64,
    viewer: Option<&CurrentUser>,
) -> Result<Option<PostDetail>, sqlx::Error> {
    let kept = memo
        .get_or_load(
            format!("post:{id}"),
            viewer.map(|v| v.id),
            |p: &Option<PostDetail>| {
                p.as_ref().map_or(64, |p| {
                    512 + p.body.len() + p.body_html.len() + p.author_bio.len() + p.title.len()
                })
            },
            || find_any(db, id),
        )
        .await?;
    Ok(kept.as_ref().clone().filter(|p| {
        p.published_at.is_some()
            || viewer
                .is_some_and(|u| u.id == p.author_id || u.role >= crate::accounts::Role::Moderator)
    }))
}

async fn find_any(db: &Db, id: i64) -> Result<Option<PostDetail>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT p.id, p.author_id, a.username, a.display_name, a.bio, p.title, p.description, p.body, p.body_html, \
           p.created_at, p.updated_at, p.published_at, p.publish_at, p.publish_tz, p.reading_minutes, \
           (SELECT COUNT(*) FROM post_like l WHERE l.post_id = p.id) AS likes, \
           av.small AS avatar_small, p.image_id, p.image_alt, {} \
         FROM post p JOIN account a ON a.id = p.author_id \
           LEFT JOIN image av ON av.id = a.avatar_id LEFT JOIN image pi ON pi.id = p.image_id \
         WHERE p.id = $1 AND a.banned_at IS NULL",
        crate::media::columns("pi")
    ))
    .bind(id)
    .fetch_optional(db)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let tags = tags_of(db, &[id]).await?.remove(&id).unwrap_or_default();
    let author: String = r.get("username");
    let author_name: String = r.get("display_name");
    Ok(Some(PostDetail {
        avatar: crate::media::Avatar::new(&author, &author_name, r.get("avatar_small"), None),
        image: crate::media::from_row(&r, "pi"),
        image_id: r.get("image_id"),
        image_alt: r.get("image_alt"),
        id: r.get("id"),
        author_id: r.get("author_id"),
        author,
        author_name,
        author_bio: r.get("bio"),
        title: r.get("title"),
        description: r.get("description"),
        body: r.get("body"),
        body_html: r.get("body_html"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
        published_at: r.get("published_at"),
        publish_at: r.get("publish_at"),
        publish_tz: r.get("publish_tz"),
        reading_minutes: r.get("reading_minutes"),
        likes: r.get("likes"),
        tags,
    }))
}

/// The author of a post, for permission checks that need nothing else.
pub async fn author_of(db: &Db, post_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT p.author_id FROM post p JOIN account a ON a.id = p.author_id \
         WHERE p.id = $1 AND a.banned_at IS NULL AND p.published_at IS NOT NULL",
    )
    .bind(post_id)
    .fetch_optional(db)
    .await
}

/// The rendered bodies (and large picture, if any) of several posts, for
/// feeds that carry whole posts.
pub async fn bodies(
    db: &Db,
    post_ids: &[i64],
) -> Result<HashMap<i64, (String, Option<crate::media::StoredFile>)>, sqlx::Error> {
    if post_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT p.id, p.body_html, pi.large, pi.large_w, pi.large_h FROM post p \
         LEFT JOIN image pi ON pi.id = p.image_id WHERE p.id IN ({})",
        placeholders(1, post_ids.len())
    );
    #[derive(sqlx::FromRow)]
    struct BodyRow {
        id: i64,
        body_html: String,
        large: Option<String>,
        large_w: Option<i64>,
        large_h: Option<i64>,
    }
    let mut query = sqlx::query_as::<_, BodyRow>(&sql);
    for id in post_ids {
        query = query.bind(*id);
    }
    Ok(query
        .fetch_all(db)
        .await?
        .into_iter()
        .map(|row| {
            let image = row.large.map(|name| crate::media::StoredFile {
                name,
                width: row.large_w.unwrap_or(0),
                height: row.large_h.unwrap_or(0),
            });
            (row.id, (row.body_html, image))
        })
        .collect())
}
