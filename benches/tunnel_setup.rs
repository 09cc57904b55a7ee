//! One whole tunnel through `tunnel::run` with the gateway's own telemetry (`Report`, on
//! the installed Prometheus recorder): CONNECT head read, policy decision, dial, 200,
//! one byte each way through the splice, close, and the close report. This is the CPU a
//! tunnel costs the gateway apart from the log writer (no tracing subscriber here) and
//! the accept loop, so it shows what recording a metric per tunnel adds. Loopback
//! syscalls (two connects, two accepts, a dozen reads and writes) are most of it.
//!
//! The destination is a plain TCP origin on an explicit `127.0.0.1:PORT` entry with
//! `tls_inspection = false`, so no TLS handshake is needed; the allowlist also holds
//! the embedded default's six families, as a typical node's does.
//!
//! Run: `cargo bench --bench tunnel_setup`.

use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use omsgate::config::{self, Source};
use omsgate::gateway::Gateway;
use omsgate::splice::Meters;
use omsgate::telemetry::metrics::{self, Handles};
use omsgate::telemetry::tunnel::Report;
use omsgate::tunnel::{self, Trace};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

fn bench(c: &mut Criterion) {
    // One thread: client, gateway and origin take turns, so the figure is CPU time per
    // tunnel with little scheduling noise.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let _handle = metrics::install();
    let handles = Handles::register();
    let (gw, listener, target) = rt.block_on(setup(&handles));
    let report = Report { handles: &handles };
    let mut group = c.benchmark_group("tunnel");
    group.throughput(Throughput::Elements(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("open_one_byte_each_way_close", |b| {
        b.iter(|| rt.block_on(one_tunnel(&gw, &listener, &target, &report)))
    });
    group.finish();
}

/// The gateway with its allowlist, the listener agents connect to, and the CONNECT
/// target of a running origin.
async fn setup(handles: &Handles) -> (Gateway, TcpListener, String) {
    let origin = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let target = origin.local_addr().unwrap().to_string();
    tokio::spawn(serve_origin(origin));
    let text = format!(
        "allowed_hosts = [\"*.ods.opinsights.azure.com\", \"*.oms.opinsights.azure.com\", \
         \"*.agentsvc.azure-automation.net\", \"*.azure-automation.net\", \
         \"*.handler.control.monitor.azure.com\", \"*.blob.core.windows.net\", \"{target}\"]\n\
         tls_inspection = false\n"
    );
    let settings = config::from_text(&text, Source::Embedded).unwrap();
    let meters = Meters { up: handles.bytes_up.clone(), down: handles.bytes_down.clone() };
    let (tx, rx) = tokio::sync::watch::channel(false);
    // The gateway is never cut: keep the sender for the whole run.
    std::mem::forget(tx);
    let rules = omsgate::telemetry::rule_meters::table(&settings.allowlist);
    let gw = Gateway::new(settings, rules, vec![], meters, rx);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    (gw, listener, target)
}

/// An origin that answers each byte it reads with one byte, until the agent closes.
async fn serve_origin(origin: TcpListener) {
    loop {
        let (mut s, _) = origin.accept().await.unwrap();
        tokio::spawn(async move {
            let mut byte = [0u8; 1];
            while let Ok(1) = s.read(&mut byte).await {
                let _ = s.write_all(&byte).await;
            }
        });
    }
}

/// An agent's whole tunnel: CONNECT, 200, one byte up, one down, close both ways, and
/// the gateway's close report.
async fn one_tunnel(gw: &Gateway, listener: &TcpListener, target: &str, report: &Report<'_>) {
    let connect = TcpStream::connect(listener.local_addr().unwrap());
    let (agent, accepted) = tokio::join!(connect, listener.accept());
    let (mut agent, (client, peer)) = (agent.unwrap(), accepted.unwrap());
    let gateway_side = async {
        let mut trace = Trace::new(peer);
        let result = tunnel::run(client, gw, &mut trace, report).await;
        report.finished(&trace, &result);
        assert!(result.is_ok(), "the tunnel opened and closed normally");
    };
    let agent_side = async {
        let head = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n");
        agent.write_all(head.as_bytes()).await.unwrap();
        let mut reply = Vec::with_capacity(64);
        while !reply.ends_with(b"\r\n\r\n") {
            let mut byte = [0u8; 1];
            assert_eq!(agent.read(&mut byte).await.unwrap(), 1, "the gateway answered");
            reply.push(byte[0]);
        }
        assert!(reply.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&reply));
        agent.write_all(b"x").await.unwrap();
        let mut byte = [0u8; 1];
        agent.read_exact(&mut byte).await.unwrap();
        agent.shutdown().await.unwrap();
        assert_eq!(agent.read(&mut byte).await.unwrap(), 0, "the tunnel closed");
    };
    tokio::join!(gateway_side, agent_side);
}

criterion_group!(benches, bench);
criterion_main!(benches);
