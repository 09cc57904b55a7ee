//! A fixed number of whole tunnels through `tunnel::run` with the gateway's telemetry,
//! as `benches/tunnel_setup.rs` runs them, counted in instructions under callgrind: on a
//! shared 2-core machine criterion's times move by 20–30 % between rounds, while the
//! user-space instructions a tunnel costs move by well under 1 %, so a change of a few
//! hundred instructions per tunnel (what recording a metric costs) can be seen. Kernel
//! work (the syscalls) is not counted; it is the same on both sides of such a change.
//!
//! ```text
//! cargo build --release --example tunnel_instructions
//! valgrind --tool=callgrind --callgrind-out-file=cg.out target/release/examples/tunnel_instructions 2200
//! callgrind_annotate --inclusive=yes cg.out | grep 'Runtime::block_on \['   # ÷ 2200 = per tunnel
//! ```
//! `block_on` holds the tunnels (and the gateway's set-up, once), not the process's
//! start-up (recorder, runtime, clock calibration), which varies by thousands of
//! instructions from run to run. To compare two revisions, build this file on each (it
//! compiles on any revision that has `benches/tunnel_setup.rs`) and alternate runs.
//! Results:
//! `perf/results/2026-11-30-rule-metrics.md`.

use omsgate::config::{self, Source};
use omsgate::gateway::Gateway;
use omsgate::splice::Meters;
use omsgate::telemetry::metrics::{self, Handles};
use omsgate::telemetry::tunnel::Report;
use omsgate::tunnel::{self, Trace};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let _handle = metrics::install();
    let handles = Handles::register();
    rt.block_on(async {
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
        let (_cut, rx) = tokio::sync::watch::channel(false);
        let rules = omsgate::telemetry::rule_meters::table(&settings.allowlist);
        let gw = Gateway::new(settings, rules, vec![], meters, rx);
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let report = Report { handles: &handles };
        for _ in 0..n {
            one_tunnel(&gw, &listener, &target, &report).await;
        }
    });
    println!("{n} tunnels");
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
