//! Destinations for tests, on 127.0.0.1:0: a TLS web origin (rustls, rcgen certificate
//! for `localhost`) and a plain TCP echo that answers after the client half-closes.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;

/// A running origin; it lives as long as the test process (threads are cheap here).
pub struct Origin {
    pub addr: SocketAddr,
    /// PEM of the certificate (TLS origins), for `curl --cacert`.
    pub ca_file: Option<PathBuf>,
    _dir: Option<tempfile::TempDir>,
}

/// The body a TLS origin serves.
pub const BODY: &str = "hello from the origin\n";

impl Origin {
    /// An HTTPS origin for `localhost` answering every request with [`BODY`].
    pub fn tls() -> Origin {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
        let cert = params.self_signed(&key).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let ca_file = dir.path().join("origin.pem");
        std::fs::write(&ca_file, cert.pem()).unwrap();
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![cert.der().clone()],
                rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
            )
            .unwrap();
        let config = Arc::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let config = config.clone();
                std::thread::spawn(move || serve_https(stream, config));
            }
        });
        Origin { addr, ca_file: Some(ca_file), _dir: Some(dir) }
    }

    /// A TCP origin that echoes everything it reads; after the client's FIN it sends
    /// `bye` and closes, so half-close can be observed.
    pub fn echo() -> Origin {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || echo(stream));
            }
        });
        Origin { addr, ca_file: None, _dir: None }
    }

    /// The origin's port.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

fn serve_https(mut tcp: TcpStream, config: Arc<rustls::ServerConfig>) {
    let mut conn = rustls::ServerConnection::new(config).unwrap();
    let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
    let mut req = Vec::new();
    let mut buf = [0u8; 4096];
    while !req.windows(4).any(|w| w == b"\r\n\r\n") {
        match tls.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => req.extend_from_slice(&buf[..n]),
        }
    }
    let reply =
        format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{BODY}", BODY.len());
    let _ = tls.write_all(reply.as_bytes());
    conn.send_close_notify();
    let _ = conn.complete_io(&mut tcp);
}

fn echo(mut s: TcpStream) {
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => {
                let _ = s.write_all(b"bye");
                return;
            }
            Ok(n) => {
                if s.write_all(&buf[..n]).is_err() {
                    return;
                }
            }
            Err(_) => return,
        }
    }
}
