//! The key table against itself, the embedded default file and the README.

use super::*;
use crate::config::{EMBEDDED_DEFAULT, Source, from_text};

#[test]
fn every_default_and_example_passes_its_own_check() {
    for k in KEYS {
        let default: Value = k.default.parse().unwrap_or_else(|e| panic!("{}: default: {e}", k.name));
        (k.check)(&default).unwrap_or_else(|e| panic!("{}: default: {e}", k.name));
        let example: Value = k.example.parse().unwrap_or_else(|e| panic!("{}: example: {e}", k.name));
        (k.check)(&example).unwrap_or_else(|e| panic!("{}: example: {e}", k.name));
        assert_ne!(shown(&default), shown(&example), "{}: the example shows a change", k.name);
        assert!(!k.meaning().is_empty() && k.meaning().ends_with('.'), "{}: one sentence of meaning", k.name);
    }
    let names: std::collections::HashSet<_> = KEYS.iter().map(|k| k.name).collect();
    assert_eq!(names.len(), KEYS.len(), "no key twice");
}

#[test]
fn an_example_reads_back_as_written() {
    for k in KEYS {
        let values = Values::parse(&format!("{} = {}", k.name, k.example)).unwrap();
        let example: Value = k.example.parse().unwrap();
        assert_eq!(shown(&(k.value)(&values)), shown(&example), "{}", k.name);
        assert_eq!(values.differing(&Values::defaults()).map(|k| k.name).collect::<Vec<_>>(), [k.name]);
    }
}

#[test]
fn the_embedded_default_file_says_what_an_absent_key_means() {
    assert_eq!(Values::parse(EMBEDDED_DEFAULT).unwrap(), Values::defaults());
    assert_eq!(Values::parse("").unwrap(), Values::defaults());
    let settings = from_text("", Source::Embedded).unwrap();
    assert_eq!(settings.describe(), from_text(EMBEDDED_DEFAULT, Source::Embedded).unwrap().describe());
}

#[test]
fn the_readme_key_table_is_the_generated_one() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let (start, end) = ("<!-- keys: omsgate config keys --markdown -->\n", "<!-- /keys -->");
    let table = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(table, _)| table)
        .expect("README.md has the key table between its markers");
    assert_eq!(table, markdown(), "README.md's key table is stale: run `omsgate config keys --markdown`");
    for k in KEYS {
        assert!(table.contains(&format!("| `{}` |", k.name)), "{} has a README row", k.name);
    }
}

#[test]
fn unknown_keys_suggest_the_near_one_and_every_problem_is_reported() {
    let err = Values::parse("listen_prot = 8080").unwrap_err().to_string();
    assert!(err.contains("did you mean `listen_port`"), "{err}");
    let err = Values::parse("colour = 1").unwrap_err().to_string();
    assert!(err.contains("known keys"), "{err}");
    let err = Values::parse("listen_port = 0\nlog_format = \"xml\"\nheader_timeout = \"0\"\nbogus = 1")
        .unwrap_err()
        .to_string();
    for needle in
        ["listen_port = 0 is not", "log_format = \"xml\" is not", "header_timeout = \"0\"", "`bogus`"]
    {
        assert!(err.contains(needle), "{needle}: {err}");
    }
    let err = Values::parse("[listen_port]\nx = 1").unwrap_err().to_string();
    assert!(err.contains("listen_port must be a value"), "{err}");
    let err = Values::parse("listen_port = \"text\"").unwrap_err().to_string();
    assert!(err.contains("listen_port = \"text\" is not a TCP port"), "{err}");
}

#[test]
fn a_long_list_is_not_repeated_in_its_error() {
    let hosts: Vec<String> = (0..1000).map(|i| format!("\"h{i}.example.com\"")).collect();
    let err =
        Values::parse(&format!("allowed_hosts = [{}, \"*.\"]", hosts.join(", "))).unwrap_err().to_string();
    assert!(err.starts_with("allowed_hosts: entry \"*.\""), "{err}");
    assert!(err.len() < 200, "{err}");
}
