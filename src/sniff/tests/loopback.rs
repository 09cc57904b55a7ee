//! `handshake` over loopback with captured bytes: every byte forwarded once and in
//! order, refused bytes held back (a second ClientHello after a HelloRetryRequest too),
//! timeouts and early closes.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::*;
use crate::connect::Target;
use crate::fault::{Fault, Side};

struct Raw {
    result: Result<Verified, SniffError>,
    client_got: Vec<u8>,
    upstream_got: Vec<u8>,
}

/// Client sends `segments` (pausing between them), the gateway reads `pending_len` bytes
/// before calling `handshake`, the upstream answers `server_bytes` once it hears anything.
async fn raw(
    segments: Vec<Vec<u8>>,
    server_bytes: &[u8],
    pending_len: usize,
    rules: TlsRules,
    connect_host: &'static str,
) -> Raw {
    let origin = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin_addr = origin.local_addr().unwrap();
    let server_bytes = server_bytes.to_vec();
    let upstream_task = tokio::spawn(async move {
        let (mut s, _) = origin.accept().await.unwrap();
        let mut got = vec![0; 1];
        if s.read(&mut got).await.unwrap() == 0 {
            return Vec::new();
        }
        s.write_all(&server_bytes).await.unwrap();
        s.shutdown().await.unwrap();
        s.read_to_end(&mut got).await.unwrap();
        got
    });
    let (gateway_addr, gateway_task) = sniffing_gateway(origin_addr, connect_host, rules, pending_len).await;
    let mut client = TcpStream::connect(gateway_addr).await.unwrap();
    client.set_nodelay(true).unwrap();
    for segment in segments {
        client.write_all(&segment).await.unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    client.shutdown().await.unwrap();
    let mut client_got = Vec::new();
    let _ = client.read_to_end(&mut client_got).await;
    Raw { result: gateway_task.await.unwrap(), client_got, upstream_got: upstream_task.await.unwrap() }
}

#[tokio::test]
async fn captured_mtls_flights_are_forwarded_exactly_once_in_order() {
    let hello_end = hello(CERT_CLIENT).consumed;
    for pending_len in [0, 1, 5, 100, hello_end, hello_end + 3, CERT_CLIENT.len()] {
        let rules = cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a");
        let r = raw(vec![CERT_CLIENT.to_vec()], CERT_SERVER, pending_len, rules, HOST).await;
        let v = r.result.unwrap_or_else(|e| panic!("pending {pending_len}: {e}"));
        assert_eq!(v.client_subject.as_deref(), Some("O=Contoso Monitoring, CN=agent-7f3a"));
        assert_eq!((v.version, v.sni.as_deref()), (TlsVersion::Tls12, Some(HOST)));
        assert_eq!(r.upstream_got, CERT_CLIENT, "pending {pending_len}");
        assert_eq!(r.client_got, CERT_SERVER, "pending {pending_len}");
    }
}

#[tokio::test]
async fn refused_certificate_flight_is_held_back() {
    let hello_end = hello(CERT_CLIENT).consumed;
    for pending_len in [0, hello_end, CERT_CLIENT.len()] {
        let rules = cert_rules(ClientCertPolicy::WhenVisible, "CN=someone-else");
        let r = raw(vec![CERT_CLIENT.to_vec()], CERT_SERVER, pending_len, rules, HOST).await;
        let e = r.result.expect_err("certificate not on the list");
        assert_eq!((e.event_id(), e.reason()), (105, "client_certificate"));
        assert!(e.to_string().contains("\"O=Contoso Monitoring, CN=agent-7f3a\""), "{e}");
        assert_eq!(
            r.upstream_got,
            &CERT_CLIENT[..hello_end],
            "only the hello went up (pending {pending_len})"
        );
    }
}

#[tokio::test]
async fn hello_split_over_records_and_segments_is_forwarded_exactly() {
    let segments = vec![CURL_SPLIT3[..3].to_vec(), CURL_SPLIT3[3..150].to_vec(), CURL_SPLIT3[150..].to_vec()];
    let r = raw(segments, b"\x15\x03\x03\x00\x02\x02\x28", 2, TlsRules::default(), HOST).await;
    let v = r.result.unwrap();
    assert_eq!((v.version, v.sni.as_deref(), v.client_subject), (TlsVersion::Tls13, Some(HOST), None));
    assert_eq!(r.upstream_got, CURL_SPLIT3);
    assert_eq!(r.client_got, b"\x15\x03\x03\x00\x02\x02\x28");
}

#[tokio::test]
async fn refused_hellos_reach_nobody() {
    let cases: Vec<(&str, &[u8], TlsRules, &'static str, u16)> = vec![
        ("SNI differs from CONNECT host", CURL, TlsRules::default(), "other.example.com", 105),
        (
            "SSL 3.0",
            fixture!("sslv3_client_hello.bin"),
            TlsRules { min_version: TlsVersion::Tls10, ..TlsRules::default() },
            HOST,
            106,
        ),
        ("SSL 2.0 format", fixture!("sslv2_compat_tls10_client_hello.bin"), TlsRules::default(), HOST, 106),
        ("TLS 1.1 at default", fixture!("openssl_tls11_client_hello.bin"), TlsRules::default(), HOST, 106),
        ("plain HTTP", b"GET / HTTP/1.1\r\n\r\n", TlsRules::default(), HOST, 402),
    ];
    for (name, bytes, rules, host, event) in cases {
        let r = raw(vec![bytes.to_vec()], b"", 0, rules, host).await;
        let e = r.result.expect_err(name);
        assert_eq!(e.event_id(), event, "{name}: {e}");
        assert!(r.upstream_got.is_empty() && r.client_got.is_empty(), "{name}");
    }
}

#[tokio::test]
async fn tls11_passes_when_configured() {
    let rules = TlsRules { min_version: TlsVersion::Tls10, ..TlsRules::default() };
    let bytes = fixture!("openssl_tls11_client_hello.bin");
    let server_hello = build_server_hello(0x0302, [7; 32], None);
    let r = raw(vec![bytes.to_vec()], &server_hello, 0, rules, HOST).await;
    assert_eq!(r.result.unwrap().version, TlsVersion::Tls11);
    assert_eq!(r.upstream_got, bytes);
    assert_eq!(r.client_got, server_hello);
}

/// Where to cut a client stream of ClientHello, ChangeCipherSpec, ClientHello into TCP
/// segments: whole, inside and at the ends of each part.
fn retry_splits(client: &[u8]) -> Vec<Vec<usize>> {
    let first = hello(client).consumed;
    let second = first + 6; // the ChangeCipherSpec record
    vec![
        vec![],
        vec![3],
        vec![first],
        vec![first + 2],
        vec![second],
        vec![second + 40],
        vec![100, first, second + 1],
    ]
}

fn segments(bytes: &[u8], cuts: &[usize]) -> Vec<Vec<u8>> {
    let mut at = 0;
    let mut out = Vec::new();
    for &cut in cuts.iter().chain([&bytes.len()]) {
        out.push(bytes[at..cut].to_vec());
        at = cut;
    }
    out
}

#[tokio::test]
async fn a_second_hello_that_changes_the_sni_after_a_hello_retry_request_reaches_nobody() {
    let hrr = &HRR_SERVER[..first_record_len(HRR_SERVER) + 6]; // HelloRetryRequest, ChangeCipherSpec
    for (name, client, text) in [
        ("changed", HRR_SNI_CHANGED, r#"from "agent.example.com" to "evil.example.net""#),
        ("dropped", HRR_SNI_DROPPED, r#"from "agent.example.com" to none"#),
    ] {
        let first = hello(client).consumed;
        for cuts in retry_splits(client) {
            for pending_len in [0, first, first + 3] {
                let policy = ClientCertPolicy::Off;
                let rules = TlsRules { client_certificate_policy: policy, ..TlsRules::default() };
                let r = raw(segments(client, &cuts), hrr, pending_len, rules, HOST).await;
                let at = format!("{name}: cuts {cuts:?}, pending {pending_len}");
                let e = r.result.expect_err(&at);
                assert_eq!((e.event_id(), e.reason()), (105, "sni_mismatch"), "{at}: {e}");
                assert!(e.to_string().contains(text), "{at}: {e}");
                assert_eq!(r.upstream_got, &client[..first], "{at}: only the first hello went up");
                assert_eq!(r.client_got, hrr, "{at}: the server's reply was relayed");
            }
        }
    }
    // Client-certificate checks follow the same path.
    let rules = cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a");
    let r = raw(vec![HRR_SNI_CHANGED.to_vec()], hrr, 0, rules, HOST).await;
    assert_eq!(r.result.expect_err("changed SNI").reason(), "sni_mismatch");
    assert_eq!(r.upstream_got, &HRR_SNI_CHANGED[..hello(HRR_SNI_CHANGED).consumed]);
}

#[tokio::test]
async fn a_hello_retry_request_with_the_same_sni_is_forwarded_exactly_once_in_order() {
    let first = hello(HRR_CLIENT).consumed;
    for cuts in retry_splits(HRR_CLIENT) {
        for pending_len in [0, 5, first, first + 6, first + 50] {
            for rules in [TlsRules::default(), cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a")] {
                let at =
                    format!("cuts {cuts:?}, pending {pending_len}, {:?}", rules.client_certificate_policy);
                let r = raw(segments(HRR_CLIENT, &cuts), HRR_SERVER, pending_len, rules, HOST).await;
                let v = r.result.unwrap_or_else(|e| panic!("{at}: {e}"));
                assert_eq!(
                    (v.version, v.sni.as_deref(), v.client_subject),
                    (TlsVersion::Tls13, Some(HOST), None)
                );
                assert_eq!(r.upstream_got, HRR_CLIENT, "{at}");
                assert_eq!(r.client_got, HRR_SERVER, "{at}");
            }
        }
    }
}

#[tokio::test]
async fn a_server_reply_that_is_not_tls_is_402_from_upstream_after_it_is_relayed() {
    let reply = b"HTTP/1.1 400 Bad Request\r\n\r\n";
    let r = raw(vec![CURL.to_vec()], reply, 0, TlsRules::default(), HOST).await;
    let e = r.result.expect_err("an HTTP server behind the allowed port");
    assert!(matches!(e, SniffError::NotTls { side: Side::Upstream, .. }), "{e:?}");
    assert_eq!(r.upstream_got, CURL);
    assert_eq!(r.client_got, reply);
}

#[tokio::test]
async fn silent_client_times_out_and_early_close_is_a_network_error() {
    let origin = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let gateway = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let mut agent = TcpStream::connect(gateway.local_addr().unwrap()).await.unwrap();
    let (mut client, _) = gateway.accept().await.unwrap();
    let mut upstream = TcpStream::connect(origin.local_addr().unwrap()).await.unwrap();
    let rules = TlsRules::default();
    let target = Target::parse(&format!("{HOST}:443")).unwrap();
    let mut expected = Expected {
        target: &target,
        rules: &rules,
        name_allowed: &|_| true,
        certificate: None,
        within: Duration::from_millis(200),
    };
    let e = handshake(&mut client, &mut upstream, &CURL[..10], &expected).await.unwrap_err();
    assert!(matches!(e, SniffError::Timeout { during: "the ClientHello", .. }), "{e:?}");
    agent.shutdown().await.unwrap();
    expected.within = Duration::from_secs(5);
    let e = handshake(&mut client, &mut upstream, &CURL[..10], &expected).await.unwrap_err();
    assert!(matches!(e, SniffError::Closed { side: Side::Client, .. }), "{e:?}");
    assert_eq!(e.event_id(), 403);
}
