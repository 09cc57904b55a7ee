//! What an operator scrapes, through the real binary: tunnels and bytes by the
//! allowlist entry that matched (and never a host asked for or an agent's address as a
//! label value), report mode's tunnels under `(none)`, the configuration generation and
//! entries across a reload, the process metrics, `omsgate_ready` following `/readyz`
//! into a drain, and `promtool check metrics` on the live scrape.
//!
//! Destinations are names under `omsgate.test` that the test's own DNS server points at
//! an echo origin on 127.0.0.1, allowed by wildcard entries with the origin's port
//! (`tls_inspection = false`), so the entry that matched is never the name asked for.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;

use support::dns::DnsServer;
use support::{DEADLINE, Gateway, Origin, connect_from, promtool, request, wait_until};

/// The agent's own loopback address: it must never show up in a label.
const AGENT: &str = "127.0.0.77";

/// One sample of a scrape: its name, its labels as (name, value), its value.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: Vec<(String, String)>,
    value: f64,
}

/// The gateway's scrape.
fn scrape(gw: &Gateway) -> String {
    let (status, body) = gw.http_get("/metrics");
    assert_eq!(status, 200);
    body
}

/// Parses the samples of an exposition (label values unescaped).
fn samples(text: &str) -> Vec<Sample> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (series, value) = line.rsplit_once(' ').unwrap();
        let value = value.parse().unwrap_or(f64::NAN);
        let Some((name, rest)) = series.split_once('{') else {
            out.push(Sample { name: series.into(), labels: vec![], value });
            continue;
        };
        let mut labels = Vec::new();
        let mut chars = rest.trim_end_matches('}').chars().peekable();
        while chars.peek().is_some() {
            let key: String = chars.by_ref().take_while(|&c| c != '=').collect();
            assert_eq!(chars.next(), Some('"'), "{line}");
            let mut value = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => value.push(match chars.next() {
                        Some('n') => '\n',
                        Some(c) => c,
                        None => break,
                    }),
                    '"' => break,
                    c => value.push(c),
                }
            }
            labels.push((key.trim_start_matches(',').to_string(), value));
            if chars.peek() == Some(&',') {
                chars.next();
            }
        }
        out.push(Sample { name: name.into(), labels, value });
    }
    out
}

/// The value of `name` with exactly these labels (order free); 0 while absent.
fn value(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    samples(text)
        .into_iter()
        .find(|s| {
            s.name == name
                && s.labels.len() == labels.len()
                && labels.iter().all(|(k, v)| s.labels.iter().any(|(lk, lv)| lk == k && lv == v))
        })
        .map_or(0.0, |s| s.value)
}

/// The labels of one `rule`.
fn rule(r: &str) -> [(&str, &str); 1] {
    [("rule", r)]
}

/// Waits until `name{labels}` reaches `at_least`; returns the scrape that showed it.
fn wait_metric(gw: &Gateway, name: &str, labels: &[(&str, &str)], at_least: f64) -> String {
    let mut text = String::new();
    wait_until(&format!("{name}{labels:?} >= {at_least}"), DEADLINE, || {
        text = scrape(gw);
        value(&text, name, labels) >= at_least
    });
    text
}

/// A tunnel from [`AGENT`] to `target`: four bytes echoed, then closed by the agent.
/// Returns the response head.
fn tunnel(gw: &Gateway, target: &str) -> String {
    let mut s: TcpStream = connect_from(AGENT, gw.addr);
    let head = request(&mut s, target);
    if head.starts_with("HTTP/1.1 200") {
        s.write_all(b"ping").unwrap();
        let mut echoed = [0u8; 4];
        s.read_exact(&mut echoed).unwrap();
        assert_eq!(&echoed, b"ping");
    }
    head
}

/// A gateway resolving with `dns`, allowing `entries` (each with the origin's port).
fn gateway(dns: &DnsServer, origin: &Origin, entries: &[&str], extra: &[&str]) -> Gateway {
    let list: Vec<String> = entries.iter().map(|e| format!("\"{e}:{}\"", origin.port())).collect();
    let mut keys = vec![
        format!("allowed_hosts = [{}]", list.join(", ")),
        "tls_inspection = false".to_string(),
        "allow_private_destinations = true".to_string(),
        dns.key(),
    ];
    keys.extend(extra.iter().map(|s| s.to_string()));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    Gateway::with(&keys).start()
}

#[test]
fn tunnels_count_under_the_entry_that_matched_and_no_label_names_a_host_or_an_agent() {
    let (dns, origin) = (DnsServer::start(), Origin::echo());
    for name in ["x1.alpha.omsgate.test", "x2.beta.omsgate.test"] {
        dns.set(name, &["127.0.0.1"]);
    }
    let gw =
        gateway(&dns, &origin, &["*.alpha.omsgate.test", "*.beta.omsgate.test", "*.gamma.omsgate.test"], &[]);
    let port = origin.port();
    let (alpha, beta, gamma) = (
        format!("*.alpha.omsgate.test:{port}"),
        format!("*.beta.omsgate.test:{port}"),
        format!("*.gamma.omsgate.test:{port}"),
    );
    // Registered with the configuration, before any tunnel: a dashboard sees every entry.
    let text = scrape(&gw);
    assert!(text.contains(&format!("omsgate_rule_tunnels_opened_total{{rule=\"{gamma}\"}} 0")), "{text}");

    for _ in 0..2 {
        assert!(tunnel(&gw, &format!("x1.alpha.omsgate.test:{port}")).starts_with("HTTP/1.1 200"));
    }
    assert!(tunnel(&gw, &format!("x2.beta.omsgate.test:{port}")).starts_with("HTTP/1.1 200"));
    assert!(tunnel(&gw, &format!("nope.omsgate.test:{port}")).starts_with("HTTP/1.1 403"));

    wait_metric(&gw, "omsgate_rule_tunnels_opened_total", &rule(&alpha), 2.0);
    let text = wait_metric(&gw, "omsgate_rule_bytes_total", &[("rule", &beta), ("direction", "down")], 4.0);
    assert_eq!(value(&text, "omsgate_rule_tunnels_opened_total", &rule(&alpha)), 2.0);
    assert_eq!(value(&text, "omsgate_rule_tunnels_opened_total", &rule(&beta)), 1.0);
    assert_eq!(value(&text, "omsgate_rule_tunnels_opened_total", &rule(&gamma)), 0.0);
    assert_eq!(value(&text, "omsgate_rule_tunnels_opened_total", &rule("(none)")), 0.0);
    assert_eq!(value(&text, "omsgate_tunnels_opened_total", &[]), 3.0, "the total agrees");
    let alpha_up = value(&text, "omsgate_rule_bytes_total", &[("rule", &alpha), ("direction", "up")]);
    assert!(alpha_up >= 8.0, "two tunnels sent 4 bytes each: {alpha_up}");

    // No label value anywhere in the scrape names a host asked for or the agent.
    for s in samples(&text) {
        for (label, v) in &s.labels {
            for secret in ["x1.alpha", "x2.beta", "nope.omsgate", AGENT, "127.0.0.1"] {
                assert!(!v.contains(secret), "{}{{{label}=\"{v}\"}} names {secret}", s.name);
            }
        }
    }

    // Readiness, limits and the configuration in force.
    assert_eq!(value(&text, "omsgate_ready", &[]), 1.0);
    assert!(value(&text, "omsgate_max_connections", &[]) >= 1.0, "{text}");
    assert_eq!(value(&text, "omsgate_config_generation", &[]), 1.0);
    assert_eq!(value(&text, "omsgate_allowlist_entries", &[("origin", "file")]), 3.0);
    assert_eq!(value(&text, "omsgate_allowlist_entries", &[("origin", "derived")]), 0.0);

    // The process metrics, plausible for this process.
    let p = |name: &str| value(&text, name, &[]);
    assert!(p("process_resident_memory_bytes") > 1e6, "{text}");
    assert!(p("process_virtual_memory_bytes") >= p("process_resident_memory_bytes"));
    assert!(p("process_open_fds") > 0.0 && p("process_open_fds") < p("process_max_fds"), "{text}");
    assert!(p("process_threads") >= 1.0);
    assert!(text.contains("# TYPE process_cpu_seconds_total counter\n"), "{text}");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
    let started = p("process_start_time_seconds");
    assert!(started > now - 3600.0 && started <= now + 1.0, "started {started}, now {now}");

    // Prometheus's own linter accepts the live scrape.
    promtool::assert_ok(&["check", "metrics"], std::path::Path::new("."), &text);
}

#[test]
fn report_mode_counts_under_none_and_a_reload_moves_the_generation_and_the_entries() {
    let (dns, origin) = (DnsServer::start(), Origin::echo());
    for name in ["stray.omsgate.test", "x1.alpha.omsgate.test", "x2.beta.omsgate.test"] {
        dns.set(name, &["127.0.0.1"]);
    }
    let gw = gateway(&dns, &origin, &["*.alpha.omsgate.test"], &["policy_mode = \"report\""]);
    let port = origin.port();
    // No entry names the port, so the tunnel is inspected: the 200 is all it gets here.
    let mut stray = connect_from(AGENT, gw.addr);
    assert!(request(&mut stray, &format!("stray.omsgate.test:{port}")).starts_with("HTTP/1.1 200"));
    drop(stray);
    let text = wait_metric(&gw, "omsgate_rule_tunnels_opened_total", &[("rule", "(none)")], 1.0);
    assert_eq!(value(&text, "omsgate_policy_would_deny_total", &[("reason", "host_not_allowed")]), 1.0);
    assert_eq!(value(&text, "omsgate_config_generation", &[]), 1.0);

    // A reload adds an entry: a new generation, one more entry, and the new entry counts.
    let config = std::fs::read_to_string(&gw.config).unwrap();
    let beta = format!("*.beta.omsgate.test:{port}");
    gw.rewrite_config(&config.replace("allowed_hosts = [", &format!("allowed_hosts = [\"{beta}\", ")));
    gw.signal("HUP");
    let text = wait_metric(&gw, "omsgate_config_generation", &[], 2.0);
    assert_eq!(value(&text, "omsgate_allowlist_entries", &[("origin", "file")]), 2.0);
    assert!(tunnel(&gw, &format!("x2.beta.omsgate.test:{port}")).starts_with("HTTP/1.1 200"));
    let text = wait_metric(&gw, "omsgate_rule_tunnels_opened_total", &[("rule", &beta)], 1.0);
    assert_eq!(value(&text, "omsgate_rule_tunnels_opened_total", &[("rule", "(none)")]), 1.0);
    // A reload that fails keeps the generation.
    gw.rewrite_config("allowed_hosts = [\"*.*.bad\"]\n");
    gw.signal("HUP");
    let text = wait_metric(&gw, "omsgate_config_reloads_total", &[("result", "error")], 1.0);
    assert_eq!(value(&text, "omsgate_config_generation", &[]), 2.0);
    assert_eq!(value(&text, "omsgate_config_last_reload_success", &[]), 0.0);
}

#[test]
fn omsgate_ready_follows_readyz_into_a_drain() {
    let origin = Origin::echo();
    let mut gw = Gateway::with(&[
        &support::plain_entry(&origin),
        "tls_inspection = false",
        "allow_private_destinations = true",
        "drain_timeout = \"30s\"",
    ])
    .start();
    assert_eq!(gw.metric("omsgate_ready"), Some(1.0));
    // An open tunnel keeps the gateway draining while the test looks.
    let mut open = connect_from(AGENT, gw.addr);
    assert!(request(&mut open, &format!("127.0.0.1:{}", origin.port())).starts_with("HTTP/1.1 200"));
    gw.signal("TERM");
    wait_until("/readyz says draining", DEADLINE, || gw.http_get("/readyz").0 == 503);
    assert_eq!(gw.metric("omsgate_ready"), Some(0.0), "the gauge says what /readyz says");
    drop(open);
    assert_eq!(gw.wait_exit(), Some(0));
}
