//! The splice step through loopback tunnels (`splice::both_ways`), splice path vs copy
//! path, two shapes:
//!
//! * `splice_64MiB`: bulk. Each iteration opens a fresh tunnel (two loopback connects,
//!   well under 1% of the time), uploads 64 MiB from the agent end and waits until the
//!   origin has read it all and the tunnel has ended.
//! * `splice_burst`: agent-like. One 64-byte request and its 64-byte reply through an
//!   open tunnel: two bursts, so this is the per-burst overhead (readiness, pool lease
//!   and return, or buffer allocation) plus four loopback hops.
//!
//! Run: `cargo bench --bench splice`.

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use omsgate::splice::{self, Meters, Mode, PipePool, SpliceConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;

/// Bytes moved per iteration.
const PAYLOAD: usize = 64 << 20;

/// The agent's and origin's buffers: big, so the endpoints are not the bottleneck.
const ENDPOINT_BUF: usize = 256 << 10;

fn bench(c: &mut Criterion) {
    // Two workers, like the gateway on the 2-core reference machine.
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let pool = Arc::new(PipePool::default());
    let mut group = c.benchmark_group("splice_64MiB");
    group.throughput(Throughput::Bytes(PAYLOAD as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for (name, mode) in [("splice", Mode::Auto), ("copy", Mode::Copy)] {
        group.bench_function(name, |b| b.iter(|| rt.block_on(upload(&rt, mode, pool.clone()))));
    }
    group.finish();

    let mut group = c.benchmark_group("splice_burst");
    group.throughput(Throughput::Elements(1));
    for (name, mode) in [("splice", Mode::Auto), ("copy", Mode::Copy)] {
        let (mut agent, mut origin) = rt.block_on(open(&rt, mode, pool.clone()));
        group.bench_function(name, |b| {
            b.iter(|| {
                rt.block_on(async {
                    let mut msg = [0x42u8; 64];
                    agent.write_all(&msg).await.unwrap();
                    origin.read_exact(&mut msg).await.unwrap();
                    origin.write_all(&msg).await.unwrap();
                    agent.read_exact(&mut msg).await.unwrap();
                })
            })
        });
    }
    group.finish();
}

/// An open tunnel: (agent end, origin end); the tunnel runs until both are dropped.
async fn open(rt: &Runtime, mode: Mode, pool: Arc<PipePool>) -> (TcpStream, TcpStream) {
    let (agent, client) = loopback_pair().await;
    let (upstream, origin) = loopback_pair().await;
    let cfg = SpliceConfig { idle_timeout: Duration::from_secs(3600), mode };
    rt.spawn(async move {
        splice::both_ways(client, upstream, &cfg, &pool, &[&Meters::noop()], std::future::pending()).await
    });
    (agent, origin)
}

/// One tunnel, `PAYLOAD` bytes agent → origin, until the tunnel has closed.
async fn upload(rt: &Runtime, mode: Mode, pool: Arc<PipePool>) {
    let (mut agent, client) = loopback_pair().await;
    let (upstream, mut origin) = loopback_pair().await;
    let cfg = SpliceConfig { idle_timeout: Duration::from_secs(60), mode };
    let tunnel = rt.spawn(async move {
        splice::both_ways(client, upstream, &cfg, &pool, &[&Meters::noop()], std::future::pending()).await
    });
    let send = rt.spawn(async move {
        let buf = vec![0x5a; ENDPOINT_BUF];
        for _ in 0..PAYLOAD / ENDPOINT_BUF {
            agent.write_all(&buf).await.unwrap();
        }
        agent.shutdown().await.unwrap();
        agent
    });
    let mut buf = vec![0; ENDPOINT_BUF];
    let mut got = 0;
    loop {
        match origin.read(&mut buf).await.unwrap() {
            0 => break,
            n => got += n,
        }
    }
    assert_eq!(got, PAYLOAD);
    drop(origin);
    drop(send.await.unwrap());
    assert_eq!(tunnel.await.unwrap().up, PAYLOAD as u64);
}

async fn loopback_pair() -> (TcpStream, TcpStream) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (connected, accepted) = tokio::join!(TcpStream::connect(addr), listener.accept());
    let (a, b) = (connected.unwrap(), accepted.unwrap().0);
    a.set_nodelay(true).unwrap();
    b.set_nodelay(true).unwrap();
    (a, b)
}

criterion_group!(benches, bench);
criterion_main!(benches);
