//! Is a destination this gateway itself? A tunnel to one of its own listeners loops: one
//! client socket can nest tunnels inside the gateway until its file descriptors run out.
//! Comparing with the configured listen address is not enough: a listener bound to a
//! wildcard is reached through every address of this host, and Linux routes a connect
//! to any of them (or to any of 127.0.0.0/8) locally. So a destination is the gateway
//! when its port is one the proxy listens on and its address is one of this host's:
//! loopback (127.0.0.0/8, `::1`), a listener's own address, or an address configured on
//! any interface. (The unspecified address is refused before this, on every port.)
//!
//! Interface addresses change at run time (DHCP, a moved virtual IP), so they are read
//! fresh on every check that needs them — and only then: agents go to 443 while the
//! gateway listens elsewhere, so the common path costs a comparison of ports, not a
//! syscall. An address routed locally without being on an interface (an "AnyIP" route
//! in the `local` table) is not seen.

use std::io;
use std::net::{IpAddr, SocketAddr};

/// Reads the addresses configured on this host's interfaces.
pub type HostAddresses = fn() -> io::Result<Vec<IpAddr>>;

/// The proxy's listeners, and where this host's addresses are read from.
#[derive(Debug, Clone)]
pub struct Listeners {
    /// The addresses the listeners are bound to (a wildcard like `0.0.0.0:8080` too).
    bound: Vec<SocketAddr>,
    /// [`interface_addresses`], except in tests.
    host_addresses: HostAddresses,
}

impl Listeners {
    /// The listeners bound to `bound`, on this host.
    pub fn new(bound: Vec<SocketAddr>) -> Listeners {
        Listeners { bound, host_addresses: interface_addresses }
    }

    /// The same listeners on a host whose interface addresses `read` returns.
    #[cfg(test)]
    pub(crate) fn with_host_addresses(self, read: HostAddresses) -> Listeners {
        Listeners { host_addresses: read, ..self }
    }

    /// Whether a listener is bound to `port`: the cheap test, before [`Self::reached_by`].
    pub fn listens_on(&self, port: u16) -> bool {
        self.bound.iter().any(|l| l.port() == port)
    }

    /// Whether a connection to `addr` can reach one of the listeners; an error when its
    /// port is a listen port and this host's addresses cannot be read to tell.
    #[cold]
    pub fn reached_by(&self, addr: SocketAddr) -> io::Result<bool> {
        if !self.listens_on(addr.port()) {
            return Ok(false);
        }
        let ip = addr.ip().to_canonical();
        if ip.is_loopback() || ip.is_unspecified() || self.bound.iter().any(|l| l.ip().to_canonical() == ip) {
            return Ok(true);
        }
        Ok((self.host_addresses)()?.into_iter().any(|a| a.to_canonical() == ip))
    }
}

/// Every address on this host's interfaces (getifaddrs(3), which asks the kernel over
/// netlink on Linux), link-local ones included.
pub fn interface_addresses() -> io::Result<Vec<IpAddr>> {
    Ok(if_addrs::get_if_addrs()?.iter().map(if_addrs::Interface::ip).collect())
}
