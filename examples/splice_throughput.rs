//! One tunnel's throughput through `splice::both_ways` against the same loopback
//! endpoints connected directly, in one run, for the splice and the copy path; and,
//! with `--idle-tunnels N`, the memory an idle tunnel costs.
//!
//! ```text
//! cargo run --release --example splice_throughput -- [--gib 2] [--runs 3]
//! ulimit -n 100000; cargo run --release --example splice_throughput -- --idle-tunnels 5000
//! ```
//! Results are recorded in `perf/results/2026-11-25-splice-throughput.md`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use omsgate::splice::{self, Meters, Mode, PipePool, SpliceConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Large enough that a write or read is a handful of syscalls per MiB at either end.
const ENDPOINT_BUF: usize = 256 * 1024;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map_or(default, |v| v.parse().expect("a number"))
    };
    // Two workers, like the gateway on this 2-core machine.
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let idle = arg("--idle-tunnels", 0);
    if idle > 0 {
        rt.block_on(idle_memory(idle as usize));
        return;
    }
    let bytes = arg("--gib", 2) << 30;
    let runs = arg("--runs", 3);
    println!("one tunnel, {} GiB one way (agent → origin)", bytes >> 30);
    println!("Gbit/s, ratio to direct, and process CPU seconds per GiB (endpoints included)");
    println!(
        "| run | direct | splice | splice/direct | copy | copy/direct | CPU s/GiB direct / splice / copy |"
    );
    println!("|---|---|---|---|---|---|---|");
    for run in 1..=runs {
        let pool = Arc::new(PipePool::default());
        let (direct, cpu_direct) = cpu_timed(|| rt.block_on(direct(bytes)));
        let (spliced, cpu_spliced) = cpu_timed(|| rt.block_on(tunnelled(bytes, Mode::Auto, pool.clone())));
        let (copied, cpu_copied) = cpu_timed(|| rt.block_on(tunnelled(bytes, Mode::Copy, pool.clone())));
        let gib = (bytes >> 30).max(1) as f64;
        println!(
            "| {run} | {:.1} | {:.1} | {:.2} | {:.1} | {:.2} | {:.2} / {:.2} / {:.2} |",
            gbit(bytes, direct),
            gbit(bytes, spliced),
            spliced_ratio(direct, spliced),
            gbit(bytes, copied),
            spliced_ratio(direct, copied),
            cpu_direct / gib,
            cpu_spliced / gib,
            cpu_copied / gib,
        );
        assert!(pool.open() > 0 && pool.fallbacks() == 0, "the splice run must splice");
    }
}

/// Tunnelled throughput as a fraction of direct throughput (1.0 = no cost).
fn spliced_ratio(direct: Duration, tunnelled: Duration) -> f64 {
    direct.as_secs_f64() / tunnelled.as_secs_f64()
}

/// Runs `f`, returning its result and the process CPU time (user + system) it used.
fn cpu_timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let before = cpu_seconds();
    let out = f();
    (out, cpu_seconds() - before)
}

/// utime + stime of this process from /proc/self/stat, in seconds (USER_HZ = 100 on Linux).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    // Fields after the ")" that ends the command name; utime and stime are 14 and 15.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    ticks as f64 / 100.0
}

/// Agent connected straight to the origin.
async fn direct(bytes: u64) -> Duration {
    let (agent, origin) = loopback_pair().await;
    timed_upload(agent, origin, bytes).await
}

/// Agent → gateway (`both_ways`) → origin.
async fn tunnelled(bytes: u64, mode: Mode, pool: Arc<PipePool>) -> Duration {
    let (agent, client) = loopback_pair().await;
    let (upstream, origin) = loopback_pair().await;
    let cfg = SpliceConfig { idle_timeout: Duration::from_secs(60), mode };
    let tunnel = tokio::spawn(async move {
        splice::both_ways(client, upstream, &cfg, &pool, &[&Meters::noop()], std::future::pending()).await
    });
    let took = timed_upload(agent, origin, bytes).await;
    let done = tunnel.await.unwrap();
    assert_eq!(done.up, bytes);
    took
}

/// Time from the first byte written by the agent to the last byte read by the origin.
async fn timed_upload(mut agent: TcpStream, mut origin: TcpStream, bytes: u64) -> Duration {
    let start = Instant::now();
    let send = tokio::spawn(async move {
        let buf = vec![0x5a; ENDPOINT_BUF];
        let mut left = bytes;
        while left > 0 {
            let n = left.min(ENDPOINT_BUF as u64) as usize;
            agent.write_all(&buf[..n]).await.unwrap();
            left -= n as u64;
        }
        agent.shutdown().await.unwrap();
        agent
    });
    let mut buf = vec![0; ENDPOINT_BUF];
    let mut got = 0u64;
    loop {
        let n = origin.read(&mut buf).await.unwrap();
        if n == 0 {
            break;
        }
        got += n as u64;
    }
    let took = start.elapsed();
    assert_eq!(got, bytes);
    drop(origin);
    drop(send.await.unwrap());
    took
}

/// Opens `n` tunnels, each moves one heartbeat each way, then they stay idle; prints the
/// process RSS growth per tunnel. Both test endpoints live in this process too, so this
/// is an upper bound for the gateway's own cost (kernel socket buffers are not RSS).
async fn idle_memory(n: usize) {
    let pool = Arc::new(PipePool::default());
    let before = rss_kib();
    let mut keep = Vec::with_capacity(n);
    for _ in 0..n {
        let (mut agent, client) = loopback_pair().await;
        let (upstream, mut origin) = loopback_pair().await;
        let pool = pool.clone();
        let cfg = SpliceConfig::default();
        let tunnel = tokio::spawn(async move {
            splice::both_ways(client, upstream, &cfg, &pool, &[&Meters::noop()], std::future::pending()).await
        });
        agent.write_all(b"heartbeat").await.unwrap();
        origin.read_exact(&mut [0; 9]).await.unwrap();
        origin.write_all(b"ack").await.unwrap();
        agent.read_exact(&mut [0; 3]).await.unwrap();
        keep.push((agent, origin, tunnel));
    }
    let after = rss_kib();
    println!(
        "{n} idle tunnels: RSS {before} KiB → {after} KiB = {:.2} KiB per tunnel \
         (incl. both test endpoints); pipes open {}, idle {}",
        (after - before) as f64 / n as f64,
        pool.open(),
        pool.idle()
    );
}

fn rss_kib() -> i64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

async fn loopback_pair() -> (TcpStream, TcpStream) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (connected, accepted) = tokio::join!(TcpStream::connect(addr), listener.accept());
    let (a, b) = (connected.unwrap(), accepted.unwrap().0);
    // What the gateway's caller does for every tunnel (and a fair direct baseline).
    a.set_nodelay(true).unwrap();
    b.set_nodelay(true).unwrap();
    (a, b)
}

fn gbit(bytes: u64, took: Duration) -> f64 {
    bytes as f64 * 8.0 / took.as_secs_f64() / 1e9
}
