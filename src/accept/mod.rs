//! Step 1 of a tunnel: accept. Listeners, one task per client connection, the
//! `max_connections` bound (a fast 503 past it, open tunnels untouched), recovery from
//! fd exhaustion, SIGHUP reload, the drain on SIGTERM (`drain`: `/readyz` 503 first,
//! the listeners closed only after `drain_grace`), and the control socket's answers
//! (`status`).

pub mod clients;
pub mod control;
pub mod drain;
pub mod limits;
pub mod listener;
pub mod pending;
pub mod proxy;
pub mod shutdown;
pub mod status;
pub mod systemd;

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, watch};
use tokio::task::JoinSet;
use tracing::{error, info, warn};

use crate::config::keys::Applies;
use crate::config::{self, Settings};
use crate::connect::{self, ConnectError, Status};
use crate::events;
use crate::fault::Fault;
use crate::gateway::Gateway;
use crate::splice::{ClosedBy, Meters, Transferred};
use crate::telemetry::metrics::{self, Handles};
use crate::telemetry::rule_meters;
use crate::telemetry::tunnel::Report;
use crate::tunnel::{self, Progress, Trace, TunnelError};
use clients::{Clients, Limits, Refused};
use control::Control;
use limits::Effective;
use pending::Pending;
use shutdown::{Request, Signals};
use status::Vitals;

/// Longest pause after the process runs out of fds, before accepting again.
const MAX_ACCEPT_BACKOFF: Duration = Duration::from_secs(1);
/// At most one log line per this interval for repeated accept or overload trouble.
const QUIET_PERIOD: Duration = Duration::from_secs(10);
/// Time to write a 503 to a client turned away; it must not hold an fd for long.
const OVERLOAD_REPLY_TIMEOUT: Duration = Duration::from_secs(1);

/// How a run ended, for event 102 and the exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stopped {
    pub reason: &'static str,
    /// Tunnels open when the listeners closed that finished on their own.
    pub drained: usize,
    /// Tunnels still open at `drain_timeout`, closed by the gateway.
    pub cut: usize,
}

/// Everything bound before serving: binding first means a port in use fails at start.
pub struct Bound {
    pub listeners: Vec<TcpListener>,
    pub metrics: Option<TcpListener>,
    /// The proxy listeners were passed by systemd, not bound from `listen_*`.
    pub activated: bool,
}

/// Binds the proxy listeners and the metrics endpoint, or adopts the sockets systemd
/// passed for them.
pub async fn bind(settings: &Settings, passed: listener::Passed) -> io::Result<Bound> {
    let activated = !passed.proxy.is_empty();
    let listeners = match activated {
        true => passed.proxy.into_iter().map(listener::adopt).collect::<io::Result<Vec<_>>>()?,
        false => settings
            .listen
            .iter()
            .map(|a| {
                listener::bind(*a).map_err(|e| io::Error::new(e.kind(), format!("cannot listen on {a}: {e}")))
            })
            .collect::<io::Result<Vec<_>>>()?,
    };
    let metrics =
        match (passed.metrics, settings.keys.metrics_address.0) {
            (Some(l), _) => Some(listener::adopt(l)?),
            (None, Some(a)) => Some(TcpListener::bind(a).await.map_err(|e| {
                io::Error::new(e.kind(), format!("cannot listen on metrics_address {a}: {e}"))
            })?),
            (None, None) => None,
        };
    Ok(Bound { listeners, metrics, activated })
}

/// What the accept loops and connection tasks share: the gateway every tunnel uses,
/// plus what only this step counts (connections, distinct clients, metric handles).
struct Node {
    gw: Gateway,
    handles: Handles,
    clients: Clients,
    permits: Arc<Semaphore>,
    /// Connections still sending their CONNECT head.
    pending: Pending,
    /// Rate limits for the per-client and the PROXY-header refusal lines.
    quiet: Quiet,
    quiet_proxy: Quiet,
    /// What `omsgate status` reports beside the configuration: start, readiness, reloads.
    vitals: Vitals,
}

/// Serves until SIGTERM/SIGINT or `omsgate drain`, reloading on SIGHUP or `omsgate
/// reload`, then drains as a load balancer needs (`drain`).
pub async fn serve(settings: Settings, effective: Effective, bound: Bound, mut signals: Signals) -> Stopped {
    let handle = metrics::install();
    let max = effective.max_connections;
    metrics::max_connections(max);
    let listening: Vec<SocketAddr> = bound.listeners.iter().filter_map(|l| l.local_addr().ok()).collect();
    let metrics_at = bound.metrics.as_ref().and_then(|l| l.local_addr().ok());
    let activated = bound.activated;
    let (cut_tx, cut_rx) = watch::channel(false);
    let handles = Handles::register();
    let meters = Meters { up: handles.bytes_up.clone(), down: handles.bytes_down.clone() };
    let rules = rule_meters::table(&settings.allowlist);
    metrics::config_in_force(1, &settings.allowlist);
    let node = Arc::new(Node {
        gw: Gateway::new(settings, rules, listening.clone(), meters, cut_rx),
        handles,
        clients: Clients::default(),
        permits: Arc::new(Semaphore::new(max)),
        pending: Pending::new(effective.pending_heads),
        quiet: Quiet::default(),
        quiet_proxy: Quiet::default(),
        vitals: Vitals::new(listening.clone(), metrics_at, max),
    });
    let ready = node.vitals.ready.clone();

    let mut accepting = JoinSet::new();
    for listener in bound.listeners {
        accepting.spawn(accept_loop(listener, node.clone()));
    }
    if let Some(l) = bound.metrics {
        let n = node.clone();
        let refresh: crate::telemetry::http::Refresh = Arc::new(move || {
            ::metrics::gauge!(metrics::SPLICE_PIPES_OPEN).set(n.gw.pipes.open() as f64);
            ::metrics::counter!(metrics::SPLICE_FALLBACKS).absolute(n.gw.pipes.fallbacks());
            ::metrics::counter!(metrics::LOG_LINES_DROPPED).absolute(crate::telemetry::log::dropped_lines());
            metrics::dns(crate::dial::resolve::counts());
            metrics::relay_proxies(n.gw.config().settings.routes.relays());
        });
        tokio::spawn(crate::telemetry::http::serve(l, handle, ready.clone(), refresh, proxy::preamble));
    }
    let serving =
        format!("serving on {}", listening.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "));
    // The control socket exists before event 101 and READY=1: systemd's ExecReload
    // (`omsgate reload`) may run the moment the start is reported. Its own task answers
    // `status` and `top` for the gateway's whole life and hands reload and drain here; a
    // sender stays here, so without a control socket the loop simply never hears one.
    let (to_serve_loop, mut requests) = mpsc::channel(1);
    let control = match Control::bind(&node.gw.config().settings.source) {
        Ok(c) => Some(tokio::spawn(status::answer(c, node.clone(), to_serve_loop.clone()))),
        Err(e) => {
            warn!(
                event_id = events::GENERAL,
                "no control socket ({e}): `omsgate reload`, `drain`, `status` and the editing commands cannot reach this gateway; SIGHUP still reloads it"
            );
            None
        }
    };
    announce_start(&node.gw.config().settings, &effective, &listening, metrics_at, activated);
    systemd::ready(&serving);

    let (reason, asker) = loop {
        match next_ask(&mut signals, &mut requests).await {
            Ask::Drain(reason, asker) => break (reason, asker),
            Ask::Reload(asker) => reload_asked(&node, asker, Some(&serving)).await,
            Ask::Unknown(asker) => unknown_asked(asker).await,
        }
    };

    // The balancer sees /readyz fail at once; agents it still sends are served.
    ready.store(false, Ordering::Relaxed);
    let plan = {
        let config = node.gw.config();
        let keys = &config.settings.keys;
        drain::Plan { reason, grace: keys.drain_grace, timeout: keys.drain_timeout }
    };
    let open = max - node.permits.available_permits();
    systemd::stopping(&format!("{reason}: /readyz 503, serving new tunnels for drain_grace, then draining"));
    info!(
        event_id = events::GENERAL,
        drain = "started",
        reason,
        open_tunnels = open,
        drain_grace_s = plan.grace.as_secs_f64(),
        drain_timeout_s = plan.timeout.as_secs_f64(),
        "{reason}: {}",
        plan.describe()
    );
    if let Some(asker) = asker {
        asker.answer(true, events::GENERAL, &plan.describe()).await;
    }
    let ended = drain::grace(&plan, &mut signals, &mut requests, &node).await;

    // A gateway that serves no new tunnel takes no reload: from now on the control
    // socket answers `draining` (and still `status`, which says so).
    drop(to_serve_loop);
    requests.close();
    while let Ok((_, asker)) = requests.try_recv() {
        asker.draining(status::DRAINING).await;
    }
    accepting.shutdown().await;
    node.vitals.accepting.store(false, Ordering::Relaxed);
    let open = max - node.permits.available_permits();
    systemd::status(&format!("{reason}: listeners closed, draining {open} connections"));
    info!(
        event_id = events::GENERAL,
        drain = "listeners_closed",
        reason,
        grace_ended_by = ended.name(),
        open_tunnels = open,
        drain_timeout_s = plan.timeout.as_secs_f64(),
        "{reason}: listeners closed ({}); draining {open} connections (open tunnels and requests still arriving) for up to drain_timeout ({})",
        ended.said(),
        config::duration::format(plan.timeout)
    );
    let out = drain::wait_out(&node.permits, max, open, plan.timeout, &cut_tx).await;
    let stopped = Stopped { reason, drained: out.drained, cut: out.cut };
    // Gone with the socket: `omsgate status` says "not running" from here on.
    if let Some(control) = control {
        control.abort();
        let _ = control.await;
    }
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

/// Event 101, with the addresses actually bound (a passed or port-0 socket included).
fn announce_start(
    settings: &Settings,
    effective: &Effective,
    listening: &[SocketAddr],
    metrics_at: Option<SocketAddr>,
    activated: bool,
) {
    let source = settings.source.name();
    let addrs: Vec<String> = listening.iter().map(ToString::to_string).collect();
    let addrs = addrs.join(",");
    for (entry, what) in crate::policy::breadth::tenant_wide(&settings.allowlist) {
        warn!(
            event_id = events::GENERAL,
            entry = entry.text,
            "{}",
            crate::policy::breadth::warning(&entry, what)
        );
    }
    if activated && listening != settings.listen.as_slice() {
        let configured: Vec<String> = settings.listen.iter().map(ToString::to_string).collect();
        warn!(
            event_id = events::GENERAL,
            "listening on the sockets systemd passed ({addrs}), not on listen_address/listen_port ({}); make the socket unit and the config agree",
            configured.join(",")
        );
    }
    info!(
        event_id = events::STARTED,
        listen = %addrs,
        config = %source,
        version = env!("CARGO_PKG_VERSION"),
        allowed_hosts = settings.allowlist.len(),
        max_connections = effective.max_connections,
        worker_threads = effective.worker_threads,
        metrics = %metrics_at.map(|a| a.to_string()).unwrap_or_default(),
        activated,
        "omsgate {} started on {addrs} with config from {source}",
        env!("CARGO_PKG_VERSION")
    );
}

/// What an operator asked for, by signal or on the control socket (with the client
/// waiting for its answer).
enum Ask {
    /// SIGTERM, SIGINT or `omsgate drain` (named so for event 102).
    Drain(&'static str, Option<control::Asker>),
    /// SIGHUP or `omsgate reload`.
    Reload(Option<control::Asker>),
    /// A line on the control socket this gateway does not know.
    Unknown(control::Asker),
}

/// The next request, from either source.
async fn next_ask(signals: &mut Signals, requests: &mut control::Requests) -> Ask {
    tokio::select! {
        request = signals.next() => match request {
            Request::Stop(reason) => Ask::Drain(reason, None),
            Request::Reload => Ask::Reload(None),
        },
        Some((command, asker)) = requests.recv() => match command {
            control::Command::Reload => Ask::Reload(Some(asker)),
            control::Command::Drain => Ask::Drain("omsgate drain", Some(asker)),
            // The control task answers the rest itself.
            _ => Ask::Unknown(asker),
        },
    }
}

/// Reloads and answers the asker, if any. `serving` is systemd's status line while
/// serving; `None` while draining, when systemd hears nothing (it counts the stop).
async fn reload_asked(node: &Node, asker: Option<control::Asker>, serving: Option<&str>) {
    if serving.is_some() {
        systemd::reloading();
    }
    let result = reload(node);
    if let Some(asker) = asker {
        match &result {
            Ok(done) => asker.answer(true, events::RELOADED, done).await,
            Err(e) => asker.answer(false, events::WRONG_CONFIGURATION, e).await,
        }
    }
    if let Some(status) = serving {
        systemd::ready(status);
    }
}

/// Answers a line this gateway does not know.
async fn unknown_asked(asker: control::Asker) {
    asker.answer(false, events::APPLICATION_ERROR, status::UNKNOWN).await;
}

/// Re-reads the config (as [`reload_config`]) and keeps the outcome for `omsgate status`.
fn reload(node: &Node) -> Result<String, String> {
    let outcome = reload_config(&node.gw);
    match &outcome {
        Ok(done) => node.vitals.reloaded(true, done),
        Err(why) => node.vitals.reloaded(false, why),
    }
    outcome
}

/// Re-reads the config; on any error the settings in force stay (event 401). Returns
/// what was done, or why not, in a sentence for the operator.
fn reload_config(gw: &Gateway) -> Result<String, String> {
    let snapshot = gw.config();
    let current = &snapshot.settings;
    let path = match &current.source {
        config::Source::File(p) => Some(p.as_path()),
        config::Source::Embedded => None,
    };
    match config::load(path) {
        Ok(mut new) => {
            new.routes.keep_health(&current.routes);
            let restart: Vec<&str> = current
                .keys
                .differing(&new.keys)
                .filter(|k| k.applies == Applies::Restart)
                .map(|k| k.name)
                .collect();
            let mut done = "configuration reloaded; new tunnels use it, open tunnels keep theirs".to_string();
            if !restart.is_empty() {
                let keys = restart.join(", ");
                warn!(
                    event_id = events::GENERAL,
                    keys = %keys,
                    "needs a restart: {keys} changed; they take effect at the next start, the rest is applied now"
                );
                done += &format!("; needs a restart: {keys}");
            }
            let hosts = new.allowlist.len();
            let rules = rule_meters::table(&new.allowlist);
            gw.replace(new, rules);
            let now = gw.config();
            metrics::config_in_force(now.generation, &now.settings.allowlist);
            // The outcome's gauge before its counter: a scrape that counts the reload
            // shows its outcome too.
            ::metrics::gauge!(metrics::LAST_RELOAD_SUCCESS).set(1.0);
            ::metrics::counter!(metrics::RELOADS, "result" => "ok").increment(1);
            info!(
                event_id = events::RELOADED,
                allowed_hosts = hosts,
                "configuration reloaded; new tunnels use it, open tunnels keep theirs"
            );
            Ok(done)
        }
        Err(e) => {
            ::metrics::gauge!(metrics::LAST_RELOAD_SUCCESS).set(0.0);
            ::metrics::counter!(metrics::RELOADS, "result" => "error").increment(1);
            metrics::error(events::WRONG_CONFIGURATION);
            error!(
                event_id = events::WRONG_CONFIGURATION,
                "reload refused, the configuration in force stays: {e}"
            );
            Err(format!("reload refused, the configuration in force stays: {e}"))
        }
    }
}

async fn accept_loop(listener: TcpListener, node: Arc<Node>) {
    let mut backoff = Duration::from_millis(10);
    let quiet = Quiet::default();
    loop {
        match listener.accept().await {
            Ok((stream, peer)) => {
                backoff = Duration::from_millis(10);
                match node.permits.clone().try_acquire_owned() {
                    Ok(permit) => {
                        tokio::spawn(connection(stream, peer, node.clone(), permit));
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

/// One client connection, from accept to close: its per-client limits, its place among
/// the pending heads, its tunnel, and the report of what happened.
async fn connection(mut stream: TcpStream, peer: SocketAddr, node: Arc<Node>, _permit: OwnedSemaphorePermit) {
    // NODELAY and keepalive came from the listener (accept::listener).
    let (gw, handles) = (&node.gw, &node.handles);
    let (ticket, _) = node.pending.enter(node.permits.available_permits());
    // A balancer in front names the agent first (PROXY protocol); that takes a pending slot.
    let arrival = {
        let config = gw.config();
        let keys = &config.settings.keys;
        let header = proxy::read(
            &mut stream,
            peer,
            keys.proxy_protocol,
            &keys.proxy_protocol_from,
            keys.header_timeout,
        );
        tokio::select! {
            biased;
            arrival = header => arrival,
            () = ticket.evicted() => return,
            _ = gw.cut() => return,
        }
    };
    let (client, via, link_id) = match arrival {
        Ok(proxy::Arrival::Agent { client, via, link_id }) => {
            if via.is_some() {
                metrics::proxy_header(if client == peer { "unknown" } else { "agent" });
            }
            (client, via, link_id)
        }
        Ok(proxy::Arrival::HealthCheck) => return metrics::proxy_header("health_check"),
        Err(e) => return refused_header(stream, peer, e, &node.quiet_proxy).await,
    };
    let limits = client_limits(gw);
    match node.clients.enter(client.ip(), limits, Instant::now()) {
        Ok(first) if first => handles.connected_clients.increment(1.0),
        Ok(_) => {}
        Err(refused) => return limited(stream, client, refused, &node.quiet),
    }
    handles.active.increment(1.0);
    let mut trace = Trace::new(client).via(via, link_id);
    let admission = Admission { report: Report { handles }, ticket: &ticket };
    let result = tokio::select! {
        biased;
        r = tunnel::run(stream, gw, &mut trace, &admission) => Some(r),
        // A slow client still sending its head when its slot was needed.
        () = ticket.evicted() => Some(Err(TunnelError::Request(ConnectError::Evicted { pending: node.pending.cap() }))),
        // The drain ended before the tunnel reached its splice (which sees the cut itself).
        _ = gw.cut() => None,
    };
    let result = result.unwrap_or_else(|| match trace.open() {
        // Opened (event 103) and still checking the handshake: a tunnel cut, closed (108).
        Some(_) => Ok(Transferred { up: 0, down: 0, closed_by: ClosedBy::Cut }),
        // Still arriving (head, policy, dial): no tunnel was opened, so none is closed;
        // event 102's `cut` count includes it.
        None => Err(TunnelError::Request(ConnectError::DrainEnded)),
    });
    admission.report.finished(&trace, &result);
    if node.clients.leave(client.ip(), limits, Instant::now()) {
        handles.connected_clients.decrement(1.0);
    }
    handles.active.decrement(1.0);
}

/// Refuses a connection whose PROXY protocol header was refused: the reason to the peer
/// (a misconfigured balancer shows it), event 113 at most every 10 s, always counted.
async fn refused_header(mut stream: TcpStream, peer: SocketAddr, e: proxy::ProxyError, quiet: &Quiet) {
    metrics::error(e.event_id());
    metrics::rejection(e.reason());
    if quiet.due() {
        warn!(event_id = e.event_id(), client = %peer, reason = e.reason(), "{e} (this line repeats at most every 10 s)");
    }
    if let Some(status) = e.status() {
        let reason = e.to_string();
        let reply = connect::reply::refuse(&mut stream, status, e.event_id(), &reason);
        let _ = tokio::time::timeout(OVERLOAD_REPLY_TIMEOUT, reply).await;
    }
}

/// What the accept step hears from a tunnel: the telemetry report, and the moment its
/// head is read (its pending-head slot is free again).
struct Admission<'a> {
    report: Report<'a>,
    ticket: &'a pending::Ticket<'a>,
}

impl Progress for Admission<'_> {
    fn requested(&self, _trace: &Trace) {
        self.ticket.release();
    }

    fn opened(&self, trace: &Trace) {
        self.report.opened(trace);
    }

    fn verified(&self, trace: &Trace) {
        self.report.verified(trace);
    }
}

/// The per-client limits in force now.
fn client_limits(gw: &Gateway) -> Limits {
    let config = gw.config();
    let keys = &config.settings.keys;
    Limits { max_connections: keys.max_connections_per_client, rate: keys.client_tunnel_rate }
}

/// Turns away a client over its per-client limit with a fast 503, so it backs off.
fn limited(mut stream: TcpStream, peer: SocketAddr, refused: Refused, quiet: &Quiet) {
    metrics::rejection(refused.reason());
    metrics::error(events::CLIENT_LIMITED);
    if quiet.due() {
        warn!(event_id = events::CLIENT_LIMITED, client = %peer, reason = refused.reason(), "client {peer} refused: {refused} (503; this line repeats at most every 10 s)");
    }
    tokio::spawn(async move {
        let reason = format!("{refused}; retry shortly");
        let reply =
            connect::reply::refuse(&mut stream, Status::SERVICE_UNAVAILABLE, events::CLIENT_LIMITED, &reason);
        let _ = tokio::time::timeout(OVERLOAD_REPLY_TIMEOUT, reply).await;
    });
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
