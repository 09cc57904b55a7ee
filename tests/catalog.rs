//! The endpoint catalog through the real binary: a config naming a service, a workspace
//! and a region allows that workspace's own hosts and refuses another workspace's (the
//! wildcard families are gone), and `check`, `explain` and `allowed-host list --all` say
//! what each entry was derived from. No DNS here: the gateway's route is a stand-in
//! relay proxy that answers 200, so an allowed target gets 200 and the relay is asked
//! for it; a refused one is a 403 from the allowlist before any relay or resolver.

mod support;

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Command, Output};

use support::yes_relay::YesRelay;
use support::{Gateway, connect_to};

const OURS: &str = "1234a123-aa1a-123a-aaa1-a1a345aa6789";
const THEIRS: &str = "9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0";

fn keys(relay: SocketAddr) -> Vec<String> {
    vec![
        "services = [\"azure_monitor_agent\"]".into(),
        "azure_regions = [\"westeurope\"]".into(),
        format!("azure_workspace_ids = [\"{OURS}\"]"),
        format!("relay_proxy = \"http://{relay}\""),
    ]
}

fn omsgate(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_omsgate")).args(args).arg("--config").arg(config).output().unwrap()
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn a_derived_workspace_host_is_allowed_and_another_workspace_is_refused() {
    let relay = YesRelay::start();
    let keys = keys(relay.addr);
    let gw = Gateway::with(&keys.iter().map(String::as_str).collect::<Vec<_>>()).start();

    let ours = format!("{OURS}.ods.opinsights.azure.com:443");
    let (_s, head) = connect_to(gw.addr, &ours);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(relay.asked.recv_timeout(support::DEADLINE).unwrap(), ours, "the relay was asked for it");
    let control = "westeurope.handler.control.monitor.azure.com:443";
    let (_s, head) = connect_to(gw.addr, control);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(relay.asked.recv_timeout(support::DEADLINE).unwrap(), control);

    for refused in [
        format!("{THEIRS}.ods.opinsights.azure.com:443"),
        format!("{THEIRS}.oms.opinsights.azure.com:443"),
        "anyaccount.blob.core.windows.net:443".to_string(),
        "eastus.handler.control.monitor.azure.com:443".to_string(),
    ] {
        let (_s, head) = connect_to(gw.addr, &refused);
        assert!(head.starts_with("HTTP/1.1 403"), "{refused}: {head}");
        gw.wait_event(105, |e| e["target"] == refused.as_str());
    }
    assert!(relay.asked.try_recv().is_err(), "a refused target never reaches the relay");
}

#[test]
fn check_explain_and_list_say_what_each_entry_was_derived_from() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    std::fs::write(&config, keys("127.0.0.1:9".parse().unwrap()).join("\n")).unwrap();
    let origin = "derived: azure_monitor_agent, workspace 1234…";

    let out = omsgate(&config, &["check"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(&format!("{OURS}.ods.opinsights.azure.com  — {origin}")), "{}", text(&out));
    assert!(text(&out).contains("allowed_hosts = []  # default"), "{}", text(&out));
    assert!(!text(&out).contains("warning"), "no tenant-wide entry is in force: {}", text(&out));

    let out = omsgate(&config, &["explain", &format!("{OURS}.ods.opinsights.azure.com")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains(origin), "{}", text(&out));
    let out = omsgate(&config, &["explain", &format!("{THEIRS}.ods.opinsights.azure.com")]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));

    let out = omsgate(&config, &["allowed-host", "list", "--all"]);
    let listed = text(&out);
    assert!(listed.contains("westeurope.handler.control.monitor.azure.com"), "{listed}");
    assert!(listed.contains("derived: azure_monitor_agent, region westeurope"), "{listed}");
    assert_eq!(text(&omsgate(&config, &["allowed-host", "list"])), "", "the file itself lists no host");
}

#[test]
fn the_zero_config_warning_points_at_init() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    std::fs::write(&config, "listen_port = 8080\n").unwrap();
    let out = omsgate(&config, &["check"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("*.ods.opinsights.azure.com (default)") && err.contains("omsgate init"), "{err}");
}
