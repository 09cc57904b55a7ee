//! CPU seconds, memory and open files of the gateway under test, read from /proc.
//!
//! The gateway is measured from outside so that any proxy (omsgate, Squid, tinyproxy,
//! Traffic Server) is measured the same way. A PID stands for its whole process tree,
//! because some proxies do their work in child processes (open files: the PID alone).

use std::{collections::BTreeMap, fs};

use crate::report::GatewayUsage;

/// Clock ticks per second for /proc/PID/stat times; 100 on every Linux we target.
const CLOCK_TICKS: f64 = 100.0;

/// One reading of a process tree.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ProcSample {
    /// User + system CPU seconds of the tree (reaped children included).
    pub cpu_seconds: f64,
    /// Resident set size now (VmRSS), summed over the tree.
    pub rss_bytes: u64,
    /// Peak resident set size (VmHWM), summed over the tree.
    pub peak_rss_bytes: u64,
}

/// Reads the process `pid` and all its descendants; `None` if `pid` is gone.
pub fn sample(pid: u32) -> Option<ProcSample> {
    let mut total = read_one(pid)?;
    for child in descendants(pid) {
        if let Some(s) = read_one(child) {
            total.cpu_seconds += s.cpu_seconds;
            total.rss_bytes += s.rss_bytes;
            total.peak_rss_bytes += s.peak_rss_bytes;
        }
    }
    Some(total)
}

/// This process's own CPU use over a window: shows whether the load side saturated.
#[derive(Debug, Clone, Copy)]
pub struct OwnCpu {
    cpu_seconds: f64,
    at: std::time::Instant,
}

impl OwnCpu {
    /// Starts the window now.
    pub fn start() -> Self {
        let cpu_seconds = read_one(std::process::id()).map_or(0.0, |s| s.cpu_seconds);
        Self { cpu_seconds, at: std::time::Instant::now() }
    }

    /// CPU seconds since `start` over wall seconds (1.0 = one core busy).
    pub fn share(&self) -> f64 {
        let now = read_one(std::process::id()).map_or(self.cpu_seconds, |s| s.cpu_seconds);
        let wall = self.at.elapsed().as_secs_f64();
        if wall > 0.0 { (now - self.cpu_seconds) / wall } else { 0.0 }
    }
}

/// Samples a gateway at the moments a run cares about: start, end of ramp, end.
#[derive(Debug)]
pub struct Watch {
    pid: u32,
    start: ProcSample,
    mid: Option<(ProcSample, u64)>,
    steady: ProcSample,
}

impl Watch {
    /// Starts watching `pid`; `None` without a PID. Fails if the PID does not exist.
    pub fn begin(pid: Option<u32>) -> anyhow::Result<Option<Self>> {
        let Some(pid) = pid else { return Ok(None) };
        let start = sample(pid).ok_or_else(|| anyhow::anyhow!("--gateway-pid {pid}: no such process"))?;
        Ok(Some(Self { pid, start, mid: None, steady: start }))
    }

    /// Samples the middle of the ramp, with `tunnels` open.
    pub fn mark_mid(&mut self, tunnels: u64) {
        self.mid = sample(self.pid).map(|s| (s, tunnels));
    }

    /// Marks the start of the steady window (all tunnels open).
    pub fn mark_steady(&mut self) {
        self.steady = sample(self.pid).unwrap_or(self.steady);
    }

    /// The usage since `begin`, with the RSS of the moment as the loaded RSS.
    pub fn finish(&self) -> GatewayUsage {
        let end = sample(self.pid).unwrap_or(self.steady);
        GatewayUsage {
            gateway_cpu_seconds: end.cpu_seconds - self.start.cpu_seconds,
            gateway_steady_cpu_seconds: end.cpu_seconds - self.steady.cpu_seconds,
            gateway_peak_rss_bytes: end.peak_rss_bytes,
            gateway_rss_before_bytes: self.start.rss_bytes,
            gateway_rss_loaded_bytes: end.rss_bytes,
            gateway_rss_mid_bytes: self.mid.map_or(0, |(s, _)| s.rss_bytes),
            tunnels_at_mid: self.mid.map_or(0, |(_, n)| n),
            gateway_peak_threads: 0,
        }
    }
}

/// The highest thread count (`Threads:` of /proc/PID/status) seen while it runs: a
/// gateway that grows threads under a ramp (blocking lookups, a growing pool) shows it
/// here, and each thread adds a stack and possibly an allocator arena to its RSS.
#[derive(Debug)]
pub struct PeakThreads {
    peak: std::sync::Arc<std::sync::atomic::AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl PeakThreads {
    /// Samples `pid` every `every` until dropped (the PID alone: cheap enough to poll).
    pub fn start(pid: u32, every: std::time::Duration) -> Self {
        use std::sync::atomic::Ordering::Relaxed;
        let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let seen = peak.clone();
        let task = tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                let Some(n) = threads(pid) else { return };
                seen.fetch_max(n, Relaxed);
            }
        });
        Self { peak, task }
    }

    /// The highest count so far.
    pub fn peak(&self) -> u64 {
        self.peak.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Drop for PeakThreads {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Threads of `pid` now; `None` when it is gone.
pub fn threads(pid: u32) -> Option<u64> {
    parse_status_kib(&fs::read_to_string(format!("/proc/{pid}/status")).ok()?, "Threads:")
}

/// The open file descriptors of `pid` by kind: `socket`, `pipe`, `anon_inode:[eventpoll]`
/// and the like, or the path of a file. `None` when `pid` is gone.
pub fn open_fds(pid: u32) -> Option<BTreeMap<String, u64>> {
    let mut kinds = BTreeMap::new();
    for entry in fs::read_dir(format!("/proc/{pid}/fd")).ok()?.flatten() {
        // An fd closed between the listing and the readlink is not open: skip it.
        let Ok(target) = fs::read_link(entry.path()) else { continue };
        *kinds.entry(fd_kind(&target.to_string_lossy())).or_insert(0) += 1;
    }
    Some(kinds)
}

/// `socket:[123]` → `socket`, `pipe:[123]` → `pipe`; anything else as it reads.
fn fd_kind(target: &str) -> String {
    match target.split_once(":[") {
        Some((kind @ ("socket" | "pipe"), _)) => kind.to_string(),
        _ => target.to_string(),
    }
}

fn read_one(pid: u32) -> Option<ProcSample> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    Some(ProcSample {
        cpu_seconds: parse_cpu_ticks(&stat)? as f64 / CLOCK_TICKS,
        rss_bytes: parse_status_kib(&status, "VmRSS:").unwrap_or(0) * 1024,
        peak_rss_bytes: parse_status_kib(&status, "VmHWM:").unwrap_or(0) * 1024,
    })
}

/// utime + stime + cutime + cstime from a /proc/PID/stat line. The command name may
/// contain spaces and parentheses, so fields are counted after the last ')'.
pub fn parse_cpu_ticks(stat: &str) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // rest starts at field 3 (state); utime is field 14, stime 15, cutime 16, cstime 17.
    let field = |n: usize| fields.get(n - 3)?.parse::<u64>().ok();
    Some(field(14)? + field(15)? + field(16)? + field(17)?)
}

/// A `Key:   1234 kB` line of /proc/PID/status, in KiB (or a count, `Threads:  5`).
pub fn parse_status_kib(status: &str, key: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(key))?;
    line[key.len()..].split_whitespace().next()?.parse().ok()
}

/// Every live descendant of `root`, found through the parent PIDs in /proc.
fn descendants(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    let Ok(dir) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    for entry in dir.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let ppid = stat.rfind(')').and_then(|i| stat[i + 1..].split_whitespace().nth(1)?.parse::<u32>().ok());
        if let Some(ppid) = ppid {
            parents.push((pid, ppid));
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(parents.iter().filter(|(_, pp)| *pp == parent).map(|(p, _)| *p));
        i += 1;
    }
    found.remove(0);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_ticks_after_the_last_paren() {
        let stat = "42 (my (odd) proc) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 1 0";
        assert_eq!(parse_cpu_ticks(stat), Some(250 + 50 + 7 + 3));
    }

    #[test]
    fn status_lines() {
        let status = "Name:\tomsgate\nVmHWM:\t   10240 kB\nVmRSS:\t    8192 kB\n";
        assert_eq!(parse_status_kib(status, "VmHWM:"), Some(10240));
        assert_eq!(parse_status_kib(status, "VmRSS:"), Some(8192));
        assert_eq!(parse_status_kib("Name:\tx\nThreads:\t67\n", "Threads:"), Some(67));
        assert_eq!(parse_status_kib(status, "VmSwap:"), None);
    }

    #[test]
    fn fd_kinds() {
        assert_eq!(fd_kind("socket:[4242]"), "socket");
        assert_eq!(fd_kind("pipe:[77]"), "pipe");
        assert_eq!(fd_kind("anon_inode:[eventpoll]"), "anon_inode:[eventpoll]");
        assert_eq!(fd_kind("/dev/null"), "/dev/null");
        let own = open_fds(std::process::id()).expect("own /proc entry");
        assert!(own.values().sum::<u64>() >= 3, "{own:?}");
    }

    #[test]
    fn reads_this_process() {
        let s = sample(std::process::id()).expect("own /proc entry");
        assert!(s.rss_bytes > 0 && s.peak_rss_bytes >= s.rss_bytes / 2);
    }
}
