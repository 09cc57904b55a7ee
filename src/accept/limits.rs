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

/// Fds `max_connections` tunnels and a pool of `pipes` pipes can need at once.
pub fn fds_needed(max_connections: usize, pipes: usize) -> u64 {
    2 * max_connections as u64 + 2 * pipes as u64 + BASE_FDS
}
