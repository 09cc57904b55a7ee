//! Starting a gateway process and knowing when it serves, for `capacity` and `soak`.
//!
//! A gateway either binds its own port (Squid, tinyproxy, Traffic Server: it serves once
//! the port accepts), or is handed a listening socket bound by the caller, as systemd's
//! socket activation does: fd 3, `LISTEN_FDS=1`, `LISTEN_PID`. A passed socket accepts
//! before the gateway serves it, so such a gateway counts as started when it sends
//! `READY=1` to `NOTIFY_SOCKET` (systemd's `Type=notify`), as omsgate does. Passing a
//! socket bound on port 0 is what lets a caller write the gateway's config with its port
//! before the gateway starts, with no window in which another process could take it.

use std::{
    net::{SocketAddr, TcpListener, TcpStream},
    os::fd::OwnedFd,
    path::PathBuf,
    process::{ExitStatus, Stdio},
    time::Duration,
};

use anyhow::{Context, Result, bail};
use tokio::{
    net::UnixDatagram,
    process::{Child, Command},
    time::{Instant, sleep, timeout, timeout_at},
};

/// Time a gateway gets to start listening.
pub const START_TIMEOUT: Duration = Duration::from_secs(20);
/// Time a gateway gets to exit after SIGTERM before it is killed.
pub const STOP_TIMEOUT: Duration = Duration::from_secs(10);
/// Moves the passed socket from stdin to fd 3 and names the shell as the process the
/// socket is for (`LISTEN_PID`); the shell then execs the gateway in place (a CPU box's
/// taskset and prlimit exec too), so the PID still matches. Prefix of the script.
const PASS_SOCKET: &str = "exec 3<&0 0</dev/null; export LISTEN_FDS=1 LISTEN_PID=$$;";

/// How the gateway gets its listening socket.
pub enum Listen<'a> {
    /// It binds this address itself; it serves once the address accepts.
    Binds(SocketAddr),
    /// It is handed this socket and reports `READY=1` on this notify socket.
    Passed(&'a TcpListener, &'a Notify),
}

/// A gateway process (the shell that started it exec'd it, so the PID is the gateway's).
pub struct Gateway {
    child: Child,
    /// Its process ID, for /proc and signals.
    pub pid: u32,
}

impl Gateway {
    /// Runs `script` with `sh -c` from `command` (a `Command::new("sh")` whose stdout and
    /// stderr the caller has set), with the socket `listen` says. Returns at once: await
    /// [`Gateway::started`] before sending it traffic.
    pub fn spawn(mut command: Command, script: &str, listen: &Listen) -> Result<Self> {
        command.kill_on_drop(true);
        match listen {
            Listen::Binds(addr) => {
                if TcpStream::connect_timeout(addr, Duration::from_millis(200)).is_ok() {
                    bail!("something already listens on {addr}; stop it first");
                }
                command.arg("-c").arg(script);
            }
            Listen::Passed(listener, notify) => {
                command
                    .arg("-c")
                    .arg(format!("{PASS_SOCKET} {script}"))
                    .stdin(Stdio::from(OwnedFd::from(listener.try_clone()?)))
                    .env("NOTIFY_SOCKET", &notify.path);
            }
        }
        let child = command.spawn().context("starting the gateway with sh")?;
        let pid = child.id().context("gateway exited at once")?;
        Ok(Self { child, pid })
    }

    /// Waits until the gateway serves (see [`Listen`]); stops it if it does not within
    /// [`START_TIMEOUT`].
    pub async fn started(&mut self, listen: &Listen<'_>) -> Result<()> {
        let deadline = Instant::now() + START_TIMEOUT;
        match listen {
            Listen::Binds(addr) => self.listening(*addr, deadline).await,
            Listen::Passed(_, notify) => self.notified(notify, deadline).await,
        }
    }

    /// The child, e.g. to take its piped stdout and stderr.
    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }

    /// Its exit status if it has exited (it should not have, during a run).
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// SIGTERM, then SIGKILL after [`STOP_TIMEOUT`]. The exit status when it exited on
    /// its own within the time (`None` when it had to be killed).
    pub async fn stop(&mut self) -> Option<ExitStatus> {
        if let Some(status) = self.exited() {
            return Some(status);
        }
        if let Some(pid) = rustix::process::Pid::from_raw(self.pid as i32) {
            let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
        }
        match timeout(STOP_TIMEOUT, self.child.wait()).await {
            Ok(status) => status.ok(),
            Err(_) => {
                let _ = self.child.kill().await;
                None
            }
        }
    }

    /// Waits until `listen` accepts connections (the gateway bound its own port).
    async fn listening(&mut self, listen: SocketAddr, deadline: Instant) -> Result<()> {
        while TcpStream::connect_timeout(&listen, Duration::from_millis(200)).is_err() {
            if let Ok(Some(status)) = self.child.try_wait() {
                bail!("gateway exited before listening: {status}");
            }
            if Instant::now() > deadline {
                self.stop().await;
                bail!("gateway did not listen on {listen} within {START_TIMEOUT:?}");
            }
            sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }

    /// Waits for `READY=1` on `notify` (a passed socket accepts before the gateway
    /// serves it, so connecting proves nothing).
    async fn notified(&mut self, notify: &Notify, deadline: Instant) -> Result<()> {
        let child = &mut self.child;
        let waited = timeout_at(deadline, async {
            let mut message = [0u8; 4096];
            loop {
                tokio::select! {
                    got = notify.socket.recv(&mut message) => {
                        if Notify::is_ready(&message[..got?]) {
                            return Ok::<_, anyhow::Error>(());
                        }
                    }
                    status = child.wait() => bail!("gateway exited before it was ready: {}", status?),
                }
            }
        })
        .await;
        match waited {
            Ok(ready) => ready,
            Err(_) => {
                self.stop().await;
                bail!(
                    "gateway sent no READY=1 to NOTIFY_SOCKET within {START_TIMEOUT:?}: it must serve the \
                     socket passed in LISTEN_FDS and notify as systemd's Type=notify expects"
                );
            }
        }
    }
}

/// Accepts and closes what queued on a passed socket while no gateway served it (late
/// connections of a previous scenario), so each gateway sees only its own scenario, as
/// when a gateway binds its own port and the kernel resets the queue on close. Returns
/// how many there were.
pub fn drain(listener: &TcpListener) -> usize {
    let mut dropped = 0;
    if listener.set_nonblocking(true).is_ok() {
        while listener.accept().is_ok() {
            dropped += 1;
        }
        // Handed over as systemd does, blocking; the gateway sets its own mode.
        let _ = listener.set_nonblocking(false);
    }
    dropped
}

/// The socket a gateway with a passed socket reports to (systemd's `NOTIFY_SOCKET`), in
/// a directory of its own that is removed on drop. A gateway that reports more than its
/// start (omsgate reports each reload) needs it read for as long as it runs: a sender
/// may block on a full datagram queue, as it would if systemd stopped reading.
pub struct Notify {
    socket: UnixDatagram,
    path: PathBuf,
}

impl Notify {
    /// Binds a fresh socket in a new private directory under the temp directory.
    pub fn bind() -> Result<Self> {
        let dir = std::env::temp_dir().join(format!(
            "omsgate-loadtest-{}-{:016x}",
            std::process::id(),
            rand::random::<u64>()
        ));
        // create_dir fails if the directory exists: the socket is never shared.
        std::fs::create_dir(&dir).with_context(|| format!("notify directory {}", dir.display()))?;
        let path = dir.join("notify");
        let socket =
            UnixDatagram::bind(&path).with_context(|| format!("NOTIFY_SOCKET {}", path.display()))?;
        Ok(Self { socket, path })
    }

    /// The next message (newline-separated `KEY=VALUE` lines), read into `buf`.
    pub async fn recv<'b>(&self, buf: &'b mut [u8]) -> std::io::Result<&'b [u8]> {
        let n = self.socket.recv(buf).await?;
        Ok(&buf[..n])
    }

    /// Whether a message says `READY=1`.
    pub fn is_ready(message: &[u8]) -> bool {
        Self::has(message, b"READY=1")
    }

    /// Whether a message has the line `line` (e.g. `RELOADING=1`).
    pub fn has(message: &[u8], line: &[u8]) -> bool {
        message.split(|&b| b == b'\n').any(|l| l == line)
    }
}

impl Drop for Notify {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        if let Some(dir) = self.path.parent() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// `text` as one word for `sh` (single quotes; a quote inside becomes `'\''`).
pub fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notify_lines() {
        assert!(Notify::is_ready(b"READY=1\nSTATUS=serving on 127.0.0.1:1"));
        assert!(Notify::has(b"RELOADING=1\nMONOTONIC_USEC=1", b"RELOADING=1"));
        assert!(!Notify::is_ready(b"READY=10\nSTATUS=READY=1 soon"));
    }

    #[test]
    fn quoting_for_sh() {
        assert_eq!(sh_quote("/tmp/a b/omsgate"), "'/tmp/a b/omsgate'");
        assert_eq!(sh_quote("it's"), r"'it'\''s'");
    }
}
