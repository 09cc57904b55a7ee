//! The whole path of one tunnel, start to finish: one step per line, one module per
//! step. Steps return what happened; the tunnel hands the facts up as they happen
//! ([`Progress`]: the 200, the verified handshake) and returns how it ended. The accept
//! loop turns both into events and metrics (`telemetry::tunnel`): nothing here writes
//! a log line or a metric.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::connect::{self, ConnectError, Host, Target};
use crate::dial::{self, DialError, Stream, Taken};
use crate::events;
use crate::fault::{Fault, Side, Status};
use crate::gateway::{Gateway, Snapshot};
use crate::policy::{Allowed, AuthError, DenyReason};
use crate::sniff::{self, ClientCertificate, Expected, Forwarded, SniffError, Verified};
use crate::splice::{self, EntryMeters, Transferred};

/// One CONNECT tunnel: admit it (or refuse it with a reply), check its handshake, then
/// splice until it closes.
pub async fn run(
    mut client: TcpStream,
    gw: &Gateway,
    trace: &mut Trace,
    progress: &impl Progress,
) -> Result<Transferred, TunnelError> {
    let mut tunnel = match admit(&mut client, gw, trace, progress).await {
        Ok(admitted) => admitted,
        Err(e) => return Err(refuse(&mut client, e).await),
    };
    progress.opened(trace);
    let (tls, mut forwarded) = inspect(&mut client, &mut tunnel).await?;
    if let Some(tls) = tls {
        trace.verified(tls);
        progress.verified(trace);
    }
    // Bytes the set-up steps wrote themselves count like the splice's.
    forwarded.down += tunnel.early_down;
    let meters = [&gw.meters, &tunnel.rule.bytes];
    for m in meters {
        m.up.increment(forwarded.up);
        m.down.increment(forwarded.down);
    }
    // Only the sockets, the splice settings and the entry's counters live on: the
    // set-up state (early bytes, permit, configuration snapshot) is freed before a
    // possibly day-long splice.
    let Admitted { upstream, config, rule, .. } = tunnel;
    let splice = config.splice();
    drop(config);
    let meters = [&gw.meters, &rule.bytes];
    let mut done = match upstream {
        Stream::Plain(tcp) => splice::both_ways(client, tcp, &splice, &gw.pipes, &meters, gw.cut()).await,
        // Boxed: the rare https:// relay's copy loop would otherwise make every
        // tunnel's task larger.
        Stream::Tls(tls) => Box::pin(splice::both_ways_stream(client, tls, &splice, &meters, gw.cut())).await,
    };
    (done.up, done.down) = (done.up + forwarded.up, done.down + forwarded.down);
    Ok(done)
}

/// Hears a tunnel's facts when they happen, not at its close: an agent's tunnel may
/// stay open for days. The accept loop implements it with telemetry.
pub trait Progress {
    /// The CONNECT head was read; `trace.stage` is [`Stage::Requested`].
    fn requested(&self, _trace: &Trace) {}
    /// The 200 was sent; `trace.stage` is [`Stage::Open`].
    fn opened(&self, trace: &Trace);
    /// The handshake was inspected and passed; [`Open::tls`] is set.
    fn verified(&self, trace: &Trace);
}

/// What is known about a tunnel so far: whose it is and how far it got.
#[derive(Debug)]
pub struct Trace {
    /// The agent (named by a PROXY protocol header when a balancer sent one).
    pub client: SocketAddr,
    /// The load balancer the connection came through, when it named the agent.
    pub via: Option<SocketAddr>,
    /// The Azure Private Endpoint LinkID the balancer passed, if any.
    pub link_id: Option<u32>,
    /// The user the agent authenticated as (`client_auth = "basic"`), or the name it
    /// presented when its credentials were refused (escaped).
    pub user: Option<Arc<str>>,
    /// The `[[identity]]` that decided the tunnel: `user=…` at the CONNECT, or
    /// `certificate=…` once the handshake showed a bound certificate.
    pub identity: Option<Arc<str>>,
    pub stage: Stage,
}

/// How far a tunnel got, with what was learnt on the way.
#[derive(Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "a tunnel spends its life in Open: boxing it would save nothing while it is open and allocate once per tunnel"
)]
pub enum Stage {
    /// Accepted; no complete CONNECT head yet.
    Accepted,
    /// A complete CONNECT head for `target` arrived at `at`; no 200 (yet).
    Requested { target: Target, at: Instant },
    /// Answered 200 (boxed: the set-up facts are most of a trace's size, and a trace
    /// that never opens need not carry room for them).
    Open(Box<Open>),
}

/// The set-up facts of a tunnel that was answered 200.
#[derive(Debug)]
pub struct Open {
    pub target: Target,
    /// When the CONNECT head was complete.
    pub requested_at: Instant,
    /// The address dialled (the relay proxy's, on that route).
    pub upstream: SocketAddr,
    /// The route it took and the relay that carried it.
    pub taken: Taken,
    /// Resolve + connect time (plus the relay proxy's answer, on that route).
    pub connect: Duration,
    /// When the 200 was written.
    pub established_at: Instant,
    /// Why the allowlist would have refused it, when `policy_mode = "report"` let it through.
    pub would_deny: Option<DenyReason>,
    /// The counters of the allowlist entry that let it through (`rule` label).
    pub rule: Arc<EntryMeters>,
    /// The `allowed_hosts` entry that allowed it (none when report mode let it through).
    pub entry: Option<Arc<str>>,
    /// What the handshake showed, once it was inspected and passed.
    pub tls: Option<Verified>,
}

/// Why a tunnel did not open or ended abnormally: the failing step's own error, which
/// gives the event ID, the metric reason and the HTTP status ([`Fault`]).
#[derive(Debug, thiserror::Error)]
pub enum TunnelError {
    /// The client's request could not be read or is not a valid CONNECT.
    #[error(transparent)]
    Request(#[from] ConnectError),
    /// `client_auth = "basic"` and the agent's credentials are missing or wrong (407).
    #[error(transparent)]
    Auth(#[from] AuthError),
    /// The policy refused the target.
    #[error(transparent)]
    Denied(#[from] DenyReason),
    /// The destination could not be reached (or resolved to a refused address).
    #[error(transparent)]
    Dial(#[from] DialError),
    /// A side went away while the 200 or the first bytes were written.
    #[error(transparent)]
    Gone(#[from] Gone),
    /// The TLS handshake inside the tunnel was refused or could not be read.
    #[error(transparent)]
    Tls(#[from] SniffError),
}

/// A side went away while the gateway wrote the 200 or the tunnel's first bytes.
#[derive(Debug)]
pub struct Gone {
    pub side: Side,
    pub error: io::Error,
}

/// An admitted tunnel: connected upstream, answered 200, not yet inspected.
struct Admitted {
    upstream: Stream,
    /// What the client sent after its CONNECT head.
    early_data: bytes::Bytes,
    /// Bytes the relay proxy sent after its 200, already written to the client.
    early_down: u64,
    allowed: Allowed,
    /// The authenticated user (its identity's allowlist answers `sni_policy = "allowlist"`).
    user: Option<Arc<str>>,
    /// The configuration it was admitted under, kept for its whole life.
    config: Arc<Snapshot>,
    /// The counters of the entry that let it through, taken from `config` by index.
    rule: Arc<EntryMeters>,
}

/// Steps 2–5: read the CONNECT, decide, dial, answer 200.
async fn admit(
    client: &mut TcpStream,
    gw: &Gateway,
    trace: &mut Trace,
    progress: &impl Progress,
) -> Result<Admitted, TunnelError> {
    let config = gw.config();
    let (settings, policy) = (&config.settings, &config.policy);
    let request = connect::read_request(client, settings.keys.header_timeout).await?;
    trace.stage = Stage::Requested { target: request.target.clone(), at: Instant::now() };
    progress.requested(trace);
    let within = settings.keys.header_timeout;
    let user = policy.authenticate(request.auth.as_ref(), within).await.inspect_err(|e| {
        trace.user = e.user().map(Arc::from);
    })?;
    let identity = policy.identity_of(user.as_deref());
    (trace.user, trace.identity) = (user.clone(), identity.map(|i| i.name().clone()));
    let allowed = policy.decide_as(&request.target, identity).allow()?;
    let upstream = dial::open(&allowed, policy, &settings.routes, settings.keys.connect_timeout).await?;
    let client_gone = |error| Gone { side: Side::Client, error };
    connect::reply::established(client).await.map_err(client_gone)?;
    client.write_all(&upstream.early).await.map_err(client_gone)?;
    let rule = config.rules.get(allowed.entry().map(|e| e as usize)).clone();
    let entry = config.entry(allowed.entry());
    let early_down = upstream.early.len() as u64;
    let (would_deny, taken) = (allowed.would_deny().cloned(), upstream.taken);
    trace.established(upstream.addr, upstream.elapsed, would_deny, taken, rule.clone(), entry);
    Ok(Admitted {
        upstream: upstream.stream,
        early_data: request.early_data,
        early_down,
        allowed,
        user,
        config,
        rule,
    })
}

/// Step 6: read the TLS handshake (forwarding every byte), or — for an explicit
/// `host:port` entry with `tls_inspection = false` — forward the early bytes unread.
/// Returns what the handshake showed and the bytes forwarded on the way.
async fn inspect(
    client: &mut TcpStream,
    t: &mut Admitted,
) -> Result<(Option<Verified>, Forwarded), TunnelError> {
    let (settings, policy) = (&t.config.settings, &t.config.policy);
    if !settings.keys.tls_inspection && t.allowed.explicit_port() {
        let upstream_gone = |error| Gone { side: Side::Upstream, error };
        t.upstream.write_all(&t.early_data).await.map_err(upstream_gone)?;
        t.upstream.flush().await.map_err(upstream_gone)?;
        return Ok((None, Forwarded { up: t.early_data.len() as u64, down: 0 }));
    }
    let target = t.allowed.target();
    let identity = policy.identity_of(t.user.as_deref());
    let name_allowed = |host: &Host| policy.allows_name(host, target.port, identity);
    let certificate = |cert: &ClientCertificate| policy.identities().for_certificate(cert, target);
    let expected = Expected {
        target,
        rules: &settings.tls,
        name_allowed: &name_allowed,
        within: settings.keys.header_timeout,
        certificate: match policy.identities().has_certificates() {
            true => Some(&certificate),
            false => None,
        },
    };
    let verified = sniff::handshake(client, &mut t.upstream, &t.early_data, &expected).await?;
    let forwarded = verified.forwarded;
    Ok((Some(verified), forwarded))
}

/// Answers a refused request (when a reply is due) and hands the error back.
async fn refuse(client: &mut TcpStream, error: TunnelError) -> TunnelError {
    if let Some(status) = error.status() {
        connect::reply::refuse(client, status, error.event_id(), &error.to_string()).await;
    }
    error
}

impl Trace {
    /// A fresh trace for a just-accepted client.
    pub fn new(client: SocketAddr) -> Trace {
        Trace { client, via: None, link_id: None, user: None, identity: None, stage: Stage::Accepted }
    }

    /// The same trace for a connection a load balancer passed on (PROXY protocol).
    pub fn via(self, via: Option<SocketAddr>, link_id: Option<u32>) -> Trace {
        Trace { via, link_id, ..self }
    }

    /// The CONNECT target, once the head was read.
    pub fn target(&self) -> Option<&Target> {
        match &self.stage {
            Stage::Accepted => None,
            Stage::Requested { target, .. } => Some(target),
            Stage::Open(open) => Some(&open.target),
        }
    }

    /// The set-up facts, once the tunnel was answered 200.
    pub fn open(&self) -> Option<&Open> {
        match &self.stage {
            Stage::Open(open) => Some(open),
            _ => None,
        }
    }

    /// The 200 went out after dialling `upstream` in `connect`.
    fn established(
        &mut self,
        upstream: SocketAddr,
        connect: Duration,
        would_deny: Option<DenyReason>,
        taken: Taken,
        rule: Arc<EntryMeters>,
        entry: Option<Arc<str>>,
    ) {
        let Stage::Requested { target, at } = std::mem::replace(&mut self.stage, Stage::Accepted) else {
            unreachable!("the head is read before the 200 is sent");
        };
        self.stage = Stage::Open(Box::new(Open {
            target,
            requested_at: at,
            upstream,
            taken,
            connect,
            established_at: Instant::now(),
            would_deny,
            rule,
            entry,
            tls: None,
        }));
    }

    /// The handshake passed its checks.
    fn verified(&mut self, tls: Verified) {
        if let Some(identity) = &tls.identity {
            self.identity = Some(identity.clone());
        }
        if let Stage::Open(open) = &mut self.stage {
            open.tls = Some(tls);
        }
    }
}

impl TunnelError {
    /// The failing step's error.
    pub fn fault(&self) -> &dyn Fault {
        match self {
            TunnelError::Request(e) => e,
            TunnelError::Auth(e) => e,
            TunnelError::Denied(e) => e,
            TunnelError::Dial(e) => e,
            TunnelError::Gone(e) => e,
            TunnelError::Tls(e) => e,
        }
    }

    /// Whether policy refused the tunnel (counted in `omsgate_rejections_total`): the
    /// destination, or — as the original's Rejection Count — any TLS validation error.
    pub fn is_rejection(&self) -> bool {
        matches!(self.event_id(), events::REJECTED | events::TLS_VERSION | events::TLS_PARSE)
    }

    /// Whether its step logged it already, once for a burst of such refusals (a relay
    /// proxy's 407): the tunnel's own line is left out, the metrics still count it.
    pub fn reported_by_step(&self) -> bool {
        matches!(self, TunnelError::Dial(e) if e.reported_per_burst())
    }

    /// Whether this is worth an error count and a warning (a probe's close is not, nor
    /// a request the drain's end cut short: event 102 counts those).
    pub fn is_error(&self) -> bool {
        !matches!(self, TunnelError::Request(ConnectError::Closed | ConnectError::DrainEnded))
    }
}

impl Fault for TunnelError {
    fn event_id(&self) -> u16 {
        self.fault().event_id()
    }

    fn reason(&self) -> &'static str {
        self.fault().reason()
    }

    fn status(&self) -> Option<Status> {
        self.fault().status()
    }
}

impl Fault for Gone {
    fn event_id(&self) -> u16 {
        events::NETWORK_ERROR
    }

    fn reason(&self) -> &'static str {
        match self.side {
            Side::Client => "client_gone",
            Side::Upstream => "upstream_gone",
        }
    }

    /// The side is gone, or the 200 already went out: nothing more to say.
    fn status(&self) -> Option<Status> {
        None
    }
}

impl std::fmt::Display for Gone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.side {
            Side::Client => write!(f, "client went away before the tunnel opened: {}", self.error),
            Side::Upstream => {
                write!(f, "destination closed before the tunnel's first bytes were forwarded: {}", self.error)
            }
        }
    }
}

impl std::error::Error for Gone {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hears nothing.
    struct Silent;

    impl Progress for Silent {
        fn opened(&self, _: &Trace) {}
        fn verified(&self, _: &Trace) {}
    }

    #[tokio::test]
    async fn the_tunnel_task_is_small() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap()).await.unwrap();
        let settings = crate::config::from_text("", crate::config::Source::Embedded).unwrap();
        let (_tx, rx) = tokio::sync::watch::channel(false);
        let gw = Gateway::new(
            settings,
            crate::splice::EntryTable::noop(),
            vec![],
            crate::splice::Meters::noop(),
            rx,
        );
        let mut trace = Trace::new(client.local_addr().unwrap());
        let fut = run(client, &gw, &mut trace, &Silent);
        // Held for the tunnel's whole life, mostly idle: part of the ≤ 8 KiB per tunnel.
        // Today ~3.0 KB, nearly all of it the splice state (the set-up steps are smaller),
        // with the entry's meters beside the totals and the plain-or-TLS upstream choice.
        let size = std::mem::size_of_val(&fut);
        assert!(size <= 3 * 1024 + 256, "tunnel::run future grew to {size} bytes");
    }
}
