//! The HTTP/1.1 accept loop: what `axum::serve` does, with the connection
//! settings it does not expose.
//!
//! Why not `axum::serve`: it serves each connection with hyper-util's
//! "auto" builder, ready for HTTP/1 or HTTP/2 on every socket. Quill is
//! HTTP/1.1 (behind a proxy, or plain http locally, where browsers never
//! speak h2c), and every open notification stream holds its connection for
//! hours: with hyper's HTTP/1 builder alone, 10,000 open streams took
//! 176-190 MiB of anonymous memory instead of 226 MiB (bench/sse.sh).
//! The builder also gives a header read timeout against slow-loris
//! clients, a bound on request heads, and TCP_NODELAY so small SSE events
//! leave at once.
//!
//! A new connection whose first request is a `GET` of a long-lived path
//! (the notification stream) is served off hyper, by `long_lived`, whose
//! connection holds no buffers between events.
//!
//! Connections are capped: at most `Caps::total` open at once (past that
//! the loop stops accepting and new clients wait in the kernel's backlog
//! until one closes), and at most `Caps::per_ip` from one address (past
//! that a new one is closed at once), so a few hundred slow or idle
//! clients from one place cannot take every slot.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

use crate::web::limits::ip_key;
use crate::web::long_lived::{self, LongLived};

/// How many connections are served at once.
#[derive(Debug, Clone, Copy)]
pub struct Caps {
    pub total: usize,
    /// 0 = no per-address cap.
    pub per_ip: usize,
}

/// Open connections by client address (IPv6 by /64).
#[derive(Default)]
struct PerIp(Mutex<HashMap<String, usize>>);

/// One connection's place in `PerIp`, given back when it closes.
struct IpSlot {
    table: Arc<PerIp>,
    key: String,
}

impl PerIp {
    fn take(table: &Arc<PerIp>, key: String, cap: usize) -> Option<IpSlot> {
        let mut open = table
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let n = open.entry(key.clone()).or_insert(0);
        if *n >= cap {
            return None;
        }
        *n += 1;
        Some(IpSlot {
            table: table.clone(),
            key,
        })
    }
}

impl Drop for IpSlot {
    fn drop(&mut self) {
        let mut open = self
            .table
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(n) = open.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.key);
            }
        }
    }
}

/// The largest request head accepted (a 10 KB search URL fits; hyper's
/// default is 400 KiB). Bodies stream through the buffer at any size.
const READ_BUFFER: usize = 64 * 1024;
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves `router` until `shutdown` completes, then waits for open
/// connections to finish (streams end on the app's own stop signal).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    caps: Caps,
    long: LongLived,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(caps.total));
    let per_ip = Arc::new(PerIp::default());
    let mut http = hyper::server::conn::http1::Builder::new();
    http.max_buf_size(READ_BUFFER)
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let graceful = GracefulShutdown::new();
    // The long-lived connections, which graceful shutdown does not see.
    let tracker = tokio_util::task::TaskTracker::new();
    // Told when serving stops: a connection that has not sent its first
    // request yet closes then (hyper's graceful shutdown does that for the
    // connections it holds).
    let closing = tokio_util::sync::CancellationToken::new();
    tokio::pin!(shutdown);
    loop {
        // A free slot first: at the cap, new clients wait in the backlog.
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break, // closed: nothing more is served
            },
            _ = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) if is_connection_error(&e) => continue,
                Err(e) => {
                    // Out of file descriptors and the like: wait, don't spin
                    // (what axum::serve does too).
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let ip_slot = if caps.per_ip > 0 {
            match PerIp::take(&per_ip, ip_key(peer.ip()), caps.per_ip) {
                Some(s) => Some(s),
                None => {
                    tracing::debug!(peer = %peer, "too many connections from one address; closed");
                    continue;
                }
            }
        } else {
            None
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let http = http.clone();
        let watcher = graceful.watcher();
        let closing = closing.clone();
        tracker.spawn(async move {
            let mut first = [0u8; 64];
            let wanted = long_lived::peek_len(long).min(first.len());
            // The first bytes decide the way; nothing is consumed. A
            // client that sends nothing is dropped as hyper would drop it.
            let peek = tokio::time::timeout(HEADER_READ_TIMEOUT, stream.peek(&mut first[..wanted]));
            let peeked = tokio::select! {
                peeked = peek => match peeked {
                    Ok(Ok(n)) => n,
                    Ok(Err(_)) | Err(_) => return drop((slot, ip_slot)),
                },
                _ = closing.cancelled() => return drop((slot, ip_slot)),
            };
            // Each way in a box of its own size: this task's own future
            // stays small (an open stream pays for it).
            if long.wants(&first[..peeked]) {
                let served = long_lived::serve(stream, peer, router, HEADER_READ_TIMEOUT, closing);
                Box::pin(served).await;
                return drop((slot, ip_slot));
            }
            let service = router
                .map_request(move |mut req: axum::http::Request<Incoming>| {
                    req.extensions_mut().insert(ConnectInfo(peer));
                    req
                })
                .map_err(|e: Infallible| match e {});
            let conn =
                http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
            if let Err(e) = Box::pin(watcher.watch(conn)).await {
                tracing::debug!(error = %e, peer = %peer, "connection ended with an error");
            }
            drop((slot, ip_slot));
        });
    }
    drop(listener);
    closing.cancel();
    // Streams have been told to end; a slow download gets a bounded wait.
    tracker.close();
    let all_closed = async { tokio::join!(graceful.shutdown(), tracker.wait()) };
    if tokio::time::timeout(SHUTDOWN_WAIT, all_closed)
        .await
        .is_err()
    {
        tracing::warn!("connections still open after {SHUTDOWN_WAIT:?}; closing them");
    }
    Ok(())
}

const SHUTDOWN_WAIT: Duration = Duration::from_secs(30);

/// Errors about one connection (the peer went away during the handshake),
/// not about the listener.
fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    )
}
