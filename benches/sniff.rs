//! Handshake sniffing, paid once per tunnel before the splice starts: the ClientHello,
//! the server's reply (every tunnel, to see a HelloRetryRequest), the second ClientHello
//! after one, and the client-certificate flight.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use omsgate::sniff::cert::ClientFlight;
use omsgate::sniff::server::{ServerFlight, ServerReply, whole_server_hello};
use omsgate::sniff::{ClientHelloReader, parse_client_hello};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $name)).as_slice()
    };
}

const CURL: &[u8] = fixture!("curl_client_hello.bin");
const CURL_SPLIT3: &[u8] = fixture!("curl_client_hello_split3.bin");
const MTLS_CLIENT: &[u8] = fixture!("tls12_client_cert.client.bin");
/// A TLS 1.3 server's whole reply (ServerHello, ChangeCipherSpec, encrypted flight) as one read.
const TLS13_SERVER: &[u8] = fixture!("tls13.server.bin");
/// ClientHello, ChangeCipherSpec, second ClientHello, ... of a session with a HelloRetryRequest.
const HRR_CLIENT: &[u8] = fixture!("tls13_hrr.client.bin");
/// HelloRetryRequest, ChangeCipherSpec, ServerHello, ... as one read.
const HRR_SERVER: &[u8] = fixture!("tls13_hrr.server.bin");

fn bench(c: &mut Criterion) {
    c.bench_function("sniff/curl_hello", |b| {
        b.iter(|| parse_client_hello(black_box(CURL)).unwrap().unwrap())
    });
    c.bench_function("sniff/curl_hello_split_3_records", |b| {
        b.iter(|| parse_client_hello(black_box(CURL_SPLIT3)).unwrap().unwrap())
    });
    let second_flight = &MTLS_CLIENT[parse_client_hello(MTLS_CLIENT).unwrap().unwrap().consumed..];
    c.bench_function("sniff/client_certificate_flight", |b| {
        b.iter(|| {
            let mut flight = ClientFlight::new();
            flight.push(black_box(second_flight));
            flight.poll().unwrap().unwrap()
        })
    });
    c.bench_function("sniff/server_flight_tls13", |b| {
        b.iter(|| {
            let mut server = ServerFlight::new();
            server.push(black_box(TLS13_SERVER));
            server.poll().unwrap().unwrap()
        })
    });
    // What nearly every tunnel pays now: a look at the peeked ServerHello record.
    let server_hello =
        &TLS13_SERVER[..5 + usize::from(u16::from_be_bytes([TLS13_SERVER[3], TLS13_SERVER[4]]))];
    c.bench_function("sniff/server_hello_peeked", |b| {
        b.iter(|| whole_server_hello(black_box(server_hello)).unwrap())
    });
    // A server that asks again: its reply followed, the second hello read.
    c.bench_function("sniff/server_hello_retry_request", |b| {
        b.iter(|| {
            let mut server = ServerFlight::new();
            server.push(black_box(HRR_SERVER));
            assert_eq!(server.poll_hello().unwrap(), Some(ServerReply::HelloRetryRequest));
            server.poll_hello().unwrap().unwrap()
        })
    });
    let after_first = &HRR_CLIENT[parse_client_hello(HRR_CLIENT).unwrap().unwrap().consumed..];
    c.bench_function("sniff/second_client_hello", |b| {
        b.iter(|| {
            let mut reader = ClientHelloReader::after_retry();
            reader.push(black_box(after_first));
            reader.poll().unwrap().unwrap()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
