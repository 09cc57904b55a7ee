//! What a soak asserts at its end, each a pure function of measured figures that
//! returns a named [`Check`]: the report lists them all, and the run fails naming every
//! one that did not hold.
//!
//! The tunnel identity, from the gateway's code (`telemetry::tunnel`, `accept`):
//! `omsgate_tunnels_opened_total` counts the 200s; every tunnel that got one is counted
//! once in `omsgate_tunnels_closed_total` when it ends, under `closed_by` (`client`,
//! `upstream`, `idle_timeout`, `drain_cut`, `client_error`, `upstream_error`, or
//! `refused` / `error` when the TLS checks after the 200 end it). So at any moment
//! `opened = closed + open`, where `open` is the tunnels between their 200 and their
//! close. Every such tunnel holds a client connection, so `open` is at most
//! `omsgate_active_client_connections`; once that gauge is 0 (the soak's agents are
//! gone and the gateway has closed their tunnels), `open` is 0 and the identity is
//! exact: `opened = closed`.

use std::collections::BTreeMap;

use serde::Serialize;

/// One assertion and what was seen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    /// Short, stable name (what a failing run prints).
    pub name: &'static str,
    /// Whether it held.
    pub ok: bool,
    /// The figures behind it.
    pub detail: String,
}

impl Check {
    fn new(name: &'static str, ok: bool, detail: String) -> Self {
        Self { name, ok, detail }
    }
}

/// How much RSS may grow from the warm-up window to the end of the load.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct RssBand {
    /// Growth allowed as a share of the warm RSS, in percent.
    pub percent: f64,
    /// Growth always allowed, whatever the warm RSS (small gateways jitter by whole
    /// allocator segments).
    pub floor_bytes: u64,
}

impl RssBand {
    /// The largest RSS that counts as flat after `warm`.
    pub fn limit(&self, warm: u64) -> u64 {
        warm + ((warm as f64 * self.percent / 100.0) as u64).max(self.floor_bytes)
    }
}

/// No upload lost: each was acknowledged by the end, on some tunnel.
pub fn uploads_not_lost(lost: u64, ok: u64, retried: u64) -> Check {
    Check::new(
        "uploads_not_lost",
        lost == 0,
        format!("{lost} lost; {ok} acknowledged, {retried} of them retried"),
    )
}

/// Uploads happened, and the sink acknowledged at least as many as the agents saw
/// acknowledged (an ack cut by an origin restart is sent but never read).
pub fn uploads_acknowledged(ok: u64, sink_acked: u64) -> Check {
    Check::new(
        "uploads_acknowledged",
        ok > 0 && sink_acked >= ok,
        format!("agents read {ok} acks; the origin sent {sink_acked}"),
    )
}

/// Every client connection closed once the load stopped.
pub fn tunnels_drained(active: f64, waited_s: f64) -> Check {
    Check::new(
        "tunnels_drained",
        active == 0.0,
        format!("omsgate_active_client_connections {active} after {waited_s:.1} s"),
    )
}

/// `opened = closed + open`, exact once drained (see the module doc).
pub fn tunnels_accounted(opened: f64, closed_by: &BTreeMap<String, f64>, active: f64) -> Check {
    let closed: f64 = closed_by.values().sum();
    let detail =
        format!("opened {opened} = closed {closed} + open {}; closed by {closed_by:?}", opened - closed);
    if active > 0.0 {
        let detail = format!("{detail}; not drained: {active} connections open, so open tunnels are unknown");
        return Check::new("tunnels_accounted", false, detail);
    }
    Check::new("tunnels_accounted", opened == closed, detail)
}

/// The log tells the same story as the counters: one decision line (103) per opened
/// tunnel, one close line (108) per close except those ended by the TLS checks (they
/// log their refusal's ID instead). Not checked when the gateway dropped log lines.
pub fn log_agrees(
    opened: f64,
    closed_by: &BTreeMap<String, f64>,
    events: &BTreeMap<u16, u64>,
    dropped: f64,
) -> Check {
    let name = "log_agrees_with_metrics";
    if dropped > 0.0 {
        return Check::new(name, true, format!("not checked: the gateway dropped {dropped} log lines"));
    }
    let count = |id| events.get(&id).copied().unwrap_or(0) as f64;
    let closes: f64 =
        closed_by.iter().filter(|(by, _)| !matches!(by.as_str(), "refused" | "error")).map(|(_, n)| n).sum();
    Check::new(
        name,
        count(103) == opened && count(108) == closes,
        format!(
            "event 103 × {} vs opened {opened}; event 108 × {} vs closes {closes}",
            count(103),
            count(108)
        ),
    )
}

/// Open fds back to the baseline plus the pipes the splice pool keeps (2 fds each).
pub fn fds_back(baseline_total: u64, baseline_pipes: u64, end_total: u64, end_pipes: u64) -> Check {
    let expected = baseline_total as i64 + 2 * (end_pipes as i64 - baseline_pipes as i64);
    Check::new(
        "fds_back_to_baseline",
        end_total as i64 == expected,
        format!(
            "{end_total} open = baseline {baseline_total} + 2 × (pool pipes {end_pipes} − {baseline_pipes}) = {expected}?"
        ),
    )
}

/// RSS at the end of the load within the band over the warm-up RSS.
pub fn rss_flat(warm: u64, end: u64, band: RssBand) -> Check {
    let limit = band.limit(warm);
    Check::new(
        "rss_flat",
        end <= limit,
        format!(
            "end of load {:.1} MiB vs warm {:.1} MiB; limit {:.1} MiB (+{}% or +{:.0} MiB)",
            mib(end),
            mib(warm),
            mib(limit),
            band.percent,
            mib(band.floor_bytes)
        ),
    )
}

/// No event 400 (application error) in the log or in the error counter.
pub fn no_application_errors(logged: u64, counted: f64, first: &[String]) -> Check {
    Check::new(
        "no_application_errors",
        logged == 0 && counted == 0.0,
        format!("event 400: {logged} log lines, omsgate_errors_total {counted}; first: {first:?}"),
    )
}

/// Nothing on stderr says a thread panicked.
pub fn no_panics(stderr_first: &[String], stderr_lines: u64) -> Check {
    let panics: Vec<&String> = stderr_first.iter().filter(|l| l.contains("panicked")).collect();
    Check::new("no_panics", panics.is_empty(), format!("{stderr_lines} stderr lines; panics: {panics:?}"))
}

/// Reloads were accepted, counted and notified: no failed `omsgate reload`, no
/// refused reload, the last one in force, at least one per command (the start's
/// included), and systemd told of each (`RELOADING=1`, then `READY=1`).
pub struct Reloads {
    /// `omsgate reload` commands answered ok (the one before the baseline included).
    pub commands_ok: u64,
    /// Reloads whose command failed or whose config could not be written.
    pub failures: u64,
    /// `omsgate_config_reloads_total{result="ok"}`.
    pub counted_ok: f64,
    /// `omsgate_config_reloads_total{result="error"}`.
    pub counted_error: f64,
    /// `omsgate_config_last_reload_success`.
    pub last_success: f64,
    /// `RELOADING=1` notifications.
    pub notified_reloading: u64,
    /// `READY=1` notifications (the start's included).
    pub notified_ready: u64,
}

/// See [`Reloads`].
pub fn reloads_ok(r: &Reloads) -> Check {
    let total = r.counted_ok + r.counted_error;
    Check::new(
        "reloads_ok",
        r.failures == 0
            && r.counted_error == 0.0
            && r.last_success == 1.0
            && r.counted_ok >= r.commands_ok as f64
            && r.notified_reloading as f64 == total
            && r.notified_ready as f64 == total + 1.0,
        format!(
            "{} failed; counted ok {} error {}; last success {}; {} by command; notified RELOADING {} READY {}",
            r.failures,
            r.counted_ok,
            r.counted_error,
            r.last_success,
            r.commands_ok,
            r.notified_reloading,
            r.notified_ready
        ),
    )
}

/// What a CONNECT through the gateway was answered: the status, or why there was none.
pub type Answer = Result<u16, String>;

/// The last config edit is in force, and nothing more is allowed: a CONNECT to the last
/// generation's marker is allowed (502 as nothing listens there, or 200 if something
/// does), while one to the generation before and one to a host never listed get 403.
pub fn last_edit_in_force(current: &Answer, previous: &Answer, never_listed: &Answer) -> Check {
    let allowed = matches!(current, Ok(200 | 502));
    let refused = |a: &Answer| matches!(a, Ok(403));
    Check::new(
        "last_edit_in_force",
        allowed && refused(previous) && refused(never_listed),
        format!(
            "CONNECT to the last generation's entry: {current:?} (want 502 or 200); the one before: {previous:?}; \
             a host never listed: {never_listed:?} (want 403)"
        ),
    )
}

/// Each kind of chaos that was asked for happened at least once.
pub fn chaos_ran(asked: &[(&str, bool, u64)]) -> Check {
    let missing: Vec<&str> = asked.iter().filter(|(_, on, n)| *on && *n == 0).map(|(k, _, _)| *k).collect();
    let seen: Vec<String> =
        asked.iter().filter(|(_, on, _)| *on).map(|(k, _, n)| format!("{k} {n}")).collect();
    Check::new("chaos_ran", missing.is_empty(), format!("{}; never happened: {missing:?}", seen.join(", ")))
}

/// The SIGHUP storm was sent, and the gateway began a reload after it.
pub fn storm_survived(sent: u64, asked: u32, reloaded: bool, alive_after: bool) -> Check {
    Check::new(
        "sighup_storm_survived",
        sent == u64::from(asked) && reloaded && alive_after,
        format!("{sent} of {asked} SIGHUPs sent; a reload began: {reloaded}; alive after: {alive_after}"),
    )
}

/// The gateway ran to the end and still answers `/readyz` with 200.
pub fn gateway_ready(exited: Option<String>, readyz: Result<u16, String>) -> Check {
    let ok = exited.is_none() && readyz == Ok(200);
    let detail = match (exited, readyz) {
        (Some(status), _) => format!("the gateway exited during the run: {status}"),
        (None, Ok(code)) => format!("/readyz answered {code}"),
        (None, Err(e)) => format!("/readyz: {e}"),
    };
    Check::new("gateway_ready", ok, detail)
}

/// On SIGTERM the gateway drained and exited 0, saying so (event 102).
pub fn stopped_cleanly(status: Option<String>, success: bool, stopped_lines: u64) -> Check {
    Check::new(
        "stopped_cleanly",
        success && stopped_lines == 1,
        format!(
            "exit: {}; event 102 × {stopped_lines}",
            status.unwrap_or_else(|| "killed after the stop timeout".into())
        ),
    )
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn the_identity_holds_only_when_drained_and_equal() {
        let by = closed(&[("client", 90.0), ("upstream_error", 8.0), ("refused", 2.0)]);
        assert!(tunnels_accounted(100.0, &by, 0.0).ok);
        assert!(!tunnels_accounted(101.0, &by, 0.0).ok, "a tunnel opened and never closed");
        assert!(!tunnels_accounted(99.0, &by, 0.0).ok, "a close without an open");
        let undrained = tunnels_accounted(101.0, &by, 1.0);
        assert!(!undrained.ok && undrained.detail.contains("not drained"), "{undrained:?}");
    }

    #[test]
    fn the_log_counts_opens_and_closes_but_not_tls_refusals() {
        let by = closed(&[("client", 90.0), ("upstream", 8.0), ("refused", 1.0), ("error", 1.0)]);
        let events: BTreeMap<u16, u64> = [(103, 100), (108, 98), (105, 1)].into();
        assert!(log_agrees(100.0, &by, &events, 0.0).ok);
        let short: BTreeMap<u16, u64> = [(103, 99), (108, 98)].into();
        assert!(!log_agrees(100.0, &by, &short, 0.0).ok);
        assert!(log_agrees(100.0, &by, &short, 5.0).ok, "not checked after dropped lines");
    }

    #[test]
    fn fds_count_the_pool_pipes_twice() {
        assert!(fds_back(20, 0, 20, 0).ok);
        assert!(fds_back(20, 0, 32, 6).ok);
        assert!(fds_back(24, 2, 20, 0).ok, "the pool may hold fewer pipes than at the baseline");
        assert!(!fds_back(20, 0, 21, 0).ok, "one leaked fd");
        assert!(!fds_back(20, 0, 30, 6).ok, "the pool counts a pipe it no longer holds");
    }

    #[test]
    fn the_rss_band_is_a_share_or_a_floor() {
        let band = RssBand { percent: 25.0, floor_bytes: 16 << 20 };
        assert_eq!(band.limit(20 << 20), 36 << 20, "a small gateway gets the floor");
        assert_eq!(band.limit(100 << 20), 125 << 20, "a large one the share");
        assert!(rss_flat(100 << 20, 125 << 20, band).ok);
        assert!(!rss_flat(100 << 20, (125 << 20) + 1, band).ok);
    }

    #[test]
    fn reloads_must_be_counted_and_notified() {
        let good = Reloads {
            commands_ok: 5,
            failures: 0,
            counted_ok: 12.0,
            counted_error: 0.0,
            last_success: 1.0,
            notified_reloading: 12,
            notified_ready: 13,
        };
        assert!(reloads_ok(&good).ok);
        assert!(
            !reloads_ok(&Reloads { counted_error: 1.0, notified_reloading: 13, notified_ready: 14, ..good })
                .ok
        );
        assert!(!reloads_ok(&Reloads { notified_ready: 12, ..good }).ok);
        assert!(
            !reloads_ok(&Reloads { counted_ok: 4.0, notified_reloading: 4, notified_ready: 5, ..good }).ok
        );
    }

    #[test]
    fn the_last_edit_and_nothing_else_is_allowed() {
        assert!(last_edit_in_force(&Ok(502), &Ok(403), &Ok(403)).ok);
        assert!(last_edit_in_force(&Ok(200), &Ok(403), &Ok(403)).ok);
        assert!(!last_edit_in_force(&Ok(403), &Ok(403), &Ok(403)).ok, "the last edit was lost");
        assert!(!last_edit_in_force(&Ok(502), &Ok(502), &Ok(403)).ok, "an old entry still allowed");
        assert!(!last_edit_in_force(&Ok(502), &Ok(403), &Err("reset".into())).ok);
    }

    #[test]
    fn chaos_that_was_asked_for_must_happen() {
        assert!(chaos_ran(&[("client kills", true, 3), ("storm", false, 0)]).ok);
        assert!(!chaos_ran(&[("origin restarts", true, 0)]).ok);
    }
}
