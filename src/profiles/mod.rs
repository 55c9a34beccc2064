//! Profile pages: who someone is, what they wrote, who follows them.

use askama::Template;
use axum::Router;
use axum::extract::{FromRef, State};
use axum::response::IntoResponse;
use axum::routing::get;

use crate::accounts::Ctx;
use crate::accounts::domain::Username;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::posts::queries::{self, Listing, PostSummary};
use crate::social::follows;
use crate::web::AppState;
use crate::web::{PAGE_SIZE, PageQuery, Paging, PathName, page};

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        .route("/u/{username}", get(show_profile))
        .route("/mentions/suggest", get(suggest))
}

#[derive(Debug, Default, serde::Deserialize)]
struct SuggestQuery {
    #[serde(default)]
    q: String,
}

/// One name the write page offers after `@`.
#[derive(Debug, serde::Serialize, sqlx::FromRow)]
struct Suggestion {
    username: String,
    display_name: String,
}

/// `GET /mentions/suggest?q=an`: up to 8 active accounts whose username
/// starts with `q`, for the `@` menu of the write and comment forms (a
/// logged-in helper; the forms work without it). A username holds only
/// `a-z 0-9 _`, so escaping `_` makes the pattern a plain prefix.
async fn suggest(
    ctx: Ctx,
    State(state): State<AppState>,
    axum::extract::Query(q): axum::extract::Query<SuggestQuery>,
) -> AppResult {
    ctx.require_user()?;
    let prefix = q.q.trim().trim_start_matches('@').to_ascii_lowercase();
    let usable = (1..=30).contains(&prefix.len())
        && prefix
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let found: Vec<Suggestion> = if usable {
        sqlx::query_as(
            "SELECT username, display_name FROM account \
             WHERE username LIKE $1 ESCAPE '!' AND banned_at IS NULL ORDER BY username LIMIT 8",
        )
        .bind(format!("{}%", prefix.replace('_', "!_")))
        .fetch_all(&state.db)
        .await?
    } else {
        Vec::new()
    };
    Ok((
        [(axum::http::header::CACHE_CONTROL, "private, max-age=60")],
        axum::Json(found),
    )
        .into_response())
}

/// The id and canonical (lowercase) username of an active (not banned)
/// account, looked up by its username in any case.
pub async fn id_of(db: &Db, username: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    let Ok(name) = Username::parse_any(username) else {
        return Ok(None);
    };
    let id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM account WHERE username = $1 AND banned_at IS NULL")
            .bind(name.as_str())
            .fetch_optional(db)
            .await?;
    Ok(id.map(|id| (id, name.as_str().to_string())))
}

pub struct Profile {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub bio: String,
    pub created_at: i64,
    pub posts: i64,
    pub followers: i64,
    pub following: i64,
    pub avatar: crate::media::Avatar,
}

impl Profile {
    pub fn name(&self) -> &str {
        if self.display_name.is_empty() {
            &self.username
        } else {
            &self.display_name
        }
    }

    pub fn initials(&self) -> String {
        initials(self.name())
    }
}

pub use crate::media::initials;

async fn find(db: &Db, id: i64) -> Result<Profile, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        username: String,
        display_name: String,
        bio: String,
        created_at: i64,
        post_count: i64,
        follower_count: i64,
        following_count: i64,
        avatar_small: Option<String>,
        avatar_large: Option<String>,
    }
    let row: Row = sqlx::query_as(
        "SELECT username, display_name, bio, a.created_at, \
           (SELECT COUNT(*) FROM post WHERE author_id = a.id AND published_at IS NOT NULL) AS post_count, \
           (SELECT COUNT(*) FROM follow WHERE followee_id = a.id) AS follower_count, \
           (SELECT COUNT(*) FROM follow WHERE follower_id = a.id) AS following_count, \
           av.small AS avatar_small, av.large AS avatar_large \
         FROM account a LEFT JOIN image av ON av.id = a.avatar_id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_one(db)
    .await?;
    Ok(Profile {
        avatar: crate::media::Avatar::new(
            &row.username,
            &row.display_name,
            row.avatar_small,
            row.avatar_large,
        ),
        id,
        username: row.username,
        display_name: row.display_name,
        bio: row.bio,
        created_at: row.created_at,
        posts: row.post_count,
        followers: row.follower_count,
        following: row.following_count,
    })
}

#[derive(Template)]
#[template(path = "profiles/show.html")]
pub struct ProfilePage {
    ctx: Ctx,
    profile: Profile,
    following: bool,
    /// The visitor blocked this person.
    blocked: bool,
    posts: Vec<PostSummary>,
    paging: Paging,
    card: Option<crate::web::card::Card>,
    /// The visitor reported this person: "reported" instead of the link.
    reported: bool,
}

impl ProfilePage {
    fn is_me(&self) -> bool {
        self.ctx.user_id() == Some(self.profile.id)
    }
}

async fn show_profile(
    ctx: Ctx,
    State(state): State<AppState>,
    PathName(username): PathName,
    q: PageQuery,
) -> AppResult {
    let (id, name) = id_of(&state.db, &username)
        .await?
        .ok_or(AppError::NotFound)?;
    if name != username {
        // One address per profile: /u/Ana → /u/ana.
        return Ok(axum::response::Redirect::permanent(&format!("/u/{name}")).into_response());
    }
    let profile = find(&state.db, id).await?;
    let following = match ctx.user_id() {
        Some(me) if me != id => follows::is_following(&state.db, me, id).await?,
        _ => false,
    };
    let blocked = match ctx.user_id() {
        Some(me) if me != id => crate::social::blocks::has_blocked(&state.db, me, id).await?,
        _ => false,
    };
    let mut posts = queries::list_kept(
        &state.db,
        &state.memo,
        Listing::by(id),
        ctx.user.as_ref(),
        q.offset(),
        PAGE_SIZE + 1,
    )
    .await?;
    let paging = q.paging(&mut posts);
    let origin = state.config.origin();
    let card = crate::web::card::Card {
        kind: "profile",
        image: profile
            .avatar
            .large
            .as_ref()
            .map(|large| format!("{origin}{large}")),
        image_alt: ctx.t1("profiles-picture-alt", "name", profile.name()),
        ..crate::web::card::Card::page(
            &origin,
            &format!("/u/{}", profile.username),
            &format!("{} (@{})", profile.name(), profile.username),
            &profile.bio,
        )
    };
    let reported = crate::moderation::reports::reported_user(&state.db, ctx.user_id(), id).await?;
    page(&ProfilePage {
        ctx,
        profile,
        following,
        blocked,
        posts,
        paging,
        card: Some(card),
        reported,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_take_the_first_letters_of_two_words() {
        assert_eq!(super::initials("ana lopez"), "AL");
        assert_eq!(super::initials("ben_99"), "B9");
        assert_eq!(super::initials("émile"), "É");
        assert_eq!(super::initials(""), "");
    }
}
