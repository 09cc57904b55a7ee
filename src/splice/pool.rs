//! A bounded pool of kernel pipes, leased for one burst at a time.
//!
//! This exists because agent tunnels are idle more than 99% of the time: holding two
//! pipes per tunnel would need 40,000 pipes (80,000 fds) for 20,000 tunnels, and the
//! kernel's per-user pipe accounting would shrink them to 8 KiB long before that. Instead
//! a direction leases a pipe when its socket turns readable and gives it back, empty,
//! when the socket is dry, so idle tunnels hold none. When the pool is empty, or the
//! kernel refuses a new pipe, the burst uses the copy path instead: never an error.
//!
//! Off Linux nothing leases a pipe (every burst copies), so the pool keeps its API and
//! reports zeros; hence the `dead_code` allowance there.

#![cfg_attr(not(target_os = "linux"), allow(dead_code))]

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::pipe::Pipe;

/// How many pipes are grown to [`LARGE_PIPE`]. A bulk burst through a 64 KiB pipe
/// moves ~53 KiB per splice call and wakes both peers that often; through 1 MiB it moves
/// up to the socket buffer at once (measured: perf/results, bulk). Budget: 16 × 256
/// pages + 240 × 16 pages = 7,936 pages, under half the unprivileged per-user soft
/// limit (16,384 pages), so the rest of the pool keeps full-size pipes.
pub const LARGE_PIPES: usize = 16;
/// The size large pipes are grown to (the default `fs.pipe-max-size`).
pub const LARGE_PIPE: usize = 1024 * 1024;

/// After the kernel refuses a pipe (EMFILE, ENFILE, shrunken capacity), bursts use the
/// copy path for this long before we try to open one again, so a gateway at its fd or
/// pipe-page limit does not pay two failing syscalls per burst.
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(1);

/// Pipes shared by every tunnel of the gateway (wrap it in an `Arc`); see the module doc.
///
/// The hot path touches it twice per burst (lease, give back), each time a short
/// uncontended `Mutex<Vec<Pipe>>` push or pop; a burst moves at least one socket read.
#[derive(Debug)]
pub struct PipePool {
    /// Empty pipes ready to lease; the large ones are leased first.
    free: Mutex<Free>,
    /// Large pipes that exist now (free + leased), at most [`LARGE_PIPES`].
    large: AtomicUsize,
    /// Most pipes that may exist at once (free + leased).
    max: usize,
    /// Pipes that exist now (free + leased); a lease opens a new one only below `max`.
    open: AtomicUsize,
    /// `retry_at_ms` counts milliseconds from here.
    epoch: Instant,
    /// Don't try to open a pipe before this many ms after `epoch` (see `RETRY_AFTER_FAILURE`).
    retry_at_ms: AtomicU64,
    /// Bursts that found no pipe and copied instead (see `fallbacks`).
    fallbacks: AtomicU64,
}

impl PipePool {
    /// Default bound: 256 pipes = 512 fds and 4,096 pages (16 MiB of pipe buffers at
    /// 64 KiB each), a quarter of the default per-user `fs.pipe-user-pages-soft` (16,384
    /// pages) so the pipes stay full-size for an unprivileged user (past ~1,024 pipes the
    /// kernel shrinks new ones to 2 pages). 256 simultaneous bursts is far above what
    /// mostly-idle agents produce; any excess burst takes the copy path.
    pub const DEFAULT_MAX: usize = 256;

    /// A pool that will open at most `max_pipes` pipes, lazily. `0` means "always copy".
    pub fn new(max_pipes: usize) -> Self {
        PipePool {
            free: Mutex::new(Free::default()),
            large: AtomicUsize::new(0),
            max: max_pipes,
            open: AtomicUsize::new(0),
            epoch: Instant::now(),
            retry_at_ms: AtomicU64::new(0),
            fallbacks: AtomicU64::new(0),
        }
    }

    /// The bound given to `new`.
    pub fn max(&self) -> usize {
        self.max
    }

    /// Pipes that exist now, idle or leased (each holds two fds).
    pub fn open(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// Pipes waiting in the pool; equals `open()` when no burst is in flight.
    pub fn idle(&self) -> usize {
        let free = self.free_pipes();
        free.large.len() + free.small.len()
    }

    /// Bursts that wanted a pipe and copied instead, since `new`: a steadily rising value
    /// means the pool is too small for the traffic (or the kernel refuses pipes).
    pub fn fallbacks(&self) -> u64 {
        self.fallbacks.load(Ordering::Relaxed)
    }

    /// An empty pipe for one burst, or `None` (counted in `fallbacks`) when the burst
    /// should copy instead.
    pub(super) fn lease(&self) -> Option<Lease<'_>> {
        let lease = self.try_lease();
        if lease.is_none() {
            self.fallbacks.fetch_add(1, Ordering::Relaxed);
        }
        lease
    }

    fn try_lease(&self) -> Option<Lease<'_>> {
        if let Some(pipe) = self.free_pipes().pop() {
            return Some(Lease::new(self, pipe));
        }
        let grow = self
            .large
            .fetch_update(Ordering::AcqRel, Ordering::Relaxed, |n| (n < LARGE_PIPES).then_some(n + 1));
        if self.now_ms() < self.retry_at_ms.load(Ordering::Relaxed) {
            return None;
        }
        self.open
            .fetch_update(Ordering::AcqRel, Ordering::Relaxed, |n| (n < self.max).then_some(n + 1))
            .ok()?;
        match Pipe::open(grow.is_ok().then_some(LARGE_PIPE)) {
            Some(pipe) => {
                if grow.is_ok() && !pipe.is_large() {
                    self.large.fetch_sub(1, Ordering::AcqRel);
                }
                Some(Lease::new(self, pipe))
            }
            None => {
                if grow.is_ok() {
                    self.large.fetch_sub(1, Ordering::AcqRel);
                }
                self.open.fetch_sub(1, Ordering::AcqRel);
                let retry = self.now_ms() + RETRY_AFTER_FAILURE.as_millis() as u64;
                self.retry_at_ms.store(retry, Ordering::Relaxed);
                None
            }
        }
    }

    fn give_back(&self, pipe: Pipe) {
        self.free_pipes().push(pipe);
    }

    /// Closes a pipe that may hold stale bytes (its fds close when `pipe` drops here).
    fn discard(&self, pipe: Pipe) {
        if pipe.is_large() {
            self.large.fetch_sub(1, Ordering::AcqRel);
        }
        self.open.fetch_sub(1, Ordering::AcqRel);
    }

    fn free_pipes(&self) -> std::sync::MutexGuard<'_, Free> {
        // A panic elsewhere cannot leave a Vec<Pipe> half-updated: keep using it.
        self.free.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn now_ms(&self) -> u64 {
        self.epoch.elapsed().as_millis() as u64
    }
}

impl Default for PipePool {
    /// A pool of `DEFAULT_MAX` pipes.
    fn default() -> Self {
        PipePool::new(PipePool::DEFAULT_MAX)
    }
}

/// The free pipes, large and default-sized apart so bulk bursts find a large one first.
#[derive(Debug, Default)]
struct Free {
    large: Vec<Pipe>,
    small: Vec<Pipe>,
}

impl Free {
    fn pop(&mut self) -> Option<Pipe> {
        self.large.pop().or_else(|| self.small.pop())
    }

    fn push(&mut self, pipe: Pipe) {
        if pipe.is_large() { self.large.push(pipe) } else { self.small.push(pipe) }
    }
}

/// One pipe on loan to one direction for one burst.
///
/// Dropping it returns the pipe to the pool if it is empty, and closes it otherwise (a
/// burst cut short by idle timeout or shutdown must not hand stale bytes to another
/// tunnel).
#[derive(Debug)]
pub(super) struct Lease<'a> {
    pool: &'a PipePool,
    pipe: Option<Pipe>,
    /// Bytes sitting in the pipe right now.
    pub(super) pending: usize,
}

impl<'a> Lease<'a> {
    fn new(pool: &'a PipePool, pipe: Pipe) -> Self {
        Lease { pool, pipe: Some(pipe), pending: 0 }
    }

    /// The leased pipe (present until drop).
    #[cfg(target_os = "linux")]
    pub(super) fn pipe(&self) -> &Pipe {
        self.pipe.as_ref().expect("a lease holds its pipe until dropped")
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let Some(pipe) = self.pipe.take() {
            if self.pending == 0 {
                self.pool.give_back(pipe);
            } else {
                self.pool.discard(pipe);
            }
        }
    }
}
