//! The metrics catalog: every metric the gateway exports, with its help text, labels
//! and buckets, in one place. Labels are bounded sets (never a host or client address).
//! The original's four performance counters map to the first four metrics.

use std::sync::OnceLock;

use metrics::{
    Counter, Gauge, Histogram, counter, describe_counter, describe_gauge, describe_histogram, gauge,
    histogram,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::dial::resolve::Counts;
use crate::events;

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
/// Each relay proxy's health as tunnels found it, by `relay` (`host:port`); set per scrape.
pub const RELAY_PROXY_UP: &str = "omsgate_relay_proxy_up";

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
    describe_gauge!(
        RELAY_PROXY_UP,
        "1 while a relay proxy works as far as tunnels know; 0 from its last failure (unreachable, TLS refused, not HTTP, or silent until the deadline: event 403; tunnels skip it for relay_retry_after) until it carries a tunnel again. A 407 or 5xx is the relay answering: still 1. By relay (host:port); a relay a reload removed keeps its last value until restart"
    );
    describe_operator();
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

/// Brings the DNS counters up to the resolver's counts, at a scrape: lookups by
/// result, cache hits, and stale answers as errors under event 404.
pub fn dns(counts: Counts) {
    counter!(DNS_CACHE_HITS).absolute(counts.cache_hits);
    for (result, n) in
        [("ok", counts.ok), ("nxdomain", counts.nxdomain), ("failed", counts.failed), ("stale", counts.stale)]
    {
        counter!(DNS_LOOKUPS, "result" => result).absolute(n);
    }
    counter!(ERRORS, "event_id" => events::DNS_STALE.to_string()).absolute(counts.stale);
}

/// Sets each configured relay proxy's health gauge (per scrape: a store in the breaker
/// is the only trace a failure leaves on the hot path).
pub fn relay_proxies(relays: &[crate::dial::route::RelayProxy]) {
    for relay in relays {
        let up = if relay.health.works() { 1.0 } else { 0.0 };
        gauge!(RELAY_PROXY_UP, "relay" => relay.label.to_string()).set(up);
    }
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

// ==== What an operator needs (issue 10, part A) =========================================
// Readiness and limits, the configuration in force, tunnels and bytes by the allowlist
// entry that matched, and the process metrics (rendered per scrape by
// `telemetry::process`). `catalog()` and `markdown()` list every metric for the README.

/// 1 while the gateway takes new tunnels (`/readyz` answers 200), 0 while draining. Set
/// per scrape from the flag `/readyz` reads (`telemetry::http`), so the two agree.
pub const READY: &str = "omsgate_ready";
/// The `max_connections` in force (the effective value: `"auto"` resolved).
pub const MAX_CONNECTIONS: &str = "omsgate_max_connections";
/// Which configuration is in force: 1 at start, one more per reload put in force.
pub const CONFIG_GENERATION: &str = "omsgate_config_generation";
/// Allowlist entries in force, by origin (`file`, `default`, `derived`).
pub const ALLOWLIST_ENTRIES: &str = "omsgate_allowlist_entries";
/// Tunnels answered 200, by the allowlist entry that let them through (`rule`).
pub const RULE_TUNNELS: &str = "omsgate_rule_tunnels_opened_total";
/// Bytes spliced, by the allowlist entry that let the tunnel through and direction.
pub const RULE_BYTES: &str = "omsgate_rule_bytes_total";

/// Distinct `rule` label values a process gives out; later entries count under
/// [`RULE_OTHER`]. Each value is three series (tunnels, bytes up, bytes down): a node
/// with the default six families or a few dozen derived hosts gets one per entry, while
/// a 10,000-entry allowlist cannot add 30,000 series to every scrape. Counted over the
/// process's life, not per reload (Prometheus keeps a series a reload removed until
/// restart), so reloads cannot grow the scrape either.
pub const RULE_CAP: usize = 100;
/// The `rule` of entries past [`RULE_CAP`]. In parentheses, as no entry can be: a
/// dotless host named `other` is a valid entry, `(other)` is not.
pub const RULE_OTHER: &str = "(other)";
/// The `rule` of tunnels no entry allowed that `policy_mode = "report"` let through
/// (each also counted in `omsgate_policy_would_deny_total` by reason).
pub const RULE_NONE: &str = "(none)";

/// Total user and system CPU time of the process.
pub const PROCESS_CPU_SECONDS: &str = "process_cpu_seconds_total";
/// Resident memory.
pub const PROCESS_RESIDENT_MEMORY: &str = "process_resident_memory_bytes";
/// Virtual memory.
pub const PROCESS_VIRTUAL_MEMORY: &str = "process_virtual_memory_bytes";
/// Open file descriptors.
pub const PROCESS_OPEN_FDS: &str = "process_open_fds";
/// The soft open-file limit.
pub const PROCESS_MAX_FDS: &str = "process_max_fds";
/// Start time since the Unix epoch.
pub const PROCESS_START_TIME: &str = "process_start_time_seconds";
/// OS threads.
pub const PROCESS_THREADS: &str = "process_threads";

/// A process metric: written as text per scrape, not through the recorder.
#[derive(Debug, Clone, Copy)]
pub struct ProcessMetric {
    pub name: &'static str,
    /// `counter` or `gauge`.
    pub kind: &'static str,
    pub help: &'static str,
}

/// The process metrics, with the help texts every Prometheus client library uses.
pub const PROCESS: &[ProcessMetric] = &[
    ProcessMetric {
        name: PROCESS_CPU_SECONDS,
        kind: "counter",
        help: "Total user and system CPU time spent in seconds.",
    },
    ProcessMetric { name: PROCESS_RESIDENT_MEMORY, kind: "gauge", help: "Resident memory size in bytes." },
    ProcessMetric { name: PROCESS_VIRTUAL_MEMORY, kind: "gauge", help: "Virtual memory size in bytes." },
    ProcessMetric { name: PROCESS_OPEN_FDS, kind: "gauge", help: "Number of open file descriptors." },
    ProcessMetric { name: PROCESS_MAX_FDS, kind: "gauge", help: "Maximum number of open file descriptors." },
    ProcessMetric {
        name: PROCESS_START_TIME,
        kind: "gauge",
        help: "Start time of the process since unix epoch in seconds.",
    },
    ProcessMetric { name: PROCESS_THREADS, kind: "gauge", help: "Number of OS threads in the process." },
];

fn describe_operator() {
    describe_gauge!(READY, "1 while the gateway takes new tunnels (/readyz answers 200), 0 while it drains");
    describe_gauge!(
        MAX_CONNECTIONS,
        "The max_connections in force (auto resolved against the open-file limit)"
    );
    describe_gauge!(
        CONFIG_GENERATION,
        "Which configuration is in force: 1 as read at start, one more for each reload put in force"
    );
    describe_gauge!(
        ALLOWLIST_ENTRIES,
        "Allowlist entries in force, by origin: file (allowed_hosts in the file), default (the embedded families), derived (the endpoint catalog)"
    );
    describe_counter!(
        RULE_TUNNELS,
        "Tunnels answered 200, by the allowlist entry that let them through (rule, as written); (other) past the first 100 entries, (none) for tunnels report mode let through"
    );
    describe_counter!(
        RULE_BYTES,
        "Bytes spliced, by the allowlist entry that let the tunnel through (rule, as omsgate_rule_tunnels_opened_total) and direction (up = agent to destination)"
    );
}

/// Sets [`READY`]: called per scrape with the flag `/readyz` answers from.
pub fn ready(ready: bool) {
    gauge!(READY).set(if ready { 1.0 } else { 0.0 });
}

/// Sets [`MAX_CONNECTIONS`] once at start (`max_connections` needs a restart).
pub fn max_connections(n: usize) {
    gauge!(MAX_CONNECTIONS).set(n as f64);
}

/// Records a configuration put in force: its entries by origin, then its generation
/// (last, so a scrape that shows the new generation shows its entries too).
pub fn config_in_force(generation: u64, allowlist: &crate::policy::Allowlist) {
    use crate::policy::Origin;
    let (mut file, mut default, mut derived) = (0, 0, 0);
    for entry in allowlist.views() {
        match entry.origin {
            Origin::File => file += 1,
            Origin::Default => default += 1,
            Origin::Derived(_) => derived += 1,
        }
    }
    for (origin, n) in [("file", file), ("default", default), ("derived", derived)] {
        gauge!(ALLOWLIST_ENTRIES, "origin" => origin).set(f64::from(n));
    }
    gauge!(CONFIG_GENERATION).set(generation as f64);
}

/// A metric of the catalog, as described to the recorder (or a process metric).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub name: String,
    /// `counter`, `gauge` or `histogram`.
    pub kind: &'static str,
    pub help: String,
}

/// Every metric the gateway exports, in catalog order: what `describe` tells the
/// recorder (captured by a recorder of its own, on this thread only), then the process
/// metrics. The README's table and the dashboard and rule tests read it.
pub fn catalog() -> Vec<Described> {
    let capture = Capture::default();
    metrics::with_local_recorder(&capture, describe);
    let mut all = capture.0.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    all.extend(PROCESS.iter().map(|p| Described { name: p.name.into(), kind: p.kind, help: p.help.into() }));
    all
}

/// The README's metrics table, from [`catalog`].
pub fn markdown() -> String {
    let mut out = String::from("| metric | type | meaning |\n| --- | --- | --- |\n");
    for m in catalog() {
        out += &format!("| `{}` | {} | {} |\n", m.name, m.kind, m.help.replace('|', "\\|"));
    }
    out
}

/// A recorder that only keeps descriptions.
#[derive(Default)]
struct Capture(std::sync::Mutex<Vec<Described>>);

impl Capture {
    fn keep(&self, name: metrics::KeyName, kind: &'static str, help: metrics::SharedString) {
        let mut all = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        all.push(Described { name: name.as_str().to_string(), kind, help: help.to_string() });
    }
}

impl metrics::Recorder for Capture {
    fn describe_counter(&self, key: metrics::KeyName, _: Option<metrics::Unit>, help: metrics::SharedString) {
        self.keep(key, "counter", help);
    }
    fn describe_gauge(&self, key: metrics::KeyName, _: Option<metrics::Unit>, help: metrics::SharedString) {
        self.keep(key, "gauge", help);
    }
    fn describe_histogram(
        &self,
        key: metrics::KeyName,
        _: Option<metrics::Unit>,
        help: metrics::SharedString,
    ) {
        self.keep(key, "histogram", help);
    }
    fn register_counter(&self, _: &metrics::Key, _: &metrics::Metadata<'_>) -> Counter {
        Counter::noop()
    }
    fn register_gauge(&self, _: &metrics::Key, _: &metrics::Metadata<'_>) -> Gauge {
        Gauge::noop()
    }
    fn register_histogram(&self, _: &metrics::Key, _: &metrics::Metadata<'_>) -> Histogram {
        Histogram::noop()
    }
}

#[cfg(test)]
mod tests;
// ==== end of issue 10, part A ==========================================================
