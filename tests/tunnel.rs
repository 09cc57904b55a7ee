//! A tunnel through the real binary, driven by real clients: curl through to a TLS
//! origin, refusals with their statuses and events, pipelined bytes, half-close, idle
//! timeout, and the private-destination, unspecified-destination and own-listener guards.

mod support;

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv6Addr, Shutdown, SocketAddr};
use std::time::Duration;

use support::{DEADLINE, Gateway, Origin, connect_raw, connect_to, curl};

fn gateway_for(origin: &Origin, extra: &[&str]) -> Gateway {
    let mut keys = vec![
        "allowed_hosts = [\"localhost\", \"127.0.0.1\"]".to_string(),
        format!("allowed_ports = [{}]", origin.port()),
        "allow_private_destinations = true".to_string(),
    ];
    keys.extend(extra.iter().map(|s| s.to_string()));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    Gateway::with(&keys).start()
}

/// A gateway for a plain (non-TLS) echo origin: explicit entry, no inspection.
fn plain_gateway(origin: &Origin, extra: &[&str]) -> Gateway {
    let mut keys = vec![support::plain_entry(origin), "tls_inspection = false".to_string()];
    keys.extend(extra.iter().map(|s| s.to_string()));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    Gateway::with(&keys).start()
}

#[test]
fn curl_through_an_allowed_tunnel_gets_the_body() {
    let origin = Origin::tls();
    let gw = gateway_for(&origin, &[]);
    let url = format!("https://localhost:{}/", origin.port());
    let (code, connect, body) = curl(gw.addr, &url, origin.ca_file.as_ref().unwrap());
    assert_eq!((code, connect), (0, 200), "curl failed: {body}");
    assert_eq!(body, support::origin::BODY);
    let decision = gw.wait_event(103, |_| true);
    assert_eq!(decision["target"], format!("localhost:{}", origin.port()));
    assert_eq!(decision["decision"], "allow");
    let close = gw.wait_event(108, |_| true);
    // The ClientHello (held and forwarded by the sniffer) counts like the spliced bytes.
    let up = close["bytes_up"].as_u64().unwrap();
    assert!(up > 500, "ClientHello and request went up: {close}");
    assert!(close["bytes_down"].as_u64().unwrap() > 500, "certificate and body came down: {close}");
    assert!(close["duration_s"].as_f64().is_some());
    let metered = gw.metric("omsgate_tunnel_bytes_total{direction=\"up\"}").unwrap();
    assert_eq!(metered, up as f64, "the byte counter agrees with the close line");
}

#[test]
fn host_not_allowed_is_403_with_event_105() {
    let origin = Origin::tls();
    let gw = gateway_for(&origin, &[]);
    let url = format!("https://not-allowed.example:{}/", origin.port());
    let (code, connect, _) = curl(gw.addr, &url, origin.ca_file.as_ref().unwrap());
    assert_ne!(code, 0);
    assert_eq!(connect, 403);
    let e = gw.wait_event(105, |_| true);
    assert_eq!(e["reason"], "host_not_allowed");
    assert_eq!(e["target"], format!("not-allowed.example:{}", origin.port()));
    support::wait_until("rejection metric", DEADLINE, || {
        gw.metric("omsgate_rejections_total{reason=\"host_not_allowed\"}") == Some(1.0)
    });
}

#[test]
fn port_not_allowed_is_403_with_the_reason_in_the_body() {
    let origin = Origin::tls();
    let gw = gateway_for(&origin, &[]);
    let (code, connect, _) = curl(gw.addr, "https://localhost:22/", origin.ca_file.as_ref().unwrap());
    assert_ne!(code, 0);
    assert_eq!(connect, 403);
    let (_, head) = connect_to(gw.addr, "localhost:22");
    assert!(head.starts_with("HTTP/1.1 403 "), "{head}");
    assert!(head.contains("X-Omsgate-Event: 105"), "{head}");
    let (mut s, _) = connect_to(gw.addr, "localhost:22");
    let mut body = String::new();
    s.read_to_string(&mut body).unwrap();
    assert!(body.contains("port 22 is not allowed for localhost"), "{body}");
    assert_eq!(gw.wait_event(105, |_| true)["reason"], "port_not_allowed");
}

#[test]
fn plain_http_through_the_proxy_is_405_with_event_104() {
    let origin = Origin::tls();
    let gw = gateway_for(&origin, &[]);
    let out = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "10", "--proxy"])
        .arg(format!("http://{}", gw.addr))
        .arg(format!("http://localhost:{}/", origin.port()))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "405");
    assert_eq!(gw.wait_event(104, |_| true)["reason"], "not_connect");
}

#[test]
fn malformed_targets_are_400() {
    let gw = Gateway::with(&["allowed_hosts = [\"localhost\"]"]).start();
    for target in [
        "user@localhost:443",
        "localhost",
        "localhost:0",
        "localhost:65536",
        "localhost:https",
        "exa%6dple.com:443",
        "a..b:443",
        "[::1:443",
    ] {
        let (_, head) = connect_to(gw.addr, target);
        assert!(head.starts_with("HTTP/1.1 400 "), "{target}: {head}");
    }
    let (_, head) = connect_raw(gw.addr, b"CONNECT host\x01name:443 HTTP/1.1\r\n\r\n");
    assert!(head.starts_with("HTTP/1.1 400 "), "control byte: {head}");
    assert_eq!(gw.wait_event(104, |_| true)["status"], 400);
}

#[test]
fn bytes_pipelined_after_the_head_are_forwarded() {
    let origin = Origin::echo();
    let gw = gateway_for(&origin, &[]);
    // A real ClientHello, as an agent that does not wait for the 200 would send it; it
    // goes through the sniffer (SNI localhost matches) and reaches the echo origin.
    let hello = client_hello();
    let mut request = format!("CONNECT localhost:{} HTTP/1.1\r\n\r\n", origin.port()).into_bytes();
    request.extend_from_slice(&hello);
    let (mut s, head) = connect_raw(gw.addr, &request);
    assert_eq!(head, "HTTP/1.1 200 Connection established\r\n\r\n");
    let mut echoed = vec![0u8; hello.len()];
    s.read_exact(&mut echoed).unwrap();
    assert_eq!(echoed, hello);
}

#[test]
fn half_close_keeps_the_other_direction_open() {
    let origin = Origin::echo();
    let gw = plain_gateway(&origin, &[]);
    let (mut s, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"));
    s.write_all(b"upload").unwrap();
    s.shutdown(Shutdown::Write).unwrap();
    // The origin sees our FIN only through the tunnel, and answers after it.
    let mut rest = Vec::new();
    s.read_to_end(&mut rest).unwrap();
    assert_eq!(rest, b"uploadbye");
    let close = gw.wait_event(108, |_| true);
    assert_eq!(close["bytes_up"], 6);
    assert_eq!(close["bytes_down"], 9);
    assert_eq!(close["closed_by"], "client");
}

#[test]
fn idle_tunnels_close_after_idle_timeout() {
    let origin = Origin::echo();
    let gw = plain_gateway(&origin, &["idle_timeout = \"1s\""]);
    let (mut s, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"));
    s.write_all(b"ping").unwrap();
    let mut buf = [0u8; 4];
    s.read_exact(&mut buf).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // Silence both ways: the gateway closes the tunnel.
    let n = s.read(&mut buf).expect("the gateway closes the tunnel, not the read timeout");
    assert_eq!(n, 0);
    assert_eq!(gw.wait_event(108, |_| true)["closed_by"], "idle_timeout");
}

#[test]
fn names_resolving_to_private_addresses_are_refused() {
    let origin = Origin::tls();
    let gw =
        Gateway::with(&["allowed_hosts = [\"localhost\"]", &format!("allowed_ports = [{}]", origin.port())])
            .start();
    let (_, head) = connect_to(gw.addr, &format!("localhost:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 403 "), "{head}");
    let e = gw.wait_event(105, |_| true);
    assert_eq!(e["reason"], "private_destination");
    assert!(e["message"].as_str().unwrap().contains("loopback"), "{e}");
}

#[test]
fn an_exactly_allowlisted_private_ip_is_dialled() {
    let origin = Origin::echo();
    let gw =
        Gateway::with(&["allowed_hosts = [\"127.0.0.1\"]", &format!("allowed_ports = [{}]", origin.port())])
            .start();
    let (_, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
}

#[test]
fn the_gateway_never_tunnels_to_itself() {
    let listener = support::listener("127.0.0.1");
    let port = listener.local_addr().unwrap().port();
    let gw = Gateway::with(&[
        "allowed_hosts = [\"127.0.0.1\"]",
        &format!("allowed_ports = [{port}]"),
        "allow_private_destinations = true",
    ])
    .on(listener)
    .start();
    let (_, head) = connect_to(gw.addr, &format!("127.0.0.1:{port}"));
    assert!(head.starts_with("HTTP/1.1 403 "), "{head}");
    assert_eq!(gw.wait_event(105, |_| true)["reason"], "own_address");
}

/// Linux delivers a connect to the unspecified address to a listener of this host
/// (`0.0.0.0` and `::ffff:0.0.0.0` reach 127.0.0.1, `::` reaches ::1): listed exactly,
/// with private destinations allowed, it must still be refused, or one client socket
/// nests tunnels inside the gateway until its file descriptors run out.
#[test]
fn unspecified_destinations_are_refused_even_when_listed_exactly() {
    for allow_private in [false, true] {
        let listener = support::listener("127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let gw = Gateway::with(&[
            "allowed_hosts = [\"0.0.0.0\", \"::\"]",
            &format!("allowed_ports = [{port}]"),
            &format!("allow_private_destinations = {allow_private}"),
        ])
        .on(listener)
        .start();
        for target in [format!("0.0.0.0:{port}"), format!("[::ffff:0.0.0.0]:{port}"), format!("[::]:{port}")]
        {
            let (_, head) = connect_to(gw.addr, &target);
            assert!(head.starts_with("HTTP/1.1 403 "), "{target}, allow_private {allow_private}: {head}");
            assert!(head.contains("X-Omsgate-Event: 105"), "{head}");
            let e = gw.wait_event(105, |e| e["target"] == target.as_str());
            assert_eq!(e["reason"], "unspecified_destination", "{e}");
        }
        support::wait_until("rejection metric", DEADLINE, || {
            gw.metric("omsgate_rejections_total{reason=\"unspecified_destination\"}") == Some(3.0)
        });
    }
}

/// A name that resolves to 0.0.0.0 leads to this host as surely as the literal does.
/// The gateway sees its own hosts file: it runs in a private mount namespace with the
/// file bound over /etc/hosts there (the real file and other processes are untouched).
#[test]
fn a_name_resolving_to_the_unspecified_address_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let omsgate = support::dns::with_hosts_file(dir.path(), "0.0.0.0 zero.omsgate.test\n");
    for allow_private in [false, true] {
        let listener = support::listener("127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let gw = Gateway::with(&[
            "allowed_hosts = [\"zero.omsgate.test\"]",
            &format!("allowed_ports = [{port}]"),
            &format!("allow_private_destinations = {allow_private}"),
        ])
        .binary(&omsgate)
        .on(listener)
        .start();
        let (_, head) = connect_to(gw.addr, &format!("zero.omsgate.test:{port}"));
        assert!(head.starts_with("HTTP/1.1 403 "), "allow_private {allow_private}: {head}");
        let e = gw.wait_event(105, |_| true);
        assert_eq!(e["reason"], "unspecified_destination", "{e}");
        assert!(e["message"].as_str().unwrap().contains("0.0.0.0"), "{e}");
    }
}

/// A connect to any address of this host on the listen port can reach the gateway
/// (every one of them, on a wildcard listener), whatever address it was configured with.
#[test]
fn every_address_of_this_host_on_the_listen_port_is_the_gateway() {
    let interfaces: Vec<IpAddr> =
        if_addrs::get_if_addrs().unwrap().iter().map(|i| i.ip()).filter(|ip| !ip.is_loopback()).collect();
    for listen in ["127.0.0.1", "0.0.0.0"] {
        let listener = support::listener(listen);
        let port = listener.local_addr().unwrap().port();
        let mut ips: Vec<IpAddr> =
            vec![[127, 0, 0, 1].into(), [127, 0, 0, 2].into(), Ipv6Addr::LOCALHOST.into()];
        ips.extend(&interfaces);
        let listed: Vec<String> = ips.iter().map(|ip| format!("\"{ip}\"")).collect();
        let gw = Gateway::with(&[
            &format!("listen_address = [\"{listen}\"]"),
            &format!("allowed_hosts = [{}]", listed.join(", ")),
            &format!("allowed_ports = [{port}]"),
            "allow_private_destinations = true",
        ])
        .on(listener)
        .start();
        let gateway = SocketAddr::from(([127, 0, 0, 1], port));
        for ip in &ips {
            let target = SocketAddr::new(*ip, port).to_string();
            let (_, head) = connect_to(gateway, &target);
            assert!(head.starts_with("HTTP/1.1 403 "), "{target} on a gateway listening on {listen}: {head}");
            assert_eq!(gw.wait_event(105, |e| e["target"] == target.as_str())["reason"], "own_address");
        }
    }
}

#[test]
fn unreachable_destination_is_502_with_event_403() {
    let reserved = support::closed_port();
    let closed = reserved.port;
    let gw =
        Gateway::with(&["allowed_hosts = [\"127.0.0.1\"]", &format!("allowed_ports = [{closed}]")]).start();
    let (_, head) = connect_to(gw.addr, &format!("127.0.0.1:{closed}"));
    assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
    assert_eq!(gw.wait_event(403, |_| true)["reason"], "upstream_unreachable");
}

/// A ClientHello as rustls sends it.
fn client_hello() -> Vec<u8> {
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth();
    let mut conn =
        rustls::ClientConnection::new(std::sync::Arc::new(config), "localhost".try_into().unwrap()).unwrap();
    let mut out = Vec::new();
    conn.write_tls(&mut out).unwrap();
    assert_eq!(out[0], 0x16, "a handshake record");
    out
}

#[test]
fn a_destination_that_never_answers_is_504_after_connect_timeout() {
    // A listener that never accepts, with its accept queue full: the kernel drops
    // further SYNs, so a connect to it hangs until the gateway's connect_timeout.
    let sock = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    sock.bind(&"127.0.0.1:0".parse::<std::net::SocketAddr>().unwrap().into()).unwrap();
    sock.listen(0).unwrap();
    let addr = sock.local_addr().unwrap().as_socket().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..4 {
        let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        s.set_nonblocking(true).unwrap();
        let _ = s.connect(&addr.into());
        fillers.push(s);
    }
    let gw = Gateway::with(&[
        "allowed_hosts = [\"127.0.0.1\"]",
        &format!("allowed_ports = [{}]", addr.port()),
        "connect_timeout = \"1s\"",
    ])
    .start();
    let (_, head) = connect_to(gw.addr, &addr.to_string());
    assert!(head.starts_with("HTTP/1.1 504 "), "{head}");
    assert_eq!(gw.wait_event(403, |_| true)["reason"], "upstream_timeout");
}

#[test]
fn ipv6_listener_and_an_ipv6_destination() {
    // An echo origin on [::1], a gateway listening only on [::1] (v6-only socket).
    let origin = std::net::TcpListener::bind("[::1]:0").unwrap();
    let port = origin.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut s in origin.incoming().flatten() {
            let mut buf = [0u8; 4];
            if s.read_exact(&mut buf).is_ok() {
                let _ = s.write_all(&buf);
            }
        }
    });
    let gw = Gateway::with(&[
        "listen_address = [\"::1\"]",
        &format!("allowed_hosts = [\"[::1]:{port}\"]"),
        "tls_inspection = false",
    ])
    .start();
    assert!(gw.addr.is_ipv6());
    let (mut s, head) = connect_to(gw.addr, &format!("[::1]:{port}"));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    s.write_all(b"ping").unwrap();
    let mut buf = [0u8; 4];
    s.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"ping");
    assert_eq!(gw.wait_event(103, |_| true)["target"], format!("[::1]:{port}"));
    // v6-only: the same port on IPv4 is not this gateway.
    assert!(std::net::TcpStream::connect(("127.0.0.1", gw.addr.port())).is_err());
}

/// `splice_mode = "copy"` moves bytes without ever leasing a pipe; the default leases
/// them (the pool keeps what it opened, so the gauge shows it after the transfer).
#[test]
fn splice_mode_copy_uses_no_pipe() {
    for (mode, pipes_used) in [("auto", true), ("copy", false)] {
        let origin = Origin::echo();
        let gw = plain_gateway(&origin, &[&format!("splice_mode = \"{mode}\"")]);
        let (mut s, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        let payload = vec![7u8; 256 * 1024];
        s.write_all(&payload).unwrap();
        let mut back = vec![0u8; payload.len()];
        s.read_exact(&mut back).unwrap();
        assert_eq!(back, payload, "{mode}");
        let open = gw.metric("omsgate_splice_pipes_open").unwrap();
        assert_eq!(open > 0.0, pipes_used, "{mode}: omsgate_splice_pipes_open = {open}");
    }
}

/// `policy_mode = "report"`: a target no entry allows is let through, logged as event
/// 105 with `would_deny` and counted; where a name leads is still checked. `allowed-host
/// suggest` turns the log into the entries that would have allowed it.
#[test]
fn report_mode_lets_a_denied_host_through_but_never_a_private_destination() {
    let origin = Origin::echo();
    let target = format!("127.0.0.1:{}", origin.port());
    let open = Gateway::with(&[
        "allowed_hosts = [\"allowed.example.com\"]",
        &format!("allowed_ports = [443, {}]", origin.port()),
        "policy_mode = \"report\"",
        "allow_private_destinations = true",
    ])
    .start();
    // Only the allowlist is relaxed: the tunnel is still inspected (TLS only).
    let (_s, head) = connect_to(open.addr, &target);
    assert!(head.starts_with("HTTP/1.1 200"), "report mode lets it through: {head}");
    let e = open.wait_event(105, |e| e["would_deny"] == true);
    assert_eq!(e["reason"], "host_not_allowed", "{e}");
    assert_eq!(open.metric("omsgate_policy_would_deny_total{reason=\"host_not_allowed\"}"), Some(1.0));

    let log: String = open.events().iter().map(|e| format!("{e}\n")).collect();
    let mut suggest = std::process::Command::new(env!("CARGO_BIN_EXE_omsgate"))
        .args(["allowed-host", "suggest", "-", "--config"])
        .arg(&open.config)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    suggest.stdin.take().unwrap().write_all(log.as_bytes()).unwrap();
    let out = String::from_utf8(suggest.wait_with_output().unwrap().stdout).unwrap();
    assert!(out.lines().any(|l| l.starts_with("127.0.0.1  # 1 tunnel, first at ")), "{out}");

    // Without allow_private_destinations, report mode relaxes nothing past the allowlist.
    let guarded = Gateway::with(&[
        "allowed_hosts = [\"allowed.example.com\"]",
        &format!("allowed_ports = [443, {}]", origin.port()),
        "policy_mode = \"report\"",
    ])
    .start();
    let (_, head) = connect_to(guarded.addr, &target);
    assert!(head.starts_with("HTTP/1.1 403"), "a private destination is still refused: {head}");
    assert_eq!(guarded.wait_event(105, |e| e["would_deny"].is_null())["reason"], "private_destination");
}
