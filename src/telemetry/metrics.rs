//! The metrics catalog: every metric the gateway exports, with its help text, labels
//! and buckets, in one place. Labels are bounded sets (never a host or client address).
//! The original's four performance counters map to the first four metrics.

use std::sync::OnceLock;

use metrics::{
    Counter, Gauge, Histogram, counter, describe_counter, describe_gauge, describe_histogram, gauge,
    histogram,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// "Active Client Connection": open client TCP connections.
pub const ACTIVE_CLIENT_CONNECTIONS: &str = "omsgate_active_client_connections";
/// "Connected Client": distinct client addresses with an open connection.
pub const CONNECTED_CLIENTS: &str = "omsgate_connected_clients";
/// "Error Count", by event ID.
pub const ERRORS: &str = "omsgate_errors_total";
/// "Rejection Count", by reason.
pub const REJECTIONS: &str = "omsgate_rejections_total";
/// Tunnels answered with 200.
pub const TUNNELS_OPENED: &str = "omsgate_tunnels_opened_total";
/// Tunnels closed, by who closed them.
pub const TUNNELS_CLOSED: &str = "omsgate_tunnels_closed_total";
/// Bytes spliced, by direction (`up` = agent→destination).
pub const BYTES: &str = "omsgate_tunnel_bytes_total";
/// Tunnel lifetime from 200 to close.
pub const TUNNEL_DURATION: &str = "omsgate_tunnel_duration_seconds";
/// Resolve + TCP connect to the destination.
pub const UPSTREAM_CONNECT: &str = "omsgate_upstream_connect_seconds";
/// From the complete CONNECT head to the 200 being written.
pub const CONNECT_TO_ESTABLISHED: &str = "omsgate_connect_to_established_seconds";
/// Pipes the splice pool holds open (idle or leased).
pub const SPLICE_PIPES_OPEN: &str = "omsgate_splice_pipes_open";
/// Bursts copied in userspace because no pipe was free.
pub const SPLICE_FALLBACKS: &str = "omsgate_splice_copy_fallbacks_total";
/// Always 1, labelled with the version.
pub const BUILD_INFO: &str = "omsgate_build_info";
/// Reload attempts, by result.
pub const RELOADS: &str = "omsgate_config_reloads_total";
/// 1 when the last reload succeeded (or none happened), 0 when it failed.
pub const LAST_RELOAD_SUCCESS: &str = "omsgate_config_last_reload_success";
/// Log lines dropped because stdout was not being read (the log path never blocks).
pub const LOG_LINES_DROPPED: &str = "omsgate_log_lines_dropped_total";
/// Connections to the metrics endpoint turned away because its slots were taken.
pub const METRICS_CONNECTIONS_REFUSED: &str = "omsgate_metrics_connections_refused_total";
/// PROXY protocol headers accepted from a balancer, by what they said.
pub const PROXY_HEADERS: &str = "omsgate_proxy_headers_total";
/// Tunnels the allowlist would refuse, let through because `policy_mode = "report"`.
pub const POLICY_WOULD_DENY: &str = "omsgate_policy_would_deny_total";
/// Names a tunnel had to look up (not fresh in the DNS cache), by result: `ok`,
/// `nxdomain`, `failed`, `stale`.
pub const DNS_LOOKUPS: &str = "omsgate_dns_lookups_total";
/// Names a tunnel found fresh in the DNS cache.
pub const DNS_CACHE_HITS: &str = "omsgate_dns_cache_hits_total";

/// Latency buckets (seconds): loopback sub-millisecond up to a 10 s connect timeout.
const LATENCY_BUCKETS: &[f64] =
    &[0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];
/// Tunnel duration buckets (seconds): probes to day-long agent sessions.
const DURATION_BUCKETS: &[f64] = &[0.01, 0.1, 1.0, 10.0, 60.0, 300.0, 900.0, 3600.0, 14400.0, 86400.0];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process-wide recorder once and describes the catalog.
pub fn install() -> PrometheusHandle {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), LATENCY_BUCKETS)
                .and_then(|b| {
                    b.set_buckets_for_metric(Matcher::Full(TUNNEL_DURATION.into()), DURATION_BUCKETS)
                })
                .expect("bucket lists are non-empty constants")
                .build_recorder();
            let handle = recorder.handle();
            // A recorder may already be set (tests embedding the gateway): keep that one.
            let _ = metrics::set_global_recorder(recorder);
            describe();
            gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
            gauge!(LAST_RELOAD_SUCCESS).set(1.0);
            handle
        })
        .clone()
}

fn describe() {
    describe_gauge!(
        ACTIVE_CLIENT_CONNECTIONS,
        "Open client TCP connections (original: Active Client Connection)"
    );
    describe_gauge!(
        CONNECTED_CLIENTS,
        "Distinct client addresses with an open connection (original: Connected Client)"
    );
    describe_counter!(ERRORS, "Errors by event ID (original: Error Count)");
    describe_counter!(REJECTIONS, "Refused tunnels by reason (original: Rejection Count)");
    describe_counter!(TUNNELS_OPENED, "Tunnels answered with 200 Connection established");
    describe_counter!(TUNNELS_CLOSED, "Tunnels closed, by who ended them");
    describe_counter!(BYTES, "Bytes spliced through tunnels; direction up = agent to destination");
    describe_histogram!(TUNNEL_DURATION, metrics::Unit::Seconds, "Tunnel lifetime from 200 to close");
    describe_histogram!(
        UPSTREAM_CONNECT,
        metrics::Unit::Seconds,
        "Resolve plus TCP connect to the destination"
    );
    describe_histogram!(
        CONNECT_TO_ESTABLISHED,
        metrics::Unit::Seconds,
        "From a complete CONNECT head to the 200 reply"
    );
    describe_gauge!(SPLICE_PIPES_OPEN, "Pipes the splice pool holds open (idle or leased); 2 fds each");
    describe_counter!(SPLICE_FALLBACKS, "Bursts copied in userspace because no pipe was free");
    describe_gauge!(BUILD_INFO, "Always 1; the version label says which build runs");
    describe_counter!(RELOADS, "Configuration reloads by result (ok, error)");
    describe_gauge!(
        LAST_RELOAD_SUCCESS,
        "1 when the last reload succeeded or none happened, 0 after a failed reload"
    );
    describe_counter!(
        LOG_LINES_DROPPED,
        "Log lines dropped, not waited for, because stdout was not being read (event 111 sums them up)"
    );
    describe_counter!(
        PROXY_HEADERS,
        "PROXY protocol headers accepted from a balancer: kind agent (it named the agent), unknown (it did not know), health_check (v2 LOCAL, no tunnel)"
    );
    describe_counter!(
        POLICY_WOULD_DENY,
        "Tunnels the allowlist would refuse, let through because policy_mode = report, by reason"
    );
    describe_counter!(
        METRICS_CONNECTIONS_REFUSED,
        "Connections to the metrics endpoint turned away because its slots were taken: closed at once, or 503 for anything but /healthz and /readyz in a slot kept for health checks"
    );
    describe_counter!(
        DNS_LOOKUPS,
        "Names a tunnel had to look up (not fresh in the DNS cache), by result: ok; nxdomain (an answer: no such name or no address); failed (the DNS servers failed, no answer could stand in); stale (they failed and the last good answer was used, event 404)"
    );
    describe_counter!(
        DNS_CACHE_HITS,
        "Names a tunnel found fresh in the DNS cache (within their TTL): nothing asked"
    );
}

/// Counts a PROXY protocol header accepted from a balancer.
pub fn proxy_header(kind: &'static str) {
    counter!(PROXY_HEADERS, "kind" => kind).increment(1);
}

/// Counts a tunnel that report mode let through under why it would have been refused.
pub fn would_deny(reason: &'static str) {
    counter!(POLICY_WOULD_DENY, "reason" => reason).increment(1);
}

/// Counts an error under its event ID (also in the last minutes, for `omsgate status`).
pub fn error(event_id: u16) {
    counter!(ERRORS, "event_id" => event_id.to_string()).increment(1);
    super::recent::error(event_id);
}

/// Counts a refused tunnel under its reason (also in the last minutes, for `omsgate status`).
pub fn rejection(reason: &'static str) {
    counter!(REJECTIONS, "reason" => reason).increment(1);
    super::recent::rejection(reason);
}

/// Counts a name answered from the DNS cache. On the path of nearly every tunnel, so
/// the handle is registered at the first call (after `install`) and then only added to.
pub fn dns_cache_hit() {
    static HITS: OnceLock<Counter> = OnceLock::new();
    HITS.get_or_init(|| counter!(DNS_CACHE_HITS)).increment(1);
}

/// Counts a name that had to be looked up, under what came of it: `ok`, `nxdomain`,
/// `failed` or `stale`.
pub fn dns_lookup(result: &'static str) {
    counter!(DNS_LOOKUPS, "result" => result).increment(1);
}

/// Handles registered once and shared by every tunnel, so the hot path only adds to
/// atomics instead of looking metrics up by name.
#[derive(Clone)]
pub struct Handles {
    pub active: Gauge,
    pub connected_clients: Gauge,
    pub opened: Counter,
    pub bytes_up: Counter,
    pub bytes_down: Counter,
    pub tunnel_duration: Histogram,
    pub upstream_connect: Histogram,
    pub connect_to_established: Histogram,
}

impl Handles {
    /// Registers the handles with the installed recorder.
    pub fn register() -> Handles {
        Handles {
            active: gauge!(ACTIVE_CLIENT_CONNECTIONS),
            connected_clients: gauge!(CONNECTED_CLIENTS),
            opened: counter!(TUNNELS_OPENED),
            bytes_up: counter!(BYTES, "direction" => "up"),
            bytes_down: counter!(BYTES, "direction" => "down"),
            tunnel_duration: histogram!(TUNNEL_DURATION),
            upstream_connect: histogram!(UPSTREAM_CONNECT),
            connect_to_established: histogram!(CONNECT_TO_ESTABLISHED),
        }
    }
}

/// Counts a closed tunnel under who closed it.
pub fn closed(closed_by: &'static str) {
    counter!(TUNNELS_CLOSED, "closed_by" => closed_by).increment(1);
}
