//! The server's reply: a ServerHello or a HelloRetryRequest on captured flights at every
//! prefix and split (the follower, and the look at peeked bytes), what may come between
//! a HelloRetryRequest and the ServerHello, and the second ClientHello it asks for.

use super::*;
use crate::fault::{Fault, Side};
use crate::sniff::server::{
    HELLO_RETRY_REQUEST_RANDOM, ServerFlight, ServerFlightEnd, ServerReply, whole_server_hello,
};

const HELLO_13: ServerReply = ServerReply::ServerHello { version: TlsVersion::Tls13 };
const HELLO_12: ServerReply = ServerReply::ServerHello { version: TlsVersion::Tls12 };

/// (name, server bytes, first reply)
const REPLIES: &[(&str, &[u8], ServerReply)] = &[
    ("HelloRetryRequest", HRR_SERVER, ServerReply::HelloRetryRequest),
    ("TLS 1.3 ServerHello", TLS13_SERVER, HELLO_13),
    ("TLS 1.2 ServerHello", CERT_SERVER, HELLO_12),
    ("resumed TLS 1.2 ServerHello", RESUMED_SERVER, HELLO_12),
];

#[test]
fn the_reply_is_known_exactly_when_its_first_record_is_whole_at_every_prefix() {
    for &(name, bytes, reply) in REPLIES {
        let end = first_record_len(bytes);
        for k in 0..=bytes.len() {
            let mut server = ServerFlight::new();
            server.push(&bytes[..k]);
            let want = (k >= end).then_some(reply);
            assert_eq!(server.poll_hello().unwrap(), want, "{name}: prefix {k}");
            // A look at the same bytes, peeked: the same ServerHello, never a retry.
            let peeked = whole_server_hello(&bytes[..k]).map(|version| ServerReply::ServerHello { version });
            let want = want.filter(|r| *r != ServerReply::HelloRetryRequest);
            assert_eq!(peeked, want, "{name}: peeked prefix {k}");
        }
    }
}

#[test]
fn every_split_into_two_reads_gives_the_same_reply() {
    for &(name, bytes, reply) in REPLIES {
        for k in 0..=bytes.len() {
            let mut server = ServerFlight::new();
            server.push(&bytes[..k]);
            let first = server.poll_hello().unwrap();
            server.push(&bytes[k..]);
            let got = first.or_else(|| server.poll_hello().unwrap());
            assert_eq!(got, Some(reply), "{name}: split {k}");
        }
    }
}

#[test]
fn a_peek_leaves_to_the_follower_what_is_not_a_whole_server_hello_first() {
    let hello = &TLS13_SERVER[..first_record_len(TLS13_SERVER)];
    let split = [&record(22, &hello[5..40])[..], &record(22, &hello[40..])].concat();
    let cases: [(&str, Vec<u8>); 5] = [
        ("a warning alert first", [&record(21, &[1, 112])[..], hello].concat()),
        ("ServerHello split over two records", split),
        ("ChangeCipherSpec first", [&record(20, &[1])[..], hello].concat()),
        ("a ClientHello", CURL.to_vec()),
        ("not TLS", b"HTTP/1.1 400 Bad Request\r\n\r\n".to_vec()),
    ];
    for (name, bytes) in cases {
        assert_eq!(whole_server_hello(&bytes), None, "{name}");
    }
}

#[test]
fn after_a_hello_retry_request_comes_the_server_hello_past_one_change_cipher_spec() {
    let hrr_end = first_record_len(HRR_SERVER);
    let ccs_end = hrr_end + first_record_len(&HRR_SERVER[hrr_end..]);
    assert_eq!(HRR_SERVER[hrr_end], 20, "the fixture's ChangeCipherSpec");
    // Byte by byte: HelloRetryRequest once, then nothing until the ServerHello is whole.
    let mut server = ServerFlight::new();
    let mut answers = Vec::new();
    for (i, b) in HRR_SERVER.iter().enumerate() {
        server.push(&[*b]);
        if let Some(reply) = server.poll_hello().unwrap() {
            answers.push((i + 1, reply));
            if reply != ServerReply::HelloRetryRequest {
                break;
            }
        }
    }
    let hello_end = ccs_end + first_record_len(&HRR_SERVER[ccs_end..]);
    assert_eq!(answers, [(hrr_end, ServerReply::HelloRetryRequest), (hello_end, HELLO_13)]);
    // Without the ChangeCipherSpec, too.
    let mut server = ServerFlight::new();
    server.push(&HRR_SERVER[..hrr_end]);
    assert_eq!(server.poll_hello().unwrap(), Some(ServerReply::HelloRetryRequest));
    server.push(&HRR_SERVER[ccs_end..]);
    assert_eq!(server.poll_hello().unwrap(), Some(HELLO_13));
    // The flight ends at TLS 1.3, also when asked for the end straight away.
    let mut server = ServerFlight::new();
    server.push(HRR_SERVER);
    assert_eq!(server.poll().unwrap(), Some(ServerFlightEnd::Tls13));
}

#[test]
fn a_hello_retry_request_is_told_by_its_random_only() {
    let cases = [
        (
            "HRR random, 1.3 selected",
            build_server_hello(0x0303, HELLO_RETRY_REQUEST_RANDOM, Some(0x0304)),
            ServerReply::HelloRetryRequest,
        ),
        (
            "HRR random, no supported_versions",
            build_server_hello(0x0303, HELLO_RETRY_REQUEST_RANDOM, None),
            ServerReply::HelloRetryRequest,
        ),
        (
            "one bit off the HRR random",
            build_server_hello(0x0303, flip_last_bit(HELLO_RETRY_REQUEST_RANDOM), Some(0x0304)),
            HELLO_13,
        ),
        ("random zeros, 1.3", build_server_hello(0x0303, [0; 32], Some(0x0304)), HELLO_13),
        ("random zeros, 1.2", build_server_hello(0x0303, [0; 32], None), HELLO_12),
    ];
    for (name, bytes, reply) in cases {
        let mut server = ServerFlight::new();
        server.push(&bytes);
        assert_eq!(server.poll_hello().unwrap(), Some(reply), "{name}");
        let peeked = whole_server_hello(&bytes).map(|version| ServerReply::ServerHello { version });
        assert_eq!(peeked, Some(reply).filter(|r| *r != ServerReply::HelloRetryRequest), "{name}: peeked");
    }
}

#[test]
fn a_second_hello_retry_request_and_other_strays_are_402_from_upstream() {
    let hrr_end = first_record_len(HRR_SERVER);
    let hrr = &HRR_SERVER[..hrr_end];
    let ccs = record(20, &[1]);
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("a second HelloRetryRequest", [hrr, &ccs, hrr].concat(), "second HelloRetryRequest"),
        ("two ChangeCipherSpecs after it", [hrr, &ccs, &ccs].concat(), "answer to the second ClientHello"),
        ("ChangeCipherSpec before any hello", [&ccs[..], hrr].concat(), "first message is not a ServerHello"),
        ("application data first", record(23, &[0; 20]), "first message is not a ServerHello"),
        ("a ClientHello back", CURL.to_vec(), "first message is not a ServerHello"),
    ];
    for (name, bytes, text) in cases {
        let mut server = ServerFlight::new();
        server.push(&bytes);
        let e = (|| {
            while server.poll_hello()? == Some(ServerReply::HelloRetryRequest) {}
            server.poll_hello()
        })()
        .expect_err(name);
        assert!(matches!(e, SniffError::Malformed { side: Side::Upstream, .. }), "{name}: {e:?}");
        assert_eq!((e.event_id(), e.reason()), (402, "tls_parse"));
        assert!(e.to_string().contains(text), "{name}: {e}");
    }
}

#[test]
fn a_fatal_alert_is_a_refusal_and_a_warning_is_passed_over() {
    let fatal = record(21, &[2, 40]); // handshake_failure
    let warning = record(21, &[1, 112]); // unrecognized_name
    let mut server = ServerFlight::new();
    server.push(&fatal);
    assert_eq!(server.poll_hello().unwrap(), Some(ServerReply::Refused));
    let mut server = ServerFlight::new();
    server.push(&[&warning[..], CERT_SERVER].concat());
    assert_eq!(server.poll_hello().unwrap(), Some(HELLO_12));
    let hrr_end = first_record_len(HRR_SERVER);
    let mut server = ServerFlight::new();
    server.push(&[&HRR_SERVER[..hrr_end], &fatal].concat());
    assert_eq!(server.poll_hello().unwrap(), Some(ServerReply::HelloRetryRequest));
    assert_eq!(server.poll_hello().unwrap(), Some(ServerReply::Refused), "after a retry");
    // The flight never ends after a refusal: the server's close ends the step.
    let mut server = ServerFlight::new();
    server.push(&[&fatal[..], &record(23, &[0; 4])].concat());
    assert_eq!(server.poll().unwrap(), None);
}

#[test]
fn the_second_client_hello_is_read_past_one_change_cipher_spec() {
    let first = hello(HRR_CLIENT);
    let rest = &HRR_CLIENT[first.consumed..];
    assert_eq!(rest[0], 20, "the fixture's ChangeCipherSpec");
    let ccs_len = first_record_len(rest);
    let end = ccs_len + first_record_len(&rest[ccs_len..]);
    for k in 0..=rest.len() {
        let mut reader = ClientHelloReader::after_retry();
        reader.push(&rest[..k]);
        let got = reader.poll().unwrap();
        if k < end {
            assert_eq!(got, None, "prefix {k}");
            continue;
        }
        let second = got.unwrap_or_else(|| panic!("prefix {k}"));
        assert_eq!((second.highest_version, second.sni.as_deref()), (TlsVersion::Tls13, Some(HOST)));
        assert_eq!(second.consumed, end, "the ChangeCipherSpec counts as consumed");
    }
    for (bytes, sni) in [(HRR_SNI_CHANGED, Some("evil.example.net")), (HRR_SNI_DROPPED, None)] {
        let mut reader = ClientHelloReader::after_retry();
        reader.push(&bytes[first.consumed..]);
        let second = reader.poll().unwrap().unwrap();
        assert_eq!(second.sni.as_deref(), sni);
        assert_eq!(second.consumed, bytes.len() - first.consumed);
    }
}

#[test]
fn the_second_client_hello_admits_no_other_record_first() {
    let first = hello(HRR_CLIENT);
    let second = &HRR_CLIENT[first.consumed + 6..];
    let ccs = record(20, &[1]);
    let cases: [(&str, Vec<u8>, u16); 5] = [
        ("two ChangeCipherSpecs", [&ccs[..], &ccs, second].concat(), 402),
        ("application data (early data)", [&record(23, &[0; 20])[..], second].concat(), 402),
        ("an alert", [&record(21, &[2, 40])[..], second].concat(), 402),
        ("SSL 2.0 format", fixture!("sslv2_compat_tls10_client_hello.bin").to_vec(), 402),
        ("plain HTTP", b"GET / HTTP/1.1\r\n\r\n".to_vec(), 402),
    ];
    for (name, bytes, event) in cases {
        let mut reader = ClientHelloReader::after_retry();
        reader.push(&bytes);
        let e = reader.poll().expect_err(name);
        assert_eq!(e.event_id(), event, "{name}: {e}");
    }
    // The first hello's reader keeps refusing a ChangeCipherSpec first.
    let mut reader = ClientHelloReader::new();
    reader.push(&ccs);
    assert!(matches!(reader.poll(), Err(SniffError::NotTls { side: Side::Client, .. })));
}

fn flip_last_bit(mut random: [u8; 32]) -> [u8; 32] {
    random[31] ^= 1;
    random
}
