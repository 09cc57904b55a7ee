use std::collections::BTreeSet;
use std::path::Path;

use super::{LANGUAGES, Msg, check, english, in_language, negotiate};

fn glossary(tag: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lang/glossary").join(format!("{tag}.toml"));
    std::fs::read_to_string(path).ok()
}

#[test]
fn every_file_has_every_message_with_the_same_placeables_and_the_glossary_terms() {
    let mut problems = Vec::new();
    for language in &LANGUAGES[1..] {
        let Some(glossary) = glossary(language.tag) else {
            problems.push(format!("src/lang/glossary/{}.toml is missing", language.tag));
            continue;
        };
        problems.extend(check::problems(language.tag, english().ftl, language.ftl, Some(&glossary)));
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The message IDs the code names: `msg!("id"`, `t!("id"`, `Msg::new("id"` and
/// `lang::text("id"`, in every source file.
fn ids_in_code() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for opener in ["msg!(", "t!(", "Msg::new(", "lang::text("] {
                    for (at, _) in text.match_indices(opener) {
                        // A `format!` is not a `t!`.
                        let before = text[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        // rustfmt may put the ID on the next line.
                        let Some(rest) = text[at + opener.len()..].trim_start().strip_prefix('"') else {
                            continue;
                        };
                        let id = rest.split('"').next().unwrap_or_default();
                        if !id.is_empty()
                            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                        {
                            out.insert(id.to_string());
                        }
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_used() {
    let english: BTreeSet<String> = check::messages(english().ftl).unwrap().into_keys().collect();
    let mut used = ids_in_code();
    used.extend(crate::cli::help::tests::ids());
    // This file's own example IDs are not messages.
    used.retain(|id| !id.starts_with("test-") && id != "id");
    let missing: Vec<_> = used.difference(&english).collect();
    let unused: Vec<_> = english.difference(&used).collect();
    assert!(missing.is_empty(), "named in the code, not in en.ftl: {missing:?}");
    assert!(unused.is_empty(), "in en.ftl, named nowhere in the code: {unused:?}");
}

#[test]
fn placeables_keep_their_text_and_numbers_take_the_language_s_decimal_separator() {
    let de = LANGUAGES.iter().find(|l| l.tag == "de").unwrap();
    let msg = Msg::new("help-default").arg("value", 1.5);
    assert_eq!(in_language(english(), &msg), "default: 1.5");
    assert!(in_language(de, &msg).contains("1,5"), "{}", in_language(de, &msg));
    let text = Msg::new("help-default").arg("value", "/etc/omsgate/omsgate.toml");
    assert!(in_language(de, &text).contains("/etc/omsgate/omsgate.toml"));
    // Display is English whatever the process's language.
    assert_eq!(msg.to_string(), "default: 1.5");
}

#[test]
fn the_pseudo_language_changes_letters_of_text_never_of_placeables() {
    let out = super::pseudo_text("Usage: omsgate");
    assert!(out.starts_with('⟦') && !out.contains("Usage"), "{out}");
    assert_eq!(super::pseudo_text(" — 42"), " — 42");
}

#[test]
fn a_posix_locale_reaches_the_files_tag() {
    assert_eq!(negotiate("pt_PT.UTF-8").tag, "pt-PT");
    assert_ne!(negotiate("pt_PT.UTF-8").ftl, negotiate("pt_BR.UTF-8").ftl);
}
