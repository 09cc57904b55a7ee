//! What the control socket answers besides reload: `status` — is this gateway up,
//! ready or draining, since when, on which configuration, how full, and what it refused
//! in the last few minutes — and `top`, the busiest allowlist entries and the most
//! refused destinations. Gathered on request from what the accept step keeps anyway
//! (permits, the per-client table, the configuration in force) and from
//! `telemetry::recent`; nothing here is on a tunnel's path.
//!
//! The control socket is answered by its own task for the gateway's whole life, the
//! drain included, so `omsgate status` can tell a draining gateway from a stopped one.
//! Requests that change the gateway (reload, drain) are handed to the serve loop, which
//! answers them, through a drain's grace too; once the listeners have closed they are
//! answered `draining`.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use super::Node;
use super::control::{Asker, Command, Control};
use crate::events;
use crate::telemetry::recent::{self, Counts, Top};

/// The facts about this process that no configuration holds.
pub struct Vitals {
    started: Instant,
    started_unix: u64,
    /// The node takes new tunnels: false from the moment a drain begins (`/readyz` 503).
    pub ready: Arc<AtomicBool>,
    /// The proxy listeners are open (a draining node may still accept for a while).
    pub accepting: AtomicBool,
    listening: Vec<SocketAddr>,
    metrics_at: Option<SocketAddr>,
    max_connections: usize,
    last_reload: Mutex<Option<Reloaded>>,
}

/// A reload's outcome, as kept.
#[derive(Debug, Clone)]
struct Reloaded {
    at: Instant,
    at_unix: u64,
    ok: bool,
    message: String,
}

/// `status`'s answer: one gateway, as it sees itself now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub pid: u32,
    pub version: String,
    pub started_unix: u64,
    pub uptime_s: u64,
    pub state: State,
    /// The proxy listeners are open.
    pub accepting: bool,
    pub config: ConfigStatus,
    /// The last `omsgate reload` or SIGHUP; none since start when absent.
    pub last_reload: Option<ReloadStatus>,
    pub listen: Vec<String>,
    /// The metrics endpoint; absent when `metrics_address = ""`.
    pub metrics: Option<String>,
    pub tunnels: TunnelsStatus,
    pub clients: ClientsStatus,
    /// Rejections, errors and tunnels of the last five to six minutes.
    pub recent: Counts,
}

/// Whether the gateway takes new tunnels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Accepting and ready (`/readyz` 200).
    Ready,
    /// Stopping: `/readyz` 503, open tunnels finishing within `drain_timeout`.
    Draining,
}

/// The configuration in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigStatus {
    /// The file, or `embedded default`.
    pub source: String,
    /// 1 at start, one more per reload put in force.
    pub generation: u64,
    pub allowed_hosts: usize,
    pub policy_mode: String,
}

/// The last reload's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReloadStatus {
    pub at_unix: u64,
    pub ago_s: u64,
    pub ok: bool,
    /// What was done, or why the file was refused (event 401).
    pub message: String,
}

/// Open client connections against `max_connections`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TunnelsStatus {
    /// Client connections open now: tunnels, and those being set up
    /// (`omsgate_active_client_connections`).
    pub open: u64,
    /// As in effect (`"auto"` resolved under the open-file limit).
    pub max_connections: usize,
}

/// Distinct agents against `max_connections_per_client`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientsStatus {
    pub connected: u64,
    /// 0 = no limit.
    pub max_connections_per_client: u32,
    /// The agent with the most connections open, the one nearest its limit.
    pub busiest: Option<Busiest>,
}

/// One agent's address and its open connections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Busiest {
    pub address: String,
    pub open: u32,
}

/// `top`'s answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopAnswer {
    pub pid: u32,
    #[serde(flatten)]
    pub top: Top,
}

impl Vitals {
    /// A gateway starting now, listening on `listening`.
    pub fn new(listening: Vec<SocketAddr>, metrics_at: Option<SocketAddr>, max_connections: usize) -> Vitals {
        recent::start();
        Vitals {
            started: Instant::now(),
            started_unix: unix_now(),
            ready: Arc::new(AtomicBool::new(true)),
            accepting: AtomicBool::new(true),
            listening,
            metrics_at,
            max_connections,
            last_reload: Mutex::new(None),
        }
    }

    /// Keeps a reload's outcome for `status`.
    pub fn reloaded(&self, ok: bool, message: &str) {
        let outcome = Reloaded { at: Instant::now(), at_unix: unix_now(), ok, message: message.to_string() };
        *self.last_reload.lock().unwrap_or_else(|p| p.into_inner()) = Some(outcome);
    }
}

/// Answers the control socket until the gateway stops: `status` and `top` here,
/// requests that change the gateway handed to the serve loop through `serve_loop`.
pub(super) async fn answer(control: Control, node: Arc<Node>, serve_loop: mpsc::Sender<(Command, Asker)>) {
    loop {
        let (command, asker) = control.next().await;
        match command {
            Command::Status => asker.answer_json(events::GENERAL, &status(&node)).await,
            Command::Top => {
                let top = TopAnswer { pid: std::process::id(), top: recent::top() };
                asker.answer_json(events::GENERAL, &top).await;
            }
            Command::Unknown => asker.answer(false, events::APPLICATION_ERROR, UNKNOWN).await,
            Command::Reload | Command::Drain => {
                if let Err(mpsc::error::SendError((_, asker))) = serve_loop.send((command, asker)).await {
                    asker.draining(DRAINING).await;
                }
            }
        }
    }
}

/// What a draining gateway says to a reload or a drain once its listeners have closed.
pub const DRAINING: &str = "this gateway is draining (its listeners have closed; it exits when its tunnels end or drain_timeout passes): it takes no reload; a gateway started on the file reads it then";

/// What the gateway says to a line it does not know.
pub const UNKNOWN: &str = "unknown request; this gateway knows: reload, drain, status, top";

/// This gateway's status now.
fn status(node: &Node) -> Status {
    let vitals = &node.vitals;
    let config = node.gw.config();
    let keys = &config.settings.keys;
    let ready = vitals.ready.load(Ordering::Relaxed);
    let last_reload = vitals.last_reload.lock().unwrap_or_else(|p| p.into_inner()).clone();
    // Not `max - available permits`: a drain waits for every permit and takes them as they free.
    let tally = node.clients.tally();
    Status {
        pid: std::process::id(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        started_unix: vitals.started_unix,
        uptime_s: vitals.started.elapsed().as_secs(),
        state: if ready { State::Ready } else { State::Draining },
        accepting: vitals.accepting.load(Ordering::Relaxed),
        config: ConfigStatus {
            source: config.settings.source.name(),
            generation: config.generation,
            allowed_hosts: config.settings.allowlist.len(),
            policy_mode: keys.policy_mode.config_name().to_string(),
        },
        last_reload: last_reload.map(|r| ReloadStatus {
            at_unix: r.at_unix,
            ago_s: r.at.elapsed().as_secs(),
            ok: r.ok,
            message: r.message,
        }),
        listen: vitals.listening.iter().map(ToString::to_string).collect(),
        metrics: vitals.metrics_at.map(|a| a.to_string()),
        tunnels: TunnelsStatus { open: tally.open, max_connections: vitals.max_connections },
        clients: ClientsStatus {
            connected: node.clients.distinct().max(0) as u64,
            max_connections_per_client: keys.max_connections_per_client,
            busiest: tally.busiest.map(|(ip, open)| Busiest { address: ip.to_string(), open }),
        },
        recent: recent::counts(),
    }
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
