//! Every subcommand at tiny scale, so the load generator cannot rot (issue 4).
//!
//! Runs the real binary: direct mode against its own sink (in-process or a `sink`
//! child), and `capacity` through the `omsgate` gateway when a build of it is found
//! (see [`omsgate_binary`]). Tests run in parallel, so no port is ever picked and then
//! released: every listener is bound on port 0 by whoever serves it and kept open —
//! sinks print the address they got, and the gateway's socket is bound here and handed
//! to each gateway `capacity` starts (socket activation). Readiness is awaited (a
//! printed address, the gateway's `READY=1`), never slept for. A missing real
//! component (taskset, prlimit) fails the test instead of skipping it.

use std::{
    io::{BufRead, BufReader},
    net::TcpListener,
    os::fd::OwnedFd,
    path::Path,
    process::{Child, Command, Output, Stdio},
    sync::mpsc,
    time::Duration,
};

use serde_json::Value;
use support::{omsgate_binary, require_util_linux};

mod support;

const BIN: &str = env!("CARGO_BIN_EXE_omsgate-loadtest");

fn loadtest(args: &[&str]) -> Output {
    succeeded(Command::new(BIN).args(args), None)
}

/// Runs `cmd`, which must succeed; a failure shows its stderr and `log` (the gateway's).
fn succeeded(cmd: &mut Command, log: Option<&Path>) -> Output {
    let out = cmd.output().expect("run omsgate-loadtest");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stderr),
        log.map_or(String::new(), |l| format!(
            "\ngateway log {}:\n{}",
            l.display(),
            std::fs::read_to_string(l).unwrap_or_default()
        )),
    );
    out
}

fn report(args: &[&str]) -> Value {
    serde_json::from_slice(&loadtest(args).stdout).expect("JSON report on stdout")
}

/// A `sink` child; dropped = killed.
struct SinkChild {
    child: Child,
    addr: String,
}

impl SinkChild {
    fn start(extra: &[&str]) -> Self {
        let mut child = Command::new(BIN)
            .args(["sink", "--listen", "127.0.0.1:0", "--duration", "60s"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(10)).expect("sink printed its address");
        let addr = line.trim().strip_prefix("listening ").expect("listening line").to_string();
        Self { child, addr }
    }

    fn port(&self) -> u16 {
        self.addr.rsplit_once(':').and_then(|(_, p)| p.parse().ok()).expect("host:port")
    }
}

impl Drop for SinkChild {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An omsgate node that allows `sink_port` on 127.0.0.1, on a socket bound here on port
/// 0 and passed as systemd does (so its address is known before it starts); its output
/// goes to `log` (both streams) or nowhere. `extra` is added to its config.
fn omsgate_node(
    omsgate: &Path,
    dir: &Path,
    name: &str,
    sink_port: u16,
    extra: &str,
    log: Option<&Path>,
) -> (Child, String) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let config = dir.join(format!("{name}.toml"));
    std::fs::write(
        &config,
        format!(
            "listen_address = [\"127.0.0.1\"]\nlisten_port = {}\nmetrics_address = \"127.0.0.1:0\"\n\
             allowed_hosts = [\"127.0.0.1\"]\nallowed_ports = [{sink_port}]\nallow_private_destinations = true\n\
             max_connections = 1000\ndrain_grace = \"0s\"\n{extra}",
            addr.port(),
        ),
    )
    .unwrap();
    let (stdout, stderr) = match log {
        Some(path) => {
            let file = std::fs::File::create(path).unwrap();
            (Stdio::from(file.try_clone().unwrap()), Stdio::from(file))
        }
        None => (Stdio::null(), Stdio::null()),
    };
    let child = Command::new("sh")
        .args([
            "-c",
            "exec 3<&0 0</dev/null; export LISTEN_FDS=1 LISTEN_PID=$$; exec \"$0\" run --config \"$1\"",
        ])
        .arg(omsgate)
        .arg(&config)
        .stdin(Stdio::from(OwnedFd::from(listener)))
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .unwrap();
    (child, addr.to_string())
}

fn assert_clean_agents(r: &Value, agents: u64) {
    for key in [
        "agents",
        "uploads_ok",
        "uploads_retried",
        "uploads_lost",
        "connect_failures",
        "bytes_up",
        "latency_ms",
    ] {
        assert!(r.get(key).is_some(), "missing {key} in {r}");
    }
    assert_eq!(r["agents"], agents);
    assert_eq!(r["agents_connected"], agents, "{r}");
    assert!(r["uploads_ok"].as_u64().unwrap() >= agents, "{r}");
    assert_eq!(r["uploads_lost"], 0, "{r}");
    assert_eq!(r["connect_failures"], 0, "{r}");
    assert!(r["latency_ms"]["p99"].as_f64().unwrap() > 0.0, "{r}");
}

#[test]
fn agents_direct_opaque_and_tls() {
    let base = [
        "agents",
        "--direct",
        "--count",
        "4",
        "--interval",
        "400ms",
        "--duration",
        "1500ms",
        "--ramp",
        "200ms",
        "--json",
    ];
    for payload in ["opaque", "tls"] {
        let mut args = base.to_vec();
        args.extend(["--payload", payload]);
        assert_clean_agents(&report(&args), 4);
    }
    // TLS 1.2 opaque: the barrier goes the other way (and resumed handshakes flip it back).
    let mut args = base.to_vec();
    args.push("--tls12");
    assert_clean_agents(&report(&args), 4);
}

#[test]
fn sink_process_with_gateway_pid_and_client_certs() {
    let dir = tempfile::tempdir().unwrap();
    let certs = dir.path().to_str().unwrap();
    loadtest(&["gen-certs", "--out", certs]);
    let (ca, cert, key) =
        (format!("{certs}/ca.pem"), format!("{certs}/client.pem"), format!("{certs}/client.key"));
    let (server, server_key) = (format!("{certs}/server.pem"), format!("{certs}/server.key"));
    let sink = SinkChild::start(&["--cert", &server, "--key", &server_key, "--client-ca", &ca]);
    let pid = sink.child.id().to_string();
    let out = dir.path().join("agents.jsonl");
    let r = report(&[
        "agents",
        "--direct",
        "--target",
        &sink.addr,
        "--sni",
        "localhost",
        "--tls12",
        "--client-cert",
        &cert,
        "--client-key",
        &key,
        "--count",
        "3",
        "--interval",
        "400ms",
        "--duration",
        "1500ms",
        "--ramp",
        "100ms",
        "--json",
        // The sink stands in for a gateway: its /proc figures must be read.
        "--gateway-pid",
        &pid,
        "--label",
        "sink-as-gateway",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_clean_agents(&r, 3);
    assert!(r["gateway_peak_rss_bytes"].as_u64().unwrap() > 0, "{r}");
    assert!(r["gateway_cpu_seconds"].as_f64().is_some(), "{r}");
    assert!(r["rss_bytes_per_tunnel"].as_f64().is_some(), "{r}");

    // Without a client certificate the sink refuses the handshake: connect failures, no uploads.
    let r = report(&[
        "agents",
        "--direct",
        "--target",
        &sink.addr,
        "--count",
        "1",
        "--interval",
        "300ms",
        "--duration",
        "800ms",
        "--ramp",
        "0s",
        "--ack-timeout",
        "500ms",
        "--json",
    ]);
    assert_eq!(r["uploads_ok"], 0, "{r}");
    assert!(r["connect_failures"].as_u64().unwrap() > 0, "{r}");

    // plot and table read what --out wrote.
    let png = dir.path().join("chart.png");
    loadtest(&["plot", "--output", png.to_str().unwrap(), out.to_str().unwrap()]);
    assert!(std::fs::metadata(&png).unwrap().len() > 1000);
    let table = String::from_utf8(loadtest(&["table", out.to_str().unwrap()]).stdout).unwrap();
    assert!(table.contains("| sink-as-gateway | 3 |"), "{table}");
}

#[test]
fn bulk_and_rate_direct() {
    let sink = SinkChild::start(&["--payload", "raw"]);
    let b =
        report(&["bulk", "--direct", "--target", &sink.addr, "--tunnels", "2", "--duration", "1s", "--json"]);
    assert_eq!(b["errors"], 0, "{b}");
    assert!(b["bytes_up"].as_u64().unwrap() > 1_000_000, "{b}");
    assert!(b["mb_per_s"].as_f64().unwrap() > 1.0, "{b}");
    let r = report(&[
        "rate",
        "--direct",
        "--target",
        &sink.addr,
        "--concurrency",
        "4",
        "--duration",
        "1s",
        "--json",
    ]);
    assert!(r["tunnels_ok"].as_u64().unwrap() > 10, "{r}");
    assert_eq!(r["tunnels_failed"], 0, "{r}");
    // In-process raw sink as well.
    let b = report(&["bulk", "--direct", "--tunnels", "1", "--duration", "500ms", "--json"]);
    assert_eq!(b["errors"], 0, "{b}");
}

/// `capacity` direct, and through omsgate when it is built: agents, bulk, rate, idle.
/// The sinks run here on port 0 (`--external-sinks`), so their ports are known before
/// the gateway's config is written; the gateway's socket is bound here and passed on.
#[test]
fn capacity_direct_and_through_omsgate() {
    require_util_linux();
    let dir = tempfile::tempdir().unwrap();
    let sink = SinkChild::start(&[]);
    let raw = SinkChild::start(&["--payload", "raw"]);
    let out = dir.path().join("cap.jsonl");
    let log = dir.path().join("gateway.log");
    let common = |label: &str| -> Vec<String> {
        [
            "capacity",
            "--label",
            label,
            "--counts",
            "3",
            "--duration",
            "1500ms",
            "--ramp",
            "200ms",
            "--interval",
            "500ms",
            "--extras",
            "--extras-duration",
            "500ms",
            "--idle-count",
            "3",
            "--json",
            "--external-sinks",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([
            format!("--sink={}", sink.addr),
            format!("--raw-sink={}", raw.addr),
            format!("--out={}", out.display()),
            format!("--gateway-log={}", log.display()),
        ])
        .collect()
    };
    let summary: Value =
        serde_json::from_slice(&succeeded(Command::new(BIN).args(common("direct")), None).stdout).unwrap();
    assert_eq!(summary["largest_ok"], 3, "{summary}");
    assert_eq!(summary["extras"].as_array().unwrap().len(), 4, "{summary}");

    let Some(omsgate) = omsgate_binary() else {
        eprintln!("omsgate not built: capacity through the gateway skipped");
        return;
    };
    // Bound here and kept open until capacity's gateways take it: nobody else can get it.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = listener.local_addr().unwrap().port();
    let config = dir.path().join("omsgate.toml");
    std::fs::write(
        &config,
        format!(
            "listen_address = [\"127.0.0.1\"]\nlisten_port = {proxy}\nmetrics_address = \"127.0.0.1:0\"\n\
             allowed_hosts = [\"127.0.0.1\"]\nallowed_ports = [{}, {}]\nallow_private_destinations = true\n\
             max_connections = 1000\nlog_format = \"json\"\ndrain_grace = \"0s\"\n",
            sink.port(),
            raw.port(),
        ),
    )
    .unwrap();
    let mut args = common("omsgate");
    args.push("--gateway-socket=stdin".into());
    args.push(format!("--gateway-cmd={} run --config {}", omsgate.display(), config.display()));
    args.push(format!("--baseline={}", out.display()));
    let mut capacity = Command::new(BIN);
    capacity.args(&args).stdin(Stdio::from(OwnedFd::from(listener)));
    let summary: Value = serde_json::from_slice(&succeeded(&mut capacity, Some(&log)).stdout).unwrap();
    let step = &summary["steps"][0]["report"];
    assert_eq!(step["route"], format!("127.0.0.1:{proxy}"), "{summary}");
    assert_eq!(step["uploads_lost"], 0, "{summary}");
    assert_eq!(step["connect_failures"], 0, "{summary}");
    assert!(step["gateway_peak_rss_bytes"].as_u64().unwrap() > 0, "{summary}");
    // Bulk and rate pass the gateway, which inspects TLS: the raw sink answers like a server.
    let extras = summary["extras"].as_array().unwrap();
    for bulk in &extras[..2] {
        assert_eq!(bulk["kind"], "bulk", "{summary}");
        assert_eq!(bulk["errors"], 0, "{summary}");
    }
    assert_eq!(extras[2]["kind"], "rate", "{summary}");
    assert!(extras[2]["tunnels_ok"].as_u64().unwrap() > 0, "{summary}");
    assert_eq!(extras[2]["tunnels_failed"], 0, "{summary}");
    // Each gateway (one agent step, four extras) served the socket it was passed.
    let log = std::fs::read_to_string(&log).unwrap();
    let started: Vec<Value> = log
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|e| e["event_id"] == 101)
        .collect();
    assert_eq!(started.len(), 5, "{log}");
    for event in started {
        assert_eq!(event["activated"], true, "{event}");
        assert_eq!(event["listen"], format!("127.0.0.1:{proxy}"), "{event}");
    }
}

/// HAProxy, the comparison's floor peer (`perf/compare.sh`), is a TCP relay: no
/// CONNECT. `--no-connect` speaks to the sink at once through it, for agents (with the
/// set-up latency and the relay's peak thread count reported), bulk and rate. Both
/// listeners are bound here on port 0 and handed to HAProxy as fds 3 and 4
/// (`bind fd@N`), so no port is picked and released.
#[test]
fn agents_bulk_and_rate_through_haproxy_without_connect() {
    let found = Command::new("haproxy").arg("-v").output().is_ok_and(|o| o.status.success());
    assert!(found, "haproxy not found: `apt-get install haproxy` (.ci/run does)");
    let sink = SinkChild::start(&[]);
    let raw = SinkChild::start(&["--payload", "raw"]);
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("haproxy.cfg");
    std::fs::write(
        &cfg,
        format!(
            "global\n  nbthread 1\n  maxconn 100\n\
             defaults\n  mode tcp\n  option splice-auto\n  timeout connect 5s\n  timeout client 30s\n  timeout server 30s\n\
             listen agents\n  bind fd@3\n  server sink {}\n\
             listen raw\n  bind fd@4\n  server raw {}\n",
            sink.addr, raw.addr
        ),
    )
    .unwrap();
    let agents = TcpListener::bind("127.0.0.1:0").unwrap();
    let bulk = TcpListener::bind("127.0.0.1:0").unwrap();
    let (agents_addr, bulk_addr) =
        (agents.local_addr().unwrap().to_string(), bulk.local_addr().unwrap().to_string());
    // The shell moves stdin and stdout to fds 3 and 4, then execs HAProxy in place (its PID).
    let mut haproxy = Command::new("sh")
        .args(["-c", "exec 3<&0 4>&1 0</dev/null 1>/dev/null; exec haproxy -db -f \"$0\""])
        .arg(&cfg)
        .stdin(Stdio::from(OwnedFd::from(agents)))
        .stdout(Stdio::from(OwnedFd::from(bulk)))
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = haproxy.id().to_string();
    let relay = |args: &[&str]| {
        let out = Command::new(BIN).args(args).output().unwrap();
        serde_json::from_slice::<Value>(&out.stdout)
            .unwrap_or_else(|_| panic!("{args:?}: {}\n{}", out.status, String::from_utf8_lossy(&out.stderr)))
    };
    let r = relay(&[
        "agents",
        "--proxy",
        &agents_addr,
        "--no-connect",
        "--target",
        &sink.addr,
        "--count",
        "4",
        "--interval",
        "400ms",
        "--duration",
        "1500ms",
        "--ramp",
        "200ms",
        "--gateway-pid",
        &pid,
        "--json",
    ]);
    let b = relay(&[
        "bulk",
        "--proxy",
        &bulk_addr,
        "--no-connect",
        "--target",
        &raw.addr,
        "--tunnels",
        "2",
        "--duration",
        "500ms",
        "--json",
    ]);
    let t = relay(&[
        "rate",
        "--proxy",
        &bulk_addr,
        "--no-connect",
        "--target",
        &raw.addr,
        "--concurrency",
        "4",
        "--duration",
        "500ms",
        "--json",
    ]);
    let _ = haproxy.kill();
    let _ = haproxy.wait();
    assert_clean_agents(&r, 4);
    assert_eq!(r["route"], format!("relay {agents_addr}"), "{r}");
    assert_eq!(r["setup_ms"]["count"], 4, "one set-up per agent: {r}");
    assert_eq!(r["setup_cold_ms"]["count"], 1, "only agent 0 opens in the ramp's first tenth: {r}");
    assert!(r["setup_ms"]["p99"].as_f64().unwrap() > 0.0, "{r}");
    assert!(r["gateway_peak_threads"].as_u64().unwrap() >= 1, "HAProxy's threads sampled: {r}");
    assert_eq!(b["errors"], 0, "{b}");
    assert!(b["bytes_up"].as_u64().unwrap() > 1_000_000, "{b}");
    assert!(t["tunnels_ok"].as_u64().unwrap() > 10, "{t}");
    assert_eq!(t["tunnels_failed"], 0, "{t}");
}

/// Bulk and rate through an omsgate that inspects TLS (its default): the raw sink answers
/// the canned ClientHello with a real ServerHello record, which the gateway's sniff reads
/// and passes (event 107, TLS 1.3) instead of refusing the tunnel (event 402). The
/// gateway's socket is bound here on port 0 and passed as systemd does.
#[test]
fn bulk_and_rate_through_an_inspecting_omsgate() {
    let Some(omsgate) = omsgate_binary() else {
        eprintln!("omsgate not built: bulk and rate through an inspecting gateway skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let raw = SinkChild::start(&["--payload", "raw"]);
    let log_path = dir.path().join("gateway.log");
    // No tls_inspection key: the default (inspecting) is what is under test.
    let (mut gateway, proxy) =
        omsgate_node(&omsgate, dir.path(), "omsgate", raw.port(), "log_format = \"json\"\n", Some(&log_path));
    let run = |cmd: &str, args: &[&str]| {
        Command::new(BIN).args([cmd, "--proxy", &proxy, "--target", &raw.addr, "--json"]).args(args).output()
    };
    let bulk = run("bulk", &["--tunnels", "2", "--duration", "500ms"]);
    let rate = run("rate", &["--concurrency", "4", "--duration", "1s"]);
    // SIGTERM, so the gateway flushes its log; bounded, then SIGKILL.
    let _ = Command::new("kill").args(["-TERM", &gateway.id().to_string()]).status();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while gateway.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = gateway.kill();
    let _ = gateway.wait();
    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
    let parse = |what: &str, out: std::io::Result<Output>| -> Value {
        let out = out.unwrap();
        serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
            panic!("{what}: {}\n{}\ngateway log:\n{log}", out.status, String::from_utf8_lossy(&out.stderr))
        })
    };
    let (b, r) = (parse("bulk", bulk), parse("rate", rate));
    assert_eq!(b["errors"], 0, "{b}\ngateway log:\n{log}");
    assert!(b["bytes_up"].as_u64().unwrap() > 1_000_000, "{b}");
    assert!(r["tunnels_ok"].as_u64().unwrap() > 0, "{r}\ngateway log:\n{log}");
    assert_eq!(r["tunnels_failed"], 0, "{r}\ngateway log:\n{log}");
    let events: Vec<Value> = log.lines().filter_map(|l| serde_json::from_str::<Value>(l).ok()).collect();
    let verified = events.iter().filter(|e| e["event_id"] == 107 && e["tls_version"] == "1.3").count();
    assert!(verified > 0, "the gateway inspected the handshakes (event 107):\n{log}");
    assert!(!events.iter().any(|e| e["event_id"] == 402), "no tunnel refused:\n{log}");
}

/// `storm` at CI scale: 100 agents hold tunnels through one omsgate node, it is killed
/// (SIGKILL), and every agent reconnects to a second, fresh node. Both nodes get their
/// listening sockets from here (bound on port 0, passed as systemd does).
#[test]
fn storm_reconnects_every_agent_to_a_fresh_node() {
    use std::os::unix::process::ExitStatusExt;
    let Some(omsgate) = omsgate_binary() else {
        eprintln!("omsgate not built: storm skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sink = SinkChild::start(&[]);
    let node = |name: &str| omsgate_node(&omsgate, dir.path(), name, sink.port(), "", None);
    let (mut first, first_addr) = node("first");
    let (mut fresh, fresh_addr) = node("fresh");
    let out = Command::new(BIN)
        .args(["storm", "--proxy", &first_addr, "--kill-pid", &first.id().to_string()])
        .args(["--fresh", &fresh_addr, "--fresh-pid", &fresh.id().to_string(), "--target", &sink.addr])
        .args(["--count", "100", "--ramp", "500ms", "--deadline", "10s", "--json"])
        .output()
        .unwrap();
    let _ = fresh.kill();
    let _ = fresh.wait();
    let killed = first.wait().unwrap();
    let r: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("storm: {}\n{}", out.status, String::from_utf8_lossy(&out.stderr)));
    assert!(out.status.success(), "{r}");
    assert_eq!(killed.signal(), Some(9), "the first node was killed: {killed:?}");
    assert_eq!(r["established"], 100, "{r}");
    assert_eq!(r["lost"], 100, "every agent noticed: {r}");
    assert_eq!(r["reconnected"], 100, "{r}");
    let all = r["reconnected_100_s"].as_f64().expect("everyone back");
    assert!(r["reconnected_99_s"].as_f64().unwrap() <= all && all < 10.0, "{r}");
    assert!(r["fresh_peak_rss_bytes"].as_u64().unwrap() > 0, "{r}");
    assert!(r["fresh_peak_threads"].as_u64().unwrap() >= 1, "{r}");
    let timeline = r["timeline"].as_array().unwrap();
    assert_eq!(timeline.last().unwrap()[1], 100.0, "the timeline ends with everyone back: {r}");
}
