//! Step 4 of a tunnel: reach the destination the policy allowed, by the route the
//! configuration chooses for it ([`Routes::choose`]) — directly (`direct`: resolve
//! once, vet every address, connect to a vetted one) or through relay proxies
//! (`failover`: each relay in order, skipping failing ones; `relay_proxy`: one try of
//! one relay, TLS to it by `relay_tls` for `https://`). Names are answered by
//! [`resolve`] (TTL cache, hickory, stale answers in an outage); of several addresses,
//! [`eyeballs`] connects to the first that answers (RFC 8305). Only an [`Allowed`]
//! permit can be dialled.

pub mod direct;
pub mod eyeballs;
pub mod failover;
pub mod health;
pub mod relay_proxy;
pub mod relay_tls;
pub mod resolve;
pub mod route;
pub mod stream;

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use tokio::net::TcpStream;

pub use route::{By, Choice, Credentials, RelayProxy, RelayUrl, Route, Routes};
pub use stream::Stream;

use crate::events;
use crate::fault::{Fault, Status};
use crate::policy::{Allowed, DenyReason, Policy};

/// A connected upstream.
#[derive(Debug)]
pub struct Upstream {
    pub stream: Stream,
    /// The address connected to (the relay proxy's, on that route).
    pub addr: SocketAddr,
    /// Resolution plus connect time (plus the relay's answer, on that route).
    pub elapsed: Duration,
    /// Bytes the relay proxy sent after its 200; they belong to the client.
    pub early: Bytes,
    /// The way it went, for the tunnel's events.
    pub taken: Taken,
}

/// Which way a tunnel went: the rule, and the relay that carried it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Taken {
    /// `direct`, `bypass` (`relay_bypass`), `relay` (`relay_proxy`/`relay_proxies`) or
    /// `relay_route`.
    pub route: &'static str,
    /// The relay's `host:port` (never its credentials); `None` when direct.
    pub relay: Option<Arc<str>>,
    /// Relays that failed this tunnel before the one that carried it.
    pub failovers: u8,
    /// Carried by a relay whose breaker was open: every relay of the route was failing,
    /// so the tunnel tried them anyway.
    pub all_failing: bool,
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
    /// No connection (`answering: false`: the relay is down or unreachable), or no
    /// answer to the CONNECT (`true`: the relay is up; the destination may be slow).
    #[error("the relay proxy {relay} did not {} within its share of connect_timeout ({after:?})", if *answering { "answer the CONNECT" } else { "accept a connection" })]
    RelayTimeout { relay: String, after: Duration, answering: bool },
    #[error("the relay proxy {relay} refused CONNECT {target}: {status} {reason}{hint}")]
    RelayRefused { relay: String, target: String, status: u16, reason: String, hint: &'static str },
    /// A 407: the gateway's credentials for this relay are missing or wrong.
    #[error("the relay proxy {relay} answered 407 Proxy Authentication Required: {hint}")]
    RelayAuth { relay: String, hint: &'static str },
    #[error("the relay proxy {relay} sent an answer that is not HTTP: {what}")]
    RelayProtocol { relay: String, what: String },
    /// The TLS handshake with an `https://` relay failed (its certificate, or no TLS).
    #[error("TLS to the relay proxy {relay} failed: {error}")]
    RelayTls { relay: String, error: io::Error },
    /// Several relays were tried: `last` failed after `earlier` (each with its reason).
    #[error("{last} (after {earlier} failed)")]
    Failover { earlier: String, last: Box<DialError> },
}

impl DialError {
    /// Whether this says the relay itself cannot serve (its breaker opens): it cannot
    /// be reached, fails TLS or does not speak HTTP. A 5xx or a slow answer is not: a
    /// relay that is up says so about a destination it cannot reach, and one dead
    /// destination must not take the relay out of line for every tunnel.
    pub fn trips_breaker(&self) -> bool {
        matches!(
            self,
            DialError::RelayUnreachable { .. }
                | DialError::RelayTimeout { answering: false, .. }
                | DialError::RelayProtocol { .. }
                | DialError::RelayTls { .. }
        )
    }

    /// Whether this tunnel tries the route's next relay: a failing relay, a 5xx or no
    /// answer in time (another relay may reach the destination); not a 407 or another
    /// 4xx, the relay's word on this request.
    pub fn tries_next(&self) -> bool {
        match self {
            DialError::RelayTimeout { .. } => true,
            DialError::RelayRefused { status, .. } => *status >= 500,
            e => e.trips_breaker(),
        }
    }

    /// Whether dial reported this itself, once per burst (a relay's 407), so the
    /// tunnel's own refusal line is left out.
    pub fn reported_per_burst(&self) -> bool {
        match self {
            DialError::RelayAuth { .. } => true,
            DialError::Failover { last, .. } => last.reported_per_burst(),
            _ => false,
        }
    }
}

impl Fault for DialError {
    /// A refused resolved address is the policy's 105; everything else is 403.
    fn event_id(&self) -> u16 {
        match self {
            DialError::Denied(r) => r.event_id(),
            DialError::Failover { last, .. } => last.event_id(),
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
            DialError::RelayAuth { .. } => "relay_auth",
            DialError::RelayProtocol { .. } => "relay_protocol",
            DialError::RelayTls { .. } => "relay_tls",
            DialError::Failover { last, .. } => last.reason(),
        }
    }

    /// 504 when the destination or relay proxy did not answer in time, else 502.
    fn status(&self) -> Option<Status> {
        Some(match self {
            DialError::Denied(r) => return r.status(),
            DialError::Failover { last, .. } => return last.status(),
            DialError::Timeout { .. } | DialError::RelayTimeout { .. } => Status::GATEWAY_TIMEOUT,
            _ => Status::BAD_GATEWAY,
        })
    }
}

/// Dials `allowed` within `timeout`, by the route `routes` choose for it.
pub async fn open(
    allowed: &Allowed,
    policy: &Policy,
    routes: &Routes,
    timeout: Duration,
) -> Result<Upstream, DialError> {
    let deadline = tokio::time::Instant::now() + timeout;
    let choice = routes.choose(allowed.target());
    let route = choice.by.name(choice.route);
    match choice.route {
        Route::Direct => direct::open(allowed, policy, deadline).await.map(|mut up| {
            up.taken.route = route;
            up
        }),
        Route::Relays(list) => failover::open(allowed, policy, routes, list, route, deadline).await,
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
