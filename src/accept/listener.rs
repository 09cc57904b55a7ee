//! Listening sockets, built with socket2 so the backlog and address options are ours
//! to choose rather than the standard library's.

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
