//! Posts: write, show, edit and delete, with Markdown and tags.

pub mod drafts;
pub mod highlight;
pub mod markdown;
pub mod mentions;
pub mod pictures;
pub mod queries;
pub mod tags;

use askama::Template;
use axum::extract::{FromRef, FromRequest, Multipart, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::accounts::Ctx;
use crate::accounts::{CurrentUser, FormErrors};
use crate::db::{Db, now_ms};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::media::StoredImage;
use crate::media::process::Use;
use crate::media::upload::{Uploader, accept};
use crate::notifications::{self, Told};
use crate::search::Search;
use crate::social::comments::{self, CommentView};
use crate::social::likes;
use crate::social::thread::{self, Thread};
use crate::web::AppState;
use crate::web::cache::additive;
use crate::web::{PathId, clean_text, flash, page, render};
use queries::PostDetail;

pub const TITLE_MAX: usize = 200;
pub const BODY_MAX_BYTES: usize = 100_000;
pub const DESCRIPTION_MAX: usize = 300;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    Router::new()
        .route("/posts/new", get(new_post))
        .route("/posts", post(create_post))
        .route("/posts/{id}", get(show_post))
        .route("/posts/{id}/edit", get(edit_post).post(update_post))
        .route("/posts/{id}/delete", post(delete_post))
        .route("/posts/{id}/publish", post(drafts::publish_now))
        .route("/drafts", get(drafts::list))
        .route("/posts/pictures", additive(post(pictures::upload)))
        // The post form is multipart with an optional image: its size is
        // bounded by the app's body limit (an upload plus the form), so a
        // too-long body gets the form back with its error.
        .layer(axum::extract::DefaultBodyLimit::disable())
}

/// The post form's fields, from multipart (what the page sends) or, for
/// scripts, urlencoded (then without a picture).
#[derive(Debug, Default, Deserialize)]
pub struct PostInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub tags: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub image_alt: String,
    #[serde(default)]
    pub remove_image: Option<String>,
    /// Set by the form's Preview button: show the rendered body, store nothing.
    #[serde(default)]
    pub preview: Option<String>,
    /// Set by the "Save draft" button: keep it private.
    #[serde(default)]
    pub draft: Option<String>,
    /// A draft's publish time, `YYYY-MM-DDTHH:MM` on the writer's clock…
    #[serde(default)]
    pub publish_at: String,
    /// …whose browser is this many minutes behind UTC (filled by script).
    #[serde(default)]
    pub tz_offset: String,
    /// The uploaded picture's bytes, not yet looked at.
    #[serde(skip)]
    pub image: Option<axum::body::Bytes>,
    /// Why the picture fields cannot be used (two files in the picture
    /// field, too many in the pictures field).
    #[serde(skip)]
    pub image_error: Option<Msg>,
    /// Pictures for the text from the form's field (no script): each
    /// file's name, as the text refers to it, and its bytes.
    #[serde(skip)]
    pub pictures: Vec<(String, axum::body::Bytes)>,
}

impl<S> FromRequest<S> for PostInput
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ct = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if ct.starts_with("application/x-www-form-urlencoded") {
            let Form(input) = Form::<PostInput>::from_request(req, state)
                .await
                .map_err(|_| AppError::Unprocessable(Msg::new("posts-form-unreadable")))?;
            return Ok(input.cleaned());
        }
        let mut form = Multipart::from_request(req, state)
            .await
            .map_err(|_| AppError::Unprocessable(Msg::new("posts-form-not-multipart")))?;
        let mut input = PostInput::default();
        let unreadable = crate::media::upload::unreadable;
        while let Some(field) = form.next_field().await.map_err(unreadable)? {
            let slot = match field.name() {
                Some("title") => &mut input.title,
                Some("body") => &mut input.body,
                Some("tags") => &mut input.tags,
                Some("description") => &mut input.description,
                Some("image_alt") => &mut input.image_alt,
                Some("publish_at") => &mut input.publish_at,
                Some("tz_offset") => &mut input.tz_offset,
                Some("draft") => {
                    input.draft = Some(field.text().await.map_err(unreadable)?);
                    continue;
                }
                Some("remove_image") => {
                    input.remove_image = Some(field.text().await.map_err(unreadable)?);
                    continue;
                }
                Some("preview") => {
                    input.preview = Some(field.text().await.map_err(unreadable)?);
                    continue;
                }
                Some("image") => {
                    let bytes = crate::media::upload::read_file(
                        field,
                        AppState::from_ref(state).media.max_upload,
                    )
                    .await?;
                    // A browser sends an empty part when no file was chosen.
                    if bytes.is_empty() && input.image.is_none() {
                        continue;
                    }
                    if input.image.is_some() {
                        input.image_error = Some(Msg::new("posts-image-one-only"));
                    }
                    input.image = Some(bytes);
                    continue;
                }
                Some("pictures") => {
                    let name = field.file_name().unwrap_or("").to_string();
                    let bytes = crate::media::upload::read_file(
                        field,
                        AppState::from_ref(state).media.max_upload,
                    )
                    .await?;
                    if !bytes.is_empty() {
                        if input.pictures.len() >= pictures::MAX {
                            input.image_error = Some(
                                Msg::new("posts-pictures-field-too-many")
                                    .with("max", pictures::MAX),
                            );
                        } else {
                            input.pictures.push((name, bytes));
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            *slot = field.text().await.map_err(unreadable)?;
        }
        Ok(input.cleaned())
    }
}

impl PostInput {
    pub fn cleaned(self) -> PostInput {
        PostInput {
            title: clean_text(&self.title),
            body: clean_text(&self.body.replace("\r\n", "\n")),
            tags: clean_text(&self.tags),
            description: clean_text(&self.description),
            image_alt: clean_text(&self.image_alt)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(300)
                .collect(),
            ..self
        }
    }
}

/// The article slug of the API: the title made URL-safe, then the id. The
/// id makes it unique without a column or a retry loop, and lets a lookup
/// go straight to the row (`id_in_slug`); a title edit changes the slug,
/// as RealWorld servers do.
pub fn slug(title: &str, id: i64) -> String {
    let mut base = ::slug::slugify(title);
    if base.len() > 60 {
        let cut = base[..60].rfind('-').unwrap_or(60);
        base.truncate(cut);
    }
    if base.is_empty() {
        id.to_string()
    } else {
        format!("{base}-{id}")
    }
}

/// The post id a slug names, if it is shaped like one.
pub fn id_in_slug(slug: &str) -> Option<i64> {
    let digits = slug.rsplit('-').next()?;
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|id| *id > 0)
}

/// A checked post: what gets stored.
pub struct ValidPost {
    pub title: String,
    pub body: String,
    pub description: String,
    pub tags: Vec<tags::Tag>,
}

pub fn validate(input: &PostInput) -> Result<ValidPost, FormErrors> {
    let mut errors = FormErrors::default();
    let title = input.title.trim();
    if title.is_empty() {
        errors.add("title", "posts-title-empty");
    } else if title.chars().count() > TITLE_MAX {
        errors.add(
            "title",
            Msg::new("posts-title-too-long")
                .with("max", TITLE_MAX)
                .with("count", title.chars().count()),
        );
    }
    let body = input.body.replace("\r\n", "\n");
    if body.trim().is_empty() {
        errors.add("body", "posts-body-empty");
    } else if body.len() > BODY_MAX_BYTES {
        errors.add(
            "body",
            Msg::new("posts-body-too-long")
                .with("max", BODY_MAX_BYTES / 1000)
                .with("size", body.len().div_ceil(1000)),
        );
    }
    let description = input
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if description.chars().count() > DESCRIPTION_MAX {
        errors.add(
            "description",
            Msg::new("posts-summary-too-long").with("max", DESCRIPTION_MAX),
        );
    }
    let tags = match tags::parse_list(&input.tags) {
        Ok(t) => t,
        Err(e) => {
            errors.add("tags", e);
            Vec::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidPost {
        title: title.to_string(),
        body,
        description,
        tags,
    })
}

#[derive(Template)]
#[template(path = "posts/form.html")]
pub struct PostFormPage {
    ctx: Ctx,
    /// None when writing a new post.
    post_id: Option<i64>,
    input: PostInput,
    has_image: bool,
    max_upload_mb: usize,
    errors: FormErrors,
    /// The body rendered as it will be published (the Preview button).
    preview_html: Option<String>,
    /// No draft or schedule controls: editing a published post, or someone
    /// else's draft (staff fix it; its author publishes it).
    published: bool,
}

impl PostFormPage {
    fn new(
        ctx: Ctx,
        state: &AppState,
        post_id: Option<i64>,
        input: PostInput,
        has_image: bool,
    ) -> Self {
        PostFormPage {
            ctx,
            post_id,
            input,
            has_image,
            max_upload_mb: state.media.max_upload >> 20,
            errors: FormErrors::default(),
            preview_html: None,
            published: false,
        }
    }

    fn published(mut self, published: bool) -> Self {
        self.published = published;
        self
    }

    /// The form again with the body rendered by the server, as it will be
    /// published: the Preview button works without JavaScript. Nothing is
    /// stored, and a chosen picture must be chosen again.
    fn previewed(mut self) -> AppResult {
        // The same checks as publishing, so the preview shows what Publish
        // would refuse; a body over the limit is not rendered at all.
        let status = match validate(&self.input) {
            Ok(_) => StatusCode::OK,
            Err(errors) => {
                self.errors = errors;
                StatusCode::UNPROCESSABLE_ENTITY
            }
        };
        if self.input.body.len() <= BODY_MAX_BYTES {
            self.preview_html = Some(markdown::to_html(&self.input.body));
        }
        if self.input.image.is_some() {
            self.errors.add("image", "posts-image-not-kept-by-preview");
        }
        Ok(render(status, &self))
    }

    /// The form again with its errors, as a 422. A chosen file cannot be
    /// put back into a file input, so the message asks for it again.
    fn refused(mut self, mut errors: FormErrors) -> AppResult {
        if self.input.image.is_some() && !errors.has("image") {
            errors.add("image", "posts-image-choose-again");
        }
        self.errors = errors;
        Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &self))
    }
}

/// What the form's buttons and schedule field ask for.
fn publication_of(input: &PostInput) -> Result<drafts::Publication, FormErrors> {
    drafts::Publication::from_form(
        input.draft.is_some(),
        &input.publish_at,
        &input.tz_offset,
        now_ms(),
    )
    .map_err(|why| {
        let mut errors = FormErrors::default();
        errors.add("publish_at", why);
        errors
    })
}

/// The flash after saving: what became of the post.
fn saved_message(lang: &Lang, publication: drafts::Publication) -> String {
    let tz = publication.tz();
    match publication {
        drafts::Publication::Now => lang.t("posts-flash-published"),
        drafts::Publication::Draft => lang.t("posts-flash-draft-saved"),
        drafts::Publication::At { at, .. } => lang.t1(
            "posts-flash-scheduled",
            "when",
            drafts::local_text(lang, at, tz),
        ),
    }
}

async fn new_post(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    ctx.require_user()?;
    page(&PostFormPage::new(
        ctx,
        &state,
        None,
        PostInput::default(),
        false,
    ))
}

/// Checks the text and turns the picture, if any, into stored files; the
/// form comes back with every error at once. A picture over the hourly
/// upload count (429) or the owner's quota (413) is refused outright,
/// before it is decoded where possible and always before a file is written.
/// `lang` writes a refused picture's reason into its field's message.
async fn checked(
    state: &AppState,
    input: &PostInput,
    by: Uploader,
    lang: &Lang,
) -> AppResult<Result<(ValidPost, Option<StoredImage>), FormErrors>> {
    let (post, mut errors) = match validate(input) {
        Ok(p) => (Some(p), FormErrors::default()),
        Err(e) => (None, e),
    };
    if let Some(why) = &input.image_error {
        errors.add("image", why.clone());
        return Ok(Err(errors));
    }
    let mut image = None;
    if let (Some(bytes), true) = (&input.image, errors.is_empty()) {
        match accept(state, &by, bytes.clone(), Use::Post).await? {
            Ok(stored) => image = Some(stored),
            Err(why) => errors.add("image", why),
        }
    }
    let mut post = post;
    if let (Some(post), true) = (post.as_mut(), errors.is_empty()) {
        // Pictures for the text, sent with the form: stored (once the text
        // is acceptable, so a refused form does not store them again and
        // again), then the text's references by file name become their
        // addresses.
        if let Err(why) = pictures::check(&post.body) {
            errors.add("body", why);
            return Ok(Err(errors));
        }
        let mut stored = Vec::new();
        for (name, bytes) in &input.pictures {
            match pictures::store(
                state,
                &Uploader {
                    replacing: None,
                    ..by
                },
                bytes.clone(),
            )
            .await?
            {
                Ok(img) => stored.push((name.clone(), img)),
                Err(why) => errors.add(
                    "pictures",
                    Msg::new("posts-picture-refused")
                        .with("file", name)
                        .with("reason", lang.msg(&why)),
                ),
            }
        }
        post.body = pictures::link_by_file_name(&post.body, &stored);
        if let Err(why) = pictures::check(&post.body) {
            errors.add("body", why);
        }
    }
    Ok(match post {
        Some(post) if errors.is_empty() => Ok((post, image)),
        _ => Err(errors),
    })
}

async fn create_post(
    ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    input: PostInput,
) -> AppResult {
    let user = ctx.require_user()?.clone();
    if input.preview.is_some() {
        return PostFormPage::new(ctx, &state, None, input, false).previewed();
    }
    let publication = match publication_of(&input) {
        Ok(p) => p,
        Err(errors) => return PostFormPage::new(ctx, &state, None, input, false).refused(errors),
    };
    let by = Uploader {
        actor: user.id,
        owner: user.id,
        replacing: None,
    };
    let (post, image) = match checked(&state, &input, by, &ctx.lang).await? {
        Ok(ok) => ok,
        Err(errors) => {
            return PostFormPage::new(ctx, &state, None, input, false).refused(errors);
        }
    };
    let id = create(
        &state,
        &search,
        user.id,
        &post,
        image.as_ref(),
        &input.image_alt,
        publication,
    )
    .await?;
    Ok(flash::redirect(
        &format!("/posts/{id}"),
        &saved_message(&ctx.lang, publication),
    ))
}

/// Stores a checked post, published at once, kept as a draft or scheduled
/// (`publication`); a published one is searchable when this returns. A
/// picture that no longer fits the author's quota refuses the post, and
/// its files go.
pub async fn create(
    state: &AppState,
    search: &Search,
    author_id: i64,
    post: &ValidPost,
    image: Option<&StoredImage>,
    image_alt: &str,
    publication: drafts::Publication,
) -> AppResult<i64> {
    let id = match insert_post(state, author_id, post, image, image_alt, publication).await {
        Ok(id) => id,
        Err(e) => {
            return Err(match image {
                Some(img) => state.media.abandon(&state.db, author_id, img, e).await,
                None => e,
            });
        }
    };
    if publication == drafts::Publication::Now {
        search.sync_now().await;
    }
    tracing::info!(
        post_id = id,
        user_id = author_id,
        ?publication,
        "post created"
    );
    Ok(id)
}

async fn insert_post(
    state: &AppState,
    author_id: i64,
    post: &ValidPost,
    image: Option<&StoredImage>,
    image_alt: &str,
    publication: drafts::Publication,
) -> AppResult<i64> {
    let shown = pictures::resolve(&state.db, author_id, &post.body)
        .await?
        .map_err(AppError::Unprocessable)?;
    let mentioned = mentions::resolve(&state.db, &post.body).await?;
    let html = markdown::to_html_full(&post.body, &shown.by_name, &mentions::known(&mentioned));
    let now = now_ms();
    let mut tx = state.db.begin().await?;
    let image_id = match image {
        Some(img) => Some(state.media.insert(&mut tx, author_id, img).await?),
        None => None,
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO post (author_id, title, description, body, body_html, excerpt, created_at, updated_at, image_id, image_alt, \
           published_at, publish_at, publish_tz, reading_minutes) \
         VALUES ($1, $2, $3, $4, $5, $7, $6, $6, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(author_id)
    .bind(&post.title)
    .bind(&post.description)
    .bind(&post.body)
    .bind(&html)
    .bind(now)
    .bind(markdown::to_excerpt(&post.body, queries::EXCERPT_CHARS))
    .bind(image_id)
    .bind(image_alt)
    .bind(publication.published_at(now))
    .bind(publication.publish_at())
    .bind(publication.tz())
    .bind(markdown::reading_minutes(&post.body))
    .fetch_one(&mut *tx)
    .await?;
    attach_tags(&mut tx, id, &post.tags).await?;
    pictures::attach(&mut tx, id, &shown.ids).await?;
    if let drafts::Publication::At { at, .. } = publication {
        drafts::schedule(&mut tx, id, at).await?;
    }
    crate::search::sync::record(&mut *tx, id).await?;
    // A draft's mentions wait for its publication (`drafts::publish`).
    let mut told = Told::default();
    if publication == drafts::Publication::Now {
        let ids: Vec<i64> = mentioned.iter().map(|m| m.id).collect();
        notifications::mentions(&mut tx, state, &mut told, author_id, (id, None), &ids).await?;
    }
    tx.commit().await?;
    told.push(state).await;
    Ok(id)
}

/// In the transaction that publishes a post or edits a published one:
/// everyone its text mentions and who was not told yet is told; an unread
/// mention of someone the text no longer names is taken back.
pub async fn tell_mentioned(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    state: &AppState,
    told: &mut Told,
    post_id: i64,
) -> Result<(), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        author_id: i64,
        body: String,
    }
    let Some(Row { author_id, body }) = sqlx::query_as(
        "SELECT author_id, body FROM post WHERE id = $1 AND published_at IS NOT NULL",
    )
    .bind(post_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(());
    };
    let ids: Vec<i64> = mentions::resolve(&mut **tx, &body)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    notifications::mentions(tx, state, told, author_id, (post_id, None), &ids).await
}

async fn attach_tags(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    post_id: i64,
    tags: &[tags::Tag],
) -> Result<(), sqlx::Error> {
    for tag in tags {
        sqlx::query("INSERT INTO tag (name) VALUES ($1) ON CONFLICT (name) DO NOTHING")
            .bind(tag.as_str())
            .execute(&mut **tx)
            .await?;
        sqlx::query("INSERT INTO post_tag (post_id, tag_id) SELECT $1, id FROM tag WHERE name = $2 ON CONFLICT DO NOTHING")
            .bind(post_id)
            .bind(tag.as_str())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

#[derive(Template)]
#[template(path = "posts/show.html")]
pub struct PostPage {
    ctx: Ctx,
    post: PostDetail,
    liked: bool,
    can_edit: bool,
    thread: Thread,
    draft: CommentDraft,
    /// Link previews and search engines: published posts only.
    card: Option<crate::web::card::Card>,
    /// What the visitor reported here: "reported" instead of the link.
    reported: crate::moderation::reports::Reported,
}

impl PostPage {
    fn wrote(&self, c: &CommentView) -> bool {
        self.ctx.user_id() == Some(c.author_id)
    }

    fn is_author(&self) -> bool {
        self.ctx.user_id() == Some(self.post.author_id)
    }

    /// The comment the form answers, if it is still on the page.
    fn replying_to(&self) -> Option<&thread::Entry> {
        self.draft
            .parent
            .and_then(|p| self.thread.find(p))
            .filter(|e| e.shown())
    }

    fn comment_deletable(&self, c: &CommentView) -> bool {
        self.ctx.user.as_ref().is_some_and(|u| {
            u.id == c.author_id
                || u.id == self.post.author_id
                || (u.role() >= crate::accounts::Role::Moderator
                    && crate::accounts::role::may_act_on(u, c.author_role).is_ok())
        })
    }
}

/// The comment form as the page shows it: empty, answering a comment
/// (`?reply=`), or refused with what was typed and why.
#[derive(Debug, Default)]
pub struct CommentDraft {
    pub body: String,
    pub parent: Option<i64>,
    /// Why it was refused, written in the reader's language.
    pub error: Option<String>,
}

/// Builds the post page; also used to show a refused comment with its error.
pub async fn post_page(
    ctx: Ctx,
    state: &AppState,
    id: i64,
    draft: CommentDraft,
) -> AppResult<PostPage> {
    let (db, memo, me) = (&state.db, &state.memo, ctx.user_id());
    // The post and its comments are the same for every reader; what this
    // reader liked and reported is theirs. All kept up to a second
    // (`web::cache`), renewed at once by the reader's own writes.
    let post = queries::find_kept(db, memo, id, ctx.user.as_ref())
        .await?
        .ok_or(AppError::NotFound)?;
    let own = match me {
        Some(me) => {
            memo.get_or_load(
                format!("reader-post:{me}:{id}"),
                Some(me),
                |_: &ReaderState| 64,
                || async {
                    Ok::<_, sqlx::Error>(ReaderState {
                        liked: likes::has_liked(db, id, me).await?,
                        reported: crate::moderation::reports::reported_on_post(db, Some(me), id)
                            .await?,
                    })
                },
            )
            .await?
        }
        None => Default::default(),
    };
    let can_edit = ctx
        .user
        .as_ref()
        .is_some_and(|u| may_change(u, post.author_id));
    let mut all = comments::for_post_kept(db, memo, id, me).await?;
    if ctx.user.as_ref().is_some_and(|u| u.blocks) {
        comments::veil_blocked(db, &mut all, me).await?;
    }
    let thread = thread::arrange(all);
    Ok(PostPage {
        ctx,
        post,
        liked: own.liked,
        can_edit,
        thread,
        draft,
        card: None,
        reported: own.reported.clone(),
    })
}

/// What one reader did on one post's page.
#[derive(Default)]
struct ReaderState {
    liked: bool,
    reported: crate::moderation::reports::Reported,
}

/// The share card of a published post.
fn card_of(post: &PostDetail, origin: &str) -> Option<crate::web::card::Card> {
    let published = post.published_at?;
    let description = if post.description.is_empty() {
        markdown::to_excerpt(&post.body, 200)
    } else {
        post.description.clone()
    };
    let author_name = if post.author_name.is_empty() {
        format!("@{}", post.author)
    } else {
        post.author_name.clone()
    };
    Some(crate::web::card::Card {
        kind: "article",
        title: post.title.clone(),
        description,
        url: format!("{origin}/posts/{}", post.id),
        image: post
            .image
            .as_ref()
            .map(|img| format!("{origin}{}", img.large.url())),
        image_alt: if post.image_alt.is_empty() {
            post.title.clone()
        } else {
            post.image_alt.clone()
        },
        author: Some((author_name, format!("{origin}/u/{}", post.author))),
        published: Some(crate::web::iso_date(published)),
        modified: Some(crate::web::iso_date(post.updated_at)),
        tags: post.tags.clone(),
    })
}

#[derive(Debug, Default, Deserialize)]
struct ShowQuery {
    /// `?reply=ID`: the comment form answers that comment (the Reply
    /// link, when no script moves the form there).
    #[serde(default)]
    reply: String,
}

async fn show_post(
    ctx: Ctx,
    State(state): State<AppState>,
    PathId(id): PathId,
    Query(q): Query<ShowQuery>,
) -> AppResult {
    let draft = CommentDraft {
        parent: q.reply.parse().ok(),
        ..CommentDraft::default()
    };
    let mut post = post_page(ctx, &state, id, draft).await?;
    post.card = card_of(&post.post, &state.config.origin());
    page(&post)
}

/// The author may edit and delete a post; so may an admin.
pub fn may_change(user: &CurrentUser, author_id: i64) -> bool {
    user.id == author_id || user.is_admin()
}

async fn editable(ctx: &Ctx, db: &Db, id: i64) -> AppResult<PostDetail> {
    let user = ctx.require_user()?;
    let post = queries::find_for(db, id, Some(user))
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_change(user, post.author_id) {
        return Err(AppError::Forbidden(Msg::new("posts-only-author-edit")));
    }
    Ok(post)
}

async fn edit_post(ctx: Ctx, State(state): State<AppState>, PathId(id): PathId) -> AppResult {
    let post = editable(&ctx, &state.db, id).await?;
    let is_author = ctx.user_id() == Some(post.author_id);
    let input = PostInput {
        title: post.title,
        body: post.body,
        tags: post.tags.join(", "),
        description: post.description,
        image_alt: post.image_alt,
        publish_at: post
            .publish_at
            .map(|at| drafts::local_input(at, post.publish_tz))
            .unwrap_or_default(),
        tz_offset: post.publish_tz.to_string(),
        ..PostInput::default()
    };
    page(
        &PostFormPage::new(ctx, &state, Some(id), input, post.image_id.is_some())
            .published(post.published_at.is_some() || !is_author),
    )
}

async fn update_post(
    ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    PathId(id): PathId,
    input: PostInput,
) -> AppResult {
    let current = editable(&ctx, &state.db, id).await?;
    let author = ctx.user_id() == Some(current.author_id);
    let published = current.published_at.is_some() || !author;
    if input.preview.is_some() {
        let has_image = current.image_id.is_some();
        return PostFormPage::new(ctx, &state, Some(id), input, has_image)
            .published(published)
            .previewed();
    }
    // A published post stays published: the draft controls are a draft's,
    // and only its author publishes or schedules it (staff fixing a draft
    // leave it as it is).
    let publication = match (published, publication_of(&input)) {
        (true, _) => None,
        (false, Ok(p)) => Some(p),
        (false, Err(errors)) => {
            let has_image = current.image_id.is_some();
            return PostFormPage::new(ctx, &state, Some(id), input, has_image).refused(errors);
        }
    };
    let by = Uploader {
        actor: ctx.require_user()?.id,
        owner: current.author_id,
        replacing: current.image_id,
    };
    let (post, image) = match checked(&state, &input, by, &ctx.lang).await? {
        Ok(ok) => ok,
        Err(errors) => {
            let has_image = current.image_id.is_some();
            return PostFormPage::new(ctx, &state, Some(id), input, has_image)
                .published(published)
                .refused(errors);
        }
    };
    let change = match image {
        Some(img) => ImageChange::Replace(img),
        None if input.remove_image.is_some() => ImageChange::Remove,
        None => ImageChange::Keep,
    };
    let by = ctx.require_user()?;
    edit(
        &state,
        &search,
        by,
        &current,
        Change {
            post: &post,
            image_alt: &input.image_alt,
            image: change,
            publication,
        },
    )
    .await?;
    let message = match publication {
        None => ctx.t("posts-flash-changes-saved"),
        Some(p) => saved_message(&ctx.lang, p),
    };
    Ok(flash::redirect(&format!("/posts/{id}"), &message))
}

/// An edit: the checked text, the picture's description and what happens
/// to the picture, and for a draft what the writer asked for (None: a
/// published post, which stays as it is).
pub struct Change<'a> {
    pub post: &'a ValidPost,
    pub image_alt: &'a str,
    pub image: ImageChange,
    pub publication: Option<drafts::Publication>,
}

/// What an edit does to the post's picture.
pub enum ImageChange {
    Keep,
    Remove,
    Replace(StoredImage),
}

/// Stores a checked edit of `current` by `by`; the old picture's files go
/// by a job, and search has the new text when this returns. A new picture
/// that no longer fits the author's quota refuses the edit, and its files
/// go. Staff editing someone else's post is written to the audit log in
/// the same transaction, as a staff deletion is; an author's own edit is not.
pub async fn edit(
    state: &AppState,
    search: &Search,
    by: &CurrentUser,
    current: &PostDetail,
    change: Change<'_>,
) -> AppResult<()> {
    let Change {
        post,
        image_alt,
        image,
        publication,
    } = change;
    if let Err(e) = store_edit(state, by, current, post, image_alt, &image, publication).await {
        return Err(match &image {
            ImageChange::Replace(img) => {
                state
                    .media
                    .abandon(&state.db, current.author_id, img, e)
                    .await
            }
            _ => e,
        });
    }
    state.queue.wake();
    search.sync_now().await;
    if by.id != current.author_id {
        tracing::info!(post_id = current.id, by = by.id, "post edited by staff");
    }
    Ok(())
}

async fn store_edit(
    state: &AppState,
    by: &CurrentUser,
    current: &PostDetail,
    post: &ValidPost,
    image_alt: &str,
    image: &ImageChange,
    publication: Option<drafts::Publication>,
) -> AppResult<()> {
    let shown = pictures::resolve(&state.db, current.author_id, &post.body)
        .await?
        .map_err(AppError::Unprocessable)?;
    let mentioned = mentions::resolve(&state.db, &post.body).await?;
    let html = markdown::to_html_full(&post.body, &shown.by_name, &mentions::known(&mentioned));
    let mut tx = state.db.begin().await?;
    let updated = sqlx::query(
        "UPDATE post SET title = $1, description = $2, body = $3, body_html = $4, updated_at = $5, excerpt = $7, image_alt = $8, \
           reading_minutes = $9 \
         WHERE id = $6",
    )
    .bind(&post.title)
    .bind(&post.description)
    .bind(&post.body)
    .bind(&html)
    .bind(now_ms())
    .bind(current.id)
    .bind(markdown::to_excerpt(&post.body, queries::EXCERPT_CHARS))
    .bind(image_alt)
    .bind(markdown::reading_minutes(&post.body))
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    if current.published_at.is_none() {
        match publication {
            None => {}
            Some(drafts::Publication::Now) => {
                drafts::publish(&mut tx, current.id, None).await?;
            }
            Some(drafts::Publication::Draft) => {
                sqlx::query("UPDATE post SET publish_at = NULL WHERE id = $1")
                    .bind(current.id)
                    .execute(&mut *tx)
                    .await?;
            }
            Some(drafts::Publication::At { at, tz }) => {
                sqlx::query("UPDATE post SET publish_at = $1, publish_tz = $2 WHERE id = $3")
                    .bind(at)
                    .bind(tz)
                    .bind(current.id)
                    .execute(&mut *tx)
                    .await?;
                drafts::schedule(&mut tx, current.id, at).await?;
            }
        }
    }
    // A new picture replaces the old one; the old one's files go by a job.
    // The old row goes first, so the quota check no longer counts it.
    if !matches!(image, ImageChange::Keep) {
        if let Some(old) = current.image_id {
            crate::media::discard(&mut tx, old).await?;
        }
        let new_id = match image {
            ImageChange::Replace(img) => {
                Some(state.media.insert(&mut tx, current.author_id, img).await?)
            }
            _ => None,
        };
        sqlx::query("UPDATE post SET image_id = $1 WHERE id = $2")
            .bind(new_id)
            .bind(current.id)
            .execute(&mut *tx)
            .await?;
    }
    pictures::attach(&mut tx, current.id, &shown.ids).await?;
    sqlx::query("DELETE FROM post_tag WHERE post_id = $1")
        .bind(current.id)
        .execute(&mut *tx)
        .await?;
    attach_tags(&mut tx, current.id, &post.tags).await?;
    crate::search::sync::record(&mut *tx, current.id).await?;
    if by.id != current.author_id {
        let renamed = if current.title == post.title {
            String::new()
        } else {
            format!("title was “{}”", current.title)
        };
        crate::moderation::record(
            &mut *tx,
            by.into(),
            "edit-post",
            crate::moderation::Target {
                kind: "post",
                id: Some(current.id),
                label: &post.title,
            },
            &renamed,
        )
        .await?;
    }
    let mut told = Told::default();
    tell_mentioned(&mut tx, state, &mut told, current.id).await?;
    tx.commit().await?;
    told.push(state).await;
    Ok(())
}

async fn delete_post(
    ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    PathId(id): PathId,
) -> AppResult {
    let user = ctx.require_user()?;
    let author = remove(&state, &search, id, user, "").await?;
    let to = if author == user.username {
        format!("/u/{author}")
    } else {
        "/".to_string()
    };
    Ok(flash::redirect(&to, &ctx.t("posts-flash-deleted")))
}

/// Deletes a post with its picture, search document and notifications.
/// Its author may; so may a moderator or admin (only an admin when the
/// author is an admin), whose deletion is written
/// to the audit log and told to the author by email (with `reason`), in
/// the same transaction. Returns the author's username.
pub async fn remove(
    state: &AppState,
    search: &Search,
    id: i64,
    by: &CurrentUser,
    reason: &str,
) -> AppResult<String> {
    #[derive(sqlx::FromRow)]
    struct Row {
        author_id: i64,
        author: String,
        author_role: String,
        title: String,
        image_id: Option<i64>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT p.author_id, a.username AS author, a.role AS author_role, p.title, p.image_id \
         FROM post p JOIN account a ON a.id = p.author_id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_optional(&state.db)
    .await?;
    let Row {
        author_id,
        author,
        author_role,
        title,
        image_id: image,
    } = row.ok_or(AppError::NotFound)?;
    let by_staff = crate::accounts::role::removes_as_staff(
        by,
        &[author_id],
        &author_role,
        "posts-only-author-delete",
    )?;
    let mut tx = state.db.begin().await?;
    pictures::release(&mut tx, id).await?;
    let gone = sqlx::query("DELETE FROM post WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone == 0 {
        return Err(AppError::NotFound);
    }
    if let Some(image) = image {
        crate::media::discard(&mut tx, image).await?;
    }
    crate::search::sync::record(&mut *tx, id).await?;
    if by_staff {
        crate::moderation::removed(&mut tx, by, author_id, "post", id, &title, reason).await?;
    }
    tx.commit().await?;
    state.queue.wake();
    search.sync_now().await;
    // Notifications about the post went with it.
    crate::notifications::push_count(state, author_id).await;
    tracing::info!(post_id = id, by = by.id, "post deleted");
    Ok(author)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_the_title_made_safe_then_the_id() {
        assert_eq!(
            slug("How to train your dragon", 42),
            "how-to-train-your-dragon-42"
        );
        assert_eq!(slug("Ça va? Très bien!", 7), "ca-va-tres-bien-7");
        assert_eq!(slug("???", 9), "9");
        let long = slug(&"word ".repeat(40), 3);
        assert!(long.len() <= 62 && long.ends_with("-3"), "{long}");
        assert!(!long.contains("--"));
    }

    #[test]
    fn a_slug_names_its_post_by_the_last_number() {
        assert_eq!(id_in_slug("how-to-train-your-dragon-42"), Some(42));
        assert_eq!(id_in_slug("9"), Some(9));
        assert_eq!(id_in_slug("no-such-slug"), None);
        assert_eq!(id_in_slug("x-0"), None);
        assert_eq!(id_in_slug("x-99999999999999999999"), None);
        assert_eq!(id_in_slug("x-+5"), None);
    }
}
