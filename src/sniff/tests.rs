//! Tests of the sniff step: parsers on captured handshakes at every prefix and split,
//! the rules as tables, and `handshake` over loopback with real rustls peers.
//!
//! Fixtures (tests/fixtures/, see its README.md) were captured on loopback from curl,
//! `openssl s_client` and an OpenSSL mTLS session; SSL 2/3 hellos are hand-built.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::cert::{ClientFlight, ClientFlightEnd, ServerFlight, ServerFlightEnd};
use super::record::{HandshakeReader, Item, MAX_CLIENT_HELLO};
use super::*;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $name)).as_slice()
    };
}

const CURL: &[u8] = fixture!("curl_client_hello.bin");
const CURL_SPLIT3: &[u8] = fixture!("curl_client_hello_split3.bin");
const CERT_CLIENT: &[u8] = fixture!("tls12_client_cert.client.bin");
const CERT_SERVER: &[u8] = fixture!("tls12_client_cert.server.bin");
const RESUMED_CLIENT: &[u8] = fixture!("tls12_resumed.client.bin");
const RESUMED_SERVER: &[u8] = fixture!("tls12_resumed.server.bin");
const HOST: &str = "agent.example.com";

/// (name, bytes, highest version, SNI, SSL 2.0 format)
type HelloCase = (&'static str, &'static [u8], TlsVersion, Option<&'static str>, bool);

const HELLOS: &[HelloCase] = &[
    ("curl", CURL, TlsVersion::Tls13, Some(HOST), false),
    ("curl split into 3 records", CURL_SPLIT3, TlsVersion::Tls13, Some(HOST), false),
    ("openssl -tls1", fixture!("openssl_tls10_client_hello.bin"), TlsVersion::Tls10, Some(HOST), false),
    ("openssl -tls1_1", fixture!("openssl_tls11_client_hello.bin"), TlsVersion::Tls11, Some(HOST), false),
    ("openssl -tls1_2", fixture!("openssl_tls12_client_hello.bin"), TlsVersion::Tls12, Some(HOST), false),
    ("openssl -tls1_3", fixture!("openssl_tls13_client_hello.bin"), TlsVersion::Tls13, Some(HOST), false),
    ("openssl mTLS 1.2 client flight", CERT_CLIENT, TlsVersion::Tls12, Some(HOST), false),
    ("openssl resumed 1.2 client flight", RESUMED_CLIENT, TlsVersion::Tls12, Some(HOST), false),
    ("SSL 3.0 (hand-built)", fixture!("sslv3_client_hello.bin"), TlsVersion::Ssl3, None, false),
    ("SSL 2.0 (hand-built)", fixture!("sslv2_client_hello.bin"), TlsVersion::Ssl2, None, true),
    (
        "SSL 2.0 format, TLS 1.0",
        fixture!("sslv2_compat_tls10_client_hello.bin"),
        TlsVersion::Tls10,
        None,
        true,
    ),
];

fn hello(buf: &[u8]) -> ClientHello {
    parse_client_hello(buf).expect("parses").expect("complete")
}

/// One record of `content_type` around `payload` with record version 3.1.
fn record(content_type: u8, payload: &[u8]) -> Vec<u8> {
    let mut r = vec![content_type, 3, 1];
    r.extend_from_slice(&u16::try_from(payload.len()).unwrap().to_be_bytes());
    r.extend_from_slice(payload);
    r
}

/// The handshake payload of a single-record hello fixture.
fn first_payload(buf: &[u8]) -> &[u8] {
    let len = usize::from(u16::from_be_bytes([buf[3], buf[4]]));
    &buf[5..5 + len]
}

/// A ClientHello with the given legacy version and extensions (type, data).
fn build_hello(legacy: u16, exts: &[(u16, Vec<u8>)]) -> Vec<u8> {
    let mut body = legacy.to_be_bytes().to_vec();
    body.extend_from_slice(&[7; 32]); // random
    body.extend_from_slice(&[0, 0, 2, 0x13, 0x01, 1, 0]); // no session id, one suite, null compression
    let mut block = Vec::new();
    for (t, data) in exts {
        block.extend_from_slice(&t.to_be_bytes());
        block.extend_from_slice(&u16::try_from(data.len()).unwrap().to_be_bytes());
        block.extend_from_slice(data);
    }
    body.extend_from_slice(&u16::try_from(block.len()).unwrap().to_be_bytes());
    body.extend_from_slice(&block);
    let mut msg = vec![1];
    msg.extend_from_slice(&u32::try_from(body.len()).unwrap().to_be_bytes()[1..]);
    msg.extend_from_slice(&body);
    record(22, &msg)
}

fn sni_ext(name: &[u8]) -> (u16, Vec<u8>) {
    let mut entry = vec![0];
    entry.extend_from_slice(&u16::try_from(name.len()).unwrap().to_be_bytes());
    entry.extend_from_slice(name);
    let mut data = u16::try_from(entry.len()).unwrap().to_be_bytes().to_vec();
    data.extend_from_slice(&entry);
    (0, data)
}

fn versions_ext(versions: &[u16]) -> (u16, Vec<u8>) {
    let mut data = vec![u8::try_from(versions.len() * 2).unwrap()];
    versions.iter().for_each(|v| data.extend_from_slice(&v.to_be_bytes()));
    (43, data)
}

// ---- ClientHello parsing -------------------------------------------------------------

#[test]
fn fixtures_parse_to_their_version_and_sni() {
    for &(name, bytes, version, sni, sslv2) in HELLOS {
        let h = hello(bytes);
        assert_eq!(h.highest_version, version, "{name}");
        assert_eq!(h.sni.as_deref(), sni, "{name}");
        assert_eq!(h.sslv2_format, sslv2, "{name}");
        assert!(h.consumed <= bytes.len(), "{name}");
    }
}

#[test]
fn every_prefix_needs_more_then_gives_the_same_answer() {
    for &(name, bytes, ..) in HELLOS {
        let full = hello(bytes);
        for i in 0..full.consumed {
            assert!(matches!(parse_client_hello(&bytes[..i]), Ok(None)), "{name}: prefix {i}");
        }
        for i in full.consumed..=bytes.len() {
            assert_eq!(hello(&bytes[..i]), full, "{name}: prefix {i}");
        }
    }
}

#[test]
fn every_split_into_two_records_gives_the_same_answer() {
    for &(name, bytes, ..) in HELLOS.iter().filter(|h| !h.4 && h.1 != CURL_SPLIT3) {
        let full = hello(bytes);
        let payload = first_payload(bytes);
        for k in 1..payload.len() {
            let mut split = record(22, &payload[..k]);
            split.extend(record(22, &payload[k..]));
            let h = hello(&split);
            assert_eq!((h.highest_version, &h.sni), (full.highest_version, &full.sni), "{name}: split {k}");
            assert_eq!(h.consumed, split.len(), "{name}: split {k}");
            for i in [0, 5, 5 + k, 10 + k, split.len() - 1] {
                assert!(matches!(parse_client_hello(&split[..i]), Ok(None)), "{name}: split {k} prefix {i}");
            }
        }
    }
}

#[test]
fn every_split_into_two_segments_joins_in_the_reader() {
    for bytes in [CURL, CURL_SPLIT3, CERT_CLIENT] {
        let mut whole = HandshakeReader::new(Side::Client, MAX_CLIENT_HELLO);
        whole.push(bytes);
        let expected = whole.next_item().unwrap().unwrap();
        for k in 0..=bytes.len() {
            let mut r = HandshakeReader::new(Side::Client, MAX_CLIENT_HELLO);
            r.push(&bytes[..k]);
            let first = r.next_item().unwrap();
            r.push(&bytes[k..]);
            let item = first.or_else(|| r.next_item().unwrap());
            assert_eq!(item.as_ref(), Some(&expected), "split {k}");
        }
    }
}

#[test]
fn streaming_reader_fed_byte_by_byte_agrees() {
    for &(name, bytes, ..) in HELLOS {
        let full = hello(bytes);
        let mut reader = ClientHelloReader::new();
        let mut got = None;
        for (i, b) in bytes.iter().enumerate() {
            reader.push(&[*b]);
            if let Some(h) = reader.poll().unwrap() {
                assert_eq!(i + 1, full.consumed, "{name}: answered at byte {i}");
                got = Some(h);
                break;
            }
        }
        assert_eq!(got.as_ref(), Some(&full), "{name}");
    }
    let mut reader = ClientHelloReader::new();
    reader.push(b"G");
    assert!(matches!(reader.poll(), Err(SniffError::NotTls { .. })));
}

#[test]
fn split_fixture_is_the_curl_hello() {
    assert_eq!(
        (hello(CURL_SPLIT3).highest_version, hello(CURL_SPLIT3).sni),
        (hello(CURL).highest_version, hello(CURL).sni)
    );
    let Item::Handshake(joined) = ({
        let mut r = HandshakeReader::new(Side::Client, MAX_CLIENT_HELLO);
        r.push(CURL_SPLIT3);
        r.next_item().unwrap().unwrap()
    }) else {
        panic!("not a handshake message")
    };
    assert_eq!(joined, first_payload(CURL));
}

#[test]
fn versions_and_sni_from_built_hellos() {
    type Want = Result<(TlsVersion, Option<&'static str>), &'static str>;
    let cases: &[(&str, Vec<u8>, Want)] = &[
        (
            "GREASE skipped",
            build_hello(0x0303, &[versions_ext(&[0x0a0a, 0x0303, 0x0302])]),
            Ok((TlsVersion::Tls12, None)),
        ),
        (
            "only GREASE: legacy",
            build_hello(0x0303, &[versions_ext(&[0x1a1a])]),
            Ok((TlsVersion::Tls12, None)),
        ),
        (
            "1.3 via supported_versions",
            build_hello(0x0303, &[versions_ext(&[0x0304])]),
            Ok((TlsVersion::Tls13, None)),
        ),
        (
            "supported_versions wins over legacy",
            build_hello(0x0303, &[versions_ext(&[0x0301])]),
            Ok((TlsVersion::Tls10, None)),
        ),
        ("legacy 0x0304 alone is 1.2", build_hello(0x0304, &[]), Ok((TlsVersion::Tls12, None))),
        ("legacy 3.0", build_hello(0x0300, &[]), Ok((TlsVersion::Ssl3, None))),
        (
            "sni",
            build_hello(0x0303, &[sni_ext(b"Agent.Example.COM")]),
            Ok((TlsVersion::Tls12, Some("Agent.Example.COM"))),
        ),
        (
            "unknown extension with junk is skipped",
            build_hello(0x0303, &[(51, vec![0xff; 3]), sni_ext(b"a.b")]),
            Ok((TlsVersion::Tls12, Some("a.b"))),
        ),
        ("two SNIs", build_hello(0x0303, &[sni_ext(b"a.b"), sni_ext(b"c.d")]), Err("two server_name")),
        ("SNI with a control byte", build_hello(0x0303, &[sni_ext(b"a\nb")]), Err("not printable ASCII")),
        ("legacy 2.0", build_hello(0x0200, &[]), Err("legacy_version")),
        (
            "supported_versions too short",
            build_hello(0x0303, &[(43, vec![4, 3, 3])]),
            Err("supported_versions"),
        ),
    ];
    for (name, bytes, want) in cases {
        match (parse_client_hello(bytes), want) {
            (Ok(Some(h)), Ok((v, sni))) => {
                assert_eq!((h.highest_version, h.sni.as_deref()), (*v, *sni), "{name}")
            }
            (Err(e), Err(text)) => {
                assert_eq!(e.event_id(), 402, "{name}");
                assert!(e.to_string().contains(text), "{name}: {e}");
            }
            (got, _) => panic!("{name}: got {got:?}"),
        }
    }
}

#[test]
fn not_tls_is_402_at_the_first_byte_that_shows_it() {
    let cases: &[(&str, &[u8], &str)] = &[
        ("plain HTTP", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", "\"GET / HT\""),
        ("SSH", b"SSH-2.0-OpenSSH_9.2", "53 53 48"),
        ("wrong record major version", &[22, 4, 1, 0, 1, 0], "16 04"),
        ("alert first", &[21, 3, 1, 0, 2, 2, 40], "15 03"),
        ("SSL 2.0 header, not a hello", &[0x80, 0x20, 0x04], "80 20 04"),
    ];
    for (name, bytes, text) in cases {
        let e = parse_client_hello(bytes).expect_err(name);
        assert!(matches!(e, SniffError::NotTls { side: Side::Client, .. }), "{name}: {e:?}");
        assert_eq!((e.event_id(), e.reason()), (402, "tls_parse"));
        assert!(e.to_string().contains(text), "{name}: {e}");
    }
}

#[test]
fn malformed_and_oversized_hellos_are_402() {
    let too_long_record = [22, 3, 1, 0xff, 0xff];
    let server_hello_first = record(22, &[2, 0, 0, 0]);
    let huge = record(22, &[1, 0x01, 0x00, 0x01]); // declares 65,537 bytes
    let bad_sslv2 = [0x80, 0x09, 1, 3, 1, 0, 3, 0, 0, 0, 1];
    for (name, bytes) in [
        ("record over 2^14+256", &too_long_record[..]),
        ("ServerHello first", &server_hello_first[..]),
        ("hello over 64 KiB", &huge[..]),
        ("SSL 2.0 lengths", &bad_sslv2[..]),
    ] {
        let e = parse_client_hello(bytes).expect_err(name);
        assert_eq!((e.event_id(), e.reason()), (402, "tls_parse"), "{name}: {e}");
    }
    assert!(matches!(parse_client_hello(&huge), Err(SniffError::TooBig { limit: MAX_CLIENT_HELLO, .. })));
}

// ---- Following a TLS 1.2 handshake to the client certificate -------------------------

#[test]
fn server_flight_ends_at_server_hello_done_with_a_certificate_request() {
    let mut whole = ServerFlight::new();
    whole.push(CERT_SERVER);
    let end = whole.poll().unwrap().unwrap();
    assert_eq!(end, ServerFlightEnd::ClientsTurn { version: TlsVersion::Tls12, certificate_requested: true });
    // Byte by byte: need-more until the end, never another answer.
    let mut flight = ServerFlight::new();
    let mut at = None;
    for (i, b) in CERT_SERVER.iter().enumerate() {
        flight.push(&[*b]);
        if let Some(got) = flight.poll().unwrap() {
            assert_eq!(got, end);
            at = Some(i);
            break;
        }
    }
    assert!(at.is_some());
}

#[test]
fn client_flight_shows_the_certificate_subject() {
    let rest = &CERT_CLIENT[hello(CERT_CLIENT).consumed..];
    let expected = ClientCertificate {
        subject: "O=Contoso Monitoring, CN=agent-7f3a".into(),
        subject_reversed: "CN=agent-7f3a, O=Contoso Monitoring".into(),
        common_names: vec!["agent-7f3a".into()],
    };
    for k in 0..=rest.len() {
        let mut flight = ClientFlight::new();
        flight.push(&rest[..k]);
        let first = flight.poll().unwrap();
        flight.push(&rest[k..]);
        let end = first.or_else(|| flight.poll().unwrap());
        assert_eq!(end, Some(ClientFlightEnd::Certificate(expected.clone())), "split {k}");
    }
}

#[test]
fn resumed_session_shows_no_certificate() {
    let mut server = ServerFlight::new();
    server.push(RESUMED_SERVER);
    assert_eq!(server.poll().unwrap(), Some(ServerFlightEnd::Resumed { version: TlsVersion::Tls12 }));
    let mut client = ClientFlight::new();
    client.push(&RESUMED_CLIENT[hello(RESUMED_CLIENT).consumed..]);
    assert_eq!(client.poll().unwrap(), Some(ClientFlightEnd::NotVisible(NotVisible::Resumed)));
}

#[test]
fn server_flight_must_start_with_a_server_hello() {
    let mut flight = ServerFlight::new();
    flight.push(CURL);
    let e = flight.poll().unwrap_err();
    assert!(matches!(e, SniffError::Malformed { side: Side::Upstream, .. }), "{e:?}");
}

// ---- Rules ---------------------------------------------------------------------------

#[test]
fn config_strings_parse_or_name_the_allowed_values() {
    for (s, v) in [
        ("1.0", TlsVersion::Tls10),
        ("1.1", TlsVersion::Tls11),
        ("1.2", TlsVersion::Tls12),
        ("1.3", TlsVersion::Tls13),
    ] {
        assert_eq!(s.parse::<TlsVersion>().unwrap(), v);
        assert_eq!(v.config_name(), s);
    }
    for bad in ["1.4", "ssl3", "", "TLS1.2"] {
        let e = bad.parse::<TlsVersion>().unwrap_err().to_string();
        assert!(e.contains("min_tls_version") && e.contains("\"1.0\"") && e.contains("\"1.3\""), "{e}");
    }
    for (s, p) in [("match", SniPolicy::Match), ("allowlist", SniPolicy::Allowlist), ("off", SniPolicy::Off)]
    {
        assert_eq!(s.parse::<SniPolicy>().unwrap(), p);
    }
    let e = "strict".parse::<SniPolicy>().unwrap_err().to_string();
    assert!(e.contains("sni_policy") && e.contains("\"allowlist\""), "{e}");
    for (s, p) in [
        ("off", ClientCertPolicy::Off),
        ("when_visible", ClientCertPolicy::WhenVisible),
        ("require", ClientCertPolicy::Require),
    ] {
        assert_eq!(s.parse::<ClientCertPolicy>().unwrap(), p);
    }
    let e = "on".parse::<ClientCertPolicy>().unwrap_err().to_string();
    assert!(e.contains("client_certificate_policy") && e.contains("\"when_visible\""), "{e}");
    assert!(CertAllowlist::new(["agent-7f3a"]).unwrap_err().to_string().contains("CN=agent-7f3a"));
}

#[test]
fn defaults_match_the_spec() {
    let r = TlsRules::default();
    assert_eq!(r.min_version, TlsVersion::Tls12);
    assert_eq!(r.sni_policy, SniPolicy::Match);
    assert_eq!(r.client_certificate_policy, ClientCertPolicy::Off);
    assert!(r.allowed_client_certificates.is_empty());
}

#[test]
fn version_check_table() {
    use TlsVersion::*;
    let h = |v, sslv2| ClientHello { highest_version: v, sni: None, sslv2_format: sslv2, consumed: 0 };
    // (min_tls_version, offered, SSL 2.0 format, refusal or None)
    let cases = [
        (Tls12, Tls13, false, None),
        (Tls12, Tls12, false, None),
        (Tls12, Tls11, false, Some("set min_tls_version = \"1.1\"")),
        (Tls12, Tls10, false, Some("TLS 1.0 at most but min_tls_version is TLS 1.2")),
        (Tls10, Tls10, false, None),
        (Tls13, Tls12, false, Some("set min_tls_version = \"1.2\"")),
        (Tls10, Ssl3, false, Some("SSL 3.0 at most; SSL is always refused")),
        (Tls10, Ssl2, true, Some("SSL 2.0 at most in the SSL 2.0 hello format")),
        (Tls10, Tls10, true, Some("TLS 1.0 at most in the SSL 2.0 hello format; SSL is always refused")),
    ];
    for (min, offered, sslv2, want) in cases {
        let rules = TlsRules { min_version: min, ..TlsRules::default() };
        match (rules.check_version(&h(offered, sslv2)), want) {
            (Ok(()), None) => {}
            (Err(e), Some(text)) => {
                assert_eq!((e.event_id(), e.reason()), (106, "tls_version"));
                assert!(e.to_string().contains(text), "{e}");
            }
            (got, _) => panic!("min {min} offered {offered}: {got:?}"),
        }
    }
}

#[test]
fn sni_check_table() {
    let allowed = |s: &str| s.ends_with(".ods.opinsights.azure.com");
    // (policy, sni, connect host, host is IP, refusal variant name or "ok")
    let cases = [
        (SniPolicy::Match, Some(HOST), HOST, false, "ok"),
        (SniPolicy::Match, Some("AGENT.example.com."), HOST, false, "ok"),
        (SniPolicy::Match, Some(HOST), "agent.example.com.", false, "ok"),
        (SniPolicy::Match, Some("evil.example.net"), HOST, false, "mismatch"),
        (SniPolicy::Match, Some("agent.example.com.."), HOST, false, "mismatch"),
        (SniPolicy::Match, None, HOST, false, "missing"),
        (SniPolicy::Match, None, "10.1.2.3", true, "ok"),
        (SniPolicy::Match, Some(HOST), "10.1.2.3", true, "mismatch"),
        (SniPolicy::Allowlist, Some("x.ods.opinsights.azure.com"), HOST, false, "ok"),
        (SniPolicy::Allowlist, Some("evil.example.net"), HOST, false, "not allowed"),
        (SniPolicy::Allowlist, None, HOST, false, "missing"),
        (SniPolicy::Allowlist, None, "::1", true, "ok"),
        (SniPolicy::Off, Some("evil.example.net"), HOST, false, "ok"),
        (SniPolicy::Off, None, HOST, false, "ok"),
    ];
    for (policy, sni, host, is_ip, want) in cases {
        let rules = TlsRules { sni_policy: policy, ..TlsRules::default() };
        let got = rules.check_sni(sni, host, is_ip, &allowed);
        let name = match &got {
            Ok(()) => "ok",
            Err(SniffError::SniMismatch { .. }) => "mismatch",
            Err(SniffError::SniMissing { .. }) => "missing",
            Err(SniffError::SniNotAllowed { .. }) => "not allowed",
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(name, want, "{policy:?} {sni:?} {host}");
        if let Err(e) = got {
            assert_eq!((e.event_id(), e.reason()), (105, "sni_mismatch"));
        }
    }
}

fn agent_cert() -> ClientCertificate {
    ClientCertificate {
        subject: "O=Contoso Monitoring, OU=Ops + L=Oslo, CN=agent-7f3a".into(),
        subject_reversed: "CN=agent-7f3a, OU=Ops + L=Oslo, O=Contoso Monitoring".into(),
        common_names: vec!["agent-7f3a".into()],
    }
}

#[test]
fn certificate_allowlist_table() {
    let cases: &[(&str, bool)] = &[
        ("CN=agent-7f3a", true),
        ("cn = AGENT-7F3A", true),
        ("  CN=agent-7f3a  ", true),
        ("CN=agent-7f3", false),
        ("CN=agent-7f3a, O=Other", false),
        ("O=Contoso Monitoring, OU=Ops + L=Oslo, CN=agent-7f3a", true),
        ("o=contoso monitoring,ou=ops+l=oslo,cn=agent-7f3a", true),
        ("CN=agent-7f3a, OU=Ops + L=Oslo, O=Contoso Monitoring", true),
        ("CN=agent-7f3a,OU=Ops+L=Oslo,O=Contoso  Monitoring", false), // inner whitespace is kept
        ("O=Contoso Monitoring", false),
        ("O=Contoso Monitoring, CN=agent-7f3a", false),
    ];
    for (entry, want) in cases {
        let list = CertAllowlist::new([entry]).unwrap();
        assert_eq!(list.allows(&agent_cert()), *want, "{entry}");
    }
    assert!(!CertAllowlist::default().allows(&agent_cert()));
    assert!(CertAllowlist::new(["CN=other", "CN=agent-7f3a"]).unwrap().allows(&agent_cert()));
}

#[test]
fn client_certificate_policy_table() {
    use ClientCertPolicy::*;
    let cert = agent_cert();
    let listed = CertAllowlist::new(["CN=agent-7f3a"]).unwrap();
    let other = CertAllowlist::new(["CN=someone-else"]).unwrap();
    // (policy, allowlist, seen, Ok(subject?) or Err(reason text))
    type Seen<'a> = Result<&'a ClientCertificate, NotVisible>;
    let cases: Vec<(ClientCertPolicy, &CertAllowlist, Seen, Result<bool, &str>)> = vec![
        (Off, &other, Ok(&cert), Ok(false)),
        (WhenVisible, &listed, Ok(&cert), Ok(true)),
        (WhenVisible, &other, Ok(&cert), Err("Invalid Client certificate")),
        (WhenVisible, &listed, Err(NotVisible::Tls13), Ok(false)),
        (WhenVisible, &listed, Err(NotVisible::Resumed), Ok(false)),
        (Require, &listed, Ok(&cert), Ok(true)),
        (Require, &other, Ok(&cert), Err("not in allowed_client_certificates")),
        (Require, &listed, Err(NotVisible::Tls13), Err("negotiated TLS 1.3")),
        (Require, &listed, Err(NotVisible::Resumed), Err("resumed")),
        (Require, &listed, Err(NotVisible::NotSent), Err("sent no certificate")),
    ];
    for (policy, list, seen, want) in cases {
        let rules = TlsRules {
            client_certificate_policy: policy,
            allowed_client_certificates: list.clone(),
            ..TlsRules::default()
        };
        match (rules.check_client_certificate(seen), want) {
            (Ok(subject), Ok(has)) => assert_eq!(subject.is_some(), has, "{policy:?} {seen:?}"),
            (Err(e), Err(text)) => {
                assert_eq!((e.event_id(), e.reason()), (105, "client_certificate"));
                assert!(e.to_string().contains(text), "{e}");
            }
            (got, _) => panic!("{policy:?} {seen:?}: {got:?}"),
        }
    }
}

#[test]
fn untrusted_strings_are_escaped_in_messages() {
    let e = SniffError::ClientCertNotAllowed { subject: "CN=x\"\n{\"event_id\":107}".into() };
    let text = e.to_string();
    assert!(!text.contains('\n') && text.contains(r#"CN=x\"\n{\"event_id\":107}"#), "{text}");
    let e = SniffError::SniMismatch { sni: "a\u{1b}[31m".into(), connect_host: HOST.into() };
    assert!(!e.to_string().contains('\u{1b}'), "{e}");
}

#[test]
fn network_errors_are_403() {
    let closed = SniffError::Closed { side: Side::Upstream, during: "the server's first flight" };
    assert_eq!((closed.event_id(), closed.reason()), (403, "network"));
    let timeout = SniffError::Timeout { during: "the ClientHello", after: Duration::from_secs(10) };
    assert_eq!((timeout.event_id(), timeout.reason()), (403, "timeout"));
    let io = SniffError::Io {
        side: Side::Client,
        during: "x",
        source: std::io::ErrorKind::ConnectionReset.into(),
    };
    assert_eq!((io.event_id(), io.reason()), (403, "network"));
}

// ---- handshake() over loopback with raw captured bytes -------------------------------

struct Raw {
    result: Result<Verified, SniffError>,
    client_got: Vec<u8>,
    upstream_got: Vec<u8>,
}

/// A stand-in gateway on 127.0.0.1:0 for one client: dials `origin`, reads
/// `pending_len` pipelined bytes, runs `handshake`, and relays both ways when it passed.
async fn sniffing_gateway(
    origin: std::net::SocketAddr,
    connect_host: &'static str,
    rules: TlsRules,
    pending_len: usize,
) -> (std::net::SocketAddr, tokio::task::JoinHandle<Result<Verified, SniffError>>) {
    let gateway = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = gateway.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let (mut client, _) = gateway.accept().await.unwrap();
        let mut upstream = TcpStream::connect(origin).await.unwrap();
        let mut pending = vec![0; pending_len];
        client.read_exact(&mut pending).await.unwrap();
        let deadline = Duration::from_secs(5);
        let result = handshake(
            &mut client,
            &mut upstream,
            &pending,
            connect_host,
            false,
            &rules,
            &|_| false,
            deadline,
        )
        .await;
        if result.is_ok() {
            tokio::spawn(async move { tokio::io::copy_bidirectional(&mut client, &mut upstream).await });
        }
        result
    });
    (addr, task)
}

/// Client sends `segments` (pausing between them), the gateway reads `pending_len` bytes
/// before calling `handshake`, the upstream answers `server_bytes` once it hears anything.
async fn raw(
    segments: Vec<Vec<u8>>,
    server_bytes: &'static [u8],
    pending_len: usize,
    rules: TlsRules,
    connect_host: &'static str,
) -> Raw {
    let origin = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin_addr = origin.local_addr().unwrap();
    let upstream_task = tokio::spawn(async move {
        let (mut s, _) = origin.accept().await.unwrap();
        let mut got = vec![0; 1];
        if s.read(&mut got).await.unwrap() == 0 {
            return Vec::new();
        }
        s.write_all(server_bytes).await.unwrap();
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

fn cert_rules(policy: ClientCertPolicy, entry: &str) -> TlsRules {
    TlsRules {
        client_certificate_policy: policy,
        allowed_client_certificates: CertAllowlist::new([entry]).unwrap(),
        ..TlsRules::default()
    }
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
    let r = raw(vec![bytes.to_vec()], b"", 0, rules, HOST).await;
    assert_eq!(r.result.unwrap().version, TlsVersion::Tls11);
    assert_eq!(r.upstream_got, bytes);
}

#[tokio::test]
async fn silent_client_times_out_and_early_close_is_a_network_error() {
    let origin = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let gateway = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let mut agent = TcpStream::connect(gateway.local_addr().unwrap()).await.unwrap();
    let (mut client, _) = gateway.accept().await.unwrap();
    let mut upstream = TcpStream::connect(origin.local_addr().unwrap()).await.unwrap();
    let rules = TlsRules::default();
    let e = handshake(
        &mut client,
        &mut upstream,
        &CURL[..10],
        HOST,
        false,
        &rules,
        &|_| true,
        Duration::from_millis(200),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, SniffError::Timeout { during: "the ClientHello", .. }), "{e:?}");
    agent.shutdown().await.unwrap();
    let e = handshake(
        &mut client,
        &mut upstream,
        &CURL[..10],
        HOST,
        false,
        &rules,
        &|_| true,
        Duration::from_secs(5),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, SniffError::Closed { side: Side::Client, .. }), "{e:?}");
    assert_eq!(e.event_id(), 403);
}

// ---- handshake() between real rustls peers --------------------------------------------

mod peers {
    use super::*;
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName};
    use rustls::server::WebPkiClientVerifier;
    use rustls::{ClientConfig, RootCertStore, ServerConfig, SupportedProtocolVersion};
    use tokio_rustls::{TlsAcceptor, TlsConnector};

    /// A CA, a server certificate for `agent.example.com`, and two agent certificates.
    pub struct Pki {
        roots: Arc<RootCertStore>,
        server: (CertificateDer<'static>, Vec<u8>),
        pub agent: (CertificateDer<'static>, Vec<u8>),
        pub stranger: (CertificateDer<'static>, Vec<u8>),
    }

    pub fn pki() -> Pki {
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name.push(DnType::CommonName, "omsgate test CA");
        let ca_cert = ca.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca, ca_key);
        let leaf = |sans: Vec<String>, dn: &[(DnType, &str)]| {
            let key = KeyPair::generate().unwrap();
            let mut params = CertificateParams::new(sans).unwrap();
            params.distinguished_name = rcgen::DistinguishedName::new();
            dn.iter().for_each(|(t, v)| params.distinguished_name.push(t.clone(), *v));
            (params.signed_by(&key, &issuer).unwrap().der().clone(), key.serialize_der())
        };
        let mut roots = RootCertStore::empty();
        roots.add(ca_cert.der().clone()).unwrap();
        Pki {
            roots: Arc::new(roots),
            server: leaf(vec![HOST.into()], &[(DnType::CommonName, HOST)]),
            agent: leaf(vec![], &[(DnType::OrganizationName, "Contoso"), (DnType::CommonName, "agent-7f3a")]),
            stranger: leaf(vec![], &[(DnType::CommonName, "stranger")]),
        }
    }

    fn provider() -> Arc<rustls::crypto::CryptoProvider> {
        Arc::new(rustls::crypto::ring::default_provider())
    }

    fn key(der: &[u8]) -> PrivateKeyDer<'static> {
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(der.to_vec()))
    }

    pub fn server_config(
        pki: &Pki,
        versions: &[&'static SupportedProtocolVersion],
        ask_for_cert: bool,
    ) -> Arc<ServerConfig> {
        let verifier = if ask_for_cert {
            WebPkiClientVerifier::builder_with_provider(pki.roots.clone(), provider())
                .allow_unauthenticated()
                .build()
                .unwrap()
        } else {
            WebPkiClientVerifier::no_client_auth()
        };
        let config = ServerConfig::builder_with_provider(provider())
            .with_protocol_versions(versions)
            .unwrap()
            .with_client_cert_verifier(verifier)
            .with_single_cert(vec![pki.server.0.clone()], key(&pki.server.1))
            .unwrap();
        Arc::new(config)
    }

    pub fn client_config(
        pki: &Pki,
        versions: &[&'static SupportedProtocolVersion],
        cert: Option<&(CertificateDer<'static>, Vec<u8>)>,
    ) -> Arc<ClientConfig> {
        let builder = ClientConfig::builder_with_provider(provider())
            .with_protocol_versions(versions)
            .unwrap()
            .with_root_certificates(pki.roots.clone());
        Arc::new(match cert {
            Some((der, k)) => builder.with_client_auth_cert(vec![der.clone()], key(k)).unwrap(),
            None => builder.with_no_client_auth(),
        })
    }

    /// A TLS origin that answers each connection's `ping` with `pong:ping`.
    pub async fn origin(config: Arc<ServerConfig>) -> std::net::SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let acceptor = TlsAcceptor::from(config);
        tokio::spawn(async move {
            loop {
                let (tcp, _) = listener.accept().await.unwrap();
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let mut ping = [0; 4];
                    if tls.read_exact(&mut ping).await.is_ok() {
                        let _ = tls.write_all(&[b"pong:".as_slice(), &ping].concat()).await;
                        let _ = tls.shutdown().await;
                    }
                });
            }
        });
        addr
    }

    /// One agent connection through a gateway running `handshake`: the decision, and
    /// whether the agent's TLS session completed a ping/pong end to end.
    pub async fn through_gateway(
        client: Arc<ClientConfig>,
        origin: std::net::SocketAddr,
        sni: &'static str,
        connect_host: &'static str,
        rules: TlsRules,
        pending_len: usize,
    ) -> (Result<Verified, SniffError>, Result<(), String>) {
        let (gateway_addr, gateway_task) =
            super::sniffing_gateway(origin, connect_host, rules, pending_len).await;
        let agent = async {
            let tcp = TcpStream::connect(gateway_addr).await.map_err(|e| e.to_string())?;
            let name = ServerName::try_from(sni).unwrap();
            let mut tls = TlsConnector::from(client).connect(name, tcp).await.map_err(|e| e.to_string())?;
            tls.write_all(b"ping").await.map_err(|e| e.to_string())?;
            let mut reply = Vec::new();
            tls.read_to_end(&mut reply).await.map_err(|e| e.to_string())?;
            if reply == b"pong:ping" { Ok(()) } else { Err(format!("reply {reply:?}")) }
        };
        let agent = tokio::time::timeout(Duration::from_secs(10), agent)
            .await
            .unwrap_or_else(|_| Err("agent timed out".into()));
        (gateway_task.await.unwrap(), agent)
    }
}

use peers::{client_config, origin, pki, server_config, through_gateway};
use rustls::version::{TLS12, TLS13};

const AGENT_SUBJECT: &str = "O=Contoso, CN=agent-7f3a";

#[tokio::test]
async fn rustls_sessions_pass_and_complete() {
    let pki = pki();
    let both = &[&TLS13, &TLS12][..];
    // (name, client versions, client cert, server asks, rules, expected version, subject)
    let cases = [
        ("1.3, policy off", both, None, false, TlsRules::default(), TlsVersion::Tls13, None),
        ("1.2, policy off", &[&TLS12][..], None, false, TlsRules::default(), TlsVersion::Tls12, None),
        (
            "1.2 cert allowed, when_visible",
            &[&TLS12][..],
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            TlsVersion::Tls12,
            Some(AGENT_SUBJECT),
        ),
        (
            "1.2 cert allowed by DN, require",
            &[&TLS12][..],
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a, O=Contoso"),
            TlsVersion::Tls12,
            Some(AGENT_SUBJECT),
        ),
        (
            "1.3 with cert, when_visible",
            both,
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            TlsVersion::Tls13,
            None,
        ),
        (
            "1.2 without cert, when_visible",
            &[&TLS12][..],
            None,
            true,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            TlsVersion::Tls12,
            None,
        ),
        (
            "offers 1.3, server picks 1.2, require",
            both,
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
            TlsVersion::Tls12,
            Some(AGENT_SUBJECT),
        ),
    ];
    for (name, versions, cert, ask, rules, version, subject) in cases {
        let server_versions: &[&'static rustls::SupportedProtocolVersion] =
            if name.contains("server picks 1.2") { &[&TLS12] } else { both };
        let origin = origin(server_config(&pki, server_versions, ask)).await;
        for pending_len in [0, 3] {
            let (result, agent) = through_gateway(
                client_config(&pki, versions, cert),
                origin,
                HOST,
                HOST,
                rules.clone(),
                pending_len,
            )
            .await;
            let v = result.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(
                (v.version, v.sni.as_deref(), v.client_subject.as_deref()),
                (version, Some(HOST), subject),
                "{name}"
            );
            assert_eq!(agent, Ok(()), "{name}: pending {pending_len}");
        }
    }
}

#[tokio::test]
async fn rustls_sessions_refused() {
    let pki = pki();
    let both = &[&TLS13, &TLS12][..];
    let only12 = &[&TLS12][..];
    // (name, versions, client cert, sni, rules, reason, message fragment)
    let cases = [
        (
            "wrong SNI",
            both,
            None,
            "evil.example.com",
            TlsRules::default(),
            "sni_mismatch",
            "differs from the CONNECT host",
        ),
        (
            "1.2 below min 1.3",
            only12,
            None,
            HOST,
            TlsRules { min_version: TlsVersion::Tls13, ..TlsRules::default() },
            "tls_version",
            "min_tls_version is TLS 1.3",
        ),
        (
            "1.2 cert not allowed",
            only12,
            Some(&pki.stranger),
            HOST,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            "client_certificate",
            "\"CN=stranger\"",
        ),
        (
            "1.3 under require",
            both,
            Some(&pki.agent),
            HOST,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
            "client_certificate",
            "negotiated TLS 1.3",
        ),
        (
            "1.2 without cert under require",
            only12,
            None,
            HOST,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
            "client_certificate",
            "sent no certificate",
        ),
    ];
    let origin = origin(server_config(&pki, both, true)).await;
    for (name, versions, cert, sni, rules, reason, text) in cases {
        let (result, agent) =
            through_gateway(client_config(&pki, versions, cert), origin, sni, HOST, rules, 0).await;
        let e = result.expect_err(name);
        assert_eq!(e.reason(), reason, "{name}: {e}");
        assert!(e.to_string().contains(text), "{name}: {e}");
        assert!(agent.is_err(), "{name}: the agent's session must not complete");
    }
}

#[tokio::test]
async fn resumed_tls12_session_shows_no_certificate() {
    let pki = pki();
    let origin = origin(server_config(&pki, &[&TLS12], true)).await;
    let client = client_config(&pki, &[&TLS12], Some(&pki.agent));
    let rules = cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a");
    let (first, agent) = through_gateway(client.clone(), origin, HOST, HOST, rules.clone(), 0).await;
    assert_eq!(first.unwrap().client_subject.as_deref(), Some(AGENT_SUBJECT));
    assert_eq!(agent, Ok(()));
    let (resumed, agent) = through_gateway(client.clone(), origin, HOST, HOST, rules, 0).await;
    assert_eq!(resumed.unwrap().client_subject, None, "when_visible passes a resumed session");
    assert_eq!(agent, Ok(()));
    let (refused, _) = through_gateway(
        client,
        origin,
        HOST,
        HOST,
        cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
        0,
    )
    .await;
    assert!(
        matches!(refused, Err(SniffError::ClientCertNotVisible { why: NotVisible::Resumed })),
        "{refused:?}"
    );
}
