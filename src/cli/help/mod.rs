//! The command line's help in the operator's language. clap builds the commands from
//! the doc comments in `cli/mod.rs`; [`localise`] then replaces every text a person
//! reads (about, argument help, headings, defaults, possible values, clap's own `help`
//! and `version`) with the message file's. In `en.ftl` the help mirrors the doc
//! comments, and a test keeps the two equal; each command's message is
//! `help-<command path>` (`help-config-get`), with one attribute per argument.

use clap::Command;

use crate::lang;

pub mod errors;

/// The message ID of the command at `path` (`[]` is `omsgate` itself).
pub fn id(path: &[String]) -> String {
    match path {
        [] => "help-omsgate".to_string(),
        _ => format!("help-{}", path.join("-")),
    }
}

/// An argument's attribute name: its clap ID with `-` for `_`.
pub fn attribute(arg: &clap::Arg) -> String {
    arg.get_id().as_str().replace('_', "-")
}

/// The whole command tree with its texts in the process's language.
pub fn localise(mut cmd: Command) -> Command {
    cmd.build();
    let usage = lang::text("help-ui", Some("usage")).unwrap_or_else(|| "Usage:".into());
    let template =
        format!("{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}");
    walk(cmd, &mut Vec::new(), &template)
}

fn walk(mut cmd: Command, path: &mut Vec<String>, template: &str) -> Command {
    // clap's `help` subcommand (`omsgate help config get`) lists the commands again:
    // the same texts, found without its `help` step.
    let (id, about) = match path.iter().position(|p| p == "help") {
        Some(at) if at + 1 == path.len() => ("help-ui".to_string(), Some("help-command")),
        Some(at) => (id(&[&path[..at], &path[at + 1..]].concat()), None),
        None => (id(path), None),
    };
    if let Some(text) = lang::text(&id, about) {
        cmd = cmd.about(text);
    }
    cmd = match lang::text(&id, Some("long")) {
        Some(long) => cmd.long_about(long),
        None => cmd.long_about(None::<&'static str>),
    };
    let ui = |what| lang::text("help-ui", Some(what)).unwrap_or_default();
    let (options, arguments) = (ui("options"), ui("arguments"));
    let args: Vec<(clap::Id, String, bool, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().clone(), attribute(a), a.is_global_set(), a.is_positional()))
        .collect();
    for (arg, name, global, positional) in args {
        // Global arguments (--config, --lang) are described once, on `omsgate`.
        let owner = if global { self::id(&[]) } else { id.clone() };
        let builtin = matches!(name.as_str(), "help" | "version");
        let help = match builtin {
            true => lang::text("help-ui", Some(&name)),
            false => lang::text(&owner, Some(&name)),
        };
        let long = match builtin {
            true => lang::text("help-ui", Some(&format!("{name}-long"))),
            false => lang::text(&owner, Some(&format!("{name}-long"))),
        };
        let heading = if positional { arguments.clone() } else { options.clone() };
        cmd = cmd.mut_arg(arg, |a| {
            let suffix = defaults(&a);
            let a = a.hide_default_value(true).hide_possible_values(true).help_heading(heading);
            let a = match help {
                Some(h) => a.help(format!("{h}{suffix}")),
                None => a,
            };
            match long {
                Some(l) => a.long_help(format!("{l}{suffix}")),
                None => a,
            }
        });
    }
    cmd = cmd.help_template(template.to_string()).subcommand_help_heading(ui("commands"));
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        path.push(name.clone());
        let (mut inner, template) = (path.clone(), template.to_string());
        cmd = cmd.mut_subcommand(&name, move |s| walk(s, &mut inner, &template));
        path.pop();
    }
    cmd
}

/// ` [default: X]` and ` [possible values: a, b]` in the process's language.
fn defaults(arg: &clap::Arg) -> String {
    let mut out = String::new();
    let values: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        out += &format!(" [{}]", crate::t!("help-possible-values", values = values.join(", ")));
    }
    let default: Vec<String> =
        arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !default.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        out += &format!(" [{}]", crate::t!("help-default", value = default.join(", ")));
    }
    out
}

#[cfg(test)]
pub(crate) mod tests;
