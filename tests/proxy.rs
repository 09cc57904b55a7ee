//! PROXY protocol through the real binary: a balancer's v1 and v2 headers name the agent
//! (events and metrics show the agent, the balancer beside it), a header from anyone
//! else is refused, `required` refuses a bare CONNECT, and a v2 LOCAL health check gets
//! no tunnel.

mod support;

use std::io::{Read, Write};
use std::net::SocketAddr;

use support::{DEADLINE, Gateway, Origin, connect_from, wait_until};

fn gateway(origin: &Origin, mode: &str) -> Gateway {
    Gateway::with(&[
        &support::plain_entry(origin),
        "tls_inspection = false",
        &format!("proxy_protocol = \"{mode}\""),
        "proxy_protocol_from = [\"127.0.0.1\"]",
    ])
    .start()
}

fn v2_proxy(src: &str, dst: &str) -> Vec<u8> {
    use ppp::v2::{Builder, Command, Protocol, Version};
    let (src, dst): (SocketAddr, SocketAddr) = (src.parse().unwrap(), dst.parse().unwrap());
    Builder::with_addresses(Version::Two | Command::Proxy, Protocol::Stream, (src, dst)).build().unwrap()
}

fn v2_local() -> Vec<u8> {
    use ppp::v2::{Addresses, Builder, Command, Protocol, Version};
    Builder::with_addresses(Version::Two | Command::Local, Protocol::Unspecified, Addresses::Unspecified)
        .build()
        .unwrap()
}

/// Sends `header` then a CONNECT from `from`; returns the stream and the reply head.
fn through(gw: &Gateway, from: &str, header: &[u8], target: &str) -> (std::net::TcpStream, String) {
    let mut s = connect_from(from, gw.addr);
    s.write_all(header).unwrap();
    let head = support::request(&mut s, target);
    (s, head)
}

#[test]
fn v1_and_v2_headers_from_the_balancer_name_the_agent() {
    let origin = Origin::echo();
    let gw = gateway(&origin, "optional");
    let target = format!("127.0.0.1:{}", origin.port());
    for (header, agent) in [
        (b"PROXY TCP4 203.0.113.7 192.0.2.10 51234 8080\r\n".to_vec(), "203.0.113.7:51234"),
        (v2_proxy("[2001:db8::9]:40000", "[2001:db8::1]:8080"), "[2001:db8::9]:40000"),
    ] {
        let (mut s, head) = through(&gw, "127.0.0.1", &header, &target);
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        s.write_all(b"ping").unwrap();
        let mut back = [0u8; 4];
        s.read_exact(&mut back).unwrap();
        let opened = gw.wait_event(103, |e| e["client"] == agent);
        assert!(
            opened["via"].as_str().unwrap().starts_with("127.0.0.1:"),
            "the balancer beside it: {opened}"
        );
        drop(s);
        gw.wait_event(108, |e| e["client"] == agent);
    }
    assert_eq!(gw.metric("omsgate_proxy_headers_total{kind=\"agent\"}"), Some(2.0));
    // Optional: a trusted peer may also come without a header.
    let (_s, head) = through(&gw, "127.0.0.1", b"", &target);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
}

#[test]
fn a_header_from_anyone_else_is_refused() {
    let origin = Origin::echo();
    let gw = gateway(&origin, "optional");
    let target = format!("127.0.0.1:{}", origin.port());
    let (_s, head) = through(&gw, "127.0.0.2", b"PROXY TCP4 203.0.113.7 192.0.2.10 51234 8080\r\n", &target);
    assert!(head.starts_with("HTTP/1.1 400") && head.contains("X-Omsgate-Event: 113"), "{head}");
    let e = gw.wait_event(113, |_| true);
    assert_eq!(e["reason"], "proxy_untrusted", "{e}");
    assert_eq!(gw.metric("omsgate_rejections_total{reason=\"proxy_untrusted\"}"), Some(1.0));
    // Without a header, the same peer connects directly (optional).
    let (_s, head) = through(&gw, "127.0.0.2", b"", &target);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
}

#[test]
fn required_refuses_a_bare_connect_and_a_local_probe_gets_no_tunnel() {
    let origin = Origin::echo();
    let gw = gateway(&origin, "required");
    let target = format!("127.0.0.1:{}", origin.port());
    let (_s, head) = through(&gw, "127.0.0.1", b"", &target);
    assert!(head.starts_with("HTTP/1.1 400"), "{head}");
    assert_eq!(gw.wait_event(113, |_| true)["reason"], "proxy_missing");

    let mut probe = connect_from("127.0.0.1", gw.addr);
    probe.write_all(&v2_local()).unwrap();
    let mut rest = Vec::new();
    let _ = probe.read_to_end(&mut rest);
    assert!(rest.is_empty(), "a health check gets no answer and no tunnel: {rest:?}");
    wait_until("the health check counted", DEADLINE, || {
        gw.metric("omsgate_proxy_headers_total{kind=\"health_check\"}") == Some(1.0)
    });
    assert!(gw.events().iter().all(|e| e["event_id"] != 103), "no tunnel was opened");
}
