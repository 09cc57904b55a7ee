//! Step 1 of a tunnel: accept. Listeners, one task per client connection, the
//! `max_connections` bound (a fast 503 past it, open tunnels untouched), recovery from
//! fd exhaustion, SIGHUP reload, and the SIGTERM drain.

pub mod clients;
pub mod limits;
pub mod listener;
pub mod shutdown;
pub mod systemd;

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tracing::{error, info, warn};

use crate::config::{self, Settings};
use crate::connect::{self, Status};
use crate::events;
use crate::gateway::Gateway;
use crate::splice::{ClosedBy, Transferred};
use crate::telemetry::metrics;
use crate::telemetry::tunnel::Report;
use crate::tunnel::{self, Trace};
use clients::Clients;
use shutdown::{Request, Signals};

/// Longest pause after the process runs out of fds, before accepting again.
const MAX_ACCEPT_BACKOFF: Duration = Duration::from_secs(1);
/// At most one log line per this interval for repeated accept or overload trouble.
const QUIET_PERIOD: Duration = Duration::from_secs(10);
/// After the drain deadline, how long cut tunnels get to write their close lines.
const CUT_GRACE: Duration = Duration::from_secs(2);
/// Time to write a 503 to a client turned away; it must not hold an fd for long.
const OVERLOAD_REPLY_TIMEOUT: Duration = Duration::from_secs(1);

/// How a run ended, for event 102 and the exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stopped {
    pub reason: &'static str,
    /// Tunnels open when the stop began that finished on their own.
    pub drained: usize,
    /// Tunnels still open at `drain_timeout`, closed by the gateway.
    pub cut: usize,
}

/// Everything bound before serving: binding first means a port in use fails at start.
pub struct Bound {
    pub listeners: Vec<TcpListener>,
    pub metrics: Option<TcpListener>,
}

/// Binds the proxy listeners and the metrics endpoint.
pub async fn bind(settings: &Settings) -> io::Result<Bound> {
    let listeners = settings
        .listen
        .iter()
        .map(|a| {
            listener::bind(*a).map_err(|e| io::Error::new(e.kind(), format!("cannot listen on {a}: {e}")))
        })
        .collect::<io::Result<Vec<_>>>()?;
    let metrics =
        match settings.metrics_address {
            Some(a) => Some(TcpListener::bind(a).await.map_err(|e| {
                io::Error::new(e.kind(), format!("cannot listen on metrics_address {a}: {e}"))
            })?),
            None => None,
        };
    Ok(Bound { listeners, metrics })
}

/// Serves until SIGTERM/SIGINT, reloading on SIGHUP, then drains.
pub async fn serve(settings: Settings, bound: Bound, mut signals: Signals) -> Stopped {
    let handle = metrics::install();
    let max = settings.max_connections;
    let listening: Vec<SocketAddr> = bound.listeners.iter().filter_map(|l| l.local_addr().ok()).collect();
    let (cut_tx, cut_rx) = watch::channel(false);
    let gw = Arc::new(Gateway::new(settings, cut_rx));
    let permits = Arc::new(Semaphore::new(max));
    let clients = Arc::new(Clients::default());
    let ready = Arc::new(AtomicBool::new(true));

    let mut accepting = JoinSet::new();
    for listener in bound.listeners {
        accepting.spawn(accept_loop(listener, gw.clone(), permits.clone(), clients.clone()));
    }
    if let Some(l) = bound.metrics {
        let g = gw.clone();
        let refresh: crate::telemetry::http::Refresh = Arc::new(move || {
            ::metrics::gauge!(metrics::SPLICE_PIPES_OPEN).set(g.pipes.open() as f64);
            ::metrics::counter!(metrics::SPLICE_FALLBACKS).absolute(g.pipes.fallbacks());
            ::metrics::counter!(metrics::LOG_LINES_DROPPED).absolute(crate::telemetry::log::dropped_lines());
        });
        tokio::spawn(crate::telemetry::http::serve(l, handle, ready.clone(), refresh));
    }
    announce_start(&gw.config().settings, &listening);
    let serving =
        format!("serving on {}", listening.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "));
    systemd::ready(&serving);

    let reason = loop {
        match signals.next().await {
            Request::Stop(reason) => break reason,
            Request::Reload => {
                systemd::reloading();
                reload(&gw);
                systemd::ready(&serving);
            }
        }
    };

    // Stop taking new agents; the load balancer sees /readyz fail and moves them.
    ready.store(false, Ordering::Relaxed);
    accepting.shutdown().await;
    let open = max - permits.available_permits();
    let drain = gw.config().settings.drain_timeout;
    systemd::stopping(&format!("{reason}: draining {open} tunnels"));
    info!(
        event_id = events::GENERAL,
        open_tunnels = open,
        drain_timeout_s = drain.as_secs_f64(),
        "{reason}: stopped accepting, draining {open} open tunnels for up to {drain:?}"
    );
    let all = u32::try_from(max).unwrap_or(u32::MAX);
    let drained_all = tokio::time::timeout(drain, permits.acquire_many(all)).await.is_ok();
    let cut = if drained_all { 0 } else { max - permits.available_permits() };
    if cut > 0 {
        let _ = cut_tx.send(true);
        let _ = tokio::time::timeout(CUT_GRACE, permits.acquire_many(all)).await;
    }
    let stopped = Stopped { reason, drained: open.saturating_sub(cut), cut };
    info!(
        event_id = events::STOPPED,
        reason,
        drained = stopped.drained,
        cut = stopped.cut,
        "omsgate stopped ({reason}): {} tunnels drained, {} cut",
        stopped.drained,
        stopped.cut
    );
    stopped
}

fn announce_start(settings: &Settings, listening: &[SocketAddr]) {
    let source = match &settings.source {
        config::Source::Embedded => "embedded default".to_string(),
        config::Source::File(p) => p.display().to_string(),
    };
    let addrs: Vec<String> = listening.iter().map(ToString::to_string).collect();
    let addrs = addrs.join(",");
    info!(
        event_id = events::STARTED,
        listen = %addrs,
        config = %source,
        version = env!("CARGO_PKG_VERSION"),
        allowed_hosts = settings.allowlist.len(),
        max_connections = settings.max_connections,
        metrics = %settings.metrics_address.map(|a| a.to_string()).unwrap_or_default(),
        "omsgate {} started on {addrs} with config from {source}",
        env!("CARGO_PKG_VERSION")
    );
}

/// Re-reads the config; on any error the settings in force stay (event 401).
fn reload(gw: &Gateway) {
    let snapshot = gw.config();
    let current = &snapshot.settings;
    let path = match &current.source {
        config::Source::File(p) => Some(p.as_path()),
        config::Source::Embedded => None,
    };
    match config::load(path) {
        Ok(mut new) => {
            // The same effective value as at start, so only a real change is reported.
            limits::fit(&mut new);
            for (key, changed) in [
                ("listen_address/listen_port", new.listen != current.listen),
                ("max_connections", new.max_connections != current.max_connections),
                ("worker_threads", new.worker_threads != current.worker_threads),
                ("metrics_address", new.metrics_address != current.metrics_address),
                ("log_format", new.log_format != current.log_format),
            ] {
                if changed {
                    warn!(
                        event_id = events::GENERAL,
                        key, "{key} changed; it takes effect at the next restart, the rest is applied now"
                    );
                }
            }
            let hosts = new.allowlist.len();
            gw.replace(new);
            ::metrics::counter!(metrics::RELOADS, "result" => "ok").increment(1);
            ::metrics::gauge!(metrics::LAST_RELOAD_SUCCESS).set(1.0);
            info!(
                event_id = events::RELOADED,
                allowed_hosts = hosts,
                "configuration reloaded; new tunnels use it, open tunnels keep theirs"
            );
        }
        Err(e) => {
            ::metrics::counter!(metrics::RELOADS, "result" => "error").increment(1);
            ::metrics::gauge!(metrics::LAST_RELOAD_SUCCESS).set(0.0);
            metrics::error(events::WRONG_CONFIGURATION);
            error!(
                event_id = events::WRONG_CONFIGURATION,
                "reload refused, the configuration in force stays: {e}"
            );
        }
    }
}

async fn accept_loop(
    listener: TcpListener,
    gw: Arc<Gateway>,
    permits: Arc<Semaphore>,
    clients: Arc<Clients>,
) {
    let mut backoff = Duration::from_millis(10);
    let quiet = Quiet::default();
    loop {
        match listener.accept().await {
            Ok((stream, peer)) => {
                backoff = Duration::from_millis(10);
                match permits.clone().try_acquire_owned() {
                    Ok(permit) => {
                        tokio::spawn(connection(stream, peer, gw.clone(), clients.clone(), permit));
                    }
                    Err(_) => overloaded(stream, peer, &quiet),
                }
            }
            Err(e) if is_fd_exhaustion(&e) => {
                metrics::error(events::NETWORK_ERROR);
                if quiet.due() {
                    error!(event_id = events::NETWORK_ERROR, error = %e, "accept failed: out of file descriptors; pausing accepts until some close (raise LimitNOFILE or lower max_connections)");
                }
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(MAX_ACCEPT_BACKOFF);
            }
            // ECONNABORTED and friends: that one client is gone, the listener is fine.
            Err(_) => {}
        }
    }
}

/// One client connection, from accept to close.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    gw: Arc<Gateway>,
    clients: Arc<Clients>,
    _permit: OwnedSemaphorePermit,
) {
    // NODELAY and keepalive came from the listener (accept::listener).
    gw.handles.active.increment(1.0);
    if clients.enter(peer.ip()) {
        gw.handles.connected_clients.increment(1.0);
    }
    let mut trace = Trace::new(peer);
    let report = Report { handles: &gw.handles };
    let result = tokio::select! {
        biased;
        r = tunnel::run(stream, &gw, &mut trace, &report) => r,
        // Still being admitted when the drain ends: the tunnel never opened.
        _ = gw.cut() => Ok(Transferred { up: 0, down: 0, closed_by: ClosedBy::Cut }),
    };
    report.finished(&trace, &result);
    if clients.leave(peer.ip()) {
        gw.handles.connected_clients.decrement(1.0);
    }
    gw.handles.active.decrement(1.0);
}

/// Turns a client away with a fast 503 when `max_connections` are open.
fn overloaded(mut stream: TcpStream, peer: SocketAddr, quiet: &Quiet) {
    metrics::rejection("max_connections");
    if quiet.due() {
        warn!(event_id = events::OVERLOADED, client = %peer, "max_connections reached: new clients get 503 until tunnels close (this line repeats at most every 10 s)");
    }
    tokio::spawn(async move {
        let reason = "the gateway is at max_connections; retry shortly";
        let reply =
            connect::reply::refuse(&mut stream, Status::SERVICE_UNAVAILABLE, events::OVERLOADED, reason);
        let _ = tokio::time::timeout(OVERLOAD_REPLY_TIMEOUT, reply).await;
    });
}

fn is_fd_exhaustion(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(code) if code == rustix::io::Errno::MFILE.raw_os_error() || code == rustix::io::Errno::NFILE.raw_os_error())
        || matches!(e.kind(), io::ErrorKind::OutOfMemory)
}

/// Rate limit for log lines that could otherwise repeat per connection.
struct Quiet {
    start: Instant,
    last: AtomicU64,
}

impl Default for Quiet {
    fn default() -> Self {
        Quiet { start: Instant::now(), last: AtomicU64::new(u64::MAX) }
    }
}

impl Quiet {
    fn due(&self) -> bool {
        let now = self.start.elapsed().as_secs();
        let last = self.last.load(Ordering::Relaxed);
        let due = last == u64::MAX || now >= last + QUIET_PERIOD.as_secs();
        due && self.last.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_ok()
    }
}
