//! Finding the gateways that run on a config file, to tell them to reload (SIGHUP)
//! after an edit — the original needed `Restart-Service`; omsgate applies the change
//! without dropping tunnels. Found by reading /proc: no pid file to go stale.

use std::path::{Path, PathBuf};

use rustix::process::{Pid, Signal, kill_process};

/// PIDs of `omsgate run` processes (other than this one) whose config is `config`.
pub fn gateways_using(config: &Path) -> Vec<i32> {
    let want = canonical(config);
    let me = std::process::id() as i32;
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| *pid != me)
        .filter(|pid| {
            let Ok(raw) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
                return false;
            };
            let args: Vec<String> =
                raw.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
            serves(&args).is_some_and(|c| canonical(&c) == want)
        })
        .collect()
}

/// Sends SIGHUP to each PID; returns the ones that received it.
pub fn reload(pids: &[i32]) -> Vec<i32> {
    pids.iter()
        .copied()
        .filter(|pid| Pid::from_raw(*pid).is_some_and(|p| kill_process(p, Signal::HUP).is_ok()))
        .collect()
}

/// The config a command line runs the gateway on, if it is `omsgate [run]`.
fn serves(args: &[String]) -> Option<PathBuf> {
    let bin = Path::new(args.first()?).file_name()?.to_str()?;
    if bin != "omsgate" {
        return None;
    }
    let mut config = None;
    let mut command = None;
    let mut rest = args[1..].iter().filter(|a| !a.is_empty());
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--config" => config = rest.next().cloned(),
            a if a.starts_with("--config=") => config = Some(a["--config=".len()..].to_string()),
            a if !a.starts_with('-') && command.is_none() => command = Some(a.to_string()),
            _ => {}
        }
    }
    match command.as_deref() {
        None | Some("run") => {
            Some(PathBuf::from(config.unwrap_or_else(|| crate::config::DEFAULT_PATH.into())))
        }
        _ => None,
    }
}

fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn recognises_running_gateways() {
        assert_eq!(serves(&args("/usr/bin/omsgate")), Some(PathBuf::from(crate::config::DEFAULT_PATH)));
        assert_eq!(serves(&args("omsgate run --config /tmp/x.toml")), Some(PathBuf::from("/tmp/x.toml")));
        assert_eq!(serves(&args("omsgate --config=/tmp/x.toml")), Some(PathBuf::from("/tmp/x.toml")));
        assert_eq!(serves(&args("omsgate config set listen_port 1")), None);
        assert_eq!(serves(&args("/usr/sbin/squid -N")), None);
    }
}
