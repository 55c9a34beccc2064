//! What Quill keeps in memory between requests, and how it stays true
//! (docs/performance.md):
//! - `pages`: whole pages for visitors who are not logged in;
//! - `memo`: data that pages of logged-in people share or repeat (a feed's
//!   posts, the signed-in person, their session).
//!
//! Both follow the same three rules, kept by `Freshness`:
//! 1. **Removals at once, everywhere.** A write that may have removed
//!    something (any write not marked `Additive`: a deletion, a ban, a
//!    block, an edit, a logout) makes everything kept before it stale,
//!    before its answer leaves, here and through Redis in every process.
//! 2. **Own writes at once.** Whatever a person writes makes what was kept
//!    before it stale *for them* (their likes, follows and comments show
//!    on their next page), here and through Redis.
//! 3. **Everything else within 2 s.** Nothing is served older than
//!    `STALE_AT_MOST` (1.8 s); after `FRESH` (1 s) one request renews it.

pub mod memo;
pub mod pages;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::response::Response;

pub use memo::Memo;
pub use pages::{PageCache, Personal};

/// A kept thing is served as it is for this long.
pub const FRESH: Duration = Duration::from_secs(1);
/// Past `FRESH` and up to this age it is still served while one request
/// renews it; never after.
pub const STALE_AT_MOST: Duration = Duration::from_millis(1800);

/// People's last writes are remembered in this many slots (by id): two
/// people sharing a slot only renew each other's data a little sooner.
const SLOTS: usize = 4096;

/// A clock of this process's changes: every write moves `seq` on. A thing
/// kept records the clock from before it was read, and is good for a reader
/// only while no removal (`removed_at`) and no write of the reader's own
/// (`wrote_at`) came after that.
pub struct Freshness {
    seq: AtomicU64,
    removed_at: AtomicU64,
    wrote_at: Box<[AtomicU64]>,
}

impl Default for Freshness {
    fn default() -> Freshness {
        Freshness {
            seq: AtomicU64::new(1),
            removed_at: AtomicU64::new(0),
            wrote_at: (0..SLOTS).map(|_| AtomicU64::new(0)).collect(),
        }
    }
}

/// The clock reading a kept thing was made at, and when.
#[derive(Clone, Copy, Debug)]
pub struct Stamp {
    seq: u64,
    at: Instant,
}

/// Whether a kept thing may be served.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Fresh,
    /// Past `FRESH`: serve it, unless no one is renewing it yet (then renew).
    Aging,
    Stale,
}

impl Verdict {
    /// Whether to serve a kept thing that `renewing` marks: fresh, or aging
    /// while someone else already renews it (the first asker renews it).
    fn serve(self, renewing: &std::sync::atomic::AtomicBool) -> bool {
        match self {
            Verdict::Fresh => true,
            Verdict::Aging => renewing.swap(true, Ordering::AcqRel),
            Verdict::Stale => false,
        }
    }
}

impl Freshness {
    /// The clock now: stamp what is about to be read with it.
    pub fn stamp(&self) -> Stamp {
        Stamp {
            seq: self.seq.load(Ordering::Acquire),
            at: Instant::now(),
        }
    }

    fn tick(&self) -> u64 {
        self.seq.fetch_add(1, Ordering::AcqRel) + 1
    }

    /// Something may have been removed: everything kept so far is stale.
    pub fn removal(&self) {
        let now = self.tick();
        self.removed_at.fetch_max(now, Ordering::AcqRel);
    }

    /// `person` wrote: what was kept so far is stale for them.
    pub fn wrote(&self, person: i64) {
        let now = self.tick();
        self.slot(person).fetch_max(now, Ordering::AcqRel);
    }

    fn slot(&self, person: i64) -> &AtomicU64 {
        &self.wrote_at[person.rem_euclid(SLOTS as i64) as usize]
    }

    /// Whether what was stamped `stamp` may be shown to `people` (the
    /// reader, and whoever the thing belongs to).
    pub fn judge(&self, stamp: Stamp, people: &[Option<i64>]) -> Verdict {
        if stamp.seq < self.removed_at.load(Ordering::Acquire)
            || people
                .iter()
                .flatten()
                .any(|p| stamp.seq < self.slot(*p).load(Ordering::Acquire))
        {
            return Verdict::Stale;
        }
        match stamp.at.elapsed() {
            age if age < FRESH => Verdict::Fresh,
            age if age < STALE_AT_MOST => Verdict::Aging,
            _ => Verdict::Stale,
        }
    }
}

/// A store of at most `megabytes` MiB as `weigher` counts them (`None` for
/// 0: nothing kept); `typical` bytes an entry only sizes its table.
fn bounded<K, V, W>(
    megabytes: u64,
    typical: u64,
    weigher: W,
) -> Option<Arc<quick_cache::sync::Cache<K, V, W>>>
where
    K: Eq + std::hash::Hash,
    V: Clone,
    W: quick_cache::Weighter<K, V> + Clone,
{
    (megabytes > 0).then(|| {
        let bytes = megabytes << 20;
        Arc::new(quick_cache::sync::Cache::with_weighter(
            (bytes / typical).max(16) as usize,
            bytes,
            weigher,
        ))
    })
}

/// Put on a response (as an extension) by a write that removed nothing:
/// a like, a follow, a login. Others may see it up to
/// `STALE_AT_MOST` late; the writer sees it at once (rule 2).
#[derive(Clone, Copy)]
pub struct Additive;

/// A route whose writes are `Additive`: `additive(post(like))`.
pub fn additive<S>(route: axum::routing::MethodRouter<S>) -> axum::routing::MethodRouter<S>
where
    S: Clone + Send + Sync + 'static,
{
    route.layer(axum::middleware::map_response(mark_additive))
}

async fn mark_additive(mut resp: Response) -> Response {
    resp.extensions_mut().insert(Additive);
    resp
}

/// Who made this request, once something (the page context, the API's
/// token) knows: their writes make their own kept things stale.
#[derive(Clone, Default)]
pub struct Writer(Arc<AtomicI64>);

impl Writer {
    /// Called where a request's person is known.
    pub fn note(extensions: &axum::http::Extensions, person: i64) {
        if let Some(w) = extensions.get::<Writer>() {
            w.0.store(person, Ordering::Relaxed);
        }
    }

    fn person(&self) -> Option<i64> {
        Some(self.0.load(Ordering::Relaxed)).filter(|p| *p != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removal_makes_everything_kept_before_it_stale_for_everyone() {
        let f = Freshness::default();
        let before = f.stamp();
        f.removal();
        let after = f.stamp();
        assert_eq!(f.judge(before, &[None]), Verdict::Stale);
        assert_eq!(f.judge(before, &[Some(7)]), Verdict::Stale);
        assert_eq!(f.judge(after, &[Some(7)]), Verdict::Fresh);
    }

    #[test]
    fn a_write_makes_what_was_kept_stale_for_the_writer_only() {
        let f = Freshness::default();
        let before = f.stamp();
        f.wrote(7);
        assert_eq!(f.judge(before, &[Some(7)]), Verdict::Stale);
        assert_eq!(f.judge(before, &[None, Some(8)]), Verdict::Fresh);
        assert_eq!(f.judge(f.stamp(), &[Some(7)]), Verdict::Fresh);
    }

    #[test]
    fn kept_things_age_and_then_go_stale() {
        let f = Freshness::default();
        let old = Stamp {
            seq: f.stamp().seq,
            at: Instant::now() - Duration::from_millis(1200),
        };
        assert_eq!(f.judge(old, &[]), Verdict::Aging);
        let older = Stamp {
            seq: old.seq,
            at: Instant::now() - STALE_AT_MOST,
        };
        assert_eq!(f.judge(older, &[]), Verdict::Stale);
    }
}
