//! The operator endpoint on `metrics_address`: `/metrics` for Prometheus, `/healthz`
//! (the process answers) and `/readyz` (it accepts new tunnels; 503 while draining, so
//! a load balancer stops sending agents before the node goes away). A separate listener
//! from the proxy port, GET only, one request per connection: nothing to tune.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use metrics_exporter_prometheus::PrometheusHandle;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Largest request read from a scraper; Prometheus sends a few hundred bytes.
const MAX_REQUEST: usize = 4096;
/// A scraper that sends nothing for this long is dropped.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// How often histogram upkeep runs (the exporter spawns no task of its own).
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// Brings sampled gauges (pool sizes and the like) up to date just before a scrape.
pub type Refresh = Arc<dyn Fn() + Send + Sync>;

/// Serves the endpoint until the runtime stops. `ready` goes false when draining.
pub async fn serve(
    listener: TcpListener,
    handle: PrometheusHandle,
    ready: Arc<AtomicBool>,
    refresh: Refresh,
) {
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(UPKEEP_EVERY);
        loop {
            tick.tick().await;
            upkeep.run_upkeep();
        }
    });
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // fd exhaustion is reported by the proxy's accept loop; just back off here.
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        let handle = handle.clone();
        let ready = ready.clone();
        let refresh = refresh.clone();
        tokio::spawn(async move {
            let _ = tokio::time::timeout(REQUEST_TIMEOUT, answer(stream, &handle, &ready, &refresh)).await;
        });
    }
}

async fn answer(
    mut stream: TcpStream,
    handle: &PrometheusHandle,
    ready: &AtomicBool,
    refresh: &Refresh,
) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(512);
    let path = loop {
        if buf.len() >= MAX_REQUEST || stream.read_buf(&mut buf).await? == 0 {
            return Ok(());
        }
        let mut headers = [httparse::EMPTY_HEADER; 32];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&buf) {
            Ok(httparse::Status::Complete(_)) => {
                break (req.method == Some("GET")).then(|| req.path.unwrap_or("").to_string());
            }
            Ok(httparse::Status::Partial) => continue,
            Err(_) => break None,
        }
    };
    let (status, content_type, body) = match path.as_deref().map(|p| p.split('?').next().unwrap_or(p)) {
        Some("/metrics") => {
            refresh();
            ("200 OK", "text/plain; version=0.0.4", handle.render())
        }
        Some("/healthz") => ("200 OK", "text/plain", "ok\n".to_string()),
        Some("/readyz") if ready.load(Ordering::Relaxed) => ("200 OK", "text/plain", "ready\n".to_string()),
        Some("/readyz") => ("503 Service Unavailable", "text/plain", "draining\n".to_string()),
        Some(_) => ("404 Not Found", "text/plain", "try /metrics, /healthz or /readyz\n".to_string()),
        None => ("405 Method Not Allowed", "text/plain", "GET only\n".to_string()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}
