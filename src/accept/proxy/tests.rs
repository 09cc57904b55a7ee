//! The PROXY header parser at every prefix, and the reader over loopback: not a byte
//! after the header is consumed, whoever may send one is checked, health checks get no
//! tunnel.

use super::*;
use ppp::v2::{Builder, Command, Protocol, Type, Version};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

const V1_TCP4: &[u8] = b"PROXY TCP4 203.0.113.7 192.0.2.10 51234 8080\r\n";
const V1_TCP6: &[u8] = b"PROXY TCP6 2001:db8::7 2001:db8::1 51234 8080\r\n";
const V1_UNKNOWN: &[u8] = b"PROXY UNKNOWN\r\n";
const CONNECT: &[u8] = b"CONNECT ws1.ods.opinsights.azure.com:443 HTTP/1.1\r\n\r\n";

fn v2(command: Command, addresses: Option<(&str, &str)>, link_id: Option<u32>) -> Vec<u8> {
    let version_command = Version::Two | command;
    let mut b = match addresses {
        Some((src, dst)) => {
            let (src, dst): (SocketAddr, SocketAddr) = (src.parse().unwrap(), dst.parse().unwrap());
            Builder::with_addresses(version_command, Protocol::Stream, (src, dst))
        }
        None => {
            Builder::with_addresses(version_command, Protocol::Unspecified, ppp::v2::Addresses::Unspecified)
        }
    };
    if let Some(id) = link_id {
        let mut value = vec![AZURE_LINK_ID];
        value.extend_from_slice(&id.to_le_bytes());
        b = b.write_tlv(TLV_AZURE, &value).unwrap();
    }
    b = b.write_tlv(Type::NoOp, &[0; 3]).unwrap();
    b.build().unwrap()
}

fn agent(addr: &str) -> Header {
    Header::Proxied { client: addr.parse().unwrap(), link_id: None }
}

/// Every prefix of a header (with the request after it) needs more until the header is
/// whole, and then gives the same answer whatever follows.
#[test]
fn every_prefix_needs_more_then_gives_the_same_header() {
    let cases: Vec<(Vec<u8>, Header)> = vec![
        (V1_TCP4.to_vec(), agent("203.0.113.7:51234")),
        (V1_TCP6.to_vec(), agent("[2001:db8::7]:51234")),
        (V1_UNKNOWN.to_vec(), Header::Unknown),
        (
            v2(Command::Proxy, Some(("198.51.100.9:40000", "192.0.2.10:8080")), None),
            agent("198.51.100.9:40000"),
        ),
        (
            v2(Command::Proxy, Some(("[2001:db8::9]:40000", "[2001:db8::1]:8080")), None),
            agent("[2001:db8::9]:40000"),
        ),
        (
            v2(Command::Proxy, Some(("198.51.100.9:40000", "192.0.2.10:8080")), Some(0x0102_0304)),
            Header::Proxied { client: "198.51.100.9:40000".parse().unwrap(), link_id: Some(0x0102_0304) },
        ),
        (v2(Command::Local, None, None), Header::Local),
        (v2(Command::Proxy, None, None), Header::Unknown),
    ];
    for (bytes, want) in cases {
        for n in 0..bytes.len() {
            assert_eq!(parse(&bytes[..n]), Ok(Parsed::NeedMore), "{want:?} at {n} of {}", bytes.len());
        }
        let mut with_request = bytes.clone();
        with_request.extend_from_slice(CONNECT);
        for buf in [&bytes[..], &with_request[..]] {
            assert_eq!(parse(buf), Ok(Parsed::Header { len: bytes.len(), header: want }), "{want:?}");
        }
    }
}

#[test]
fn a_request_is_no_header_and_garbage_is_malformed() {
    for request in [CONNECT, b"GET / HTTP/1.1\r\n", b"POST / HTTP/1.1\r\n", b"\x16\x03\x01"] {
        assert_eq!(parse(request), Ok(Parsed::NoHeader), "{:?}", String::from_utf8_lossy(request));
    }
    let mut long = b"PROXY TCP4 ".to_vec();
    long.resize(200, b'1');
    for bad in [
        &b"PROXY TCP4 not.an.ip 192.0.2.10 1 2\r\n"[..],
        b"PROXY TCP9 1.2.3.4 5.6.7.8 1 2\r\n",
        &long,
        b"\r\n\r\n\0\r\nQUIT\n\x31\x11\x00\x0c\x01\x02\x03\x04\x05\x06\x07\x08\x00\x01\x00\x02",
    ] {
        assert!(parse(bad).is_err(), "{:?}: {:?}", String::from_utf8_lossy(bad), parse(bad));
    }
    let mut huge = V2_SIGNATURE.to_vec();
    huge.extend_from_slice(&[0x21, 0x11, 0xff, 0xff]);
    assert!(parse(&huge).unwrap_err().contains("over 4096"));
}

/// A client that sends `segments` (each flushed on its own) to a reader on loopback;
/// returns what `read` said and every byte the connection still held after it.
async fn over_loopback(
    segments: Vec<Vec<u8>>,
    mode: ProxyMode,
    trusted: &[&str],
) -> (Result<Arrival, ProxyError>, Vec<u8>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let client = tokio::spawn(async move {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.set_nodelay(true).unwrap();
        for seg in segments {
            s.write_all(&seg).await.unwrap();
            tokio::task::yield_now().await;
        }
        s.shutdown().await.unwrap();
        s
    });
    let (mut stream, peer) = listener.accept().await.unwrap();
    let trusted: Vec<IpNet> = trusted.iter().map(|n| n.parse().unwrap()).collect();
    let arrival = read(&mut stream, peer, mode, &trusted, Duration::from_secs(5)).await;
    let mut rest = Vec::new();
    if arrival.is_ok() {
        stream.read_to_end(&mut rest).await.unwrap();
    }
    drop(client.await.unwrap());
    (arrival, rest)
}

#[tokio::test]
async fn the_header_is_consumed_to_its_last_byte_and_no_further() {
    let v2_header = v2(Command::Proxy, Some(("198.51.100.9:40000", "192.0.2.10:8080")), Some(7));
    for header in [V1_TCP4.to_vec(), v2_header.clone()] {
        for split in [1, 5, header.len() - 1, header.len()] {
            let mut second = header[split..].to_vec();
            second.extend_from_slice(CONNECT);
            let (arrival, rest) =
                over_loopback(vec![header[..split].to_vec(), second], ProxyMode::Required, &["127.0.0.0/8"])
                    .await;
            let Ok(Arrival::Agent { client, via, .. }) = arrival else { panic!("{arrival:?}") };
            assert_ne!(client.ip(), via.unwrap().ip(), "the agent, not the balancer");
            assert_eq!(rest, CONNECT, "split at {split}: the request is left whole");
        }
    }
}

#[tokio::test]
async fn only_trusted_peers_may_send_a_header_and_required_needs_one() {
    let (arrival, _) = over_loopback(vec![V1_TCP4.to_vec()], ProxyMode::Optional, &["10.0.0.0/8"]).await;
    assert!(matches!(arrival, Err(ProxyError::Untrusted { .. })), "{arrival:?}");
    let (arrival, rest) = over_loopback(vec![CONNECT.to_vec()], ProxyMode::Optional, &["127.0.0.1/32"]).await;
    assert!(matches!(arrival, Ok(Arrival::Agent { via: None, .. })), "{arrival:?}");
    assert_eq!(rest, CONNECT);
    let (arrival, _) = over_loopback(vec![CONNECT.to_vec()], ProxyMode::Required, &["127.0.0.1/32"]).await;
    assert!(matches!(arrival, Err(ProxyError::Missing { .. })), "{arrival:?}");
    let (arrival, _) =
        over_loopback(vec![v2(Command::Local, None, None)], ProxyMode::Required, &["127.0.0.1/32"]).await;
    assert_eq!(arrival.unwrap(), Arrival::HealthCheck);
    let (arrival, rest) = over_loopback(vec![V1_TCP4.to_vec()], ProxyMode::Off, &[]).await;
    assert!(matches!(arrival, Ok(Arrival::Agent { via: None, .. })), "off reads nothing");
    assert_eq!(rest, V1_TCP4);
}

/// An AWS NLB with PROXY protocol v2 on its target group sends the header on health
/// checks too: the metrics endpoint, given this step's reader, answers `/readyz` past a
/// v2 LOCAL or a v1 header sent in a separate write, and a `P` that is no header is no GET.
#[tokio::test]
async fn the_metrics_endpoint_reads_past_a_proxy_header() {
    use tokio::io::AsyncReadExt;
    let addr = crate::telemetry::http::tests::endpoint_with(preamble).await;
    let v2_local = b"\r\n\r\n\0\r\nQUIT\n\x20\x00\x00\x00";
    let v1 = b"PROXY TCP4 203.0.113.7 192.0.2.10 51234 9464\r\n";
    for header in [&v2_local[..], &v1[..]] {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(header).await.unwrap();
        s.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
        let mut reply = String::new();
        s.read_to_string(&mut reply).await.unwrap();
        assert!(reply.starts_with("HTTP/1.1 200 ") && reply.ends_with("ready\n"), "{reply}");
    }
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"POST /readyz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).await.unwrap();
    assert!(reply.starts_with("HTTP/1.1 405 "), "a P that is no PROXY header: {reply}");
}
