//! Open-file limits. Each tunnel holds two sockets, and a burst being spliced briefly
//! holds a pipe (two fds); the default soft limit of 1024 would cap a node at ~500
//! agents, so the soft limit is raised to the hard limit at start.

use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};

use crate::config::Settings;
use crate::gateway::PIPE_POOL_SIZE;

/// Fds the process needs besides tunnels: listeners, logs, metrics, DNS, slack.
const BASE_FDS: u64 = 64;

/// Raises the soft NOFILE limit to the hard limit (failure leaves the soft one).
pub fn raise_nofile() {
    let limit = getrlimit(Resource::Nofile);
    if limit.current != limit.maximum {
        let _ = setrlimit(Resource::Nofile, Rlimit { current: limit.maximum, maximum: limit.maximum });
    }
}

/// What [`fit`] did with `max_connections`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// It fits the limit as it is.
    Fits,
    /// It was unset, and lowered to what the limit fits.
    Lowered { limit: u64, to: usize },
    /// It was set explicitly and does not fit: kept, accepts will pause at the limit.
    TooMany { limit: u64, fits: usize, needed: u64 },
}

/// Makes `max_connections` effective for the open-file limit in force: an unset value
/// is lowered to what fits, so that overload is a fast 503 rather than a stalled
/// accept; an explicit value is kept. Applied at start and to every reloaded config.
pub fn fit(settings: &mut Settings) -> Fit {
    let limit = nofile();
    let fits = max_tunnels(limit, PIPE_POOL_SIZE);
    match settings.max_connections {
        n if n <= fits => Fit::Fits,
        _ if !settings.max_connections_set => {
            settings.max_connections = fits;
            Fit::Lowered { limit, to: fits }
        }
        n => Fit::TooMany { limit, fits, needed: fds_needed(n, PIPE_POOL_SIZE) },
    }
}

/// The soft NOFILE limit in force.
fn nofile() -> u64 {
    getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX)
}

/// How many tunnels fit in `limit` fds next to a pool of `pipes` pipes (at least 1).
pub fn max_tunnels(limit: u64, pipes: usize) -> usize {
    let spare = limit.saturating_sub(2 * pipes as u64 + BASE_FDS);
    usize::try_from(spare / 2).unwrap_or(usize::MAX).max(1)
}

/// Fds `max_connections` tunnels and a pool of `pipes` pipes can need at once.
pub fn fds_needed(max_connections: usize, pipes: usize) -> u64 {
    2 * max_connections as u64 + 2 * pipes as u64 + BASE_FDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tunnels_that_fit() {
        assert_eq!(max_tunnels(20_000, 256), 9_712);
        assert_eq!(max_tunnels(600, 256), 12);
        assert_eq!(max_tunnels(10, 256), 1, "never zero: one tunnel may still get through");
        assert!(fds_needed(max_tunnels(20_000, 256), 256) <= 20_000);
    }
}
