//! omsgate in one language, whatever the test's own locale, and the English left in what
//! it prints under the pseudo-language `qps-ploc` (message text as accented look-alikes
//! in ⟦ ⟧, values as they are): a plain English word outside ⟦ ⟧ is a string still
//! hard-coded.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// What chooses the language (src/lang), and the journal a `run` would log to: removed, so
/// only the test's choice counts.
const AMBIENT: [&str; 6] = ["OMSGATE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "JOURNAL_STREAM"];

/// `omsgate --lang LANG ARGS --config CONFIG`, with `stdin` on its standard input.
pub fn omsgate(lang: &str, config: &Path, args: &[&str], stdin: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_omsgate"));
    cmd.args(["--lang", lang]).args(args).arg("--config").arg(config);
    run(cmd, &[], stdin)
}

/// `omsgate ARGS` with exactly these language variables set (no `--lang`).
pub fn with_env(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_omsgate"));
    cmd.args(args);
    run(cmd, env, "")
}

fn run(mut cmd: Command, env: &[(&str, &str)], stdin: &str) -> Output {
    for var in AMBIENT {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A command that fails before reading stdin has closed it: its output says why.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `text` with each ⟦ … ⟧ span replaced by a space.
pub fn outside_pseudo(text: &str) -> String {
    let (mut out, mut depth) = (String::new(), 0usize);
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => {
                depth = depth.saturating_sub(1);
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The ASCII words (two letters or more, `omsgate` aside) left in `text` outside ⟦ ⟧ once
/// the `verbatim` values (paths, keys, hosts, commands: placeables) are taken out,
/// longest first.
pub fn english_left(text: &str, verbatim: &[&str]) -> Vec<String> {
    let mut rest = outside_pseudo(text);
    let mut verbatim = verbatim.to_vec();
    verbatim.sort_by_key(|v| std::cmp::Reverse(v.len()));
    for v in verbatim {
        rest = rest.replace(v, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1 && *w != "omsgate")
        .map(str::to_string)
        .collect()
}
