use clap::CommandFactory;

use super::{attribute, id};
use crate::cli::Cli;
use crate::lang;

/// Every help text the command tree holds, as (message ID, attribute, text): what
/// `en.ftl` must mirror.
fn texts() -> Vec<(String, Option<String>, String)> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(String, Option<String>, String)>) {
        let id = id(path);
        out.push((id.clone(), None, cmd.get_about().map(|a| a.to_string()).unwrap_or_default()));
        if let Some(long) = cmd.get_long_about() {
            out.push((id.clone(), Some("long".into()), long.to_string()));
        }
        for arg in cmd.get_arguments() {
            let name = attribute(arg);
            if matches!(name.as_str(), "help" | "version") || (arg.is_global_set() && !path.is_empty()) {
                continue;
            }
            let Some(help) = arg.get_help() else { continue };
            out.push((id.clone(), Some(name.clone()), help.to_string()));
            if let Some(long) = arg.get_long_help() {
                out.push((id.clone(), Some(format!("{name}-long")), long.to_string()));
            }
        }
        // clap's own `help` subcommand repeats the commands' texts (see `walk`).
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut Vec::new(), &mut out);
    out
}

/// Fluent's text: `{` and `}` escaped, a continuation line that starts with `[`, `*` or
/// `.` protected, blank lines kept by Fluent's own rules.
fn ftl_text(text: &str) -> String {
    let escaped = text.replace('{', "{\"{\"}").replace('}', "{\"}\"}");
    let lines: Vec<String> = escaped
        .lines()
        .map(|l| match l.chars().next() {
            Some('[' | '*' | '.') => format!("{{\"\"}}{l}"),
            _ => l.to_string(),
        })
        .collect();
    match lines.len() {
        1 => format!(" {}", lines[0]),
        _ => lines
            .iter()
            .map(|l| if l.is_empty() { "\n".to_string() } else { format!("\n        {l}") })
            .collect(),
    }
}

/// The `help-*` part of `en.ftl`, as the doc comments say it.
fn english_section() -> String {
    let mut out = String::new();
    let mut last = String::new();
    for (id, attribute, text) in texts() {
        if id != last {
            out += &format!("\n{id} =");
            last = id.clone();
        }
        match attribute {
            None => out += &ftl_text(&text),
            Some(a) => out += &format!("\n    .{a} ={}", ftl_text(&text)),
        }
    }
    out + "\n"
}

#[test]
fn english_help_mirrors_the_doc_comments() {
    if std::env::var_os("OMSGATE_PRINT_HELP_FTL").is_some() {
        println!("{}", english_section());
    }
    let mut differ = Vec::new();
    for (id, attribute, text) in texts() {
        let ftl = lang::text_in(lang::english(), &id, attribute.as_deref());
        if ftl.as_deref() != Some(text.as_str()) {
            differ.push(format!("{id}.{attribute:?}: doc {text:?}, en.ftl {ftl:?}"));
        }
    }
    assert!(
        differ.is_empty(),
        "en.ftl's help differs from the doc comments in src/cli/mod.rs (print what it should be with OMSGATE_PRINT_HELP_FTL=1 cargo test english_help -- --nocapture):\n{}",
        differ.join("\n")
    );
}

#[test]
fn every_command_and_argument_has_its_help_in_every_language() {
    for language in lang::LANGUAGES {
        for (id, attribute, _) in texts() {
            assert!(
                lang::text_in(language, &id, attribute.as_deref()).is_some(),
                "{}.ftl lacks {id}{}",
                language.tag,
                attribute.map(|a| format!(".{a}")).unwrap_or_default()
            );
        }
    }
}

/// The help IDs, for the test that every message in en.ftl is used.
pub fn ids() -> Vec<String> {
    texts().into_iter().map(|(id, _, _)| id).collect()
}
