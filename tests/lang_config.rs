//! Config errors in the operator's language, through the real binary: `check` of a bad
//! config exits 2 and names the key and the value verbatim whatever the language, its
//! words come from the message files (the pseudo-language `qps-ploc` leaves no plain
//! English word in them), `--lang en` prints what omsgate always printed, and the JSON
//! log of `run` stays English.

mod support;

use support::lang::{english_left, omsgate};

fn config(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn a_bad_value_is_named_in_english_as_before() {
    let (_dir, path) = config("listen_port = 70000\n");
    let out = omsgate("en", &path, &["check"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "omsgate: wrong configuration (event 401): {}: listen_port = 70000 is not a TCP port (1-65535)\n",
            path.display()
        )
    );
}

#[test]
fn a_bad_value_keeps_key_and_value_while_its_words_are_localised() {
    let (_dir, path) = config("listen_port = 70000\n");
    let out = omsgate("qps-ploc", &path, &["check"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err.trim_end();
    assert_eq!(err.lines().count(), 1, "{err}");
    let shown = path.display().to_string();
    for verbatim in [shown.as_str(), "listen_port", "70000", "401", "65535"] {
        assert!(line.contains(verbatim), "{verbatim} kept as written: {line}");
    }
    assert!(line.contains('⟦'), "the words come from the message file: {line}");
    let left = english_left(line, &[&shown, "listen_port", "TCP"]);
    assert!(left.is_empty(), "hard-coded English {left:?} in {line}");
}

#[test]
fn every_problem_of_a_file_is_localised_and_names_its_key() {
    let (_dir, path) = config(
        "listen_port = 0\nlog_format = \"xml\"\nheader_timeout = \"0\"\nlisten_prot = 1\nidle_timeout = \"10\"\n",
    );
    let en = omsgate("en", &path, &["check"], "");
    assert_eq!(en.status.code(), Some(2), "{en:?}");
    let en = String::from_utf8_lossy(&en.stderr);
    for needle in [
        "listen_port = 0 is not a TCP port (1-65535)",
        "log_format = \"xml\" is not one of \"json\" / \"text\"",
        "header_timeout = \"0\": would time out at once; give a positive duration like \"10s\"",
        "unknown key `listen_prot`; did you mean `listen_port`?",
        "idle_timeout = \"10\" has no unit; write e.g. \"10s\", \"5m\", \"250ms\"",
        "; ",
    ] {
        assert!(en.contains(needle), "{needle}: {en}");
    }

    let out = omsgate("qps-ploc", &path, &["check"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err.trim_end();
    for verbatim in
        ["listen_port", "log_format = \"xml\"", "\"json\" / \"text\"", "header_timeout", "listen_prot"]
    {
        assert!(line.contains(verbatim), "{verbatim} kept as written: {line}");
    }
    let shown = path.display().to_string();
    let keys = [&shown, "listen_port", "log_format", "\"xml\"", "\"json\"", "\"text\"", "header_timeout"];
    let more = ["idle_timeout", "\"10s\"", "\"5m\"", "\"250ms\"", "\"10\"", "\"0\"", "listen_prot", "TCP"];
    let left = english_left(line, &[&keys[..], &more[..]].concat());
    assert!(left.is_empty(), "hard-coded English {left:?} in {line}");
}

#[test]
fn check_of_a_good_config_comments_in_the_language_and_stays_a_valid_config() {
    let (_dir, path) = config("listen_port = 3128\n");
    let out = omsgate("qps-ploc", &path, &["check"], "");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap();
    let shown = path.display().to_string();
    assert!(first.starts_with("# ⟦") && first.contains(&shown), "{first}");
    assert!(english_left(first, &[&shown]).is_empty(), "{first}");
    let defaulted = text.lines().find(|l| l.starts_with("listen_address = ")).unwrap();
    let (_, note) = defaulted.split_once("  # ").expect(defaulted);
    assert!(english_left(note, &[]).is_empty() && note.contains('⟦'), "{defaulted}");
    let last = text.lines().last().unwrap();
    assert!(last.contains("max_connections = ") && last.contains("worker_threads = "), "{last}");
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(warnings.lines().count() >= 1, "the default's tenant-wide entries are named: {warnings}");
    let verbatim = [
        "*.ods.opinsights.azure.com",
        "*.oms.opinsights.azure.com",
        "*.agentsvc.azure-automation.net",
        "*.azure-automation.net",
        "*.blob.core.windows.net",
        "allowed_hosts",
        "omsgate explain HOST",
        "omsgate init",
        "services, azure_regions",
        "azure_workspace_ids",
    ];
    for line in warnings.lines() {
        let left = english_left(line, &verbatim);
        assert!(left.is_empty() && line.contains("(⟦"), "hard-coded English {left:?} in {line}");
    }
    let effective = text.lines().take_while(|l| !l.starts_with("# ⟦") || l == &first).collect::<Vec<_>>();
    let again = config(&effective.join("\n"));
    let out = omsgate("en", &again.1, &["check"], "");
    assert_eq!(out.status.code(), Some(0), "the settings printed in any language are a config: {out:?}");
}

#[test]
fn the_json_log_says_it_in_english_whatever_the_language() {
    let (_dir, path) = config("listen_port = 70000\n");
    let out = omsgate("qps-ploc", &path, &["run"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let log = String::from_utf8_lossy(&out.stdout);
    let line: serde_json::Value = serde_json::from_str(log.lines().next().expect("a log line")).unwrap();
    let message = line["message"].as_str().or(line["fields"]["message"].as_str()).unwrap_or_default();
    assert!(
        message.ends_with("listen_port = 70000 is not a TCP port (1-65535)"),
        "English in the log: {line}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains('⟦'), "the terminal line is localised");
}

#[test]
fn errors_across_keys_and_from_the_allowlist_and_relay_readers_are_localised_too() {
    for (text, verbatim) in [
        ("allowed_hosts = [\"*.\"]\n", &["allowed_hosts", "\"*.\""][..]),
        ("max_connections = 0\n", &["max_connections", "\"auto\""]),
        (
            "relay_proxies = [\"socks5://p:1080\"]\n",
            &["relay_proxies", "\"socks5://p:1080\"", "https://", "http://", "socks5://"],
        ),
        (
            "proxy_protocol = \"required\"\n",
            &[
                "proxy_protocol_from = [\"10.0.0.0/24\"]",
                "proxy_protocol = \"required\"",
                "proxy_protocol_from",
            ],
        ),
        (
            "client_auth = \"basic\"\n",
            &[
                "client_auth = \"basic\"",
                "client_auth_users_file",
                "omsgate agent-user add NAME --password-stdin",
            ],
        ),
        (
            "[[identity]]\nuser = \"a\"\ncertificate = \"CN=a\"\n",
            &["identity", "user = \"…\"", "certificate = \"CN=…\""],
        ),
    ] {
        let (_dir, path) = config(text);
        let en = omsgate("en", &path, &["check"], "");
        assert_eq!(en.status.code(), Some(2), "{text}: {en:?}");
        let out = omsgate("qps-ploc", &path, &["check"], "");
        assert_eq!(out.status.code(), Some(2), "{text}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        let line = err.trim_end();
        let shown = path.display().to_string();
        for v in verbatim {
            assert!(line.contains(v), "{v} kept as written: {line}");
        }
        let left = english_left(line, &[&[shown.as_str()][..], verbatim].concat());
        assert!(
            left.is_empty(),
            "hard-coded English {left:?} in {line} (English: {})",
            String::from_utf8_lossy(&en.stderr)
        );
    }
}
