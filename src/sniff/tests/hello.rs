//! The ClientHello parser: captured hellos at every prefix, record split and segment
//! split; built hellos for versions and SNI; what is not TLS or is malformed.

use super::*;
use crate::fault::{Fault, Side};
use crate::sniff::record::{HandshakeReader, Item, MAX_CLIENT_HELLO};

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
