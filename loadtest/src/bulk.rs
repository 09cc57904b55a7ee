//! `bulk`: K tunnels pushing as fast as they can, for throughput and CPU per GB.
//!
//! Plain TCP cost profile: a canned ClientHello and the sink's canned ServerHello (so an
//! inspecting gateway is satisfied) then cleartext full-size application-data records.
//! Tunnels are all opened first and then push together, so the clock and the gateway's
//! CPU cover pushing only. The sink confirms the bytes it received at the end; that count
//! is what is reported.

use std::{
    sync::{Arc, atomic::Ordering::Relaxed},
    time::Duration,
};

use anyhow::{Context, Result};
use tokio::{
    io::AsyncWriteExt,
    net::TcpStream,
    time::{Instant, timeout},
};

use crate::{
    agents::route_name,
    live::{Live, Progress},
    net::{self, Route, Sources, Target},
    proc::Watch,
    report::{self, BulkReport},
    wire,
};

/// Bytes handed to one write: 16 full records, big enough that syscalls are cheap.
const WRITE_CHUNK_RECORDS: usize = 16;
/// Time to open every tunnel before pushing starts.
const OPEN_TIMEOUT: Duration = Duration::from_secs(10);

/// What a `bulk` run does.
#[derive(Debug)]
pub struct Options {
    /// Direct or through a proxy.
    pub route: Route,
    /// A raw-mode sink.
    pub target: Target,
    /// Tunnels pushing at once.
    pub tunnels: u64,
    /// Pushing time.
    pub duration: Duration,
    /// Peer name for the report.
    pub label: String,
    /// Gateway to read from /proc.
    pub gateway_pid: Option<u32>,
    /// No progress line.
    pub quiet: bool,
}

/// Runs the bulk test and reports.
pub async fn run(opts: Options) -> Result<BulkReport> {
    let loadavg = report::loadavg();
    let hello = Arc::new(crate::tls::canned_client_hello(&opts.target.host)?);
    let chunk = Arc::new(wire::records_of(&vec![0x5A; wire::MAX_RECORD_PAYLOAD * WRITE_CHUNK_RECORDS]));
    let sources = Sources::loopback(1, false);
    let live = Arc::new(Live::default());

    let mut errors = 0;
    let mut streams = Vec::new();
    for _ in 0..opts.tunnels {
        match timeout(OPEN_TIMEOUT, open(&opts, &sources, &hello)).await {
            Ok(Ok(s)) => streams.push(s),
            _ => errors += 1,
        }
    }
    live.connected.store(streams.len() as i64, Relaxed);
    let progress = Progress::start(live.clone(), "tunnels", opts.quiet);
    let mut watch = Watch::begin(opts.gateway_pid)?;
    if let Some(w) = watch.as_mut() {
        w.mark_steady();
    }
    let own_cpu = crate::proc::OwnCpu::start();
    let start = Instant::now();
    let end = start + opts.duration;
    let pushes: Vec<_> =
        streams.into_iter().map(|s| tokio::spawn(push(s, chunk.clone(), end, live.clone()))).collect();
    let mut bytes = 0;
    for p in pushes {
        match timeout(opts.duration + OPEN_TIMEOUT, p).await {
            Ok(Ok(Ok(n))) => bytes += n,
            _ => errors += 1,
        }
    }
    let elapsed = start.elapsed().as_secs_f64().max(opts.duration.as_secs_f64());
    let gateway = watch.as_ref().map(Watch::finish);
    drop(progress);
    Ok(BulkReport {
        kind: "bulk".into(),
        label: opts.label.clone(),
        route: route_name(opts.route),
        tunnels: opts.tunnels,
        errors,
        duration_s: elapsed,
        bytes_up: bytes,
        mb_per_s: report::mb_per_s(bytes, elapsed),
        cpu_seconds_per_gb: gateway
            .as_ref()
            .and_then(|g| report::cpu_seconds_per_gb(g.gateway_cpu_seconds, bytes)),
        gateway,
        generator_cpu_share: own_cpu.share(),
        loadavg,
    })
}

async fn open(opts: &Options, sources: &Sources, hello: &[u8]) -> Result<TcpStream> {
    let mut tcp = net::open(opts.route, &opts.target, sources).await?;
    tcp.write_all(hello).await?;
    let answer = wire::read_record(&mut tcp).await.context("sink did not answer the hello")?;
    anyhow::ensure!(answer == wire::HANDSHAKE, "sink did not answer the hello");
    Ok(tcp)
}

/// Pushes until `end`, then asks the sink how much arrived.
async fn push(mut tcp: TcpStream, chunk: Arc<Vec<u8>>, end: Instant, live: Arc<Live>) -> Result<u64> {
    while Instant::now() < end {
        tcp.write_all(&chunk).await?;
        live.bytes.fetch_add(chunk.len() as u64, Relaxed);
    }
    tcp.write_all(&wire::control_record(wire::BYE)).await?;
    let received = u64::from_be_bytes(wire::read_control(&mut tcp).await?);
    live.ok.fetch_add(1, Relaxed);
    Ok(received)
}
