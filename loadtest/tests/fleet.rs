//! The fleet through the real binaries (issue 9): three `omsgate` nodes behind a real
//! HAProxy (`send-proxy-v2`, `/readyz` checks; Debian's package, which `.ci/run`
//! installs), 60 agents uploading through it, then `kill -9` of one node, SIGTERM of
//! another and a rolling restart of all three. `omsgate-loadtest fleet` runs the cases
//! and judges them; this test runs it at CI scale and asserts its report field by field,
//! so a regression names what broke. It takes about 15–25 s.
//!
//! The ports are bound on port 0 by `fleet` and handed over (the nodes' proxy sockets,
//! HAProxy's frontend), and a node restarts on its own ports; every wait is bounded.

mod support;

use std::process::Command;

use serde_json::Value;
use support::omsgate_binary;

const BIN: &str = env!("CARGO_BIN_EXE_omsgate-loadtest");

fn secs(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("expected seconds, got {v}"))
}

#[test]
fn kill_drain_and_rolling_restart_behind_haproxy_lose_nothing() {
    let found = Command::new("haproxy").arg("-v").output().is_ok_and(|o| o.status.success());
    assert!(found, "haproxy not found: `apt-get install haproxy` (.ci/run does)");
    let dir = std::env::temp_dir().join(format!("omsgate-fleet-test-{}", std::process::id()));
    let out = Command::new(BIN)
        .args(["fleet", "--agents", "60", "--interval", "1s", "--upload", "16KiB", "--json"])
        .arg("--omsgate")
        .arg(omsgate_binary().expect("no omsgate build found: `cargo build -p omsgate` or set OMSGATE_BIN"))
        .arg("--dir")
        .arg(&dir)
        .output()
        .expect("run omsgate-loadtest fleet");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "fleet failed ({}); logs in {}\n{}\n{stdout}",
        out.status,
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let r: Value = serde_json::from_str(&stdout).expect("JSON report on stdout");
    for case in r["cases"].as_array().unwrap() {
        eprintln!(
            "{}: reconnect p99 {} ms ({} reconnects), uploads retried {}, lost {}, marked down after {:?} s",
            case["name"],
            case["reconnect_ms"]["p99"],
            case["reconnect_ms"]["count"],
            case["uploads_retried"],
            case["uploads_lost"],
            case["stops"].as_array().unwrap().iter().map(|s| s["marked_down_s"].clone()).collect::<Vec<_>>()
        );
    }
    assert_eq!(r["violations"], serde_json::json!([]), "{r:#}");
    assert_eq!(r["total"]["uploads_lost"], 0, "{r:#}");
    let cases = r["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3, "{r:#}");
    let inter = r["check"]["worst_down_s"].as_f64().unwrap();

    // (a) kill -9: the node's agents failed once, reconnected through the others, retried.
    let kill = &cases[0];
    assert_eq!(kill["name"], "kill");
    assert!(kill["uploads_retried"].as_u64().unwrap() > 0, "the killed node's agents retried: {kill:#}");
    assert!(kill["reconnect_ms"]["count"].as_u64().unwrap() > 0, "{kill:#}");
    assert_eq!(kill["uploads_lost"], 0, "{kill:#}");
    let stop = &kill["stops"][0];
    assert!(stop["open_at_stop"].as_u64().unwrap() > 0, "the node carried tunnels when killed: {stop}");
    // A dead node fails its checks at the next one: down within the check arithmetic,
    // with a second of slack for a loaded CI machine.
    assert!(secs(&stop["marked_down_s"]) < inter + 1.0, "{stop}");

    // (b) SIGTERM: /readyz flips at once, HAProxy marks it down, every open tunnel ends
    // on its own (none cut), and no tunnel opens on it after its listener closed.
    let term = &cases[1];
    assert_eq!(term["name"], "term");
    assert_eq!(term["uploads_lost"], 0, "{term:#}");
    let stop = &term["stops"][0];
    assert!(secs(&stop["readyz_503_s"]) < 1.0, "{stop}");
    assert!(secs(&stop["marked_down_s"]) < inter + 1.0, "{stop}");
    assert!(stop["open_at_stop"].as_u64().unwrap() > 0, "the node carried tunnels when stopped: {stop}");
    assert_eq!(stop["cut"], 0, "{stop}");
    assert_eq!(stop["tunnels_after_close"], 0, "{stop}");
    assert_eq!(stop["tunnels_after_down"], 0, "{stop}");
    if !r["drain_grace_s"].is_null() {
        // With drain_grace the balancer must see the node go before its listener does.
        assert!(secs(&stop["marked_down_s"]) < secs(&stop["listener_closed_s"]), "{stop}");
        // Its tunnels ended on their own: during the grace (agents close a tunnel after
        // a few uploads and HAProxy sends the next elsewhere) or in the drain after it.
    } else {
        // Without a grace the listener closes at once: the open tunnels drain.
        assert!(stop["drained"].as_u64().unwrap() > 0, "{stop}");
    }

    // (c) Rolling restart: each node drained, came back on its ports, was marked up.
    let rolling = &cases[2];
    assert_eq!(rolling["name"], "rolling");
    assert_eq!(rolling["uploads_lost"], 0, "{rolling:#}");
    let stops = rolling["stops"].as_array().unwrap();
    assert_eq!(stops.len(), 3, "{rolling:#}");
    for s in stops {
        assert_eq!(s["cut"], 0, "{s}");
        assert!(s["marked_up_s"].as_f64().is_some(), "{s}");
    }
    for case in cases {
        assert!(secs(&case["duration_s"]) < 40.0, "{case:#}");
    }

    // The nodes saw the agents, not HAProxy: every tunnel's client is an address an
    // agent's own socket had (IP and port), from 16 different source IPs; HAProxy is `via`.
    let clients = &r["clients"];
    assert!(clients["tunnels_logged"].as_u64().unwrap() >= 60, "{clients}");
    assert_eq!(clients["from_agents"], clients["tunnels_logged"], "{clients}");
    assert_eq!(clients["via_balancer"], clients["tunnels_logged"], "{clients}");
    assert_eq!(clients["distinct_client_ips"], 16, "{clients}");
    let _ = std::fs::remove_dir_all(&dir);
}
