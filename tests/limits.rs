//! Connection limits and file descriptors: `max_connections` turns new clients away
//! with a fast 503 without touching open tunnels; 1,000 tunnels leave no fd behind;
//! running out of fds pauses accepting instead of killing the gateway.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;

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
