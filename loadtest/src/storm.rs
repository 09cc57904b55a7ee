//! `storm`: a reconnect storm. N agents hold tunnels through one gateway (`--proxy`);
//! it is killed (SIGKILL of `--kill-pid`), so every agent loses its tunnel at once, and
//! each reconnects with the agents' backoff (100 ms doubling to 5 s, ±50 % jitter, as
//! [`crate::agents`]) to a fresh node (`--fresh`: already running and cold, no tunnel
//! yet), as a load balancer would send them. An agent notices the loss as a real one
//! does: its idle tunnel's read ends (EOF or reset).
//!
//! Reported: the time from the kill until 99 % and 100 % of the agents are reconnected,
//! failed attempts, the fresh node's peak CPU (over 100 ms windows), CPU seconds, peak
//! RSS and peak threads, and the reconnected count every 100 ms (`timeline`, for a
//! chart). The gateways are the caller's (it started them, it passes their PIDs), so
//! any proxy can be stormed the same way; HAProxy is reached with `--no-connect`.

use std::{
    net::SocketAddr,
    path::PathBuf,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering::Relaxed},
    },
    time::Duration,
};

use anyhow::{Context, Result, bail};
use rustls::pki_types::ServerName;
use serde::{Deserialize, Serialize};
use tokio::{
    io::AsyncReadExt,
    net::TcpStream,
    sync::watch,
    time::{Instant, sleep, sleep_until, timeout},
};
use tokio_rustls::TlsConnector;

use crate::{
    agents::{BACKOFF_START, jitter},
    net::{self, Route, Sources, Target},
    proc::{self, PeakThreads},
    report::{self, Latency},
    sink::{self, Payload, Side},
    units::parse_duration,
};

/// Sampling period of the fresh node's CPU and of the timeline.
const TICK: Duration = Duration::from_millis(100);
/// Time one open attempt may take.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// `storm` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The gateway the agents use first; it is killed.
    #[arg(long)]
    proxy: SocketAddr,
    /// PID of that gateway (the caller started it): SIGKILL starts the storm.
    #[arg(long)]
    kill_pid: u32,
    /// The fresh node the agents reconnect to (already running).
    #[arg(long)]
    fresh: SocketAddr,
    /// PID of the fresh node, measured from /proc.
    #[arg(long)]
    fresh_pid: u32,
    /// Both gateways are plain TCP relays to the sink (HAProxy in TCP mode): no CONNECT.
    #[arg(long)]
    no_connect: bool,
    /// The sink, `host:port` (an `opaque` sink: `sink --payload opaque`); without it an
    /// in-process sink is started (two more open files per agent in this process).
    #[arg(long)]
    target: Option<String>,
    /// Agents.
    #[arg(long, default_value_t = 1000)]
    count: u64,
    /// Tunnels open spread over this time before the kill.
    #[arg(long, value_parser = parse_duration, default_value = "5s")]
    ramp: Duration,
    /// Longest wait for every agent to reconnect after the kill.
    #[arg(long, value_parser = parse_duration, default_value = "60s")]
    deadline: Duration,
    /// Loopback source addresses (127.0.0.1..N), used in turn as ports run out.
    #[arg(long, default_value_t = 16)]
    sources: u8,
    /// Peer name in the report.
    #[arg(long, default_value = "")]
    label: String,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    json: bool,
    /// Also append the report as one JSON line here.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// The storm's figures.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StormReport {
    /// Always `"storm"`.
    pub kind: String,
    /// Peer name.
    pub label: String,
    /// Agents simulated.
    pub agents: u64,
    /// Agents holding a tunnel when the gateway was killed.
    pub established: u64,
    /// Agents that noticed the loss (their tunnel's read ended).
    pub lost: u64,
    /// Agents reconnected to the fresh node by the end.
    pub reconnected: u64,
    /// Seconds from the kill until 99 % of the established agents were reconnected.
    pub reconnected_99_s: Option<f64>,
    /// Seconds from the kill until all of them were (`None`: not within the deadline).
    pub reconnected_100_s: Option<f64>,
    /// Each agent's time from the kill to its new tunnel, in ms.
    pub reconnect_ms: Latency,
    /// Reconnect attempts that failed (refused, CONNECT error, handshake, timeout).
    pub failed_attempts: u64,
    /// Fresh node: highest CPU share of one core over a 100 ms window during the storm.
    pub fresh_peak_cpu_share: f64,
    /// Fresh node: CPU seconds from the kill until every agent was back (or the deadline).
    pub fresh_cpu_seconds: f64,
    /// Fresh node: RSS before the storm.
    pub fresh_rss_before_bytes: u64,
    /// Fresh node: peak RSS (VmHWM) after the storm.
    pub fresh_peak_rss_bytes: u64,
    /// Fresh node: most threads at once, sampled every 10 ms.
    pub fresh_peak_threads: u64,
    /// `[seconds since the kill, agents reconnected]` every 100 ms.
    pub timeline: Vec<[f64; 2]>,
    /// /proc/loadavg when the run started.
    pub loadavg: String,
}

/// What every agent task shares.
struct Storm {
    first: Route,
    fresh: Route,
    target: Target,
    connector: TlsConnector,
    server_name: ServerName<'static>,
    sources: Sources,
    established: AtomicU64,
    lost: AtomicU64,
    failed: AtomicU64,
    reconnected: AtomicU64,
    /// Each reconnect's instant (once per agent, not per read).
    back_at: Mutex<Vec<Instant>>,
}

/// Runs the storm and prints (and appends) its report.
pub async fn run(args: Args) -> Result<()> {
    let report = storm(&args).await?;
    report::write(&report, args.json, args.out.as_deref())?;
    if report.reconnected < report.established {
        bail!(
            "{} of {} agents did not reconnect within {:?}",
            report.established - report.reconnected,
            report.established,
            args.deadline
        );
    }
    Ok(())
}

async fn storm(args: &Args) -> Result<StormReport> {
    let loadavg = report::loadavg();
    let (_sink, target) = match &args.target {
        Some(text) => (None, Target::parse(text)?),
        None => {
            let tls = Some(crate::tls::server_config(None, None)?);
            let sink = sink::start("127.0.0.1:0".parse()?, Payload::Opaque, tls).await?;
            let target = Target::parse(&sink.addr.to_string())?;
            (Some(sink), target)
        }
    };
    let route = |addr| if args.no_connect { Route::Relay(addr) } else { Route::Proxy(addr) };
    let storm = Arc::new(Storm {
        first: route(args.proxy),
        fresh: route(args.fresh),
        server_name: crate::tls::server_name(&target.host)?,
        target,
        connector: TlsConnector::from(crate::tls::client_config(false, None)?),
        sources: Sources::loopback(args.sources, false),
        established: AtomicU64::new(0),
        lost: AtomicU64::new(0),
        failed: AtomicU64::new(0),
        reconnected: AtomicU64::new(0),
        back_at: Mutex::new(Vec::with_capacity(args.count as usize)),
    });
    let (release, released) = watch::channel(false);
    let start = Instant::now();
    let tasks: Vec<_> = (0..args.count)
        .map(|i| {
            let offset = args.ramp.mul_f64(i as f64 / args.count.max(1) as f64);
            tokio::spawn(agent(storm.clone(), start + offset, released.clone()))
        })
        .collect();

    // Every agent established (bounded), then the fresh node's state before the storm.
    let ready_by = start + args.ramp + Duration::from_secs(30);
    while storm.established.load(Relaxed) < args.count && Instant::now() < ready_by {
        sleep(Duration::from_millis(20)).await;
    }
    let established = storm.established.load(Relaxed);
    if established == 0 {
        bail!("no agent could open a tunnel through {}", args.proxy);
    }
    let before = proc::sample(args.fresh_pid).context("--fresh-pid: no such process")?;
    let threads = PeakThreads::start(args.fresh_pid, Duration::from_millis(10));

    let killed = Instant::now();
    let pid = rustix::process::Pid::from_raw(args.kill_pid as i32).context("--kill-pid")?;
    rustix::process::kill_process(pid, rustix::process::Signal::KILL).context("kill -9 of --kill-pid")?;

    let mut timeline = Vec::new();
    let mut peak_share: f64 = 0.0;
    let mut last = before;
    let deadline = killed + args.deadline;
    loop {
        sleep_until(killed + TICK * (timeline.len() as u32 + 1)).await;
        let back = storm.reconnected.load(Relaxed);
        timeline.push([killed.elapsed().as_secs_f64(), back as f64]);
        if let Some(now) = proc::sample(args.fresh_pid) {
            peak_share = peak_share.max((now.cpu_seconds - last.cpu_seconds) / TICK.as_secs_f64());
            last = now;
        }
        if back >= established || Instant::now() >= deadline {
            break;
        }
    }
    let after = proc::sample(args.fresh_pid).unwrap_or(last);
    let fresh_peak_threads = threads.peak();
    drop(threads);
    let _ = release.send(true);
    let stop_by = Instant::now() + Duration::from_secs(5);
    for mut task in tasks {
        // Agents still backing off (never reconnected) are stopped.
        if tokio::time::timeout_at(stop_by, &mut task).await.is_err() {
            task.abort();
        }
    }

    let mut back: Vec<f64> = storm
        .back_at
        .lock()
        .expect("reconnect list")
        .iter()
        .map(|t| t.saturating_duration_since(killed).as_secs_f64())
        .collect();
    back.sort_by(f64::total_cmp);
    let mut histogram = report::new_histogram();
    for s in &back {
        histogram.saturating_record(((s * 1e6) as u64).max(1));
    }
    let at_share = |share: f64| {
        let needed = (established as f64 * share).ceil() as usize;
        (needed > 0 && back.len() >= needed).then(|| back[needed - 1])
    };
    Ok(StormReport {
        kind: "storm".into(),
        label: args.label.clone(),
        agents: args.count,
        established,
        lost: storm.lost.load(Relaxed),
        reconnected: back.len() as u64,
        reconnected_99_s: at_share(0.99),
        reconnected_100_s: at_share(1.0),
        reconnect_ms: Latency::from_micros(&histogram),
        failed_attempts: storm.failed.load(Relaxed),
        fresh_peak_cpu_share: peak_share,
        fresh_cpu_seconds: after.cpu_seconds - before.cpu_seconds,
        fresh_rss_before_bytes: before.rss_bytes,
        fresh_peak_rss_bytes: after.peak_rss_bytes,
        fresh_peak_threads,
        timeline,
        loadavg,
    })
}

/// One agent: a tunnel through the first gateway, the loss, a tunnel through the fresh one.
async fn agent(storm: Arc<Storm>, at: Instant, mut released: watch::Receiver<bool>) {
    sleep_until(at).await;
    let Some(mut tunnel) = storm.open_with_backoff(storm.first, false).await else { return };
    storm.established.fetch_add(1, Relaxed);
    // Idle until the gateway dies: the sink never speaks first, so a read ends only then.
    let mut byte = [0u8; 1];
    tokio::select! {
        _ = tunnel.read(&mut byte) => {}
        _ = released.wait_for(|done| *done) => return,
    }
    drop(tunnel);
    storm.lost.fetch_add(1, Relaxed);
    let Some(tunnel) = storm.open_with_backoff(storm.fresh, true).await else { return };
    storm.back_at.lock().expect("reconnect list").push(Instant::now());
    storm.reconnected.fetch_add(1, Relaxed);
    let _ = released.wait_for(|done| *done).await;
    drop(tunnel);
}

impl Storm {
    /// Opens a tunnel, retrying with the agents' backoff; `counted` failures are the
    /// storm's failed attempts. Gives up when the run is over (an attempt limit of 30).
    async fn open_with_backoff(&self, route: Route, counted: bool) -> Option<TcpStream> {
        let mut backoff = BACKOFF_START;
        for _ in 0..30 {
            match timeout(ATTEMPT_TIMEOUT, self.open(route)).await {
                Ok(Ok(tcp)) => return Some(tcp),
                _ if counted => {
                    self.failed.fetch_add(1, Relaxed);
                }
                _ => {}
            }
            sleep(jitter(&mut backoff)).await;
        }
        None
    }

    /// TCP (+ CONNECT), the TLS handshake with the sink and the opaque barrier.
    async fn open(&self, route: Route) -> Result<TcpStream> {
        let tcp = net::open(route, &self.target, &self.sources).await?;
        let tls = self.connector.connect(self.server_name.clone(), tcp).await?;
        let (mut tcp, conn) = tls.into_inner();
        sink::barrier(&mut tcp, &conn, Side::Client).await?;
        Ok(tcp)
    }
}
