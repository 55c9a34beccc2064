//! Whole pages for visitors who are not logged in: what such a visitor is
//! shown is the same for every one who reads the same language, so it is
//! rendered once and reused (the rules: `web::cache`). A logged-in person
//! never reads from here: any cookie but the language's, an
//! `Authorization` header, a conditional request, or a page that used a
//! visitor's own CSRF token (`Personal`) bypasses it.
//!
//! This is also the layer that sees every write, and tells `Freshness`.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::{Additive, Stamp, Writer};
use crate::i18n::Lang;

/// Pages larger than this are not kept (a very long post, once compressed,
/// is far below it).
const MAX_ENTRY: usize = 1 << 20;
/// Only these answers are the same for every visitor; everything else
/// (forms, settings, search, notifications, uploads) is never stored.
const SHARED: &[&str] = &[
    "/posts/",
    "/u/",
    "/tags/",
    "/feed.atom",
    "/sitemap",
    "/robots.txt",
    "/api/articles",
    "/api/profiles/",
    "/api/tags",
];
/// Says whether a shareable page came from the cache (`hit`) or was
/// rendered for this request (`miss`), as Varnish and CDNs do: for
/// operators checking the cache works, and for the tests.
const X_CACHE: &str = "x-cache";

/// Cookies that do not make a page personal: the language is in the key,
/// and a visitor's own CSRF cookie matters only to pages that use it
/// (which say so: `Personal`).
const HARMLESS_COOKIES: &[&str] = &[
    crate::web::language::COOKIE,
    "quill_csrf",
    "__Host-quill_csrf",
];

/// Put on a response that holds something of this visitor's own (their
/// CSRF token): it must not be shown to anyone else.
#[derive(Clone, Copy)]
pub struct Personal;

#[derive(Clone)]
pub struct PageCache {
    pages: Option<Arc<quick_cache::sync::Cache<Key, Arc<Stored>, ByteSize>>>,
    fanout: crate::web::live::Fanout,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path: Box<str>,
    lang: &'static str,
    /// The request's `Accept-Encoding` as sent: the stored body is
    /// compressed (or not) for it.
    encoding: Option<HeaderValue>,
}

struct Stored {
    stamp: Stamp,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// The route it answered (`web::measure` counts hits under it too).
    route: Option<axum::extract::MatchedPath>,
    /// Someone is rendering the successor of this page.
    renewing: AtomicBool,
}

#[derive(Clone)]
struct ByteSize;

impl quick_cache::Weighter<Key, Arc<Stored>> for ByteSize {
    fn weight(&self, key: &Key, page: &Arc<Stored>) -> u64 {
        (key.path.len() + page.body.len() + 512) as u64
    }
}

impl PageCache {
    /// A cache of `megabytes` MiB of pages (0: none is kept; writes are
    /// still announced, for other processes' caches).
    pub fn new(megabytes: u64, fanout: crate::web::live::Fanout) -> PageCache {
        PageCache {
            // A page is some 20 KB.
            pages: super::bounded(megabytes, 20_000, ByteSize),
            fanout,
        }
    }

    /// Everything kept, here and in the other processes, is stale: called
    /// by removals the request path does not see (jobs).
    pub async fn removed(&self) {
        self.fanout.removed().await;
    }
}

enum Lookup {
    Hit(Response),
    /// Not stored (or no longer good): render, then store under this key.
    Render(Key),
    Bypass,
}

impl PageCache {
    fn lookup(&self, req: &Request) -> Lookup {
        let Some(pages) = &self.pages else {
            return Lookup::Bypass;
        };
        let Some(key) = key_of(req) else {
            return Lookup::Bypass;
        };
        let Some(page) = pages.get(&key) else {
            return Lookup::Render(key);
        };
        // Aging: one request renders the successor; the others get this.
        if self
            .fanout
            .freshness
            .judge(page.stamp, &[])
            .serve(&page.renewing)
        {
            Lookup::Hit(page.response())
        } else {
            Lookup::Render(key)
        }
    }

    fn store(&self, key: Key, stamp: Stamp, parts: &axum::http::response::Parts, body: &Bytes) {
        if let Some(pages) = &self.pages {
            pages.insert(
                key,
                Arc::new(Stored {
                    stamp,
                    status: parts.status,
                    headers: parts.headers.clone(),
                    body: body.clone(),
                    route: parts
                        .extensions
                        .get::<axum::extract::MatchedPath>()
                        .cloned(),
                    renewing: AtomicBool::new(false),
                }),
            );
        }
    }
}

impl Stored {
    fn response(&self) -> Response {
        let mut resp = Response::new(Body::from(self.body.clone()));
        *resp.status_mut() = self.status;
        *resp.headers_mut() = self.headers.clone();
        if let Some(route) = &self.route {
            resp.extensions_mut().insert(route.clone());
        }
        resp
    }
}

/// The key a request's answer is stored under, or `None` when its answer
/// may be someone's own.
fn key_of(req: &Request) -> Option<Key> {
    let path = req.uri().path();
    if req.method() != Method::GET || !(path == "/" || SHARED.iter().any(|p| path.starts_with(p))) {
        return None;
    }
    let h = req.headers();
    if h.contains_key(header::AUTHORIZATION)
        || h.contains_key(header::IF_NONE_MATCH)
        || h.contains_key(header::IF_MODIFIED_SINCE)
        || h.contains_key(header::RANGE)
    {
        return None;
    }
    let harmless = h
        .get_all(header::COOKIE)
        .iter()
        .flat_map(|v| v.as_bytes().split(|b| *b == b';'))
        .filter_map(|kv| kv.split(|b| *b == b'=').next())
        .map(|name| name.trim_ascii())
        .all(|name| name.is_empty() || HARMLESS_COOKIES.iter().any(|c| c.as_bytes() == name));
    if !harmless {
        return None;
    }
    let encoding = h.get(header::ACCEPT_ENCODING).cloned();
    if encoding.as_ref().is_some_and(|e| e.len() > 100) {
        return None;
    }
    let lang = req.extensions().get::<Lang>()?.code();
    Some(Key {
        path: req.uri().path_and_query()?.as_str().into(),
        lang,
        encoding,
    })
}

/// The middleware: answers from the cache where it may, stores what it may,
/// and makes stored pages stale after a write.
pub async fn layer(State(cache): State<PageCache>, mut req: Request, next: Next) -> Response {
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        let writer = Writer::default();
        req.extensions_mut().insert(writer.clone());
        let resp = next.run(req).await;
        let done = resp.status().is_success() || resp.status().is_redirection();
        // Before the answer leaves: whoever reads next, anywhere, does not
        // get something kept from before the write.
        if done {
            if let Some(person) = writer.person() {
                cache.fanout.wrote(person).await;
            }
            if resp.extensions().get::<Additive>().is_none() {
                cache.removed().await;
            }
        }
        return resp;
    }
    let key = match cache.lookup(&req) {
        Lookup::Hit(mut resp) => {
            resp.headers_mut()
                .insert(X_CACHE, HeaderValue::from_static("hit"));
            return resp;
        }
        Lookup::Bypass => return next.run(req).await,
        Lookup::Render(key) => key,
    };
    // The clock before rendering: a removal while the page renders leaves
    // what it stores stale at once.
    let stamp = cache.fanout.freshness.stamp();
    let resp = next.run(req).await;
    let storable = resp.status() == StatusCode::OK
        && !resp.headers().contains_key(header::SET_COOKIE)
        && resp.extensions().get::<Personal>().is_none();
    if !storable {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => {
            if bytes.len() <= MAX_ENTRY {
                cache.store(key, stamp, &parts, &bytes);
            }
            let mut resp = Response::from_parts(parts, Body::from(bytes));
            resp.headers_mut()
                .insert(X_CACHE, HeaderValue::from_static("miss"));
            resp
        }
        Err(e) => {
            crate::error::AppError::Internal(anyhow::anyhow!("could not read a page's body: {e}"))
                .into_response()
        }
    }
}
