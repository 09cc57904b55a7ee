//! Open-file limits. Each tunnel holds two sockets, and a burst being spliced briefly
//! holds a pipe (two fds); the default soft limit of 1024 would cap a node at ~500
//! agents, so the soft limit is raised to the hard limit at start.

use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};

/// Fds the process needs besides tunnels: listeners, logs, metrics, DNS, slack.
const BASE_FDS: u64 = 64;

/// Raises the soft NOFILE limit to the hard limit; returns the limit now in force.
pub fn raise_nofile() -> u64 {
    let limit = getrlimit(Resource::Nofile);
    let raised = Rlimit { current: limit.maximum, maximum: limit.maximum };
    if limit.current != limit.maximum && setrlimit(Resource::Nofile, raised).is_ok() {
        return limit.maximum.unwrap_or(u64::MAX);
    }
    limit.current.unwrap_or(u64::MAX)
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
