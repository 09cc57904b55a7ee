//! Builders for integration tests: the real `omsgate` binary with a temp config on a
//! socket the test bound on port 0 and hands over as systemd would (socket activation:
//! no port is released and bound again), real peers on loopback ([`Origin`]), and
//! [`wait_until`] so no test sleeps to synchronise.

#![allow(dead_code)] // each test file uses a different part of the support kit

pub mod dns;
pub mod lang;
pub mod openssl;
pub mod origin;
pub mod promtool;
pub mod squid;
pub mod yes_relay;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::fd::OwnedFd;
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use origin::Origin;

/// `omsgate ARGS --config CONFIG` with `stdin` on its standard input (a password the
/// command reads). A command that fails before reading stdin closes it first: its own
/// output says why, so a refused write is not the test's failure.
pub fn omsgate_with_stdin(config: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_omsgate"))
        .args(args)
        .arg("--config")
        .arg(config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// Default deadline for anything a test waits on.
pub const DEADLINE: Duration = Duration::from_secs(15);

/// Polls `cond` until it holds or `deadline` passes; panics naming `what`.
pub fn wait_until(what: &str, deadline: Duration, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    let mut pause = Duration::from_millis(2);
    while !cond() {
        assert!(start.elapsed() < deadline, "timed out after {deadline:?} waiting for {what}");
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// A port nobody listens on, and nobody can take while this lives: a bound socket
/// that never listens, so a connect to it is refused at once.
pub struct ClosedPort {
    _socket: socket2::Socket,
    pub port: u16,
}

/// Reserves a [`ClosedPort`] on 127.0.0.1.
pub fn closed_port() -> ClosedPort {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.bind(&"127.0.0.1:0".parse::<SocketAddr>().unwrap().into()).unwrap();
    let port = socket.local_addr().unwrap().as_socket().unwrap().port();
    ClosedPort { _socket: socket, port }
}

/// The command for the gateway binary `bin`, handed `listener` as systemd hands a
/// socket (fd 3, `LISTEN_FDS=1`, `LISTEN_PID`): the shell moves it from stdin to fd 3,
/// names itself as the process the socket is for, then becomes the gateway (prlimit,
/// when asked for, execs it in place). Add the gateway's arguments.
pub fn activated(bin: &std::path::Path, listener: TcpListener, prlimit_nofile: Option<u64>) -> Command {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "exec 3<&0 0</dev/null; LISTEN_FDS=1 LISTEN_PID=$$ exec \"$@\"", "sh"]);
    if let Some(n) = prlimit_nofile {
        cmd.arg("prlimit").arg(format!("--nofile={n}:{n}"));
    }
    cmd.arg(bin).stdin(Stdio::from(OwnedFd::from(listener)));
    cmd
}

/// A listening socket on `ip` port 0, for a gateway to be handed (its port is known
/// before the gateway starts).
pub fn listener(ip: &str) -> TcpListener {
    TcpListener::bind((ip, 0)).unwrap()
}

/// A running gateway process with its own temp config and captured log lines.
pub struct Gateway {
    child: Option<Child>,
    pub addr: SocketAddr,
    pub metrics: SocketAddr,
    pub config: PathBuf,
    lines: Arc<Mutex<Vec<String>>>,
    /// How many of the stdout/stderr readers have reached end of file.
    readers_done: Arc<AtomicUsize>,
    _dir: tempfile::TempDir,
}

/// Builds a gateway config: a loopback listener, the metrics endpoint on a port of its
/// own choosing (event 101 says which), and the caller's keys.
pub struct GatewayBuilder {
    keys: Vec<String>,
    prlimit_nofile: Option<u64>,
    env: Vec<(String, String)>,
    listener: Option<TcpListener>,
    binary: Option<PathBuf>,
}

impl Gateway {
    /// A gateway with the given extra TOML lines (they win over the test defaults).
    pub fn with(keys: &[&str]) -> GatewayBuilder {
        GatewayBuilder {
            keys: keys.iter().map(|s| s.to_string()).collect(),
            prlimit_nofile: None,
            env: Vec::new(),
            listener: None,
            binary: None,
        }
    }

    /// The process ID, for signals and /proc.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Every log line so far, parsed.
    pub fn events(&self) -> Vec<serde_json::Value> {
        self.lines.lock().unwrap().iter().filter_map(|l| serde_json::from_str(l).ok()).collect()
    }

    /// Waits for a log line with `event_id` for which `pred` holds; returns it.
    pub fn wait_event(&self, event_id: u64, pred: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let mut found = None;
        wait_until(&format!("event {event_id}"), DEADLINE, || {
            found = self.events().into_iter().find(|e| e["event_id"] == event_id && pred(e));
            found.is_some()
        });
        found.unwrap()
    }

    /// Sends a signal by name (`TERM`, `HUP`, ...) to this gateway only.
    pub fn signal(&self, name: &str) {
        let ok = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{name} failed");
    }

    /// Waits for the process to exit and returns its exit code.
    pub fn wait_exit(&mut self) -> Option<i32> {
        let mut child = self.child.take().expect("running");
        let mut status = None;
        wait_until("gateway exit", DEADLINE * 4, || {
            status = child.try_wait().unwrap();
            status.is_some()
        });
        // Every line the process wrote is read once both pipes are at end of file.
        wait_until("the last log lines", DEADLINE, || self.readers_done.load(Ordering::Acquire) == 2);
        status.unwrap().code()
    }

    /// Open file descriptors of the process.
    pub fn fd_count(&self) -> usize {
        std::fs::read_dir(format!("/proc/{}/fd", self.pid())).unwrap().count()
    }

    /// Rewrites the config file (for reload tests).
    pub fn rewrite_config(&self, text: &str) {
        let tmp = self.config.with_extension("tmp");
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, &self.config).unwrap();
    }

    /// GETs a path on the metrics endpoint; returns (status, body).
    pub fn http_get(&self, path: &str) -> (u16, String) {
        let mut s = TcpStream::connect(self.metrics).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).unwrap();
        let code = text[9..12].parse().unwrap();
        let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
        (code, body)
    }

    /// A metric sample's value from /metrics (the first line starting with `series`).
    pub fn metric(&self, series: &str) -> Option<f64> {
        let (_, body) = self.http_get("/metrics");
        body.lines()
            .find(|l| l.starts_with(series) && l[series.len()..].starts_with(' '))
            .and_then(|l| l.rsplit(' ').next()?.parse().ok())
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl GatewayBuilder {
    /// Runs the gateway with a hard and soft open-file limit of `n` (via prlimit).
    pub fn nofile(mut self, n: u64) -> Self {
        self.prlimit_nofile = Some(n);
        self
    }

    /// Runs the gateway with an extra environment variable.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Runs this copy of the binary (e.g. renamed) instead of the one cargo built.
    pub fn binary(mut self, path: &std::path::Path) -> Self {
        self.binary = Some(path.to_path_buf());
        self
    }

    /// Hands the gateway this listening socket instead of one on 127.0.0.1:0.
    pub fn on(mut self, listener: TcpListener) -> Self {
        self.listener = Some(listener);
        self
    }

    /// Writes the config, starts the binary on a socket bound here (passed as systemd
    /// passes one: fd 3, `LISTEN_FDS=1`, `LISTEN_PID`), and waits for event 101.
    pub fn start(self) -> Gateway {
        let dir = tempfile::tempdir().unwrap();
        let overridden = |k: &str| self.keys.iter().any(|l| l.split('=').next().unwrap().trim() == k);
        let ip = match self.keys.iter().find_map(|l| l.strip_prefix("listen_address = [\"")) {
            Some(rest) => rest.split('"').next().unwrap().to_string(),
            None => "127.0.0.1".to_string(),
        };
        let listener = self.listener.unwrap_or_else(|| listener(&ip));
        let port = listener.local_addr().unwrap().port();
        let config = dir.path().join("omsgate.toml");
        let mut text = String::new();
        for (k, v) in [
            ("listen_address", format!("[\"{ip}\"]")),
            ("listen_port", port.to_string()),
            ("metrics_address", "\"127.0.0.1:0\"".into()),
            ("log_format", "\"json\"".into()),
        ] {
            if !overridden(k) {
                text += &format!("{k} = {v}\n");
            }
        }
        for line in &self.keys {
            text += line;
            text += "\n";
        }
        std::fs::write(&config, &text).unwrap();
        let bin = self.binary.clone().unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_omsgate")));
        let mut cmd = activated(&bin, listener, self.prlimit_nofile);
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
        let mut child = cmd
            .arg("run")
            .arg("--config")
            .arg(&config)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let readers_done = Arc::new(AtomicUsize::new(0));
        for out in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let (lines, done) = (lines.clone(), readers_done.clone());
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines().map_while(Result::ok) {
                    lines.lock().unwrap().push(line);
                }
                done.fetch_add(1, Ordering::Release);
            });
        }
        let placeholder: SocketAddr = "0.0.0.0:0".parse().unwrap();
        let mut gw = Gateway {
            child: Some(child),
            addr: placeholder,
            metrics: placeholder,
            config,
            lines,
            readers_done,
            _dir: dir,
        };
        let started = gw.wait_event(101, |_| true);
        let addr = |field: &str| started[field].as_str().and_then(|a| a.split(',').next()?.parse().ok());
        gw.addr = addr("listen").expect("event 101 names the listen address");
        gw.metrics = addr("metrics").unwrap_or(placeholder);
        gw
    }
}

/// `allowed_hosts` with the explicit `127.0.0.1:PORT` entry of a plain (non-TLS)
/// origin: with `tls_inspection = false`, such tunnels are not inspected.
pub fn plain_entry(origin: &Origin) -> String {
    format!("allowed_hosts = [\"127.0.0.1:{}\"]", origin.port())
}

/// A connection to `gw` from the loopback address `from` (127.0.0.0/8 is all ours, so
/// tests can be several agents with addresses of their own).
pub fn connect_from(from: &str, gw: SocketAddr) -> TcpStream {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.bind(&format!("{from}:0").parse::<SocketAddr>().unwrap().into()).unwrap();
    socket.connect(&gw.into()).unwrap();
    let stream: TcpStream = socket.into();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    stream
}

/// Sends `CONNECT target` on `stream` and reads the response head.
pub fn request(stream: &mut TcpStream, target: &str) -> String {
    stream.write_all(format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes()).unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

/// A raw client: sends `head` (and anything pipelined) and returns the stream and the
/// response head it read (up to the blank line), leaving later bytes in the socket.
pub fn connect_raw(gw: SocketAddr, bytes: &[u8]) -> (TcpStream, String) {
    let mut s = TcpStream::connect(gw).unwrap();
    s.set_read_timeout(Some(DEADLINE)).unwrap();
    s.write_all(bytes).unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match s.read(&mut byte).unwrap() {
            0 => break,
            _ => head.push(byte[0]),
        }
    }
    (s, String::from_utf8_lossy(&head).into_owned())
}

/// `CONNECT target` and the response head.
pub fn connect_to(gw: SocketAddr, target: &str) -> (TcpStream, String) {
    connect_raw(gw, format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes())
}

/// Runs curl through the gateway; returns (exit code, CONNECT status, body).
pub fn curl(gw: SocketAddr, url: &str, cacert: &std::path::Path) -> (i32, u16, String) {
    let out = Command::new("curl")
        .args(["-sS", "--max-time", "15", "--proxy"])
        .arg(format!("http://{gw}"))
        .arg("--cacert")
        .arg(cacert)
        .args(["-w", "\n%{http_connect}"])
        .arg(url)
        .output()
        .expect("curl is installed (.ci/run installs it)");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = stdout.rsplit_once('\n').unwrap_or(("", "0"));
    (out.status.code().unwrap_or(-1), code.trim().parse().unwrap_or(0), body.to_string())
}
