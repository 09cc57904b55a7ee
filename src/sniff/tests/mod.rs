//! Tests of the sniff step, one file per subject: `hello` (the ClientHello parser on
//! captured handshakes at every prefix and split), `server` (the server's reply: a
//! ServerHello or a HelloRetryRequest, and the second ClientHello after one), `cert`
//! (following a TLS 1.2 handshake to the client certificate), `rules` (the checks as
//! tables), `loopback` (`handshake` over loopback with captured bytes) and `peers`
//! (`handshake` between real rustls peers). This file holds the fixtures and builders
//! they share.
//!
//! Fixtures (tests/fixtures/, see its README.md) were captured on loopback from curl,
//! `openssl s_client` and OpenSSL sessions (mTLS, resumed, TLS 1.3 with and without a
//! HelloRetryRequest); SSL 2/3 hellos and SNI-changing second hellos are hand-built.

use std::time::Duration;

use tokio::io::AsyncReadExt;
use tokio::net::{TcpListener, TcpStream};

use super::*;
use crate::connect::Target;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $name)).as_slice()
    };
}

mod cert;
mod hello;
mod loopback;
mod peers;
mod rules;
mod server;

const CURL: &[u8] = fixture!("curl_client_hello.bin");
const CURL_SPLIT3: &[u8] = fixture!("curl_client_hello_split3.bin");
const CERT_CLIENT: &[u8] = fixture!("tls12_client_cert.client.bin");
const CERT_SERVER: &[u8] = fixture!("tls12_client_cert.server.bin");
const RESUMED_CLIENT: &[u8] = fixture!("tls12_resumed.client.bin");
const RESUMED_SERVER: &[u8] = fixture!("tls12_resumed.server.bin");
const TLS13_SERVER: &[u8] = fixture!("tls13.server.bin");
/// ClientHello #1 (X25519 share), ChangeCipherSpec, ClientHello #2 (P-256 share), rest.
const HRR_CLIENT: &[u8] = fixture!("tls13_hrr.client.bin");
/// HelloRetryRequest, ChangeCipherSpec, ServerHello, encrypted rest.
const HRR_SERVER: &[u8] = fixture!("tls13_hrr.server.bin");
/// `HRR_CLIENT` up to its second hello, which names `evil.example.net`.
const HRR_SNI_CHANGED: &[u8] = fixture!("tls13_hrr_sni_changed.client.bin");
/// `HRR_CLIENT` up to its second hello, which has no server_name.
const HRR_SNI_DROPPED: &[u8] = fixture!("tls13_hrr_sni_dropped.client.bin");
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
    ("openssl TLS 1.3 session", fixture!("tls13.client.bin"), TlsVersion::Tls13, Some(HOST), false),
    ("openssl hello before a HelloRetryRequest", HRR_CLIENT, TlsVersion::Tls13, Some(HOST), false),
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

/// Length of the first record of `buf`, header included.
fn first_record_len(buf: &[u8]) -> usize {
    5 + usize::from(u16::from_be_bytes([buf[3], buf[4]]))
}

/// A ServerHello record with the given legacy version and random, and a
/// supported_versions extension selecting `selected` when given.
fn build_server_hello(legacy: u16, random: [u8; 32], selected: Option<u16>) -> Vec<u8> {
    let mut body = legacy.to_be_bytes().to_vec();
    body.extend_from_slice(&random);
    body.extend_from_slice(&[0, 0x13, 0x01, 0]); // no session id, TLS_AES_128_GCM_SHA256, null compression
    let exts = selected.map(|v| [&[0, 43, 0, 2][..], &v.to_be_bytes()].concat()).unwrap_or_default();
    body.extend_from_slice(&u16::try_from(exts.len()).unwrap().to_be_bytes());
    body.extend_from_slice(&exts);
    let mut msg = vec![2];
    msg.extend_from_slice(&u32::try_from(body.len()).unwrap().to_be_bytes()[1..]);
    msg.extend_from_slice(&body);
    record(22, &msg)
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
        let target = Target::parse(&format!("{connect_host}:443")).unwrap();
        let expected = Expected {
            target: &target,
            rules: &rules,
            name_allowed: &|_| false,
            certificate: None,
            within: Duration::from_secs(5),
        };
        let result = handshake(&mut client, &mut upstream, &pending, &expected).await;
        if result.is_ok() {
            tokio::spawn(async move { tokio::io::copy_bidirectional(&mut client, &mut upstream).await });
        }
        result
    });
    (addr, task)
}

fn cert_rules(policy: ClientCertPolicy, entry: &str) -> TlsRules {
    TlsRules {
        client_certificate_policy: policy,
        allowed_client_certificates: CertAllowlist::new([entry]).unwrap(),
        ..TlsRules::default()
    }
}
