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

use super::format::{columns, duration, pad, printable};
use crate::accept::control;
use crate::accept::status::{State, Status};
use crate::lang::Arg;
use crate::{msg, t};

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
        say!("{}", t!("status-not-running", config = report.config.as_str()));
        return;
    }
    for g in &report.gateways {
        print_gateway(g);
    }
    for u in &report.unanswered {
        let (pid, answer) = (u.pid.to_string(), printable(&u.answer, MAX_TEXT).into_owned());
        say!("{}", t!("status-no-answer", pid = pid, answer = answer));
    }
}

/// The labels of the status lines, in the order printed; padded to the widest, as a
/// translation may be longer than the English (`last reload` is the widest there).
fn labels() -> [String; 6] {
    [
        t!("status-label-config"),
        t!("status-label-last-reload"),
        t!("status-label-listening"),
        t!("status-label-tunnels"),
        t!("status-label-clients"),
        t!("status-label-recent"),
    ]
}

fn print_gateway(g: &Status) {
    let state = match (g.state, g.accepting) {
        (State::Ready, _) => msg!("status-state-ready"),
        (State::Draining, true) => msg!("status-state-draining-accepting", readyz = "/readyz"),
        (State::Draining, false) => msg!("status-state-draining-closed", open = g.tunnels.open),
    };
    let text = |s: &str| printable(s, MAX_TEXT).into_owned();
    let (version, pid, uptime) = (text(&g.version), g.pid.to_string(), duration(g.uptime_s));
    say!("{}", t!("status-gateway", version = version, pid = pid, state = state, uptime = uptime));
    let [config, last_reload, listening, tunnels, clients, recent] = labels();
    // Two spaces, the label padded, one space: column 15 in English.
    let width = labels().iter().map(|l| columns(l)).max().unwrap_or(0).max(12);
    let line = |label: &str, rest: String| say!("  {} {rest}", pad(label, width));
    let c = &g.config;
    let (source, generation) = (text(&c.source), c.generation.to_string());
    let (entries, policy) = (c.allowed_hosts, format!("policy_mode {}", text(&c.policy_mode)));
    line(
        &config,
        t!("status-config", source = source, generation = generation, entries = entries, policy = policy),
    );
    match &g.last_reload {
        None => line(&last_reload, t!("status-last-reload-none")),
        Some(r) => {
            let outcome = if r.ok { msg!("status-reload-ok") } else { msg!("status-reload-refused") };
            let (ago, message) = (duration(r.ago_s), text(&r.message));
            line(&last_reload, t!("status-last-reload", ago = ago, outcome = outcome, message = message));
        }
    }
    let metrics: Arg = match g.metrics.as_deref() {
        None => msg!("status-metrics-off").into(),
        Some(address) => text(address).into(),
    };
    line(&listening, t!("status-listening", addresses = text(&g.listen.join(", ")), metrics = metrics));
    let t = &g.tunnels;
    // A tenth of a percent, rounded down (never 100 before it is full): `de` writes 0,2.
    let permille = (t.open * 1000).checked_div(t.max_connections as u64).unwrap_or(0);
    let (open, limit, percent) =
        (t.open, format!("max_connections {}", t.max_connections), permille as f64 / 10.0);
    line(&tunnels, t!("status-tunnels", open = open, limit = limit, percent = percent));
    let cl = &g.clients;
    let limit: Arg = match cl.max_connections_per_client {
        0 => msg!("status-no-client-limit", key = "max_connections_per_client").into(),
        n => format!("max_connections_per_client {n}").into(),
    };
    match &cl.busiest {
        Some(b) => {
            let (n, who, open) = (cl.connected, text(&b.address), b.open);
            let s = t!("status-clients-busiest", connected = n, address = who, open = open, limit = limit);
            line(&clients, s);
        }
        None => line(&clients, t!("status-clients", connected = cl.connected, limit = limit)),
    }
    let r = &g.recent;
    // Reasons and event IDs are the log's own words: they stay as the gateway sent them.
    let rejections: Vec<String> = r.rejections.iter().map(|(why, n)| format!("{} {n}", text(why))).collect();
    let errors: Vec<String> = r.errors.iter().map(|(id, n)| format!("{id} ×{n}")).collect();
    let none = |v: Vec<String>| if v.is_empty() { t!("status-none") } else { v.join(", ") };
    let window = match r.window_s < WINDOW.as_secs() {
        true => msg!("status-recent-since-start", window = duration(r.window_s)),
        false => msg!("status-recent-last", window = duration(r.window_s)),
    };
    line(&recent, t!("status-recent", window = window));
    let more = |rest: String| say!("  {:width$} {rest}", "");
    more(t!("status-recent-tunnels-opened", count = r.tunnels_opened));
    more(t!("status-recent-rejections", list = none(rejections)));
    more(t!("status-recent-errors", list = none(errors)));
}
