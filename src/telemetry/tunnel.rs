//! A tunnel's canonical log lines — its decision when it opens (or is refused), its TLS
//! verdict when inspected, and its close — the per-tunnel metrics, and its part of the
//! last few minutes (`recent`: the entry that allowed it, or the destination refused).
//! Written from the `Trace` the tunnel fills in and the result it returns: nothing here
//! changes what the tunnel does.

use tracing::{info, warn};

use super::{metrics, recent};
use crate::events;
use crate::fault::{Fault, Side};
use crate::splice::{ClosedBy, Transferred};
use crate::tunnel::{Progress, Trace, TunnelError};

/// Turns one tunnel's facts into its log lines and metrics.
pub struct Report<'a> {
    pub handles: &'a metrics::Handles,
}

impl Progress for Report<'_> {
    /// The decision line of an allowed tunnel (event 103) and the set-up latencies,
    /// when the 200 is sent.
    fn opened(&self, trace: &Trace) {
        let Some(open) = trace.open() else { return };
        let handles = self.handles;
        // Why report mode let it through, counted and logged before the tunnel itself: a
        // scrape that shows the tunnel shows its reason too.
        if let Some(reason) = &open.would_deny {
            metrics::would_deny(reason.reason());
            warn!(
                event_id = reason.event_id(),
                client = %trace.client,
                via = %via(trace),
                user = trace.user.as_deref().unwrap_or(""),
                identity = trace.identity.as_deref().unwrap_or(""),
                target = %open.target,
                decision = "allow",
                would_deny = true,
                reason = reason.reason(),
                "would refuse: {reason}; let through because policy_mode = \"report\""
            );
        }
        handles.opened.increment(1);
        open.rule.opened.increment(1);
        recent::opened(open.entry.as_ref());
        handles.upstream_connect.record(open.connect.as_secs_f64());
        handles.connect_to_established.record((open.established_at - open.requested_at).as_secs_f64());
        info!(
            event_id = events::CONNECT_RECEIVED,
            client = %trace.client,
            via = %via(trace),
            user = trace.user.as_deref().unwrap_or(""),
            identity = trace.identity.as_deref().unwrap_or(""),
            target = %open.target,
            decision = "allow",
            upstream = %open.upstream,
            route = open.taken.route,
            relay = open.taken.relay.as_deref().unwrap_or(""),
            relay_failovers = open.taken.failovers,
            relay_all_failing = open.taken.all_failing,
            connect_ms = open.connect.as_secs_f64() * 1e3,
            "CONNECT {} from {} allowed",
            open.target,
            trace.client
        );
    }

    /// The TLS-verified line (event 107), when the handshake was inspected and passed.
    fn verified(&self, trace: &Trace) {
        let Some((open, tls)) = trace.open().and_then(|o| Some((o, o.tls.as_ref()?))) else { return };
        // SNI and subject came off the wire: escape them.
        let sni = tls.sni.as_deref().map(|s| s.escape_default().to_string()).unwrap_or_default();
        let subject =
            tls.client_subject.as_deref().map(|s| s.escape_default().to_string()).unwrap_or_default();
        info!(
            event_id = events::TLS_VERIFIED,
            client = %trace.client,
            via = %via(trace),
            user = trace.user.as_deref().unwrap_or(""),
            identity = trace.identity.as_deref().unwrap_or(""),
            target = %open.target,
            tls_version = tls.version.config_name(),
            sni = %sni,
            client_subject = %subject,
            "TLS session to {} verified ({})",
            open.target,
            tls.version
        );
    }
}

impl Report<'_> {
    /// Records how a tunnel ended: the close line (event 108) for tunnels that opened,
    /// the refusal line (its own event ID) for those that did not.
    pub fn finished(&self, trace: &Trace, result: &Result<Transferred, TunnelError>) {
        // Formatted where it is written: a close line needs no String of its own.
        let target = Destination(trace.target());
        if let Some(open) = trace.open() {
            let bytes = result.as_ref().map_or(0, |t| t.up + t.down);
            recent::closed(open.entry.as_ref(), bytes);
        }
        match result {
            Ok(t) => {
                let open = trace.open();
                let duration = open.map_or(0.0, |o| o.established_at.elapsed().as_secs_f64());
                self.handles.tunnel_duration.record(duration);
                let closed_by = closed_by_label(t.closed_by);
                metrics::closed(closed_by);
                if let ClosedBy::Error { .. } = t.closed_by {
                    metrics::error(events::NETWORK_ERROR);
                }
                let tls_version = open.and_then(|o| o.tls.as_ref()).map_or("", |v| v.version.config_name());
                let relay = open.and_then(|o| o.taken.relay.as_deref()).unwrap_or("");
                info!(
                    event_id = events::TUNNEL_CLOSED,
                    client = %trace.client,
                    via = %via(trace),
                    user = trace.user.as_deref().unwrap_or(""),
                    identity = trace.identity.as_deref().unwrap_or(""),
                    target = %target,
                    relay,
                    tls_version,
                    bytes_up = t.up,
                    bytes_down = t.down,
                    duration_s = duration,
                    closed_by,
                    "tunnel to {target} closed by {closed_by}"
                );
            }
            Err(e) if !e.is_error() => {}
            Err(e) => {
                let event_id = e.event_id();
                let reason = e.reason();
                metrics::error(event_id);
                if e.is_rejection() {
                    metrics::rejection(reason);
                    if trace.target().is_some() {
                        recent::refused(&target.to_string(), reason);
                    }
                }
                // Opened (200 sent) and then ended by a TLS check or a failure: counted as
                // closed, under the bounded closed_by set, not under the rejection reason.
                if trace.open().is_some() {
                    metrics::closed(if e.is_rejection() { "refused" } else { "error" });
                }
                // A relay's 407: dial wrote one line for the burst, with what to fix.
                if e.reported_by_step() {
                    return;
                }
                let status = e.status().map_or(0, |s| s.0);
                warn!(
                        event_id,
                        client = %trace.client,
                via = %via(trace),
                user = trace.user.as_deref().unwrap_or(""),
                identity = trace.identity.as_deref().unwrap_or(""),
                        target = %target,
                        decision = "deny",
                        reason,
                        status,
                        "{e}"
                    );
            }
        }
    }
}

/// A tunnel's destination as its lines show it: empty before the head was read.
struct Destination<'a>(Option<&'a crate::connect::Target>);

impl std::fmt::Display for Destination<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(target) => target.fmt(f),
            None => Ok(()),
        }
    }
}

/// The balancer the connection came through, or "" when it came directly.
fn via(trace: &Trace) -> String {
    match (trace.via, trace.link_id) {
        (Some(via), Some(link)) => format!("{via} (Azure Private Endpoint LinkID {link})"),
        (Some(via), None) => via.to_string(),
        (None, _) => String::new(),
    }
}

fn closed_by_label(c: ClosedBy) -> &'static str {
    match c {
        ClosedBy::Client => "client",
        ClosedBy::Upstream => "upstream",
        ClosedBy::IdleTimeout => "idle_timeout",
        ClosedBy::Cut => "drain_cut",
        ClosedBy::Error { side: Side::Client, .. } => "client_error",
        ClosedBy::Error { side: Side::Upstream, .. } => "upstream_error",
    }
}
