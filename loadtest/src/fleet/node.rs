//! One omsgate node of the fleet: its config, its process, its log, its `/readyz`.
//!
//! The proxy socket is bound here and handed to the node as systemd would (fd 3,
//! `LISTEN_FDS=1`), and this process keeps no copy: once the node closes it (a drain) or
//! dies (`kill -9`), connecting is refused, as on a real host, so HAProxy's retries and
//! health checks see what they would see in production. The metrics endpoint is bound by
//! the node (port 0 at the first start; event 101 says which port). A restart binds both
//! ports again explicitly, so HAProxy's server line stays right; if another process took
//! a port in between, the restart fails and says so.

use std::{
    net::{Ipv4Addr, SocketAddr, TcpListener},
    os::fd::OwnedFd,
    path::{Path, PathBuf},
    process::{ExitStatus, Stdio},
    time::Duration,
};

use anyhow::{Context, Result, bail};
use serde_json::Value;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpSocket, TcpStream},
    process::{Child, Command},
    time::{Instant, sleep, timeout},
};

/// Time a node gets to log its start (event 101).
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// A PROXY protocol v2 `LOCAL` header (signature, version 2 + LOCAL, unspecified family,
/// no address bytes): what a balancer's health check sends, accepted with no tunnel.
const V2_LOCAL: [u8; 16] = *b"\r\n\r\n\0\r\nQUIT\n\x20\x00\x00\x00";

/// What every node's config shares; the ports are added per node.
#[derive(Debug, Clone)]
pub struct Shared {
    /// The omsgate binary.
    pub binary: PathBuf,
    /// TOML lines every node gets (allowlist, PROXY protocol, drain keys, logging).
    pub keys: String,
}

/// A node: its ports are fixed after the first start.
pub struct Node {
    /// `node1`, ...
    pub name: String,
    shared: Shared,
    config: PathBuf,
    log: PathBuf,
    /// Where it accepts tunnels.
    pub listen: SocketAddr,
    /// Its metrics endpoint (`/readyz`).
    pub metrics: SocketAddr,
    child: Option<Child>,
    /// The running process's PID.
    pub pid: u32,
    /// Where this incarnation's lines start in the log.
    offset: u64,
    /// Starts so far.
    pub starts: u32,
}

impl Node {
    /// Starts a node on fresh ports (the proxy socket bound here on port 0, the metrics
    /// endpoint on port 0 by the node).
    pub async fn start(name: &str, dir: &Path, shared: Shared) -> Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        let mut node = Node {
            name: name.into(),
            shared,
            config: dir.join(format!("{name}.toml")),
            log: dir.join(format!("{name}.log")),
            listen: listener.local_addr()?,
            metrics: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            child: None,
            pid: 0,
            offset: 0,
            starts: 0,
        };
        node.spawn(listener).await?;
        Ok(node)
    }

    /// Starts it again on the same two ports (after it exited).
    pub async fn restart(&mut self) -> Result<()> {
        if self.child.is_some() {
            bail!("{} is still running", self.name);
        }
        let listener = TcpListener::bind(self.listen)
            .with_context(|| format!("{}: binding {} again for the restart", self.name, self.listen))?;
        self.spawn(listener).await
    }

    async fn spawn(&mut self, listener: TcpListener) -> Result<()> {
        let config = format!(
            "listen_address = [\"{}\"]\nlisten_port = {}\nmetrics_address = \"{}\"\n{}",
            self.listen.ip(),
            self.listen.port(),
            self.metrics,
            self.shared.keys
        );
        std::fs::write(&self.config, config)?;
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log)?;
        self.offset = log.metadata()?.len();
        let mut command = Command::new("sh");
        command
            .args(["-c", "exec 3<&0 0</dev/null; LISTEN_FDS=1 LISTEN_PID=$$ exec \"$@\"", "sh"])
            .arg(&self.shared.binary)
            .arg("run")
            .arg("--config")
            .arg(&self.config)
            .stdin(Stdio::from(OwnedFd::from(listener)))
            .stdout(log.try_clone()?)
            .stderr(log)
            .kill_on_drop(true);
        // The listener moved into the command and is closed here once spawned: the node
        // holds the only copy.
        let child = command.spawn().with_context(|| format!("starting {}", self.name))?;
        drop(command);
        self.pid = child.id().context("the node exited at once")?;
        self.child = Some(child);
        self.starts += 1;
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Some(started) = self.events().into_iter().find(|e| e["event_id"] == 101) {
                let metrics = started["metrics"].as_str().unwrap_or_default();
                self.metrics = metrics.parse().with_context(|| {
                    format!("{}: event 101 names no metrics address: {started}", self.name)
                })?;
                return Ok(());
            }
            if let Some(status) = self.exited() {
                bail!("{} exited at start ({status}); see {}", self.name, self.log.display());
            }
            if Instant::now() > deadline {
                bail!("{} logged no start (event 101) within {START_TIMEOUT:?}", self.name);
            }
            sleep(Duration::from_millis(20)).await;
        }
    }

    /// Its exit status, once it has exited.
    fn exited(&mut self) -> Option<ExitStatus> {
        self.child.as_mut()?.try_wait().ok().flatten()
    }

    /// Sends `signal` to this node's process only.
    pub fn signal(&self, signal: rustix::process::Signal) -> Result<()> {
        let pid = rustix::process::Pid::from_raw(self.pid as i32).context("no PID")?;
        rustix::process::kill_process(pid, signal).with_context(|| format!("signalling {}", self.name))?;
        Ok(())
    }

    /// Waits up to `within` for the process to exit.
    pub async fn wait_exit(&mut self, within: Duration) -> Result<ExitStatus> {
        let child = self.child.as_mut().with_context(|| format!("{} is not running", self.name))?;
        let status = timeout(within, child.wait())
            .await
            .with_context(|| format!("{} did not exit within {within:?}", self.name))??;
        self.child = None;
        Ok(status)
    }

    /// This incarnation's JSON log lines.
    pub fn events(&self) -> Vec<Value> {
        let Ok(text) = std::fs::read(&self.log) else { return Vec::new() };
        let text = String::from_utf8_lossy(text.get(self.offset as usize..).unwrap_or_default());
        text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
    }

    /// Every JSON log line of every incarnation.
    pub fn all_events(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
    }

    /// The status `/readyz` answers, or `None` when the endpoint is gone.
    pub async fn readyz(&self) -> Option<u16> {
        let get = async {
            let mut s = TcpStream::connect(self.metrics).await.ok()?;
            s.write_all(b"GET /readyz HTTP/1.1\r\nHost: fleet\r\nConnection: close\r\n\r\n").await.ok()?;
            let mut head = [0u8; 12];
            s.read_exact(&mut head).await.ok()?;
            std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
        };
        timeout(Duration::from_secs(2), get).await.ok().flatten()
    }

    /// Whether the proxy listener still accepts: a balancer-style probe from `from`
    /// (v2 `LOCAL` header, so the node opens no tunnel and logs no refusal).
    pub async fn accepting(&self, from: Ipv4Addr) -> bool {
        let probe = async {
            let socket = TcpSocket::new_v4()?;
            socket.bind(SocketAddr::from((from, 0)))?;
            let mut s = socket.connect(self.listen).await?;
            s.write_all(&V2_LOCAL).await?;
            Ok::<_, std::io::Error>(())
        };
        matches!(timeout(Duration::from_secs(2), probe).await, Ok(Ok(())))
    }
}
