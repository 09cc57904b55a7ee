//! Open-file limits. Each tunnel holds two sockets, and a burst being spliced briefly
//! holds a pipe (two fds); the default soft limit of 1024 would cap a node at ~500
//! agents, so the soft limit is raised to the hard limit at start. Besides tunnels and
//! pipes, the limit holds the metrics endpoint's connections (capped in
//! `telemetry::http`) and the process's own fds. The fd table is grown once at start
//! to what `max_connections` needs ([`reserve_fd_table`]), so that no accept grows it.

use rustix::io::fcntl_dupfd_cloexec;
use rustix::pipe::{PipeFlags, pipe_with};
use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};

use crate::config::{Limit, Settings};
use crate::gateway::PIPE_POOL_SIZE;
use crate::telemetry::http;

/// Fds the process needs besides tunnels, pipes and metrics connections: listeners,
/// the control socket, logs, the runtime, DNS lookups, and slack (~15 in use at start).
const BASE_FDS: u64 = 64;

/// Raises the soft NOFILE limit to the hard limit (failure leaves the soft one).
pub fn raise_nofile() {
    let limit = getrlimit(Resource::Nofile);
    if limit.current != limit.maximum {
        let _ = setrlimit(Resource::Nofile, Rlimit { current: limit.maximum, maximum: limit.maximum });
    }
}

/// Grows this process's fd table to hold every fd `effective` may need (at most the
/// soft limit), before any thread starts. Linux grows the table by doubling when a new
/// fd does not fit, and in a process with more than one thread each growth waits for an
/// RCU grace period inside that syscall (`expand_files` → `synchronize_rcu`, 10–20 ms
/// on a small VM): the worker's `accept4` stalls and every tunnel being set up waits
/// with it, at 256, 512, … 16,384 fds — most of the set-up tail of a ramp (issue 13,
/// `perf/results/2026-12-01-setup-wait.md`). Grown here, with one thread, it waits for
/// nothing. Cost: 8 bytes of kernel memory per slot (256 KiB for 32,768), which the
/// ramp would have taken anyway (the table never shrinks). Best effort: a failure
/// only leaves the growth to the accepts.
pub fn reserve_fd_table(effective: &Effective) {
    let want = fds_needed(effective.max_connections, PIPE_POOL_SIZE).min(nofile());
    let Ok(highest) = i32::try_from(want.saturating_sub(1)) else { return };
    if let Ok((read, _write)) = pipe_with(PipeFlags::CLOEXEC) {
        // The lowest free fd at or above `highest`: the table grows to hold it. All
        // three fds close here; the table stays.
        let _ = fcntl_dupfd_cloexec(&read, highest);
    }
}

/// What this process runs with: the settings as its limits make them. `Settings` stay
/// as the operator wrote them; this is derived once at start (and by `check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effective {
    /// Open client connections before new ones get a 503.
    pub max_connections: usize,
    /// Runtime worker threads.
    pub worker_threads: usize,
    /// Connections that may be sending their CONNECT head at once.
    pub pending_heads: usize,
    /// How `max_connections` sits in the open-file limit, for the start line.
    pub fit: Fit,
}

/// How `max_connections` sits in the open-file limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// It fits the limit as it is.
    Fits,
    /// `"auto"`, and the limit fits fewer than [`AUTO_MAX_CONNECTIONS`].
    Lowered { limit: u64, to: usize },
    /// Set explicitly and does not fit: kept, accepts will pause at the limit.
    TooMany { limit: u64, fits: usize, needed: u64 },
}

/// `max_pending_heads = "auto"` at least: a reconnect storm's heads arrive together.
const MIN_AUTO_PENDING_HEADS: usize = 64;

/// `max_connections = "auto"` at most: far above a node's fleet share, far below what
/// the memory of a small node allows (~3 KiB per idle tunnel).
pub const AUTO_MAX_CONNECTIONS: usize = 20_000;

impl Effective {
    /// The settings under this process's open-file limit and core count.
    pub fn of(settings: &Settings) -> Effective {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let k = &settings.keys;
        Effective::compute(k.max_connections, k.max_pending_heads, k.worker_threads, nofile(), cores)
    }

    /// `"auto"` is fitted into the fd limit, so that overload is a fast 503 rather
    /// than a stalled accept; an explicit value is kept (with a warning when it cannot fit).
    fn compute(max: Limit, pending: Limit, workers: u32, limit: u64, cores: usize) -> Effective {
        let fits = max_tunnels(limit, PIPE_POOL_SIZE);
        let (max_connections, fit) = match max {
            Limit::Auto if fits < AUTO_MAX_CONNECTIONS => (fits, Fit::Lowered { limit, to: fits }),
            Limit::Auto => (AUTO_MAX_CONNECTIONS, Fit::Fits),
            Limit::Fixed(n) => {
                let n = n as usize;
                let fit = match n <= fits {
                    true => Fit::Fits,
                    false => Fit::TooMany { limit, fits, needed: fds_needed(n, PIPE_POOL_SIZE) },
                };
                (n, fit)
            }
        };
        let worker_threads = match workers {
            0 => cores,
            n => n as usize,
        };
        let pending_heads = match pending {
            Limit::Auto => (max_connections / 4).max(MIN_AUTO_PENDING_HEADS),
            Limit::Fixed(n) => n as usize,
        };
        Effective { max_connections, worker_threads, pending_heads, fit }
    }
}

/// The soft NOFILE limit in force.
fn nofile() -> u64 {
    getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX)
}

/// How many tunnels fit in `limit` fds next to a pool of `pipes` pipes (at least 1).
pub fn max_tunnels(limit: u64, pipes: usize) -> usize {
    let spare = limit.saturating_sub(fds_needed(0, pipes));
    usize::try_from(spare / 2).unwrap_or(usize::MAX).max(1)
}

/// Fds `max_connections` tunnels and a pool of `pipes` pipes can need at once, with
/// the metrics endpoint full and the process's own.
pub fn fds_needed(max_connections: usize, pipes: usize) -> u64 {
    2 * max_connections as u64 + 2 * pipes as u64 + http::MAX_FDS + BASE_FDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tunnels_that_fit() {
        // 20,000 - 256 pipes × 2 - 73 for the metrics endpoint - 64 = 19,351: 9,675 tunnels.
        assert_eq!(max_tunnels(20_000, 256), 9_675);
        assert_eq!(max_tunnels(673, 256), 12);
        assert_eq!(max_tunnels(10, 256), 1, "never zero: one tunnel may still get through");
        for limit in [700, 1024, 4096, 20_000, 65_536] {
            let tunnels = max_tunnels(limit, 256);
            assert!(fds_needed(tunnels, 256) <= limit, "{tunnels} tunnels overflow {limit}");
            assert!(fds_needed(tunnels + 1, 256) > limit, "{tunnels} tunnels leave one more out of {limit}");
        }
    }

    #[test]
    fn the_metrics_endpoint_cap_is_reserved_beside_the_tunnels() {
        assert_eq!(http::MAX_FDS, 73, "64 slots, 8 for health checks, one being closed");
        assert_eq!(fds_needed(0, 0), http::MAX_FDS + BASE_FDS);
        // Whatever the endpoint holds, the fitted tunnels still have their two fds each.
        let limit = 4096;
        let tunnels = max_tunnels(limit, 256) as u64;
        assert!(2 * tunnels + 2 * 256 + http::MAX_FDS + BASE_FDS <= limit);
    }

    #[test]
    fn auto_is_fitted_and_a_fixed_value_kept() {
        let auto = Effective::compute(Limit::Auto, Limit::Auto, 0, 20_000, 2);
        assert_eq!(
            auto,
            Effective {
                max_connections: 9_675,
                worker_threads: 2,
                pending_heads: 9_675 / 4,
                fit: Fit::Lowered { limit: 20_000, to: 9_675 }
            }
        );
        let roomy = Effective::compute(Limit::Auto, Limit::Fixed(100), 3, 1 << 20, 2);
        assert_eq!((roomy.max_connections, roomy.worker_threads, roomy.fit), (20_000, 3, Fit::Fits));
        assert_eq!(roomy.pending_heads, 100);
        let fixed = Effective::compute(Limit::Fixed(15_000), Limit::Auto, 0, 20_000, 4);
        assert_eq!(fixed.max_connections, 15_000, "an explicit value is the operator's");
        assert!(matches!(fixed.fit, Fit::TooMany { fits: 9_675, needed: 30_649, .. }));
    }
}
