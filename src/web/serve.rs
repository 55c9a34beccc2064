//! The HTTP/1.1 accept loop: what `axum::serve` does, with the connection
//! settings it does not expose.
//!
//! Why not `axum::serve`: every open notification stream keeps its
//! connection's buffers for hours. hyper lets a connection's read buffer
//! grow to 400 KiB and, after the first request, it reserved another 8 KiB
//! on top of the first (16 KiB per idle stream, measured with heaptrack).
//! A request head never needs more than 8 KiB here (nginx's default limit
//! too), so the buffer is capped there; request bodies still stream
//! through it. The same builder adds a header read timeout against
//! slow-loris clients, and TCP_NODELAY so small SSE events leave at once.

use std::convert::Infallible;
use std::future::Future;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// hyper's minimum; also the largest request head accepted.
const READ_BUFFER: usize = 8192;
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves `router` until `shutdown` completes, then waits for open
/// connections to finish (streams end on the app's own stop signal).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.max_buf_size(READ_BUFFER)
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) => {
                    // Out of file descriptors and the like: wait, don't spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = router
            .clone()
            .map_request(move |mut req: axum::http::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            })
            .map_err(|e: Infallible| match e {});
        let conn = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, peer = %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
