//! Start, check, reload and stop: config errors refuse to start (event 401, exit 2,
//! nothing bound), `check` prints the effective settings, SIGHUP reloads without
//! dropping tunnels, systemd hears each state, the metrics endpoint answers, and a
//! gateway restarted on the socket systemd holds leaves no agent refused. The drain on
//! SIGTERM is in `drain.rs`.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;

use support::{DEADLINE, Gateway, Origin, connect_to, wait_until};

fn omsgate(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_omsgate")).args(args).output().unwrap()
}

#[test]
fn a_bad_listen_port_is_event_401_and_exit_2_with_nothing_bound() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "listen_port = 70000\nlisten_address = [\"127.0.0.1\"]\n").unwrap();
    let out = omsgate(&["run", "--config", cfg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(line["event_id"], 401);
    assert!(line["message"].as_str().unwrap().contains("listen_port = 70000"), "{line}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("event 401"));
}

#[test]
fn check_prints_effective_settings_or_names_the_bad_key() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    std::fs::write(&cfg, "# a comment\nlisten_port = 3128\nallowed_hosts = [\"*.example.com\"]\n").unwrap();
    let out = omsgate(&["check", "--config", cfg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("listen_port = 3128"), "{text}");
    assert!(text.contains("allowed_ports = [443]"), "defaults are filled in: {text}");
    assert!(text.contains("idle_timeout = \"10m\""), "{text}");

    std::fs::write(&cfg, "listen_prot = 3128\n").unwrap();
    let out = omsgate(&["check", "--config", cfg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `listen_port`"));

    let out = omsgate(&["check", "--config", dir.path().join("missing.toml").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_embedded_default_is_valid() {
    // `check` without --config uses /etc/omsgate/omsgate.toml or, absent, the embedded default.
    if std::path::Path::new("/etc/omsgate/omsgate.toml").exists() {
        return;
    }
    let out = omsgate(&["check"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("embedded default"));
    assert!(text.contains("\"*.ods.opinsights.azure.com\""));
    assert!(text.contains("listen_port = 8080"));
}

#[test]
fn version_flag() {
    let out = omsgate(&["--version"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn sighup_reloads_the_allowlist_and_a_bad_file_keeps_the_old_one() {
    let origin = Origin::echo();
    let ports = format!("allowed_ports = [{}]", origin.port());
    let gw = Gateway::with(&["allowed_hosts = [\"127.0.0.2\"]", &ports]).start();
    let target = format!("127.0.0.1:{}", origin.port());
    assert!(connect_to(gw.addr, &target).1.starts_with("HTTP/1.1 403"));

    let base = std::fs::read_to_string(&gw.config).unwrap();
    gw.rewrite_config(&base.replace("127.0.0.2", "127.0.0.1"));
    gw.signal("HUP");
    gw.wait_event(110, |_| true);
    assert!(connect_to(gw.addr, &target).1.starts_with("HTTP/1.1 200"));

    gw.rewrite_config("listen_port = \"text\"\n");
    gw.signal("HUP");
    let e = gw.wait_event(401, |_| true);
    assert!(e["message"].as_str().unwrap().contains("listen_port"), "{e}");
    assert!(connect_to(gw.addr, &target).1.starts_with("HTTP/1.1 200"), "the old policy stays in force");
    wait_until("reload metrics", DEADLINE, || gw.metric("omsgate_config_last_reload_success") == Some(0.0));
}

#[test]
fn metrics_health_and_readiness_endpoints() {
    let gw = Gateway::with(&["allowed_hosts = [\"localhost\"]"]).start();
    assert_eq!(gw.http_get("/healthz"), (200, "ok\n".to_string()));
    assert_eq!(gw.http_get("/readyz").0, 200);
    assert_eq!(gw.http_get("/nope").0, 404);
    let (code, body) = gw.http_get("/metrics");
    assert_eq!(code, 200);
    for name in ["omsgate_active_client_connections", "omsgate_connected_clients", "omsgate_build_info"] {
        assert!(body.contains(name), "{name} missing from /metrics");
    }
    // A refusal makes the error and rejection counters appear.
    let _ = connect_to(gw.addr, "example.org:443");
    wait_until("counters", DEADLINE, || gw.metric("omsgate_errors_total{event_id=\"105\"}") == Some(1.0));
}

#[test]
fn a_reload_that_removes_a_host_keeps_its_open_tunnels() {
    let origin = Origin::echo();
    let gw = Gateway::with(&[&support::plain_entry(&origin), "tls_inspection = false"]).start();
    let target = format!("127.0.0.1:{}", origin.port());
    let (mut open, head) = connect_to(gw.addr, &target);
    assert!(head.starts_with("HTTP/1.1 200"));

    // The operator removes the host: new tunnels are refused, the open one carries on.
    let base = std::fs::read_to_string(&gw.config).unwrap();
    gw.rewrite_config(&base.replace(&format!("127.0.0.1:{}", origin.port()), "127.0.0.2:1"));
    gw.signal("HUP");
    gw.wait_event(110, |_| true);
    assert!(connect_to(gw.addr, &target).1.starts_with("HTTP/1.1 403"));
    open.write_all(b"still open").unwrap();
    let mut buf = [0u8; 10];
    open.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"still open");
}

#[test]
fn systemd_hears_ready_once_listening_then_reloading_and_stopping() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notify.sock");
    let sock = std::os::unix::net::UnixDatagram::bind(&path).unwrap();
    sock.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut gw = Gateway::with(&["allowed_hosts = [\"localhost\"]", "drain_grace = \"0s\""])
        .env("NOTIFY_SOCKET", path.to_str().unwrap())
        .start();
    let next = || {
        let mut buf = [0u8; 512];
        let n = sock.recv(&mut buf).expect("a notification from the gateway");
        String::from_utf8_lossy(&buf[..n]).into_owned()
    };
    let ready = next();
    assert!(
        ready.contains("READY=1") && ready.contains(&format!("STATUS=serving on {}", gw.addr)),
        "{ready}"
    );
    gw.signal("HUP");
    assert!(next().contains("RELOADING=1"));
    assert!(next().contains("READY=1"));
    gw.signal("TERM");
    assert!(next().contains("STOPPING=1"));
    assert_eq!(gw.wait_exit(), Some(0));
}

/// systemd runs `ExecReload=omsgate reload` as soon as the start is reported: the
/// control socket must exist by READY=1. The test fills the notify socket's queue
/// first, so the gateway's READY=1 waits in its send; a control socket bound after it
/// would not exist while it waits.
#[test]
fn the_control_socket_exists_before_ready_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notify.sock");
    let runtime = dir.path().join("run");
    std::fs::create_dir(&runtime).unwrap();
    let sock = std::os::unix::net::UnixDatagram::bind(&path).unwrap();
    let filler = std::os::unix::net::UnixDatagram::unbound().unwrap();
    filler.set_nonblocking(true).unwrap();
    let queued = (0..10_000).take_while(|_| filler.send_to(b"FILLER=1", &path).is_ok()).count();
    assert!(queued < 10_000, "the notify queue never filled");
    let gw = Gateway::with(&["allowed_hosts = [\"localhost\"]", "drain_grace = \"0s\""])
        .env("NOTIFY_SOCKET", path.to_str().unwrap())
        .env("RUNTIME_DIRECTORY", runtime.to_str().unwrap())
        .start();
    let suffix = format!(".{}.sock", gw.pid());
    wait_until("the control socket, while READY=1 waits to be sent", DEADLINE, || {
        std::fs::read_dir(&runtime)
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(&suffix))
    });
    sock.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut buf = [0u8; 512];
    let ready = (0..=queued)
        .map(|_| sock.recv(&mut buf).map(|n| String::from_utf8_lossy(&buf[..n]).into_owned()).unwrap())
        .find(|m| m.contains("READY=1"));
    assert!(ready.is_some(), "READY=1 follows once the queue drains");
}

#[test]
fn set_up_latencies_are_recorded_while_the_tunnel_is_still_open() {
    let origin = Origin::echo();
    let gw = Gateway::with(&[&support::plain_entry(&origin), "tls_inspection = false"]).start();
    let (_open, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"));
    wait_until("the set-up histograms to have the open tunnel", DEADLINE, || {
        gw.metric("omsgate_upstream_connect_seconds_count") == Some(1.0)
            && gw.metric("omsgate_connect_to_established_seconds_count") == Some(1.0)
    });
}

#[test]
fn a_socket_passed_as_systemd_passes_it_is_served() {
    let origin = Origin::echo();
    let listener = support::listener("127.0.0.1");
    let addr = listener.local_addr().unwrap();
    let gw = Gateway::with(&[&support::plain_entry(&origin), "tls_inspection = false"]).on(listener).start();
    let started = gw.wait_event(101, |_| true);
    assert_eq!(started["activated"], true, "{started}");
    assert_eq!(gw.addr, addr);
    let (mut s, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    s.write_all(b"ping").unwrap();
    let mut got = [0; 4];
    s.read_exact(&mut got).unwrap();
    assert_eq!(&got, b"ping");
}

#[test]
fn a_passed_socket_that_differs_from_the_config_is_used_with_a_warning() {
    let listener = support::listener("127.0.0.1");
    let addr = listener.local_addr().unwrap();
    let gw = Gateway::with(&["listen_port = 1"]).on(listener).start();
    assert_eq!(gw.addr, addr, "the passed socket is served, not port 1");
    let warning =
        gw.wait_event(100, |e| e["message"].as_str().unwrap_or("").contains("sockets systemd passed"));
    assert!(warning["message"].as_str().unwrap().contains(&addr.to_string()), "{warning}");
}

#[test]
fn an_agent_connecting_while_the_gateway_restarts_on_its_passed_socket_is_queued_then_served() {
    let origin = Origin::echo();
    let target = format!("127.0.0.1:{}", origin.port());
    // The test holds the listening socket as systemd's .socket unit does; each gateway
    // gets a copy of it.
    let socket = support::listener("127.0.0.1");
    let addr = socket.local_addr().unwrap();
    let keys =
        [support::plain_entry(&origin), "tls_inspection = false".into(), "drain_grace = \"0s\"".into()];
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    let mut first = Gateway::with(&keys).on(socket.try_clone().unwrap()).start();
    first.signal("TERM");
    assert_eq!(first.wait_exit(), Some(0));

    // No gateway runs: the kernel completes the handshake and queues the agent.
    let mut agent = match TcpStream::connect(addr) {
        Ok(s) => s,
        Err(e) => panic!("an agent connecting between the two gateways got {e}, not a place in the queue"),
    };
    agent.set_read_timeout(Some(DEADLINE)).unwrap();
    agent.write_all(format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes()).unwrap();

    let second = Gateway::with(&keys).on(socket.try_clone().unwrap()).start();
    assert_eq!(second.addr, addr);
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && agent.read(&mut byte).unwrap() == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    assert!(head.starts_with("HTTP/1.1 200"), "the queued agent's CONNECT: {head}");
    agent.write_all(b"queued upload").unwrap();
    let mut back = [0u8; 13];
    agent.read_exact(&mut back).unwrap();
    assert_eq!(&back, b"queued upload");
}

/// A running gateway has transparent huge pages off (`omsgate::memory`): with them, one
/// process in three cost half as much CPU again per upload for its whole life.
#[test]
fn a_running_gateway_has_transparent_huge_pages_off() {
    let gw = Gateway::with(&[]).start();
    let status = std::fs::read_to_string(format!("/proc/{}/status", gw.pid())).unwrap();
    // Kernels before 5.0 have no such line; the setting is then not visible here.
    if let Some(line) = status.lines().find(|l| l.starts_with("THP_enabled:")) {
        assert_eq!(line.split_whitespace().nth(1), Some("0"), "{line}");
    }
}
