//! The operator endpoint on `metrics_address`: `/metrics` for Prometheus, `/healthz`
//! (the process answers) and `/readyz` (it accepts new tunnels; 503 while draining, so
//! a load balancer stops sending agents before the node goes away). A separate listener
//! from the proxy port, GET only, one request per connection: nothing to tune.
//!
//! It draws on the same open files as the tunnels, so it is bounded. At most
//! [`MAX_CONNECTIONS`] connections are served at once, each with a few seconds to send
//! its request and ten in all. When those are taken, [`PROBE_SLOTS`] more answer only
//! `/healthz` and `/readyz`, for half a second each, so a load balancer's health check
//! gets through a scrape storm or a flood of idle connections. Past those a connection
//! is closed at once: counted in `omsgate_metrics_connections_refused_total`, never
//! logged. `accept::limits` reserves [`MAX_FDS`] beside the tunnels, so however many
//! connect here, the proxy keeps the fds its `max_connections` was fitted to.
//!
//! A PROXY protocol header (v1 or v2) in front of a request is read past: an AWS NLB
//! whose target group has PROXY protocol v2 on sends one on its health checks too, to
//! the health-check port as well. What the endpoint answers does not depend on who
//! asks, so the header is skipped whoever sent it, whatever `proxy_protocol` says. The
//! accept step owns that protocol and hands `serve` its reader ([`ReadPreamble`]).

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ::metrics::{Counter, counter};
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::timeout;

use super::metrics::{self, METRICS_CONNECTIONS_REFUSED};
use super::process;

/// Connections served at once, any path. A node is scraped by one or two Prometheus
/// servers and probed by a load balancer or two: a handful at a time. 64 lets slow
/// scrapes and an operator's curl overlap freely and costs the tunnels only 64 fds.
pub const MAX_CONNECTIONS: usize = 64;
/// Slots past [`MAX_CONNECTIONS`] that answer only `/healthz` and `/readyz` (anything
/// else gets a 503): a load balancer checks from a few places every few seconds, and
/// a probe slot is free again within [`PROBE_TIMEOUT`], so 8 keep up with it.
pub const PROBE_SLOTS: usize = 8;
/// Fds the endpoint holds at most, besides its listener: every slot, and the one
/// connection being closed past them. `accept::limits` reserves these.
pub const MAX_FDS: u64 = (MAX_CONNECTIONS + PROBE_SLOTS + 1) as u64;

/// Largest request read from a scraper; Prometheus sends a few hundred bytes.
const MAX_REQUEST: usize = 4096;
/// The request must be in this soon after the accept: scrapers and probes send it at
/// once, and an idle connection must not hold a slot.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(3);
/// Accept to last byte written: Prometheus gives up after its `scrape_timeout` (10 s by
/// default), so a slower reader is not worth its slot.
const EXCHANGE_TIMEOUT: Duration = Duration::from_secs(10);
/// A probe slot's whole exchange: a probe's request follows its handshake at once and
/// the answer is a few bytes, so one that sends nothing gives its slot back soon.
const PROBE_TIMEOUT: Duration = Duration::from_millis(500);
/// How often histogram upkeep runs (the exporter spawns no task of its own).
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// Brings sampled gauges (pool sizes and the like) up to date just before a scrape.
pub type Refresh = Arc<dyn Fn() + Send + Sync>;

/// What the first bytes of a connection say about a header in front of its request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preamble {
    /// Too few bytes to tell.
    NeedMore,
    /// The request starts after this many bytes (0: no header).
    Skip(usize),
    /// A header that does not parse: answered as a bad request.
    Invalid,
}

/// Reads the header in front of a request; the accept step provides it
/// (`accept::proxy::preamble`), since it owns the PROXY protocol.
pub type ReadPreamble = fn(&[u8]) -> Preamble;

/// Serves the endpoint until the runtime stops. `ready` goes false when draining.
pub async fn serve(
    listener: TcpListener,
    handle: PrometheusHandle,
    ready: Arc<AtomicBool>,
    refresh: Refresh,
    preamble: ReadPreamble,
) {
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(UPKEEP_EVERY);
        loop {
            tick.tick().await;
            upkeep.run_upkeep();
        }
    });
    let any = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let probes = Arc::new(Semaphore::new(PROBE_SLOTS));
    let endpoint = Arc::new(Endpoint {
        handle,
        ready,
        refresh,
        preamble,
        refused: counter!(METRICS_CONNECTIONS_REFUSED),
    });
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // fd exhaustion is reported by the proxy's accept loop; just back off here.
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        let (slot, permit) = match any.clone().try_acquire_owned() {
            Ok(permit) => (Slot::Any, permit),
            Err(_) => match probes.clone().try_acquire_owned() {
                Ok(permit) => (Slot::Probe, permit),
                Err(_) => {
                    endpoint.refused.increment(1);
                    drop(stream);
                    continue;
                }
            },
        };
        let endpoint = endpoint.clone();
        tokio::spawn(async move {
            let _ = timeout(slot.deadline(), answer(stream, slot, &endpoint)).await;
            drop(permit);
        });
    }
}

/// Which requests a connection's slot answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// One of [`MAX_CONNECTIONS`]: any path.
    Any,
    /// One of [`PROBE_SLOTS`]: `/healthz` and `/readyz`; anything else is refused.
    Probe,
}

impl Slot {
    /// How long a connection may hold this slot, accept to last byte.
    fn deadline(self) -> Duration {
        match self {
            Slot::Any => EXCHANGE_TIMEOUT,
            Slot::Probe => PROBE_TIMEOUT,
        }
    }
}

/// What every connection task shares.
struct Endpoint {
    handle: PrometheusHandle,
    ready: Arc<AtomicBool>,
    refresh: Refresh,
    preamble: ReadPreamble,
    /// Connections turned away for want of a slot: closed unread, or a 503 in a probe slot.
    refused: Counter,
}

async fn answer(mut stream: TcpStream, slot: Slot, endpoint: &Endpoint) -> io::Result<()> {
    let request = match timeout(REQUEST_TIMEOUT, read_request(&mut stream, endpoint.preamble)).await {
        Ok(Ok(Some(request))) => request,
        // Too slow, gone, or too long: nothing worth an answer.
        _ => return Ok(()),
    };
    let path = match &request {
        Request::Get(path) => Some(path.split('?').next().unwrap_or(path)),
        Request::NotGet => None,
    };
    let (status, content_type, body) = match (path, slot) {
        (Some("/healthz"), _) => ("200 OK", "text/plain", "ok\n".to_string()),
        (Some("/readyz"), _) if endpoint.ready.load(Ordering::Relaxed) => {
            ("200 OK", "text/plain", "ready\n".to_string())
        }
        (Some("/readyz"), _) => ("503 Service Unavailable", "text/plain", "draining\n".to_string()),
        (_, Slot::Probe) => {
            endpoint.refused.increment(1);
            (
                "503 Service Unavailable",
                "text/plain",
                "busy: every connection slot is taken; retry shortly\n".to_string(),
            )
        }
        (Some("/metrics"), Slot::Any) => {
            (endpoint.refresh)();
            // omsgate_ready from the very flag /readyz answers from: they cannot disagree.
            metrics::ready(endpoint.ready.load(Ordering::Relaxed));
            let mut body = endpoint.handle.render();
            process::render(&mut body);
            ("200 OK", "text/plain; version=0.0.4", body)
        }
        (Some(_), Slot::Any) => {
            ("404 Not Found", "text/plain", "try /metrics, /healthz or /readyz\n".to_string())
        }
        (None, Slot::Any) => ("405 Method Not Allowed", "text/plain", "GET only\n".to_string()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

/// A request head as read.
enum Request {
    /// A GET of this path (query included).
    Get(String),
    /// Another method, or a head that does not parse.
    NotGet,
}

/// Reads one request head, past a PROXY header in front of it; `None` when the client
/// closed or sent too much first.
async fn read_request(stream: &mut TcpStream, preamble: ReadPreamble) -> io::Result<Option<Request>> {
    let mut buf = Vec::with_capacity(512);
    let mut header_done = false;
    loop {
        if buf.len() >= MAX_REQUEST || stream.read_buf(&mut buf).await? == 0 {
            return Ok(None);
        }
        if !header_done {
            match preamble(&buf) {
                Preamble::NeedMore => continue,
                Preamble::Skip(len) => drop(buf.drain(..len)),
                Preamble::Invalid => return Ok(Some(Request::NotGet)),
            }
            header_done = true;
        }
        let mut headers = [httparse::EMPTY_HEADER; 32];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&buf) {
            Ok(httparse::Status::Complete(_)) => {
                return Ok(Some(match req.method {
                    Some("GET") => Request::Get(req.path.unwrap_or("").to_string()),
                    _ => Request::NotGet,
                }));
            }
            Ok(httparse::Status::Partial) => continue,
            Err(_) => return Ok(Some(Request::NotGet)),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::net::SocketAddr;

    use super::*;

    /// The endpoint on a port of its own, as `accept::serve` starts it, reading
    /// `preamble` in front of requests.
    pub async fn endpoint_with(preamble: ReadPreamble) -> SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let handle = metrics_exporter_prometheus::PrometheusBuilder::new().build_recorder().handle();
        tokio::spawn(serve(listener, handle, Arc::new(AtomicBool::new(true)), Arc::new(|| {}), preamble));
        addr
    }

    async fn endpoint() -> SocketAddr {
        endpoint_with(|_| Preamble::Skip(0)).await
    }

    /// Whatever the endpoint answers to a GET of `path`; empty when it closed unanswered.
    async fn get(addr: SocketAddr, path: &str) -> String {
        let mut s = TcpStream::connect(addr).await.unwrap();
        let _ = s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).await;
        let mut reply = String::new();
        let _ = s.read_to_string(&mut reply).await;
        reply
    }

    #[tokio::test]
    async fn the_preamble_is_read_past_and_an_invalid_one_is_a_bad_request() {
        // A fake 5-byte header "HELLO".
        let addr = endpoint_with(|buf| match buf.len() {
            0..5 => Preamble::NeedMore,
            _ if buf.starts_with(b"HELLO") => Preamble::Skip(5),
            _ => Preamble::Invalid,
        })
        .await;
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"HELLO").await.unwrap();
        s.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
        let mut reply = String::new();
        s.read_to_string(&mut reply).await.unwrap();
        assert!(reply.starts_with("HTTP/1.1 200 ") && reply.ends_with("ready\n"), "{reply}");
        let reply = get(addr, "/readyz").await;
        assert!(reply.starts_with("HTTP/1.1 405 "), "{reply}");
    }

    #[tokio::test]
    async fn past_the_cap_only_health_checks_are_answered_then_connections_are_closed() {
        let addr = endpoint().await;
        assert!(get(addr, "/metrics").await.starts_with("HTTP/1.1 200 "));
        // Idle connections take every slot; they are accepted in order, before what follows.
        let mut idle = Vec::new();
        for _ in 0..MAX_CONNECTIONS {
            idle.push(TcpStream::connect(addr).await.unwrap());
        }
        assert!(get(addr, "/healthz").await.starts_with("HTTP/1.1 200 "));
        assert!(get(addr, "/readyz").await.starts_with("HTTP/1.1 200 "));
        assert!(
            get(addr, "/metrics").await.starts_with("HTTP/1.1 503 "),
            "a scrape may not take a probe slot"
        );
        for _ in 0..PROBE_SLOTS {
            idle.push(TcpStream::connect(addr).await.unwrap());
        }
        assert_eq!(get(addr, "/healthz").await, "", "past every slot: closed unanswered");
    }
}
