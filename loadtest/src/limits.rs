//! Process limits: the open-file limit of this process, and the CPU/memory box the
//! gateway under test runs in (cgroup v2, else v1, else taskset + prlimit).
//!
//! The gateway gets the first `ceil(cpus)` cores and the load the rest, so on a 2-core
//! machine the gateway has core 0 and the agents and sink core 1.

use std::{fs, path::PathBuf};

/// Raises the soft NOFILE limit to the hard limit (20,000 on these machines).
pub fn raise_nofile() {
    let _ = rlimit::increase_nofile_limit(u64::MAX);
}

/// Grows this process's fd table to the soft NOFILE limit before any thread starts. A
/// multi-threaded process that grows its table (by doubling, as fds are opened) waits
/// for an RCU grace period in that syscall (`expand_files` → `synchronize_rcu`, 10–20
/// ms here): thousands of agents opening sockets would stall at 256, 512, … 16,384
/// fds and add those stalls to every peer's set-up figures. 8 bytes of kernel memory
/// per slot (256 KiB for 20,000).
pub fn reserve_fd_table() {
    let highest = nofile().min(i32::MAX as u64).saturating_sub(1) as i32;
    if let Ok(null) = fs::File::open("/dev/null") {
        // The lowest free fd at or above `highest`: the table grows to hold it; both
        // close here, the table stays.
        let _ = rustix::io::fcntl_dupfd_cloexec(&null, highest);
    }
}

/// The current soft NOFILE limit.
pub fn nofile() -> u64 {
    rlimit::getrlimit(rlimit::Resource::NOFILE).map(|(soft, _)| soft).unwrap_or(1024)
}

/// Cores as a taskset list: the gateway's and the load's.
pub fn split_cores(gateway_cpus: f64) -> (String, String) {
    let total = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let gw = (gateway_cpus.ceil() as usize).clamp(1, total);
    let list = |r: std::ops::Range<usize>| r.map(|c| c.to_string()).collect::<Vec<_>>().join(",");
    let load = if gw < total { list(gw..total) } else { list(0..total) };
    (list(0..gw), load)
}

/// How the gateway is confined.
#[derive(Debug)]
pub enum Limiter {
    /// cgroup v2 directory with cpu.max, memory.max, cpuset.cpus.
    CgroupV2(PathBuf),
    /// cgroup v1 directories (cpu, memory, cpuset).
    CgroupV1(Vec<PathBuf>),
    /// No writable cgroup: taskset for cores, prlimit RLIMIT_DATA for memory.
    Taskset,
}

/// A limiter plus the cores and memory it enforces.
#[derive(Debug)]
pub struct Boxed {
    limiter: Limiter,
    cores: String,
    cpus: f64,
    memory: u64,
}

impl Boxed {
    /// Creates the box: `cpus` cores' worth of CPU time on `cores`, `memory` bytes.
    pub fn create(cores: &str, cpus: f64, memory: u64) -> Self {
        let name = format!("omsgate-loadtest-{}", std::process::id());
        let limiter = try_v2(&name, cores, cpus, memory)
            .or_else(|| try_v1(&name, cores, cpus, memory))
            .unwrap_or(Limiter::Taskset);
        Self { limiter, cores: cores.into(), cpus, memory }
    }

    /// A shell script that enters the box and execs `command` (so its PID is the gateway's).
    pub fn wrap(&self, command: &str) -> String {
        let join = |dirs: &[PathBuf]| {
            dirs.iter().map(|d| format!("echo $$ > {}/cgroup.procs && ", d.display())).collect::<String>()
        };
        match &self.limiter {
            Limiter::CgroupV2(dir) => {
                format!("{}exec taskset -c {} {command}", join(std::slice::from_ref(dir)), self.cores)
            }
            Limiter::CgroupV1(dirs) => {
                format!("{}exec taskset -c {} {command}", join(dirs), self.cores)
            }
            Limiter::Taskset => {
                format!("exec prlimit --data={} -- taskset -c {} {command}", self.memory, self.cores)
            }
        }
    }

    /// One line for reports.
    pub fn describe(&self) -> String {
        let how = match &self.limiter {
            Limiter::CgroupV2(_) => "cgroup v2 cpu.max + memory.max + cpuset",
            Limiter::CgroupV1(_) => "cgroup v1 cfs quota + memory.limit_in_bytes + cpuset",
            Limiter::Taskset => "taskset + prlimit --data (no cgroup writable)",
        };
        format!("{how}; cores {} ({} CPU), memory {} MiB", self.cores, self.cpus, self.memory >> 20)
    }
}

impl Drop for Boxed {
    fn drop(&mut self) {
        let dirs = match &self.limiter {
            Limiter::CgroupV2(d) => vec![d.clone()],
            Limiter::CgroupV1(d) => d.clone(),
            Limiter::Taskset => vec![],
        };
        for d in dirs {
            let _ = fs::remove_dir(d);
        }
    }
}

const PERIOD_US: u64 = 100_000;

fn try_v2(name: &str, cores: &str, cpus: f64, memory: u64) -> Option<Limiter> {
    let root = PathBuf::from("/sys/fs/cgroup");
    let controllers = fs::read_to_string(root.join("cgroup.controllers")).ok()?;
    if !controllers.split_whitespace().any(|c| c == "cpu") {
        return None;
    }
    let _ = fs::write(root.join("cgroup.subtree_control"), "+cpu +memory +cpuset");
    let dir = root.join(name);
    fs::create_dir_all(&dir).ok()?;
    let quota = (cpus * PERIOD_US as f64) as u64;
    let ok = fs::write(dir.join("cpu.max"), format!("{quota} {PERIOD_US}")).is_ok();
    let _ = fs::write(dir.join("memory.max"), memory.to_string());
    let _ = fs::write(dir.join("cpuset.cpus"), cores);
    if ok { Some(Limiter::CgroupV2(dir)) } else { fs::remove_dir(&dir).ok().and(None) }
}

fn try_v1(name: &str, cores: &str, cpus: f64, memory: u64) -> Option<Limiter> {
    let root = PathBuf::from("/sys/fs/cgroup");
    let cpu = root.join("cpu").join(name);
    fs::create_dir_all(&cpu).ok()?;
    let quota = (cpus * PERIOD_US as f64) as u64;
    if fs::write(cpu.join("cpu.cfs_period_us"), PERIOD_US.to_string()).is_err()
        || fs::write(cpu.join("cpu.cfs_quota_us"), quota.to_string()).is_err()
    {
        let _ = fs::remove_dir(&cpu);
        return None;
    }
    let mut dirs = vec![cpu];
    let mem = root.join("memory").join(name);
    if fs::create_dir_all(&mem).is_ok()
        && fs::write(mem.join("memory.limit_in_bytes"), memory.to_string()).is_ok()
    {
        dirs.push(mem);
    }
    let cpuset = root.join("cpuset").join(name);
    if fs::create_dir_all(&cpuset).is_ok() {
        let mems = fs::read_to_string(root.join("cpuset/cpuset.mems")).unwrap_or_else(|_| "0".into());
        if fs::write(cpuset.join("cpuset.cpus"), cores).is_ok()
            && fs::write(cpuset.join("cpuset.mems"), mems.trim()).is_ok()
        {
            dirs.push(cpuset);
        } else {
            let _ = fs::remove_dir(&cpuset);
        }
    }
    Some(Limiter::CgroupV1(dirs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cores_split_leaves_the_rest_to_the_load() {
        let (gw, load) = split_cores(1.0);
        assert_eq!(gw, "0");
        let total = std::thread::available_parallelism().unwrap().get();
        if total > 1 {
            assert!(!load.split(',').any(|c| c == "0"));
        }
    }
}
