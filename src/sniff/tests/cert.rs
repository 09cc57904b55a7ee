//! Following a TLS 1.2 handshake to the client certificate: the server's first flight,
//! the client's second flight, a resumed session.

use super::*;
use crate::fault::Side;
use crate::sniff::cert::{ClientFlight, ClientFlightEnd};
use crate::sniff::server::{ServerFlight, ServerFlightEnd};

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
