//! Tunnels through a relay proxy (a real Squid): plain, with Basic credentials read
//! from a password file, with wrong credentials (502, event 403, a hint to fix them),
//! an unreachable relay, and the gateway's own policy applied before the relay is asked.

mod support;

use std::io::{Read, Write};

use support::squid::Squid;
use support::{DEADLINE, Gateway, Origin, connect_to, wait_until};

fn gateway(origin: &Origin, relay: &str, extra: &[&str]) -> Gateway {
    let mut keys = vec![
        support::plain_entry(origin),
        "tls_inspection = false".to_string(),
        format!("relay_proxy = \"http://{relay}\""),
    ];
    keys.extend(extra.iter().map(|s| s.to_string()));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    Gateway::with(&keys).start()
}

fn round_trip(s: &mut std::net::TcpStream) {
    s.write_all(b"via the relay").unwrap();
    let mut buf = [0u8; 13];
    s.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"via the relay");
}

#[test]
fn tunnels_go_through_the_relay_proxy() {
    let origin = Origin::echo();
    let squid = Squid::start(None);
    let gw = gateway(&origin, &format!("127.0.0.1:{}", squid.port), &[]);
    let target = format!("127.0.0.1:{}", origin.port());
    let (mut s, head) = connect_to(gw.addr, &target);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    round_trip(&mut s);
    drop(s);
    assert_eq!(gw.wait_event(103, |_| true)["upstream"], format!("127.0.0.1:{}", squid.port));
    wait_until("squid to log the CONNECT", DEADLINE, || {
        squid.access_log().contains(&format!("CONNECT {target}"))
    });
}

#[test]
fn basic_credentials_from_the_password_file() {
    let origin = Origin::echo();
    let squid = Squid::start(Some(("agentgw", "pa55 word")));
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good");
    std::fs::write(&good, "pa55 word\n").unwrap();
    let relay = format!("127.0.0.1:{}", squid.port);
    let target = format!("127.0.0.1:{}", origin.port());

    let gw = gateway(
        &origin,
        &relay,
        &[
            "relay_proxy_username = \"agentgw\"",
            &format!("relay_proxy_password_file = \"{}\"", good.display()),
        ],
    );
    let (mut s, head) = connect_to(gw.addr, &target);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    round_trip(&mut s);
    // The password is in no log line.
    assert!(gw.events().iter().all(|e| !e.to_string().contains("pa55")));

    let bad = dir.path().join("bad");
    std::fs::write(&bad, "wrong").unwrap();
    let gw = gateway(
        &origin,
        &relay,
        &[
            "relay_proxy_username = \"agentgw\"",
            &format!("relay_proxy_password_file = \"{}\"", bad.display()),
        ],
    );
    let (_, head) = connect_to(gw.addr, &target);
    assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
    let e = gw.wait_event(403, |_| true);
    assert_eq!(e["reason"], "relay_auth");
    assert!(e["message"].as_str().unwrap().contains("407"), "{e}");
    assert!(e["message"].as_str().unwrap().contains("relay_proxy_password_file"), "{e}");
}

#[test]
fn an_unreachable_relay_is_502_with_event_403() {
    let origin = Origin::echo();
    let closed = support::closed_port();
    let gw = gateway(&origin, &format!("127.0.0.1:{}", closed.port), &[]);
    let (_, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
    assert_eq!(gw.wait_event(403, |_| true)["reason"], "relay_unreachable");
}

#[test]
fn the_gateway_policy_applies_before_the_relay_is_asked() {
    let origin = Origin::echo();
    let squid = Squid::start(None);
    let gw = gateway(&origin, &format!("127.0.0.1:{}", squid.port), &[]);
    let (_, head) = connect_to(gw.addr, &format!("127.0.0.2:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 403 "), "{head}");
    gw.wait_event(105, |_| true);
    // An allowed tunnel afterwards shows the relay log works, and holds only that one.
    let (_, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    wait_until("squid log", DEADLINE, || squid.access_log().contains("CONNECT 127.0.0.1"));
    assert!(!squid.access_log().contains("127.0.0.2"));
}

#[test]
fn a_missing_password_file_is_a_config_error() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "relay_proxy = \"http://127.0.0.1:3128\"\nrelay_proxy_username = \"u\"\nrelay_proxy_password_file = \"/nonexistent/pw\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_omsgate"))
        .args(["check", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("relay_proxy_password_file"));
}

#[test]
fn an_inspected_tls_tunnel_through_the_relay_proxy() {
    // curl → omsgate (inspecting the handshake) → Squid → HTTPS origin.
    let origin = Origin::tls();
    let squid = Squid::start(None);
    let gw = Gateway::with(&[
        "allowed_hosts = [\"localhost\"]",
        &format!("allowed_ports = [{}]", origin.port()),
        &format!("relay_proxy = \"http://127.0.0.1:{}\"", squid.port),
    ])
    .start();
    let url = format!("https://localhost:{}/", origin.port());
    let (code, connect, body) = support::curl(gw.addr, &url, origin.ca_file.as_ref().unwrap());
    assert_eq!((code, connect), (0, 200), "{body}");
    assert_eq!(body, support::origin::BODY);
    let verified = gw.wait_event(107, |_| true);
    assert_eq!(verified["sni"], "localhost");
    wait_until("squid to log the CONNECT", DEADLINE, || {
        squid.access_log().contains(&format!("CONNECT localhost:{}", origin.port()))
    });
}
