//! Logging observes, it never steers: with the gateway's stdout a pipe nobody drains (a
//! stalled journald or log shipper), log lines are dropped and counted instead of
//! blocking workers. Open tunnels keep echoing, new tunnels open, `/metrics` answers with
//! `omsgate_log_lines_dropped_total` > 0, event 111 sums up the loss once stdout is read
//! again, and SIGTERM still ends the process.
//!
//! It spawns the binary itself (on a socket it binds, as the support kit does) because
//! the stalled pipe is the point: stdout is read up to the start line (event 101) and
//! then left alone.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};

/// Refused requests fired at most. Each writes one log line; the 64 KiB pipe, the
/// writer's 64 KiB buffer and its 64 Ki-line queue are full after about 66,000.
const MAX_REQUESTS: u64 = 120_000;
/// The flood stops after this long even if nothing was dropped yet.
const FLOOD_TIME: Duration = Duration::from_secs(60);
/// Client threads firing refused requests.
const FLOOD_THREADS: usize = 4;
/// Longest wait for one socket operation: a gateway blocked on its log runs into it.
const IO_TIMEOUT: Duration = Duration::from_secs(5);
/// Longest wait for a condition (start line, summary line, exit).
const DEADLINE: Duration = Duration::from_secs(30);

#[test]
fn a_stalled_stdout_drops_log_lines_and_never_stops_tunnels_or_metrics() {
    let origin = echo_origin();
    let gw = Gateway::start(origin, &[]);

    let mut open = open_tunnel(gw.addr, origin).expect("a tunnel opens before the flood");
    echo(&mut open, b"before").expect("the tunnel echoes before the flood");

    let flood = flood_until_dropping(&gw);
    eprintln!(
        "flood: {} refused requests answered, {} failed, in {:?}; dropped lines {}",
        flood.answered, flood.failed, flood.took, flood.dropped
    );

    // stdout is now stalled: nobody reads the pipe and the writer's queue is full.
    echo(&mut open, b"during").expect("the tunnel opened before the stall still echoes");
    let mut fresh = open_tunnel(gw.addr, origin).expect("a new tunnel opens while stdout is stalled");
    echo(&mut fresh, b"fresh").expect("the new tunnel echoes while stdout is stalled");
    let dropped = dropped_lines(gw.metrics).expect("/metrics answers while stdout is stalled");
    assert_eq!(
        flood.failed, 0,
        "refused requests went unanswered while stdout was stalled: {}",
        flood.first_error
    );
    assert!(
        flood.dropped > 0.0 && dropped >= flood.dropped,
        "after {} refused requests in {:?}, /metrics said {} then {dropped} lines dropped",
        flood.answered,
        flood.took,
        flood.last_scrape
    );

    // The reader is back: the backlog drains and one summary line names the loss.
    gw.stdout.drain();
    let summary =
        gw.stdout.wait_for(|e| e["event_id"] == 111, DEADLINE).expect("event 111 after stdout is read again");
    eprintln!("after draining: {summary}");
    let counted = summary["dropped_lines"].as_u64().expect("event 111 has dropped_lines");
    assert!(
        counted as f64 >= dropped,
        "event 111 says {counted} lines, /metrics said {dropped} before: {summary}"
    );
    let message = summary["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("stdout was not being read")
            && message.contains(&format!("{counted} log lines dropped")),
        "event 111 should say what happened: {summary}"
    );
    assert_eq!(summary["level"], "WARN", "{summary}");
    echo(&mut open, b"after").expect("the first tunnel still echoes after the reader is back");
}

#[test]
fn sigterm_ends_the_gateway_while_stdout_is_stalled() {
    let origin = echo_origin();
    let mut gw = Gateway::start(origin, &["drain_grace = \"0s\"", "drain_timeout = \"1s\""]);
    let flood = flood_until_dropping(&gw);
    assert!(flood.dropped > 0.0, "nothing was dropped; /metrics last said: {}", flood.last_scrape);

    let began = Instant::now();
    let killed = Command::new("kill").arg("-TERM").arg(gw.child.id().to_string()).status().unwrap();
    assert!(killed.success(), "kill -TERM failed");
    let status = wait_for(DEADLINE, || gw.child.try_wait().unwrap()).unwrap_or_else(|| {
        panic!("the gateway did not exit within {DEADLINE:?} of SIGTERM with stdout stalled")
    });
    assert!(status.success(), "exit status {status} after SIGTERM");
    eprintln!("exited {:?} after SIGTERM with stdout stalled", began.elapsed());
}

/// What the flood did.
struct Flood {
    answered: u64,
    failed: u64,
    first_error: String,
    /// `omsgate_log_lines_dropped_total` when the flood stopped (0 if never seen).
    dropped: f64,
    last_scrape: String,
    took: Duration,
}

/// Fires refused requests from several threads until `/metrics` shows dropped lines, or
/// `MAX_REQUESTS` / `FLOOD_TIME` run out.
fn flood_until_dropping(gw: &Gateway) -> Flood {
    let start = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicU64::new(0));
    let fired = Arc::new(AtomicU64::new(0));
    let (err_tx, err_rx) = mpsc::channel::<String>();
    let threads: Vec<_> = (0..FLOOD_THREADS)
        .map(|_| {
            let (stop, answered, fired, err_tx, addr) =
                (stop.clone(), answered.clone(), fired.clone(), err_tx.clone(), gw.addr);
            thread::spawn(move || {
                while !stop.load(Ordering::Relaxed)
                    && start.elapsed() < FLOOD_TIME
                    && fired.fetch_add(1, Ordering::Relaxed) < MAX_REQUESTS
                {
                    match refused_request(addr) {
                        Ok(()) => _ = answered.fetch_add(1, Ordering::Relaxed),
                        Err(e) => _ = err_tx.send(e),
                    }
                }
            })
        })
        .collect();
    drop(err_tx);

    // Scrape while the flood runs; a scrape that cannot be answered counts as "not yet".
    let mut dropped = 0.0;
    let mut last_scrape = String::from("(no answer)");
    let mut pause = Duration::from_millis(50);
    while threads.iter().any(|t| !t.is_finished()) {
        match dropped_lines(gw.metrics) {
            Ok(n) if n > 0.0 => {
                dropped = n;
                last_scrape = format!("omsgate_log_lines_dropped_total {n}");
                break;
            }
            Ok(n) => last_scrape = format!("omsgate_log_lines_dropped_total {n}"),
            Err(e) => last_scrape = e,
        }
        thread::sleep(pause); // a polling interval, not a synchronisation
        pause = (pause * 2).min(Duration::from_millis(500));
    }
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join().unwrap();
    }
    let errors: Vec<String> = err_rx.try_iter().collect();
    Flood {
        answered: answered.load(Ordering::Relaxed),
        failed: errors.len() as u64,
        first_error: errors.into_iter().next().unwrap_or_default(),
        dropped,
        last_scrape,
        took: start.elapsed(),
    }
}

/// A running `omsgate run` with its own config and a stdout that is read only on demand.
struct Gateway {
    child: Child,
    addr: SocketAddr,
    metrics: SocketAddr,
    stdout: StalledStdout,
    _dir: tempfile::TempDir,
}

impl Gateway {
    /// Starts the binary allowing only `origin` and waits for its start line (event 101).
    fn start(origin: SocketAddr, extra: &[&str]) -> Gateway {
        let dir = tempfile::tempdir().unwrap();
        let listener = support::listener("127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let config = dir.path().join("omsgate.toml");
        let mut text = format!(
            "listen_address = [\"127.0.0.1\"]\nlisten_port = {}\nmetrics_address = \"127.0.0.1:0\"\n\
             allowed_hosts = [\"{origin}\"]\ntls_inspection = false\nallow_private_destinations = true\n\
             log_format = \"json\"\n",
            addr.port()
        );
        for line in extra {
            text += line;
            text += "\n";
        }
        std::fs::write(&config, text).unwrap();
        let bin = std::path::Path::new(env!("CARGO_BIN_EXE_omsgate"));
        let mut child = support::activated(bin, listener, None)
            .arg("run")
            .arg("--config")
            .arg(&config)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = StalledStdout::read_until_started(child.stdout.take().unwrap());
        let started =
            stdout.wait_for(|e| e["event_id"] == 101, DEADLINE).expect("the start line (event 101)");
        let metrics =
            started["metrics"].as_str().and_then(|a| a.parse().ok()).expect("event 101 names /metrics");
        Gateway { child, addr, metrics, stdout, _dir: dir }
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The gateway's stdout, read by a thread up to the start line and then not at all
/// until [`StalledStdout::drain`]: the pipe fills and stays full, as with a stalled journald.
struct StalledStdout {
    resume: mpsc::Sender<()>,
    lines: mpsc::Receiver<String>,
}

impl StalledStdout {
    fn read_until_started(stdout: ChildStdout) -> StalledStdout {
        let (line_tx, lines) = mpsc::channel();
        let (resume, resume_rx) = mpsc::channel::<()>();
        thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let started = event_id(&line) == Some(101);
                if line_tx.send(line).is_err() || started {
                    break;
                }
            }
            // Stalled: nothing reads the pipe until the test says so (or gives up).
            if resume_rx.recv().is_err() {
                return;
            }
            for line in reader.lines() {
                let Ok(line) = line else { return };
                if line_tx.send(line).is_err() {
                    return;
                }
            }
        });
        StalledStdout { resume, lines }
    }

    /// Starts reading the pipe again.
    fn drain(&self) {
        self.resume.send(()).unwrap();
    }

    /// The first JSON line (from here on) for which `pred` holds, within `deadline`; else
    /// how many lines went by and the last one.
    fn wait_for(
        &self,
        pred: impl Fn(&serde_json::Value) -> bool,
        deadline: Duration,
    ) -> Result<serde_json::Value, String> {
        let until = Instant::now() + deadline;
        let (mut seen, mut last) = (0, String::new());
        loop {
            let left = until.checked_duration_since(Instant::now()).unwrap_or_default();
            let Ok(line) = self.lines.recv_timeout(left) else {
                return Err(format!("not within {deadline:?}; {seen} lines read, the last: {last}"));
            };
            seen += 1;
            if let Ok(event) = serde_json::from_str::<serde_json::Value>(&line)
                && pred(&event)
            {
                return Ok(event);
            }
            last = line;
        }
    }
}

fn event_id(line: &str) -> Option<u64> {
    serde_json::from_str::<serde_json::Value>(line).ok()?["event_id"].as_u64()
}

/// An origin on loopback that echoes every byte back, one thread per connection.
fn echo_origin() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            thread::spawn(move || {
                let Ok(mut reader) = stream.try_clone() else { return };
                let _ = std::io::copy(&mut reader, &mut stream);
            });
        }
    });
    addr
}

/// A client connection whose every read and write gives up after `IO_TIMEOUT`.
fn client(gw: SocketAddr) -> Result<TcpStream, String> {
    let stream = TcpStream::connect_timeout(&gw, IO_TIMEOUT).map_err(|e| format!("connect: {e}"))?;
    stream.set_read_timeout(Some(IO_TIMEOUT)).unwrap();
    stream.set_write_timeout(Some(IO_TIMEOUT)).unwrap();
    Ok(stream)
}

/// Opens a tunnel to `target`; the stream is left just past the 200's head.
fn open_tunnel(gw: SocketAddr, target: SocketAddr) -> Result<TcpStream, String> {
    let mut stream = client(gw)?;
    write!(stream, "CONNECT {target} HTTP/1.1\r\n\r\n").map_err(|e| format!("send CONNECT: {e}"))?;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            Ok(_) => return Err(format!("closed after {:?}", String::from_utf8_lossy(&head))),
            Err(e) => return Err(format!("reading the reply to CONNECT: {e}")),
        }
    }
    if head.starts_with(b"HTTP/1.1 200") {
        Ok(stream)
    } else {
        Err(format!("CONNECT answered {:?}", String::from_utf8_lossy(&head)))
    }
}

/// Sends `msg` through the tunnel and expects it back.
fn echo(stream: &mut TcpStream, msg: &[u8]) -> Result<(), String> {
    stream.write_all(msg).map_err(|e| format!("write: {e}"))?;
    let mut back = vec![0u8; msg.len()];
    stream
        .read_exact(&mut back)
        .map_err(|e| format!("no echo of {:?}: {e}", String::from_utf8_lossy(msg)))?;
    if back == msg { Ok(()) } else { Err(format!("echoed {back:?}")) }
}

/// One CONNECT to a host that is not allowed: a 403 and one log line (event 105). The
/// whole reply is read so the gateway closes first (its side keeps the TIME_WAIT, and
/// the client's ephemeral ports are free for the next request).
fn refused_request(gw: SocketAddr) -> Result<(), String> {
    let mut stream = client(gw)?;
    stream.write_all(b"CONNECT denied.example:443 HTTP/1.1\r\n\r\n").map_err(|e| format!("send: {e}"))?;
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).map_err(|e| format!("reading the refusal: {e}"))?;
    if reply.starts_with(b"HTTP/1.1 403") {
        Ok(())
    } else {
        Err(format!("refusal was {:?}", String::from_utf8_lossy(&reply)))
    }
}

/// `omsgate_log_lines_dropped_total` from `/metrics` (0 when the series is absent).
fn dropped_lines(metrics: SocketAddr) -> Result<f64, String> {
    let mut stream = client(metrics)?;
    stream.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n").map_err(|e| format!("send: {e}"))?;
    let mut text = String::new();
    stream.read_to_string(&mut text).map_err(|e| format!("/metrics did not answer: {e}"))?;
    if !text.starts_with("HTTP/1.1 200") {
        return Err(format!("/metrics answered {:?}", text.lines().next()));
    }
    let series = "omsgate_log_lines_dropped_total ";
    Ok(text.lines().find_map(|l| l.strip_prefix(series)?.trim().parse().ok()).unwrap_or(0.0))
}

/// Polls `poll` until it yields something or `deadline` passes.
fn wait_for<T>(deadline: Duration, mut poll: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        if let Some(v) = poll() {
            return Some(v);
        }
        if start.elapsed() >= deadline {
            return None;
        }
        thread::sleep(pause); // a polling interval, not a synchronisation
        pause = (pause * 2).min(Duration::from_millis(100));
    }
}
