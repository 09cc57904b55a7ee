//! The operator's editing commands against real files and a running gateway: an edit
//! is validated before it is written, keeps the file's comments, and is applied by the
//! running gateway without a restart (the original needed Restart-Service).

mod support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use support::{Gateway, Origin, connect_to};

fn omsgate(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_omsgate")).args(args).arg("--config").arg(config).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn allowed_host_add_reaches_the_running_gateway_and_keeps_comments() {
    let origin = Origin::echo();
    let gw = Gateway::with(&[
        "# the shop-floor gateway",
        "allowed_hosts = [\"127.0.0.2\"]",
        &format!("allowed_ports = [{}]", origin.port()),
    ])
    .start();
    let target = format!("127.0.0.1:{}", origin.port());
    assert!(connect_to(gw.addr, &target).1.starts_with("HTTP/1.1 403"));

    let out = omsgate(&gw.config, &["allowed-host", "add", "127.0.0.1"]);
    assert!(out.status.success(), "{out:?}");
    assert!(stdout(&out).contains(&format!("pid {}", gw.pid())), "{}", stdout(&out));
    gw.wait_event(110, |_| true);
    assert!(connect_to(gw.addr, &target).1.starts_with("HTTP/1.1 200"));
    let text = std::fs::read_to_string(&gw.config).unwrap();
    assert!(text.contains("# the shop-floor gateway"), "{text}");

    let out = omsgate(&gw.config, &["allowed-host", "list"]);
    assert_eq!(stdout(&out), "127.0.0.2\n127.0.0.1\n");
    let out = omsgate(&gw.config, &["allowed-host", "remove", "127.0.0.9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not in allowed_hosts"));
}

#[test]
fn an_invalid_set_is_refused_and_the_file_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    std::fs::write(&cfg, "# keep me\nlisten_port = 8080\n").unwrap();
    for args in [
        ["config", "set", "listen_port", "70000"],
        ["config", "set", "listen_prot", "80"],
        ["config", "set", "listen_port", "http"],
    ] {
        let out = omsgate(&cfg, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("event 401"), "{out:?}");
    }
    assert_eq!(std::fs::read_to_string(&cfg).unwrap(), "# keep me\nlisten_port = 8080\n");

    let out = omsgate(&cfg, &["config", "set", "listen_port", "3128"]);
    assert!(out.status.success());
    assert_eq!(stdout(&omsgate(&cfg, &["config", "get", "listen_port"])), "3128\n");
    assert_eq!(stdout(&omsgate(&cfg, &["config", "get", "idle_timeout"])), "\"10m\"\n");
    assert!(
        stdout(&omsgate(&cfg, &["allowed-host", "list", "--all"])).contains("*.ods.opinsights.azure.com")
    );
}

#[test]
fn relay_proxy_password_from_stdin_is_stored_privately_and_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    let mut child = Command::new(env!("CARGO_BIN_EXE_omsgate"))
        .args([
            "relay-proxy",
            "set",
            "http://proxy.corp.example:3128",
            "--username",
            "user1",
            "--password-stdin",
            "--config",
        ])
        .arg(&cfg)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"s3cret!\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let pw = dir.path().join("relay-proxy.password");
    assert_eq!(std::fs::read_to_string(&pw).unwrap(), "s3cret!\n");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&pw).unwrap().permissions().mode() & 0o777, 0o600);

    let shown = stdout(&omsgate(&cfg, &["relay-proxy", "get"])) + &stdout(&omsgate(&cfg, &["config", "get"]));
    assert!(shown.contains("http://proxy.corp.example:3128") && shown.contains("user1"), "{shown}");
    assert!(!shown.contains("s3cret"), "{shown}");

    assert!(omsgate(&cfg, &["relay-proxy", "clear"]).status.success());
    assert!(stdout(&omsgate(&cfg, &["relay-proxy", "get"])).contains("connect directly"));
}

#[test]
fn a_reader_that_stops_early_is_not_a_panic() {
    // `omsgate allowed-host list --all | head -1`: the pipe closes under the writer.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    let hosts: Vec<String> = (0..5000).map(|i| format!("\"host{i}.example.com\"")).collect();
    std::fs::write(&cfg, format!("allowed_hosts = [{}]\n", hosts.join(", "))).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_omsgate"))
        .args(["allowed-host", "list", "--all", "--config"])
        .arg(&cfg)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_ne!(out.status.code(), Some(101), "panicked: {}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}
