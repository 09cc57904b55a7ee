//! `fleet`: three omsgate nodes behind a real HAProxy (`send-proxy-v2`, `/readyz`
//! checks on each node's metrics port), agents uploading through HAProxy to the sink, and
//! the failures a fleet lives through, one case after another under the same load:
//!
//! - `kill`: `kill -9` of node1. Its agents' next uploads fail; they reconnect through
//!   HAProxy (which retries a refused connect on another node and marks node1 down) and
//!   retry. Then node1 is started again on its ports.
//! - `term`: SIGTERM of node2. Its `/readyz` turns 503, HAProxy marks it down, its open
//!   tunnels end on their own (agents rotate tunnels) within `drain_timeout`, no tunnel
//!   opens on it after its listener closed (nor after HAProxy marked it down), and event
//!   102 says how many drained and were cut. With `drain_grace` (when the binary has the
//!   key), HAProxy must mark it down before the listener closes. Then it restarts.
//! - `rolling`: each node in turn gets SIGTERM, drains, restarts on the same ports, and
//!   the next one waits until HAProxy marks it up again.
//!
//! Per case: uploads acknowledged, retried and lost, reconnect time (an agent's first
//! failed attempt to its next open tunnel), seconds until HAProxy marked each node down.
//! At the end, every tunnel a node logged (event 103) must name as `client` an address
//! an agent's tunnel had, as HAProxy received it, and HAProxy's address as `via`.
//! Anything that does not hold is listed in `violations`, and the command exits 1.
//!
//! Everything runs on loopback; every wait is bounded; HAProxy and the nodes are this
//! process's children, stopped by PID (and killed when it exits).

mod agents;
mod haproxy;
mod node;

use std::{
    net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener},
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use anyhow::{Context, Result, bail};
use rustix::process::Signal;
use serde::Serialize;
use serde_json::Value;
use tokio::time::{Instant, sleep};

use crate::{
    net::Target,
    report,
    sink::{self, Payload},
    units::{parse_duration, parse_size},
};
use agents::{Agents, Fleet, PhaseCounts};
use haproxy::{Checks, Haproxy, Server};
use node::{Node, Shared};

/// The address HAProxy connects to the nodes from (`source`), which no agent uses.
pub const BALANCER_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 254);
/// Nodes in the fleet.
const NODES: usize = 3;
/// Polling interval while a case watches a node, `/readyz` and HAProxy.
const TICK: Duration = Duration::from_millis(25);
/// A tunnel accepted just before a listener closed logs its event 103 a moment later
/// (PROXY header, CONNECT, the connect to the sink): this much later still counts as before.
const LOG_SLACK: Duration = Duration::from_millis(500);

/// `fleet` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The omsgate binary the nodes run.
    #[arg(long)]
    omsgate: PathBuf,
    /// The HAProxy binary.
    #[arg(long, default_value = "haproxy")]
    haproxy: String,
    /// Agents.
    #[arg(long, default_value_t = 60)]
    agents: u64,
    /// Time between one agent's uploads.
    #[arg(long, value_parser = parse_duration, default_value = "1s")]
    interval: Duration,
    /// Bytes per upload.
    #[arg(long, value_parser = parse_size, default_value = "16KiB")]
    upload: u64,
    /// Uploads per tunnel before an agent opens a new one (0 = one tunnel for the run).
    #[arg(long, default_value_t = 3)]
    uploads_per_tunnel: u32,
    /// First uploads spread over this time.
    #[arg(long, value_parser = parse_duration, default_value = "2s")]
    ramp: Duration,
    /// Time one open or upload attempt may take.
    #[arg(long, value_parser = parse_duration, default_value = "5s")]
    ack_timeout: Duration,
    /// Attempts per upload before it is lost.
    #[arg(long, default_value_t = 5)]
    max_attempts: u32,
    /// Agents' source addresses: 127.0.0.1..=N.
    #[arg(long, default_value_t = 16)]
    sources: u8,
    /// The nodes' `drain_timeout`.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    drain_timeout: Duration,
    /// The nodes' `drain_grace`, when the binary has that key.
    #[arg(long, value_parser = parse_duration, default_value = "3s")]
    drain_grace: Duration,
    /// HAProxy's check interval (`inter`, also `downinter`); `fastinter` is half of it.
    #[arg(long, value_parser = parse_duration, default_value = "500ms")]
    check_inter: Duration,
    /// HAProxy's `fall` and `rise`.
    #[arg(long, default_value_t = 2)]
    check_count: u32,
    /// Cases to run, in this order: kill, term, rolling.
    #[arg(long, value_delimiter = ',', default_value = "kill,term,rolling")]
    cases: Vec<CaseName>,
    /// Longest time any one wait of a case may take.
    #[arg(long, value_parser = parse_duration, default_value = "40s")]
    case_timeout: Duration,
    /// Keep configs and logs here (created); default: a temporary directory, removed.
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    json: bool,
    /// Also append the report as one JSON line to this file.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// A case of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CaseName {
    /// `kill -9` of node1.
    Kill,
    /// SIGTERM of node2 (a drain).
    Term,
    /// Each node in turn: SIGTERM, drain, restart on its ports.
    Rolling,
}

/// The `fleet` report.
#[derive(Debug, Serialize)]
pub struct FleetReport {
    /// Always `"fleet"`.
    pub kind: &'static str,
    /// Agents.
    pub agents: u64,
    /// Seconds between one agent's uploads.
    pub interval_s: f64,
    /// Bytes per upload.
    pub upload_bytes: u64,
    /// Uploads per tunnel.
    pub uploads_per_tunnel: u32,
    /// `haproxy -v`.
    pub haproxy: String,
    /// HAProxy's check timings.
    pub check: CheckReport,
    /// The nodes' `drain_grace` in seconds; `None` when the binary has no such key.
    pub drain_grace_s: Option<f64>,
    /// The nodes' `drain_timeout` in seconds.
    pub drain_timeout_s: f64,
    /// /proc/loadavg at the start and the end.
    pub loadavg: [String; 2],
    /// Warm-up: until every agent had an upload acknowledged.
    pub warmup: PhaseCounts,
    /// The cases, in order.
    pub cases: Vec<CaseReport>,
    /// Every tunnel the nodes logged, against the agents' own addresses.
    pub clients: ClientCheck,
    /// Every phase added up.
    pub total: Totals,
    /// Seconds the whole run took.
    pub duration_s: f64,
    /// What did not hold; empty when the fleet did what it should.
    pub violations: Vec<String>,
}

/// HAProxy's check timings in the run.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    /// `inter` (and `downinter`), ms.
    pub inter_ms: u64,
    /// `fastinter`, ms.
    pub fastinter_ms: u64,
    /// `fall` = `rise`.
    pub fall: u32,
    /// Longest time from a 503 to DOWN when the node answers at once, s.
    pub worst_down_s: f64,
}

/// One case.
#[derive(Debug, Serialize)]
pub struct CaseReport {
    /// Which.
    pub name: CaseName,
    /// Each node stopped, in order.
    pub stops: Vec<NodeStop>,
    /// The agents' counts while the case ran.
    #[serde(flatten)]
    pub counts: PhaseCounts,
    /// Seconds the case took.
    pub duration_s: f64,
}

/// What happened to one node stopped in a case.
#[derive(Debug, Default, Serialize)]
pub struct NodeStop {
    /// `node1`, ...
    pub node: String,
    /// `kill` (SIGKILL) or `term` (SIGTERM).
    pub signal: &'static str,
    /// Tunnels open on it (HAProxy's `scur`) when it was signalled.
    pub open_at_stop: u64,
    /// Seconds from the signal until `/readyz` answered 503 (SIGTERM only).
    pub readyz_503_s: Option<f64>,
    /// Seconds from the signal until its proxy listener refused connections.
    pub listener_closed_s: Option<f64>,
    /// Seconds from the signal until HAProxy marked it DOWN.
    pub marked_down_s: Option<f64>,
    /// Seconds from the signal until the process exited.
    pub exited_s: Option<f64>,
    /// Event 102: tunnels that finished during the drain, and those cut at `drain_timeout`.
    pub drained: Option<u64>,
    /// See `drained`.
    pub cut: Option<u64>,
    /// Tunnels it logged opening (event 103) after its listener closed.
    pub tunnels_after_close: u64,
    /// Tunnels it logged opening after HAProxy marked it DOWN.
    pub tunnels_after_down: u64,
    /// Seconds from the signal until every agent had an upload acknowledged again.
    pub agents_recovered_s: Option<f64>,
    /// Seconds from the restart until HAProxy marked it UP.
    pub marked_up_s: Option<f64>,
}

/// The nodes' events 103 against the agents' addresses.
#[derive(Debug, Default, Serialize)]
pub struct ClientCheck {
    /// Tunnels logged (event 103) by every node, every incarnation.
    pub tunnels_logged: u64,
    /// Whose `client` is an address an agent's tunnel to HAProxy had (IP and port).
    pub from_agents: u64,
    /// Whose `via` is HAProxy's address.
    pub via_balancer: u64,
    /// Distinct agent IPs seen as `client`.
    pub distinct_client_ips: usize,
    /// Up to five lines that did not match, for the report.
    pub mismatches: Vec<String>,
}

/// Counts over every phase.
#[derive(Debug, Default, Serialize)]
pub struct Totals {
    /// Uploads acknowledged.
    pub uploads_ok: u64,
    /// Uploads acknowledged after a retry.
    pub uploads_retried: u64,
    /// Uploads lost.
    pub uploads_lost: u64,
}

/// Runs the fleet and prints the report; fails when a violation was found.
pub async fn run(args: Args) -> Result<()> {
    let (dir, keep) = match &args.dir {
        Some(d) => (d.clone(), true),
        None => (
            std::env::temp_dir().join(format!(
                "omsgate-fleet-{}-{:08x}",
                std::process::id(),
                rand::random::<u32>()
            )),
            false,
        ),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    // Absolute: HAProxy reads a relative stats socket path as host:port.
    let dir = dir.canonicalize()?;
    let result = run_in(&args, &dir).await;
    if !keep && result.is_ok() {
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        eprintln!("fleet: configs and logs are in {}", dir.display());
    }
    let report = result?;
    report::write(&report, args.json, args.out.as_deref())?;
    if !report.violations.is_empty() {
        bail!("the fleet did not hold:\n  {}", report.violations.join("\n  "));
    }
    Ok(())
}

/// Everything a case needs.
struct Run<'a> {
    args: &'a Args,
    nodes: Vec<Node>,
    haproxy: Haproxy,
    fleet: Arc<Fleet>,
}

async fn run_in(args: &Args, dir: &Path) -> Result<FleetReport> {
    let started = Instant::now();
    let loadavg_start = report::loadavg();
    let binary =
        args.omsgate.canonicalize().with_context(|| format!("omsgate binary {}", args.omsgate.display()))?;
    let grace = has_key(&binary, "drain_grace").await?.then_some(args.drain_grace);

    let tls = crate::tls::server_config(None, None)?;
    let sink = sink::start(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)), Payload::Opaque, Some(tls)).await?;
    let mut keys = format!(
        "allowed_hosts = [\"{ip}\"]\nallowed_ports = [{port}]\nproxy_protocol = \"required\"\n\
         proxy_protocol_from = [\"{BALANCER_IP}\"]\ndrain_timeout = \"{drain}ms\"\nlog_format = \"json\"\n\
         worker_threads = 1\n",
        ip = sink.addr.ip(),
        port = sink.addr.port(),
        drain = args.drain_timeout.as_millis(),
    );
    if let Some(g) = grace {
        keys.push_str(&format!("drain_grace = \"{}ms\"\n", g.as_millis()));
    }
    let shared = Shared { binary, keys };
    let mut nodes = Vec::new();
    for i in 1..=NODES {
        nodes.push(Node::start(&format!("node{i}"), dir, shared.clone()).await?);
    }

    let checks = Checks {
        inter: args.check_inter,
        fastinter: args.check_inter / 2,
        fall: args.check_count,
        rise: args.check_count,
    };
    let servers: Vec<Server> = nodes
        .iter()
        .map(|n| Server { name: n.name.clone(), addr: n.listen, check_port: n.metrics.port() })
        .collect();
    let stats = dir.join("haproxy.sock");
    // Two fds per proxied tunnel within this machine's 20,000-fd hard limit.
    let maxconn = (crate::limits::nofile().saturating_sub(200) / 2).clamp(100, 9_900) as u32;
    let text = haproxy::config(&servers, checks, &BALANCER_IP.to_string(), &stats, maxconn);
    let frontend = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    let haproxy =
        Haproxy::start(&args.haproxy, dir, &text, stats, frontend, &dir.join("haproxy.log")).await?;
    let deadline = Instant::now() + args.case_timeout;
    for n in &nodes {
        if haproxy.wait_status(&n.name, "UP", deadline).await?.is_none() {
            bail!("HAProxy did not mark {} UP within {:?}", n.name, args.case_timeout);
        }
    }

    let agents = Agents::start(
        agents::Options {
            proxy: haproxy.addr,
            target: Target::parse(&sink.addr.to_string())?,
            count: args.agents,
            interval: args.interval,
            upload: args.upload,
            uploads_per_tunnel: args.uploads_per_tunnel,
            ramp: args.ramp,
            ack_timeout: args.ack_timeout,
            max_attempts: args.max_attempts.max(1),
            sources: args.sources,
        },
        args.cases.len() + 1,
    )?;
    let mut violations = Vec::new();
    let fleet = agents.fleet.clone();
    let warm = Instant::now() + args.ramp + args.case_timeout;
    while !fleet.all_uploaded_since(fleet.started()) && Instant::now() < warm {
        sleep(TICK).await;
    }
    if !fleet.all_uploaded_since(fleet.started()) {
        violations.push(format!(
            "warm-up: {} agents never had an upload acknowledged",
            fleet.behind(fleet.started())
        ));
    }

    let mut run = Run { args, nodes, haproxy, fleet: fleet.clone() };
    let mut cases = Vec::new();
    for (i, name) in args.cases.iter().enumerate() {
        fleet.enter(i + 1);
        let begun = Instant::now();
        let stops = match name {
            CaseName::Kill => vec![run.stop_and_restart(0, Signal::KILL).await?],
            CaseName::Term => vec![run.stop_and_restart(1, Signal::TERM).await?],
            CaseName::Rolling => {
                let mut stops = Vec::new();
                for n in 0..NODES {
                    stops.push(run.stop_and_restart(n, Signal::TERM).await?);
                }
                stops
            }
        };
        cases.push(CaseReport {
            name: *name,
            stops,
            counts: PhaseCounts::default(),
            duration_s: secs(begun.elapsed()),
        });
    }

    let fleet = agents.stop(args.ack_timeout * args.max_attempts + Duration::from_secs(5)).await;
    let warmup = fleet.counts(0);
    for (i, case) in cases.iter_mut().enumerate() {
        case.counts = fleet.counts(i + 1);
    }
    let clients = check_clients(&run.nodes, &fleet);
    run.haproxy.stop().await;
    for n in &mut run.nodes {
        let _ = n.signal(Signal::TERM);
        let _ = n.wait_exit(args.drain_timeout + Duration::from_secs(5)).await;
    }
    drop(sink);

    let mut total = Totals::default();
    for c in std::iter::once(&warmup).chain(cases.iter().map(|c| &c.counts)) {
        total.uploads_ok += c.uploads_ok;
        total.uploads_retried += c.uploads_retried;
        total.uploads_lost += c.uploads_lost;
    }
    violations.extend(judge(&cases, &clients, &total, grace));
    Ok(FleetReport {
        kind: "fleet",
        agents: args.agents,
        interval_s: args.interval.as_secs_f64(),
        upload_bytes: args.upload,
        uploads_per_tunnel: args.uploads_per_tunnel,
        haproxy: haproxy::version(&args.haproxy).await,
        check: CheckReport {
            inter_ms: checks.inter.as_millis() as u64,
            fastinter_ms: checks.fastinter.as_millis() as u64,
            fall: checks.fall,
            worst_down_s: secs(checks.worst_down()),
        },
        drain_grace_s: grace.map(secs),
        drain_timeout_s: args.drain_timeout.as_secs_f64(),
        loadavg: [loadavg_start, report::loadavg()],
        warmup,
        cases,
        clients,
        total,
        duration_s: secs(started.elapsed()),
        violations,
    })
}

impl Run<'_> {
    /// Signals node `index`, watches `/readyz`, its listener and HAProxy until each has
    /// changed, waits for its exit and for every agent to upload again, then restarts
    /// it and waits until HAProxy marks it UP.
    async fn stop_and_restart(&mut self, index: usize, signal: Signal) -> Result<NodeStop> {
        let timeout = self.args.case_timeout;
        let node = &self.nodes[index];
        let name = node.name.clone();
        let term = signal == Signal::TERM;
        let mut stop =
            NodeStop { node: name.clone(), signal: if term { "term" } else { "kill" }, ..Default::default() };
        stop.open_at_stop = self.haproxy.server(&name).await?.scur;
        let t0 = Instant::now();
        let wall0 = SystemTime::now();
        node.signal(signal)?;
        let (mut readyz_done, mut closed_at, mut down_at) = (!term, None, None);
        let deadline = t0 + timeout;
        while (!readyz_done || closed_at.is_none() || down_at.is_none()) && Instant::now() < deadline {
            if !readyz_done {
                match node.readyz().await {
                    Some(503) => {
                        stop.readyz_503_s = Some(secs(t0.elapsed()));
                        readyz_done = true;
                    }
                    None => readyz_done = true,
                    Some(_) => {}
                }
            }
            if closed_at.is_none() && !node.accepting(BALANCER_IP).await {
                closed_at = Some(Instant::now());
            }
            if down_at.is_none() && self.haproxy.server(&name).await?.status == "DOWN" {
                down_at = Some(Instant::now());
            }
            sleep(TICK).await;
        }
        stop.listener_closed_s = closed_at.map(|t| secs(t - t0));
        stop.marked_down_s = down_at.map(|t| secs(t - t0));

        let node = &mut self.nodes[index];
        let exit_within = if term { self.args.drain_timeout + Duration::from_secs(10) } else { timeout };
        if node.wait_exit(exit_within).await.is_ok() {
            stop.exited_s = Some(secs(t0.elapsed()));
        }
        if let Some(stopped) = node.events().iter().rev().find(|e| e["event_id"] == 102) {
            stop.drained = stopped["drained"].as_u64();
            stop.cut = stopped["cut"].as_u64();
        }
        let wall = |at: Option<Instant>| at.map(|t| wall0 + (t - t0) + LOG_SLACK);
        stop.tunnels_after_close = opened_after(&node.events(), wall(closed_at));
        stop.tunnels_after_down = opened_after(&node.events(), wall(down_at));

        while !self.fleet.all_uploaded_since(t0) && Instant::now() < deadline {
            sleep(TICK).await;
        }
        if self.fleet.all_uploaded_since(t0) {
            stop.agents_recovered_s = Some(secs(t0.elapsed()));
        }

        let restarted = Instant::now();
        node.restart().await?;
        if let Some(up) = self.haproxy.wait_status(&name, "UP", restarted + timeout).await? {
            stop.marked_up_s = Some(secs(up - restarted));
        }
        Ok(stop)
    }
}

/// Tunnels (event 103) logged after `after`; none when there is no such moment.
fn opened_after(events: &[Value], after: Option<SystemTime>) -> u64 {
    let Some(after) = after else { return 0 };
    let after = after.duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0);
    events
        .iter()
        .filter(|e| e["event_id"] == 103)
        .filter_map(|e| unix_seconds(e["timestamp"].as_str()?))
        .filter(|t| *t > after)
        .count() as u64
}

/// Every event 103 of every node: `client` must be an agent's own address (IP and port,
/// as HAProxy received it), `via` HAProxy's.
fn check_clients(nodes: &[Node], fleet: &Fleet) -> ClientCheck {
    let addrs = fleet.addresses();
    let mut check = ClientCheck::default();
    let mut ips = std::collections::HashSet::new();
    for node in nodes {
        for e in node.all_events().iter().filter(|e| e["event_id"] == 103) {
            check.tunnels_logged += 1;
            let client: Option<SocketAddr> = e["client"].as_str().and_then(|c| c.parse().ok());
            let via: Option<SocketAddr> = e["via"].as_str().and_then(|v| v.parse().ok());
            let from_agent = client.is_some_and(|c| addrs.contains(&c));
            let via_balancer = via.is_some_and(|v| v.ip() == IpAddr::V4(BALANCER_IP));
            check.from_agents += u64::from(from_agent);
            check.via_balancer += u64::from(via_balancer);
            if let Some(c) = client.filter(|_| from_agent) {
                ips.insert(c.ip());
            }
            if (!from_agent || !via_balancer) && check.mismatches.len() < 5 {
                check.mismatches.push(format!("{}: client {} via {}", node.name, e["client"], e["via"]));
            }
        }
    }
    check.distinct_client_ips = ips.len();
    check
}

/// What should hold, as sentences naming what did not.
fn judge(
    cases: &[CaseReport],
    clients: &ClientCheck,
    total: &Totals,
    grace: Option<Duration>,
) -> Vec<String> {
    let mut v = Vec::new();
    if total.uploads_lost > 0 {
        v.push(format!("{} uploads lost", total.uploads_lost));
    }
    for case in cases {
        let name = format!("{:?}", case.name).to_lowercase();
        if case.counts.uploads_lost > 0 {
            v.push(format!("{name}: {} uploads lost", case.counts.uploads_lost));
        }
        for s in &case.stops {
            let who = format!("{name}: {}", s.node);
            if s.marked_down_s.is_none() {
                v.push(format!("{who}: HAProxy never marked it DOWN"));
            }
            if s.listener_closed_s.is_none() {
                v.push(format!("{who}: its listener never closed"));
            }
            if s.exited_s.is_none() {
                v.push(format!("{who}: the process did not exit"));
            }
            if s.agents_recovered_s.is_none() {
                v.push(format!("{who}: not every agent uploaded again"));
            }
            if s.marked_up_s.is_none() {
                v.push(format!("{who}: HAProxy never marked it UP after the restart"));
            }
            if s.signal != "term" {
                continue;
            }
            if s.readyz_503_s.is_none() {
                v.push(format!("{who}: /readyz never answered 503 after SIGTERM"));
            }
            if s.drained.is_none() {
                v.push(format!("{who}: no event 102 (drained/cut)"));
            }
            if s.cut.unwrap_or(0) > 0 {
                v.push(format!(
                    "{who}: {} tunnels cut at drain_timeout instead of finishing",
                    s.cut.unwrap_or(0)
                ));
            }
            if s.tunnels_after_close > 0 {
                v.push(format!("{who}: {} tunnels opened after its listener closed", s.tunnels_after_close));
            }
            if s.tunnels_after_down > 0 {
                v.push(format!(
                    "{who}: {} tunnels opened after HAProxy marked it DOWN",
                    s.tunnels_after_down
                ));
            }
            if grace.is_some() {
                match (s.marked_down_s, s.listener_closed_s) {
                    (Some(down), Some(closed)) if down < closed => {}
                    (down, closed) => v.push(format!(
                        "{who}: with drain_grace HAProxy must mark it DOWN before its listener closes (down {down:?} s, closed {closed:?} s)"
                    )),
                }
            }
        }
    }
    if clients.tunnels_logged == 0 || clients.from_agents != clients.tunnels_logged {
        v.push(format!(
            "{} of {} tunnels logged an agent's own address as client: {:?}",
            clients.from_agents, clients.tunnels_logged, clients.mismatches
        ));
    }
    if clients.via_balancer != clients.tunnels_logged {
        v.push(format!(
            "{} of {} tunnels logged HAProxy as via",
            clients.via_balancer, clients.tunnels_logged
        ));
    }
    v
}

/// Whether the binary knows a config key (`omsgate config keys`).
async fn has_key(binary: &Path, key: &str) -> Result<bool> {
    let out = tokio::process::Command::new(binary).args(["config", "keys"]).output().await?;
    if !out.status.success() {
        bail!("{} config keys failed: {}", binary.display(), String::from_utf8_lossy(&out.stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).lines().any(|l| l.split_whitespace().next() == Some(key)))
}

fn secs(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0).round() / 1000.0
}

/// Seconds since the epoch of an RFC 3339 UTC timestamp as omsgate logs it
/// (`2026-11-30T19:13:38.420338Z`).
fn unix_seconds(ts: &str) -> Option<f64> {
    let (date, time) = ts.strip_suffix('Z')?.split_once('T')?;
    let mut d = date.split('-').map(|p| p.parse::<i64>());
    let (y, m, day) = (d.next()?.ok()?, d.next()?.ok()?, d.next()?.ok()?);
    let mut t = time.splitn(3, ':');
    let (h, min, s) =
        (t.next()?.parse::<i64>().ok()?, t.next()?.parse::<i64>().ok()?, t.next()?.parse::<f64>().ok()?);
    // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some((days * 86_400 + h * 3600 + min * 60) as f64 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_as_omsgate_logs_them() {
        assert_eq!(unix_seconds("1970-01-01T00:00:01.5Z"), Some(1.5));
        let t = unix_seconds("2026-11-30T19:13:38.420338Z").unwrap();
        // date -u -d 2026-11-30T19:13:38Z +%s
        assert!((t - 1_796_066_018.420_338).abs() < 1e-6, "{t}");
        assert_eq!(unix_seconds("2026-11-30 19:13:38"), None);
    }

    #[test]
    fn tunnels_after_a_moment() {
        let events = vec![
            serde_json::json!({"event_id": 103, "timestamp": "2026-11-30T19:13:38.000000Z"}),
            serde_json::json!({"event_id": 103, "timestamp": "2026-11-30T19:13:40.000000Z"}),
            serde_json::json!({"event_id": 108, "timestamp": "2026-11-30T19:13:41.000000Z"}),
        ];
        let at = UNIX_EPOCH + Duration::from_secs_f64(unix_seconds("2026-11-30T19:13:39.000000Z").unwrap());
        assert_eq!(opened_after(&events, Some(at)), 1);
        assert_eq!(opened_after(&events, None), 0);
    }
}
