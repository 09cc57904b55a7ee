//! `omsgate explain HOST[:PORT]`: what the policy in a config says of one target, in
//! words (the operator's language) or JSON (English, stable: the reasons' `Display`).
//! Exit status: 0 allowed, 1 denied, 2 bad input or configuration.

use std::path::Path;
use std::process::ExitCode;

use crate::config;
use crate::connect::Target;
use crate::dial::By;
use crate::events;
use crate::fault::Fault;
use crate::lang::{Arg, Msg};
use crate::policy::explain::{Verdict, deny_reason, origin};
use crate::policy::{DecidedAt, EntryView, Policy, Who};
use crate::{msg, t};

/// Explains `target` (port 443 when it names none) against the config at `path`, for
/// an agent of `identity` (`user=NAME`, `certificate=SUBJECT`) or one no identity names.
pub fn run(path: Option<&Path>, target: &str, identity: Option<&str>, json: bool) -> ExitCode {
    let settings = match config::load(path) {
        Ok(s) => s,
        Err(e) => return super::config_failure(&e),
    };
    let Some(target) = parse(target) else {
        return fail(msg!("explain-not-a-target", target = format!("{target:?}")));
    };
    let identities = &settings.identities;
    let bound = match identity.map(|label| (label, Who::from_label(label))) {
        Some((label, None)) => return fail(msg!("explain-identity-form", identity = format!("{label:?}"))),
        Some((_, Some(who))) => identities.named(&who),
        None => None,
    };
    let identity_json = bound.map(|(b, _)| b.name().to_string());
    let policy = Policy::new(
        settings.allowlist.clone(),
        settings.keys.allow_private_destinations,
        settings.listen.clone(),
    );
    let explanation = policy.explain_as(&target, bound);
    if !json {
        match (identity, bound) {
            (Some(label), Some((_, at))) => say!("{}", as_identity(label, at).local()),
            (Some(label), None) => say!("{}", t!("explain-as-unbound", section = SECTION, identity = label)),
            (None, _) => {}
        }
    }
    let afterwards = policy.afterwards(&target);
    let ports = settings.allowlist.default_ports();
    let entry_json = |e: &EntryView<'_>| serde_json::json!({"entry": e.text, "origin": e.origin.to_string(), "reading": e.reading.to_string(), "port": e.port});
    let allowed = matches!(explanation.verdict, Verdict::Allowed { .. });
    let route = route(&settings, &target);
    match (&explanation.verdict, json) {
        (Verdict::Allowed { entry }, false) => {
            say!("{}", t!("explain-allowed", target = target.to_string()));
            let why = super::edit::explained(entry, ports);
            say!("  {}", t!("explain-allowed-by", entry = entry.text, why = why));
        }
        (Verdict::Denied { reason, near }, false) => {
            say!(
                "{}",
                Msg::new("explain-denied")
                    .arg("target", target.to_string())
                    .arg("event", reason.event_id().to_string())
                    .arg("reason", reason.reason())
                    .arg("message", deny_reason(reason))
                    .local()
            );
            if near.is_empty() {
                say!("  {}", t!("explain-no-near"));
            }
            for (entry, why) in near {
                say!("  {} ({}): {}", entry.text, origin(entry.origin).local(), why.local());
            }
        }
        (Verdict::Allowed { entry }, true) => say!(
            "{}",
            serde_json::json!({"target": target.to_string(), "identity": identity_json, "decision": "allow",
                "matched": entry_json(entry), "route": route.1, "afterwards": english(&afterwards)})
        ),
        (Verdict::Denied { reason, near }, true) => {
            let near: Vec<_> = near
                .iter()
                .map(|(e, why)| {
                    let mut v = entry_json(e);
                    v["why_not"] = why.to_string().into();
                    v
                })
                .collect();
            say!(
                "{}",
                serde_json::json!({"target": target.to_string(), "identity": identity_json, "decision": "deny", "event_id": reason.event_id(),
                    "reason": reason.reason(), "message": reason.to_string(), "near": near, "route": route.1, "afterwards": english(&afterwards)})
            );
        }
    }
    let reporting = settings.keys.policy_mode == crate::policy::PolicyMode::Report;
    if !json && !allowed && reporting {
        let event = events::REJECTED.to_string();
        let report = Msg::new("explain-report-mode")
            .arg("setting", "policy_mode = \"report\"")
            .arg("event", event)
            .arg("field", "would_deny")
            .local();
        say!("  {report}");
    }
    if !json {
        match allowed || reporting {
            true => say!("{}", t!("explain-then")),
            false => say!("{}", t!("explain-then-were-it-allowed")),
        }
        say!("  - {}", t!("explain-route", route = route.0));
        afterwards.iter().for_each(|note| say!("  - {}", note.local()));
        if identity.is_none() && !identities.is_empty() {
            say!("{}", t!("explain-identities-hint", section = SECTION, flag = "--identity user=NAME"));
        }
    }
    ExitCode::from(if allowed { 0 } else { 1 })
}

/// How the config names an identity's section.
const SECTION: &str = "[[identity]]";

/// Whose list decided, and when: a user's with the CONNECT, a certificate's at the
/// handshake after the global allowlist (and never for a TLS 1.3 agent).
fn as_identity(label: &str, at: DecidedAt) -> Msg {
    let words = match at {
        DecidedAt::Connect => Msg::new("explain-as-user"),
        DecidedAt::Handshake => Msg::new("explain-as-certificate"),
    };
    words
        .arg("identity", label)
        .arg("section", SECTION)
        .arg("hosts", "allowed_hosts")
        .arg("workspaces", "azure_workspace_ids")
        .arg("shared", "identity_shared_hosts")
}

/// The notes in English, for JSON.
fn english(notes: &[Msg]) -> Vec<String> {
    notes.iter().map(Msg::to_string).collect()
}

/// The way `target` leaves the gateway, as dial would choose it: in words, and as JSON
/// (`{"by": "direct"|"bypass"|"relay"|"relay_route", "entry", "relays": [...]}`).
fn route(settings: &config::Settings, target: &Target) -> (Msg, serde_json::Value) {
    let routes = &settings.routes;
    let choice = routes.choose(target);
    let relays: Vec<String> = routes.relays_of(choice.route).map(|r| r.url.to_string()).collect();
    let entry = |id| routes.rule_entries().entries()[id as usize].clone();
    let (words, entry) = match choice.by {
        By::Default if relays.is_empty() => (msg!("explain-route-direct"), None),
        By::Default => {
            let key = if settings.keys.relay_proxy.0.is_some() { "relay_proxy" } else { "relay_proxies" };
            let relays = tried(&relays);
            (
                Msg::new("explain-route-default")
                    .arg("relays", relays)
                    .arg("key", key)
                    .arg("bypass", "relay_bypass")
                    .arg("route", "relay_route"),
                None,
            )
        }
        By::Bypass(id) => {
            (msg!("explain-route-bypass", key = "relay_bypass", entry = entry(id)), Some(entry(id)))
        }
        By::Route { index, entry: id } => (
            Msg::new("explain-route-by-rule")
                .arg("relays", tried(&relays))
                .arg("key", "relay_route")
                .arg("number", (index + 1).to_string())
                .arg("entry", entry(id)),
            Some(entry(id)),
        ),
    };
    let json = serde_json::json!({"by": choice.by.name(choice.route), "entry": entry, "relays": relays});
    (words, json)
}

/// `the relay proxy a`, `the relay proxies a, then b in order (one that fails is skipped
/// for relay_retry_after)`.
fn tried(relays: &[String]) -> Msg {
    match relays {
        [one] => msg!("explain-relay-one", relay = one),
        many => {
            let mut each = many.iter();
            let first = Arg::from(each.next().map(String::as_str).unwrap_or_default());
            let order = each
                .fold(first, |before, next| msg!("explain-relay-then", first = before, next = next).into());
            msg!("explain-relays", relays = order, key = "relay_retry_after")
        }
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

fn fail(message: Msg) -> ExitCode {
    let event = events::WRONG_CONFIGURATION.to_string();
    eprintln!("{}", t!("explain-failed", error = message, event = event));
    ExitCode::from(2)
}
