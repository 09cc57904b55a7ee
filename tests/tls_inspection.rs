//! TLS inspection inside the tunnel with real peers: `openssl s_client -proxy` through
//! the real binary to `openssl s_server` (or the rustls origin, to force a
//! HelloRetryRequest). Versions (106), SNI (105 sni_mismatch), client certificates (105
//! with the subject, 107 verified) and unparsable streams (402) — all without
//! decrypting anything.

mod support;

use std::io::Read;

use support::openssl::{Pki, SServer, got_page, s_client};
use support::{Gateway, Origin, connect_raw};

struct Setup {
    pki: Pki,
    server: SServer,
    gw: Gateway,
}

/// s_server for `localhost` (asking for client certs when `ask_cert`), and a gateway
/// allowing it with `extra` config lines.
fn setup(ask_cert: bool, extra: &[&str]) -> Setup {
    let pki = Pki::new();
    let server_cert = pki.issue("server", "localhost", None);
    let ca = pki.ca_file();
    let server = SServer::start(&server_cert, ask_cert.then_some(ca.as_path()));
    let mut keys = vec![
        "allowed_hosts = [\"localhost\", \"127.0.0.1\", \"alias.localhost\"]".to_string(),
        format!("allowed_ports = [{}]", server.port),
        "allow_private_destinations = true".to_string(),
    ];
    keys.extend(extra.iter().map(|s| s.to_string()));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    let gw = Gateway::with(&keys).start();
    Setup { pki, server, gw }
}

impl Setup {
    fn target(&self) -> String {
        format!("localhost:{}", self.server.port)
    }

    fn client(&self, args: &[&str]) -> std::process::Output {
        s_client(self.gw.addr, &self.target(), &self.pki.ca_file(), args)
    }
}

#[test]
fn tls12_and_tls13_pass_and_are_verified() {
    let s = setup(false, &[]);
    for (flag, version) in [("-tls1_2", "1.2"), ("-tls1_3", "1.3")] {
        let out = s.client(&[flag]);
        assert!(got_page(&out), "{flag}: {}", String::from_utf8_lossy(&out.stderr));
        let e = s.gw.wait_event(107, |e| e["tls_version"] == version);
        assert_eq!(e["sni"], "localhost");
    }
}

#[test]
fn tls11_is_refused_by_default_and_admitted_with_min_tls_version_1_0() {
    let s = setup(false, &[]);
    let out = s.client(&["-tls1_1"]);
    assert!(!got_page(&out));
    let e = s.gw.wait_event(106, |_| true);
    assert_eq!(e["reason"], "tls_version");
    assert!(e["message"].as_str().unwrap().contains("1.1"), "{e}");

    let s = setup(false, &["min_tls_version = \"1.0\""]);
    let out = s.client(&["-tls1_1"]);
    assert!(got_page(&out), "{}", String::from_utf8_lossy(&out.stderr));
    s.gw.wait_event(107, |e| e["tls_version"] == "1.1");
}

#[test]
fn an_sslv3_hello_is_refused_with_event_106() {
    let s = setup(false, &[]);
    // An SSL 3.0 ClientHello: record version 3.0, client_version 3.0, one cipher suite.
    let mut hello = vec![0x01, 0x00, 0x00, 0x2d, 0x03, 0x00];
    hello.extend_from_slice(&[0x11; 32]); // random
    hello.extend_from_slice(&[0x00, 0x00, 0x04, 0x00, 0x2f, 0x00, 0x0a, 0x01, 0x00]);
    hello[3] = (hello.len() - 4) as u8;
    let mut record = vec![0x16, 0x03, 0x00, 0x00, hello.len() as u8];
    record.extend_from_slice(&hello);
    let mut bytes = format!("CONNECT {} HTTP/1.1\r\n\r\n", s.target()).into_bytes();
    bytes.extend_from_slice(&record);
    let (mut stream, head) = connect_raw(s.gw.addr, &bytes);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let mut rest = Vec::new();
    let _ = stream.read_to_end(&mut rest);
    assert!(rest.is_empty(), "nothing comes back from the destination");
    let e = s.gw.wait_event(106, |_| true);
    assert!(e["message"].as_str().unwrap().contains("SSL"), "{e}");
}

#[test]
fn sni_must_match_the_connect_host_under_the_default_policy() {
    let s = setup(false, &[]);
    let out = s.client(&["-tls1_3", "-servername", "alias.localhost"]);
    assert!(!got_page(&out));
    assert_eq!(s.gw.wait_event(105, |_| true)["reason"], "sni_mismatch");
    support::wait_until("the refused tunnel counted as closed", support::DEADLINE, || {
        s.gw.metric("omsgate_tunnels_closed_total{closed_by=\"refused\"}") == Some(1.0)
            && s.gw.metric("omsgate_rejections_total{reason=\"sni_mismatch\"}") == Some(1.0)
    });

    // Under `allowlist` an SNI that is itself allowed passes.
    let s = setup(false, &["sni_policy = \"allowlist\""]);
    let out = s.client(&["-tls1_3", "-servername", "alias.localhost"]);
    assert!(got_page(&out), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_session_through_a_hello_retry_request_passes_with_event_107() {
    // The rustls origin has no P-521 (ring offers X25519, P-256, P-384). s_client sends a
    // key share for its first group only, so offering P-521 first makes the origin ask
    // for another group with a HelloRetryRequest; the gateway checks both hellos.
    // (support's s_server cannot be limited to a group, and OpenSSL 3.0's defaults
    // accept every share s_client can send.)
    let origin = Origin::tls();
    let gw = Gateway::with(&[
        "allowed_hosts = [\"localhost\"]",
        &format!("allowed_ports = [{}]", origin.port()),
        "allow_private_destinations = true",
    ])
    .start();
    let target = format!("localhost:{}", origin.port());
    let args = ["-tls1_3", "-groups", "P-521:X25519", "-msg"];
    let out = s_client(gw.addr, &target, origin.ca_file.as_ref().unwrap(), &args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let hellos: Vec<&str> =
        stdout.lines().filter(|l| l.starts_with("<<<") && l.ends_with(", ServerHello")).collect();
    assert_eq!(hellos.len(), 2, "a HelloRetryRequest, then the ServerHello:\n{stdout}");
    assert!(stdout.contains(support::origin::BODY), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let e = gw.wait_event(107, |_| true);
    assert_eq!((e["sni"].as_str(), e["tls_version"].as_str()), (Some("localhost"), Some("1.3")), "{e}");
}

#[test]
fn a_client_certificate_on_the_allowlist_passes_and_one_off_it_is_refused() {
    let s = setup(
        true,
        &["client_certificate_policy = \"require\"", "allowed_client_certificates = [\"CN=agent-allowed\"]"],
    );
    let good = s.pki.issue("good", "agent-allowed", Some("Contoso"));
    let out =
        s.client(&["-tls1_2", "-cert", good.cert.to_str().unwrap(), "-key", good.key.to_str().unwrap()]);
    assert!(got_page(&out), "{}", String::from_utf8_lossy(&out.stderr));
    let e = s.gw.wait_event(107, |_| true);
    assert!(e["client_subject"].as_str().unwrap().contains("CN=agent-allowed"), "{e}");

    let bad = s.pki.issue("bad", "agent-stranger", None);
    let out = s.client(&["-tls1_2", "-cert", bad.cert.to_str().unwrap(), "-key", bad.key.to_str().unwrap()]);
    assert!(!got_page(&out));
    let e = s.gw.wait_event(105, |_| true);
    assert_eq!(e["reason"], "client_certificate");
    assert!(e["message"].as_str().unwrap().contains("CN=agent-stranger"), "{e}");
}

#[test]
fn tls13_hides_the_certificate_refused_under_require_passing_under_when_visible() {
    let s = setup(
        true,
        &["client_certificate_policy = \"require\"", "allowed_client_certificates = [\"CN=agent-allowed\"]"],
    );
    let good = s.pki.issue("good", "agent-allowed", None);
    let args = ["-tls1_3", "-cert", good.cert.to_str().unwrap(), "-key", good.key.to_str().unwrap()];
    let out = s.client(&args);
    assert!(!got_page(&out));
    assert_eq!(s.gw.wait_event(105, |_| true)["reason"], "client_certificate");

    let s = setup(
        true,
        &[
            "client_certificate_policy = \"when_visible\"",
            "allowed_client_certificates = [\"CN=agent-allowed\"]",
        ],
    );
    let good = s.pki.issue("good", "agent-allowed", None);
    let out =
        s.client(&["-tls1_3", "-cert", good.cert.to_str().unwrap(), "-key", good.key.to_str().unwrap()]);
    assert!(got_page(&out), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_stream_that_is_not_tls_is_event_402_and_off_turns_inspection_off() {
    let origin = Origin::echo();
    let ports = format!("allowed_ports = [{}]", origin.port());
    let gw = Gateway::with(&["allowed_hosts = [\"127.0.0.1\"]", &ports]).start();
    let target = format!("127.0.0.1:{}", origin.port());
    let (mut s, head) =
        connect_raw(gw.addr, format!("CONNECT {target} HTTP/1.1\r\n\r\nSSH-2.0-OpenSSH_9.2\r\n").as_bytes());
    assert!(head.starts_with("HTTP/1.1 200"));
    let mut rest = Vec::new();
    let _ = s.read_to_end(&mut rest);
    assert!(rest.is_empty(), "nothing reached the destination to echo: {rest:?}");
    assert_eq!(gw.wait_event(402, |_| true)["reason"], "tls_parse");

    // tls_inspection = false lifts inspection only for explicit host:port entries.
    let explicit = format!("127.0.0.1:{}", origin.port());
    let gw = Gateway::with(&[
        &format!("allowed_hosts = [\"{explicit}\", \"127.0.0.2\"]"),
        &ports,
        "tls_inspection = false",
    ])
    .start();
    let (mut s, head) = connect_raw(gw.addr, format!("CONNECT {target} HTTP/1.1\r\n\r\nplain").as_bytes());
    assert!(head.starts_with("HTTP/1.1 200"));
    let mut buf = [0u8; 5];
    s.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"plain");
    drop(s);

    let gw = Gateway::with(&["allowed_hosts = [\"127.0.0.1\"]", &ports, "tls_inspection = false"]).start();
    let (mut s, _) = connect_raw(gw.addr, format!("CONNECT {target} HTTP/1.1\r\n\r\nplain").as_bytes());
    let mut rest = Vec::new();
    let _ = s.read_to_end(&mut rest);
    assert!(rest.is_empty(), "an entry without :PORT is still inspected");
    gw.wait_event(402, |_| true);
}
