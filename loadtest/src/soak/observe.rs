//! The gateway under soak, watched from outside: its log (stdout, read for as long as it
//! runs and tallied by event ID), its stderr (where a panic would show), its systemd
//! notifications (read for as long as it runs, as systemd would), its /metrics, and its
//! memory and open files from /proc.

use std::{
    collections::BTreeMap,
    io::{BufWriter, Write},
    net::{SocketAddr, TcpListener},
    path::{Path, PathBuf},
    process::{ExitStatus, Stdio},
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering::Relaxed},
    },
    time::Duration,
};

use anyhow::{Context, Result, bail};
use serde::Serialize;
use tokio::{
    io::{AsyncBufReadExt, AsyncRead, BufReader},
    process::Command,
    sync::{oneshot, watch},
    task::JoinHandle,
    time::{Instant, sleep, timeout},
};

use crate::{
    gateway::{self, Gateway, Listen, Notify, START_TIMEOUT},
    proc,
    scrape::Metrics,
};

/// Lines of stderr and of event 400 kept for the report (the log file has them all).
const KEPT_LINES: usize = 20;
/// How often RSS and open files are sampled during the run.
const SAMPLE_EVERY: Duration = Duration::from_millis(500);
/// Time the log gets to reach its end after the gateway exits.
const LOG_EOF_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the gateway's stdout and stderr are copied.
type LogFile = BufWriter<std::fs::File>;

/// A running gateway and what is read from it.
pub struct Observed {
    gateway: Gateway,
    /// Its PID.
    pub pid: u32,
    /// Where `/metrics` and `/readyz` answer (event 101's `metrics`).
    pub metrics: SocketAddr,
    /// Its log lines, tallied.
    pub log: Arc<Tally>,
    /// Where its stdout and stderr are copied.
    pub log_path: PathBuf,
    readers: Vec<JoinHandle<()>>,
    notifications: JoinHandle<()>,
}

/// What the gateway wrote and notified, counted as it comes.
#[derive(Debug, Default)]
pub struct Tally {
    /// Log lines by `event_id` (lines without one under 0).
    events: Mutex<BTreeMap<u16, u64>>,
    /// The first event-400 lines.
    application_errors: Mutex<Vec<String>>,
    /// The first stderr lines.
    stderr: Mutex<Vec<String>>,
    /// Every stderr line.
    stderr_lines: AtomicU64,
    /// `READY=1` notifications (the start, then one after each reload).
    pub ready: AtomicU64,
    /// `RELOADING=1` notifications: one per reload the gateway began.
    pub reloading: AtomicU64,
}

/// Memory and open files over the run, sampled every [`SAMPLE_EVERY`].
pub struct Sampler {
    samples: Arc<Mutex<Vec<Sample>>>,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

/// One /proc reading.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Sample {
    /// Seconds since the sampler started.
    pub at_s: f64,
    /// VmRSS.
    pub rss_bytes: u64,
    /// Open file descriptors.
    pub fds: u64,
}

/// Open files at one moment, with the pipes the splice pool holds then.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Fds {
    /// Every open fd.
    pub total: u64,
    /// Pipes the pool holds (`omsgate_splice_pipes_open`), two fds each.
    pub pool_pipes: u64,
    /// The fds by kind (socket, pipe, anon_inode, path).
    pub kinds: BTreeMap<String, u64>,
}

impl Observed {
    /// Starts `omsgate run --config CONFIG` on `listener` as systemd would (socket
    /// activation, `Type=notify`), copying its stdout and stderr to `log_path`, and
    /// returns once it is ready and has said where its metrics are.
    pub async fn start(
        omsgate: &Path,
        config: &Path,
        listener: &TcpListener,
        log_path: PathBuf,
    ) -> Result<Self> {
        let notify = Notify::bind()?;
        let listen = Listen::Passed(listener, &notify);
        let mut command = Command::new("sh");
        command.stdout(Stdio::piped()).stderr(Stdio::piped());
        let script = format!(
            "exec {} run --config {}",
            gateway::sh_quote(&omsgate.to_string_lossy()),
            gateway::sh_quote(&config.to_string_lossy())
        );
        let mut gateway = Gateway::spawn(command, &script, &listen)?;
        let pid = gateway.pid;
        let log = Arc::new(Tally::default());
        let file = std::fs::File::create(&log_path)
            .with_context(|| format!("gateway log {}", log_path.display()))?;
        // Buffered writes to a local file: a syscall per 8 KiB, too short to matter to
        // the runtime.
        let file = Arc::new(Mutex::new(BufWriter::new(file)));
        let (metrics_tx, metrics_rx) = oneshot::channel();
        let stdout = gateway.child().stdout.take().context("gateway stdout")?;
        let stderr = gateway.child().stderr.take().context("gateway stderr")?;
        let readers = vec![
            tokio::spawn(read_log(stdout, log.clone(), file.clone(), Some(metrics_tx))),
            tokio::spawn(read_stderr(stderr, log.clone(), file)),
        ];
        gateway.started(&listen).await?;
        // `started` read the start's READY=1; the rest are read from here on.
        log.ready.store(1, Relaxed);
        let notifications = tokio::spawn(read_notifications(notify, log.clone()));
        let metrics = match timeout(START_TIMEOUT, metrics_rx).await {
            Ok(Ok(addr)) => addr,
            _ => bail!("the gateway logged no event 101 with its metrics address within {START_TIMEOUT:?}"),
        };
        Ok(Self { gateway, pid, metrics, log, log_path, readers, notifications })
    }

    /// Scrapes `/metrics`.
    pub async fn metrics(&self) -> Result<Metrics> {
        Metrics::scrape(self.metrics).await
    }

    /// Its exit status, if it has exited.
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.gateway.exited()
    }

    /// Open files now, once two readings in a row agree (a reload's control connection
    /// may be closing), with the pool's pipes read by a scrape before and after them:
    /// each scrape's own connection is still open in the gateway for a moment after the
    /// answer, so no reading of the fds is taken right behind a scrape. The last reading
    /// after `within`.
    pub async fn settled_fds(&self, within: Duration) -> Result<Fds> {
        let deadline = Instant::now() + within;
        loop {
            let pool_pipes = self.metrics().await?.total("omsgate_splice_pipes_open") as u64;
            let mut last: Option<BTreeMap<String, u64>> = None;
            let kinds = loop {
                sleep(Duration::from_millis(100)).await;
                let now = proc::open_fds(self.pid).context("the gateway is gone")?;
                if last.as_ref() == Some(&now) || Instant::now() >= deadline {
                    break now;
                }
                last = Some(now);
            };
            let again = self.metrics().await?.total("omsgate_splice_pipes_open") as u64;
            if again == pool_pipes || Instant::now() >= deadline {
                return Ok(Fds { total: kinds.values().sum(), pool_pipes, kinds });
            }
        }
    }

    /// SIGTERM; its exit status when it exited on its own (`None`: it had to be killed).
    /// Then reads its log to the end.
    pub async fn stop(&mut self) -> Option<ExitStatus> {
        let status = self.gateway.stop().await;
        for reader in self.readers.drain(..) {
            let _ = timeout(LOG_EOF_TIMEOUT, reader).await;
        }
        self.notifications.abort();
        status
    }
}

impl Drop for Observed {
    fn drop(&mut self) {
        self.notifications.abort();
        for reader in &self.readers {
            reader.abort();
        }
    }
}

impl Tally {
    /// Lines logged with `event_id`.
    pub fn count(&self, event_id: u16) -> u64 {
        self.events.lock().expect("tally lock").get(&event_id).copied().unwrap_or(0)
    }

    /// Lines by event ID.
    pub fn events(&self) -> BTreeMap<u16, u64> {
        self.events.lock().expect("tally lock").clone()
    }

    /// The first event-400 lines.
    pub fn application_errors(&self) -> Vec<String> {
        self.application_errors.lock().expect("tally lock").clone()
    }

    /// Every stderr line, and the first few.
    pub fn stderr(&self) -> (u64, Vec<String>) {
        (self.stderr_lines.load(Relaxed), self.stderr.lock().expect("tally lock").clone())
    }

    fn line(&self, line: &str) -> Option<serde_json::Value> {
        let event: Option<serde_json::Value> = serde_json::from_str(line).ok();
        let id = event.as_ref().and_then(|e| e["event_id"].as_u64()).unwrap_or(0) as u16;
        *self.events.lock().expect("tally lock").entry(id).or_insert(0) += 1;
        if id == 400 {
            keep(&self.application_errors, line);
        }
        event
    }
}

impl Sampler {
    /// Samples `pid` until [`Sampler::finish`]; times count from `start`.
    pub fn start(pid: u32, start: Instant) -> Self {
        let samples = Arc::new(Mutex::new(Vec::new()));
        let (stop, mut stopped) = watch::channel(false);
        let kept = samples.clone();
        let task = tokio::spawn(async move {
            let mut tick = tokio::time::interval(SAMPLE_EVERY);
            loop {
                tokio::select! {
                    _ = tick.tick() => {}
                    _ = stopped.changed() => return,
                }
                let (Some(mem), Some(fds)) = (proc::sample(pid), proc::open_fds(pid)) else { return };
                let sample = Sample {
                    at_s: start.elapsed().as_secs_f64(),
                    rss_bytes: mem.rss_bytes,
                    fds: fds.values().sum(),
                };
                kept.lock().expect("samples lock").push(sample);
            }
        });
        Self { samples, stop, task }
    }

    /// Stops sampling; every sample taken.
    pub async fn finish(self) -> Vec<Sample> {
        let _ = self.stop.send(true);
        let _ = self.task.await;
        std::mem::take(&mut *self.samples.lock().expect("samples lock"))
    }
}

/// The median RSS (the upper one of an even count) of the samples taken in
/// `[from_s, to_s]`; `None` without any.
pub fn median_rss(samples: &[Sample], from_s: f64, to_s: f64) -> Option<u64> {
    let mut rss: Vec<u64> =
        samples.iter().filter(|s| s.at_s >= from_s && s.at_s <= to_s).map(|s| s.rss_bytes).collect();
    rss.sort_unstable();
    rss.get(rss.len() / 2).copied()
}

/// Copies the log to `file` and tallies it; sends the metrics address of event 101.
async fn read_log(
    stdout: impl AsyncRead + Unpin,
    tally: Arc<Tally>,
    file: Arc<Mutex<LogFile>>,
    mut metrics: Option<oneshot::Sender<SocketAddr>>,
) {
    let mut lines = BufReader::new(stdout).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        let event = tally.line(&line);
        if let Some(event) = event.filter(|e| e["event_id"] == 101)
            && let Some(addr) = event["metrics"].as_str().and_then(|a| a.parse().ok())
            && let Some(tx) = metrics.take()
        {
            let _ = tx.send(addr);
        }
        let _ = writeln!(file.lock().expect("log file lock"), "{line}");
    }
    let _ = file.lock().expect("log file lock").flush();
}

/// Copies stderr to `file` (prefixed) and keeps its first lines.
async fn read_stderr(stderr: impl AsyncRead + Unpin, tally: Arc<Tally>, file: Arc<Mutex<LogFile>>) {
    let mut lines = BufReader::new(stderr).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        tally.stderr_lines.fetch_add(1, Relaxed);
        keep(&tally.stderr, &line);
        let _ = writeln!(file.lock().expect("log file lock"), "stderr: {line}");
    }
    let _ = file.lock().expect("log file lock").flush();
}

/// Reads the gateway's notifications for as long as it runs, as systemd does.
async fn read_notifications(notify: Notify, tally: Arc<Tally>) {
    let mut buf = [0u8; 4096];
    while let Ok(message) = notify.recv(&mut buf).await {
        if Notify::is_ready(message) {
            tally.ready.fetch_add(1, Relaxed);
        }
        if Notify::has(message, b"RELOADING=1") {
            tally.reloading.fetch_add(1, Relaxed);
        }
    }
}

fn keep(lines: &Mutex<Vec<String>>, line: &str) {
    let mut lines = lines.lock().expect("tally lock");
    if lines.len() < KEPT_LINES {
        lines.push(line.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tally_counts_events_and_keeps_errors() {
        let t = Tally::default();
        t.line(r#"{"event_id":103,"message":"allowed"}"#);
        t.line(r#"{"event_id":103}"#);
        t.line(r#"{"event_id":400,"message":"boom"}"#);
        t.line("not json");
        assert_eq!(t.count(103), 2);
        assert_eq!(t.count(400), 1);
        assert_eq!(t.count(0), 1);
        assert_eq!(t.application_errors(), vec![r#"{"event_id":400,"message":"boom"}"#.to_string()]);
    }

    #[test]
    fn median_of_a_window() {
        let s = |at_s: f64, mib: u64| Sample { at_s, rss_bytes: mib << 20, fds: 0 };
        let samples = [s(0.0, 10), s(1.0, 30), s(2.0, 20), s(3.0, 90), s(4.0, 25), s(9.0, 99)];
        assert_eq!(median_rss(&samples, 1.0, 4.0), Some(30 << 20));
        assert_eq!(median_rss(&samples, 1.0, 2.0), Some(30 << 20));
        assert_eq!(median_rss(&samples, 2.0, 4.0), Some(25 << 20));
        assert_eq!(median_rss(&samples, 5.0, 8.0), None);
    }
}
