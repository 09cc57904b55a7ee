//! The editing and explaining commands in the operator's language, through the real
//! binary: under the pseudo-language every word they print comes from the message files
//! (values verbatim), under `--lang en` they print today's English, and `explain
//! --output json` is the same English whatever the language.

mod support;

use std::path::PathBuf;

use support::lang::{english_left, omsgate};

/// A config with a wildcard and a `host:PORT` entry, in a temp dir.
fn config() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("omsgate.toml");
    std::fs::write(&cfg, "allowed_hosts = [\"*.example.com\", \"api.example.net:8443\"]\n").unwrap();
    (dir, cfg)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The values these tests' commands print as they are.
const VALUES: &[&str] = &[
    "*.example.com",
    "a.example.com",
    "example.com",
    "api.example.net:8443",
    "api.example.net",
    "collector.example.org",
    "\"nothere\"",
    "allowed_hosts",
    "allowed_ports",
    "allow_private_destinations = false",
    "host_not_allowed",
    "port_not_allowed",
    "allowed-host list --all",
];

#[test]
fn under_the_pseudo_language_edits_and_explain_print_no_hard_coded_english() {
    let (_dir, cfg) = config();
    let path = cfg.display().to_string();
    let mut values = VALUES.to_vec();
    values.push(&path);
    let runs: &[&[&str]] = &[
        &["allowed-host", "add", "collector.example.org"],
        &["allowed-host", "list"],
        &["allowed-host", "list", "--all"],
        &["explain", "a.example.com"],
        &["explain", "example.com"],
        &["explain", "api.example.net"],
        &["allowed-host", "remove", "nothere"],
        &["allowed-host", "remove", "collector.example.org"],
    ];
    for args in runs {
        let out = omsgate("qps-ploc", &cfg, args, "");
        for (stream, printed) in [("stdout", text(&out.stdout)), ("stderr", text(&out.stderr))] {
            let left = english_left(&printed, &values);
            assert!(left.is_empty(), "{args:?} {stream} has English {left:?}:\n{printed}");
        }
        let all = text(&out.stdout) + &text(&out.stderr);
        assert!(!all.is_empty(), "{args:?} printed nothing");
    }
    // The check finds English where there is some.
    let english = text(&omsgate("en", &cfg, &["explain", "example.com"], "").stdout);
    assert!(english_left(&english, &values).contains(&"denied".to_string()), "{english}");
    // The values stay verbatim, the words do not.
    let out = text(&omsgate("qps-ploc", &cfg, &["explain", "example.com"], "").stdout);
    assert!(out.contains("example.com:443") && out.contains("*.example.com"), "{out}");
    assert!(!out.contains("denied") && out.contains('⟦'), "{out}");
    let out = omsgate("qps-ploc", &cfg, &["allowed-host", "remove", "nothere"], "");
    assert_eq!(out.status.code(), Some(2), "the exit status does not depend on the language");
    assert!(text(&out.stderr).contains("401"), "{}", text(&out.stderr));
}

#[test]
fn the_other_edits_relays_agent_users_and_suggest_have_no_hard_coded_english_either() {
    let (dir, cfg) = config();
    let (path, dir_path) = (cfg.display().to_string(), dir.path().display().to_string());
    let log = dir.path().join("log.json");
    std::fs::write(
        &log,
        "{\"event_id\":105,\"would_deny\":true,\"target\":\"ws1.example.com:443\",\"timestamp\":\"t1\"}\n",
    )
    .unwrap();
    let log_path = log.display().to_string();
    let mut values = VALUES.to_vec();
    values.extend([
        path.as_str(),
        dir_path.as_str(),
        "listen_port",
        "\"CN=agent-1\"",
        "CN=agent-1",
        "http://u1@proxy.corp.example:3128",
        "http://proxy.corp.example:3128",
        "http://p2.corp.example:3128",
        "p2.corp.example:3128",
        "relay-proxy.password",
        "u1",
        "relay_proxies",
        "relay_retry_after",
        "relay_bypass",
        "relay_route",
        "30s",
        "store-1",
        "store-9",
        "agent-users",
        "client_auth_users_file",
        "agent-user list",
        "--config",
        "would_deny",
        "omsgate allowed-host add ENTRY",
        "ws1.example.com",
        "t1",
    ]);
    let runs: &[(&[&str], &str)] = &[
        (&["config", "set", "listen_port", "3128"], ""),
        (&["config", "unset", "listen_port"], ""),
        (&["allowed-client-cert", "add", "CN=agent-1"], ""),
        (&["allowed-client-cert", "list"], ""),
        (&["allowed-client-cert", "remove", "CN=agent-1"], ""),
        (&["relay-proxy", "get"], ""),
        (
            &["relay-proxy", "set", "http://proxy.corp.example:3128", "--username", "u1", "--password-stdin"],
            "pw\n",
        ),
        (&["relay-proxy", "add", "http://p2.corp.example:3128"], ""),
        (&["relay-proxy", "get"], ""),
        (&["explain", "a.example.com"], ""),
        (&["relay-proxy", "remove", "p2.corp.example:3128"], ""),
        (&["relay-proxy", "clear"], ""),
        (&["reload"], ""),
        (&["agent-user", "add", "store-1", "--cost", "4"], "agent-password\n"),
        (&["agent-user", "list"], ""),
        (&["agent-user", "remove", "store-9"], ""),
        (&["agent-user", "add", "store-2"], "\n"),
        (&["agent-user", "remove", "store-1"], ""),
        (&["allowed-host", "suggest", &log_path], ""),
    ];
    for (args, stdin) in runs {
        let out = omsgate("qps-ploc", &cfg, args, stdin);
        for (stream, printed) in [("stdout", text(&out.stdout)), ("stderr", text(&out.stderr))] {
            let left = english_left(&printed, &values);
            assert!(left.is_empty(), "{args:?} {stream} has English {left:?}:\n{printed}");
        }
        assert!(!(text(&out.stdout) + &text(&out.stderr)).is_empty(), "{args:?} printed nothing");
    }
}

#[test]
fn in_english_they_print_what_they_always_printed() {
    let (_dir, cfg) = config();
    let path = cfg.display();
    let out = omsgate("en", &cfg, &["allowed-host", "add", "collector.example.org"], "");
    assert_eq!(
        text(&out.stdout),
        format!(
            "allowed host collector.example.org added in {path}\n\
             no running gateway serves {path}; the change applies when it starts\n"
        )
    );
    let out = omsgate("en", &cfg, &["allowed-host", "list", "--all"], "");
    assert_eq!(
        text(&out.stdout),
        "*.example.com          # file: any name below example.com (not example.com itself); ports [443] (allowed_ports)\n\
         api.example.net:8443   # file: exactly api.example.net; port 8443 only\n\
         collector.example.org  # file: exactly collector.example.org; ports [443] (allowed_ports)\n"
    );
    let afterwards = "  - route: direct (no relay proxy is configured)\n\
         \x20 - the name is resolved once and every address is vetted before one is dialled: never the unspecified address (0.0.0.0, ::) nor this gateway's own listeners\n\
         \x20 - loopback, private, link-local (cloud metadata included) and other non-public addresses are refused (allow_private_destinations = false)\n";
    let out = omsgate("en", &cfg, &["explain", "example.com"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        format!(
            "denied: example.com:443 (event 105, host_not_allowed): destination example.com is not in allowed_hosts\n\
             \x20 *.example.com (file): matches names below example.com, not example.com itself; add example.com to allow it\n\
             then, were it allowed:\n{afterwards}"
        )
    );
    let out = omsgate("en", &cfg, &["explain", "a.example.com"], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!(
            "allowed: a.example.com:443\n\
             \x20 by *.example.com  (file: any name below example.com (not example.com itself); ports [443] (allowed_ports))\n\
             then:\n{afterwards}"
        )
    );
    let out = omsgate("en", &cfg, &["allowed-host", "remove", "nothere"], "");
    assert_eq!(
        text(&out.stderr),
        "omsgate: \"nothere\" is not in allowed_hosts; `omsgate allowed-host list --all` shows the entries (event 401)\n"
    );
}

#[test]
fn explain_json_is_the_same_english_whatever_the_language() {
    let (_dir, cfg) = config();
    for target in ["a.example.com", "example.com", "api.example.net", "unrelated.test"] {
        let json = |lang| omsgate(lang, &cfg, &["explain", target, "--output", "json"], "");
        let (en, pseudo) = (json("en"), json("qps-ploc"));
        assert_eq!(text(&en.stdout), text(&pseudo.stdout), "{target}");
        assert_eq!(en.status.code(), pseudo.status.code(), "{target}");
        assert!(!text(&pseudo.stdout).contains('⟦'), "{}", text(&pseudo.stdout));
        let v: serde_json::Value = serde_json::from_str(&text(&en.stdout)).unwrap();
        assert!(v["afterwards"][0].as_str().unwrap().starts_with("the name is resolved once"), "{v}");
    }
    let out = omsgate("qps-ploc", &cfg, &["explain", "api.example.net", "--output", "json"], "");
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(v["near"][0]["why_not"], "matches the host but allows only port 8443, not 443");
    assert_eq!(
        v["message"],
        "port 443 is not allowed for api.example.net (allowed_ports, or a host:port entry)"
    );
}
