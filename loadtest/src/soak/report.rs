//! The soak's report: what was measured, the checks over it ([`super::checks`]), and
//! the figures a reader needs to see why each check held or not.

use std::{collections::BTreeMap, sync::atomic::Ordering::Relaxed};

use serde::Serialize;

use super::{
    Args,
    chaos::{Counts, Plan},
    checks::{self, Check, Reloads, RssBand},
    observe::{self, Fds, Observed, Sample},
};
use crate::{
    report::{self, AgentsReport},
    scrape::Metrics,
    sink::Payload,
};

/// The soak report; `passed` is false when any check failed, and `failed` names them.
#[derive(Debug, Serialize)]
pub struct SoakReport {
    kind: &'static str,
    passed: bool,
    failed: Vec<&'static str>,
    checks: Vec<Check>,
    machine: Machine,
    settings: Settings,
    uploads: Uploads,
    chaos: Counts,
    tunnels: Tunnels,
    reloads: ReloadFigures,
    fds: FdFigures,
    rss: RssFigures,
    log: LogFigures,
    /// The `agents` report of the load (latency, attempts, bytes).
    agents: AgentsReport,
    wall_s: f64,
}

impl SoakReport {
    /// The names of the checks that did not hold (none: the soak passed).
    pub fn failed(&self) -> &[&'static str] {
        &self.failed
    }
}

#[derive(Debug, Serialize)]
struct Machine {
    nproc: usize,
    kernel: String,
    loadavg_start: String,
    loadavg_end: String,
}

#[derive(Debug, Serialize)]
struct Settings {
    agents: u64,
    interval_s: f64,
    upload_bytes: u64,
    duration_s: f64,
    payload: Payload,
    kill_every_s: f64,
    restart_every_s: f64,
    restart_down_s: f64,
    reload_every_s: f64,
    storm_at_s: Option<f64>,
    storm_signals: u32,
    storm_within_s: f64,
    warmup_s: f64,
    rss_window_s: f64,
}

#[derive(Debug, Serialize)]
struct Uploads {
    ok: u64,
    retried: u64,
    lost: u64,
    failed_attempts: u64,
    connect_failures: u64,
    /// Uploads aborted mid-way by a client kill (each then retried).
    killed: u64,
    /// Acks the origin sent (across restarts).
    origin_acked: u64,
    /// Origin connections that ended in an error (cut uploads, killed clients).
    origin_errors: u64,
}

#[derive(Debug, Default, Serialize)]
struct Tunnels {
    opened: f64,
    closed: f64,
    closed_by: BTreeMap<String, f64>,
    /// `opened - closed`: tunnels between their 200 and their close.
    open: f64,
    /// Client connections still open when the figures were taken (0 once drained).
    active_client_connections: f64,
    /// Seconds from the agents' end until no client connection was open.
    drain_s: f64,
    rejections: BTreeMap<String, f64>,
    errors_by_event: BTreeMap<String, f64>,
}

#[derive(Debug, Default, Serialize)]
struct ReloadFigures {
    /// `omsgate reload` asks until the first one found the gateway after READY=1.
    first_reload_attempts: u32,
    counted_ok: f64,
    counted_error: f64,
    last_success: f64,
    notified_reloading: u64,
    notified_ready: u64,
}

#[derive(Debug, Default, Serialize)]
struct FdFigures {
    baseline: Fds,
    end: Fds,
    /// The baseline plus 2 fds per pool pipe gained since.
    expected_end: i64,
    max_sampled: u64,
}

#[derive(Debug, Default, Serialize)]
struct RssFigures {
    /// After the start, before any tunnel.
    start_bytes: u64,
    /// Median over the warm-up window.
    warm_bytes: u64,
    /// Median over the last window of the load.
    end_of_load_bytes: u64,
    /// After the drain.
    after_drain_bytes: u64,
    max_sampled_bytes: u64,
    /// VmHWM at the end.
    peak_bytes: u64,
    limit_bytes: u64,
    band: RssBand,
    samples: usize,
    /// Median RSS of each minute of the load.
    by_minute_bytes: Vec<u64>,
}

#[derive(Debug, Default, Serialize)]
struct LogFigures {
    events: BTreeMap<u16, u64>,
    lines_dropped: f64,
    application_errors: Vec<String>,
    stderr_lines: u64,
    stderr_first: Vec<String>,
    gateway_exit: Option<String>,
    path: String,
    kept: bool,
}

/// Everything the end measured, before any judgement.
pub struct Measured {
    pub loadavg_start: String,
    /// Seconds from the start of the soak to the end of the measurements.
    pub wall_s: f64,
    /// The config and log directory was made for this run (removed if it passes).
    pub dir_made: bool,
    pub agents: AgentsReport,
    pub chaos: Counts,
    pub kills_done: u64,
    /// The `omsgate reload` before the baseline answered ok.
    pub baseline_reload_ok: bool,
    /// Times it was asked (more than 1: the control socket was not there at READY=1).
    pub first_reload_attempts: u32,
    pub origin_acked: u64,
    pub origin_errors: u64,
    pub alive_after_load: bool,
    pub baseline: Fds,
    pub start_rss: u64,
    pub drain_s: f64,
    /// The last drain scrape and the settled fds, or why they could not be had.
    pub end: Result<(Metrics, Fds), String>,
    pub after_drain_rss: u64,
    pub peak_rss: u64,
    pub samples: Vec<Sample>,
    pub readyz: Result<u16, String>,
    pub exited_during_run: Option<String>,
    /// The exit after SIGTERM (status, success); `None`: it had to be killed.
    pub exit: Option<(String, bool)>,
    /// The answers to CONNECTs to the last generation's marker, the one before, and a
    /// host never listed.
    pub policy: [checks::Answer; 3],
}

/// The checks over what was measured, and the report around them.
pub fn judge(args: &Args, plan: &Plan, m: Measured, gw: &Observed) -> SoakReport {
    let band = RssBand { percent: args.rss_band_percent, floor_bytes: args.rss_band_floor };
    let rss = rss_figures(args, &m.samples, m.start_rss, m.after_drain_rss, m.peak_rss, band);
    let (stderr_lines, stderr_first) = gw.log.stderr();
    let mut log = LogFigures {
        events: gw.log.events(),
        application_errors: gw.log.application_errors(),
        stderr_lines,
        stderr_first,
        gateway_exit: m.exit.as_ref().map(|(status, _)| status.clone()),
        path: gw.log_path.display().to_string(),
        ..Default::default()
    };
    let mut reloads = ReloadFigures {
        first_reload_attempts: m.first_reload_attempts,
        notified_reloading: gw.log.reloading.load(Relaxed),
        notified_ready: gw.log.ready.load(Relaxed),
        ..Default::default()
    };
    let mut tunnels = Tunnels { drain_s: m.drain_s, ..Default::default() };
    let mut fds = FdFigures {
        baseline: m.baseline.clone(),
        max_sampled: m.samples.iter().map(|s| s.fds).max().unwrap_or(0),
        ..Default::default()
    };
    let mut checks = vec![
        checks::uploads_not_lost(m.agents.uploads_lost, m.agents.uploads_ok, m.agents.uploads_retried),
        checks::uploads_acknowledged(m.agents.uploads_ok, m.origin_acked),
    ];
    match m.end {
        Ok((metrics, end_fds)) => {
            tunnels.opened = metrics.total("omsgate_tunnels_opened_total");
            tunnels.closed_by = metrics.by("omsgate_tunnels_closed_total", "closed_by");
            tunnels.closed = tunnels.closed_by.values().sum();
            tunnels.open = tunnels.opened - tunnels.closed;
            tunnels.active_client_connections = metrics.total("omsgate_active_client_connections");
            tunnels.rejections = metrics.by("omsgate_rejections_total", "reason");
            tunnels.errors_by_event = metrics.by("omsgate_errors_total", "event_id");
            log.lines_dropped = metrics.total("omsgate_log_lines_dropped_total");
            reloads.counted_ok = metrics.get("omsgate_config_reloads_total", "result", "ok");
            reloads.counted_error = metrics.get("omsgate_config_reloads_total", "result", "error");
            reloads.last_success = metrics.total("omsgate_config_last_reload_success");
            fds.expected_end =
                m.baseline.total as i64 + 2 * (end_fds.pool_pipes as i64 - m.baseline.pool_pipes as i64);
            let active = tunnels.active_client_connections;
            checks.extend([
                checks::tunnels_drained(active, m.drain_s),
                checks::tunnels_accounted(tunnels.opened, &tunnels.closed_by, active),
                checks::log_agrees(tunnels.opened, &tunnels.closed_by, &log.events, log.lines_dropped),
                checks::fds_back(m.baseline.total, m.baseline.pool_pipes, end_fds.total, end_fds.pool_pipes),
                checks::no_application_errors(
                    gw.log.count(400),
                    metrics.get("omsgate_errors_total", "event_id", "400"),
                    &log.application_errors,
                ),
                checks::reloads_ok(&Reloads {
                    // The chaos's, and the one before the baseline when it worked.
                    commands_ok: m.chaos.reloads_by_command + u64::from(m.baseline_reload_ok),
                    failures: m.chaos.reload_failures,
                    counted_ok: reloads.counted_ok,
                    counted_error: reloads.counted_error,
                    last_success: reloads.last_success,
                    notified_reloading: reloads.notified_reloading,
                    notified_ready: reloads.notified_ready,
                }),
            ]);
            fds.end = end_fds;
        }
        Err(e) => checks.push(Check { name: "end_figures", ok: false, detail: e }),
    }
    checks.extend([
        checks::last_edit_in_force(&m.policy[0], &m.policy[1], &m.policy[2]),
        checks::rss_flat(rss.warm_bytes, rss.end_of_load_bytes, band),
        checks::no_panics(&log.stderr_first, log.stderr_lines),
        checks::chaos_ran(&[
            ("client kills", plan.kill_every.is_some(), m.kills_done),
            ("origin restarts", plan.restart_every.is_some(), m.chaos.origin_restarts),
            ("reloads", plan.reload_every.is_some(), m.chaos.reloads_by_command + m.chaos.reloads_by_sighup),
        ]),
        checks::gateway_ready(m.exited_during_run, m.readyz),
        checks::stopped_cleanly(
            log.gateway_exit.clone(),
            m.exit.is_some_and(|(_, ok)| ok),
            gw.log.count(102),
        ),
    ]);
    if plan.storm_at.is_some() {
        checks.push(checks::storm_survived(
            m.chaos.storm_sighups,
            plan.storm_signals,
            m.chaos.storm_reloaded,
            m.alive_after_load,
        ));
    }
    let failed: Vec<&'static str> = checks.iter().filter(|c| !c.ok).map(|c| c.name).collect();
    log.kept = !(failed.is_empty() && m.dir_made);
    SoakReport {
        kind: "soak",
        passed: failed.is_empty(),
        failed,
        checks,
        machine: Machine {
            nproc: std::thread::available_parallelism().map_or(0, |n| n.get()),
            kernel: std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default().trim().into(),
            loadavg_start: m.loadavg_start,
            loadavg_end: report::loadavg(),
        },
        settings: settings(args, plan),
        uploads: Uploads {
            ok: m.agents.uploads_ok,
            retried: m.agents.uploads_retried,
            lost: m.agents.uploads_lost,
            failed_attempts: m.agents.uploads_failed,
            connect_failures: m.agents.connect_failures,
            killed: m.kills_done,
            origin_acked: m.origin_acked,
            origin_errors: m.origin_errors,
        },
        chaos: m.chaos,
        tunnels,
        reloads,
        fds,
        rss,
        log,
        agents: m.agents,
        wall_s: m.wall_s,
    }
}

fn settings(args: &Args, plan: &Plan) -> Settings {
    Settings {
        agents: args.agents,
        interval_s: args.interval.as_secs_f64(),
        upload_bytes: args.upload,
        duration_s: args.duration.as_secs_f64(),
        payload: args.payload,
        kill_every_s: args.kill_every.as_secs_f64(),
        restart_every_s: args.restart_every.as_secs_f64(),
        restart_down_s: args.restart_down.as_secs_f64(),
        reload_every_s: args.reload_every.as_secs_f64(),
        storm_at_s: plan.storm_at.map(|d| d.as_secs_f64()),
        storm_signals: args.storm_signals,
        storm_within_s: args.storm_within.as_secs_f64(),
        warmup_s: args.warmup.as_secs_f64(),
        rss_window_s: args.rss_window.as_secs_f64(),
    }
}

fn rss_figures(
    args: &Args,
    samples: &[Sample],
    start: u64,
    after_drain: u64,
    peak: u64,
    band: RssBand,
) -> RssFigures {
    let warm_from = args.warmup.as_secs_f64();
    let warm_to = warm_from + args.rss_window.as_secs_f64();
    let end = args.duration.as_secs_f64();
    let warm = observe::median_rss(samples, warm_from, warm_to).unwrap_or(0);
    RssFigures {
        start_bytes: start,
        warm_bytes: warm,
        end_of_load_bytes: observe::median_rss(samples, end - args.rss_window.as_secs_f64(), end)
            .unwrap_or(0),
        after_drain_bytes: after_drain,
        max_sampled_bytes: samples.iter().map(|s| s.rss_bytes).max().unwrap_or(0),
        peak_bytes: peak,
        limit_bytes: band.limit(warm),
        band,
        samples: samples.len(),
        // The load's minutes (a last partial one included), so a slow climb shows.
        by_minute_bytes: (0..args.duration.as_secs().div_ceil(60))
            .map(|m| {
                observe::median_rss(samples, m as f64 * 60.0, ((m + 1) as f64 * 60.0).min(end)).unwrap_or(0)
            })
            .collect(),
    }
}
