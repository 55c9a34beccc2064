//! Full-text search: an embedded tantivy index under the data dir, kept in
//! step with the database by a change log (`sync`), queried through a small
//! safe query language (`query`), shown at `/search`.

pub mod index;
pub mod query;
pub mod snippet;
pub mod sync;
pub mod tokenizer;

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use askama::Template;
use axum::Router;
use axum::extract::{FromRef, Query, State};
use axum::routing::get;
use serde::Deserialize;
use tokio::sync::Notify;

use crate::accounts::Ctx;
use crate::db::{Db, placeholders};
use crate::error::{AppError, AppResult};
use crate::web::AppState;
use crate::web::{PAGE_SIZE, page};
pub use index::Hit;
use index::{Live, Order};
use query::Matching;
use sync::Indexer;

/// Fewer exact hits than this and a fuzzy retry is tried.
const FEW_HITS: usize = 3;
const MAX_PAGE: usize = 50;

/// The process's search index, handed to handlers beside `AppState` by
/// `app::Site` (`State<Search>`). `worker` processes have none.
#[derive(Clone)]
pub struct Search {
    inner: Option<Arc<Indexer>>,
    live: Option<index::Shared>,
    wake: Arc<Notify>,
    /// The index has held every change logged before it was last asked
    /// (see `caught_up`): once true, it stays true.
    caught_up: Arc<std::sync::atomic::AtomicBool>,
    /// Searches running at once: one a core. A search is all CPU; more at
    /// once only take turns on the cores, and each waits longer.
    running: Arc<tokio::sync::Semaphore>,
}

fn one_a_core() -> Arc<tokio::sync::Semaphore> {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    Arc::new(tokio::sync::Semaphore::new(cores))
}

impl Search {
    pub fn none() -> Search {
        Search {
            inner: None,
            live: None,
            wake: Arc::new(Notify::new()),
            caught_up: Arc::new(std::sync::atomic::AtomicBool::new(true)),
            running: one_a_core(),
        }
    }

    /// Opens the live index under `root` (creating it the first time).
    pub fn open(root: PathBuf, db: Db) -> anyhow::Result<Search> {
        std::fs::create_dir_all(&root)?;
        index::remove_stale(&root);
        let live: index::Shared = Arc::new(RwLock::new(Arc::new(Live::open(
            &index::current_dir(&root),
        )?)));
        let wake = Arc::new(Notify::new());
        let indexer = Arc::new(Indexer::new(db, root, live.clone(), wake.clone()));
        Ok(Search {
            inner: Some(indexer),
            live: Some(live),
            wake,
            caught_up: Arc::new(std::sync::atomic::AtomicBool::new(false)),
            running: one_a_core(),
        })
    }

    /// Whether the index has caught up with the change log since this
    /// process started (`/readyz`): until then a search could miss posts.
    pub async fn caught_up(&self, db: &Db) -> Result<bool, sqlx::Error> {
        use std::sync::atomic::Ordering;
        if self.caught_up.load(Ordering::Acquire) {
            return Ok(true);
        }
        let Some(behind) = self.lag(db).await? else {
            return Ok(true);
        };
        if behind == 0 {
            self.caught_up.store(true, Ordering::Release);
        }
        Ok(behind == 0)
    }

    /// Change-log rows this process's index has not applied yet (`None`:
    /// this process keeps no index).
    pub async fn lag(&self, db: &Db) -> Result<Option<i64>, sqlx::Error> {
        let Some(live) = self.live() else {
            return Ok(None);
        };
        sqlx::query_scalar("SELECT COUNT(*) FROM search_change WHERE id > $1")
            .bind(live.progress().applied)
            .fetch_one(db)
            .await
            .map(Some)
    }

    /// Tells the indexer a post changed (after the change committed).
    pub fn changed(&self) {
        self.wake.notify_waiters();
    }

    pub fn indexer(&self) -> Option<Arc<Indexer>> {
        self.inner.clone()
    }

    /// After a post changed: applies it before the response goes out, so
    /// the writer finds their own post at once (read your writes). Bounded;
    /// on a slow disk the background indexer finishes the job.
    pub async fn sync_now(&self) {
        self.changed();
        let Some(indexer) = &self.inner else { return };
        match tokio::time::timeout(std::time::Duration::from_secs(2), indexer.catch_up()).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => {
                tracing::warn!(error = %format!("{e:#}"), "search index not updated now; the indexer will retry")
            }
            Err(_) => tracing::debug!("search index update still running; the indexer finishes it"),
        }
    }

    /// Applies pending changes now: the hook tests use instead of waiting.
    pub async fn catch_up(&self) -> anyhow::Result<usize> {
        match &self.inner {
            Some(i) => i.catch_up().await,
            None => Ok(0),
        }
    }

    /// This process's index as the admin page shows it: documents, the
    /// last change applied, its folder. `None` in a `worker` process.
    pub fn status(&self) -> Option<(u64, index::Progress, PathBuf)> {
        self.live()
            .map(|l| (l.num_docs(), l.progress(), l.dir.clone()))
    }

    /// The post ids in the index, sorted (after applying pending changes).
    pub async fn indexed_ids(&self) -> anyhow::Result<Option<Vec<i64>>> {
        self.catch_up().await?;
        let Some(live) = self.live() else {
            return Ok(None);
        };
        Ok(Some(
            tokio::task::spawn_blocking(move || live.ids()).await??,
        ))
    }

    fn live(&self) -> Option<Arc<Live>> {
        self.live.as_ref().map(|l| {
            l.read()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone()
        })
    }

    /// Runs a query: exact words first, then, when that finds little and a
    /// word is long enough to be misspelled, with typo tolerance.
    /// Runs a query for a reader who must not see `hidden_authors`
    /// (usernames), so the page and the total leave them out alike.
    pub async fn run(
        &self,
        q: &str,
        newest_first: bool,
        page: usize,
        hidden_authors: Vec<String>,
    ) -> anyhow::Result<Found> {
        let mut parsed = query::parse(q);
        parsed.hidden_authors = hidden_authors;
        let Some(live) = self.live() else {
            return Ok(Found::default());
        };
        if parsed.is_empty() {
            return Ok(Found::default());
        }
        let _turn = self.running.acquire().await?;
        tokio::task::spawn_blocking(move || {
            let offset = (page - 1) * PAGE_SIZE as usize;
            query::complete_last(&mut parsed, &live.fields, &live.searcher());
            let exact = query::build(&parsed, &live.fields, Matching::Exact);
            let order = match (newest_first, parsed.prunable()) {
                (true, _) => Order::Newest,
                (false, true) => Order::Best,
                (false, false) => Order::BestUnpruned,
            };
            let marked = parsed.highlighted();
            let mut found =
                live.search(exact.as_ref(), &marked, order, offset, PAGE_SIZE as usize)?;
            let mut fuzzy = false;
            if found.total < FEW_HITS && parsed.has_fuzzy_candidates() {
                let q = query::build(&parsed, &live.fields, Matching::Fuzzy);
                let order = if newest_first {
                    Order::Newest
                } else {
                    Order::BestUnpruned
                };
                let retry = live.search(q.as_ref(), &marked, order, offset, PAGE_SIZE as usize)?;
                if retry.total > found.total {
                    found = retry;
                    fuzzy = true;
                }
            }
            Ok(Found {
                hits: found.hits,
                total: found.total,
                fuzzy,
            })
        })
        .await?
    }
}

#[derive(Debug, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// Found only with typo tolerance.
    pub fuzzy: bool,
}

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    Router::new().route("/search", get(search_page))
}

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    page: Option<String>,
    sort: Option<String>,
}

#[derive(Template)]
#[template(path = "search/results.html")]
pub struct SearchPage {
    ctx: Ctx,
    q: String,
    newest: bool,
    page: usize,
    hits: Vec<Hit>,
    total: usize,
    fuzzy: bool,
    has_next: bool,
}

impl SearchPage {
    /// The link to another page of these results.
    fn page_link(&self, page: usize) -> String {
        let q: String = url::form_urlencoded::byte_serialize(self.q.as_bytes()).collect();
        format!(
            "/search?q={q}{}&page={page}",
            if self.newest { "&sort=new" } else { "" }
        )
    }
}

async fn search_page(
    ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    Query(sq): Query<SearchQuery>,
) -> AppResult {
    let page_no = sq
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, MAX_PAGE);
    let newest = sq.sort.as_deref() == Some("new");
    let q: String = sq.q.chars().filter(|c| !c.is_control()).take(500).collect();
    let hidden = match &ctx.user {
        Some(user) if user.blocks => crate::social::blocks::hidden_from(&state.db, user.id).await?,
        _ => Vec::new(),
    };
    let found = search
        .run(&q, newest, page_no, hidden.clone())
        .await
        .map_err(AppError::Internal)?;
    let hits = still_shown(&state, found.hits, &hidden, ctx.user_id()).await?;
    let has_next = page_no * (PAGE_SIZE as usize) < found.total && page_no < MAX_PAGE;
    page(&SearchPage {
        ctx,
        q,
        newest,
        page: page_no,
        hits,
        total: found.total,
        fuzzy: found.fuzzy,
        has_next,
    })
}

/// The results that may still be shown, in the index's order: a post
/// deleted, unpublished or hidden a moment ago, or whose author was banned,
/// is left out (the index on another instance can be a second behind), and
/// so, should a username have changed since it was indexed, are posts by
/// `hidden` people. Whether a post is shown is kept per post in the memo,
/// so a removal (which makes everything kept before it stale) is seen at
/// once and a page of results usually needs no query at all. Everything a
/// result shows comes from the index, which has each edit before its
/// response goes out here, and within a second elsewhere.
async fn still_shown(
    state: &AppState,
    mut hits: Vec<Hit>,
    hidden: &[String],
    reader: Option<i64>,
) -> Result<Vec<Hit>, sqlx::Error> {
    hits.retain(|h| !hidden.contains(&h.author));
    if hits.is_empty() {
        return Ok(hits);
    }
    let keys: Vec<String> = hits.iter().map(|h| format!("shown:{}", h.id)).collect();
    let shown = state
        .memo
        .get_many_or_load(
            &keys,
            reader,
            |_| 8,
            |missing: Vec<usize>| {
                let ids: Vec<i64> = missing.iter().map(|i| hits[*i].id).collect();
                shown_now(&state.db, ids)
            },
        )
        .await?;
    Ok(hits
        .into_iter()
        .zip(shown)
        .filter(|(_, shown)| shown.as_deref() == Some(&true))
        .map(|(hit, _)| hit)
        .collect())
}

/// For each of `ids`, whether the post is published and its author not banned.
async fn shown_now(db: &Db, ids: Vec<i64>) -> Result<Vec<bool>, sqlx::Error> {
    let sql = format!(
        "SELECT p.id FROM post p JOIN account a ON a.id = p.author_id \
         WHERE a.banned_at IS NULL AND p.published_at IS NOT NULL AND p.id IN ({})",
        placeholders(1, ids.len())
    );
    let mut q = sqlx::query_scalar::<_, i64>(&sql);
    for id in &ids {
        q = q.bind(*id);
    }
    let shown: std::collections::HashSet<i64> = q.fetch_all(db).await?.into_iter().collect();
    Ok(ids.iter().map(|id| shown.contains(id)).collect())
}
