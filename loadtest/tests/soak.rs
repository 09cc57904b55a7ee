//! The soak in CI: two minutes of agents at the seed's cadence through a real omsgate,
//! with client kills, origin restarts, reloads every few seconds and a SIGHUP storm,
//! then the soak's own assertions (tunnels opened = closed + open, fds and pipes back to
//! the baseline, RSS flat, no upload lost, no application error, still ready) and a
//! few figures that prove the load and the chaos really ran.
//!
//! `omsgate-loadtest soak` binds every port itself (port 0, kept), starts the gateway on
//! a socket it hands over and waits for its `READY=1`, so this runs beside other tests
//! without port races. The 30-minute run is recorded in `perf/results/`.

use std::process::Command;

use serde_json::Value;
use support::omsgate_binary;

mod support;

const BIN: &str = env!("CARGO_BIN_EXE_omsgate-loadtest");
/// A CI-sized fleet: the seed's cadence, a third of the default 300 agents, so a debug
/// build beside other tests on a small machine keeps up.
const AGENTS: u64 = 100;

#[test]
fn two_minutes_of_chaos_leave_exact_accounts() {
    let Some(omsgate) = omsgate_binary() else {
        eprintln!("omsgate not built: the soak skipped (cargo build -p omsgate, or set OMSGATE_BIN)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["soak", "--json", "--quiet", "--duration", "2m", "--agents", &AGENTS.to_string()])
        .arg("--omsgate")
        .arg(&omsgate)
        .arg("--dir")
        .arg(dir.path())
        .output()
        .expect("run omsgate-loadtest soak");
    let log = std::fs::read_to_string(dir.path().join("gateway.log")).unwrap_or_default();
    let tail: Vec<&str> = log.lines().rev().take(40).collect();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON report ({e}): {}\n{}\ngateway log tail:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr),
            tail.join("\n")
        )
    });
    let failed = report["checks"].as_array().unwrap().iter().filter(|c| c["ok"] != true).collect::<Vec<_>>();
    assert!(
        out.status.success() && report["passed"] == true && failed.is_empty(),
        "soak failed: {}\nfailed checks: {failed:#?}\nreport: {report:#}\ngateway log tail:\n{}",
        out.status,
        tail.join("\n")
    );

    // The load ran: at least half the uploads the cadence asks for, none lost, some
    // retried after the chaos broke their tunnel.
    let uploads = &report["uploads"];
    let scheduled = AGENTS * 120 / 6;
    assert!(uploads["ok"].as_u64().unwrap() >= scheduled / 2, "{uploads}");
    assert_eq!(uploads["lost"], 0, "{uploads}");
    assert!(uploads["retried"].as_u64().unwrap() > 0, "{uploads}");
    assert!(uploads["killed"].as_u64().unwrap() > 0, "{uploads}");

    // Every kind of chaos ran on its schedule: restarts at 15, 45, 75, 105 s; reloads
    // every 3 s from 1.5 s, half by command and half by SIGHUP; one storm.
    let chaos = &report["chaos"];
    assert_eq!(chaos["origin_restarts"], 4, "{chaos}");
    assert!(chaos["origin_connections_cut"].as_u64().unwrap() > 0, "{chaos}");
    assert_eq!(chaos["reloads_by_command"], 20, "{chaos}");
    assert_eq!(chaos["reloads_by_sighup"], 20, "{chaos}");
    assert_eq!(chaos["reload_failures"], 0, "{chaos}");
    assert_eq!(chaos["storm_sighups"], 200, "{chaos}");

    // The accounts, as figures (the checks above already compared them).
    let tunnels = &report["tunnels"];
    assert!(tunnels["opened"].as_f64().unwrap() >= AGENTS as f64, "{tunnels}");
    assert_eq!(tunnels["opened"], tunnels["closed"], "{tunnels}");
    assert_eq!(tunnels["active_client_connections"], 0.0, "{tunnels}");
    let fds = &report["fds"];
    assert_eq!(fds["end"]["total"].as_i64(), fds["expected_end"].as_i64(), "{fds}");
    assert!(report["log"]["events"].get("400").is_none(), "{}", report["log"]);
    let rss = &report["rss"];
    assert!(rss["end_of_load_bytes"].as_u64().unwrap() <= rss["limit_bytes"].as_u64().unwrap(), "{rss}");
    eprintln!(
        "soak: {} uploads ok ({} retried, {} lost), {} tunnels opened = closed, fds {} → {}, RSS {} → {} bytes, {:.0} s",
        uploads["ok"],
        uploads["retried"],
        uploads["lost"],
        tunnels["opened"],
        fds["baseline"]["total"],
        fds["end"]["total"],
        rss["warm_bytes"],
        rss["end_of_load_bytes"],
        report["wall_s"].as_f64().unwrap()
    );
}
