//! Listening sockets, built with socket2 so the backlog and address options are ours
//! to choose rather than the standard library's — or handed over by systemd (socket
//! activation: `LISTEN_FDS`), so that the listening socket outlives a restart and
//! agents connecting meanwhile queue instead of being refused. Tests hand the gateway a
//! socket bound on a free port the same way.

use std::net::SocketAddr;

use socket2::{Domain, Protocol, Socket, Type};
use tokio::net::TcpListener;

/// Accept queue length. Agents reconnect in bursts (a gateway restart, a load-balancer
/// failover moves thousands at once); the kernel caps it at `net.core.somaxconn`.
pub const BACKLOG: i32 = 4096;

/// Binds one listener. IPv6 sockets are v6-only so `0.0.0.0` and `::` can both be
/// listed without one stealing the other's port.
pub fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    socket.set_nonblocking(true)?;
    // Accepted sockets inherit NODELAY and keepalive from here (see `sockopt`).
    crate::sockopt::tune_listener(&socket)?;
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    TcpListener::from_std(socket.into())
}

/// Listening sockets passed by systemd, sorted by what they serve.
#[derive(Debug, Default)]
pub struct Passed {
    /// Proxy listeners (every passed socket that is not the metrics one).
    pub proxy: Vec<std::net::TcpListener>,
    /// The socket named `metrics` (`FileDescriptorName=metrics`), or bound to
    /// `metrics_address`.
    pub metrics: Option<std::net::TcpListener>,
}

/// Takes the sockets systemd passed (`LISTEN_FDS`, `LISTEN_PID`, `LISTEN_FDNAMES`);
/// none when the gateway was not socket-activated. Call before any thread starts: the
/// variables are removed so that no child inherits them.
pub fn passed(metrics_address: Option<SocketAddr>) -> std::io::Result<Passed> {
    let mut fds = listenfd::ListenFd::from_env();
    let names = std::env::var("LISTEN_FDNAMES").unwrap_or_default();
    let mut names = names.split(':');
    let mut passed = Passed::default();
    for i in 0..fds.len() {
        let name = names.next().unwrap_or("");
        let Some(listener) = fds.take_tcp_listener(i)? else { continue };
        let is_metrics = name == "metrics" || listener.local_addr().ok() == metrics_address;
        match (is_metrics, &passed.metrics) {
            (true, None) => passed.metrics = Some(listener),
            _ => passed.proxy.push(listener),
        }
    }
    Ok(passed)
}

/// Adopts a passed socket: non-blocking, with the options accepted sockets inherit.
pub fn adopt(listener: std::net::TcpListener) -> std::io::Result<TcpListener> {
    listener.set_nonblocking(true)?;
    crate::sockopt::tune_listener(&listener)?;
    TcpListener::from_std(listener)
}

#[cfg(test)]
mod tests {
    use super::*;
    use socket2::SockRef;

    #[tokio::test]
    async fn accepted_sockets_inherit_nodelay_and_keepalive() {
        let listener = bind("127.0.0.1:0".parse().unwrap()).unwrap();
        let addr = listener.local_addr().unwrap();
        let _client = tokio::net::TcpStream::connect(addr).await.unwrap();
        let (accepted, _) = listener.accept().await.unwrap();
        let s = SockRef::from(&accepted);
        assert!(s.tcp_nodelay().unwrap());
        assert!(s.keepalive().unwrap());
        assert_eq!(s.tcp_keepalive_time().unwrap(), std::time::Duration::from_secs(60));
        assert_eq!(s.tcp_keepalive_interval().unwrap(), std::time::Duration::from_secs(10));
        assert_eq!(s.tcp_keepalive_retries().unwrap(), 6);
    }
}
