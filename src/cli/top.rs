//! `omsgate top`: the busiest allowlist entries (tunnels opened, open now, bytes) and
//! the most refused destinations of the last few minutes, as each gateway serving the
//! config keeps them (`telemetry::recent`). On a terminal the view is redrawn every
//! [`REFRESH`] until Ctrl-C (or printed once with `--once`); into a pipe or file it is
//! printed once, as plain text or (`--output json`) JSON. Destinations are whatever
//! agents asked for: printed with control characters escaped and their length bounded.
//! Exit status: 0 when a gateway answered, 1 when none runs, 4 when none answered usably.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use serde::Serialize;

use super::format::{bytes, duration, pad, pad_left, printable};
use super::status::{EXIT_NO_ANSWER, EXIT_NOT_RUNNING};
use crate::accept::control;
use crate::accept::status::TopAnswer;
use crate::t;

/// How often a terminal's view is redrawn.
pub const REFRESH: Duration = Duration::from_secs(2);
/// How long to wait for a gateway's answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(5);
/// Rows of each list on a terminal (JSON has every row the gateway sent).
const ROWS: usize = 15;
/// Width of the entry and destination column.
const NAME_WIDTH: usize = 48;
/// ANSI: cursor home, clear the screen.
const CLEAR: &str = "\x1b[H\x1b[2J";

/// What `--output json` prints.
#[derive(Debug, Serialize)]
struct Report {
    config: String,
    gateways: Vec<TopAnswer>,
}

/// Asks the gateways serving `path` and prints what they report, once or every
/// [`REFRESH`] on a terminal.
pub fn run(path: &Path, json: bool, once: bool) -> ExitCode {
    let terminal = std::io::stdout().is_terminal();
    let repeat = terminal && !once;
    loop {
        let (report, unanswered) = ask(path);
        if report.gateways.is_empty() {
            return match unanswered {
                0 => {
                    say!("{}", t!("status-not-running", config = path.display().to_string()));
                    ExitCode::from(EXIT_NOT_RUNNING)
                }
                n => {
                    let (config, command) = (path.display().to_string(), "`top`");
                    say!("{}", t!("status-top-no-answer", count = n, config = config, command = command));
                    ExitCode::from(EXIT_NO_ANSWER)
                }
            };
        }
        match json {
            true => say!("{}", serde_json::to_string(&report).unwrap_or_default()),
            false => {
                let screen = text(&report, if repeat { ROWS } else { usize::MAX });
                match repeat {
                    true => say!(
                        "{CLEAR}{screen}{}",
                        t!("status-top-refresh", seconds = REFRESH.as_secs(), keys = "Ctrl-C")
                    ),
                    false => say!("{screen}"),
                }
            }
        }
        if !repeat {
            return ExitCode::SUCCESS;
        }
        std::thread::sleep(REFRESH);
    }
}

/// Every gateway's answer, and how many answered something else.
fn ask(path: &Path) -> (Report, usize) {
    let mut report = Report { config: path.display().to_string(), gateways: Vec::new() };
    let mut unanswered = 0;
    for answer in control::ask_all_within(path, "top", ANSWER_TIMEOUT) {
        let (verdict, _, message) = answer.parts();
        match (verdict, serde_json::from_str::<TopAnswer>(message)) {
            ("ok", Ok(top)) => report.gateways.push(top),
            _ => unanswered += 1,
        }
    }
    report.gateways.sort_by_key(|g| g.pid);
    (report, unanswered)
}

/// The text view, at most `rows` rows per list.
fn text(report: &Report, rows: usize) -> String {
    let mut out = String::new();
    for g in &report.gateways {
        let top = &g.top;
        let (pid, config, window) = (g.pid.to_string(), report.config.as_str(), duration(top.window_s));
        let heading = t!("status-top-heading", pid = pid, config = config, window = window);
        out += &format!("{heading}\n\n");
        out += &format!(
            "{} {} {} {}\n",
            pad(&t!("status-top-busiest-entries"), NAME_WIDTH),
            pad_left(&t!("status-top-tunnels"), 9),
            pad_left(&t!("status-top-open"), 7),
            pad_left(&t!("status-top-bytes"), 10)
        );
        if top.entries.is_empty() {
            out += &format!("{}\n", t!("status-top-no-tunnels"));
        }
        for e in top.entries.iter().take(rows) {
            let name = printable(&e.entry, NAME_WIDTH);
            let size = pad_left(&bytes(e.bytes).local(), 10);
            out += &format!("{} {:>9} {:>7} {size}\n", pad(&name, NAME_WIDTH), e.tunnels, e.open);
        }
        out += &format!(
            "\n{} {}  {}\n",
            pad(&t!("status-top-most-refused"), NAME_WIDTH),
            pad_left(&t!("status-top-refused"), 9),
            t!("status-top-reason")
        );
        if top.refused.is_empty() {
            out += &format!("{}\n", t!("status-top-no-refusals"));
        }
        for r in top.refused.iter().take(rows) {
            let name = printable(&r.destination, NAME_WIDTH);
            let count = match r.error {
                0 => r.count.to_string(),
                _ => format!("≤{}", r.count),
            };
            out += &format!("{} {count:>9}  {}\n", pad(&name, NAME_WIDTH), printable(&r.reason, 40));
        }
        out += "\n";
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::telemetry::recent::{EntryRow, RefusedRow, Top};

    #[test]
    fn the_text_view_escapes_what_agents_sent() {
        let top = Top {
            window_s: 323,
            entries: vec![EntryRow {
                entry: "*.ods.opinsights.azure.com".into(),
                tunnels: 12,
                open: 2,
                bytes: 1_500_000,
            }],
            refused: vec![RefusedRow {
                destination: "evil\u{1b}[2J.example:443".into(),
                count: 7,
                error: 0,
                reason: "host_not_allowed".into(),
            }],
        };
        let report =
            Report { config: "/etc/omsgate/omsgate.toml".into(), gateways: vec![TopAnswer { pid: 7, top }] };
        let text = text(&report, ROWS);
        assert!(text.contains("the last 5m23s"), "{text}");
        assert!(text.contains("*.ods.opinsights.azure.com") && text.contains("1.5 MB"), "{text}");
        assert!(text.contains("evil\\u{1b}[2J.example:443"), "{text}");
        assert!(!text.contains('\u{1b}'), "no escape sequence reaches the terminal");
    }
}
