//! Socket options every tunnel socket gets, on both sides.
//!
//! - `TCP_NODELAY`: agents send small records (handshakes, acks); without it Nagle plus
//!   the peer's delayed ACK stalls each exchange by ~40 ms (tinyproxy shows exactly this).
//! - keepalive: an agent behind a NAT or a vanished destination leaves a half-dead
//!   socket; probes after 60 s idle (every 10 s, 6 tries) find it well before
//!   `idle_timeout` (10 m) would.

use std::time::Duration;

use socket2::{SockRef, TcpKeepalive};
use tokio::net::TcpStream;

/// Idle time before the first keepalive probe.
const KEEPALIVE_IDLE: Duration = Duration::from_secs(60);
/// Time between probes.
const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);
/// Unanswered probes before the kernel drops the connection.
const KEEPALIVE_RETRIES: u32 = 6;

/// Applies the tunnel socket options; failure only loses an optimisation.
pub fn tune(stream: &TcpStream) -> std::io::Result<()> {
    apply(SockRef::from(stream))
}

/// The same options on a listening socket: Linux copies them into every socket it
/// accepts, which saves five `setsockopt` calls per tunnel on the client side.
pub fn tune_listener(socket: &impl std::os::fd::AsFd) -> std::io::Result<()> {
    apply(SockRef::from(socket))
}

fn apply(sock: SockRef<'_>) -> std::io::Result<()> {
    sock.set_tcp_nodelay(true)?;
    let keepalive = TcpKeepalive::new()
        .with_time(KEEPALIVE_IDLE)
        .with_interval(KEEPALIVE_INTERVAL)
        .with_retries(KEEPALIVE_RETRIES);
    sock.set_tcp_keepalive(&keepalive)
}
