//! Request metrics: every answer counted by route pattern, method and
//! status, and timed. Two layers, because only the router knows which
//! route matched: `stamp_route` (a route layer) puts the pattern on the
//! response, `count` (outermost) reads it once everything has answered.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;

use crate::metrics::Metrics;

pub async fn stamp_route(matched: Option<MatchedPath>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    if let Some(route) = matched {
        res.extensions_mut().insert(route);
    }
    res
}

pub async fn count(State(metrics): State<Metrics>, req: Request, next: Next) -> Response {
    let method = label(req.method());
    let started = Instant::now();
    let res = next.run(req).await;
    let route = res
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str);
    metrics
        .requests
        .with_label_values(&[route, method, res.status().as_str()])
        .inc();
    metrics
        .request_seconds
        .with_label_values(&[route])
        .observe(started.elapsed().as_secs_f64());
    res
}

/// Known methods by name; any other (a client may invent one) is `other`,
/// so nobody can grow the number of series.
fn label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}
