//! The operator's monitoring kit, checked as CI checks code: deploy/prometheus (scrape
//! config, recording rules and alerts) by `promtool check config`, `check rules` and
//! `test rules` (each alert with a firing and a quiet case, with runbook text), and
//! deploy/grafana/omsgate.json by its structure and by promtool reading every query
//! in it as a recording rule. Every metric either names is in the catalog
//! (`telemetry::metrics::catalog`), or is one of the recording rules, or `up`.

mod support;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use omsgate::telemetry::metrics;
use serde_json::Value;
use serde_norway::Value as Yaml;
use support::promtool;

fn deploy(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy").join(path)
}

fn yaml(path: &Path) -> Yaml {
    let text = std::fs::read_to_string(path).unwrap();
    serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rule files' rules: (name, is an alert, the rule).
fn rules() -> Vec<(String, bool, Yaml)> {
    let doc = yaml(&deploy("prometheus/rules.yml"));
    let mut out = Vec::new();
    for group in doc["groups"].as_sequence().expect("groups") {
        for rule in group["rules"].as_sequence().expect("rules") {
            match (rule["alert"].as_str(), rule["record"].as_str()) {
                (Some(alert), None) => out.push((alert.to_string(), true, rule.clone())),
                (None, Some(record)) => out.push((record.to_string(), false, rule.clone())),
                _ => panic!("a rule is an alert or a record: {rule:?}"),
            }
        }
    }
    out
}

/// Every series name the catalog exports: histograms as their `_bucket`, `_sum` and
/// `_count` series.
fn exported() -> HashSet<String> {
    let mut names = HashSet::new();
    for m in metrics::catalog() {
        if m.kind == "histogram" {
            for suffix in ["_bucket", "_sum", "_count"] {
                names.insert(format!("{}{suffix}", m.name));
            }
        }
        names.insert(m.name);
    }
    names
}

/// The metric names a PromQL expression reads: identifiers outside string literals that
/// are ours (`omsgate_`, `process_`), recording rules (with a `:`), or `up`. Label
/// names, functions, keywords and durations are none of these.
fn metric_names(expr: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut chars = expr.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' | '`' => {
                while let Some(d) = chars.next() {
                    match d {
                        '\\' if c != '`' => {
                            chars.next();
                        }
                        d if d == c => break,
                        _ => {}
                    }
                }
            }
            c if c.is_ascii_digit() => {
                while chars.next_if(|d| d.is_ascii_alphanumeric() || *d == '.').is_some() {}
            }
            c if c.is_ascii_alphabetic() || c == '_' || c == ':' => {
                let mut word = c.to_string();
                while let Some(d) = chars.next_if(|d| d.is_ascii_alphanumeric() || *d == '_' || *d == ':') {
                    word.push(d);
                }
                if word.starts_with("omsgate_")
                    || word.starts_with("process_")
                    || word.contains(':')
                    || word == "up"
                {
                    names.insert(word);
                }
            }
            _ => {}
        }
    }
    names
}

/// Asserts every metric `expr` reads exists; `known` holds the catalog's and the rules'.
fn assert_known(what: &str, expr: &str, known: &HashSet<String>) {
    let names = metric_names(expr);
    assert!(!names.is_empty(), "{what} reads no metric: {expr}");
    for name in names {
        assert!(
            known.contains(&name) || name == "up",
            "{what} reads {name}, which is neither in the metrics catalog (src/telemetry/metrics.rs) nor a recording rule: {expr}"
        );
    }
}

/// The catalog's series and the recording rules' names.
fn known() -> HashSet<String> {
    let mut known = exported();
    known.extend(rules().into_iter().filter(|(_, alert, _)| !alert).map(|(name, _, _)| name));
    known
}

#[test]
fn promtool_accepts_the_scrape_config_and_the_rules_and_their_unit_tests_pass() {
    let dir = deploy("prometheus");
    promtool::assert_ok(&["check", "config", "scrape.yml"], &dir, "");
    promtool::assert_ok(&["check", "rules", "rules.yml"], &dir, "");
    let mut tests: Vec<String> = std::fs::read_dir(dir.join("tests"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".yml"))
        .map(|f| format!("tests/{f}"))
        .collect();
    tests.sort();
    assert!(tests.len() >= 2, "{tests:?}");
    let mut args = vec!["test", "rules"];
    args.extend(tests.iter().map(String::as_str));
    let said = promtool::assert_ok(&args, &dir, "");
    assert_eq!(said.matches("SUCCESS").count(), tests.len(), "{said}");
}

#[test]
fn every_alert_has_runbook_text_and_a_firing_and_a_quiet_test_case() {
    let alerts: Vec<(String, Yaml)> =
        rules().into_iter().filter(|(_, alert, _)| *alert).map(|(name, _, rule)| (name, rule)).collect();
    assert!(alerts.len() >= 12, "{} alerts", alerts.len());
    for (name, rule) in &alerts {
        assert!(
            ["critical", "warning", "info"].contains(&rule["labels"]["severity"].as_str().unwrap_or("")),
            "{name}"
        );
        for key in ["summary", "description", "runbook"] {
            let text = rule["annotations"][key].as_str().unwrap_or("");
            assert!(text.len() >= 20, "{name} has annotations.{key}");
        }
    }
    // alertname → (fires in some case, stays quiet in some case).
    let mut cases: BTreeMap<String, (bool, bool)> = BTreeMap::new();
    for entry in std::fs::read_dir(deploy("prometheus/tests")).unwrap() {
        let doc = yaml(&entry.unwrap().path());
        for test in doc["tests"].as_sequence().expect("tests") {
            for case in test["alert_rule_test"].as_sequence().into_iter().flatten() {
                let name = case["alertname"].as_str().expect("alertname").to_string();
                let fires = !case["exp_alerts"].as_sequence().expect("exp_alerts").is_empty();
                let seen = cases.entry(name).or_default();
                if fires { seen.0 = true } else { seen.1 = true }
            }
        }
    }
    for (name, _) in &alerts {
        assert_eq!(
            cases.get(name),
            Some(&(true, true)),
            "{name}: (a case where it fires, one where it must not)"
        );
    }
    for name in cases.keys() {
        assert!(alerts.iter().any(|(a, _)| a == name), "a test names {name}, which rules.yml lacks");
    }
}

#[test]
fn every_metric_the_rules_read_is_in_the_catalog() {
    let known = known();
    for (name, _, rule) in rules() {
        assert_known(&name, rule["expr"].as_str().expect("expr"), &known);
    }
    // The readme's alert table lists every alert.
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for (name, _, _) in rules().into_iter().filter(|(_, alert, _)| *alert) {
        assert!(readme.contains(&format!("| `{name}` |")), "README.md's alert table lists {name}");
    }
}

/// The dashboard's panels, rows included, with their nested ones.
fn panels(dashboard: &Value) -> Vec<&Value> {
    let mut all = Vec::new();
    for p in dashboard["panels"].as_array().expect("panels") {
        all.push(p);
        all.extend(p["panels"].as_array().into_iter().flatten());
    }
    all
}

fn dashboard() -> Value {
    serde_json::from_str(&std::fs::read_to_string(deploy("grafana/omsgate.json")).unwrap()).unwrap()
}

#[test]
fn the_dashboard_has_its_variables_the_seeds_counters_first_and_queries_per_node() {
    let d = dashboard();
    assert_eq!(d["uid"], "omsgate");
    assert!(d["schemaVersion"].as_u64().unwrap() >= 36, "a current Grafana's schema");
    let vars = d["templating"]["list"].as_array().unwrap();
    let var =
        |name: &str| vars.iter().find(|v| v["name"] == name).unwrap_or_else(|| panic!("variable {name}"));
    assert_eq!(var("datasource")["type"], "datasource");
    assert_eq!(var("datasource")["query"], "prometheus");
    let node = var("node");
    assert_eq!(node["type"], "query");
    assert_eq!(node["datasource"]["uid"], "${datasource}");
    assert_eq!(node["includeAll"], true);
    assert_eq!(node["multi"], true);
    let known = known();
    assert_known("the node variable", node["definition"].as_str().unwrap(), &known);

    let mut ids = HashSet::new();
    let mut layout = Vec::new();
    for p in panels(&d) {
        let title = p["title"].as_str().unwrap_or_default();
        assert!(ids.insert(p["id"].as_u64().expect("id")), "panel id {} twice", p["id"]);
        assert!(!title.is_empty(), "every panel has a title: {p}");
        let g = &p["gridPos"];
        let (x, w) = (g["x"].as_u64().unwrap(), g["w"].as_u64().unwrap());
        assert!(x + w <= 24 && g["h"].as_u64().unwrap() >= 1, "{title} fits the 24 columns");
        if p["type"] == "row" {
            continue;
        }
        let kinds = ["stat", "timeseries", "heatmap", "bargauge", "table", "state-timeline"];
        assert!(kinds.contains(&p["type"].as_str().unwrap()), "{title}: {}", p["type"]);
        assert_eq!(p["datasource"]["uid"], "${datasource}", "{title} uses the datasource variable");
        let targets = p["targets"].as_array().expect("targets");
        assert!(!targets.is_empty(), "{title} queries something");
        let mut refs = HashSet::new();
        for t in targets {
            assert!(refs.insert(t["refId"].as_str().unwrap()), "{title}: refIds are distinct");
            assert_eq!(t["datasource"]["uid"], "${datasource}", "{title}");
            let expr = t["expr"].as_str().expect("expr");
            assert!(expr.contains("node=~\"$node\""), "{title}: every query follows the node picker: {expr}");
            assert_known(title, expr, &known);
        }
        layout.push((g["y"].as_u64().unwrap(), x, p));
    }
    layout.sort_by_key(|(y, x, _)| (*y, *x));
    // The seed's four counters, first and in its order.
    let first: Vec<&str> =
        layout.iter().take(4).map(|(_, _, p)| p["targets"][0]["expr"].as_str().unwrap()).collect();
    for (expr, metric) in first.iter().zip([
        "omsgate_active_client_connections",
        "omsgate_connected_clients",
        ":omsgate_errors:",
        ":omsgate_rejections:",
    ]) {
        assert!(expr.contains(metric), "{metric} among the first four panels, in order: {first:?}");
    }
    // And the views the issue asks for, by what they read.
    let all: String = layout.iter().map(|(_, _, p)| p["targets"].to_string()).collect();
    for wanted in [
        "omsgate_tunnels_opened",
        "omsgate_tunnel_bytes",
        "omsgate_upstream_connect_seconds_bucket",
        "omsgate_connect_to_established_seconds_bucket",
        "omsgate_rejections",
        "omsgate_rule_tunnels_opened",
        "omsgate_rule_bytes",
        "omsgate_dns_lookups",
        "omsgate_ready",
        "process_resident_memory_bytes",
    ] {
        assert!(all.contains(wanted), "the dashboard shows {wanted}");
    }
}

#[test]
fn promtool_reads_every_dashboard_query() {
    let d = dashboard();
    let mut file = String::from("groups:\n  - name: dashboard\n    rules:\n");
    let mut n = 0;
    for p in panels(&d) {
        for t in p["targets"].as_array().into_iter().flatten() {
            // Grafana's variables, as Grafana would fill them in.
            let expr = t["expr"].as_str().unwrap().replace("$__rate_interval", "1m").replace("$node", ".*");
            n += 1;
            let rule = format!("dashboard:panel_{}_{}", p["id"], t["refId"].as_str().unwrap());
            // A JSON string is a YAML scalar: the query goes in as written.
            file += &format!("      - record: {rule}\n        expr: {}\n", Value::String(expr));
        }
    }
    assert!(n >= 30, "{n} queries");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dashboard.yml"), &file).unwrap();
    let said = promtool::assert_ok(&["check", "rules", "dashboard.yml"], dir.path(), "");
    assert!(said.contains(&format!("{n} rules found")), "{said}");
}

#[test]
fn metric_names_are_read_outside_strings_and_durations() {
    let expr = r#"sum by (rule) (rate(omsgate_rule_bytes_total{rule="omsgate_fake:x", le='process_y'}[5m])) / on (job) node:omsgate_x:rate5m > 1e3 and up"#;
    let names: Vec<String> = metric_names(expr).into_iter().collect();
    assert_eq!(names, ["node:omsgate_x:rate5m", "omsgate_rule_bytes_total", "up"]);
}
