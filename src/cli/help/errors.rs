//! The command line's own errors (an unknown flag, a missing argument, a bad value) in
//! the operator's language: clap's error kinds and the context it gives them, each a
//! message (`args-*`), laid out as clap lays them out (the error, its tips, the usage,
//! the hint to `--help`). `--help` and `--version` keep clap's behaviour (the help is
//! localised already); a kind, or a context, not mapped here keeps clap's English.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::lang::{self, Arg, Msg};
use crate::{msg, t};

/// Prints the error and exits: 0 for `--help`/`--version`, 2 for a bad command line.
pub fn exit(e: clap::Error) -> ! {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
        _ => {}
    }
    match text(&e) {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(e.exit_code())
        }
        None => e.exit(),
    }
}

/// What `omsgate` prints for `e` in the process's language; `None` when clap's own
/// English is kept (a kind not mapped, or an error without the context it needs).
pub fn text(e: &clap::Error) -> Option<String> {
    let error = error(e)?;
    let mut out = format!("omsgate: {}\n", error.local());
    if let Some(values) = e.get(ContextKind::ValidValue).and_then(list) {
        out += &format!("  [{}]\n", t!("help-possible-values", values = values.join(", ")));
    }
    let tips = tips(e);
    if !tips.is_empty() {
        out.push('\n');
    }
    for tip in tips {
        out += &format!("  {}\n", t!("args-tip", tip = tip));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        // clap writes its own `Usage:`; the syntax after it is the same in every language.
        let usage = usage.to_string();
        let syntax = usage.trim().strip_prefix("Usage:").unwrap_or(usage.trim()).trim_start();
        let title = lang::text("help-ui", Some("usage")).unwrap_or_else(|| "Usage:".into());
        out += &format!("\n{title} {syntax}\n");
    }
    out += &format!("\n{}\n", t!("args-try-help", help = "--help"));
    Some(out)
}

/// A context value as text.
fn one(v: &ContextValue) -> Option<String> {
    match v {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

/// A context value as a list of texts.
fn list(v: &ContextValue) -> Option<Vec<String>> {
    match v {
        ContextValue::Strings(s) if !s.is_empty() => Some(s.clone()),
        ContextValue::String(s) => Some(vec![s.clone()]),
        _ => None,
    }
}

fn number(v: &ContextValue) -> Option<i64> {
    match v {
        ContextValue::Number(n) => Some(*n as i64),
        _ => None,
    }
}

/// The error itself, from its kind and context.
fn error(e: &clap::Error) -> Option<Msg> {
    let get = |k| e.get(k);
    let arg = || get(ContextKind::InvalidArg).and_then(one);
    let value = || get(ContextKind::InvalidValue).and_then(one);
    Some(match e.kind() {
        ErrorKind::UnknownArgument => msg!("args-unknown-argument", arg = arg()?),
        ErrorKind::InvalidSubcommand => {
            let subcommand = get(ContextKind::InvalidSubcommand).and_then(one)?;
            msg!("args-unknown-subcommand", subcommand = subcommand)
        }
        ErrorKind::InvalidValue => match (arg()?, value()?) {
            (arg, value) if value.is_empty() => msg!("args-value-missing", arg = arg),
            (arg, value) => msg!("args-invalid-value", value = value, arg = arg),
        },
        ErrorKind::ValueValidation => {
            let (arg, value) = (arg()?, value()?);
            match std::error::Error::source(e) {
                // The parser's own reason (a number out of its range): English, as the
                // parser gives it.
                Some(why) => msg!("args-invalid-value-why", value = value, arg = arg, why = why.to_string()),
                None => msg!("args-invalid-value", value = value, arg = arg),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = get(ContextKind::InvalidArg).and_then(list)?;
            msg!("args-missing-required", count = missing.len(), arguments = missing.join(", "))
        }
        ErrorKind::MissingSubcommand => {
            let command = get(ContextKind::InvalidSubcommand).and_then(one)?;
            msg!("args-missing-subcommand", command = command)
        }
        ErrorKind::TooManyValues => msg!("args-too-many-values", value = value()?, arg = arg()?),
        ErrorKind::TooFewValues => {
            let actual = get(ContextKind::ActualNumValues).and_then(number)?;
            let min = get(ContextKind::MinValues).and_then(number)?;
            msg!("args-too-few-values", min = min, arg = arg()?, actual = actual)
        }
        ErrorKind::WrongNumberOfValues => {
            let actual = get(ContextKind::ActualNumValues).and_then(number)?;
            let expected = get(ContextKind::ExpectedNumValues).and_then(number)?;
            msg!("args-wrong-number-of-values", expected = expected, arg = arg()?, actual = actual)
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg()?;
            match get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if *prior == arg => msg!("args-used-twice", arg = arg),
                Some(prior) => match list(prior) {
                    Some(others) => msg!("args-conflict", arg = arg, others = others.join(", ")),
                    None => msg!("args-conflict-other", arg = arg),
                },
                None => msg!("args-conflict-other", arg = arg),
            }
        }
        ErrorKind::NoEquals => msg!("args-needs-equals", arg = arg()?),
        _ => return None,
    })
}

/// clap's suggestions: similar names, and its own tips (rebuilt from their English).
fn tips(e: &clap::Error) -> Vec<Arg> {
    let quoted = |names: &[String]| names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    let mut out = Vec::new();
    if let Some(names) = e.get(ContextKind::SuggestedSubcommand).and_then(list) {
        out.push(msg!("args-similar-subcommand", count = names.len(), names = quoted(&names)).into());
    }
    if let Some(names) = e.get(ContextKind::SuggestedArg).and_then(list) {
        out.push(msg!("args-similar-argument", count = names.len(), names = quoted(&names)).into());
    }
    if let Some(names) = e.get(ContextKind::SuggestedValue).and_then(list) {
        out.push(msg!("args-similar-value", count = names.len(), names = quoted(&names)).into());
    }
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        out.extend(tips.iter().map(|t| tip(&t.to_string())));
    }
    if let Some(names) = e.get(ContextKind::ValidSubcommand).and_then(list)
        && e.kind() == ErrorKind::MissingSubcommand
    {
        out.push(msg!("args-subcommands", names = quoted(&names)).into());
    }
    out
}

/// One of clap's tips: `to pass 'X' as a value, use 'Y'` or `'X' exists`, as a message;
/// another, as clap wrote it.
fn tip(english: &str) -> Arg {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    match quoted[..] {
        [arg, instead] if english.starts_with("to pass ") => {
            msg!("args-tip-pass-as-value", arg = arg, instead = instead).into()
        }
        [name] if english.ends_with("' exists") => msg!("args-tip-exists", name = name).into(),
        _ => english.into(),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    fn error(args: &[&str]) -> clap::Error {
        let args = std::iter::once("omsgate").chain(args.iter().copied());
        super::super::localise(Cli::command()).try_get_matches_from(args).unwrap_err()
    }

    #[test]
    fn each_error_kind_is_a_message_with_clap_s_layout() {
        let out = text(&error(&["status", "--bogus"])).unwrap();
        assert!(out.starts_with("omsgate: unexpected argument '--bogus' found\n"), "{out}");
        assert!(
            out.contains("\nUsage: omsgate status")
                && out.ends_with("\nFor more information, try '--help'.\n")
        );
        let out = text(&error(&["status", "--ouput", "json"])).unwrap();
        assert!(out.contains("  tip: a similar argument exists: '--output'\n"), "{out}");
        let out = text(&error(&["status", "--output", "yaml"])).unwrap();
        assert!(out.starts_with("omsgate: invalid value 'yaml' for '--output <OUTPUT>'\n"), "{out}");
        assert!(out.contains("  [possible values: text, json]\n"), "{out}");
        let out = text(&error(&["stauts"])).unwrap();
        assert!(out.starts_with("omsgate: unrecognized subcommand 'stauts'\n"), "{out}");
        assert!(out.contains("tip: a similar subcommand exists: 'status'"), "{out}");
        let out = text(&error(&["import-oms"])).unwrap();
        assert!(
            out.starts_with("omsgate: the following required argument was not provided: <FILES>"),
            "{out}"
        );
    }

    #[test]
    fn help_and_version_are_clap_s() {
        for args in [&["--help"][..], &["--version"], &["status", "--help"]] {
            let e = error(args);
            assert!(matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion), "{args:?}");
            assert_eq!(e.exit_code(), 0);
        }
    }
}
