//! `soak`: an omsgate gateway under the seed's agent load and steady chaos for a long
//! time, then exact accounting ("never an open proxy, never down, never a lost edit").
//!
//! In flow order:
//! 1. An origin (a [`crate::sink`] that can restart on its port) and a listening socket
//!    for the gateway, both bound here on port 0 and kept, so no port can be raced for.
//! 2. The gateway started on that socket as systemd would (socket activation,
//!    `Type=notify`), on a config written here ([`config`]); its log, stderr and
//!    notifications read for as long as it runs ([`observe`]).
//! 3. The baseline: open fds (and the pool's pipes) once settled, RSS.
//! 4. The load ([`crate::agents`]: uploads at the seed's cadence, each retried on a new
//!    tunnel until acknowledged) and the chaos ([`chaos`]) together, for `--duration`.
//! 5. The end: the agents gone, the policy in force probed (the last edit allowed,
//!    the one before and a never-listed host refused), the gateway's client connections
//!    awaited to 0 (with a deadline), then the figures, the assertions ([`checks`]), a
//!    clean stop (SIGTERM), and a JSON report. The run exits non-zero naming every
//!    assertion that failed.
//!
//! RSS is flat when the median over the last `--rss-window` of the load is at most the
//! median over the `--rss-window` from `--warmup` (past the ramp, the first chaos of
//! every kind and the allocator's start-up growth) plus 10% or 8 MiB, whichever is
//! larger. Medians, because an origin restart makes every agent reconnect at once, and
//! that burst is a passing peak, not growth. The band: under the seed's load the
//! gateway's RSS is ~20–30 MiB and moves by a few MiB between two windows of the same
//! load (mimalloc keeps freed pages per thread and returns them lazily; a reconnect
//! burst leaves some touched); 8 MiB is about twice the largest swing seen in trial
//! runs, and the 10% lets a larger fleet's working set swing in proportion. A leak grows
//! with churn: a 30-minute default run reconnects ~20,000 tunnels, so 8 MiB catches a
//! leak of ~400 bytes per tunnel; two minutes at 100 agents (~600 tunnels) only leaks of
//! ~14 KiB per tunnel, which is what the long run is for. The report's
//! `by_minute_bytes` shows the trend.

mod chaos;
mod checks;
mod config;
mod observe;
mod report;

use std::{
    net::{Ipv4Addr, SocketAddr, TcpListener},
    path::{Path, PathBuf},
    sync::{Arc, atomic::Ordering::Relaxed},
    time::Duration,
};

use anyhow::{Context, Result, bail};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    time::{Instant, sleep},
};

use self::{
    chaos::{Plan, Targets},
    config::ConfigFile,
    observe::{Observed, Sampler},
    report::Measured,
};
use crate::{
    agents::{self, Kills},
    gateway::START_TIMEOUT,
    net::{Route, Target},
    scrape::{self, Metrics},
    sink::{Origin, Payload},
    units::{parse_duration, parse_size},
};

/// A destination no config generation lists (a name: refused before any lookup).
const NEVER_LISTED: &str = "never-listed.soak.invalid:443";
/// Time the last reload gets to be in force once the load is over.
const PROBE_WITHIN: Duration = Duration::from_secs(5);
/// Time open fds get to settle at the baseline and at the end.
const FDS_SETTLE: Duration = Duration::from_secs(5);
/// How often the drain is polled.
const DRAIN_POLL: Duration = Duration::from_millis(100);
/// Time one tunnel opening or one upload attempt may take before it is retried.
const ACK_TIMEOUT: Duration = Duration::from_secs(10);
/// Attempts per upload: in effect until acknowledged, since the run's end and grace
/// stop an agent long before (an attempt takes at least the 100 ms first backoff).
const MAX_ATTEMPTS: u32 = 10_000;

/// `soak` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The omsgate binary to start (its `run` and `reload` commands are used).
    #[arg(long)]
    omsgate: PathBuf,
    /// Agents, each a tunnel uploading every --interval (300 keeps a 2-core machine
    /// busy but not saturated, with the gateway, agents and origin all on it).
    #[arg(long, default_value_t = 300)]
    agents: u64,
    /// Time between one agent's uploads (the seed's cadence).
    #[arg(long, value_parser = parse_duration, default_value = "6s")]
    interval: Duration,
    /// Bytes per upload (the seed's).
    #[arg(long, value_parser = parse_size, default_value = "200KiB")]
    upload: u64,
    /// Length of the load and the chaos.
    #[arg(long, value_parser = parse_duration, default_value = "2m")]
    duration: Duration,
    /// Tunnels open spread over this time.
    #[arg(long, value_parser = parse_duration, default_value = "5s")]
    ramp: Duration,
    /// When the RSS reference window starts, from the start of the load.
    #[arg(long, value_parser = parse_duration, default_value = "30s")]
    warmup: Duration,
    /// Length of the RSS reference window and of the end window.
    #[arg(long, value_parser = parse_duration, default_value = "12s")]
    rss_window: Duration,
    /// RSS growth allowed from the warm-up to the end, in percent of the warm RSS ...
    #[arg(long, default_value_t = 10.0)]
    rss_band_percent: f64,
    /// ... or this much, whichever is larger (see the module doc).
    #[arg(long, value_parser = parse_size, default_value = "8MiB")]
    rss_band_floor: u64,
    /// Time uploads still in flight at the end get to be acknowledged.
    #[arg(long, value_parser = parse_duration, default_value = "30s")]
    grace: Duration,
    /// Time the gateway gets to close every tunnel once the agents are gone.
    #[arg(long, value_parser = parse_duration, default_value = "30s")]
    drain_timeout: Duration,
    /// One client kill (an upload aborted mid-way with an RST) per period; 0s: none.
    #[arg(long, value_parser = parse_duration, default_value = "1s")]
    kill_every: Duration,
    /// One origin restart per period; 0s: none.
    #[arg(long, value_parser = parse_duration, default_value = "30s")]
    restart_every: Duration,
    /// How long the origin stays down at each restart.
    #[arg(long, value_parser = parse_duration, default_value = "2s")]
    restart_down: Duration,
    /// One reload per period (config rewritten, then `omsgate reload` and SIGHUP in
    /// turn); 0s: none.
    #[arg(long, value_parser = parse_duration, default_value = "3s")]
    reload_every: Duration,
    /// When the SIGHUP storm starts (default: half-way through the load).
    #[arg(long, value_parser = parse_duration)]
    storm_at: Option<Duration>,
    /// No SIGHUP storm.
    #[arg(long, conflicts_with = "storm_at")]
    no_storm: bool,
    /// SIGHUPs in the storm.
    #[arg(long, default_value_t = 200)]
    storm_signals: u32,
    /// Time the storm's SIGHUPs are spread over.
    #[arg(long, value_parser = parse_duration, default_value = "1s")]
    storm_within: Duration,
    /// `opaque` (real handshakes, cleartext records) or `tls` uploads.
    #[arg(long, value_enum, default_value = "opaque")]
    payload: Payload,
    /// Directory for the config and the gateway's log, kept; default: a new one under
    /// the temp directory, removed after a passing run.
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    json: bool,
    /// Also append the report as one JSON line to this file.
    #[arg(long)]
    out: Option<PathBuf>,
    /// No progress line.
    #[arg(long)]
    quiet: bool,
}

/// Runs the soak, prints the report, and fails naming the checks that did not hold.
pub async fn run(args: Args) -> Result<()> {
    validate(&args)?;
    let wall = Instant::now();
    let loadavg_start = crate::report::loadavg();
    let (dir, made) = work_dir(args.dir.clone())?;

    // 1. Origin and gateway socket, bound here on port 0 and kept.
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("the gateway's socket")?;
    let proxy = listener.local_addr()?;
    let tls = (args.payload == Payload::Tls).then(|| crate::tls::server_config(None, None)).transpose()?;
    let mut origin = Origin::bind(Ipv4Addr::LOCALHOST.into(), args.payload, tls)?;
    origin.start()?;

    // 2. The gateway, on the socket, on a config written here.
    let mut config = ConfigFile::new(dir.join("omsgate.toml"), proxy, origin.addr);
    config.write_next()?;
    let mut gw = Observed::start(&args.omsgate, config.path(), &listener, dir.join("gateway.log"))
        .await
        .with_context(|| format!("starting omsgate (config and log kept in {})", dir.display()))?;
    // The gateway holds its own copy; without ours, a dead gateway refuses agents at once.
    drop(listener);
    eprintln!(
        "soak: omsgate pid {} on {proxy}, metrics {}, origin {}; log {}",
        gw.pid,
        gw.metrics,
        origin.addr,
        gw.log_path.display()
    );

    // 3. The baseline, after one reload by command, so the control socket is counted.
    config.write_next()?;
    let (first_reload, first_reload_attempts) = first_reload(&args.omsgate, config.path()).await;
    let baseline = gw.settled_fds(FDS_SETTLE).await?;
    let start_rss = crate::proc::sample(gw.pid).map_or(0, |s| s.rss_bytes);

    // 4. Load and chaos together.
    let start = Instant::now();
    let sampler = Sampler::start(gw.pid, start);
    let kills = Arc::new(Kills::default());
    let plan = plan(&args);
    let load = agents::run(fleet(&args, proxy, origin.addr, kills.clone())?);
    let targets = Targets {
        kills: &kills,
        origin: &mut origin,
        config: &mut config,
        omsgate: &args.omsgate,
        gateway: gw.pid,
        tally: &gw.log,
    };
    let (agents, chaos) = tokio::join!(load, chaos::run(&plan, start, start + args.duration, targets));
    let (agents, mut chaos) = (agents?, chaos?);
    if let Err(e) = &first_reload {
        chaos.reload_failures += 1;
        chaos.first_reload_failure = Some(format!("the reload before the baseline: {e:#}"));
    }
    let alive_after_load = gw.exited().is_none();
    let policy = policy_probe(proxy, &config).await;

    // 5. The end: the gateway drained, measured, asked /readyz, stopped.
    let drain_began = Instant::now();
    let end_metrics = drain(&gw, args.drain_timeout).await;
    let drain_s = drain_began.elapsed().as_secs_f64();
    let end_fds = gw.settled_fds(FDS_SETTLE).await;
    let end_rss = crate::proc::sample(gw.pid).unwrap_or_default();
    let samples = sampler.finish().await;
    let readyz = scrape::get(gw.metrics, "/readyz").await.map(|(code, _)| code).map_err(|e| format!("{e:#}"));
    let exited_during_run = gw.exited().map(|s| s.to_string());
    let exit = gw.stop().await;

    let measured = Measured {
        loadavg_start,
        wall_s: wall.elapsed().as_secs_f64(),
        dir_made: made,
        agents,
        chaos,
        kills_done: kills.done(),
        baseline_reload_ok: first_reload.is_ok(),
        first_reload_attempts,
        origin_acked: origin.stats.acked.load(Relaxed),
        origin_errors: origin.stats.errors.load(Relaxed),
        alive_after_load,
        baseline,
        start_rss,
        drain_s,
        end: end_metrics.and_then(|m| Ok((m, end_fds?))).map_err(|e| format!("{e:#}")),
        after_drain_rss: end_rss.rss_bytes,
        peak_rss: end_rss.peak_rss_bytes,
        samples,
        readyz,
        exited_during_run,
        exit: exit.map(|s| (s.to_string(), s.success())),
        policy,
    };
    let report = report::judge(&args, &plan, measured, &gw);
    crate::report::write(&report, args.json, args.out.as_deref())?;
    if !report.failed().is_empty() {
        bail!(
            "soak failed: {} (config and gateway log kept in {})",
            report.failed().join(", "),
            dir.display()
        );
    }
    if made {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}

/// The load: the seed's agents through the gateway to the origin, each upload retried
/// on a new tunnel until acknowledged (the run's end and grace bound the attempts).
fn fleet(args: &Args, proxy: SocketAddr, origin: SocketAddr, kills: Arc<Kills>) -> Result<agents::Options> {
    Ok(agents::Options {
        route: Route::Proxy(proxy),
        target: Target::parse(&origin.to_string())?,
        count: args.agents,
        interval: args.interval,
        upload: args.upload,
        duration: args.duration,
        ramp: args.ramp.min(args.duration),
        grace: args.grace,
        payload: args.payload,
        tls12: false,
        client_identity: None,
        sni: None,
        ack_timeout: ACK_TIMEOUT,
        max_attempts: MAX_ATTEMPTS,
        sources: 16,
        label: "omsgate soak".into(),
        gateway_pid: None,
        quiet: args.quiet,
        kills: Some(kills),
    })
}

fn validate(args: &Args) -> Result<()> {
    if args.agents == 0 || args.interval.is_zero() {
        bail!("--agents and --interval must be above 0");
    }
    if args.warmup + args.rss_window * 2 > args.duration {
        bail!(
            "--duration {:?} is too short for --warmup {:?} and two --rss-window {:?} (the warm and end RSS windows)",
            args.duration,
            args.warmup,
            args.rss_window
        );
    }
    if !args.omsgate.is_file() {
        bail!("--omsgate {}: no such file", args.omsgate.display());
    }
    Ok(())
}

/// The directory for the config and log: `--dir` (kept), or a new one (`true`: made here).
fn work_dir(dir: Option<PathBuf>) -> Result<(PathBuf, bool)> {
    if let Some(dir) = dir {
        std::fs::create_dir_all(&dir).with_context(|| format!("--dir {}", dir.display()))?;
        return Ok((std::fs::canonicalize(&dir)?, false));
    }
    let dir = std::env::temp_dir().join(format!(
        "omsgate-soak-{}-{:08x}",
        std::process::id(),
        rand::random::<u32>()
    ));
    std::fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok((dir, true))
}

fn plan(args: &Args) -> Plan {
    let every = |d: Duration| (!d.is_zero()).then_some(d);
    Plan {
        kill_every: every(args.kill_every),
        restart_every: every(args.restart_every),
        restart_down: args.restart_down,
        reload_every: every(args.reload_every),
        storm_at: (!args.no_storm).then(|| args.storm_at.unwrap_or(args.duration / 2)),
        storm_signals: args.storm_signals,
        storm_within: args.storm_within,
    }
}

/// The first `omsgate reload`, asked again (for up to [`START_TIMEOUT`]) while it fails.
/// omsgate sends READY=1 before it binds its control socket, so a reload asked right
/// after READY=1 can find no gateway (exit 1, "no running gateway serves …"): a race in
/// the gateway, which systemd's `ExecReload=omsgate reload` can hit too. The soak is
/// about steady chaos, so it waits; the report shows the attempts it took.
async fn first_reload(omsgate: &Path, config: &Path) -> (Result<()>, u32) {
    let deadline = Instant::now() + START_TIMEOUT;
    let mut attempts = 1;
    loop {
        let result = chaos::reload_by_command(omsgate, config).await;
        if result.is_ok() || Instant::now() >= deadline {
            if attempts > 1 {
                eprintln!(
                    "soak: the first reload after READY=1 took {attempts} attempts (control socket bound late)"
                );
            }
            return (result, attempts);
        }
        sleep(DRAIN_POLL).await;
        attempts += 1;
    }
}

/// What the gateway answers a CONNECT to the last generation's marker, to the one
/// before, and to a host never listed (see [`config`]). The last edit may have been a
/// SIGHUP that the gateway is still acting on: asked again for up to [`PROBE_WITHIN`]
/// while that one is refused.
async fn policy_probe(proxy: SocketAddr, config: &ConfigFile) -> [checks::Answer; 3] {
    let (Some(current), Some(previous)) = (config.current_marker(), config.previous_marker()) else {
        unreachable!("the config is written twice before the load");
    };
    let deadline = Instant::now() + PROBE_WITHIN;
    let mut now = connect_status(proxy, &current.to_string()).await;
    while now == Ok(403) && Instant::now() < deadline {
        sleep(DRAIN_POLL).await;
        now = connect_status(proxy, &current.to_string()).await;
    }
    [now, connect_status(proxy, &previous.to_string()).await, connect_status(proxy, NEVER_LISTED).await]
}

/// The status of the gateway's answer to `CONNECT authority` (the tunnel of a 200 is
/// closed at once, unused; a refusal's body is not read).
async fn connect_status(proxy: SocketAddr, authority: &str) -> checks::Answer {
    let attempt = async {
        let mut stream = tokio::net::TcpStream::connect(proxy).await?;
        let request = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n");
        stream.write_all(request.as_bytes()).await?;
        let mut head = Vec::new();
        let mut buf = [0u8; 1024];
        // Bounded: the status line comes first, and a head is at most a few hundred bytes.
        while !head.windows(2).any(|w| w == b"\r\n") && head.len() < 8192 {
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            head.extend_from_slice(&buf[..n]);
        }
        Ok::<_, std::io::Error>(head)
    };
    let head = match tokio::time::timeout(ACK_TIMEOUT, attempt).await {
        Ok(Ok(head)) => head,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(_) => return Err("no answer".into()),
    };
    let line = String::from_utf8_lossy(&head);
    let line = line.lines().next().unwrap_or_default();
    line.split_whitespace().nth(1).and_then(|c| c.parse().ok()).ok_or_else(|| format!("not HTTP: {line:?}"))
}

/// Polls `/metrics` until no client connection is open, or `within` passed; the last scrape.
async fn drain(gw: &Observed, within: Duration) -> Result<Metrics> {
    let deadline = Instant::now() + within;
    loop {
        let m = gw.metrics().await?;
        if m.total("omsgate_active_client_connections") == 0.0 || Instant::now() >= deadline {
            return Ok(m);
        }
        sleep(DRAIN_POLL).await;
    }
}
