//! A real SMTP server on loopback that keeps every message it receives; it
//! can refuse the first few deliveries to exercise retries.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// One received message: its recipients and its raw text.
pub type Received = (Vec<String>, String);

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    pub messages: Arc<Mutex<Vec<Received>>>,
    pub refuse: Arc<Mutex<usize>>,
    arrived: Arc<tokio::sync::Notify>,
}

impl SmtpSink {
    pub async fn start(refuse_first: usize) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = SmtpSink {
            port: listener.local_addr().unwrap().port(),
            messages: Arc::default(),
            refuse: Arc::new(Mutex::new(refuse_first)),
            arrived: Arc::default(),
        };
        let server = sink.clone();
        tokio::spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                tokio::spawn(server.clone().session(conn));
            }
        });
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Waits (on the arrival event, not a sleep) until `count` messages came.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        self.wait_for_secs(count, 10).await
    }

    /// Like `wait_for`, with patience of `secs` (a restarted server's retry
    /// comes after its backoff).
    pub async fn wait_for_secs(&self, count: usize, secs: u64) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(secs);
        loop {
            let notified = self.arrived.notified();
            if self.messages.lock().unwrap().len() >= count {
                return self.messages.lock().unwrap().clone();
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "expected {count} messages, got {}",
                    self.messages.lock().unwrap().len()
                );
            }
        }
    }

    async fn session(self, conn: tokio::net::TcpStream) {
        let (read, mut write) = conn.into_split();
        let mut lines = BufReader::new(read).lines();
        let _ = write.write_all(b"220 sink ESMTP\r\n").await;
        let (mut rcpt, mut data, mut in_data) = (Vec::new(), String::new(), false);
        while let Ok(Some(line)) = lines.next_line().await {
            if in_data {
                if line == "." {
                    in_data = false;
                    let refused = {
                        let mut left = self.refuse.lock().unwrap();
                        let refuse = *left > 0;
                        *left = left.saturating_sub(1);
                        refuse
                    };
                    let reply: &[u8] = if refused {
                        b"451 try again later\r\n"
                    } else {
                        self.messages
                            .lock()
                            .unwrap()
                            .push((std::mem::take(&mut rcpt), std::mem::take(&mut data)));
                        self.arrived.notify_waiters();
                        b"250 ok\r\n"
                    };
                    let _ = write.write_all(reply).await;
                } else {
                    data.push_str(
                        line.strip_prefix('.')
                            .filter(|_| line.starts_with(".."))
                            .unwrap_or(&line),
                    );
                    data.push('\n');
                }
                continue;
            }
            let upper = line.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                b"250-sink\r\n250 8BITMIME\r\n"
            } else if upper.starts_with("RCPT TO:") {
                rcpt.push(line[8..].trim().trim_matches(['<', '>']).to_string());
                b"250 ok\r\n"
            } else if upper == "DATA" {
                in_data = true;
                b"354 go ahead\r\n"
            } else if upper == "QUIT" {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            } else {
                b"250 ok\r\n"
            };
            let _ = write.write_all(reply).await;
        }
    }
}
