//! `capacity`: runs a gateway in a CPU/memory box, drives it with agent fleets of
//! growing size from the other cores, and finds the largest fleet that meets the SLO.
//!
//! Every scenario runs in child processes of this binary (`sink`, `agents`, `bulk`,
//! `rate`), pinned to the load cores, because each process has its own open-file limit
//! and the measurement must not share a core with the gateway. Without `--gateway-cmd`
//! the same scenarios run direct: that is the baseline the SLO is measured against.
//!
//! SLO for one step of N agents: no lost uploads; p99 upload latency at most
//! `--slo-p99-over-direct` above the direct p99 at the same N; gateway CPU below
//! `--slo-cpu-share` of its CPU allowance.
//!
//! Ports: by default the gateway binds `--proxy` and the sinks `--sink` and `--raw-sink`
//! (fixed ports, so any proxy's config can name them). A caller that must not race for
//! ports (a test) binds them itself: `--external-sinks` uses sinks it already started
//! (on port 0), and `--gateway-socket stdin` hands the listening socket on stdin to every
//! gateway as systemd's socket activation does, and waits for the gateway's `READY=1`
//! (both ways of starting a gateway are in [`crate::gateway`]).

use std::{
    collections::BTreeMap,
    net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener},
    os::fd::AsFd,
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use anyhow::{Context, Result, bail};
use serde::Serialize;
use serde_json::Value;
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
    time::timeout,
};

use crate::{
    gateway::{self, Gateway, Listen, Notify, START_TIMEOUT},
    limits::{self, Boxed},
    report::AgentsReport,
    units::{parse_duration, parse_size},
};

/// `capacity` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gateway command (shell words); omit for the direct baseline.
    #[arg(long)]
    gateway_cmd: Option<String>,
    /// Where the gateway listens.
    #[arg(long, default_value = "127.0.0.1:18080")]
    proxy: SocketAddr,
    /// Hand every gateway a listening socket instead of letting it bind --proxy.
    /// Each gateway gets it as systemd's socket activation passes it (fd 3,
    /// LISTEN_FDS=1, LISTEN_PID) and must send READY=1 to NOTIFY_SOCKET (systemd
    /// Type=notify), as omsgate does. Agents connect to the socket's address.
    /// Connections queued while no gateway runs are accepted and closed.
    #[arg(long, value_enum, requires = "gateway_cmd", conflicts_with = "proxy")]
    gateway_socket: Option<GatewaySocket>,
    /// --proxy is a plain TCP relay to --sink, not a CONNECT proxy (HAProxy in TCP mode,
    /// the floor peer): the load connects and speaks to the sink at once. Bulk and rate
    /// go through --raw-proxy, the relay to --raw-sink.
    #[arg(long)]
    no_connect: bool,
    /// With --no-connect: the relay to --raw-sink (default: --proxy's port + 1).
    #[arg(long, requires = "no_connect")]
    raw_proxy: Option<SocketAddr>,
    /// Where the agents' sink listens (the gateway must allow it).
    #[arg(long, default_value = "127.0.0.1:18443")]
    sink: SocketAddr,
    /// Agents CONNECT to this name at --sink's port instead of --sink's address, so the
    /// gateway must resolve it (its own DNS server: `perf/capacity/dns.py`).
    #[arg(long)]
    sink_name: Option<String>,
    /// Where the raw sink for bulk/rate listens (the gateway must allow it).
    #[arg(long, default_value = "127.0.0.1:18444")]
    raw_sink: SocketAddr,
    /// Start no sinks: they already run at --sink (with --payload) and --raw-sink (`sink
    /// --payload raw`), e.g. started by the caller on port 0 so that their ports are
    /// known before the gateway's config is written.
    #[arg(long)]
    external_sinks: bool,
    /// CPU allowance of the gateway, in cores.
    #[arg(long, default_value_t = 1.0)]
    cpus: f64,
    /// Memory allowance of the gateway.
    #[arg(long, value_parser = parse_size, default_value = "4GiB")]
    memory: u64,
    /// Fleet sizes to try, ascending.
    #[arg(long, value_delimiter = ',', default_value = "600,2000,5000")]
    counts: Vec<u64>,
    /// Beyond the list: grow while the SLO holds, bisect after the first miss.
    #[arg(long)]
    search: bool,
    /// Run every count even after one misses the SLO (for side-by-side comparisons).
    #[arg(long)]
    all_counts: bool,
    /// Largest fleet tried (one gateway process holds ~9,900 tunnels at NOFILE 20,000).
    #[arg(long, default_value_t = 9_900)]
    max_agents: u64,
    /// Most agent steps in one run.
    #[arg(long, default_value_t = 8)]
    max_steps: usize,
    /// Time between one agent's uploads.
    #[arg(long, value_parser = parse_duration, default_value = "6s")]
    interval: Duration,
    /// Bytes per upload.
    #[arg(long, value_parser = parse_size, default_value = "200KiB")]
    upload: u64,
    /// Length of each step, ramp included.
    #[arg(long, value_parser = parse_duration, default_value = "40s")]
    duration: Duration,
    /// Ramp of each step.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    ramp: Duration,
    /// `opaque` or `tls` uploads.
    #[arg(long, default_value = "opaque")]
    payload: String,
    /// SLO: p99 upload latency may exceed the direct p99 by this much.
    #[arg(long, value_parser = parse_duration, default_value = "1ms")]
    slo_p99_over_direct: Duration,
    /// SLO: gateway CPU below this share of its allowance.
    #[arg(long, default_value_t = 0.9)]
    slo_cpu_share: f64,
    /// Direct-run reports (JSON lines) to take the baseline p99 from instead of running it.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Also run bulk (16 tunnels and 1), rate, and idle-tunnel RSS.
    #[arg(long)]
    extras: bool,
    /// Pushing time of each bulk run and length of the rate run.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    extras_duration: Duration,
    /// Tunnels held open for the idle-RSS measurement (for --duration, with --ramp).
    #[arg(long, default_value_t = 5000)]
    idle_count: u64,
    /// Peer name in reports.
    #[arg(long, default_value = "omsgate")]
    label: String,
    /// Append every step's report (JSON lines) here.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Where the gateway's stdout and stderr (its logs) go; a file, as in production.
    #[arg(long, default_value = "/tmp/omsgate-loadtest-gateway.log")]
    gateway_log: PathBuf,
    /// Write a chart (.png or .svg) of the steps.
    #[arg(long)]
    chart: Option<PathBuf>,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    json: bool,
}

/// Where the gateways' listening socket comes from (`--gateway-socket`).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum GatewaySocket {
    /// The listening TCP socket is this process's stdin (bound by the caller, e.g. on
    /// port 0 by a test that then writes the gateway's config with its port).
    Stdin,
}

/// One agent step and its verdict.
#[derive(Debug, Serialize)]
struct Step {
    agents: u64,
    direct_p99_ms: Option<f64>,
    slo_met: bool,
    why_not: Vec<String>,
    report: AgentsReport,
}

/// The capacity summary.
#[derive(Debug, Serialize)]
struct Summary {
    label: String,
    limiter: String,
    cores_gateway: String,
    cores_load: String,
    largest_ok: Option<u64>,
    agents_per_core_measured: Option<f64>,
    cpu_us_per_upload_mean: Option<f64>,
    agents_per_core_cpu_bound: Option<f64>,
    steps: Vec<Step>,
    extras: Vec<Value>,
}

/// Runs the capacity search.
pub async fn run(args: Args) -> Result<()> {
    let (gw_cores, load_cores) = limits::split_cores(args.cpus);
    let boxed = Boxed::create(&gw_cores, args.cpus, args.memory);
    let exe = std::env::current_exe()?;
    let gateways = args.gateway_cmd.as_deref().map(|cmd| Launcher::new(cmd, &boxed, &args)).transpose()?;
    let gateways = gateways.as_ref();
    let label = if gateways.is_some() { args.label.clone() } else { "direct".into() };
    eprintln!("capacity: {label}; gateway {}; load on cores {load_cores}", boxed.describe());
    let bound = args.duration + Duration::from_secs(600);
    let mut sink = Spawned::sink(&exe, &load_cores, &args, args.sink, &args.payload, bound).await?;
    let mut baseline = match &args.baseline {
        Some(file) => baseline_from(&crate::json_lines(std::slice::from_ref(file))?),
        None => BTreeMap::new(),
    };

    let mut steps: Vec<Step> = Vec::new();
    let mut queue: Vec<u64> = args.counts.iter().copied().filter(|&n| n <= args.max_agents).collect();
    queue.sort_unstable();
    queue.reverse(); // pop() takes the smallest
    while let Some(n) = queue.pop() {
        if steps.len() >= args.max_steps {
            break;
        }
        let direct_p99 = if gateways.is_none() {
            None
        } else {
            if let std::collections::btree_map::Entry::Vacant(slot) = baseline.entry(n) {
                // Run just before the gateway step, so both see the same machine noise.
                let paired = format!("direct (paired with {label})");
                let r = agents_child(&exe, &load_cores, &args, n, None, &paired).await?;
                if let Some(out) = &args.out {
                    append(out, &serde_json::to_value(&r)?)?;
                }
                slot.insert(r.latency_ms.p99);
            }
            baseline.get(&n).copied()
        };
        let report = match gateways {
            Some(gateways) => {
                let mut gw = gateways.start().await?;
                let proxy = Some((gateways.proxy, gw.pid));
                let r = agents_child(&exe, &load_cores, &args, n, proxy, &label).await;
                gw.stop().await;
                r?
            }
            None => agents_child(&exe, &load_cores, &args, n, None, "direct").await?,
        };
        let why_not = verdict(&report, direct_p99, &args);
        eprintln!(
            "  {n:>6} agents: p99 {:.2} ms (direct {}), lost {}, cpu share {}, {}",
            report.latency_ms.p99,
            direct_p99.map_or("-".into(), |p| format!("{p:.2} ms")),
            report.uploads_lost,
            report.gateway_cpu_share.map_or("-".into(), |s| format!("{:.0}%", s * 100.0)),
            if why_not.is_empty() { "SLO met".to_string() } else { why_not.join("; ") }
        );
        if let Some(out) = &args.out {
            // The verdict travels with the report, so `table` uses the same baseline.
            let mut value = serde_json::to_value(&report)?;
            value["direct_p99_ms"] = serde_json::json!(direct_p99);
            value["slo_met"] = serde_json::json!(why_not.is_empty());
            value["slo_misses"] = serde_json::json!(why_not);
            append(out, &value)?;
        }
        let met = why_not.is_empty();
        steps.push(Step { agents: n, direct_p99_ms: direct_p99, slo_met: met, why_not, report });
        if args.search && queue.is_empty() {
            if let Some(next) = next_count(&steps, args.max_agents) {
                queue.push(next);
            }
        } else if !met && !args.all_counts {
            queue.clear(); // larger fleets would miss too
            if let Some(next) = next_count(&steps, args.max_agents).filter(|_| args.search) {
                queue.push(next);
            }
        }
    }

    let mut extras = Vec::new();
    if args.extras {
        sink.stop().await;
        extras = run_extras(&exe, &load_cores, &args, gateways, &label).await?;
    }
    sink.stop().await;

    let summary = summarize(&label, &boxed, &gw_cores, &load_cores, &args, steps, extras);
    if let Some(chart) = &args.chart {
        let reports: Vec<Value> =
            summary.steps.iter().map(|s| serde_json::to_value(&s.report)).collect::<Result<_, _>>()?;
        crate::plot::chart(&reports, chart)?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    }
    eprintln!("{}", steps_table(&summary));
    Ok(())
}

/// Why a step misses the SLO (empty when it meets it).
fn verdict(r: &AgentsReport, direct_p99: Option<f64>, args: &Args) -> Vec<String> {
    let mut why = Vec::new();
    if r.uploads_lost > 0 {
        why.push(format!("{} uploads lost", r.uploads_lost));
    }
    if r.agents_connected < r.agents {
        why.push(format!("only {} of {} agents connected", r.agents_connected, r.agents));
    }
    if let Some(direct) = direct_p99 {
        let bound = direct + args.slo_p99_over_direct.as_secs_f64() * 1e3;
        if r.latency_ms.p99 > bound {
            why.push(format!("p99 {:.2} ms > {:.2} ms", r.latency_ms.p99, bound));
        }
    }
    if let Some(share) = r.gateway_cpu_share
        && share > args.slo_cpu_share * args.cpus
    {
        why.push(format!("gateway CPU {:.0}% of {} core(s)", share * 100.0, args.cpus));
    }
    why
}

/// Next fleet size: grow ×1.5 while every step met the SLO, else bisect between the
/// largest pass and the smallest miss until they are within 10%.
fn next_count(steps: &[Step], max: u64) -> Option<u64> {
    let best_ok = steps.iter().filter(|s| s.slo_met).map(|s| s.agents).max();
    let first_miss = steps.iter().filter(|s| !s.slo_met).map(|s| s.agents).min();
    let next = match (best_ok, first_miss) {
        (Some(ok), None) => ((ok as f64 * 1.5) as u64).min(max),
        (Some(ok), Some(miss)) if miss > ok && (miss - ok) * 10 > ok => ok + (miss - ok) / 2,
        (None, Some(miss)) if miss > 100 => miss / 2,
        _ => return None,
    };
    (!steps.iter().any(|s| s.agents == next)).then_some(next)
}

fn summarize(
    label: &str,
    boxed: &Boxed,
    gw: &str,
    load: &str,
    args: &Args,
    steps: Vec<Step>,
    extras: Vec<Value>,
) -> Summary {
    let largest_ok = steps.iter().filter(|s| s.slo_met).map(|s| s.agents).max();
    let costs: Vec<f64> = steps.iter().filter_map(|s| s.report.cpu_us_per_upload).collect();
    let mean = (!costs.is_empty()).then(|| costs.iter().sum::<f64>() / costs.len() as f64);
    Summary {
        label: label.into(),
        limiter: boxed.describe(),
        cores_gateway: gw.into(),
        cores_load: load.into(),
        largest_ok,
        agents_per_core_measured: largest_ok.map(|n| n as f64 / args.cpus),
        cpu_us_per_upload_mean: mean,
        // Agents one core carries at 90% busy: 0.9 s of CPU per second, one upload per
        // agent per interval.
        agents_per_core_cpu_bound: mean.map(|us| 0.9 * args.interval.as_secs_f64() / (us * 1e-6)),
        steps,
        extras,
    }
}

fn steps_table(s: &Summary) -> String {
    let mut out = format!(
        "\n{} ({}), largest fleet meeting the SLO: {}\n\n| agents | p50 ms | p99 ms | direct p99 | lost | retried | CPU share | µs/upload | RSS/tunnel | SLO |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n",
        s.label,
        s.limiter,
        s.largest_ok.map_or("none".into(), |n| n.to_string())
    );
    for st in &s.steps {
        let r = &st.report;
        out += &format!(
            "| {} | {:.2} | {:.2} | {} | {} | {} | {} | {} | {} | {} |\n",
            st.agents,
            r.latency_ms.p50,
            r.latency_ms.p99,
            st.direct_p99_ms.map_or("-".into(), |p| format!("{p:.2}")),
            r.uploads_lost,
            r.uploads_retried,
            r.gateway_cpu_share.map_or("-".into(), |v| format!("{:.1}%", v * 100.0)),
            r.cpu_us_per_upload.map_or("-".into(), |v| format!("{v:.1}")),
            r.rss_bytes_per_tunnel.map_or("-".into(), |v| format!("{:.0} B", v)),
            if st.slo_met { "met".into() } else { st.why_not.join("; ") },
        );
    }
    if let (Some(us), Some(per_core)) = (s.cpu_us_per_upload_mean, s.agents_per_core_cpu_bound) {
        out += &format!(
            "\nmean gateway CPU per upload {us:.1} µs → CPU-bound estimate {per_core:.0} agents per core at 90% busy\n"
        );
    }
    out
}

/// Bulk (16 tunnels, then 1), rate, and idle-tunnel RSS, each with a fresh gateway.
async fn run_extras(
    exe: &PathBuf,
    load: &str,
    args: &Args,
    gateways: Option<&Launcher<'_>>,
    label: &str,
) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    let secs = format!("{}ms", args.extras_duration.as_millis());
    let bound = args.extras_duration * 6 + Duration::from_secs(120);
    let mut raw = Spawned::sink(exe, load, args, args.raw_sink, "raw", bound).await?;
    let raw_target = args.raw_sink.to_string();
    let runs: Vec<Vec<String>> = vec![
        vec![
            "bulk".into(),
            "--tunnels".into(),
            "16".into(),
            "--duration".into(),
            secs.clone(),
            "--target".into(),
            raw_target.clone(),
        ],
        vec![
            "bulk".into(),
            "--tunnels".into(),
            "1".into(),
            "--duration".into(),
            secs.clone(),
            "--target".into(),
            raw_target.clone(),
        ],
        vec!["rate".into(), "--duration".into(), secs.clone(), "--target".into(), raw_target.clone()],
    ];
    for run in runs {
        out.push(with_gateway(exe, load, args, gateways, label, run, true).await?);
    }
    raw.stop().await;
    let mut sink = Spawned::sink(exe, load, args, args.sink, &args.payload, bound).await?;
    let idle = vec![
        "agents".into(),
        "--count".into(),
        args.idle_count.to_string(),
        "--upload".into(),
        "0".into(),
        "--duration".into(),
        format!("{}ms", args.duration.as_millis()),
        "--ramp".into(),
        format!("{}ms", args.ramp.as_millis()),
        "--target".into(),
        sink_target(args, gateways.is_none()),
        "--payload".into(),
        args.payload.clone(),
    ];
    out.push(with_gateway(exe, load, args, gateways, &format!("{label} idle"), idle, false).await?);
    sink.stop().await;
    Ok(out)
}

/// Runs one child scenario against a fresh gateway (or direct) and returns its report.
async fn with_gateway(
    exe: &PathBuf,
    load: &str,
    args: &Args,
    gateways: Option<&Launcher<'_>>,
    label: &str,
    mut cmd: Vec<String>,
    raw: bool,
) -> Result<Value> {
    cmd.extend(["--json".into(), "--quiet".into(), "--label".into(), label.into()]);
    let mut gw = None;
    match gateways {
        Some(gateways) => {
            let g = gateways.start().await?;
            cmd.extend(via(args, gateways.proxy, raw));
            cmd.extend(["--gateway-pid".into(), g.pid.to_string()]);
            gw = Some(g);
        }
        None => cmd.push("--direct".into()),
    }
    let result = child_json(exe, load, &cmd).await;
    if let Some(mut g) = gw {
        g.stop().await;
    }
    let value = result?;
    eprintln!("  {}: {}", cmd[0], headline(&value));
    if let Some(out) = &args.out {
        append(out, &value)?;
    }
    Ok(value)
}

fn headline(v: &Value) -> String {
    let f = |k: &str| v.get(k).and_then(Value::as_f64).map_or("-".into(), |x| format!("{x:.2}"));
    match v["kind"].as_str() {
        Some("bulk") => {
            format!("{} tunnels {} MB/s, {} CPU-s/GB", v["tunnels"], f("mb_per_s"), f("cpu_seconds_per_gb"))
        }
        Some("rate") => {
            format!("{} tunnels/s, {} ms CPU per 1000", f("tunnels_per_s"), f("cpu_ms_per_1000_tunnels"))
        }
        _ => format!("{} idle tunnels, {} B RSS each", v["agents_connected"], f("rss_bytes_per_tunnel")),
    }
}

/// An `agents` child at `n` agents.
async fn agents_child(
    exe: &PathBuf,
    load: &str,
    args: &Args,
    n: u64,
    gateway: Option<(SocketAddr, u32)>,
    label: &str,
) -> Result<AgentsReport> {
    let mut cmd: Vec<String> = vec![
        "agents".into(),
        "--count".into(),
        n.to_string(),
        "--interval".into(),
        format!("{}ms", args.interval.as_millis()),
        "--upload".into(),
        args.upload.to_string(),
        "--duration".into(),
        format!("{}ms", args.duration.as_millis()),
        "--ramp".into(),
        format!("{}ms", args.ramp.as_millis()),
        "--payload".into(),
        args.payload.clone(),
        "--target".into(),
        sink_target(args, gateway.is_none()),
        "--json".into(),
        "--quiet".into(),
        "--label".into(),
        label.into(),
    ];
    match gateway {
        Some((proxy, pid)) => {
            cmd.extend(via(args, proxy, false));
            cmd.extend(["--gateway-pid".into(), pid.to_string()]);
        }
        None => cmd.push("--direct".into()),
    }
    let value = child_json(exe, load, &cmd).await?;
    Ok(serde_json::from_value(value)?)
}

/// The agents' `--target`: `--sink-name` at the sink's port through a gateway, else
/// the sink's address (the direct baseline dials it).
fn sink_target(args: &Args, direct: bool) -> String {
    match &args.sink_name {
        Some(name) if !direct => format!("{name}:{}", args.sink.port()),
        _ => args.sink.to_string(),
    }
}

/// The child's route flags for the gateway at `proxy`: `--proxy ADDR`, or with
/// `--no-connect` the relay to the agents' sink (or to the raw sink, `raw`).
fn via(args: &Args, proxy: SocketAddr, raw: bool) -> Vec<String> {
    if !args.no_connect {
        return vec!["--proxy".into(), proxy.to_string()];
    }
    let relay = match (raw, args.raw_proxy) {
        (false, _) => proxy,
        (true, Some(raw_proxy)) => raw_proxy,
        (true, None) => SocketAddr::new(proxy.ip(), proxy.port().wrapping_add(1)),
    };
    vec!["--proxy".into(), relay.to_string(), "--no-connect".into()]
}

/// Runs this binary pinned to the load cores and parses its JSON report.
async fn child_json(exe: &PathBuf, load: &str, cmd: &[String]) -> Result<Value> {
    let out = Command::new("taskset")
        .arg("-c")
        .arg(load)
        .arg(exe)
        .args(cmd)
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .output()
        .await
        .context("running taskset (util-linux)")?;
    if !out.status.success() {
        bail!("{} {} failed: {}", exe.display(), cmd.join(" "), out.status);
    }
    serde_json::from_slice(&out.stdout).context("child report")
}

fn append(path: &PathBuf, value: &Value) -> Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
    writeln!(f, "{}", serde_json::to_string(value)?)?;
    Ok(())
}

/// Direct p99 by agent count from earlier direct reports.
fn baseline_from(values: &[Value]) -> BTreeMap<u64, f64> {
    values
        .iter()
        .filter(|v| v["kind"] == "agents" && v["route"] == "direct" && v["upload_bytes"].as_u64() != Some(0))
        .filter_map(|v| Some((v["agents"].as_u64()?, v["latency_ms"]["p99"].as_f64()?)))
        .collect()
}

/// Starts the gateways under test: one command, in its box, on one socket, logging to
/// one file.
struct Launcher<'a> {
    command: &'a str,
    boxed: &'a Boxed,
    /// Where agents send CONNECT.
    proxy: SocketAddr,
    /// The socket handed to every gateway (`--gateway-socket`); `None`: each gateway
    /// binds `proxy` itself.
    passed: Option<TcpListener>,
    log: &'a Path,
}

impl<'a> Launcher<'a> {
    fn new(command: &'a str, boxed: &'a Boxed, args: &'a Args) -> Result<Self> {
        let (proxy, passed) = match args.gateway_socket {
            None => (args.proxy, None),
            Some(GatewaySocket::Stdin) => {
                let (listener, addr) = listener_on_stdin()?;
                (addr, Some(listener))
            }
        };
        Ok(Self { command, boxed, proxy, passed, log: &args.gateway_log })
    }

    /// Starts a gateway in its box and returns once it serves.
    async fn start(&self) -> Result<Gateway> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log)
            .with_context(|| format!("gateway log {}", self.log.display()))?;
        let mut command = Command::new("sh");
        command.stdout(log.try_clone()?).stderr(log);
        let notify = self.passed.as_ref().map(|_| Notify::bind()).transpose()?;
        let listen = match (&self.passed, &notify) {
            (Some(listener), Some(notify)) => {
                let dropped = gateway::drain(listener);
                if dropped > 0 {
                    eprintln!("  dropped {dropped} connections queued while no gateway ran");
                }
                Listen::Passed(listener, notify)
            }
            _ => Listen::Binds(self.proxy),
        };
        let mut gw = Gateway::spawn(command, &self.boxed.wrap(self.command), &listen)?;
        gw.started(&listen).await?;
        Ok(gw)
    }
}

/// The listening TCP socket on this process's stdin (`--gateway-socket stdin`), and the
/// address agents reach it at.
fn listener_on_stdin() -> Result<(TcpListener, SocketAddr)> {
    let fd = std::io::stdin().as_fd().try_clone_to_owned().context("stdin")?;
    let socket = socket2::Socket::from(fd);
    if !socket.is_listener().unwrap_or(false) {
        bail!("--gateway-socket stdin: stdin is not a listening socket");
    }
    let listener = TcpListener::from(socket);
    let mut addr = listener.local_addr().context("--gateway-socket stdin: stdin is not a TCP socket")?;
    if addr.ip().is_unspecified() {
        // Bound to every address: agents come in over loopback.
        addr.set_ip(if addr.is_ipv4() { Ipv4Addr::LOCALHOST.into() } else { Ipv6Addr::LOCALHOST.into() });
    }
    Ok((listener, addr))
}

/// A sink child process.
struct Spawned {
    child: Option<Child>,
}

impl Spawned {
    /// A sink pinned to the load cores; none with `--external-sinks`.
    async fn sink(
        exe: &PathBuf,
        load: &str,
        args: &Args,
        listen: SocketAddr,
        payload: &str,
        bound: Duration,
    ) -> Result<Self> {
        if args.external_sinks {
            return Ok(Self { child: None });
        }
        let mut child = Command::new("taskset")
            .arg("-c")
            .arg(load)
            .arg(exe)
            .args(["sink", "--listen", &listen.to_string(), "--payload", payload, "--duration"])
            .arg(format!("{}s", bound.as_secs()))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()?;
        let stdout = child.stdout.take().context("sink stdout")?;
        let mut line = String::new();
        timeout(START_TIMEOUT, BufReader::new(stdout).read_line(&mut line)).await.context("sink start")??;
        if !line.starts_with("listening") {
            bail!("sink did not start on {listen} (is the port in use?)");
        }
        Ok(Self { child: Some(child) })
    }

    async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(agents: u64, ok: bool) -> Step {
        Step { agents, direct_p99_ms: None, slo_met: ok, why_not: vec![], report: AgentsReport::default() }
    }

    #[test]
    fn search_grows_then_bisects() {
        assert_eq!(next_count(&[step(600, true)], 9900), Some(900));
        assert_eq!(next_count(&[step(6000, true)], 9900), Some(9000));
        assert_eq!(next_count(&[step(2000, true), step(5000, false)], 9900), Some(3500));
        assert_eq!(next_count(&[step(4800, true), step(5000, false)], 9900), None);
        assert_eq!(next_count(&[step(9900, true)], 9900), None);
    }

    #[test]
    fn baseline_reads_direct_runs() {
        let v = serde_json::json!({"kind":"agents","route":"direct","agents":600,"upload_bytes":204800,"latency_ms":{"p99":0.7}});
        assert_eq!(baseline_from(&[v]).get(&600), Some(&0.7));
    }

    #[test]
    fn relay_routes_skip_connect_and_send_raw_load_to_the_next_port() {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            args: Args,
        }
        let parse = |flags: &[&str]| {
            <Cli as clap::Parser>::try_parse_from(std::iter::once("capacity").chain(flags.iter().copied()))
                .expect("flags parse")
                .args
        };
        let proxy: SocketAddr = "127.0.0.1:18080".parse().unwrap();
        let connect = parse(&[]);
        assert_eq!(via(&connect, proxy, true), ["--proxy", "127.0.0.1:18080"]);
        let relay = parse(&["--no-connect"]);
        assert_eq!(via(&relay, proxy, false), ["--proxy", "127.0.0.1:18080", "--no-connect"]);
        assert_eq!(via(&relay, proxy, true), ["--proxy", "127.0.0.1:18081", "--no-connect"]);
        let named = parse(&["--no-connect", "--raw-proxy", "127.0.0.1:9000"]);
        assert_eq!(via(&named, proxy, true), ["--proxy", "127.0.0.1:9000", "--no-connect"]);
    }
}
