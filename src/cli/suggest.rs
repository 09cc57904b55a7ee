//! `omsgate allowed-host suggest [LOGFILE|-]`: after a rollout in report mode
//! (`policy_mode = "report"`), the entries that would have allowed what the allowlist
//! would refuse, read from the would-deny events (105 with `would_deny`) of a JSON log,
//! grouped by domain, exact names only, for the operator to review before adding.

use std::collections::BTreeMap;
use std::io::BufRead;

use crate::connect::{Host, Target};

/// What the log showed for one target.
#[derive(Debug, Default)]
struct Seen {
    tunnels: u64,
    first: String,
}

/// Reads JSON log lines and prints the entries, grouped; returns how many targets.
pub fn run(input: impl BufRead, default_ports: &[u16]) -> usize {
    let mut seen: BTreeMap<(String, String), Seen> = BTreeMap::new();
    for line in input.lines().map_while(Result::ok) {
        let Ok(event) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if event["would_deny"] != true {
            continue;
        }
        let Some(target) = event["target"].as_str().and_then(|t| Target::parse(t).ok()) else { continue };
        let entry = match default_ports.contains(&target.port) {
            true => target.host.to_string(),
            false => target.to_string(),
        };
        let s = seen.entry((domain(&target.host), entry)).or_default();
        s.tunnels += 1;
        if s.first.is_empty() {
            s.first = event["timestamp"].as_str().unwrap_or_default().to_string();
        }
    }
    if seen.is_empty() {
        say!("# no would-deny events (event 105 with would_deny) in the log");
        return 0;
    }
    let total: u64 = seen.values().map(|s| s.tunnels).sum();
    say!("# {total} tunnels would have been refused; these exact entries would allow them.");
    say!("# Review each before `omsgate allowed-host add ENTRY`: only what the agents need.");
    let width = seen.keys().map(|(_, e)| e.len()).max().unwrap_or(0);
    let mut last_domain = String::new();
    for ((domain, entry), s) in &seen {
        if *domain != last_domain {
            say!("# {domain}");
            last_domain.clone_from(domain);
        }
        say!("{entry:<width$}  # {} tunnels, first at {}", s.tunnels, s.first);
    }
    seen.len()
}

/// The last two labels of a name (the address itself for an IP), to group by.
fn domain(host: &Host) -> String {
    match host {
        Host::Name(n) => {
            let labels: Vec<&str> = n.rsplitn(3, '.').take(2).collect();
            labels.into_iter().rev().collect::<Vec<_>>().join(".")
        }
        Host::Ip(ip) => ip.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn would_deny_events_become_grouped_exact_entries() {
        let log = [
            r#"{"event_id":105,"would_deny":true,"target":"ws1.example.com:443","timestamp":"t1"}"#,
            r#"{"event_id":105,"would_deny":true,"target":"ws1.example.com:443","timestamp":"t2"}"#,
            r#"{"event_id":105,"would_deny":true,"target":"api.example.com:8443","timestamp":"t3"}"#,
            r#"{"event_id":105,"would_deny":true,"target":"collector.other.net:443","timestamp":"t4"}"#,
            r#"{"event_id":105,"reason":"host_not_allowed","target":"refused.example.com:443"}"#,
            "not json",
        ]
        .join("\n");
        assert_eq!(run(log.as_bytes(), &[443]), 3, "three targets, refused ones and noise ignored");
        assert_eq!(domain(&Host::parse("a.b.example.com").unwrap()), "example.com");
    }
}
