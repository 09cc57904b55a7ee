//! Tests of the splice step on real loopback TCP: every case runs in both modes
//! (`splice` = `Mode::Auto`, `copy` = `Mode::Copy`) through `in_both_modes!`.
//!
//! Layout of one tunnel under test:
//! `agent ⇄ (client | both_ways | upstream) ⇄ origin`, all on 127.0.0.1, port 0.
//! No sleeps synchronise anything: tests wait on events, or poll a condition until a
//! deadline.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use metrics::{Counter, CounterFn};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::*;

/// Every test must finish well within this, even on a loaded 2-core machine.
const DEADLINE: Duration = Duration::from_secs(60);

/// An idle timeout no healthy test reaches.
const LONG_IDLE: Duration = Duration::from_secs(3600);

macro_rules! in_both_modes {
    ($($case:ident),* $(,)?) => {$(
        mod $case {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn splice() {
                within_deadline(super::$case(Mode::Auto)).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn copy() {
                within_deadline(super::$case(Mode::Copy)).await;
            }
        }
    )*};
}

in_both_modes!(
    bulk_8_mib_each_way_arrives_intact,
    half_close_keeps_the_other_direction_open,
    upstream_eof_first_is_recorded,
    idle_timeout_closes_a_silent_tunnel,
    traffic_keeps_an_idle_timer_from_firing,
    cut_ends_the_tunnel_and_keeps_the_counts,
    cut_mid_burst_leaves_no_stale_bytes_in_the_pool,
    upstream_reset_is_an_upstream_error,
    meters_count_every_byte_once_per_burst,
    empty_pool_falls_back_to_copy,
    one_pipe_pool_shared_by_eight_tunnels,
    pipes_return_to_the_pool,
    idle_tunnels_hold_no_pipes,
);

async fn bulk_8_mib_each_way_arrives_intact(mode: Mode) {
    let pool = Arc::new(PipePool::default());
    let t = Tunnel::open(mode, LONG_IDLE, pool.clone(), Meters::noop()).await;
    let (up, down) = (pattern(8 << 20, 1), pattern(8 << 20, 2));
    let (at_agent, at_origin) = tokio::join!(
        send_then_read_to_end(t.agent, up.clone()),
        send_then_read_to_end(t.origin, down.clone()),
    );
    assert_same(&at_origin, &up);
    assert_same(&at_agent, &down);
    let done = t.done.await.unwrap();
    assert_eq!((done.up, done.down), (8 << 20, 8 << 20));
    assert!(matches!(done.closed_by, ClosedBy::Client | ClosedBy::Upstream));
    assert_path_used(mode, &pool);
}

async fn half_close_keeps_the_other_direction_open(mode: Mode) {
    let pool = Arc::new(PipePool::default());
    let t = Tunnel::open(mode, LONG_IDLE, pool, Meters::noop()).await;
    let (mut agent, mut origin) = (t.agent, t.origin);
    agent.write_all(b"GET /request").await.unwrap();
    agent.shutdown().await.unwrap();
    // The origin sees the request end (EOF) while the reply direction is still open.
    let mut request = Vec::new();
    origin.read_to_end(&mut request).await.unwrap();
    assert_eq!(request, b"GET /request");
    let reply = pattern(1 << 20, 3);
    origin.write_all(&reply).await.unwrap();
    origin.shutdown().await.unwrap();
    let mut got = Vec::new();
    agent.read_to_end(&mut got).await.unwrap();
    assert_same(&got, &reply);
    let done = t.done.await.unwrap();
    assert_eq!(done, Transferred { up: 12, down: 1 << 20, closed_by: ClosedBy::Client });
}

async fn upstream_eof_first_is_recorded(mode: Mode) {
    let pool = Arc::new(PipePool::default());
    let t = Tunnel::open(mode, LONG_IDLE, pool, Meters::noop()).await;
    let (mut agent, mut origin) = (t.agent, t.origin);
    origin.write_all(b"bye").await.unwrap();
    origin.shutdown().await.unwrap();
    let mut got = Vec::new();
    agent.read_to_end(&mut got).await.unwrap();
    assert_eq!(got, b"bye");
    agent.write_all(b"ok").await.unwrap();
    agent.shutdown().await.unwrap();
    let mut got = Vec::new();
    origin.read_to_end(&mut got).await.unwrap();
    assert_eq!(got, b"ok");
    let done = t.done.await.unwrap();
    assert_eq!(done, Transferred { up: 2, down: 3, closed_by: ClosedBy::Upstream });
}

async fn idle_timeout_closes_a_silent_tunnel(mode: Mode) {
    let idle = Duration::from_millis(300);
    let pool = Arc::new(PipePool::default());
    let t = Tunnel::open(mode, idle, pool, Meters::noop()).await;
    let (mut agent, mut origin) = (t.agent, t.origin);
    let before_write = Instant::now();
    agent.write_all(b"hello").await.unwrap();
    let mut hello = [0u8; 5];
    origin.read_exact(&mut hello).await.unwrap();
    let done = t.done.await.unwrap();
    // The last byte moved after `before_write`; the ms-granular clock may round 1 ms down.
    assert!(before_write.elapsed() >= idle - Duration::from_millis(2), "fired early");
    assert_eq!(done, Transferred { up: 5, down: 0, closed_by: ClosedBy::IdleTimeout });
    // Both sockets were closed: each peer reads EOF (or a reset).
    assert!(matches!(agent.read(&mut hello).await, Ok(0) | Err(_)));
    assert!(matches!(origin.read(&mut hello).await, Ok(0) | Err(_)));
}

async fn traffic_keeps_an_idle_timer_from_firing(mode: Mode) {
    // Pacing, not synchronisation: 8 pings a quarter of the idle timeout apart span
    // twice the timeout, so a timer that ignored traffic would have fired.
    let idle = Duration::from_secs(1);
    let pool = Arc::new(PipePool::default());
    let t = Tunnel::open(mode, idle, pool, Meters::noop()).await;
    let (mut agent, mut origin) = (t.agent, t.origin);
    let mut ping = [0u8; 4];
    for _ in 0..8 {
        tokio::time::sleep(idle / 4).await;
        agent.write_all(b"ping").await.unwrap();
        origin.read_exact(&mut ping).await.unwrap();
        assert!(!t.done.is_finished(), "idle timer fired despite traffic");
    }
    let done = t.done.await.unwrap();
    assert_eq!(done.closed_by, ClosedBy::IdleTimeout);
    assert_eq!(done.up, 32);
}

async fn cut_ends_the_tunnel_and_keeps_the_counts(mode: Mode) {
    let pool = Arc::new(PipePool::default());
    let t = Tunnel::open(mode, LONG_IDLE, pool.clone(), Meters::noop()).await;
    let (mut agent, mut origin) = (t.agent, t.origin);
    agent.write_all(b"abc").await.unwrap();
    origin.read_exact(&mut [0u8; 3]).await.unwrap();
    origin.write_all(b"defgh").await.unwrap();
    agent.read_exact(&mut [0u8; 5]).await.unwrap();
    t.cut.send(()).unwrap();
    let done = t.done.await.unwrap();
    assert_eq!(done, Transferred { up: 3, down: 5, closed_by: ClosedBy::Cut });
    assert_eq!(pool.idle(), pool.open());
}

async fn cut_mid_burst_leaves_no_stale_bytes_in_the_pool(mode: Mode) {
    // One pipe, and an origin that never reads: the burst stalls with bytes in the pipe.
    let pool = Arc::new(PipePool::new(1));
    let (meters, up_tally, _) = Tally::meters();
    let t = Tunnel::open(mode, LONG_IDLE, pool.clone(), meters).await;
    let mut agent = t.agent;
    let flood = tokio::spawn(async move {
        let chunk = pattern(1 << 20, 4);
        while agent.write_all(&chunk).await.is_ok() {}
    });
    wait_until(|| up_tally.total() >= 2 << 20).await;
    t.cut.send(()).unwrap();
    let done = t.done.await.unwrap();
    assert_eq!(done.closed_by, ClosedBy::Cut);
    assert!(done.up >= 2 << 20);
    flood.await.unwrap();
    drop(t.origin);
    assert_eq!(pool.idle(), pool.open());
    // The next tunnel on the same pool receives exactly its own bytes.
    let t = Tunnel::open(mode, LONG_IDLE, pool.clone(), Meters::noop()).await;
    let (up, down) = (pattern(1 << 20, 5), pattern(1 << 20, 6));
    let (at_agent, at_origin) = tokio::join!(
        send_then_read_to_end(t.agent, up.clone()),
        send_then_read_to_end(t.origin, down.clone()),
    );
    assert_same(&at_origin, &up);
    assert_same(&at_agent, &down);
    t.done.await.unwrap();
}

async fn upstream_reset_is_an_upstream_error(mode: Mode) {
    let pool = Arc::new(PipePool::default());
    let t = Tunnel::open(mode, LONG_IDLE, pool, Meters::noop()).await;
    let (mut agent, origin) = (t.agent, t.origin);
    agent.write_all(b"x").await.unwrap();
    let mut origin = origin;
    origin.read_exact(&mut [0u8; 1]).await.unwrap();
    // SO_LINGER 0: close sends RST instead of FIN.
    origin.set_zero_linger().unwrap();
    drop(origin);
    let done = t.done.await.unwrap();
    assert_eq!(
        done.closed_by,
        ClosedBy::Error { side: Side::Upstream, kind: io::ErrorKind::ConnectionReset }
    );
    assert_eq!((done.up, done.down), (1, 0));
}

async fn meters_count_every_byte_once_per_burst(mode: Mode) {
    let pool = Arc::new(PipePool::default());
    let (meters, up, down) = Tally::meters();
    let t = Tunnel::open(mode, LONG_IDLE, pool, meters).await;
    let (mut agent, mut origin) = (t.agent, t.origin);
    // One small write is one burst: exactly one increment, not one per read.
    agent.write_all(&[7u8; 100]).await.unwrap();
    origin.read_exact(&mut [0u8; 100]).await.unwrap();
    wait_until(|| up.total() == 100).await;
    assert_eq!(up.calls.load(Ordering::Relaxed), 1);
    let (to_origin, to_agent) = (pattern(3 << 20, 7), pattern(1 << 20, 8));
    let (at_agent, at_origin) = tokio::join!(
        send_then_read_to_end(agent, to_origin.clone()),
        send_then_read_to_end(origin, to_agent.clone()),
    );
    assert_same(&at_origin, &to_origin);
    assert_same(&at_agent, &to_agent);
    let done = t.done.await.unwrap();
    assert_eq!((done.up, done.down), (100 + (3 << 20), 1 << 20));
    assert_eq!((up.total(), down.total()), (done.up, done.down));
}

async fn empty_pool_falls_back_to_copy(mode: Mode) {
    let pool = Arc::new(PipePool::new(0));
    eight_tunnels_at_once(mode, &pool).await;
    assert_eq!(pool.open(), 0);
    assert_fallbacks(mode, &pool);
}

async fn one_pipe_pool_shared_by_eight_tunnels(mode: Mode) {
    let pool = Arc::new(PipePool::new(1));
    // While the test itself holds the only pipe, every burst must copy.
    let held = pool.lease();
    assert!(held.is_some() || !cfg!(target_os = "linux"));
    eight_tunnels_at_once(mode, &pool).await;
    assert_fallbacks(mode, &pool);
    drop(held);
    // With the pipe free, eight tunnels take turns with it (or copy while it is busy).
    eight_tunnels_at_once(mode, &pool).await;
    assert!(pool.open() <= 1);
    assert_eq!(pool.idle(), pool.open());
}

async fn pipes_return_to_the_pool(mode: Mode) {
    let pool = Arc::new(PipePool::new(16));
    eight_tunnels_at_once(mode, &pool).await;
    assert!(pool.open() <= 16);
    assert_eq!(pool.idle(), pool.open(), "every pipe back once the tunnels closed");
    assert_path_used(mode, &pool);
}

async fn idle_tunnels_hold_no_pipes(mode: Mode) {
    // 50 tunnels each move one message and stay open: the pool must be full again.
    let pool = Arc::new(PipePool::new(64));
    let mut open = Vec::new();
    for _ in 0..50 {
        let mut t = Tunnel::open(mode, LONG_IDLE, pool.clone(), Meters::noop()).await;
        t.agent.write_all(b"heartbeat").await.unwrap();
        t.origin.read_exact(&mut [0u8; 9]).await.unwrap();
        open.push(t);
    }
    wait_until(|| pool.idle() == pool.open()).await;
    assert!(open.iter().all(|t| !t.done.is_finished()));
    assert_path_used(mode, &pool);
    assert!(pool.open() < 50, "pipes are per burst, not per tunnel");
}

/// The tunnel future stays small: no buffer lives in it across an await.
#[test]
fn tunnel_future_is_small_and_send() {
    fn assert_send<T: Send>(_: &T) {}
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let (a, b) = loopback_pair().await;
        let (pool, cfg, meters) = (PipePool::new(1), SpliceConfig::default(), Meters::noop());
        let meters = [&meters];
        let fut = both_ways(a, b, &cfg, &pool, &meters, async {});
        assert_send(&fut);
        let size = std::mem::size_of_val(&fut);
        assert!(size < 2048, "tunnel future is {size} bytes");
    });
}

/// Runs `fd_leak_child_body` in a child process, where no parallel test opens fds.
#[test]
fn no_fd_leak_after_200_tunnels() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "splice::tests::fd_leak_child_body", "--nocapture"])
        .args(["--test-threads", "1"])
        .env(FD_CHILD_ENV, "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "child failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("1 passed"), "child ran no test:\n{stdout}");
}

const FD_CHILD_ENV: &str = "OMSGATE_SPLICE_FD_CHILD";

/// The body of `no_fd_leak_after_200_tunnels`; does nothing unless run as its child.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fd_leak_child_body() {
    if std::env::var_os(FD_CHILD_ENV).is_none() {
        return;
    }
    within_deadline(async {
        // A small pool: both leased pipes and the copy fallback are exercised.
        let pool = Arc::new(PipePool::new(4));
        let baseline = open_fds();
        for (round, mode) in [Mode::Auto, Mode::Copy].into_iter().cycle().take(10).enumerate() {
            let mut batch = Vec::new();
            for i in 0..20 {
                let t = Tunnel::open(mode, LONG_IDLE, pool.clone(), Meters::noop()).await;
                let seed = (round * 20 + i) as u64;
                batch.push(tokio::spawn(async move {
                    let (up, down) = (pattern(64 << 10, seed), pattern(64 << 10, !seed));
                    let (at_agent, at_origin) = tokio::join!(
                        send_then_read_to_end(t.agent, up.clone()),
                        send_then_read_to_end(t.origin, down.clone()),
                    );
                    assert_same(&at_origin, &up);
                    assert_same(&at_agent, &down);
                    t.done.await.unwrap()
                }));
            }
            for tunnel in batch {
                tunnel.await.unwrap();
            }
        }
        assert_eq!(open_fds(), baseline + 2 * pool.open(), "only pooled pipes stay open");
        assert!(pool.open() <= 4);
        drop(pool);
        assert_eq!(open_fds(), baseline);
    })
    .await;
}

// ---- helpers ----------------------------------------------------------------------

/// One tunnel under test: `both_ways` runs in its own task.
struct Tunnel {
    agent: TcpStream,
    origin: TcpStream,
    done: JoinHandle<Transferred>,
    /// Send to cut the tunnel; dropping it does not cut.
    cut: oneshot::Sender<()>,
}

impl Tunnel {
    async fn open(mode: Mode, idle_timeout: Duration, pool: Arc<PipePool>, meters: Meters) -> Tunnel {
        let (agent, client) = loopback_pair().await;
        let (upstream, origin) = loopback_pair().await;
        let (cut, cut_rx) = oneshot::channel::<()>();
        let cfg = SpliceConfig { idle_timeout, mode };
        let done = tokio::spawn(async move {
            let cut = async move {
                if cut_rx.await.is_err() {
                    std::future::pending::<()>().await;
                }
            };
            both_ways(client, upstream, &cfg, &pool, &[&meters], cut).await
        });
        Tunnel { agent, origin, done, cut }
    }
}

/// A connected pair of loopback TCP streams.
async fn loopback_pair() -> (TcpStream, TcpStream) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (connected, accepted) = tokio::join!(TcpStream::connect(addr), listener.accept());
    (connected.unwrap(), accepted.unwrap().0)
}

/// Writes all of `data` then shuts down writing, while reading everything the peer sends.
async fn send_then_read_to_end(stream: TcpStream, data: Vec<u8>) -> Vec<u8> {
    let (mut rd, mut wr) = stream.into_split();
    let write = async move {
        wr.write_all(&data).await.unwrap();
        wr.shutdown().await.unwrap();
    };
    let read = async move {
        let mut got = Vec::new();
        rd.read_to_end(&mut got).await.unwrap();
        got
    };
    tokio::join!(write, read).1
}

/// Eight concurrent tunnels on `pool`, each moving 1 MiB both ways, checked.
async fn eight_tunnels_at_once(mode: Mode, pool: &Arc<PipePool>) {
    let mut tunnels = Vec::new();
    for seed in 0..8u64 {
        let t = Tunnel::open(mode, LONG_IDLE, pool.clone(), Meters::noop()).await;
        tunnels.push(tokio::spawn(async move {
            let (up, down) = (pattern(1 << 20, 100 + seed), pattern(1 << 20, 200 + seed));
            let (at_agent, at_origin) = tokio::join!(
                send_then_read_to_end(t.agent, up.clone()),
                send_then_read_to_end(t.origin, down.clone()),
            );
            assert_same(&at_origin, &up);
            assert_same(&at_agent, &down);
            let done = t.done.await.unwrap();
            assert_eq!((done.up, done.down), (1 << 20, 1 << 20));
        }));
    }
    for t in tunnels {
        t.await.unwrap();
    }
}

/// In splice mode a pipe was leased; in copy mode none was ever opened.
fn assert_path_used(mode: Mode, pool: &PipePool) {
    match mode {
        Mode::Auto if cfg!(target_os = "linux") => assert!(pool.open() > 0, "no pipe leased"),
        _ => assert_eq!(pool.open(), 0, "copy mode opened a pipe"),
    }
}

/// In splice mode some bursts found the pool empty and copied; copy mode never asks it.
fn assert_fallbacks(mode: Mode, pool: &PipePool) {
    match mode {
        Mode::Auto if cfg!(target_os = "linux") => assert!(pool.fallbacks() > 0, "no fallback"),
        _ => assert_eq!(pool.fallbacks(), 0, "copy mode asked the pool"),
    }
}

/// `len` pseudo-random bytes (xorshift64*), different per seed.
fn pattern(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        out.extend_from_slice(&x.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// FNV-1a, so a mismatch prints two short numbers rather than megabytes.
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

fn assert_same(got: &[u8], want: &[u8]) {
    assert_eq!((got.len(), checksum(got)), (want.len(), checksum(want)));
}

async fn within_deadline(test: impl Future<Output = ()>) {
    tokio::time::timeout(DEADLINE, test).await.expect("test ran past its deadline");
}

/// Polls `cond` until it holds; the caller's `within_deadline` bounds the wait.
async fn wait_until(mut cond: impl FnMut() -> bool) {
    while !cond() {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").unwrap().count()
}

/// A metrics counter that remembers its total and how often it was incremented.
#[derive(Default)]
struct Tally {
    bytes: AtomicU64,
    calls: AtomicU64,
}

impl Tally {
    fn meters() -> (Meters, Arc<Tally>, Arc<Tally>) {
        let (up, down) = (Arc::new(Tally::default()), Arc::new(Tally::default()));
        let meters = Meters { up: Counter::from_arc(up.clone()), down: Counter::from_arc(down.clone()) };
        (meters, up, down)
    }

    fn total(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }
}

impl CounterFn for Tally {
    fn increment(&self, value: u64) {
        self.bytes.fetch_add(value, Ordering::Relaxed);
        self.calls.fetch_add(1, Ordering::Relaxed);
    }

    fn absolute(&self, value: u64) {
        self.bytes.store(value, Ordering::Relaxed);
    }
}

/// The pool grows at most `LARGE_PIPES` pipes, leases them first, and returns them.
#[cfg(target_os = "linux")]
#[test]
fn large_pipes_are_bounded_and_leased_first() {
    let pool = PipePool::new(LARGE_PIPES + 8);
    let leases: Vec<_> = (0..LARGE_PIPES + 8).map(|_| pool.lease().expect("a pipe")).collect();
    let large: Vec<bool> = leases.iter().map(|l| l.pipe().is_large()).collect();
    assert!(large.iter().filter(|l| **l).count() <= LARGE_PIPES);
    // Where the kernel allows growing (root, or within the per-user budget), the first
    // pipes opened are the large ones.
    if large[0] {
        assert!(large[..LARGE_PIPES].iter().all(|l| *l), "{large:?}");
        assert!(large[LARGE_PIPES..].iter().all(|l| !*l), "{large:?}");
    }
    drop(leases);
    assert_eq!(pool.idle(), LARGE_PIPES + 8);
    assert_eq!(pool.lease().unwrap().pipe().is_large(), large[0], "a large pipe is leased first");
}
