//! `omsgate status`: asks every gateway serving the config on its control socket how it
//! is — running, ready or draining, since when, on which configuration generation, the
//! last reload, how full against its limits, and what it refused in the last minutes —
//! and prints it, or JSON for scripts (`--output json`).
//!
//! Exit status: 0 a gateway runs and is ready; 1 none runs; 3 one runs but none is
//! ready (draining); 4 one runs but gave no usable answer (an older omsgate, or no
//! answer within 5 s).

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use serde::Serialize;

use super::format::{duration, printable};
use crate::accept::control;
use crate::accept::status::{State, Status};

/// How long to wait for a gateway's answer: it is gathered from memory at once.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(5);
/// Exit status when no gateway serves the file.
pub const EXIT_NOT_RUNNING: u8 = 1;
/// Exit status when gateways run but none is ready (draining).
pub const EXIT_NOT_READY: u8 = 3;
/// Exit status when a gateway runs but its answer could not be read.
pub const EXIT_NO_ANSWER: u8 = 4;
/// The window `status` speaks of: five minutes.
const WINDOW: Duration = Duration::from_secs(300);
/// Longest message or address printed as the gateway sent it.
const MAX_TEXT: usize = 300;

/// What `--output json` prints.
#[derive(Debug, Serialize)]
struct Report {
    /// The config file asked about.
    config: String,
    /// A gateway serves it.
    running: bool,
    /// One of them takes new tunnels.
    ready: bool,
    gateways: Vec<Status>,
    /// Gateways that answered something other than a status.
    unanswered: Vec<Unanswered>,
}

/// A gateway whose status could not be read, and why.
#[derive(Debug, Serialize)]
struct Unanswered {
    pid: u32,
    answer: String,
}

/// Asks the gateways serving `path` and prints their status.
pub fn run(path: &Path, json: bool) -> ExitCode {
    let mut report = Report {
        config: path.display().to_string(),
        running: false,
        ready: false,
        gateways: Vec::new(),
        unanswered: Vec::new(),
    };
    for answer in control::ask_all_within(path, "status", ANSWER_TIMEOUT) {
        let (verdict, _, message) = answer.parts();
        match (verdict, serde_json::from_str::<Status>(message)) {
            ("ok", Ok(status)) => report.gateways.push(status),
            _ => report.unanswered.push(Unanswered { pid: answer.pid, answer: answer.line.clone() }),
        }
    }
    report.gateways.sort_by_key(|g| g.started_unix);
    report.running = !report.gateways.is_empty() || !report.unanswered.is_empty();
    report.ready = report.gateways.iter().any(|g| g.state == State::Ready);
    match json {
        true => say!("{}", serde_json::to_string_pretty(&report).unwrap_or_default()),
        false => print_text(&report),
    }
    match (&report.ready, report.gateways.is_empty(), report.unanswered.is_empty()) {
        (true, _, _) => ExitCode::SUCCESS,
        (false, false, _) => ExitCode::from(EXIT_NOT_READY),
        (false, true, false) => ExitCode::from(EXIT_NO_ANSWER),
        (false, true, true) => ExitCode::from(EXIT_NOT_RUNNING),
    }
}

fn print_text(report: &Report) {
    if !report.running {
        say!("not running: no gateway serves {}", report.config);
        return;
    }
    for g in &report.gateways {
        print_gateway(g);
    }
    for u in &report.unanswered {
        say!(
            "omsgate (pid {}): running, but its status could not be read (an older omsgate?): {}",
            u.pid,
            printable(&u.answer, MAX_TEXT)
        );
    }
}

fn print_gateway(g: &Status) {
    let state = match (g.state, g.accepting) {
        (State::Ready, _) => "ready".to_string(),
        (State::Draining, true) => "DRAINING (stopping: /readyz says 503, still accepting)".to_string(),
        (State::Draining, false) => {
            format!("DRAINING (stopping: listeners closed, {} tunnels still open)", g.tunnels.open)
        }
    };
    let text = |s: &str| printable(s, MAX_TEXT).into_owned();
    say!("omsgate {} (pid {}): running, {state}; up {}", text(&g.version), g.pid, duration(g.uptime_s));
    let c = &g.config;
    say!(
        "  config       {}, generation {}, {} allowlist entries, policy_mode {}",
        text(&c.source),
        c.generation,
        c.allowed_hosts,
        text(&c.policy_mode)
    );
    match &g.last_reload {
        None => say!("  last reload  none since start"),
        Some(r) => say!(
            "  last reload  {} ago: {} — {}",
            duration(r.ago_s),
            if r.ok { "ok" } else { "REFUSED" },
            text(&r.message)
        ),
    }
    let metrics = g.metrics.as_deref().map_or("off".to_string(), text);
    say!("  listening    {}; metrics {metrics}", text(&g.listen.join(", ")));
    let t = &g.tunnels;
    let percent = (t.open * 100).checked_div(t.max_connections as u64).unwrap_or(0);
    say!("  tunnels      {} open of max_connections {} ({percent}%)", t.open, t.max_connections);
    let cl = &g.clients;
    let limit = match cl.max_connections_per_client {
        0 => "no max_connections_per_client".to_string(),
        n => format!("max_connections_per_client {n}"),
    };
    match &cl.busiest {
        Some(b) => say!(
            "  clients      {} connected; busiest {} with {} open ({limit})",
            cl.connected,
            text(&b.address),
            b.open
        ),
        None => say!("  clients      {} connected ({limit})", cl.connected),
    }
    let r = &g.recent;
    let rejections: Vec<String> = r.rejections.iter().map(|(why, n)| format!("{} {n}", text(why))).collect();
    let errors: Vec<String> = r.errors.iter().map(|(id, n)| format!("{id} ×{n}")).collect();
    let none = |v: Vec<String>| if v.is_empty() { "none".to_string() } else { v.join(", ") };
    let window = match r.window_s < WINDOW.as_secs() {
        true => format!("since start ({})", duration(r.window_s)),
        false => format!("in the last {}", duration(r.window_s)),
    };
    say!("  recent       {window}:");
    say!("               tunnels opened: {}", r.tunnels_opened);
    say!("               rejections by reason: {}", none(rejections));
    say!("               errors by event ID: {}", none(errors));
}
