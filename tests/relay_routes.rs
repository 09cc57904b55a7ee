//! Relay routes against real Squids (issue 12): `relay_proxies` tried in order, the
//! second taking over within `connect_timeout` when the first stops, the first skipped
//! while its breaker is open and tried again after `relay_retry_after`; a
//! `relay_bypass` host going direct and a `relay_route` picking its own relay; a wrong
//! relay password giving 502 with one 407 line per burst; an `https://` relay (Squid's
//! `https_port`) carrying an inspected TLS tunnel, and one with a certificate the
//! gateway does not trust refused.

mod support;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::squid::{Squid, Tls};
use support::{DEADLINE, Gateway, Origin, connect_to, wait_until};

/// A tunnel to `target` that must open, with one round trip through it.
fn tunnel(gw: &Gateway, target: &str) {
    let (mut s, head) = connect_to(gw.addr, target);
    assert!(head.starts_with("HTTP/1.1 200"), "{target}: {head}");
    s.write_all(b"ping").unwrap();
    let mut buf = [0u8; 4];
    s.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"ping");
}

/// The `n`th (from 1) event 103 of `gw`, once it is there.
fn opened(gw: &Gateway, n: usize) -> Value {
    let mut found = None;
    wait_until(&format!("event 103 number {n}"), DEADLINE, || {
        found = gw.events().into_iter().filter(|e| e["event_id"] == 103).nth(n - 1);
        found.is_some()
    });
    found.unwrap()
}

fn relay(squid: &Squid) -> String {
    format!("127.0.0.1:{}", squid.port)
}

#[test]
fn the_second_relay_takes_over_and_the_first_is_skipped_then_retried() {
    let origin = Origin::echo();
    let (mut a, b) = (Squid::start(None), Squid::start(None));
    let connect_timeout = Duration::from_secs(5);
    let retry_after = Duration::from_secs(2);
    let gw = Gateway::with(&[
        &support::plain_entry(&origin),
        "tls_inspection = false",
        &format!("relay_proxies = [\"http://{}\", \"http://{}\"]", relay(&a), relay(&b)),
        "connect_timeout = \"5s\"",
        "relay_retry_after = \"2s\"",
    ])
    .start();
    let target = format!("127.0.0.1:{}", origin.port());

    tunnel(&gw, &target);
    let first = opened(&gw, 1);
    assert_eq!(
        (first["relay"].as_str(), first["route"].as_str()),
        (Some(&*relay(&a)), Some("relay")),
        "{first}"
    );
    assert_eq!(first["upstream"], relay(&a));

    let up = |squid: &Squid| gw.metric(&format!("omsgate_relay_proxy_up{{relay=\"{}\"}}", relay(squid)));
    assert_eq!((up(&a), up(&b)), (Some(1.0), Some(1.0)), "both work as far as anyone knows");
    a.stop();
    let failed_over = Instant::now();
    tunnel(&gw, &target);
    assert!(failed_over.elapsed() < connect_timeout, "took {:?}", failed_over.elapsed());
    let second = opened(&gw, 2);
    assert_eq!(
        (second["relay"].as_str(), second["relay_failovers"].as_u64()),
        (Some(&*relay(&b)), Some(1)),
        "{second}"
    );
    let opened_breaker =
        gw.wait_event(403, |e| e["relay"] == relay(&a) && e["message"].as_str().unwrap().contains("skip"));
    assert_eq!(opened_breaker["reason"], "relay_unreachable", "{opened_breaker}");
    assert_eq!((up(&a), up(&b)), (Some(0.0), Some(1.0)), "the stopped relay is down on the scrape");

    // Breaker open: the next tunnel goes straight to the second relay.
    tunnel(&gw, &target);
    let third = opened(&gw, 3);
    assert_eq!(
        (third["relay"].as_str(), third["relay_failovers"].as_u64()),
        (Some(&*relay(&b)), Some(0)),
        "{third}"
    );

    // After relay_retry_after one tunnel tries the first again (it fails over once more).
    let mut n = 3;
    wait_until("a tunnel to try the first relay again", DEADLINE, || {
        tunnel(&gw, &target);
        n += 1;
        opened(&gw, n)["relay_failovers"] == 1
    });
    assert!(failed_over.elapsed() >= retry_after, "retried after {:?}", failed_over.elapsed());
    let opened_lines = gw.events().iter().filter(|e| e["relay"] == relay(&a) && e["event_id"] == 403).count();
    assert_eq!(opened_lines, 1, "the breaker's line is written once per opening, not per tunnel");
    assert!(b.access_log().contains(&format!("CONNECT {target}")));
    // Through an http:// relay the tunnel is TCP to TCP: spliced, through the pipe pool.
    assert!(gw.metric("omsgate_splice_pipes_open").unwrap() >= 1.0, "splice(2) was used");
}

#[test]
fn a_bypass_host_goes_direct_and_a_relay_route_picks_its_relay() {
    let (bypassed, routed, default) = (Origin::echo(), Origin::echo(), Origin::echo());
    let (a, b) = (Squid::start(None), Squid::start(None));
    let [bypassed, routed, default] =
        [&bypassed, &routed, &default].map(|o| format!("127.0.0.1:{}", o.port()));
    let gw = Gateway::with(&[
        &format!("allowed_hosts = [\"{bypassed}\", \"{routed}\", \"{default}\"]"),
        "tls_inspection = false",
        &format!("relay_proxies = [\"http://{}\"]", relay(&a)),
        &format!("relay_bypass = [\"{bypassed}\"]"),
        &format!("relay_route = [{{ hosts = [\"{routed}\"], relay = \"http://{}\" }}]", relay(&b)),
    ])
    .start();
    for (n, target) in [&bypassed, &routed, &default].into_iter().enumerate() {
        tunnel(&gw, target);
        opened(&gw, n + 1);
    }
    let taken = |target: &str| {
        let e = gw.events().into_iter().find(|e| e["event_id"] == 103 && e["target"] == target).unwrap();
        (
            e["route"].as_str().unwrap().to_string(),
            e["relay"].as_str().unwrap().to_string(),
            e["upstream"].clone(),
        )
    };
    assert_eq!(taken(&bypassed), ("bypass".into(), "".into(), Value::from(bypassed.clone())));
    assert_eq!(taken(&routed), ("relay_route".into(), relay(&b), Value::from(relay(&b))));
    assert_eq!(taken(&default), ("relay".into(), relay(&a), Value::from(relay(&a))));
    wait_until("both squids to log their CONNECT", DEADLINE, || {
        a.access_log().contains(&format!("CONNECT {default}"))
            && b.access_log().contains(&format!("CONNECT {routed}"))
    });
    let (a_log, b_log) = (a.access_log(), b.access_log());
    assert!(!a_log.contains(&routed) && !a_log.contains(&bypassed), "{a_log}");
    assert!(!b_log.contains(&default) && !b_log.contains(&bypassed), "{b_log}");
}

#[test]
fn a_wrong_relay_password_is_502_with_one_407_line_per_burst() {
    let origin = Origin::echo();
    let squid = Squid::start(Some(("gw", "right one")));
    let dir = tempfile::tempdir().unwrap();
    let password = dir.path().join("relay.password");
    std::fs::write(&password, "wrong one\n").unwrap();
    std::fs::set_permissions(&password, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let target = format!("127.0.0.1:{}", origin.port());
    let gw = Gateway::with(&[
        &support::plain_entry(&origin),
        "tls_inspection = false",
        &format!("relay_proxies = [\"http://gw@{}\"]", relay(&squid)),
        &format!("relay_password_files = [\"{}={}\"]", relay(&squid), password.display()),
    ])
    .start();
    const BURST: usize = 5;
    for _ in 0..BURST {
        let (_, head) = connect_to(gw.addr, &target);
        assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
    }
    // A refused target afterwards: its line comes after every line of the burst.
    let (_, head) = connect_to(gw.addr, "127.0.0.2:1");
    assert!(head.starts_with("HTTP/1.1 403 "), "{head}");
    gw.wait_event(105, |_| true);
    let auth: Vec<Value> = gw.events().into_iter().filter(|e| e["reason"] == "relay_auth").collect();
    assert_eq!(auth.len(), 1, "one line for the burst: {auth:?}");
    let message = auth[0]["message"].as_str().unwrap();
    assert!(
        message.contains("407") && message.contains("relay_password_files"),
        "says what to fix: {message}"
    );
    assert_eq!((auth[0]["event_id"].as_u64(), auth[0]["refused"].as_u64()), (Some(403), Some(1)));
    assert!(gw.events().iter().all(|e| !e.to_string().contains("wrong one")), "the password is in no line");
    wait_until("squid to log the refusals", DEADLINE, || {
        squid.access_log().matches("/407 ").count() >= BURST
    });
}

#[test]
fn an_https_relay_carries_an_inspected_tunnel_and_an_untrusted_one_is_refused() {
    let origin = Origin::tls();
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["localhost".into()]).unwrap().self_signed(&key).unwrap();
    let squid = Squid::start_with(None, Some(&Tls { cert_pem: &cert.pem(), key_pem: &key.serialize_pem() }));
    let dir = tempfile::tempdir().unwrap();
    let relay_ca = dir.path().join("relay-ca.pem");
    std::fs::write(&relay_ca, cert.pem()).unwrap();
    let keys = |ca: &std::path::Path| {
        vec![
            "allowed_hosts = [\"localhost\"]".to_string(),
            format!("allowed_ports = [{}]", origin.port()),
            format!("relay_proxies = [\"https://localhost:{}\"]", squid.port),
            format!("relay_ca_file = \"{}\"", ca.display()),
        ]
    };
    let start =
        |keys: Vec<String>| Gateway::with(&keys.iter().map(String::as_str).collect::<Vec<_>>()).start();

    let gw = start(keys(&relay_ca));
    let url = format!("https://localhost:{}/", origin.port());
    let (code, connect, body) = support::curl(gw.addr, &url, origin.ca_file.as_ref().unwrap());
    assert_eq!((code, connect), (0, 200), "{body}");
    assert_eq!(body, support::origin::BODY);
    assert_eq!(gw.wait_event(107, |_| true)["sni"], "localhost");
    let closed = gw.wait_event(108, |_| true);
    assert!(closed["bytes_down"].as_u64().unwrap() > support::origin::BODY.len() as u64, "{closed}");
    assert_eq!(opened(&gw, 1)["relay"], format!("localhost:{}", squid.port));
    // TLS to the relay is copied in userspace: no pipe was ever leased.
    assert_eq!(gw.metric("omsgate_splice_pipes_open"), Some(0.0));
    wait_until("squid to log the CONNECT", DEADLINE, || {
        squid.access_log().contains(&format!("CONNECT localhost:{}", origin.port()))
    });

    // A relay whose certificate is not from relay_ca_file: 502, reason relay_tls.
    let other = dir.path().join("other-ca.pem");
    let stranger = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    std::fs::write(&other, stranger.cert.pem()).unwrap();
    let gw = start(keys(&other));
    let (_, head) = connect_to(gw.addr, &format!("localhost:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
    assert_eq!(
        gw.wait_event(403, |e| e["reason"] == "relay_tls")["relay"],
        format!("localhost:{}", squid.port)
    );
}

#[test]
fn a_relay_that_cannot_reach_one_destination_stays_in_line() {
    let origin = Origin::echo();
    let dead = support::closed_port();
    let (a, b) = (Squid::start(None), Squid::start(None));
    let target = format!("127.0.0.1:{}", origin.port());
    let gone = format!("127.0.0.1:{}", dead.port);
    let gw = Gateway::with(&[
        &format!("allowed_hosts = [\"{target}\", \"{gone}\"]"),
        "tls_inspection = false",
        &format!("relay_proxies = [\"http://{}\", \"http://{}\"]", relay(&a), relay(&b)),
    ])
    .start();
    // Both Squids answer 5xx for a destination nobody listens on: each is asked once.
    let (_, head) = connect_to(gw.addr, &gone);
    assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
    let refused = gw.wait_event(403, |e| e["target"] == gone);
    assert_eq!(refused["reason"], "relay_refused", "{refused}");
    let message = refused["message"].as_str().unwrap();
    assert!(message.contains(&relay(&a)) && message.contains(&relay(&b)), "names both relays: {message}");
    // Neither breaker opened: the next tunnel goes to the first relay, no failover.
    tunnel(&gw, &target);
    let next = opened(&gw, 1);
    assert_eq!(
        (next["relay"].as_str(), next["relay_failovers"].as_u64()),
        (Some(&*relay(&a)), Some(0)),
        "{next}"
    );
    assert!(
        gw.events()
            .iter()
            .all(|e| e["relay"].is_null() || !e["message"].as_str().unwrap_or("").contains("skip"))
    );
}
