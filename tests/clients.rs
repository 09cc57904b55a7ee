//! Per-client limits through the real binary: one agent address past its cap or its
//! rate gets a fast 503 with `Retry-After` while other agents are served, and slow
//! clients that never finish their CONNECT head cannot starve well-behaved agents.

mod support;

use std::io::{Read, Write};

use support::{DEADLINE, Gateway, Origin, connect_from, request, wait_until};

/// An echo tunnel from `from` works end to end.
fn served(gw: &Gateway, from: &str, origin: &Origin) -> bool {
    let mut s = connect_from(from, gw.addr);
    if !request(&mut s, &format!("127.0.0.1:{}", origin.port())).starts_with("HTTP/1.1 200") {
        return false;
    }
    s.write_all(b"ping").unwrap();
    let mut back = [0u8; 4];
    s.read_exact(&mut back).is_ok() && &back == b"ping"
}

#[test]
fn a_client_past_its_connection_cap_gets_503_while_another_is_served() {
    let origin = Origin::echo();
    let gw = Gateway::with(&[
        &support::plain_entry(&origin),
        "tls_inspection = false",
        "max_connections_per_client = 3",
    ])
    .start();
    // Three idle connections from 127.0.0.1 fill its share.
    let held: Vec<_> = (0..3).map(|_| connect_from("127.0.0.1", gw.addr)).collect();
    wait_until("three connections open", DEADLINE, || {
        gw.metric("omsgate_active_client_connections") == Some(3.0)
    });
    let mut fourth = connect_from("127.0.0.1", gw.addr);
    let head = request(&mut fourth, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 503"), "{head}");
    assert!(head.contains("Retry-After:") && head.contains("X-Omsgate-Event: 112"), "{head}");
    assert!(served(&gw, "127.0.0.2", &origin), "another agent is served");
    let e = gw.wait_event(112, |_| true);
    assert_eq!(e["reason"], "client_connections", "{e}");
    assert_eq!(gw.metric("omsgate_rejections_total{reason=\"client_connections\"}"), Some(1.0));
    drop(held);
}

#[test]
fn a_client_past_its_rate_gets_503_while_another_is_served() {
    let origin = Origin::echo();
    let gw =
        Gateway::with(&[&support::plain_entry(&origin), "tls_inspection = false", "client_tunnel_rate = 5"])
            .start();
    // A bucket of 10 (two seconds' worth): a quick burst of 30 runs it dry.
    let target = format!("127.0.0.1:{}", origin.port());
    let answers: Vec<String> = (0..30)
        .map(|_| {
            let mut s = connect_from("127.0.0.1", gw.addr);
            request(&mut s, &target)
        })
        .collect();
    let ok = answers.iter().filter(|h| h.starts_with("HTTP/1.1 200")).count();
    let limited =
        answers.iter().filter(|h| h.starts_with("HTTP/1.1 503") && h.contains("Retry-After:")).count();
    assert!(ok >= 10, "the burst passes: {ok} of 30");
    assert!(limited >= 1 && ok + limited == 30, "{ok} passed, {limited} limited: {answers:?}");
    assert!(served(&gw, "127.0.0.3", &origin), "another agent is served");
    assert_eq!(gw.wait_event(112, |_| true)["reason"], "client_rate");
}

/// 2,000 connections that never finish their CONNECT head, against a gateway whose
/// max_connections (1,000) they would fill: the pending-head cap drops the oldest slow
/// ones as new connections come, so well-behaved agents still get their tunnels.
#[test]
fn two_thousand_slow_heads_do_not_starve_agents() {
    let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile);
    let hard = limit.maximum.unwrap_or(20_000);
    assert!(hard >= 4_096, "this test holds 2,000 sockets; the open-file hard limit is {hard}");
    let _ = rustix::process::setrlimit(
        rustix::process::Resource::Nofile,
        rustix::process::Rlimit { current: Some(hard), maximum: limit.maximum },
    );
    let origin = Origin::echo();
    let gw =
        Gateway::with(&[&support::plain_entry(&origin), "tls_inspection = false", "max_connections = 1000"])
            .start();
    let mut slow = Vec::with_capacity(2000);
    for _ in 0..2000 {
        let mut s = connect_from("127.0.0.1", gw.addr);
        // Half a request line, then nothing: a slowloris.
        let _ = s.write_all(b"CONNECT 127.0.0.1:");
        slow.push(s);
    }
    for agent in 0..20 {
        assert!(served(&gw, "127.0.0.2", &origin), "agent {agent} is served despite 2,000 slow heads");
    }
    let evicted = gw.metric("omsgate_errors_total{event_id=\"104\"}").unwrap_or(0.0);
    assert!(evicted >= 1000.0, "slow heads were dropped to make room: {evicted}");
    let e = gw.wait_event(104, |e| e["reason"] == "head_evicted");
    assert!(e["message"].as_str().unwrap().contains("max_pending_heads"), "{e}");
    drop(slow);
}

/// A reconnect storm's agents sit between TCP connect and their CONNECT head in
/// thousands at once. While the gateway has slots to spare, a head that many newer
/// connections overtook is slow, not hostile: it is left to `header_timeout`, and the
/// agent gets its tunnel when its head arrives (the 9,900-agent storm lost 1,254
/// attempts to evictions with 15,000 slots free).
#[test]
fn heads_overtaken_while_slots_are_free_are_not_dropped() {
    let origin = Origin::echo();
    let gw =
        Gateway::with(&[&support::plain_entry(&origin), "tls_inspection = false", "max_pending_heads = 4"])
            .start();
    let target = format!("127.0.0.1:{}", origin.port());
    // Twelve agents connect and send the start of their head: three times the ring.
    let mut agents: Vec<_> = (0..12)
        .map(|_| {
            let mut s = connect_from("127.0.0.1", gw.addr);
            s.write_all(b"CONNECT 127.0.0.1:").unwrap();
            s
        })
        .collect();
    wait_until("twelve connections accepted", DEADLINE, || {
        gw.metric("omsgate_active_client_connections") == Some(12.0)
    });
    // Then each finishes its head, oldest first: every one gets its tunnel.
    for (i, s) in agents.iter_mut().enumerate() {
        let rest = format!("{} HTTP/1.1\r\nHost: {target}\r\n\r\n", origin.port());
        s.write_all(rest.as_bytes()).unwrap();
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            match s.read(&mut byte) {
                Ok(1) => head.push(byte[0]),
                _ => break,
            }
        }
        let head = String::from_utf8_lossy(&head);
        assert!(head.starts_with("HTTP/1.1 200"), "agent {i}, overtaken by {} newer: {head:?}", 11 - i);
        s.write_all(b"ping").unwrap();
        let mut back = [0u8; 4];
        s.read_exact(&mut back).unwrap();
        assert_eq!(&back, b"ping");
    }
    assert_eq!(gw.metric("omsgate_errors_total{event_id=\"104\"}").unwrap_or(0.0), 0.0);
}
