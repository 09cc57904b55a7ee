//! `omsgate explain HOST[:PORT]`: what the policy in a config says of one target, in
//! words or JSON. Exit status: 0 allowed, 1 denied, 2 bad input or configuration.

use std::path::Path;
use std::process::ExitCode;

use crate::config;
use crate::connect::Target;
use crate::dial::By;
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
    let route = route(&settings, &target);
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
            serde_json::json!({"target": target.to_string(), "decision": "allow", "matched": entry_json(entry), "route": route.1, "afterwards": afterwards})
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
                    "reason": reason.reason(), "message": reason.to_string(), "near": near, "route": route.1, "afterwards": afterwards})
            );
        }
    }
    let reporting = settings.keys.policy_mode == crate::policy::PolicyMode::Report;
    if !json && !allowed && reporting {
        say!("  policy_mode = \"report\": it is let through, logged as event 105 with would_deny");
    }
    if !json {
        say!("then{}:", if allowed || reporting { "" } else { ", were it allowed" });
        say!("  - route: {}", route.0);
        afterwards.iter().for_each(|note| say!("  - {note}"));
    }
    ExitCode::from(if allowed { 0 } else { 1 })
}

/// The way `target` leaves the gateway, as dial would choose it: in words, and as JSON
/// (`{"by": "direct"|"bypass"|"relay"|"relay_route", "entry", "relays": [...]}`).
fn route(settings: &config::Settings, target: &Target) -> (String, serde_json::Value) {
    let routes = &settings.routes;
    let choice = routes.choose(target);
    let relays: Vec<String> = routes.relays_of(choice.route).map(|r| r.url.to_string()).collect();
    let entry = |id| routes.rule_entries().entries()[id as usize].clone();
    let (words, entry) = match choice.by {
        By::Default if relays.is_empty() => ("direct (no relay proxy is configured)".to_string(), None),
        By::Default => {
            let key = if settings.keys.relay_proxy.0.is_some() { "relay_proxy" } else { "relay_proxies" };
            (
                format!("through {} ({key}; no relay_bypass or relay_route entry names it)", tried(&relays)),
                None,
            )
        }
        By::Bypass(id) => (format!("direct, by relay_bypass entry {}", entry(id)), Some(entry(id))),
        By::Route { index, entry: id } => (
            format!("through {}, by relay_route {} entry {}", tried(&relays), index + 1, entry(id)),
            Some(entry(id)),
        ),
    };
    let json = serde_json::json!({"by": choice.by.name(choice.route), "entry": entry, "relays": relays});
    (words, json)
}

/// `a`, `a then b (each skipped for relay_retry_after once it fails)`.
fn tried(relays: &[String]) -> String {
    match relays {
        [one] => format!("the relay proxy {one}"),
        many => format!(
            "the relay proxies {} in order (one that fails is skipped for relay_retry_after)",
            many.join(", then ")
        ),
    }
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
