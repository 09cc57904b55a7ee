//! ClientHello sniffing, paid once per tunnel before the splice starts.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use omsgate::sniff::cert::ClientFlight;
use omsgate::sniff::parse_client_hello;
use omsgate::sniff::server::ServerFlight;

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
}

criterion_group!(benches, bench);
criterion_main!(benches);
