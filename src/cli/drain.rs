//! `omsgate drain`: asks the gateways serving a config, over their control sockets, to
//! begin the drain SIGTERM begins (`accept::drain`), and says what each answered. For a
//! rolling restart behind a load balancer: drain a node, wait for its exit, start it.
//! Exit status as `omsgate reload`'s: 0 draining, 1 no gateway runs on the config,
//! 2 a gateway refused (one too old to know `drain` says so).

use std::path::Path;
use std::process::ExitCode;

use crate::accept::control;
use crate::events;
use crate::t;

/// Exit status when no gateway serves the config.
const EXIT_NONE: u8 = 1;
/// Exit status when a gateway refused.
const EXIT_REFUSED: u8 = 2;

/// Asks every gateway serving `config` to drain; prints each answer.
pub fn run(config: &Path) -> ExitCode {
    let answers = control::ask_all(config, "drain");
    if answers.is_empty() {
        let event = events::APPLICATION_ERROR.to_string();
        eprintln!(
            "omsgate: {}",
            t!("status-drain-none", config = config.display().to_string(), flag = "--config", event = event)
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
            // The gateway's own answer (`message`) is its log's English.
            Some("ok") => {
                say!("{}", t!("status-drain-told", pid = a.pid.to_string(), message = message, event = event))
            }
            _ => {
                refused = true;
                let pid = a.pid.to_string();
                eprintln!(
                    "omsgate: {}",
                    t!("status-drain-refused", pid = pid, event = event, message = message)
                );
            }
        }
    }
    match refused {
        true => ExitCode::from(EXIT_REFUSED),
        false => ExitCode::SUCCESS,
    }
}
