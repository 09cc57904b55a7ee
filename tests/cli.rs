//! The operator's editing commands against real files and a running gateway: an edit
//! is validated before it is written, keeps the file's comments, and is applied by the
//! running gateway without a restart (the original needed Restart-Service).

mod support;

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
    let out = support::omsgate_with_stdin(
        &cfg,
        &["relay-proxy", "set", "http://proxy.corp.example:3128", "--username", "user1", "--password-stdin"],
        "s3cret!\n",
    );
    assert!(out.status.success(), "{out:?}");
    let pw = dir.path().join("relay-proxy.password");
    assert_eq!(std::fs::read_to_string(&pw).unwrap(), "s3cret!\n");
    use std::os::unix::fs::PermissionsExt;
    // Readable by the config's group (the service's), nobody else.
    assert_eq!(std::fs::metadata(&pw).unwrap().permissions().mode() & 0o777, 0o640);

    let shown = stdout(&omsgate(&cfg, &["relay-proxy", "get"])) + &stdout(&omsgate(&cfg, &["config", "get"]));
    assert!(shown.contains("http://proxy.corp.example:3128") && shown.contains("user1"), "{shown}");
    assert!(!shown.contains("s3cret"), "{shown}");

    assert!(omsgate(&cfg, &["relay-proxy", "clear"]).status.success());
    assert!(stdout(&omsgate(&cfg, &["relay-proxy", "get"])).contains("connect directly"));
}

#[test]
fn relay_proxy_add_and_remove_edit_the_list_with_a_password_file_per_relay() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    std::fs::write(&cfg, "relay_proxy = \"http://a.corp.example:3128\"\n").unwrap();
    let out = support::omsgate_with_stdin(
        &cfg,
        &["relay-proxy", "add", "https://b.corp.example:3129", "--username", "gw", "--password-stdin"],
        "b-s3cret\n",
    );
    assert!(out.status.success(), "{out:?}");
    // The one relay became the first of the list; the new one has its own password file.
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert_eq!(
        stdout(&omsgate(&cfg, &["config", "get", "relay_proxies"])).trim(),
        "[\"http://a.corp.example:3128\", \"https://gw@b.corp.example:3129\"]"
    );
    assert!(!text.contains("relay_proxy ="), "{text}");
    let pw = dir.path().join("relay-proxy.b.corp.example_3129.password");
    assert_eq!(std::fs::read_to_string(&pw).unwrap(), "b-s3cret\n");
    let got = stdout(&omsgate(&cfg, &["relay-proxy", "get"]));
    assert!(
        got.contains("1. http://a.corp.example:3128") && got.contains("2. https://gw@b.corp.example:3129"),
        "{got}"
    );
    let everything = got + &stdout(&omsgate(&cfg, &["config", "get"])) + &text;
    assert!(!everything.contains("s3cret"), "{everything}");
    // Adding it again is refused; removing it drops its password file entry too.
    assert!(!omsgate(&cfg, &["relay-proxy", "add", "http://b.corp.example:3129"]).status.success());
    assert!(omsgate(&cfg, &["relay-proxy", "remove", "b.corp.example:3129"]).status.success());
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(!text.contains("b.corp.example") && text.contains("a.corp.example:3128"), "{text}");
    let out = omsgate(&cfg, &["relay-proxy", "remove", "c.corp.example:3128"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
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

/// Every key in the table: `config set KEY EXAMPLE` is accepted and written, `config get
/// KEY` reads it back (text and JSON), `config unset KEY` brings the default back.
#[test]
fn every_key_round_trips_through_config_set_and_get() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    // The example password file is relative: it is read from the working directory.
    std::fs::write(dir.path().join("relay-proxy.password"), "pw\n").unwrap();
    std::fs::write(dir.path().join("proxy-a.password"), "pw\n").unwrap();
    let private = std::os::unix::fs::PermissionsExt::from_mode(0o600);
    std::fs::set_permissions(dir.path().join("proxy-a.password"), private).unwrap();
    let ca = rcgen::generate_simple_self_signed(vec!["proxy-b.example.com".into()]).unwrap();
    std::fs::write(dir.path().join("relay-ca.pem"), ca.cert.pem()).unwrap();
    // So is the agents' users file (no users yet: client_auth = "basic" admits nobody).
    std::fs::write(dir.path().join("agent-users"), "").unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_omsgate"))
            .args(args)
            .arg("--config")
            .arg(&cfg)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    // Table order makes each intermediate file valid (certificates before their policy,
    // the users file before client_auth, the relay proxy before its credentials).
    for key in omsgate::config::KEYS {
        if key.name == "relay_proxies" {
            // The list form replaces the one-relay form (both set is refused).
            assert_eq!(
                stdout(&run(&["config", "get", "relay_proxy_password_file"])).trim(),
                "\"relay-proxy.password\""
            );
            for single in ["relay_proxy_password_file", "relay_proxy_username", "relay_proxy"] {
                assert!(run(&["config", "unset", single]).status.success(), "config unset {single}");
            }
        }
        let example: toml_edit::Value = key.example.parse().unwrap();
        let text = example.as_str().map_or_else(|| key.example.to_string(), str::to_string);
        let out = run(&["config", "set", key.name, &text]);
        assert!(out.status.success(), "config set {} {text}: {out:?}", key.name);
        let got = stdout(&run(&["config", "get", key.name]));
        assert_eq!(got.trim(), omsgate::config::types::shown(&example), "config get {}", key.name);
        let json: serde_json::Value =
            serde_json::from_slice(&run(&["config", "get", key.name, "--output", "json"]).stdout).unwrap();
        assert!(!json.is_null(), "config get {} --output json", key.name);
    }
    let all: serde_json::Value =
        serde_json::from_slice(&run(&["config", "get", "--output", "json"]).stdout).unwrap();
    assert_eq!(all.as_object().unwrap().len(), omsgate::config::KEYS.len(), "{all}");
    assert_eq!(all["allowed_ports"], serde_json::json!([443, 8443]));
    assert_eq!(all["max_connections"], 5000);
    assert_eq!(all["relay_password_files"], serde_json::json!(["proxy-a.example.com:3128=proxy-a.password"]));

    // Unset in reverse order so each intermediate file stays valid.
    for key in omsgate::config::KEYS.iter().rev() {
        let out = run(&["config", "unset", key.name]);
        assert!(out.status.success(), "config unset {}: {out:?}", key.name);
        let default: toml_edit::Value = key.default.parse().unwrap();
        assert_eq!(
            stdout(&run(&["config", "get", key.name])).trim(),
            omsgate::config::types::shown(&default)
        );
    }
}

#[test]
fn config_keys_prints_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let out = omsgate(&dir.path().join("none.toml"), &["config", "keys"]);
    let text = stdout(&out);
    for key in omsgate::config::KEYS {
        assert!(text.contains(key.name), "{}: {text}", key.name);
    }
    let markdown = stdout(&omsgate(&dir.path().join("none.toml"), &["config", "keys", "--markdown"]));
    assert_eq!(markdown, omsgate::config::keys::markdown());
}

/// The gateway is found by its control socket, not by its process name: a renamed or
/// versioned binary still hears the reload, and its answer reaches the operator.
#[test]
fn reload_reaches_a_gateway_whatever_its_binary_is_called() {
    let dir = tempfile::tempdir().unwrap();
    // Another name for the same binary (a link: copying 70 MB of debug build is slow
    // on a busy machine); the old discovery matched the name it was run by.
    let renamed = dir.path().join("gw-2.4-renamed");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_omsgate"), &renamed).unwrap();
    let origin = Origin::echo();
    let gw =
        Gateway::with(&["allowed_hosts = [\"127.0.0.2\"]", &format!("allowed_ports = [{}]", origin.port())])
            .binary(&renamed)
            .start();
    let out = omsgate(&gw.config, &["allowed-host", "add", "127.0.0.1"]);
    assert!(out.status.success(), "{out:?}");
    assert!(stdout(&out).contains(&format!("pid {}", gw.pid())), "{}", stdout(&out));
    gw.wait_event(110, |_| true);
    assert!(connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port())).1.starts_with("HTTP/1.1 200"));

    // A file the running gateway refuses: the operator hears the refusal, exit 2.
    gw.rewrite_config("listen_port = \"text\"\n");
    let out = omsgate(&gw.config, &["reload"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("pid {}", gw.pid())) && err.contains("listen_port"), "{err}");

    // Nothing serves this file: said so, exit 1.
    let out = omsgate(&dir.path().join("nobody.toml"), &["reload"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no running gateway serves"), "{out:?}");
}

/// `explain` through the binary: exit status, the entry that allowed, why the nearest
/// entries did not, JSON for scripts.
#[test]
fn explain_says_which_entry_allowed_and_why_others_did_not() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    std::fs::write(&cfg, "allowed_hosts = [\"*.ods.opinsights.azure.com\", \"api.example.net:8443\", \"azgn*.servicebus.windows.net\"]\n").unwrap();
    let out = omsgate(&cfg, &["explain", "ws1.ods.opinsights.azure.com"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        stdout(&out)
            .contains("by *.ods.opinsights.azure.com  (file: any name below ods.opinsights.azure.com"),
        "{}",
        stdout(&out)
    );

    let out = omsgate(&cfg, &["explain", "api.example.net:443", "--output", "json"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["reason"], "port_not_allowed");
    assert_eq!(json["near"][0]["entry"], "api.example.net:8443");
    assert_eq!(json["near"][0]["why_not"], "matches the host but allows only port 8443, not 443");

    let out = omsgate(&cfg, &["explain", "azgn.servicebus.windows.net:443"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(stdout(&out).contains("the first label must be azgn…"), "{}", stdout(&out));

    let out = omsgate(&cfg, &["explain", "user@host:443"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

/// `explain --identity`: a user identity's own list decides with the CONNECT, a
/// certificate identity's after the global allowlist, an unbound user keeps the global
/// one, and without the flag the operator is told identities decide for themselves.
#[test]
fn explain_decides_as_the_identity_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    let users = dir.path().join("agent-users");
    std::fs::write(&users, "").unwrap();
    let global = format!("client_auth_users_file = {:?}\n", users.display().to_string());
    std::fs::write(
        &cfg,
        global
            + r#"allowed_hosts = ["a.example.com", "b.example.com"]
client_auth = "basic"
identity_shared_hosts = ["shared.example.com"]

[[identity]]
user = "store-a"
allowed_hosts = ["a.example.com"]

[[identity]]
certificate = "CN=pos-1"
allowed_hosts = ["c.example.com"]
"#,
    )
    .unwrap();
    let json = |args: &[&str]| {
        let out = omsgate(&cfg, &[&["explain", "--output", "json"], args].concat());
        let value: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{out:?}"));
        (out.status.code(), value)
    };

    // The user's own list: a and the shared host, not b, which the global list has.
    let (code, v) = json(&["a.example.com", "--identity", "user=store-a"]);
    assert_eq!((code, &v["identity"]), (Some(0), &"user=store-a".into()), "{v}");
    let (code, v) = json(&["shared.example.com", "--identity", "user=store-a"]);
    assert_eq!((code, &v["matched"]["origin"]), (Some(0), &"derived: identity_shared_hosts".into()), "{v}");
    let (code, v) = json(&["b.example.com", "--identity", "user=store-a"]);
    assert_eq!(
        (code, &v["reason"], &v["event_id"]),
        (Some(1), &"identity_not_allowed".into(), &105.into()),
        "{v}"
    );

    // The certificate's list decides only after the global one let the CONNECT through.
    let (code, v) = json(&["c.example.com", "--identity", "certificate=CN=pos-1"]);
    assert_eq!((code, &v["reason"]), (Some(1), &"host_not_allowed".into()), "{v}");
    let (code, v) = json(&["a.example.com", "--identity", "certificate=CN=pos-1"]);
    assert_eq!((code, &v["reason"]), (Some(1), &"identity_not_allowed".into()), "{v}");

    // A user no section names is decided by the global list, and told so.
    let out = omsgate(&cfg, &["explain", "b.example.com", "--identity", "user=hq"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stdout(&out).starts_with("no [[identity]] names user=hq"), "{}", stdout(&out));

    // Words at the terminal: whose list and when.
    let out = omsgate(&cfg, &["explain", "a.example.com", "--identity", "certificate=CN=pos-1"]);
    assert!(stdout(&out).contains("once the agent's Certificate message is read"), "{}", stdout(&out));

    // Without the flag: the global decision, and a pointer to --identity.
    let out = omsgate(&cfg, &["explain", "b.example.com"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stdout(&out).contains("--identity user=NAME explains for one"), "{}", stdout(&out));

    // Not a label: bad input, exit 2, nothing decided.
    let out = omsgate(&cfg, &["explain", "a.example.com", "--identity", "store-a"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"store-a\" names no identity"), "{out:?}");
}
