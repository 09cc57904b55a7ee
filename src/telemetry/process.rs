//! The standard `process_*` metrics (CPU, memory, fds, threads, start time), read from
//! /proc/self once per scrape and written after the recorder's own output: nothing is
//! collected between scrapes, and no tunnel ever touches them. Names, types and help
//! texts are the catalog's ([`metrics::PROCESS`]), the same as every Prometheus client
//! library uses, so dashboards and alerts written for other processes fit.
//!
//! Not through the `metrics` recorder: its counters are whole numbers, and CPU seconds
//! rounded down to a whole second make `rate(process_cpu_seconds_total[1m])` jump
//! between 0 and 1 core; as text the value keeps its hundredths (clock ticks).

use std::fmt::Write;

use rustix::process::{Resource, getrlimit};

use super::metrics::{self, ProcessMetric};

/// One reading of the process.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub cpu_seconds: f64,
    pub resident_bytes: f64,
    pub virtual_bytes: f64,
    pub open_fds: f64,
    pub max_fds: f64,
    pub start_time_seconds: f64,
    pub threads: f64,
}

/// Appends the process metrics to a scrape (nothing when /proc cannot be read).
pub fn render(out: &mut String) {
    if let Some(reading) = read() {
        write(out, &reading);
    }
}

/// Reads /proc/self/stat, /proc/stat (boot time) and /proc/self/fd, and the open-file
/// limit; `None` when /proc is not there.
pub fn read() -> Option<Reading> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let boot = std::fs::read_to_string("/proc/stat").ok()?;
    let open_fds = std::fs::read_dir("/proc/self/fd").ok()?.count();
    let ticks = rustix::param::clock_ticks_per_second() as f64;
    let page = rustix::param::page_size() as f64;
    let limit = getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX);
    let stat = Stat::parse(&stat)?;
    let boot_time: f64 = boot.lines().find_map(|l| l.strip_prefix("btime "))?.trim().parse().ok()?;
    Some(Reading {
        cpu_seconds: (stat.utime + stat.stime) as f64 / ticks,
        resident_bytes: stat.rss_pages as f64 * page,
        virtual_bytes: stat.vsize as f64,
        open_fds: open_fds as f64,
        max_fds: limit as f64,
        start_time_seconds: boot_time + stat.starttime as f64 / ticks,
        threads: stat.threads as f64,
    })
}

/// The exposition text of one reading, in the catalog's order.
pub fn write(out: &mut String, r: &Reading) {
    for &ProcessMetric { name, kind, help } in metrics::PROCESS {
        let value = match name {
            metrics::PROCESS_CPU_SECONDS => r.cpu_seconds,
            metrics::PROCESS_RESIDENT_MEMORY => r.resident_bytes,
            metrics::PROCESS_VIRTUAL_MEMORY => r.virtual_bytes,
            metrics::PROCESS_OPEN_FDS => r.open_fds,
            metrics::PROCESS_MAX_FDS => r.max_fds,
            metrics::PROCESS_START_TIME => r.start_time_seconds,
            metrics::PROCESS_THREADS => r.threads,
            _ => continue,
        };
        let _ = write!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}\n\n");
    }
}

/// The fields of /proc/self/stat used here (proc(5)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stat {
    utime: u64,
    stime: u64,
    threads: u64,
    starttime: u64,
    vsize: u64,
    rss_pages: u64,
}

impl Stat {
    /// Parses a stat line. The command name (field 2) is in parentheses and may itself
    /// hold spaces and parentheses, so fields are counted from the last `)`.
    fn parse(line: &str) -> Option<Stat> {
        let (_, rest) = line.rsplit_once(')')?;
        // rest starts at field 3 (state): field N is at index N - 3.
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let field = |n: usize| fields.get(n - 3)?.parse::<u64>().ok();
        Some(Stat {
            utime: field(14)?,
            stime: field(15)?,
            threads: field(20)?,
            starttime: field(22)?,
            vsize: field(23)?,
            rss_pages: field(24)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stat_line_whose_command_holds_parentheses_and_spaces() {
        // A line as the kernel writes it, for a process named "a) (b c": fields 1–24, then more.
        let line = "4242 (a) (b c) S 1 4242 4242 0 -1 4194560 1180 0 0 0 17 9 0 0 20 0 5 0 \
                    123456 1073741824 2560 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0";
        assert_eq!(
            Stat::parse(line),
            Some(Stat {
                utime: 17,
                stime: 9,
                threads: 5,
                starttime: 123456,
                vsize: 1073741824,
                rss_pages: 2560
            })
        );
        assert_eq!(Stat::parse("4242 (cut short) S 1 2"), None);
    }

    #[test]
    fn this_process_reads_plausibly_and_renders_every_catalog_entry() {
        let r = read().expect("/proc is mounted");
        assert!(r.resident_bytes > 1e6, "{r:?}");
        assert!(r.open_fds > 0.0 && r.open_fds < r.max_fds, "{r:?}");
        assert!(r.threads >= 1.0 && r.cpu_seconds >= 0.0, "{r:?}");
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
        assert!(r.start_time_seconds <= now + 1.0 && r.start_time_seconds > now - 86400.0, "{r:?}");
        let mut text = String::new();
        write(&mut text, &r);
        for m in metrics::PROCESS {
            assert!(text.contains(&format!("# TYPE {} {}\n{} ", m.name, m.kind, m.name)), "{}", m.name);
        }
    }
}
