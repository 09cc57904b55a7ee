//! `rate`: new tunnels per second, and the gateway's CPU per 1,000 tunnels.
//!
//! Each worker loops: connect (+ CONNECT), send the canned ClientHello and a `BYE`
//! record in one write, read the sink's canned ServerHello and byte count, wait for its
//! close. The sink closes first, so TIME_WAIT sits on its side and not on an ephemeral
//! port of the generator or the gateway; source addresses rotate over 127.0.0.0/8 all
//! the same.

use std::{
    sync::{Arc, atomic::Ordering::Relaxed},
    time::Duration,
};

use anyhow::{Context, Result};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    time::{Instant, sleep, timeout},
};

use crate::{
    agents::route_name,
    live::{Live, Progress},
    net::{self, Route, Sources, Target},
    proc::Watch,
    report::{self, Latency, RateReport},
    wire,
};

/// Time one tunnel may take from connect to close.
const TUNNEL_TIMEOUT: Duration = Duration::from_secs(5);

/// What a `rate` run does.
#[derive(Debug)]
pub struct Options {
    /// Direct or through a proxy.
    pub route: Route,
    /// A raw-mode sink.
    pub target: Target,
    /// Tunnels being set up at once.
    pub concurrency: u64,
    /// Length of the run.
    pub duration: Duration,
    /// Loopback source addresses to rotate over.
    pub sources: u8,
    /// Peer name for the report.
    pub label: String,
    /// Gateway to read from /proc.
    pub gateway_pid: Option<u32>,
    /// No progress line.
    pub quiet: bool,
}

/// Runs the set-up rate test and reports.
pub async fn run(opts: Options) -> Result<RateReport> {
    let loadavg = report::loadavg();
    let mut first_flight = crate::tls::canned_client_hello(&opts.target.host)?;
    first_flight.extend_from_slice(&wire::control_record(wire::BYE));
    let first_flight = Arc::new(first_flight);
    let sources = Arc::new(Sources::loopback(opts.sources, true));
    let route = opts.route;
    let target = Arc::new(opts.target.clone());
    let live = Arc::new(Live::default());
    let progress = Progress::start(live.clone(), "tunnels", opts.quiet);
    let watch = Watch::begin(opts.gateway_pid)?;
    let own_cpu = crate::proc::OwnCpu::start();
    let start = Instant::now();
    let end = start + opts.duration;
    let workers: Vec<_> = (0..opts.concurrency)
        .map(|_| {
            let (flight, sources, target, live) =
                (first_flight.clone(), sources.clone(), target.clone(), live.clone());
            tokio::spawn(async move {
                while Instant::now() < end {
                    let t0 = Instant::now();
                    match timeout(TUNNEL_TIMEOUT, one_tunnel(route, &target, &sources, &flight)).await {
                        Ok(Ok(setup)) => {
                            live.ok.fetch_add(1, Relaxed);
                            live.record((setup - t0).as_micros() as u64);
                        }
                        _ => {
                            live.failed.fetch_add(1, Relaxed);
                            sleep(Duration::from_millis(10)).await;
                        }
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = timeout(opts.duration + TUNNEL_TIMEOUT * 2, w).await;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let gateway = watch.as_ref().map(Watch::finish);
    drop(progress);
    let ok = live.ok.load(Relaxed);
    Ok(RateReport {
        kind: "rate".into(),
        label: opts.label.clone(),
        route: route_name(opts.route),
        concurrency: opts.concurrency,
        duration_s: elapsed,
        tunnels_ok: ok,
        tunnels_failed: live.failed.load(Relaxed),
        tunnels_per_s: ok as f64 / elapsed,
        setup_ms: Latency::from_micros(&live.latency()),
        cpu_ms_per_1000_tunnels: gateway
            .as_ref()
            .and_then(|g| report::cpu_ms_per_1000(g.gateway_cpu_seconds, ok)),
        gateway,
        generator_cpu_share: own_cpu.share(),
        loadavg,
    })
}

/// One tunnel; returns when the sink's ServerHello arrived (the set-up time).
async fn one_tunnel(route: Route, target: &Target, sources: &Sources, flight: &[u8]) -> Result<Instant> {
    let mut tcp = net::open(route, target, sources).await?;
    tcp.write_all(flight).await?;
    let answer = wire::read_record(&mut tcp).await.context("sink did not answer the hello")?;
    let reached = Instant::now();
    anyhow::ensure!(answer == wire::HANDSHAKE, "sink did not answer the hello");
    let mut count = [0u8; wire::CONTROL_RECORD];
    tcp.read_exact(&mut count).await?;
    // Wait for the sink's close so the TIME_WAIT is on its side.
    let mut rest = [0u8; 1];
    let _ = tcp.read(&mut rest).await;
    Ok(reached)
}
