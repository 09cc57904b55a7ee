//! `omsgate allowed-host suggest [LOGFILE|-]`: after a rollout in report mode
//! (`policy_mode = "report"`), the entries that would have allowed what the allowlist
//! would refuse, read from the would-deny events (105 with `would_deny`) of a JSON log,
//! grouped by domain, exact names only, for the operator to review before adding. The
//! log is omsgate's JSON lines, or `journalctl -o json` (journal entries with
//! `OMSGATE_*` fields, or JSON lines the journal kept as `MESSAGE`).

use std::collections::BTreeMap;
use std::io::BufRead;

use crate::connect::{Host, Target};
use crate::t;

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
        let Some((target, at)) = would_deny(&event) else { continue };
        let Ok(target) = Target::parse(&target) else { continue };
        let entry = match default_ports.contains(&target.port) {
            true => target.host.to_string(),
            false => target.to_string(),
        };
        let s = seen.entry((domain(&target.host), entry)).or_default();
        s.tunnels += 1;
        if s.first.is_empty() {
            s.first = at;
        }
    }
    if seen.is_empty() {
        let event = crate::events::REJECTED.to_string();
        say!("# {}", t!("explain-suggest-none", event = event, field = "would_deny"));
        return 0;
    }
    let total: u64 = seen.values().map(|s| s.tunnels).sum();
    say!("# {}", t!("explain-suggest-total", tunnels = total));
    say!("# {}", t!("explain-suggest-review", command = "omsgate allowed-host add ENTRY"));
    let width = seen.keys().map(|(_, e)| e.len()).max().unwrap_or(0);
    let mut last_domain = String::new();
    for ((domain, entry), s) in &seen {
        if *domain != last_domain {
            say!("# {domain}");
            last_domain.clone_from(domain);
        }
        say!("{entry:<width$}  # {}", t!("explain-suggest-entry", tunnels = s.tunnels, first = &s.first));
    }
    seen.len()
}

/// The target and time of a would-deny event, in any of the forms a log holds it.
fn would_deny(event: &serde_json::Value) -> Option<(String, String)> {
    if event.get("OMSGATE_EVENT_ID").is_some() {
        // An entry of our own in the journal: its fields are strings.
        let at = event["__REALTIME_TIMESTAMP"].as_str().and_then(|us| us.parse::<u64>().ok());
        let at = at.map(|us| utc(us / 1_000_000)).unwrap_or_default();
        return (event["OMSGATE_WOULD_DENY"] == "true")
            .then(|| Some((event["OMSGATE_TARGET"].as_str()?.to_string(), at)))?;
    }
    if let Some(line) = event["MESSAGE"].as_str() {
        // A JSON line the journal kept from stdout (`log_format = "json"`).
        return would_deny(&serde_json::from_str(line).ok()?);
    }
    let at = event["timestamp"].as_str().unwrap_or_default().to_string();
    (event["would_deny"] == true).then(|| Some((event["target"].as_str()?.to_string(), at)))?
}

/// Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (Howard Hinnant's civil-from-days).
fn utc(secs: u64) -> String {
    let (days, rem) = ((secs / 86_400) as i64, secs % 86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
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
        // `journalctl -o json`: our own journal entries, and JSON lines kept as MESSAGE.
        let journal = [
            r#"{"OMSGATE_EVENT_ID":"105","OMSGATE_WOULD_DENY":"true","OMSGATE_TARGET":"ws1.example.com:443","__REALTIME_TIMESTAMP":"1764547200000000"}"#,
            r#"{"OMSGATE_EVENT_ID":"105","OMSGATE_REASON":"host_not_allowed","OMSGATE_TARGET":"refused.example.com:443"}"#,
            r#"{"MESSAGE":"{\"event_id\":105,\"would_deny\":true,\"target\":\"api.example.com:8443\"}"}"#,
            r#"{"MESSAGE":"omsgate 0.1.0 started"}"#,
        ]
        .join("\n");
        assert_eq!(run(journal.as_bytes(), &[443]), 2);
        let first = would_deny(&serde_json::from_str(journal.lines().next().unwrap()).unwrap());
        assert_eq!(first, Some(("ws1.example.com:443".into(), "2025-12-01T00:00:00Z".into())));
        assert_eq!(domain(&Host::parse("a.b.example.com").unwrap()), "example.com");
    }
}
