//! `omsgate import-oms` on fixtures written from the original's documented formats
//! (`tests/fixtures/oms/README.md` says which): the config each gives, the items it
//! could not map and why, and that the written config passes `omsgate check`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oms").join(name)
}

fn import(args: &[&str], files: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_omsgate"));
    cmd.arg("import-oms").args(args);
    for f in files {
        cmd.arg(fixture(f));
    }
    cmd.output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The cmdlets piped to ConvertTo-Json: every item maps; the whole config, as printed.
#[test]
fn convert_to_json_output_gives_this_config() {
    let o = import(&[], &["cmdlets-json.txt"]);
    assert!(o.status.success(), "{}", err(&o));
    let expected = include_str!("fixtures/oms/cmdlets-json.expected.toml")
        .replace("FIXTURE", &fixture("cmdlets-json.txt").display().to_string());
    assert_eq!(out(&o), expected);
    assert!(err(&o).contains("every item was mapped"), "{}", err(&o));
}

/// The default text output (list, table, bare lines) after PS prompts.
#[test]
fn default_text_output_maps_and_reports_the_bad_host() {
    let o = import(&[], &["cmdlets-text.txt"]);
    assert!(o.status.success(), "{}", err(&o));
    let config = out(&o);
    for line in [
        "listen_port = 8080\n",
        "  \"www.test.com\",\n  \"we-jobruntimedata-prod-su1.azure-automation.net\",\n  \"ncus-agentservice-prod-1.azure-automation.net\",\n  # the embedded default's families:\n",
        "allowed_client_certificates = [\"CN=mycert\"]\n",
        "relay_proxy = \"http://www.myproxy.com:8080\"\n",
        "relay_proxy_username = \"user1\"\n",
    ] {
        assert!(config.contains(line), "{line:?} in:\n{config}");
    }
    let report = err(&o);
    assert!(
        report.contains("could not map 1 item:\n  bad host.example.com: not an allowed_hosts entry"),
        "{report}"
    );
    assert!(report.contains("\"mycert\" is read as \"CN=mycert\""), "{report}");
}

/// The documented silent-install line: the port maps; the port-less proxy, its user,
/// the password and the Windows-only properties are each reported with the reason.
#[test]
fn the_msiexec_line_maps_the_port_and_says_why_the_rest_does_not() {
    let o = import(&[], &["msiexec.txt"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).ends_with("listen_port = 8080\n"), "{}", out(&o));
    assert!(!out(&o).contains("p@ssw0rd") && !err(&o).contains("p@ssw0rd"), "the password is never echoed");
    let report = err(&o);
    let listed: Vec<&str> =
        report.lines().filter(|l| l.starts_with("  ")).map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(
        listed,
        ["  PROXY=10.80.2.200", "  PASSWORD", "  LicenseAccepted=1", "  INSTALLDIR=C", "  username gwuser"],
        "{report}"
    );
    assert!(report.contains("will not guess the relay proxy's port"), "{report}");
}

#[test]
fn write_puts_a_checked_config_in_place_and_never_overwrites_by_surprise() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    let c = config.to_str().unwrap();
    let o = import(&["--write", "--config", c], &["cmdlets-text.txt", "msiexec.txt"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).starts_with(&format!("wrote {c}")), "{}", out(&o));
    // The msiexec line's USERNAME replaces the relay proxy's user1: said, not hidden.
    assert!(
        err(&o).contains("relay proxy username \"user1\" from an earlier item is replaced by \"gwuser\""),
        "{}",
        err(&o)
    );
    let check = Command::new(env!("CARGO_BIN_EXE_omsgate")).args(["check", "--config", c]).output().unwrap();
    assert!(check.status.success(), "{}", err(&check));
    let written = std::fs::read_to_string(&config).unwrap();
    let again = import(&["--write", "--config", c], &["cmdlets-json.txt"]);
    assert_eq!(again.status.code(), Some(2), "{}", err(&again));
    assert!(err(&again).contains("--force"), "{}", err(&again));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), written);
    let forced = import(&["--write", "--force", "--config", c], &["cmdlets-json.txt"]);
    assert!(forced.status.success(), "{}", err(&forced));
    assert!(std::fs::read_to_string(&config).unwrap().contains("listen_port = 3128"));
}
