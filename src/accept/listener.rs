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
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    TcpListener::from_std(socket.into())
}
