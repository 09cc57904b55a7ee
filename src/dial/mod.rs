//! Step 4 of a tunnel: reach the destination the policy allowed, by the [`Route`] in
//! force — directly (`direct`: resolve once, vet every address, connect to a vetted
//! one) or through the relay proxy (`relay_proxy`: CONNECT to it, check its answer).
//! Names are answered by [`resolve`] (TTL cache, hickory, stale answers in an outage);
//! of several addresses, [`eyeballs`] connects to the first that answers (RFC 8305).
//! Only an [`Allowed`] permit can be dialled.

pub mod direct;
pub mod eyeballs;
pub mod relay_proxy;
pub mod resolve;
pub mod route;

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use tokio::net::TcpStream;

pub use route::{Credentials, RelayProxy, Route};

use crate::events;
use crate::fault::{Fault, Status};
use crate::policy::{Allowed, DenyReason, Policy};

/// A connected upstream socket.
#[derive(Debug)]
pub struct Upstream {
    pub stream: TcpStream,
    /// The address connected to (the relay proxy's, on that route).
    pub addr: SocketAddr,
    /// Resolution plus connect time (plus the relay's answer, on that route).
    pub elapsed: Duration,
    /// Bytes the relay proxy sent after its 200; they belong to the client.
    pub early: Bytes,
}

/// Why the destination could not be reached.
#[derive(Debug, thiserror::Error)]
pub enum DialError {
    /// A resolved address is one the policy refuses (event 105, 403).
    #[error(transparent)]
    Denied(#[from] DenyReason),
    /// No address: NXDOMAIN, no A/AAAA record, or the DNS servers failed with no last
    /// good answer to stand in.
    #[error("cannot resolve {host}: {error}")]
    Resolve { host: String, error: String },
    #[error("{host} resolves to no address")]
    NoAddress { host: String },
    #[error("no answer from {target} within connect_timeout ({after:?})")]
    Timeout { target: String, after: Duration },
    #[error("cannot connect to {target} ({addr}): {error}")]
    Connect { target: String, addr: SocketAddr, error: io::Error },
    #[error("cannot reach the relay proxy {relay}: {error}")]
    RelayUnreachable { relay: String, error: io::Error },
    #[error("the relay proxy {relay} did not answer the CONNECT within connect_timeout ({after:?})")]
    RelayTimeout { relay: String, after: Duration },
    #[error("the relay proxy {relay} refused CONNECT {target}: {status} {reason}{hint}")]
    RelayRefused { relay: String, target: String, status: u16, reason: String, hint: &'static str },
    #[error("the relay proxy {relay} sent an answer that is not HTTP: {what}")]
    RelayProtocol { relay: String, what: String },
}

impl Fault for DialError {
    /// A refused resolved address is the policy's 105; everything else is 403.
    fn event_id(&self) -> u16 {
        match self {
            DialError::Denied(r) => r.event_id(),
            _ => events::NETWORK_ERROR,
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            DialError::Denied(r) => r.reason(),
            DialError::Timeout { .. } => "upstream_timeout",
            DialError::Resolve { .. } | DialError::NoAddress { .. } => "dns_failure",
            DialError::Connect { .. } => "upstream_unreachable",
            DialError::RelayUnreachable { .. } => "relay_unreachable",
            DialError::RelayTimeout { .. } => "relay_timeout",
            DialError::RelayRefused { .. } => "relay_refused",
            DialError::RelayProtocol { .. } => "relay_protocol",
        }
    }

    /// 504 when the destination or relay proxy did not answer in time, else 502.
    fn status(&self) -> Option<Status> {
        Some(match self {
            DialError::Denied(r) => return r.status(),
            DialError::Timeout { .. } | DialError::RelayTimeout { .. } => Status::GATEWAY_TIMEOUT,
            _ => Status::BAD_GATEWAY,
        })
    }
}

/// Dials `allowed` by `route` within `timeout`.
pub async fn open(
    allowed: &Allowed,
    policy: &Policy,
    route: &Route,
    timeout: Duration,
) -> Result<Upstream, DialError> {
    let deadline = tokio::time::Instant::now() + timeout;
    match route {
        Route::Direct => direct::open(allowed, policy, deadline).await,
        Route::RelayProxy(relay) => relay_proxy::open(allowed, policy, relay, deadline).await,
    }
}

/// Connects to whichever of `addrs` answers first (Happy Eyeballs, [`eyeballs`]) and
/// tunes the socket; else the last address tried and its error. (Callers say what an
/// empty list means before they get here.)
async fn connect_first(addrs: &[SocketAddr]) -> Result<(TcpStream, SocketAddr), (SocketAddr, io::Error)> {
    let (stream, addr) = eyeballs::connect(addrs).await?;
    Ok((tuned(stream), addr))
}

/// Applies the tunnel socket options to a fresh upstream socket.
fn tuned(stream: TcpStream) -> TcpStream {
    let _ = crate::sockopt::tune(&stream);
    stream
}
