//! The operator's language through the real binary: chosen from --lang, OMSGATE_LANG,
//! LC_ALL, LC_MESSAGES and LANG; the terminal text follows it; what machines read (the
//! JSON log, `--output json`) does not.

mod support;

use std::process::{Command, Output};

/// `omsgate ARGS` with only the given language variables set.
fn omsgate(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_omsgate"));
    for var in ["OMSGATE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied()).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Lines with English words left outside the pseudo-language's ⟦ ⟧: text that is still
/// hard-coded: English function words standing alone; values (keys, hosts, paths) are
/// whole tokens and never one.
fn hard_coded(text: &str) -> Vec<String> {
    const ENGLISH: &[&str] = &[
        "the", "is", "not", "to", "of", "and", "or", "in", "for", "with", "when", "from", "cannot", "no",
        "are", "be", "by", "this", "that", "an", "on", "at", "it", "its", "was", "has", "have", "would",
        "which", "what", "why", "only", "every", "error", "warning", "usage",
    ];
    let mut out = Vec::new();
    for line in text.lines() {
        let mut outside = String::new();
        let mut depth = 0;
        for c in line.chars() {
            match c {
                '⟦' => depth += 1,
                '⟧' => depth -= 1,
                _ if depth == 0 => outside.push(c),
                _ => outside.push(' '),
            }
        }
        // `proxy_protocol_from` and `x.example.org` are one token each, not three words.
        let token = |c: char| c.is_ascii_alphanumeric() || "_-./:@*".contains(c);
        let words = outside.split(|c: char| !token(c)).map(str::to_ascii_lowercase);
        if words.filter(|w| ENGLISH.contains(&w.as_str())).count() > 0 {
            out.push(line.to_string());
        }
    }
    out
}

#[test]
fn help_follows_the_flag_then_the_environment_in_order() {
    let en = stdout(&omsgate(&[], &["--help"]));
    assert!(en.contains("Usage:"), "{en}");
    let ja = stdout(&omsgate(&[], &["--lang", "ja", "--help"]));
    assert!(!ja.contains("Usage:") && ja.contains("omsgate"), "--lang ja: {ja}");
    assert!(ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)), "no kana in --lang ja's help: {ja}");
    // Each variable in turn, each beating the ones after it.
    let chain = [
        ("OMSGATE_LANG", "ja"),
        ("LC_ALL", "de_DE.UTF-8"),
        ("LC_MESSAGES", "fr_FR.UTF-8"),
        ("LANG", "es_ES.UTF-8"),
    ];
    let alone: Vec<String> = chain.iter().map(|v| stdout(&omsgate(&[*v], &["--help"]))).collect();
    for (i, text) in alone.iter().enumerate() {
        assert_ne!(text, &en, "{} alone gave English", chain[i].0);
        let with_later = stdout(&omsgate(&chain[i..], &["--help"]));
        assert_eq!(&with_later, text, "{} did not win over the variables after it", chain[i].0);
    }
    // The flag beats them all.
    assert_eq!(stdout(&omsgate(&chain, &["--lang", "ja", "--help"])), ja);
}

#[test]
fn portuguese_has_two_files_chinese_two_scripts_and_an_unknown_locale_is_english() {
    let help = |lang: &str| stdout(&omsgate(&[("LANG", lang)], &["--help"]));
    let en = help("C");
    assert_ne!(help("pt_BR.UTF-8"), help("pt_PT.UTF-8"), "pt_BR and pt_PT print the same help");
    assert_ne!(help("pt_BR.UTF-8"), en);
    assert_eq!(help("zh_HK.UTF-8"), help("zh_TW.UTF-8"), "zh_HK is Traditional, as zh_TW");
    assert_ne!(help("zh_TW.UTF-8"), help("zh_CN.UTF-8"));
    assert_eq!(help("sv_SE.UTF-8"), en, "an unknown locale falls back to English");
    assert_eq!(help("tlh"), en);
}

#[test]
fn a_german_operator_reads_the_config_error_in_german_with_key_and_value_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "listen_port = 70000\n").unwrap();
    let bad = bad.to_str().unwrap();
    let en = omsgate(&[("LANG", "C.UTF-8")], &["check", "--config", bad]);
    let de = omsgate(&[("LANG", "de_DE.UTF-8")], &["check", "--config", bad]);
    assert_eq!(en.status.code(), Some(2), "{}", stderr(&en));
    assert_eq!(de.status.code(), Some(2), "{}", stderr(&de));
    let (en, de) = (stderr(&en), stderr(&de));
    assert_ne!(de, en, "the German error is the English one");
    for needle in ["listen_port", "70000", "401"] {
        assert!(de.contains(needle), "the German error lacks {needle}: {de}");
    }
    assert!(de.contains("Konfiguration"), "not German: {de}");
}

#[test]
fn the_json_log_is_the_same_in_every_language() {
    // A config that cannot run: `run` logs event 401 as JSON and exits 2.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "listen_port = 70000\nlog_format = \"json\"\n").unwrap();
    let bad = bad.to_str().unwrap();
    let lines = |lang: &str| {
        let out = omsgate(&[("LANG", lang)], &["run", "--config", bad]);
        assert_eq!(out.status.code(), Some(2));
        let text = format!("{}{}", stdout(&out), stderr(&out));
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|mut v| {
                v.as_object_mut().unwrap().remove("timestamp");
                v
            })
            .collect::<Vec<_>>()
    };
    let en = lines("C.UTF-8");
    assert!(!en.is_empty(), "no JSON log line");
    for lang in ["de_DE.UTF-8", "ja_JP.UTF-8", "zh_TW.UTF-8", "qps-ploc"] {
        assert_eq!(lines(lang), en, "the JSON log differs under {lang}");
    }
}

#[test]
fn under_the_pseudo_language_no_command_prints_hard_coded_english() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    std::fs::write(&config, "listen_port = 8080\nallowed_hosts = [\"*.ods.opinsights.azure.com\"]\n")
        .unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "listen_port = 70000\n").unwrap();
    let (config, bad) = (config.to_str().unwrap(), bad.to_str().unwrap());
    let pseudo = [("OMSGATE_LANG", "qps-ploc")];
    let mut found = Vec::new();
    let commands: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["check", "--help"],
        vec!["config", "get", "--help"],
        vec!["drain", "--help"],
        vec!["help", "config"],
        vec!["check", "--config", config],
        vec!["check", "--config", bad],
        vec!["config", "get", "--config", config],
        vec!["config", "set", "listen_port", "70000", "--config", config],
        vec!["allowed-host", "add", "x.example.org", "--config", config],
        vec!["allowed-host", "list", "--config", config],
        vec!["allowed-host", "remove", "x.example.org", "--config", config],
        vec!["relay-proxy", "get", "--config", config],
        vec!["explain", "abc.ods.opinsights.azure.com", "--config", config],
        vec!["explain", "example.org", "--config", config],
        vec!["status", "--config", config],
        vec!["drain", "--config", config],
        vec!["--no-such-flag"],
    ];
    for args in &commands {
        let out = omsgate(&pseudo, args);
        for line in hard_coded(&format!("{}{}", stdout(&out), stderr(&out))) {
            found.push(format!("omsgate {}: {line}", args.join(" ")));
        }
    }
    assert!(found.is_empty(), "English still hard-coded:\n{}", found.join("\n"));
}
