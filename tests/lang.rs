//! The operator's language through the real binary: chosen from --lang, OMSGATE_LANG,
//! LC_ALL, LC_MESSAGES and LANG; the terminal text follows it; what machines read (the
//! JSON log, `--output json`) does not.

mod support;

use support::lang::{outside_pseudo, stderr, stdout, with_env};

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
        let outside = outside_pseudo(line);
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
    let en = stdout(&with_env(&[], &["--help"]));
    assert!(en.contains("Usage:"), "{en}");
    let ja = stdout(&with_env(&[], &["--lang", "ja", "--help"]));
    assert!(!ja.contains("Usage:") && ja.contains("omsgate"), "--lang ja: {ja}");
    assert!(ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)), "no kana in --lang ja's help: {ja}");
    // Each variable in turn, each beating the ones after it.
    let chain = [
        ("OMSGATE_LANG", "ja"),
        ("LC_ALL", "de_DE.UTF-8"),
        ("LC_MESSAGES", "fr_FR.UTF-8"),
        ("LANG", "es_ES.UTF-8"),
    ];
    let alone: Vec<String> = chain.iter().map(|v| stdout(&with_env(&[*v], &["--help"]))).collect();
    for (i, text) in alone.iter().enumerate() {
        assert_ne!(text, &en, "{} alone gave English", chain[i].0);
        let with_later = stdout(&with_env(&chain[i..], &["--help"]));
        assert_eq!(&with_later, text, "{} did not win over the variables after it", chain[i].0);
    }
    // The flag beats them all.
    assert_eq!(stdout(&with_env(&chain, &["--lang", "ja", "--help"])), ja);
}

#[test]
fn portuguese_has_two_files_chinese_two_scripts_and_an_unknown_locale_is_english() {
    let help = |lang: &str| stdout(&with_env(&[("LANG", lang)], &["--help"]));
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
    let en = with_env(&[("LANG", "C.UTF-8")], &["check", "--config", bad]);
    let de = with_env(&[("LANG", "de_DE.UTF-8")], &["check", "--config", bad]);
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
        let out = with_env(&[("LANG", lang)], &["run", "--config", bad]);
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
        let out = with_env(&pseudo, args);
        for line in hard_coded(&format!("{}{}", stdout(&out), stderr(&out))) {
            found.push(format!("omsgate {}: {line}", args.join(" ")));
        }
    }
    assert!(found.is_empty(), "English still hard-coded:\n{}", found.join("\n"));
}
