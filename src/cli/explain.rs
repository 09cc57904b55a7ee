//! `omsgate explain HOST[:PORT]`: what the policy in a config says of one target, in
//! words or JSON. Exit status: 0 allowed, 1 denied, 2 bad input or configuration.

use std::path::Path;
use std::process::ExitCode;

use crate::config;
use crate::connect::Target;
use crate::events;
use crate::fault::Fault;
use crate::policy::explain::Verdict;
use crate::policy::{EntryView, Policy};

/// Explains `target` (port 443 when it names none) against the config at `path`.
pub fn run(path: Option<&Path>, target: &str, json: bool) -> ExitCode {
    let settings = match config::load(path) {
        Ok(s) => s,
        Err(e) => return fail(&format!("wrong configuration (event {}): {e}", e.event_id())),
    };
    let Some(target) = parse(target) else {
        return fail(&format!("{target:?} is not HOST, HOST:PORT, IP or [IPv6]:PORT"));
    };
    let policy = Policy::new(
        settings.allowlist.clone(),
        settings.keys.allow_private_destinations,
        settings.listen.clone(),
    );
    let explanation = policy.explain(&target);
    let afterwards = policy.afterwards(&target);
    let ports = settings.allowlist.default_ports();
    let entry_json = |e: &EntryView<'_>| serde_json::json!({"entry": e.text, "origin": e.origin.to_string(), "reading": e.reading.to_string(), "port": e.port});
    let allowed = matches!(explanation.verdict, Verdict::Allowed { .. });
    match (&explanation.verdict, json) {
        (Verdict::Allowed { entry }, false) => {
            say!("allowed: {target}");
            say!("  by {}  ({})", entry.text, super::edit::explained(entry, ports));
        }
        (Verdict::Denied { reason, near }, false) => {
            say!("denied: {target} (event {}, {}): {reason}", reason.event_id(), reason.reason());
            if near.is_empty() {
                say!("  no entry comes near it");
            }
            for (entry, why) in near {
                say!("  {} ({}): {why}", entry.text, entry.origin);
            }
        }
        (Verdict::Allowed { entry }, true) => say!(
            "{}",
            serde_json::json!({"target": target.to_string(), "decision": "allow", "matched": entry_json(entry), "afterwards": afterwards})
        ),
        (Verdict::Denied { reason, near }, true) => {
            let near: Vec<_> = near
                .iter()
                .map(|(e, why)| {
                    let mut v = entry_json(e);
                    v["why_not"] = why.as_str().into();
                    v
                })
                .collect();
            say!(
                "{}",
                serde_json::json!({"target": target.to_string(), "decision": "deny", "event_id": reason.event_id(),
                    "reason": reason.reason(), "message": reason.to_string(), "near": near, "afterwards": afterwards})
            );
        }
    }
    let reporting = settings.keys.policy_mode == crate::policy::PolicyMode::Report;
    if !json && !allowed && reporting {
        say!("  policy_mode = \"report\": it is let through, logged as event 105 with would_deny");
    }
    if !json {
        say!("then{}:", if allowed || reporting { "" } else { ", were it allowed" });
        afterwards.iter().for_each(|note| say!("  - {note}"));
    }
    ExitCode::from(if allowed { 0 } else { 1 })
}

/// `HOST:PORT`, `[IPv6]:PORT`, or a host without a port (443).
fn parse(text: &str) -> Option<Target> {
    let text = text.trim();
    Target::parse(text)
        .or_else(|_| Target::parse(&format!("{text}:443")))
        .or_else(|_| Target::parse(&format!("[{text}]:443")))
        .ok()
}

fn fail(message: &str) -> ExitCode {
    eprintln!("omsgate: {message} (event {})", events::WRONG_CONFIGURATION);
    ExitCode::from(2)
}
