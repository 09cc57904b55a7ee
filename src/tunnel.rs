//! The whole path of one tunnel, start to finish: one step per line, one module per
//! step. Steps return what happened; `telemetry::tunnel` turns it into the two
//! canonical log lines and the metrics.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::connect::{self, ConnectError, Host, Status, Target};
use crate::dial::{self, DialError};
use crate::gateway::{Gateway, Snapshot};
use crate::policy::{Allowed, DenyReason};
use crate::sniff::{self, SniffError, Verified};
use crate::splice::{self, Transferred};
use crate::telemetry::{self, events};

/// One CONNECT tunnel: admit it (or refuse it with a reply), check its handshake, then
/// splice until it closes.
pub async fn run(mut client: TcpStream, gw: &Gateway, trace: &mut Trace) -> Result<Transferred, TunnelError> {
    let mut tunnel = match admit(&mut client, gw, trace).await {
        Ok(admitted) => admitted,
        Err(e) => return Err(refuse(&mut client, e).await),
    };
    telemetry::tunnel::opened(trace, &gw.handles);
    trace.tls = inspect(&mut client, &mut tunnel).await?;
    telemetry::tunnel::verified(trace);
    // Only the socket and the splice settings live on: the set-up state (early bytes,
    // permit, configuration snapshot) is freed before a possibly day-long splice.
    let Admitted { upstream, config, .. } = tunnel;
    let splice = config.splice();
    drop(config);
    Ok(splice::both_ways(client, upstream, &splice, &gw.pipes, &gw.meters, gw.cut()).await)
}

/// An admitted tunnel: connected upstream, answered 200, not yet inspected.
struct Admitted {
    upstream: TcpStream,
    /// What the client sent after its CONNECT head.
    early_data: bytes::Bytes,
    allowed: Allowed,
    /// The configuration it was admitted under, kept for its whole life.
    config: Arc<Snapshot>,
}

/// Steps 2–5: read the CONNECT, decide, dial, answer 200.
async fn admit(client: &mut TcpStream, gw: &Gateway, trace: &mut Trace) -> Result<Admitted, TunnelError> {
    let config = gw.config();
    let (settings, policy) = (&config.settings, &config.policy);
    let request = connect::read_request(client, settings.header_timeout).await?;
    trace.head_at = Some(Instant::now());
    trace.target = Some(request.target.clone());
    let allowed = policy.decide(&request.target).allow()?;
    let upstream = dial::open(&allowed, policy, &settings.route, settings.connect_timeout).await?;
    trace.upstream = Some((upstream.addr, upstream.elapsed));
    connect::reply::established(client).await.map_err(TunnelError::ClientGone)?;
    client.write_all(&upstream.early).await.map_err(TunnelError::ClientGone)?;
    trace.established_at = Some(Instant::now());
    Ok(Admitted { upstream: upstream.stream, early_data: request.early_data, allowed, config })
}

/// Step 6: read the TLS handshake (forwarding every byte), or — for an explicit
/// `host:port` entry with `tls_inspection = false` — forward the early bytes unread.
async fn inspect(client: &mut TcpStream, t: &mut Admitted) -> Result<Option<Verified>, TunnelError> {
    let (settings, policy) = (&t.config.settings, &t.config.policy);
    if !settings.tls_inspection && t.allowed.explicit_port() {
        t.upstream.write_all(&t.early_data).await.map_err(TunnelError::UpstreamGone)?;
        return Ok(None);
    }
    let target = t.allowed.target();
    // The host as the SNI check compares it: a name as is, an IP without brackets.
    let ip_text;
    let host: &str = match &target.host {
        Host::Name(n) => n,
        Host::Ip(ip) => {
            ip_text = ip.to_string();
            &ip_text
        }
    };
    let sni_allowed = |sni: &str| policy.sni_allowed(sni, target.port);
    let (rules, deadline) = (&settings.tls, settings.header_timeout);
    let verified = sniff::handshake(
        client,
        &mut t.upstream,
        &t.early_data,
        host,
        target.is_ip(),
        rules,
        &sni_allowed,
        deadline,
    )
    .await?;
    Ok(Some(verified))
}

/// Answers a refused request (when a reply is due) and hands the error back.
async fn refuse(client: &mut TcpStream, error: TunnelError) -> TunnelError {
    if let Some(status) = error.status() {
        connect::reply::refuse(client, status, error.event_id(), &error.to_string()).await;
    }
    error
}

/// What is known about a tunnel so far, for its log lines and metrics.
#[derive(Debug)]
pub struct Trace {
    pub client: SocketAddr,
    /// When the CONNECT head was complete.
    pub head_at: Option<Instant>,
    pub target: Option<Target>,
    /// The address dialled and how long resolve + connect took.
    pub upstream: Option<(SocketAddr, std::time::Duration)>,
    /// When the 200 was written.
    pub established_at: Option<Instant>,
    /// What the TLS handshake showed, when it was inspected.
    pub tls: Option<Verified>,
}

impl Trace {
    /// A fresh trace for a just-accepted client.
    pub fn new(client: SocketAddr) -> Trace {
        Trace { client, head_at: None, target: None, upstream: None, established_at: None, tls: None }
    }
}

/// Why a tunnel did not open or ended abnormally. One match gives the event ID, the
/// metric reason and the HTTP status, so the log line, the metric and the reply agree.
#[derive(Debug, thiserror::Error)]
pub enum TunnelError {
    /// The client's request could not be read or is not a valid CONNECT.
    #[error(transparent)]
    Request(#[from] ConnectError),
    /// The policy refused the target.
    #[error(transparent)]
    Denied(#[from] DenyReason),
    /// The destination could not be reached (or resolved to a refused address).
    #[error(transparent)]
    Dial(#[from] DialError),
    /// The client went away before the 200 could be written.
    #[error("client went away before the tunnel opened: {0}")]
    ClientGone(std::io::Error),
    /// The destination went away before the client's first bytes were forwarded.
    #[error("destination closed before the tunnel's first bytes were forwarded: {0}")]
    UpstreamGone(std::io::Error),
    /// The TLS handshake inside the tunnel was refused or could not be read.
    #[error(transparent)]
    Tls(#[from] SniffError),
}

impl TunnelError {
    /// SPEC event ID of the log line and of `omsgate_errors_total`.
    pub fn event_id(&self) -> u16 {
        match self {
            TunnelError::Request(ConnectError::Io(_)) => events::NETWORK_ERROR,
            TunnelError::Request(_) => events::NOT_CONNECT,
            TunnelError::Denied(_) | TunnelError::Dial(DialError::Denied(_)) => events::REJECTED,
            TunnelError::Dial(_) | TunnelError::ClientGone(_) | TunnelError::UpstreamGone(_) => {
                events::NETWORK_ERROR
            }
            TunnelError::Tls(e) => e.event_id(),
        }
    }

    /// The `reason` label: of `omsgate_rejections_total` for refusals (`is_rejection`),
    /// and of the close line otherwise.
    pub fn reason(&self) -> &'static str {
        match self {
            TunnelError::Request(e) => match e {
                ConnectError::Closed => "client_closed",
                ConnectError::Timeout(_) => "header_timeout",
                ConnectError::Io(_) => "client_io",
                ConnectError::Head(h) => match h {
                    connect::HeadError::NotConnect { .. } => "not_connect",
                    connect::HeadError::BadTarget { .. } => "bad_target",
                    connect::HeadError::TooLarge | connect::HeadError::TooManyHeaders => "head_too_large",
                    connect::HeadError::Malformed(_) => "malformed_request",
                },
            },
            TunnelError::Denied(r) | TunnelError::Dial(DialError::Denied(r)) => r.label(),
            TunnelError::Dial(DialError::Timeout { .. }) => "upstream_timeout",
            TunnelError::Dial(DialError::Resolve { .. } | DialError::NoAddress { .. }) => "dns_failure",
            TunnelError::Dial(DialError::Connect { .. }) => "upstream_unreachable",
            TunnelError::Dial(DialError::RelayUnreachable { .. }) => "relay_unreachable",
            TunnelError::Dial(DialError::RelayTimeout { .. }) => "relay_timeout",
            TunnelError::Dial(DialError::RelayRefused { .. }) => "relay_refused",
            TunnelError::Dial(DialError::RelayProtocol { .. }) => "relay_protocol",
            TunnelError::ClientGone(_) => "client_gone",
            TunnelError::UpstreamGone(_) => "upstream_gone",
            TunnelError::Tls(e) => e.reason(),
        }
    }

    /// Whether policy refused the tunnel (counted in `omsgate_rejections_total`): the
    /// destination, or — as the original's Rejection Count — any TLS validation error.
    pub fn is_rejection(&self) -> bool {
        matches!(self.event_id(), events::REJECTED | events::TLS_VERSION | events::TLS_PARSE)
    }

    /// Whether this is worth an error count and a warning (a probe's close is not).
    pub fn is_error(&self) -> bool {
        !matches!(self, TunnelError::Request(ConnectError::Closed))
    }

    /// The HTTP reply, when one is due (none once the tunnel is open or the client left).
    pub fn status(&self) -> Option<Status> {
        Some(match self {
            TunnelError::Request(ConnectError::Closed | ConnectError::Io(_)) => return None,
            TunnelError::Request(ConnectError::Timeout(_)) => Status::REQUEST_TIMEOUT,
            TunnelError::Request(ConnectError::Head(connect::HeadError::NotConnect { .. })) => {
                Status::METHOD_NOT_ALLOWED
            }
            TunnelError::Request(ConnectError::Head(
                connect::HeadError::TooLarge | connect::HeadError::TooManyHeaders,
            )) => Status::HEADERS_TOO_LARGE,
            TunnelError::Request(ConnectError::Head(_)) => Status::BAD_REQUEST,
            TunnelError::Denied(_) | TunnelError::Dial(DialError::Denied(_)) => Status::FORBIDDEN,
            TunnelError::Dial(DialError::Timeout { .. } | DialError::RelayTimeout { .. }) => {
                Status::GATEWAY_TIMEOUT
            }
            TunnelError::Dial(_) => Status::BAD_GATEWAY,
            TunnelError::ClientGone(_) | TunnelError::UpstreamGone(_) | TunnelError::Tls(_) => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_tunnel_task_is_small() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap()).await.unwrap();
        let settings = crate::config::from_text("", crate::config::Source::Embedded).unwrap();
        let (_tx, rx) = tokio::sync::watch::channel(false);
        let gw = Gateway::new(settings, rx);
        let mut trace = Trace::new(client.local_addr().unwrap());
        let fut = run(client, &gw, &mut trace);
        // Held for the tunnel's whole life, mostly idle: part of the ≤ 8 KiB per tunnel.
        // Today ~2.1 KB, nearly all of it the splice state (the set-up steps are smaller).
        let size = std::mem::size_of_val(&fut);
        assert!(size <= 3 * 1024, "tunnel::run future grew to {size} bytes");
    }
}
