//! `omsgate drain`: asks the gateways serving a config, over their control sockets, to
//! begin the drain SIGTERM begins (`accept::drain`), and says what each answered. For a
//! rolling restart behind a load balancer: drain a node, wait for its exit, start it.
//! Exit status as `omsgate reload`'s: 0 draining, 1 no gateway runs on the config,
//! 2 a gateway refused (one too old to know `drain` says so).

use std::path::Path;
use std::process::ExitCode;

use crate::accept::control;
use crate::events;

/// Exit status when no gateway serves the config.
const EXIT_NONE: u8 = 1;
/// Exit status when a gateway refused.
const EXIT_REFUSED: u8 = 2;

/// Asks every gateway serving `config` to drain; prints each answer.
pub fn run(config: &Path) -> ExitCode {
    let answers = control::ask_all(config, "drain");
    if answers.is_empty() {
        eprintln!(
            "omsgate: no running gateway serves {}: nothing to drain (is it started, and with this --config? one whose listeners have closed is already draining) (event {})",
            config.display(),
            events::APPLICATION_ERROR
        );
        return ExitCode::from(EXIT_NONE);
    }
    let mut refused = false;
    for a in &answers {
        // `ok 100 message` or `error 400 message`
        let mut parts = a.line.splitn(3, ' ');
        let (verdict, event, message) =
            (parts.next(), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        match verdict {
            Some("ok") => say!("told running gateway (pid {}) to drain: {message} (event {event})", a.pid),
            _ => {
                refused = true;
                eprintln!(
                    "omsgate: the running gateway (pid {}) did not drain (event {event}): {message}",
                    a.pid
                );
            }
        }
    }
    match refused {
        true => ExitCode::from(EXIT_REFUSED),
        false => ExitCode::SUCCESS,
    }
}
