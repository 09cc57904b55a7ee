//! Markdown tables from JSON-lines reports: one summary row per peer, then the detail
//! of every agents, idle, bulk and rate run. Used by `table` and perf/compare.sh.

use std::collections::BTreeMap;

use serde_json::Value;

/// SLO bound used by the summary: p99 may exceed the direct p99 at the same N by this.
const SLO_P99_OVER_DIRECT_MS: f64 = 1.0;
/// SLO bound used by the summary: gateway CPU below this share of its core.
const SLO_CPU_SHARE: f64 = 0.9;

/// Summary table then detail tables.
pub fn markdown(values: &[Value]) -> String {
    summary(values) + "\n" + &markdown_table(values)
}

fn is_agents(v: &Value) -> bool {
    v["kind"] == "agents" && v["upload_bytes"].as_u64() != Some(0)
}

fn num(v: &Value, k: &str) -> Option<f64> {
    v.get(k).and_then(Value::as_f64)
}

/// Whether one agents run met the SLO, given the direct p99 at the same agent count.
pub fn slo_met(v: &Value, direct_p99: Option<f64>) -> bool {
    let lost = v["uploads_lost"].as_u64().unwrap_or(1);
    let all_connected = v["agents_connected"] == v["agents"];
    let p99 = v["latency_ms"]["p99"].as_f64().unwrap_or(f64::INFINITY);
    let latency_ok = direct_p99.is_none_or(|d| p99 <= d + SLO_P99_OVER_DIRECT_MS);
    let cpu_ok = num(v, "gateway_cpu_share").is_none_or(|s| s <= SLO_CPU_SHARE);
    lost == 0 && all_connected && latency_ok && cpu_ok
}

/// One row per peer, in order of first appearance.
pub fn summary(values: &[Value]) -> String {
    let mut labels: Vec<String> = Vec::new();
    for v in values {
        let l = v["label"].as_str().unwrap_or("").trim_end_matches(" idle").to_string();
        // Paired direct runs are baselines of a peer's steps, not a peer.
        if !labels.contains(&l) && !l.starts_with("direct (") {
            labels.push(l);
        }
    }
    let direct_p99: BTreeMap<u64, f64> = values
        .iter()
        .filter(|v| is_agents(v) && v["label"] == "direct")
        .filter_map(|v| Some((v["agents"].as_u64()?, v["latency_ms"]["p99"].as_f64()?)))
        .collect();
    let direct_bulk1 = values
        .iter()
        .find(|v| v["kind"] == "bulk" && v["label"] == "direct" && v["tunnels"] == 1)
        .and_then(|v| num(v, "mb_per_s"));
    let mut out = String::from(
        "| peer | largest N at SLO (tried) | p99 ms at largest N | µs CPU / upload | RSS / idle tunnel | bulk 16: MB/s, CPU-s/GB | bulk 1: MB/s (% of direct) | tunnels/s | CPU ms / 1000 tunnels |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut footnote = false;
    for label in labels {
        let runs: Vec<&Value> =
            values.iter().filter(|v| is_agents(v) && v["label"] == label.as_str()).collect();
        let tried: Vec<u64> = runs.iter().filter_map(|v| v["agents"].as_u64()).collect();
        // The step's own (paired) baseline when capacity recorded one, else a direct run.
        let baseline = |v: &Value| {
            num(v, "direct_p99_ms").or_else(|| v["agents"].as_u64().and_then(|n| direct_p99.get(&n).copied()))
        };
        let best = runs
            .iter()
            .filter(|v| slo_met(v, if label == "direct" { None } else { baseline(v) }))
            .filter_map(|v| v["agents"].as_u64())
            .max();
        // Without a direct run at the same N the latency half of the SLO is unchecked.
        let unchecked = label != "direct"
            && best.is_some_and(|n| runs.iter().filter(|v| v["agents"] == n).all(|v| baseline(v).is_none()));
        if unchecked {
            footnote = true;
        }
        let largest = runs.iter().max_by_key(|v| v["agents"].as_u64());
        let costs: Vec<f64> = runs.iter().filter_map(|v| num(v, "cpu_us_per_upload")).collect();
        let cost = match costs.iter().copied().reduce(f64::min).zip(costs.iter().copied().reduce(f64::max)) {
            Some((lo, hi)) if (hi - lo) > 0.05 * hi => format!("{lo:.0}–{hi:.0}"),
            Some((_, hi)) => format!("{hi:.0}"),
            None => "-".into(),
        };
        let idle = values
            .iter()
            .find(|v| {
                v["kind"] == "agents"
                    && v["upload_bytes"].as_u64() == Some(0)
                    && v["label"].as_str() == Some(&format!("{label} idle"))
            })
            .and_then(|v| num(v, "rss_bytes_per_tunnel"));
        let bulk = |n: u64| {
            values.iter().find(|v| v["kind"] == "bulk" && v["label"] == label.as_str() && v["tunnels"] == n)
        };
        let rate = values.iter().find(|v| v["kind"] == "rate" && v["label"] == label.as_str());
        let fmt = |x: Option<f64>, d: usize| x.map_or("-".into(), |x| format!("{x:.d$}"));
        out += &format!(
            "| {label} | {} ({}) | {} | {cost} | {} | {}, {} | {} | {} | {} |\n",
            best.map_or("none".into(), |n| format!("{n}{}", if unchecked { "†" } else { "" })),
            tried.iter().map(u64::to_string).collect::<Vec<_>>().join("/"),
            fmt(largest.and_then(|v| v["latency_ms"]["p99"].as_f64()), 2),
            idle.map_or("-".into(), |b| format!("{:.1} KiB", b / 1024.0)),
            fmt(bulk(16).and_then(|v| num(v, "mb_per_s")), 0),
            fmt(bulk(16).and_then(|v| num(v, "cpu_seconds_per_gb")), 3),
            match (bulk(1).and_then(|v| num(v, "mb_per_s")), direct_bulk1) {
                (Some(mb), Some(d)) => format!("{mb:.0} ({:.0}%)", mb / d * 100.0),
                (Some(mb), None) => format!("{mb:.0}"),
                _ => "-".into(),
            },
            fmt(rate.and_then(|v| num(v, "tunnels_per_s")), 0),
            fmt(rate.and_then(|v| num(v, "cpu_ms_per_1000_tunnels")), 1),
        );
    }
    if footnote {
        out += "\n† no direct run at that agent count: the p99 part of the SLO is not checked.\n";
    }
    out
}

/// A markdown table of JSON-lines reports of any kind (`table` command, compare.sh).
pub fn markdown_table(values: &[Value]) -> String {
    let f = |v: &Value, k: &str, digits: usize| {
        v.get(k).and_then(Value::as_f64).map_or("-".into(), |x| format!("{x:.digits$}"))
    };
    let mut out = String::new();
    let agents: Vec<&Value> =
        values.iter().filter(|v| v["kind"] == "agents" && v["upload_bytes"].as_u64() != Some(0)).collect();
    if !agents.is_empty() {
        out += "| peer | agents | uploads ok | retried | lost | p50 ms | p99 ms | p99.9 ms | gateway CPU | µs CPU / upload | RSS / tunnel | peak RSS MiB | generator CPU | loadavg |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
        for v in agents {
            out += &format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                v["label"].as_str().unwrap_or(""),
                v["agents"],
                v["uploads_ok"],
                v["uploads_retried"],
                v["uploads_lost"],
                f(&v["latency_ms"], "p50", 2),
                f(&v["latency_ms"], "p99", 2),
                f(&v["latency_ms"], "p999", 2),
                v.get("gateway_cpu_share")
                    .and_then(Value::as_f64)
                    .map_or("-".into(), |x| format!("{:.1}%", x * 100.0)),
                f(v, "cpu_us_per_upload", 1),
                v.get("rss_bytes_per_tunnel")
                    .and_then(Value::as_f64)
                    .map_or("-".into(), |x| format!("{:.0} B", x)),
                v.get("gateway_peak_rss_bytes")
                    .and_then(Value::as_u64)
                    .map_or("-".into(), |x| format!("{:.1}", x as f64 / 1048576.0)),
                v.get("generator_cpu_share")
                    .and_then(Value::as_f64)
                    .map_or("-".into(), |x| format!("{:.0}%", x * 100.0)),
                v["loadavg"].as_str().unwrap_or(""),
            );
        }
        out += "\n";
    }
    let idle: Vec<&Value> =
        values.iter().filter(|v| v["kind"] == "agents" && v["upload_bytes"].as_u64() == Some(0)).collect();
    if !idle.is_empty() {
        out += "| peer | idle tunnels open | RSS before MiB | RSS loaded MiB | RSS / idle tunnel | loadavg |\n|---|---:|---:|---:|---:|---|\n";
        for v in idle {
            let mib = |k: &str| {
                v.get(k)
                    .and_then(Value::as_u64)
                    .map_or("-".into(), |x| format!("{:.1}", x as f64 / 1048576.0))
            };
            out += &format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                v["label"].as_str().unwrap_or(""),
                v["agents_connected"],
                mib("gateway_rss_before_bytes"),
                mib("gateway_rss_loaded_bytes"),
                v.get("rss_bytes_per_tunnel")
                    .and_then(Value::as_f64)
                    .map_or("-".into(), |x| format!("{:.0} B", x)),
                v["loadavg"].as_str().unwrap_or(""),
            );
        }
        out += "\n";
    }
    let bulk: Vec<&Value> = values.iter().filter(|v| v["kind"] == "bulk").collect();
    if !bulk.is_empty() {
        out += "| peer | tunnels | MB/s | gateway CPU s | CPU-s / GB | errors | generator CPU | loadavg |\n|---|---:|---:|---:|---:|---:|---:|---|\n";
        for v in bulk {
            out += &format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
                v["label"].as_str().unwrap_or(""),
                v["tunnels"],
                f(v, "mb_per_s", 0),
                f(v, "gateway_cpu_seconds", 2),
                f(v, "cpu_seconds_per_gb", 3),
                v["errors"],
                v.get("generator_cpu_share")
                    .and_then(Value::as_f64)
                    .map_or("-".into(), |x| format!("{:.0}%", x * 100.0)),
                v["loadavg"].as_str().unwrap_or(""),
            );
        }
        out += "\n";
    }
    let rate: Vec<&Value> = values.iter().filter(|v| v["kind"] == "rate").collect();
    if !rate.is_empty() {
        out += "| peer | tunnels/s | failed | set-up p50 ms | set-up p99 ms | CPU ms / 1000 tunnels | generator CPU | loadavg |\n|---|---:|---:|---:|---:|---:|---:|---|\n";
        for v in rate {
            out += &format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
                v["label"].as_str().unwrap_or(""),
                f(v, "tunnels_per_s", 0),
                v["tunnels_failed"],
                f(&v["setup_ms"], "p50", 2),
                f(&v["setup_ms"], "p99", 2),
                f(v, "cpu_ms_per_1000_tunnels", 1),
                v.get("generator_cpu_share")
                    .and_then(Value::as_f64)
                    .map_or("-".into(), |x| format!("{:.0}%", x * 100.0)),
                v["loadavg"].as_str().unwrap_or(""),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_one_row_per_report() {
        let v = serde_json::json!({"kind":"bulk","label":"squid","tunnels":16,"mb_per_s":1900.0,"errors":0,"loadavg":"0.1"});
        let t = markdown_table(&[v]);
        assert!(t.contains("| squid | 16 | 1900 |"), "{t}");
    }

    #[test]
    fn summary_applies_the_slo_against_direct() {
        let agents = |label: &str, n: u64, p99: f64, lost: u64| {
            serde_json::json!({"kind":"agents","label":label,"agents":n,"agents_connected":n,"upload_bytes":204800,
                "uploads_lost":lost,"latency_ms":{"p99":p99},"cpu_us_per_upload":20.0,"gateway_cpu_share":0.1})
        };
        let values = [
            agents("direct", 600, 0.6, 0),
            agents("direct", 5000, 0.8, 0),
            agents("gw", 600, 1.5, 0),  // within 1 ms of 0.6
            agents("gw", 5000, 2.0, 0), // 1.2 ms over direct: misses
            agents("lossy", 600, 0.6, 1),
        ];
        let s = summary(&values);
        assert!(s.contains("| gw | 600 (600/5000) | 2.00 | 20 |"), "{s}");
        assert!(s.contains("| lossy | none (600) |"), "{s}");
        assert!(s.contains("| direct | 5000 (600/5000) |"), "{s}");
    }
}
