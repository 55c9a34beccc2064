//! Data kept between requests under a name: a feed's posts, a signed-in
//! person, a session. Kept values are judged by `Freshness` (see the
//! module above) for the reader asking and for the person they belong to.
//!
//! The store knows no feature's types (values are `Any`), so features keep
//! their own kinds of data here without this module importing them.

use std::any::Any;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::Stamp;
use crate::web::live::Fanout;

#[derive(Clone)]
pub struct Memo {
    kept: Option<Arc<quick_cache::sync::Cache<String, Arc<Kept>, Weight>>>,
    fanout: Fanout,
}

struct Kept {
    stamp: Stamp,
    /// Whose it is (a session's person): their writes make it stale.
    owner: Option<i64>,
    value: Arc<dyn Any + Send + Sync>,
    weight: u32,
    renewing: AtomicBool,
}

#[derive(Clone)]
struct Weight;

impl quick_cache::Weighter<String, Arc<Kept>> for Weight {
    fn weight(&self, key: &String, kept: &Arc<Kept>) -> u64 {
        (key.len() as u64) + u64::from(kept.weight) + 128
    }
}

impl Memo {
    /// `megabytes` MiB of kept data (0: nothing is kept, every call loads).
    pub fn new(megabytes: u64, fanout: Fanout) -> Memo {
        Memo {
            kept: super::bounded(megabytes, 4096, Weight),
            fanout,
        }
    }

    /// The value kept as `key`, if `reader` may be shown it, else what
    /// `load` reads (then kept, weighing `weight(&value)` bytes).
    pub async fn get_or_load<V, E, Fut>(
        &self,
        key: String,
        reader: Option<i64>,
        weight: impl FnOnce(&V) -> usize,
        load: impl FnOnce() -> Fut,
    ) -> Result<Arc<V>, E>
    where
        V: Send + Sync + 'static,
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some(value) = self.kept(&key, reader) {
            return Ok(value);
        }
        let stamp = self.fanout.freshness.stamp();
        let value = Arc::new(load().await?);
        self.keep(key, stamp, value.clone(), None, weight(&value));
        Ok(value)
    }

    /// Like `get_or_load`, for values that belong to someone (`load` says
    /// whom) and may be missing (`None` is not kept).
    pub async fn get_or_load_owned<V, E, Fut>(
        &self,
        key: String,
        reader: Option<i64>,
        weight: impl FnOnce(&V) -> usize,
        load: impl FnOnce() -> Fut,
    ) -> Result<Option<Arc<V>>, E>
    where
        V: Send + Sync + 'static,
        Fut: Future<Output = Result<Option<(V, Option<i64>)>, E>>,
    {
        if let Some(value) = self.kept(&key, reader) {
            return Ok(Some(value));
        }
        let stamp = self.fanout.freshness.stamp();
        let Some((value, owner)) = load().await? else {
            self.forget(&key);
            return Ok(None);
        };
        let value = Arc::new(value);
        self.keep(key, stamp, value.clone(), owner, weight(&value));
        Ok(Some(value))
    }

    /// The values kept as `keys`, in order, reading those `reader` may not
    /// be shown from `load` in one go: it is handed the positions of the
    /// missing keys and answers one value for each, in that order (a key
    /// it answers nothing for is `None`).
    pub async fn get_many_or_load<V, E, Fut>(
        &self,
        keys: &[String],
        reader: Option<i64>,
        weight: impl Fn(&V) -> usize,
        load: impl FnOnce(Vec<usize>) -> Fut,
    ) -> Result<Vec<Option<Arc<V>>>, E>
    where
        V: Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<V>, E>>,
    {
        let mut found: Vec<Option<Arc<V>>> = keys.iter().map(|k| self.kept(k, reader)).collect();
        let missing: Vec<usize> = (0..keys.len()).filter(|i| found[*i].is_none()).collect();
        if !missing.is_empty() {
            let stamp = self.fanout.freshness.stamp();
            let loaded = load(missing.clone()).await?;
            for (i, value) in missing.into_iter().zip(loaded) {
                let value = Arc::new(value);
                self.keep(keys[i].clone(), stamp, value.clone(), None, weight(&value));
                found[i] = Some(value);
            }
        }
        Ok(found)
    }

    /// Keeps `value` as `key` now (a write-through: what was just written
    /// is what the next read gets).
    pub fn put<V: Send + Sync + 'static>(
        &self,
        key: String,
        value: V,
        owner: Option<i64>,
        weight: usize,
    ) {
        let stamp = self.fanout.freshness.stamp();
        self.keep(key, stamp, Arc::new(value), owner, weight);
    }

    /// What is kept as `key`, if `reader` may be shown it. Past `FRESH`,
    /// the first asker is told nothing (it renews the value); the others
    /// still get it.
    fn kept<V: Send + Sync + 'static>(&self, key: &str, reader: Option<i64>) -> Option<Arc<V>> {
        let found = self.kept.as_ref()?.get(key)?;
        let verdict = self
            .fanout
            .freshness
            .judge(found.stamp, &[reader, found.owner]);
        if verdict.serve(&found.renewing) {
            found.value.clone().downcast::<V>().ok()
        } else {
            None
        }
    }

    fn keep<V: Send + Sync + 'static>(
        &self,
        key: String,
        stamp: Stamp,
        value: Arc<V>,
        owner: Option<i64>,
        weight: usize,
    ) {
        if let Some(kept) = &self.kept {
            kept.insert(
                key,
                Arc::new(Kept {
                    stamp,
                    owner,
                    value,
                    weight: weight.min(u32::MAX as usize) as u32,
                    renewing: AtomicBool::new(false),
                }),
            );
        }
    }

    /// Drops what is kept as `key` in this process.
    pub fn forget(&self, key: &str) {
        if let Some(kept) = &self.kept {
            kept.remove(key);
        }
    }

    /// `person` wrote something the request path did not see (a session
    /// saved): their kept data is stale here and in the other processes.
    pub async fn wrote(&self, person: i64) {
        self.fanout.wrote(person).await;
    }
}
