//! TEMPORARY stand-in for the splice step (being written in parallel): the same API
//! over tokio's buffered copy, so the rest of the gateway compiles and runs.

use std::future::Future;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// Which way bytes move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// A side of the tunnel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Client,
    Upstream,
}

/// Who ended the tunnel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosedBy {
    Client,
    Upstream,
    IdleTimeout,
    Cut,
    Error(Side),
}

/// What a finished tunnel moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transferred {
    pub up: u64,
    pub down: u64,
    pub closed_by: ClosedBy,
}

/// How to splice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Auto,
    Copy,
}

/// Splice settings.
#[derive(Debug, Clone)]
pub struct SpliceConfig {
    pub idle_timeout: Duration,
    pub mode: Mode,
}

/// Pipe pool (stand-in).
#[derive(Debug, Default)]
pub struct PipePool;

impl PipePool {
    /// A pool of at most `max` pipes.
    pub fn new(_max: usize) -> PipePool {
        PipePool
    }
}

/// Byte counters.
#[derive(Clone)]
pub struct Meters {
    pub up: metrics::Counter,
    pub down: metrics::Counter,
}

/// Moves bytes both ways until both sides close.
pub async fn both_ways(
    mut client: TcpStream,
    mut upstream: TcpStream,
    _cfg: &SpliceConfig,
    _pool: &PipePool,
    meters: &Meters,
    cut: impl Future<Output = ()>,
) -> Transferred {
    let copy = tokio::io::copy_bidirectional(&mut client, &mut upstream);
    let t = tokio::select! {
        r = copy => match r {
            Ok((up, down)) => Transferred { up, down, closed_by: ClosedBy::Client },
            Err(_) => Transferred { up: 0, down: 0, closed_by: ClosedBy::Error(Side::Client) },
        },
        _ = cut => Transferred { up: 0, down: 0, closed_by: ClosedBy::Cut },
    };
    meters.up.increment(t.up);
    meters.down.increment(t.down);
    let _ = client.shutdown().await;
    t
}
