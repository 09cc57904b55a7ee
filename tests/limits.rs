//! Connection limits and file descriptors: `max_connections` turns new clients away
//! with a fast 503 without touching open tunnels; 1,000 tunnels leave no fd behind;
//! running out of fds pauses accepting instead of killing the gateway; a flood of
//! connections to the metrics endpoint cannot take the fds tunnels need; the fd table
//! is grown at start, not by the accepts.

mod support;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use support::{DEADLINE, Gateway, Origin, connect_to, wait_until};

fn echo_gateway(origin: &Origin, extra: &[&str]) -> support::GatewayBuilder {
    // The echo origin speaks plain bytes: an explicit host:port entry without inspection.
    let mut keys = vec![support::plain_entry(origin), "tls_inspection = false".to_string()];
    keys.extend(extra.iter().map(|s| s.to_string()));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    Gateway::with(&keys)
}

#[test]
fn past_max_connections_new_clients_get_503_and_open_tunnels_carry_on() {
    let origin = Origin::echo();
    let gw = echo_gateway(&origin, &["max_connections = 2"]).start();
    let target = format!("127.0.0.1:{}", origin.port());
    let (mut a, ha) = connect_to(gw.addr, &target);
    let (mut b, hb) = connect_to(gw.addr, &target);
    assert!(ha.starts_with("HTTP/1.1 200") && hb.starts_with("HTTP/1.1 200"));

    let (_, third) = connect_to(gw.addr, &target);
    assert!(third.starts_with("HTTP/1.1 503 "), "{third}");
    assert!(third.contains("Retry-After:"), "{third}");
    assert_eq!(gw.wait_event(109, |_| true)["event_id"], 109);
    wait_until("rejection counted", DEADLINE, || {
        gw.metric("omsgate_rejections_total{reason=\"max_connections\"}") == Some(1.0)
    });

    for s in [&mut a, &mut b] {
        s.write_all(b"still here").unwrap();
        let mut buf = [0u8; 10];
        s.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"still here");
    }
    drop(a);
    // A slot frees when a tunnel closes.
    wait_until("a slot to free", DEADLINE, || connect_to(gw.addr, &target).1.starts_with("HTTP/1.1 200"));
}

#[test]
fn a_thousand_tunnels_leave_no_file_descriptor_behind() {
    let origin = Origin::echo();
    let gw = echo_gateway(&origin, &[]).start();
    let target = format!("127.0.0.1:{}", origin.port());
    // Warm up once so lazily created fds (DNS, pools) are in the baseline.
    let (s, _) = connect_to(gw.addr, &target);
    drop(s);
    wait_until("warm-up tunnel closed", DEADLINE, || {
        gw.metric("omsgate_active_client_connections") == Some(0.0)
    });
    let baseline = gw.fd_count();

    for round in 0..20 {
        let tunnels: Vec<TcpStream> = (0..50)
            .map(|i| {
                let (mut s, head) = connect_to(gw.addr, &target);
                assert!(head.starts_with("HTTP/1.1 200"), "round {round} tunnel {i}: {head}");
                s.write_all(b"x").unwrap();
                s
            })
            .collect();
        for mut s in tunnels {
            let mut b = [0u8; 1];
            s.read_exact(&mut b).unwrap();
        }
    }
    wait_until("all tunnels closed", DEADLINE, || {
        gw.metric("omsgate_active_client_connections") == Some(0.0)
    });
    // The splice pool keeps its pipes (two fds each) for the next bursts, by design.
    wait_until("fd count back to baseline plus pooled pipes", DEADLINE, || {
        let pipes = gw.metric("omsgate_splice_pipes_open").unwrap_or(0.0) as usize;
        gw.fd_count() <= baseline + 2 * pipes
    });
    let pipes = gw.metric("omsgate_splice_pipes_open").unwrap();
    assert!(pipes <= 256.0, "the pool is bounded: {pipes}");
    assert_eq!(gw.metric("omsgate_tunnels_opened_total"), Some(1001.0));
}

#[test]
fn running_out_of_fds_pauses_accepts_and_recovers() {
    let origin = Origin::echo();
    // ~20 fds for the runtime, logs and listeners leaves room for only a few tunnels.
    // An explicit max_connections above what fits: the fd limit is what bites.
    let gw = echo_gateway(&origin, &["max_connections = 5000"]).nofile(48).start();
    let target = format!("127.0.0.1:{}", origin.port());
    let mut held = Vec::new();
    for _ in 0..40 {
        held.push(TcpStream::connect(gw.addr).unwrap());
    }
    for s in &mut held {
        let _ = s.write_all(format!("CONNECT {target} HTTP/1.1\r\n\r\n").as_bytes());
    }
    let e = gw.wait_event(403, |e| e["message"].as_str().unwrap_or("").contains("out of file descriptors"));
    assert!(e["message"].as_str().unwrap().contains("LimitNOFILE"));
    drop(held);
    // Once fds free up, tunnels work again.
    wait_until("accepts to resume", DEADLINE, || {
        let (mut s, head) = connect_to(gw.addr, &target);
        head.starts_with("HTTP/1.1 200") && s.write_all(b"ok").is_ok() && {
            let mut b = [0u8; 2];
            s.read_exact(&mut b).is_ok()
        }
    });
}

#[test]
fn a_default_max_connections_fits_the_fd_limit_so_overload_is_a_fast_503() {
    let origin = Origin::echo();
    // 673 fds: 64 base + 73 for the metrics endpoint + 256 pipes × 2 leave room for
    // (673 - 649) / 2 = 12 tunnels.
    let gw = echo_gateway(&origin, &[]).nofile(673).start();
    let e = gw.wait_event(100, |e| e["max_connections"].is_u64());
    assert_eq!(e["max_connections"], 12, "{e}");
    let target = format!("127.0.0.1:{}", origin.port());
    let open: Vec<_> = (0..12).map(|_| connect_to(gw.addr, &target)).collect();
    assert!(open.iter().all(|(_, head)| head.starts_with("HTTP/1.1 200")));
    let (_, head) = connect_to(gw.addr, &target);
    assert!(head.starts_with("HTTP/1.1 503 "), "{head}");
}

/// The fd table is grown at start to what `max_connections` needs: grown by the
/// accepts instead, each doubling waits for an RCU grace period inside `accept4` (the
/// gateway has threads), 10–20 ms in which no tunnel is set up.
#[test]
fn the_fd_table_is_grown_at_start_not_by_the_accepts() {
    let origin = Origin::echo();
    let gw = echo_gateway(&origin, &[]).nofile(4096).start();
    let status = std::fs::read_to_string(format!("/proc/{}/status", gw.pid())).unwrap();
    let slots: u64 = status.lines().find_map(|l| l.strip_prefix("FDSize:")).unwrap().trim().parse().unwrap();
    assert!(slots >= 4096, "FDSize {slots}: the accepts would grow the table");
}

#[test]
fn a_flood_of_idle_metrics_connections_leaves_fds_for_tunnels_and_health_checks() {
    // A storm far larger than the gateway's open-file limit, each connection left idle.
    const NOFILE: u64 = 700;
    const STORM: usize = 2_000;
    const STORM_TIME: Duration = Duration::from_secs(10);
    // What an agent waits for its tunnel before it gives up and retries later.
    const AGENT_WAIT: Duration = Duration::from_secs(3);
    let origin = Origin::echo();
    // max_connections = "auto": fitted into the limit beside the metrics endpoint's cap.
    let gw = echo_gateway(&origin, &[]).nofile(NOFILE).start();
    let target = format!("127.0.0.1:{}", origin.port());

    // This process holds its end of every connection: keep a margin for the tests
    // running beside this one.
    let attempts = STORM.min(raise_own_nofile().saturating_sub(512) as usize);
    let (opened, stop) = (AtomicUsize::new(0), AtomicBool::new(false));
    let (idle, agents) = std::thread::scope(|s| {
        // The storm goes on while the agents connect, as an attacker's would.
        let storm = s.spawn(|| {
            let start = Instant::now();
            let mut idle = Vec::new();
            while idle.len() < attempts && start.elapsed() < STORM_TIME && !stop.load(Ordering::Relaxed) {
                // A timeout means the listen queue is full: the gateway takes no more for now.
                if let Ok(c) = TcpStream::connect_timeout(&gw.metrics, Duration::from_millis(250)) {
                    idle.push(c);
                    opened.store(idle.len(), Ordering::Relaxed);
                }
            }
            idle
        });
        wait_until("the storm to outnumber the gateway's fds", DEADLINE, || {
            opened.load(Ordering::Relaxed) as u64 > NOFILE
        });
        // Five agents at once.
        let runs: Vec<_> = (0..5)
            .map(|i| {
                let target = &target;
                s.spawn(move || agent(gw.addr, target, &format!("agent {i}"), AGENT_WAIT))
            })
            .collect();
        let agents: Vec<Result<(), String>> = runs.into_iter().map(|r| r.join().unwrap()).collect();
        stop.store(true, Ordering::Relaxed);
        (storm.join().unwrap(), agents)
    });
    let failed: Vec<&String> = agents.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        failed.is_empty(),
        "{} of 5 agents got a tunnel during a storm of {} idle metrics connections: {failed:?}",
        5 - failed.len(),
        idle.len()
    );

    // A load balancer's health check still gets its answer.
    wait_until("/healthz to answer during the storm", DEADLINE, || {
        try_get(gw.metrics, "/healthz").is_some_and(|(code, _)| code == 200)
    });
    // And the operator can see the storm was turned away.
    wait_until("refused metrics connections counted", DEADLINE, || {
        try_get(gw.metrics, "/metrics").is_some_and(|(code, body)| {
            code == 200 && sample(&body, "omsgate_metrics_connections_refused_total").is_some_and(|n| n > 0.0)
        })
    });
    drop(idle);
}

/// One agent: a tunnel to the echo origin within `wait`, and `hello` echoed through it.
fn agent(gw: SocketAddr, target: &str, hello: &str, wait: Duration) -> Result<(), String> {
    let mut s = TcpStream::connect_timeout(&gw, wait).map_err(|e| format!("{hello}: connect: {e}"))?;
    s.set_read_timeout(Some(wait)).unwrap();
    s.set_write_timeout(Some(wait)).unwrap();
    s.write_all(format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes())
        .map_err(|e| format!("{hello}: send CONNECT: {e}"))?;
    let head = read_head(&mut s).map_err(|e| format!("{hello}: no answer within {wait:?}: {e}"))?;
    if !head.starts_with("HTTP/1.1 200") {
        return Err(format!("{hello}: answered {head:?}"));
    }
    s.write_all(hello.as_bytes()).map_err(|e| format!("{hello}: send: {e}"))?;
    let mut echo = vec![0u8; hello.len()];
    s.read_exact(&mut echo).map_err(|e| format!("{hello}: no echo: {e}"))?;
    match echo == hello.as_bytes() {
        true => Ok(()),
        false => Err(format!("{hello}: echoed {:?}", String::from_utf8_lossy(&echo))),
    }
}

/// A GET on the metrics endpoint; `None` when the connection is refused, closed or
/// silent for 5 s (unlike `Gateway::http_get`, which panics).
fn try_get(metrics: SocketAddr, path: &str) -> Option<(u16, String)> {
    let wait = Duration::from_secs(5);
    let mut s = TcpStream::connect_timeout(&metrics, wait).ok()?;
    s.set_read_timeout(Some(wait)).ok()?;
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let code = text.get(9..12)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    Some((code, body))
}

/// The value of an unlabelled sample in a Prometheus text body.
fn sample(body: &str, name: &str) -> Option<f64> {
    body.lines().find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
}

/// Reads up to the blank line that ends a response head.
fn read_head(s: &mut TcpStream) -> std::io::Result<String> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match s.read(&mut byte)? {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            _ => head.push(byte[0]),
        }
    }
    Ok(String::from_utf8_lossy(&head).into_owned())
}

/// Raises this test process's soft open-file limit to its hard limit; returns the
/// soft limit in force.
fn raise_own_nofile() -> u64 {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    let _ = setrlimit(Resource::Nofile, Rlimit { current: limit.maximum, maximum: limit.maximum });
    getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX)
}
