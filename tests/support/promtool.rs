//! Prometheus's own checker, `promtool` (Debian's `prometheus` package; `.ci/run`
//! installs it). A test that needs it fails when it is missing: never a silent skip.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `promtool ARGS` with `stdin` as its input; panics, saying how to get promtool,
/// when it is not on PATH.
pub fn run(args: &[&str], dir: &Path, stdin: &str) -> Output {
    let mut child = match Command::new("promtool")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => panic!(
            "promtool is not on PATH ({e}): install Debian's prometheus package \
             (`apt-get install --no-install-recommends prometheus`, as .ci/run does)"
        ),
    };
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Asserts that `promtool ARGS` succeeded, showing what it said otherwise.
pub fn assert_ok(args: &[&str], dir: &Path, stdin: &str) -> String {
    let out = run(args, dir, stdin);
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "promtool {} failed ({}):\n{said}", args.join(" "), out.status);
    said
}
