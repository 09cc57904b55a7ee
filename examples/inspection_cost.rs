//! What TLS inspection costs: two gateway processes from the same binary, one with
//! inspection on and one with it off (`tls_inspection = false` and an explicit
//! `host:port` entry), the same rustls agent and origin, tunnels alternating between
//! them so machine noise falls on both alike.
//!
//! Set-up: CONNECT → 200 → TLS handshake → one request/reply, per tunnel, timed at the
//! agent; gateway CPU per tunnel from /proc. Bulk: one TLS tunnel pushing `--mib` MiB.
//!
//! ```text
//! cargo build --release && cargo run --release --example inspection_cost -- [--tunnels 2000] [--mib 1024] [--runs 3]
//! ```
//! Results: `perf/results/2026-11-25-inspection-cost.md`.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Application-data write size for the bulk run (four full TLS records).
const BULK_CHUNK: usize = 64 * 1024;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map_or(default, |v| v.parse().unwrap())
    };
    let (tunnels, mib, runs) = (arg("--tunnels", 2000), arg("--mib", 1024), arg("--runs", 3));
    let bin = std::env::var("OMSGATE_BIN").unwrap_or_else(|_| "target/release/omsgate".into());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async move {
        let (origin, client_config) = start_origin().await;
        let on = Gateway::start(&bin, origin.port(), true);
        let off = Gateway::start(&bin, origin.port(), false);
        let target = format!("localhost:{}", origin.port());
        for g in [&on, &off] {
            g.wait_ready().await;
            // Warm both up (DNS, pools, page faults) before measuring.
            for _ in 0..50 {
                setup(g.addr, &target, &client_config).await;
            }
        }

        println!("## Set-up: {tunnels} tunnels each, alternating\n");
        let (mut t_on, mut t_off) = (Vec::new(), Vec::new());
        let (cpu_on0, cpu_off0) = (on.cpu(), off.cpu());
        for _ in 0..tunnels {
            t_on.push(setup(on.addr, &target, &client_config).await);
            t_off.push(setup(off.addr, &target, &client_config).await);
        }
        let (cpu_on, cpu_off) = (on.cpu() - cpu_on0, off.cpu() - cpu_off0);
        println!("| inspection | mean | p50 | p99 | gateway CPU per tunnel |");
        println!("|---|---|---|---|---|");
        for (name, t, cpu) in [("on", &mut t_on, cpu_on), ("off", &mut t_off, cpu_off)] {
            t.sort();
            let mean = t.iter().sum::<Duration>() / t.len() as u32;
            println!(
                "| {name} | {} µs | {} µs | {} µs | {:.1} µs |",
                mean.as_micros(),
                t[t.len() / 2].as_micros(),
                t[t.len() * 99 / 100].as_micros(),
                cpu * 1e6 / tunnels as f64
            );
        }
        let mean = |t: &[Duration]| t.iter().sum::<Duration>().as_secs_f64() / t.len() as f64;
        println!(
            "\nset-up time on/off: {:+.1}% ; gateway CPU per tunnel on/off: {:+.1}%\n",
            (mean(&t_on) / mean(&t_off) - 1.0) * 100.0,
            (cpu_on / cpu_off - 1.0) * 100.0
        );

        println!("## Bulk: one TLS tunnel, {mib} MiB agent → origin, {runs} runs alternating\n");
        println!("| run | inspection on MB/s | off MB/s | on/off | gateway CPU s/GiB on / off |");
        println!("|---|---|---|---|---|");
        for run in 1..=runs {
            let (c0, d_on) = (on.cpu(), bulk(on.addr, &target, &client_config, mib).await);
            let c_on = on.cpu() - c0;
            let (c0, d_off) = (off.cpu(), bulk(off.addr, &target, &client_config, mib).await);
            let c_off = off.cpu() - c0;
            let mbps = |d: Duration| (mib as f64 * 1.048576) / d.as_secs_f64();
            let gib = mib as f64 / 1024.0;
            println!(
                "| {run} | {:.0} | {:.0} | {:.3} | {:.3} / {:.3} |",
                mbps(d_on),
                mbps(d_off),
                d_off.as_secs_f64() / d_on.as_secs_f64(),
                c_on / gib,
                c_off / gib
            );
        }
    });
}

/// One tunnel from nothing to a completed request/reply inside TLS.
async fn setup(gw: SocketAddr, target: &str, config: &Arc<rustls::ClientConfig>) -> Duration {
    let t0 = Instant::now();
    let mut tls = open(gw, target, config).await;
    tls.write_all(b"p").await.unwrap();
    let mut b = [0u8; 1];
    tls.read_exact(&mut b).await.unwrap();
    let elapsed = t0.elapsed();
    let _ = tls.shutdown().await;
    elapsed
}

/// One tunnel pushing `mib` MiB; returns the time until the origin acknowledged it all.
async fn bulk(gw: SocketAddr, target: &str, config: &Arc<rustls::ClientConfig>, mib: u64) -> Duration {
    let mut tls = open(gw, target, config).await;
    let total = mib << 20;
    let chunk = vec![0x5au8; BULK_CHUNK];
    let t0 = Instant::now();
    tls.write_all(b"b").await.unwrap();
    tls.write_all(&total.to_be_bytes()).await.unwrap();
    let mut sent = 0;
    while sent < total {
        tls.write_all(&chunk).await.unwrap();
        sent += BULK_CHUNK as u64;
    }
    tls.flush().await.unwrap();
    let mut b = [0u8; 1];
    tls.read_exact(&mut b).await.unwrap();
    t0.elapsed()
}

async fn open(
    gw: SocketAddr,
    target: &str,
    config: &Arc<rustls::ClientConfig>,
) -> tokio_rustls::client::TlsStream<TcpStream> {
    let mut s = TcpStream::connect(gw).await.unwrap();
    s.set_nodelay(true).unwrap();
    s.write_all(format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes()).await.unwrap();
    let mut head = Vec::with_capacity(64);
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        s.read_exact(&mut b).await.unwrap();
        head.push(b[0]);
    }
    assert!(head.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&head));
    let connector = tokio_rustls::TlsConnector::from(config.clone());
    connector.connect(ServerName::try_from("localhost").unwrap(), s).await.unwrap()
}

/// A rustls origin for `localhost`: `p` → `o`; `b` + u64 length + bytes → `k`.
async fn start_origin() -> (SocketAddr, Arc<rustls::ClientConfig>) {
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["localhost".into()]).unwrap().self_signed(&key).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], PrivateKeyDer::Pkcs8(key.serialize_der().into()))
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (s, _) = listener.accept().await.unwrap();
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let _ = s.set_nodelay(true);
                let Ok(mut tls) = acceptor.accept(s).await else { return };
                let mut cmd = [0u8; 1];
                while tls.read_exact(&mut cmd).await.is_ok() {
                    if cmd[0] == b'p' {
                        let _ = tls.write_all(b"o").await;
                        continue;
                    }
                    let mut len = [0u8; 8];
                    tls.read_exact(&mut len).await.unwrap();
                    let mut left = u64::from_be_bytes(len);
                    let mut buf = vec![0u8; 256 * 1024];
                    while left > 0 {
                        let n = tls.read(&mut buf).await.unwrap();
                        assert!(n > 0, "early EOF");
                        left -= n as u64;
                    }
                    let _ = tls.write_all(b"k").await;
                }
            });
        }
    });
    let mut roots = rustls::RootCertStore::empty();
    roots.add(CertificateDer::from(cert.der().to_vec())).unwrap();
    let client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    (addr, Arc::new(client))
}

/// A gateway process on a free port, killed by PID when dropped.
struct Gateway {
    child: Child,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Gateway {
    fn start(bin: &str, origin_port: u16, inspect: bool) -> Gateway {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("omsgate.toml");
        std::fs::write(
            &cfg,
            format!(
                "listen_address = [\"127.0.0.1\"]\nlisten_port = {port}\nallowed_hosts = [\"localhost:{origin_port}\"]\n\
                 allow_private_destinations = true\ntls_inspection = {inspect}\nmetrics_address = \"\"\n\
                 worker_threads = 1\nlog_format = \"json\"\n"
            ),
        )
        .unwrap();
        // Log lines go to a file, as they would to the journal: their cost is counted.
        let log = std::fs::File::create(dir.path().join("log")).unwrap();
        let child = Command::new(bin)
            .args(["run", "--config"])
            .arg(&cfg)
            .stdout(log)
            .stderr(Stdio::null())
            .spawn()
            .expect("build the gateway first: cargo build --release");
        Gateway { child, addr: format!("127.0.0.1:{port}").parse().unwrap(), _dir: dir }
    }

    async fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(self.addr).await.is_err() {
            assert!(Instant::now() < deadline, "gateway did not start");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// User + system CPU seconds of the gateway process so far.
    fn cpu(&self) -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
        let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
        ticks / 100.0
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
