//! `status`, `top`, `drain`, `init` and the command line's own errors in the operator's
//! language, through the real binary. Under the pseudo-language `qps-ploc` every letter
//! of message text is an accented look-alike in ⟦ ⟧, so a plain English word left in
//! what a command prints is a string still hard-coded; `de` writes status's decimals
//! with a comma where English has a point.

mod support;

use support::lang::{english_left, omsgate, stderr, stdout};
use support::{DEADLINE, Gateway, Origin, connect_to, wait_until};

const WS: &str = "1234a123-aa1a-123a-aaa1-a1a345aa6789";

fn assert_pseudo(what: &str, text: &str, known: &[&str]) {
    assert!(text.contains('⟦'), "{what}: nothing pseudo-localised:\n{text}");
    let words = english_left(text, known);
    assert!(words.is_empty(), "{what}: plain English {words:?} in:\n{text}");
}

#[test]
fn status_top_and_drain_without_a_gateway_say_so_in_the_pseudo_language() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    let path = config.display().to_string();
    for command in ["status", "top"] {
        let out = omsgate("qps-ploc", &config, &[command], "");
        assert_eq!(out.status.code(), Some(1), "{command}: {out:?}");
        assert!(stdout(&out).contains(&path), "{command}: the path as it is: {}", stdout(&out));
        assert_pseudo(command, &stdout(&out), &[&path]);
    }
    let out = omsgate("qps-ploc", &config, &["drain"], "");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_pseudo("drain", &stderr(&out), &[&path, "--config"]);
    // English is today's line.
    let out = omsgate("en", &config, &["status"], "");
    assert_eq!(stdout(&out).trim(), format!("not running: no gateway serves {path}"));
}

#[test]
fn status_of_a_running_gateway_writes_the_language_s_decimals_and_no_english_in_pseudo() {
    let origin = Origin::echo();
    let entry = format!("127.0.0.1:{}", origin.port());
    let gw = Gateway::with(&[
        &format!("allowed_hosts = [\"{entry}\"]"),
        "tls_inspection = false",
        "max_connections = 500",
    ])
    .start();
    // One tunnel held open: 1 of 500 is 0.2 %.
    let (_held, head) = connect_to(gw.addr, &entry);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let mut json = serde_json::Value::Null;
    wait_until("the open tunnel in status", DEADLINE, || {
        json = serde_json::from_slice(&omsgate("en", &gw.config, &["status", "--output", "json"], "").stdout)
            .unwrap_or_default();
        json["gateways"][0]["tunnels"]["open"] == 1
    });

    let english = stdout(&omsgate("en", &gw.config, &["status"], ""));
    assert!(english.contains("tunnels      1 open of max_connections 500 (0.2%)"), "{english}");

    let out = omsgate("de", &gw.config, &["status"], "");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let german = stdout(&out);
    // German writes the decimal with a comma.
    assert!(german.contains("0,2") && !german.contains("0.2"), "{german}");

    let out = omsgate("qps-ploc", &gw.config, &["status"], "");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let g = &json["gateways"][0];
    let (source, mode, listen, metrics) = (
        g["config"]["source"].as_str().unwrap(),
        g["config"]["policy_mode"].as_str().unwrap(),
        g["listen"][0].as_str().unwrap(),
        g["metrics"].as_str().unwrap_or(""),
    );
    let known = [
        source,
        mode,
        listen,
        metrics,
        "policy_mode",
        "max_connections_per_client",
        "max_connections",
        "/readyz",
    ];
    assert_pseudo("status", &stdout(&out), &known);
    assert!(stdout(&out).contains("0.2"), "qps-ploc is English's numbers: {}", stdout(&out));

    // top's tables: headings and notes pseudo-localised, entries as they are.
    let out = omsgate("qps-ploc", &gw.config, &["top", "--once"], "");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stdout(&out).contains(&entry), "{}", stdout(&out));
    assert_pseudo("top", &stdout(&out), &[source, &entry]);
}

#[test]
fn init_by_flags_in_the_pseudo_language() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    let path = config.display().to_string();
    let args = [
        "init",
        "--workspace-id",
        WS,
        "--region",
        "westeurope",
        "--services",
        "azure_monitor_agent,log_analytics_agent,arc",
        "--listen-port",
        "3128",
    ];
    let out = omsgate("qps-ploc", &config, &args, "");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = stdout(&out);
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let known = [
        path.as_str(),
        host.trim(),
        // The command to run and the agents' own settings are printed as they are typed.
        "omsgate check --config",
        "omsgate run",
        r#"{"proxy":{"mode":"application","address":"http:"#,
        r#"","auth":"false"}}"#,
        "http://",
        "proxy.conf / omsadmin.sh",
        "azcmagent config set proxy.url",
        "HTTP GET /readyz",
    ];
    assert_pseudo("init", &said, &known);
    assert!(said.contains(":3128"), "{said}");
    assert!(std::fs::read_to_string(&config).unwrap().contains("listen_port = 3128"));

    // Again without --force: refused, exit 2, nothing written.
    let out = omsgate("qps-ploc", &config, &args, "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_pseudo("init again", &stderr(&out), &[&path, "omsgate init --force", "omsgate config set"]);
}

#[test]
fn the_command_line_s_own_errors_in_the_pseudo_language_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    let out = omsgate("qps-ploc", &config, &["status", "--bogus"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = stderr(&out);
    assert!(err.starts_with("omsgate: ⟦") && err.contains("'⟧--bogus⟦'"), "{err}");
    // The usage is the command's syntax (clap's [OPTIONS] included), the same in every language.
    assert_pseudo("unknown flag", &err, &["--bogus", "--help", "status [OPTIONS]"]);

    let out = omsgate("qps-ploc", &config, &["status", "--output", "yaml"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_pseudo(
        "bad value",
        &stderr(&out),
        &["yaml", "--output <OUTPUT>", "text, json", "--help", "status"],
    );

    let out = omsgate("en", &config, &["status", "--bogus"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(stderr(&out).starts_with("omsgate: unexpected argument '--bogus' found\n"), "{}", stderr(&out));
    assert!(stderr(&out).ends_with("For more information, try '--help'.\n"), "{}", stderr(&out));

    // --help and --version stay clap's: stdout, exit 0.
    for args in [&["status", "--help"][..], &["--version"]] {
        let out = omsgate("qps-ploc", &config, args, "");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
        assert!(!stdout(&out).is_empty() && stderr(&out).is_empty(), "{args:?}: {out:?}");
    }
}

#[test]
fn the_check_finds_english_outside_the_brackets_only() {
    assert_eq!(english_left("omsgate: ⟦ñöţ ŕûññîñĝ⟧ /tmp/x.toml", &["/tmp/x.toml"]), Vec::<String>::new());
    assert_eq!(english_left("⟦ţûññéļš⟧ 1 open of 500", &[]), ["open", "of"]);
}
