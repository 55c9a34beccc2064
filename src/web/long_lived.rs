//! Long-lived responses (the notification stream) served beside hyper, on
//! a connection of their own.
//!
//! Why: hyper's HTTP/1 connection keeps an 8 KiB read buffer and an 8 KiB
//! header write buffer for its whole life, whatever `max_buf_size` says
//! (8 KiB is its floor). A page answer lives for milliseconds, so that is
//! nothing; a notification stream lives for hours, so 10,000 open streams
//! held ~160 MiB of buffers that sat empty between events
//! (`bench/sse.sh`, docs/performance.md).
//!
//! What it does: the accept loop peeks at a new connection's first bytes
//! (`wants`); a `GET` of one of the long-lived paths comes here. The head
//! is read into a small buffer that is freed once parsed, the request runs
//! through the same router as every other (session, limits, metrics and
//! headers all apply), and the answer is written by hand: its head, then
//! each body frame as one chunk. The connection closes when the body ends
//! or the client goes, so the answer says `Connection: close`.
//!
//! A stream asked for on a connection that already served a page (a
//! browser reuses idle keep-alive connections) stays with hyper: correct,
//! only not as lean. So does a first packet that stops before the path.

use std::io;
use std::net::SocketAddr;
use std::pin::pin;
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderName, HeaderValue, Method, Request, Response, StatusCode, Uri, Version};
use http_body_util::BodyExt;
use hyper::body::Body as _;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

/// Paths whose `GET` is served here (exact path; a query may follow).
#[derive(Debug, Clone, Copy, Default)]
pub struct LongLived(pub &'static [&'static str]);

/// The largest request head read here, as for every other request
/// (`serve::READ_BUFFER`); past this the client gets 431. The buffer is
/// freed once the head is parsed.
const MAX_HEAD: usize = 64 * 1024;
/// Most header lines accepted (hyper's default is 100).
const MAX_HEADERS: usize = 64;
/// A client that takes no bytes for this long while an event waits is gone.
const WRITE_WAIT: Duration = Duration::from_secs(30);
/// How long a refused client's remaining bytes are read and dropped.
const LINGER: Duration = Duration::from_secs(2);

impl LongLived {
    /// Whether the request starting in `first` (peeked bytes) is a `GET` of
    /// one of the paths. Too few bytes to tell is a no.
    pub fn wants(&self, first: &[u8]) -> bool {
        let Some(target) = first.strip_prefix(b"GET ") else {
            return false;
        };
        self.0.iter().any(|path| {
            target
                .strip_prefix(path.as_bytes())
                .and_then(|rest| rest.first())
                .is_some_and(|b| matches!(b, b' ' | b'?'))
        })
    }
}

/// How many first bytes `wants` needs to see to say yes.
pub fn peek_len(paths: LongLived) -> usize {
    paths.0.iter().map(|p| p.len()).max().unwrap_or(0) + b"GET ".len() + 1
}

/// Serves one request on `stream` and closes it. The head must arrive
/// within `head_wait`.
///
/// This future lives as long as the stream, so its size is paid per open
/// stream: reading the head and running the router (a request, its parts
/// and the router's futures) happen in a box that is freed before the body
/// is written.
/// A head still on its way when `closing` is cancelled (the server
/// stopping) is not waited for; an answer being written ends with its body.
pub async fn serve(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    head_wait: Duration,
    closing: CancellationToken,
) {
    let answered = tokio::select! {
        answered = Box::pin(answer(&stream, peer, router, head_wait)) => answered,
        _ = closing.cancelled() => return,
    };
    let (answer, version) = match answered {
        Ok(answered) => answered,
        Err(Some(status)) => return refuse(stream, status).await,
        Err(None) => return, // closed before a whole head
    };
    if let Err(e) = write_answer(&stream, answer, version).await {
        tracing::debug!(error = %e, peer = %peer, "stream connection ended");
    }
}

/// The router's answer to the request on `stream`, or the status to refuse
/// it with (`None`: the client left).
async fn answer(
    stream: &TcpStream,
    peer: SocketAddr,
    router: Router,
    head_wait: Duration,
) -> Result<(Response<Body>, Version), Option<StatusCode>> {
    let head = match tokio::time::timeout(head_wait, read_head(stream)).await {
        Ok(Ok(Some(head))) => head,
        Ok(Ok(None)) | Ok(Err(_)) => return Err(None),
        Err(_) => return Err(Some(StatusCode::REQUEST_TIMEOUT)),
    };
    let mut req = match head {
        Ok(req) => req,
        Err(status) => return Err(Some(status)),
    };
    let version = req.version();
    req.extensions_mut().insert(ConnectInfo(peer));
    match router.oneshot(req).await {
        Ok(answer) => Ok((answer, version)),
        Err(never) => match never {},
    }
}

/// A request, or the status a head this path will not serve is refused
/// with (then the connection closes).
type Head = Result<Request<Body>, StatusCode>;

/// Reads until a whole head has arrived. `None`: the client closed first.
async fn read_head(stream: &TcpStream) -> io::Result<Option<Head>> {
    let mut buf: Vec<u8> = Vec::with_capacity(1024);
    loop {
        if buf.len() == buf.capacity() {
            if buf.len() >= MAX_HEAD {
                return Ok(Some(Err(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)));
            }
            buf.reserve(buf.len().min(MAX_HEAD - buf.len()));
        }
        stream.readable().await?;
        match stream.try_read_buf(&mut buf) {
            Ok(0) => return Ok(None),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            Err(e) => return Err(e),
        }
        if let Some(head) = parse_head(&buf) {
            return Ok(Some(head));
        }
    }
}

/// The request in `buf`, `None` while it is incomplete.
fn parse_head(buf: &[u8]) -> Option<Head> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    match parsed.parse(buf) {
        Ok(httparse::Status::Partial) => None,
        Ok(httparse::Status::Complete(_)) => {
            Some(to_request(&parsed).ok_or(StatusCode::BAD_REQUEST))
        }
        Err(httparse::Error::TooManyHeaders) => {
            Some(Err(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE))
        }
        Err(_) => Some(Err(StatusCode::BAD_REQUEST)),
    }
}

/// The parsed head as the router takes it, with an empty body (a `GET`
/// that sends one has it ignored; the connection closes after).
fn to_request(parsed: &httparse::Request<'_, '_>) -> Option<Request<Body>> {
    let method = Method::from_bytes(parsed.method?.as_bytes()).ok()?;
    let uri: Uri = parsed.path?.parse().ok()?;
    let version = match parsed.version? {
        0 => Version::HTTP_10,
        _ => Version::HTTP_11,
    };
    let mut req = Request::builder().method(method).uri(uri).version(version);
    let headers = req.headers_mut()?;
    for h in parsed.headers.iter() {
        headers.append(
            HeaderName::from_bytes(h.name.as_bytes()).ok()?,
            HeaderValue::from_bytes(h.value).ok()?,
        );
    }
    req.body(Body::empty()).ok()
}

/// Writes the answer's head, then its body frame by frame until the body
/// ends or the client goes away (closes, resets, or stops reading).
async fn write_answer(
    stream: &TcpStream,
    answer: Response<Body>,
    version: Version,
) -> io::Result<()> {
    let (parts, body) = answer.into_parts();
    let exact = body.size_hint().exact();
    // HTTP/1.0 has no chunks: its body ends where the connection does.
    let chunked = exact.is_none() && version != Version::HTTP_10;
    let mut head = Vec::with_capacity(512);
    head.extend_from_slice(b"HTTP/1.1 ");
    head.extend_from_slice(parts.status.as_str().as_bytes());
    head.push(b' ');
    head.extend_from_slice(
        parts
            .status
            .canonical_reason()
            .unwrap_or_default()
            .as_bytes(),
    );
    head.extend_from_slice(b"\r\n");
    for (name, value) in &parts.headers {
        if matches!(
            name.as_str(),
            "content-length" | "transfer-encoding" | "connection" | "date"
        ) {
            continue;
        }
        head.extend_from_slice(name.as_str().as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(value.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"date: ");
    head.extend_from_slice(httpdate::fmt_http_date(SystemTime::now()).as_bytes());
    head.extend_from_slice(b"\r\n");
    if let Some(len) = exact {
        head.extend_from_slice(format!("content-length: {len}\r\n").as_bytes());
    } else if chunked {
        head.extend_from_slice(b"transfer-encoding: chunked\r\n");
    }
    head.extend_from_slice(b"connection: close\r\n\r\n");
    // Only the body is kept while the stream is open.
    drop(parts);
    write_all(stream, &head).await?;
    drop(head);

    let mut body = pin!(body);
    loop {
        let frame = tokio::select! {
            frame = body.frame() => frame,
            gone = client_gone(stream) => return gone,
        };
        match frame {
            None => break,
            Some(Err(e)) => {
                // Ended without the last chunk: the client sees it was cut.
                return Err(io::Error::other(e));
            }
            Some(Ok(frame)) => {
                let Ok(data) = frame.into_data() else {
                    continue; // trailers: not sent
                };
                if data.is_empty() {
                    continue;
                }
                if chunked {
                    let mut chunk = Vec::with_capacity(data.len() + 12);
                    chunk.extend_from_slice(format!("{:x}\r\n", data.len()).as_bytes());
                    chunk.extend_from_slice(&data);
                    chunk.extend_from_slice(b"\r\n");
                    write_all(stream, &chunk).await?;
                } else {
                    write_all(stream, &data).await?;
                }
            }
        }
    }
    if chunked {
        write_all(stream, b"0\r\n\r\n").await?;
    }
    Ok(())
}

/// A short plain answer for a head that was not served, then the close.
/// What the client is still sending is read and dropped for a moment
/// first: closing with unread bytes resets the connection, and a reset
/// can reach the client before it has read the answer.
async fn refuse(mut stream: TcpStream, status: StatusCode) {
    let reason = status.canonical_reason().unwrap_or_default();
    let answer = format!(
        "HTTP/1.1 {} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{reason}\n",
        status.as_str(),
        reason.len() + 1
    );
    if write_all(&stream, answer.as_bytes()).await.is_err() {
        return;
    }
    let _ = stream.shutdown().await;
    let _ = tokio::time::timeout(LINGER, client_gone(&stream)).await;
}

/// Writes all of `buf`; a client that takes nothing for `WRITE_WAIT` is
/// dropped.
async fn write_all(stream: &TcpStream, mut buf: &[u8]) -> io::Result<()> {
    tokio::time::timeout(WRITE_WAIT, async {
        while !buf.is_empty() {
            stream.writable().await?;
            match stream.try_write(buf) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => buf = &buf[n..],
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    })
    .await
    .map_err(|_| io::Error::from(io::ErrorKind::TimedOut))?
}

/// Resolves when the client has closed its side or the connection broke.
/// Anything it sends meanwhile is read and dropped.
async fn client_gone(stream: &TcpStream) -> io::Result<()> {
    let mut scratch = [0u8; 64];
    loop {
        stream.readable().await?;
        match stream.try_read(&mut scratch) {
            Ok(0) => return Ok(()),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STREAMS: LongLived = LongLived(&["/notifications/stream"]);

    #[test]
    fn only_a_get_of_the_exact_path_is_taken() {
        assert!(STREAMS.wants(b"GET /notifications/stream HTTP/1.1\r\n"));
        assert!(STREAMS.wants(b"GET /notifications/stream?x=1 HTTP/1.1\r\n"));
        assert!(!STREAMS.wants(b"GET /notifications/streams HTTP/1.1\r\n"));
        assert!(!STREAMS.wants(b"HEAD /notifications/stream HTTP/1.1\r\n"));
        assert!(!STREAMS.wants(b"POST /notifications/stream HTTP/1.1\r\n"));
        assert!(!STREAMS.wants(b"GET /notifications/str"));
        assert!(!STREAMS.wants(b"GET / HTTP/1.1\r\n"));
        assert!(!LongLived::default().wants(b"GET / HTTP/1.1\r\n"));
    }

    #[test]
    fn the_peek_is_long_enough_to_say_yes() {
        let line = b"GET /notifications/stream HTTP/1.1\r\n";
        assert!(STREAMS.wants(&line[..peek_len(STREAMS)]));
        assert!(!STREAMS.wants(&line[..peek_len(STREAMS) - 1]));
    }

    #[test]
    fn a_head_is_parsed_once_whole_and_refused_when_malformed() {
        assert!(parse_head(b"GET /notifications/stream HTTP/1.1\r\nHost: x\r\n").is_none());
        let Some(Ok(req)) =
            parse_head(b"GET /notifications/stream?a=b HTTP/1.0\r\nCookie: k=v\r\n\r\n")
        else {
            panic!("a whole head is a request");
        };
        assert_eq!(req.uri().query(), Some("a=b"));
        assert_eq!(req.version(), Version::HTTP_10);
        assert_eq!(req.headers()["cookie"], "k=v");
        assert!(matches!(
            parse_head(b"GET /notifications/stream HTTP/1.1\r\nBad Header\r\n\r\n"),
            Some(Err(StatusCode::BAD_REQUEST))
        ));
        let many: String = (0..=MAX_HEADERS).map(|i| format!("x-{i}: y\r\n")).collect();
        let head = format!("GET /notifications/stream HTTP/1.1\r\n{many}\r\n");
        assert!(matches!(
            parse_head(head.as_bytes()),
            Some(Err(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE))
        ));
    }
}
