use std::collections::HashSet;

use super::*;

/// The README's markers around the metrics table.
const START: &str = "<!-- metrics: generated from src/telemetry/metrics.rs; UPDATE_README=1 cargo test --lib readme_metrics_table rewrites it -->\n";
const END: &str = "<!-- /metrics -->";

#[test]
fn readme_metrics_table_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (before, rest) = readme.split_once(START).expect("README.md has the metrics table's start marker");
    let (table, after) = rest.split_once(END).expect("README.md has the metrics table's end marker");
    let generated = markdown();
    if table != generated && std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, format!("{before}{START}{generated}{END}{after}")).unwrap();
        return;
    }
    assert_eq!(
        table, generated,
        "README.md's metrics table is stale: UPDATE_README=1 cargo test --lib readme_metrics_table"
    );
}

#[test]
fn the_catalog_names_each_metric_once_with_a_type_and_help() {
    let all = catalog();
    let mut seen = HashSet::new();
    for m in &all {
        assert!(seen.insert(&m.name), "{} twice", m.name);
        assert!(!m.help.is_empty(), "{} has help", m.name);
        assert!(m.name.starts_with("omsgate_") || m.name.starts_with("process_"), "{}", m.name);
        assert_eq!(
            m.name.ends_with("_total"),
            m.kind == "counter",
            "{}: counters and only they end in _total",
            m.name
        );
    }
    for name in [
        ACTIVE_CLIENT_CONNECTIONS,
        CONNECTED_CLIENTS,
        ERRORS,
        REJECTIONS,
        READY,
        RULE_TUNNELS,
        RULE_BYTES,
        PROCESS_CPU_SECONDS,
    ] {
        assert!(all.iter().any(|m| m.name == name), "{name} is in the catalog");
    }
    // The seed's four counters come first, in its order.
    let first: Vec<&str> = all.iter().take(4).map(|m| m.name.as_str()).collect();
    assert_eq!(first, [ACTIVE_CLIENT_CONNECTIONS, CONNECTED_CLIENTS, ERRORS, REJECTIONS]);
}

#[test]
fn the_rule_help_text_names_the_cap_in_force() {
    let all = catalog();
    let help = &all.iter().find(|m| m.name == RULE_TUNNELS).unwrap().help;
    assert!(help.contains(&format!("past the first {RULE_CAP} entries")), "{help}");
    assert!(help.contains(RULE_OTHER) && help.contains(RULE_NONE), "{help}");
}
