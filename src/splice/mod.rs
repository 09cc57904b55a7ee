//! The splice step: move bytes both ways between agent and destination until the tunnel
//! ends, and report what moved and who ended it.
//!
//! # Layout
//! * `mod.rs`: the public types and [`both_ways`], which runs one direction per
//!   [`Direction`] and watches idle timeout and shutdown.
//! * `linux.rs`: zero-copy bursts with `splice(2)` through a pipe (Linux only).
//! * `copy.rs`: bursts through a small userspace buffer (every OS; the fallback).
//! * `stream.rs`: the two directions when the upstream is TLS to a relay proxy
//!   ([`both_ways_stream`]): copied, as encryption happens in userspace anyway.
//! * `pool.rs`: [`PipePool`], the bounded pool pipes are leased from, one burst at a time.
//! * `pipe.rs`: one kernel pipe, opened and grown (an uninhabited stand-in off Linux).
//! * `tests.rs`: every case on real loopback TCP, in both modes.
//!
//! # How a direction works
//! A direction waits for its source socket to turn readable while holding nothing. Then
//! it moves one *burst*: everything the socket has, until a read finds it dry. A burst
//! leases a pipe from the pool (Linux, [`Mode::Auto`]) or, if none is free, allocates a
//! 16 KiB buffer (64 KiB once the burst turns out to be bulk); both go back when the
//! burst ends. So 20,000 idle tunnels hold no pipes and no buffers, only their two
//! sockets and one task (about 4 KiB each, measured in `perf/results/`). At EOF the
//! direction shuts down writing on the other socket (half-close) and ends; the other
//! direction keeps going.
//!
//! Bytes already read into userspace (the CONNECT leftover, the sniffed ClientHello)
//! must be written by the caller before calling [`both_ways`].

#![forbid(unsafe_code)]

mod copy;
#[cfg(target_os = "linux")]
mod linux;
mod pipe;
mod pool;
mod stream;

use std::future::Future;
use std::io;
use std::net::Shutdown;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use socket2::SockRef;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::time::Instant;

use crate::fault::Side;

pub use pool::{LARGE_PIPE, LARGE_PIPES, PipePool};

/// Which way bytes move; each half of a tunnel knows its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Agent → destination.
    Up,
    /// Destination → agent.
    Down,
}

/// Who ended the tunnel; goes into the close event and the close metric's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosedBy {
    /// The agent sent EOF first (the destination may have sent it later).
    Client,
    /// The destination sent EOF first.
    Upstream,
    /// No byte moved either way for `idle_timeout`.
    IdleTimeout,
    /// The gateway shut down and `drain_timeout` ran out (the `cut` future fired).
    Cut,
    /// Reading from or writing to `side` failed (e.g. `ConnectionReset`).
    Error {
        /// The socket whose syscall failed.
        side: Side,
        /// What failed, for the log line and the metric label.
        kind: io::ErrorKind,
    },
}

/// What a finished tunnel moved and who ended it; a normal close is not an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transferred {
    /// Bytes written to the destination (agent → destination).
    pub up: u64,
    /// Bytes written to the agent (destination → agent).
    pub down: u64,
    /// Who ended the tunnel.
    pub closed_by: ClosedBy,
}

/// How bytes move (config `splice_mode`): `Auto` is the default, `Copy` the reference
/// implementation and the operator's escape hatch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    /// `splice(2)` through pooled pipes on Linux, copying a burst when no pipe is free;
    /// copy everywhere else.
    #[default]
    Auto,
    /// Always copy through a userspace buffer (portable; for comparison and debugging).
    Copy,
}

impl Mode {
    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            Mode::Auto => "auto",
            Mode::Copy => "copy",
        }
    }
}

/// Per-tunnel settings of the splice step, from the validated config.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpliceConfig {
    /// End the tunnel when no byte moved either way for this long (config `idle_timeout`).
    pub idle_timeout: Duration,
    /// Splice or copy.
    pub mode: Mode,
}

impl Default for SpliceConfig {
    /// SPEC's default `idle_timeout` (10 minutes), `Mode::Auto`.
    fn default() -> Self {
        SpliceConfig { idle_timeout: Duration::from_secs(600), mode: Mode::Auto }
    }
}

/// Byte counters, one per direction, shared by all tunnels (e.g. labelled by direction).
///
/// Incremented once per burst (and every [`METER_FLUSH_BYTES`] within a long one), never
/// per read, so a bulk transfer costs the metrics recorder almost nothing.
#[derive(Debug, Clone)]
pub struct Meters {
    /// Bytes written to destinations.
    pub up: metrics::Counter,
    /// Bytes written to agents.
    pub down: metrics::Counter,
}

/// One allowlist entry's meters: the tunnels it let through and their bytes.
#[derive(Debug)]
pub struct EntryMeters {
    /// Tunnels answered 200.
    pub opened: metrics::Counter,
    /// Bytes each way, added to by the splice beside the gateway's totals.
    pub bytes: Meters,
}

/// Every allowlist entry's meters for one configuration, by the entry's position, so a
/// tunnel takes its entry's with one index and one reference count. Telemetry registers
/// them (`telemetry::rule_meters`); the splice and the tunnel only add to them.
#[derive(Debug, Clone)]
pub struct EntryTable {
    by_entry: Vec<Arc<EntryMeters>>,
    /// Tunnels report mode let through without an entry.
    none: Arc<EntryMeters>,
}

impl EntryTable {
    /// A table of `by_entry` (in allowlist order) and the meters of tunnels with no entry.
    pub fn new(by_entry: Vec<Arc<EntryMeters>>, none: Arc<EntryMeters>) -> EntryTable {
        EntryTable { by_entry, none }
    }

    /// Meters that record nothing (tests, benches).
    pub fn noop() -> EntryTable {
        let none = Arc::new(EntryMeters { opened: metrics::Counter::noop(), bytes: Meters::noop() });
        EntryTable { by_entry: Vec::new(), none }
    }

    /// The meters of entry `entry` (its position); those of no entry for `None`.
    pub fn get(&self, entry: Option<usize>) -> &Arc<EntryMeters> {
        entry.and_then(|i| self.by_entry.get(i)).unwrap_or(&self.none)
    }
}

impl Meters {
    /// Counters that record nothing (tests, benches).
    pub fn noop() -> Self {
        Meters { up: metrics::Counter::noop(), down: metrics::Counter::noop() }
    }
}

/// Within one long burst, the meters are brought up to date after this many bytes, so a
/// multi-gigabyte upload shows on the dashboard while it runs (1 MiB ≈ 16 splices).
pub const METER_FLUSH_BYTES: u64 = 1024 * 1024;

/// Moves bytes both ways between `client` and `upstream` until the tunnel ends, and says
/// how many moved and who ended it.
///
/// The tunnel ends when both directions reached EOF (half-close is propagated in
/// between), when either socket fails, when no byte moved for `cfg.idle_timeout`, or when
/// `cut` completes (gateway shutdown after `drain_timeout`). Both sockets are closed on
/// return. Set socket options (`TCP_NODELAY`, keepalive) before calling. Each burst's
/// bytes are added to every one of `meters` (the gateway's totals and the tunnel's
/// allowlist entry's).
pub async fn both_ways(
    client: TcpStream,
    upstream: TcpStream,
    cfg: &SpliceConfig,
    pool: &PipePool,
    meters: &[&Meters],
    cut: impl Future<Output = ()>,
) -> Transferred {
    let pool = match cfg.mode {
        Mode::Auto if cfg!(target_os = "linux") => Some(pool),
        _ => None,
    };
    let tunnel = Shared::new(pool, meters);
    let up = one_way(&tunnel, Direction::Up, &client, &upstream);
    let down = one_way(&tunnel, Direction::Down, &upstream, &client);
    tokio::pin!(up, down, cut);
    let closed_by = until_done(&tunnel, up, down, cfg.idle_timeout, cut).await;
    tunnel.transferred(closed_by)
}

/// [`both_ways`] for an upstream that is not a plain socket (TLS to an `https://` relay
/// proxy): the same ending rules and counting, bytes copied through userspace
/// (`stream.rs` says how).
pub async fn both_ways_stream<U: AsyncRead + AsyncWrite + Send>(
    client: TcpStream,
    upstream: U,
    cfg: &SpliceConfig,
    meters: &[&Meters],
    cut: impl Future<Output = ()>,
) -> Transferred {
    let tunnel = Shared::new(None, meters);
    let (from_upstream, to_upstream) = tokio::io::split(upstream);
    let up = stream::up(&tunnel, &client, to_upstream);
    let down = stream::down(&tunnel, from_upstream, &client);
    tokio::pin!(up, down, cut);
    let closed_by = until_done(&tunnel, up, down, cfg.idle_timeout, cut).await;
    tunnel.transferred(closed_by)
}

/// Runs both directions until the tunnel ends (both at EOF, an error, idle, or `cut`)
/// and says who ended it. The futures are pinned by the caller and lent here, so the
/// tunnel's state holds each of them once.
async fn until_done(
    tunnel: &Shared<'_>,
    mut up: Pin<&mut impl Future<Output = Result<(), DirError>>>,
    mut down: Pin<&mut impl Future<Output = Result<(), DirError>>>,
    idle_timeout: Duration,
    mut cut: Pin<&mut impl Future<Output = ()>>,
) -> ClosedBy {
    let idle = tokio::time::sleep_until(far_deadline(tunnel.start, idle_timeout));
    tokio::pin!(idle);

    let (mut up_done, mut down_done) = (false, false);
    let mut first_eof = None;
    loop {
        tokio::select! {
            result = &mut up, if !up_done => match result {
                Ok(()) => {
                    up_done = true;
                    let first = *first_eof.get_or_insert(ClosedBy::Client);
                    if down_done {
                        break first;
                    }
                }
                Err(e) => break e.closed_by(Direction::Up),
            },
            result = &mut down, if !down_done => match result {
                Ok(()) => {
                    down_done = true;
                    let first = *first_eof.get_or_insert(ClosedBy::Upstream);
                    if up_done {
                        break first;
                    }
                }
                Err(e) => break e.closed_by(Direction::Down),
            },
            () = &mut idle => {
                let deadline = far_deadline(tunnel.last_activity(), idle_timeout);
                if deadline <= Instant::now() {
                    break ClosedBy::IdleTimeout;
                }
                idle.as_mut().reset(deadline);
            }
            () = &mut cut => break ClosedBy::Cut,
        }
    }
}

/// One direction: burst after burst from `src` to `dst`, then half-close `dst` at EOF.
async fn one_way(
    tunnel: &Shared<'_>,
    dir: Direction,
    src: &TcpStream,
    dst: &TcpStream,
) -> Result<(), DirError> {
    loop {
        src.readable().await.map_err(DirError::Read)?;
        let mut moved = Burst { tunnel, dir, unflushed: 0 };
        // `tunnel.pool` is `None` off Linux, so only Linux ever holds a lease here.
        let end = match tunnel.pool.and_then(PipePool::lease) {
            #[cfg(target_os = "linux")]
            Some(mut lease) => linux::burst(src, dst, &mut lease, &mut moved).await?,
            _ => copy::burst(src, dst, &mut moved).await?,
        };
        if end == BurstEnd::Eof {
            return shut_write(dst);
        }
    }
}

/// Passes an EOF on: half-closes `dst` for writing.
fn shut_write(dst: &TcpStream) -> Result<(), DirError> {
    match SockRef::from(dst).shutdown(Shutdown::Write) {
        // The peer already closed both ways; the other direction will see it.
        Err(e) if e.kind() != io::ErrorKind::NotConnected => Err(DirError::Write(e)),
        _ => Ok(()),
    }
}

/// Why a burst stopped (errors travel separately as [`DirError`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BurstEnd {
    /// The source has no more bytes for now: give back the pipe or buffer and wait.
    Dry,
    /// The source sent EOF; everything before it has been written.
    Eof,
}

/// A failed syscall in one direction: reading the source or writing the destination.
#[derive(Debug)]
enum DirError {
    Read(io::Error),
    Write(io::Error),
}

impl DirError {
    /// Names the failing socket: in `Up` the source is the client, in `Down` the upstream.
    fn closed_by(&self, dir: Direction) -> ClosedBy {
        let (side, e) = match (self, dir) {
            (DirError::Read(e), Direction::Up) | (DirError::Write(e), Direction::Down) => (Side::Client, e),
            (DirError::Read(e), Direction::Down) | (DirError::Write(e), Direction::Up) => (Side::Upstream, e),
        };
        ClosedBy::Error { side, kind: e.kind() }
    }
}

/// What the two halves of one tunnel share: where pipes come from, the counters, and
/// when a byte last moved (for the idle timeout). Atomics, so the tunnel future stays
/// `Send`; each is touched by one half at a time, so they are never contended.
struct Shared<'a> {
    /// `None` in copy mode (and off Linux): every burst copies.
    pool: Option<&'a PipePool>,
    /// Every meter counting this tunnel's bytes: the gateway's totals, its entry's.
    meters: &'a [&'a Meters],
    start: Instant,
    /// When a byte last moved either way, in milliseconds after `start`.
    last_ms: AtomicU64,
    /// Bytes written to the upstream so far.
    up: AtomicU64,
    /// Bytes written to the client so far.
    down: AtomicU64,
}

impl<'a> Shared<'a> {
    fn new(pool: Option<&'a PipePool>, meters: &'a [&'a Meters]) -> Shared<'a> {
        Shared {
            pool,
            meters,
            start: Instant::now(),
            last_ms: AtomicU64::new(0),
            up: AtomicU64::new(0),
            down: AtomicU64::new(0),
        }
    }

    fn transferred(&self, closed_by: ClosedBy) -> Transferred {
        Transferred {
            up: self.up.load(Ordering::Relaxed),
            down: self.down.load(Ordering::Relaxed),
            closed_by,
        }
    }

    fn last_activity(&self) -> Instant {
        self.start + Duration::from_millis(self.last_ms.load(Ordering::Relaxed))
    }
}

/// Bytes moved by one burst: counted into the tunnel's totals at once (so a cut or idle
/// timeout mid-burst still reports them), into the shared meter at the end of the burst
/// (also when it is cancelled) or every [`METER_FLUSH_BYTES`].
struct Burst<'a> {
    tunnel: &'a Shared<'a>,
    dir: Direction,
    unflushed: u64,
}

impl Burst<'_> {
    fn add(&mut self, n: usize) {
        let n = n as u64;
        let total = match self.dir {
            Direction::Up => &self.tunnel.up,
            Direction::Down => &self.tunnel.down,
        };
        total.fetch_add(n, Ordering::Relaxed);
        let now_ms = self.tunnel.start.elapsed().as_millis() as u64;
        self.tunnel.last_ms.store(now_ms, Ordering::Relaxed);
        self.unflushed += n;
        if self.unflushed >= METER_FLUSH_BYTES {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.unflushed > 0 {
            for meters in self.tunnel.meters {
                match self.dir {
                    Direction::Up => meters.up.increment(self.unflushed),
                    Direction::Down => meters.down.increment(self.unflushed),
                }
            }
            self.unflushed = 0;
        }
    }
}

impl Drop for Burst<'_> {
    fn drop(&mut self) {
        self.flush();
    }
}

/// `from + after`, saturating at a deadline decades away (`Duration::MAX` means never).
fn far_deadline(from: Instant, after: Duration) -> Instant {
    const DECADES: Duration = Duration::from_secs(30 * 365 * 24 * 3600);
    from.checked_add(after).unwrap_or_else(|| from + DECADES)
}

#[cfg(test)]
mod tests;
