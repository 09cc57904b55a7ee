//! omsgate-loadtest: simulates fleets of monitoring agents through a CONNECT gateway
//! and measures what the gateway costs per agent, per GB and per tunnel.
//!
//! # Layout
//! - `sink`      the far end of every tunnel: reads uploads, acknowledges them
//! - `agents`    N long-lived tunnels uploading every interval (the seed's workload)
//! - `bulk`      K tunnels pushing as fast as possible (throughput, CPU per GB)
//! - `rate`      new tunnels per second (set-up cost)
//! - `fleet`     three omsgate nodes behind HAProxy: kill, drain, rolling restart
//! - `capacity`  starts a gateway under a CPU/memory limit and searches the largest N
//! - `soak`      a gateway under agents and chaos for long, then exact accounting
//! - `storm`     every agent of a killed gateway reconnects to a fresh node at once
//! - `gateway`   starts a gateway process on its own port or on a socket handed over
//! - `net`       TCP from loopback source addresses, the CONNECT request
//! - `tls`       ring-only rustls configs and certificates
//! - `wire`      the bytes agents and sink exchange (one place for both ends)
//! - `live`      counters shared by tasks and the progress line
//! - `proc`      gateway CPU, RSS and open files from /proc
//! - `scrape`    the gateway's /metrics and /readyz
//! - `report`    JSON reports and their arithmetic
//! - `plot`      latency and CPU against agent count, PNG or SVG
//! - `table`     markdown tables of reports (one summary row per peer)
//! - `limits`    NOFILE, CPU pinning, cgroups

mod agents;
mod bulk;
mod capacity;
mod fleet;
mod gateway;
mod limits;
mod live;
mod net;
mod plot;
mod proc;
mod rate;
mod report;
mod scrape;
mod sink;
mod soak;
mod storm;
mod table;
mod tls;
mod units;
mod wire;

use std::{io::Write, net::SocketAddr, path::PathBuf, time::Duration};

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use serde::Serialize;

use crate::{
    net::{Route, Target},
    sink::Payload,
    units::{parse_duration, parse_size},
};

/// Load generator for omsgate and other CONNECT proxies (loopback only).
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// Runtime worker threads; 0 = one per core this process may run on.
    #[arg(long, global = true, default_value_t = 0)]
    threads: usize,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// TLS server that reads uploads and acknowledges them.
    Sink(SinkArgs),
    /// N agents, each a long-lived tunnel uploading every interval.
    Agents(AgentsArgs),
    /// K tunnels pushing as fast as possible.
    Bulk(BulkArgs),
    /// New tunnels per second.
    Rate(RateArgs),
    /// Three omsgate nodes behind HAProxy under agent load: kill -9, drain, rolling restart.
    Fleet(fleet::Args),
    /// Start a gateway under a CPU/memory limit and find the largest N meeting the SLO.
    Capacity(capacity::Args),
    /// Start omsgate, run agents and chaos against it for long, then check its accounting.
    Soak(soak::Args),
    /// N agents lose their gateway at once (kill -9) and reconnect to a fresh node.
    Storm(storm::Args),
    /// Chart of latency and gateway CPU against agent count from JSON-lines reports.
    Plot(plot::Args),
    /// Markdown table from JSON-lines reports.
    Table(TableArgs),
    /// Write a CA, server and client certificates (PEM) for client-certificate runs.
    GenCerts {
        /// Directory to write ca.pem, server.pem/.key, client.pem/.key into.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Args)]
struct SinkArgs {
    /// Address to listen on (port 0 picks one; the address is printed on stdout).
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// Payload mode; must match the agents' (`raw` for bulk and rate).
    #[arg(long, value_enum, default_value = "opaque")]
    payload: Payload,
    /// Server certificate PEM (generated when absent).
    #[arg(long, requires = "key")]
    cert: Option<PathBuf>,
    /// Server key PEM.
    #[arg(long, requires = "cert")]
    key: Option<PathBuf>,
    /// Require client certificates signed by this CA PEM.
    #[arg(long)]
    client_ca: Option<PathBuf>,
    /// Stop after this long (every run is bounded).
    #[arg(long, value_parser = parse_duration, default_value = "1h")]
    duration: Duration,
}

/// Where the tunnels go.
#[derive(Debug, Args)]
struct RouteArgs {
    /// CONNECT proxy address (the gateway under test).
    #[arg(long, conflicts_with = "direct")]
    proxy: Option<SocketAddr>,
    /// --proxy is a plain TCP relay to the target (HAProxy in TCP mode): connect and
    /// speak to the target at once, no CONNECT request.
    #[arg(long, requires = "proxy")]
    no_connect: bool,
    /// No proxy: connect straight to the sink (the baseline).
    #[arg(long)]
    direct: bool,
    /// The sink, `host:port`; without it an in-process sink is started.
    #[arg(long)]
    target: Option<String>,
    /// Where the in-process sink listens when --target is absent.
    #[arg(long, default_value = "127.0.0.1:0")]
    sink_listen: SocketAddr,
    /// `USER:PASSWORD` sent as `Proxy-Authorization: Basic` with every CONNECT (a
    /// gateway with `client_auth = "basic"`).
    #[arg(long, requires = "proxy")]
    proxy_user: Option<String>,
}

/// How the result is reported.
#[derive(Debug, Args)]
struct ReportArgs {
    /// Print the report as JSON on stdout.
    #[arg(long)]
    json: bool,
    /// Also append the report as one JSON line to this file.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Gateway process to measure (CPU seconds, RSS) from /proc.
    #[arg(long)]
    gateway_pid: Option<u32>,
    /// Name of the peer in the report (omsgate, squid, direct, ...).
    #[arg(long, default_value = "")]
    label: String,
    /// No progress line.
    #[arg(long)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct AgentsArgs {
    #[command(flatten)]
    route: RouteArgs,
    #[command(flatten)]
    report: ReportArgs,
    /// Agents to simulate.
    #[arg(long, default_value_t = 600)]
    count: u64,
    /// Time between one agent's uploads.
    #[arg(long, value_parser = parse_duration, default_value = "6s")]
    interval: Duration,
    /// Bytes per upload (0 = idle tunnels).
    #[arg(long, value_parser = parse_size, default_value = "200KiB")]
    upload: u64,
    /// Length of the run, ramp included.
    #[arg(long, value_parser = parse_duration, default_value = "30s")]
    duration: Duration,
    /// Spread tunnel opening over this time.
    #[arg(long, value_parser = parse_duration, default_value = "5s")]
    ramp: Duration,
    /// Time in-flight uploads get after the run.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    grace: Duration,
    /// `opaque` (real handshake, cleartext records) or `tls` (real encryption).
    #[arg(long, value_enum, default_value = "opaque")]
    payload: Payload,
    /// Offer TLS 1.2 only.
    #[arg(long)]
    tls12: bool,
    /// Client certificate PEM.
    #[arg(long, requires = "client_key")]
    client_cert: Option<PathBuf>,
    /// Client key PEM.
    #[arg(long, requires = "client_cert")]
    client_key: Option<PathBuf>,
    /// SNI to send (default: the target host; IP literals send none).
    #[arg(long)]
    sni: Option<String>,
    /// Time one open or upload attempt may take.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    ack_timeout: Duration,
    /// Attempts per upload before it is lost.
    #[arg(long, default_value_t = 3)]
    max_attempts: u32,
    /// Loopback source addresses (127.0.0.1..N), used in turn as ports run out.
    #[arg(long, default_value_t = 16)]
    sources: u8,
}

#[derive(Debug, Args)]
struct BulkArgs {
    #[command(flatten)]
    route: RouteArgs,
    #[command(flatten)]
    report: ReportArgs,
    /// Tunnels pushing at once.
    #[arg(long, default_value_t = 16)]
    tunnels: u64,
    /// Pushing time.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    duration: Duration,
}

#[derive(Debug, Args)]
struct RateArgs {
    #[command(flatten)]
    route: RouteArgs,
    #[command(flatten)]
    report: ReportArgs,
    /// Tunnels being set up at once.
    #[arg(long, default_value_t = 64)]
    concurrency: u64,
    /// Length of the run.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    duration: Duration,
    /// Loopback source addresses to rotate over.
    #[arg(long, default_value_t = 16)]
    sources: u8,
}

#[derive(Debug, Args)]
struct TableArgs {
    /// JSON-lines files written with --out.
    files: Vec<PathBuf>,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    limits::raise_nofile();
    limits::reserve_fd_table();
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    runtime.enable_all();
    if cli.threads > 0 {
        runtime.worker_threads(cli.threads);
    }
    runtime.build()?.block_on(run(cli.command))
}

async fn run(command: Command) -> Result<()> {
    match command {
        Command::Sink(args) => run_sink(args).await,
        Command::Agents(args) => {
            let (route, target, sink) = resolve(&args.route, args.payload).await?;
            let fds_needed = args.count * if sink.is_some() { 2 } else { 1 } + 64;
            if fds_needed > limits::nofile() {
                eprintln!(
                    "warning: {} agents need ~{fds_needed} open files, limit is {}",
                    args.count,
                    limits::nofile()
                );
            }
            let client_identity = args.client_cert.zip(args.client_key);
            let report = agents::run(agents::Options {
                route,
                target,
                count: args.count,
                interval: args.interval,
                upload: args.upload,
                duration: args.duration,
                ramp: args.ramp.min(args.duration),
                grace: args.grace,
                payload: args.payload,
                tls12: args.tls12,
                client_identity,
                sni: args.sni,
                ack_timeout: args.ack_timeout,
                max_attempts: args.max_attempts.max(1),
                sources: args.sources,
                label: label(&args.report, route),
                gateway_pid: args.report.gateway_pid,
                quiet: args.report.quiet,
                kills: None,
            })
            .await?;
            output(&report, &args.report)
        }
        Command::Bulk(args) => {
            let (route, target, _sink) = resolve(&args.route, Payload::Raw).await?;
            let report = bulk::run(bulk::Options {
                route,
                target,
                tunnels: args.tunnels,
                duration: args.duration,
                label: label(&args.report, route),
                gateway_pid: args.report.gateway_pid,
                quiet: args.report.quiet,
            })
            .await?;
            output(&report, &args.report)
        }
        Command::Rate(args) => {
            let (route, target, _sink) = resolve(&args.route, Payload::Raw).await?;
            let report = rate::run(rate::Options {
                route,
                target,
                concurrency: args.concurrency,
                duration: args.duration,
                sources: args.sources,
                label: label(&args.report, route),
                gateway_pid: args.report.gateway_pid,
                quiet: args.report.quiet,
            })
            .await?;
            output(&report, &args.report)
        }
        Command::Fleet(args) => fleet::run(args).await,
        Command::Capacity(args) => capacity::run(args).await,
        Command::Soak(args) => soak::run(args).await,
        Command::Storm(args) => storm::run(args).await,
        Command::Plot(args) => plot::run(&args),
        Command::Table(args) => {
            print!("{}", table::markdown(&json_lines(&args.files)?));
            Ok(())
        }
        Command::GenCerts { out } => tls::generate_files(&out),
    }
}

/// The `sink` command: serve until the duration ends or SIGINT/SIGTERM.
async fn run_sink(args: SinkArgs) -> Result<()> {
    let tls = match args.payload {
        Payload::Raw => None,
        _ => Some(tls::server_config(
            args.cert.as_deref().zip(args.key.as_deref()),
            args.client_ca.as_deref(),
        )?),
    };
    let sink = sink::start(args.listen, args.payload, tls).await?;
    println!("listening {}", sink.addr);
    std::io::stdout().flush()?;
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = tokio::time::sleep(args.duration) => {}
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
    eprintln!("{}", serde_json::to_string(&*sink.stats)?);
    Ok(())
}

/// Route and target from the flags; starts an in-process sink when there is no --target.
async fn resolve(args: &RouteArgs, payload: Payload) -> Result<(Route, Target, Option<sink::Sink>)> {
    let route = match (args.proxy, args.direct) {
        (Some(relay), false) if args.no_connect => Route::Relay(relay),
        (Some(proxy), false) => Route::Proxy(proxy),
        (None, true) => Route::Direct,
        _ => bail!("give --proxy ADDR or --direct"),
    };
    if let Some(user) = &args.proxy_user {
        net::set_proxy_user(user);
    }
    if let Some(text) = &args.target {
        let target = Target::parse(text)?;
        if matches!(route, Route::Direct) && target.addr.is_none() {
            bail!("--target {text}: does not resolve here (--direct needs an address)");
        }
        return Ok((route, target, None));
    }
    let tls = (payload != Payload::Raw).then(|| tls::server_config(None, None)).transpose()?;
    let sink = sink::start(args.sink_listen, payload, tls).await?;
    let target = Target::parse(&sink.addr.to_string())?;
    Ok((route, target, Some(sink)))
}

fn label(report: &ReportArgs, route: Route) -> String {
    match (report.label.as_str(), route) {
        ("", Route::Direct) => "direct".into(),
        ("", Route::Proxy(addr)) => addr.to_string(),
        ("", Route::Relay(addr)) => format!("relay {addr}"),
        (label, _) => label.into(),
    }
}

/// Prints the report and appends it to `--out`.
fn output<T: Serialize>(report: &T, args: &ReportArgs) -> Result<()> {
    report::write(report, args.json, args.out.as_deref())
}

/// Every JSON object of some JSON-lines files (`--out` files), for `table`, `plot`, `capacity`.
pub fn json_lines(files: &[PathBuf]) -> Result<Vec<serde_json::Value>> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            out.push(serde_json::from_str(line).with_context(|| format!("a line of {}", file.display()))?);
        }
    }
    Ok(out)
}
