//! A tunnel's two canonical log lines — its decision when it opens (or is refused) and
//! its close — and the per-tunnel metrics. Written from the `Trace` the tunnel fills in
//! and the result it returns: nothing here changes what the tunnel does.

use tracing::{info, warn};

use super::{events, metrics};
use crate::splice::{ClosedBy, Side, Transferred};
use crate::tunnel::{Trace, TunnelError};

/// The decision line of an allowed tunnel (event 103), written when the 200 is sent.
pub fn opened(trace: &Trace, handles: &metrics::Handles) {
    handles.opened.increment(1);
    // Recorded now, not at close: an agent's tunnel may stay open for days.
    if let (Some(head), Some((_, connect)), Some(est)) = (trace.head_at, trace.upstream, trace.established_at)
    {
        handles.upstream_connect.record(connect.as_secs_f64());
        handles.connect_to_established.record((est - head).as_secs_f64());
    }
    let target = trace.target.as_ref().map(ToString::to_string).unwrap_or_default();
    let (upstream, connect_ms) = match trace.upstream {
        Some((addr, d)) => (addr.to_string(), d.as_secs_f64() * 1e3),
        None => (String::new(), 0.0),
    };
    info!(
        event_id = events::CONNECT_RECEIVED,
        client = %trace.client,
        target = %target,
        decision = "allow",
        upstream = %upstream,
        connect_ms,
        "CONNECT {target} from {} allowed",
        trace.client
    );
}

/// The TLS-verified line (event 107), when the handshake was inspected and passed.
pub fn verified(trace: &Trace) {
    let Some(tls) = &trace.tls else { return };
    let target = trace.target.as_ref().map(ToString::to_string).unwrap_or_default();
    // SNI and subject came off the wire: escape them.
    let sni = tls.sni.as_deref().map(|s| s.escape_default().to_string()).unwrap_or_default();
    let subject = tls.client_subject.as_deref().map(|s| s.escape_default().to_string()).unwrap_or_default();
    info!(
        event_id = events::TLS_VERIFIED,
        client = %trace.client,
        target = %target,
        tls_version = tls.version.config_name(),
        sni = %sni,
        client_subject = %subject,
        "TLS session to {target} verified ({})",
        tls.version
    );
}

/// Records how a tunnel ended: the close line (event 108) for tunnels that opened,
/// the refusal line (its own event ID) for those that did not.
pub fn finished(trace: &Trace, result: &Result<Transferred, TunnelError>, handles: &metrics::Handles) {
    let target = trace.target.as_ref().map(ToString::to_string).unwrap_or_default();
    match result {
        Ok(t) => {
            let duration = trace.established_at.map_or(0.0, |e| e.elapsed().as_secs_f64());
            handles.tunnel_duration.record(duration);
            let closed_by = closed_by_label(t.closed_by);
            metrics::closed(closed_by);
            if let ClosedBy::Error { .. } = t.closed_by {
                metrics::error(events::NETWORK_ERROR);
            }
            info!(
                event_id = events::TUNNEL_CLOSED,
                client = %trace.client,
                target = %target,
                tls_version = trace.tls.as_ref().map_or("", |v| v.version.config_name()),
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
            }
            // Opened (200 sent) and then ended by a TLS check or a failure: counted as
            // closed, under the bounded closed_by set, not under the rejection reason.
            if trace.established_at.is_some() {
                metrics::closed(if e.is_rejection() { "refused" } else { "error" });
            }
            let status = e.status().map_or(0, |s| s.0);
            warn!(
                event_id,
                client = %trace.client,
                target = %target,
                decision = "deny",
                reason,
                status,
                "{e}"
            );
        }
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
