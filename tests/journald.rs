//! Logging to the journal by its native protocol, through the real binary, against a
//! Unix datagram socket the test binds in place of journald's (`OMSGATE_JOURNAL_SOCKET`):
//! started as systemd starts it (`JOURNAL_STREAM` naming its stderr) and with no
//! `log_format` in the file, each event arrives as one entry with searchable fields;
//! with `log_format` set, or a `JOURNAL_STREAM` naming another stream, lines stay JSON
//! on stdout.

mod support;

use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::{DEADLINE, connect_to, wait_until};

/// One journal entry's fields (a field given twice keeps its last value).
type Entry = HashMap<String, String>;

/// The gateway under test, its fake journal, and the files its stdout and stderr go to.
struct Journaled {
    child: Child,
    entries: Arc<Mutex<Vec<Entry>>>,
    stdout: PathBuf,
    addr: Option<std::net::SocketAddr>,
    _dir: tempfile::TempDir,
}

impl Journaled {
    /// Starts the gateway on `config_lines`; `stream`: which of its output files
    /// `JOURNAL_STREAM` names (`None`: one that is neither).
    fn start(config_lines: &[&str], stream: Option<&str>) -> Journaled {
        Journaled::start_with(config_lines, stream, true)
    }

    /// As [`Journaled::start`]; `reachable: false` points the gateway at a socket path
    /// where nobody listens (journald gone).
    fn start_with(config_lines: &[&str], stream: Option<&str>, reachable: bool) -> Journaled {
        let dir = tempfile::tempdir().unwrap();
        let socket_path = dir.path().join("journal.socket");
        let socket = UnixDatagram::bind(&socket_path).unwrap();
        socket.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
        let entries = Arc::new(Mutex::new(Vec::new()));
        let received = entries.clone();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 1 << 16];
            // Ends when the test is over and the socket's directory is gone.
            while socket.local_addr().is_ok_and(|a| a.as_pathname().is_some_and(Path::exists)) {
                if let Ok(n @ 1..) = socket.recv(&mut buf) {
                    received.lock().unwrap().push(parse(&buf[..n]));
                }
            }
        });
        let listener = support::listener("127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let config = dir.path().join("omsgate.toml");
        let mut text =
            format!("listen_address = [\"127.0.0.1\"]\nlisten_port = {port}\nmetrics_address = \"\"\n");
        for line in config_lines {
            text += line;
            text += "\n";
        }
        std::fs::write(&config, text).unwrap();
        let (stdout, stderr, other) =
            (dir.path().join("stdout"), dir.path().join("stderr"), dir.path().join("other"));
        for f in [&stdout, &stderr, &other] {
            std::fs::write(f, "").unwrap();
        }
        let named = std::fs::metadata(match stream {
            Some("stderr") => &stderr,
            Some(_) => &stdout,
            None => &other,
        })
        .unwrap();
        let child = support::activated(Path::new(env!("CARGO_BIN_EXE_omsgate")), listener, None)
            .arg("run")
            .arg("--config")
            .arg(&config)
            .env("JOURNAL_STREAM", format!("{}:{}", named.dev(), named.ino()))
            .env(
                "OMSGATE_JOURNAL_SOCKET",
                match reachable {
                    true => socket_path,
                    false => dir.path().join("absent.socket"),
                },
            )
            .stdout(Stdio::from(std::fs::File::create(&stdout).unwrap()))
            .stderr(Stdio::from(std::fs::File::create(&stderr).unwrap()))
            .spawn()
            .unwrap();
        let addr = Some(format!("127.0.0.1:{port}").parse().unwrap());
        Journaled { child, entries, stdout, addr, _dir: dir }
    }

    /// Waits for an entry with `OMSGATE_EVENT_ID` = `id`.
    fn wait_entry(&self, id: &str) -> Entry {
        let mut found = None;
        wait_until(&format!("a journal entry with OMSGATE_EVENT_ID={id}"), DEADLINE, || {
            found = self
                .entries
                .lock()
                .unwrap()
                .iter()
                .find(|e| e.get("OMSGATE_EVENT_ID").map(String::as_str) == Some(id))
                .cloned();
            found.is_some()
        });
        found.unwrap()
    }

    /// Waits for a JSON line with `event_id` on stdout.
    fn wait_line(&self, id: u64) -> serde_json::Value {
        let mut found = None;
        wait_until(&format!("a JSON line with event_id {id} on stdout"), DEADLINE, || {
            let text = std::fs::read_to_string(&self.stdout).unwrap();
            found = text
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .find(|v| v["event_id"] == id);
            found.is_some()
        });
        found.unwrap()
    }
}

impl Drop for Journaled {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Journal native protocol: `NAME=value\n`, or `NAME\n` + 64-bit LE length + value + `\n`.
fn parse(mut bytes: &[u8]) -> Entry {
    let mut entry = Entry::new();
    while let Some(end) = bytes.iter().position(|b| *b == b'\n') {
        let line = &bytes[..end];
        if let Some(eq) = line.iter().position(|b| *b == b'=') {
            entry.insert(
                String::from_utf8_lossy(&line[..eq]).into(),
                String::from_utf8_lossy(&line[eq + 1..]).into(),
            );
            bytes = &bytes[end + 1..];
        } else {
            let rest = &bytes[end + 1..];
            let len = u64::from_le_bytes(rest[..8].try_into().unwrap()) as usize;
            entry.insert(
                String::from_utf8_lossy(line).into(),
                String::from_utf8_lossy(&rest[8..8 + len]).into(),
            );
            bytes = &rest[8 + len + 1..];
        }
    }
    entry
}

#[test]
fn under_systemd_a_refusal_is_a_journal_entry_with_its_fields() {
    let gw = Journaled::start(&["allowed_hosts = [\"*.ods.opinsights.azure.com\"]"], Some("stderr"));
    let started = gw.wait_entry("101");
    assert_eq!(started["SYSLOG_IDENTIFIER"], "omsgate");
    assert_eq!(started["PRIORITY"], "6");
    assert_eq!(started["OMSGATE_LISTEN"], gw.addr.unwrap().to_string());

    let (_s, head) = connect_to(gw.addr.unwrap(), "refused.example:443");
    assert!(head.starts_with("HTTP/1.1 403"), "{head}");
    let refused = gw.wait_entry("105");
    assert_eq!(refused["PRIORITY"], "4", "a warning");
    assert_eq!(refused["SYSLOG_IDENTIFIER"], "omsgate");
    assert_eq!(refused["OMSGATE_TARGET"], "refused.example:443");
    assert_eq!(refused["OMSGATE_REASON"], "host_not_allowed");
    assert_eq!(refused["OMSGATE_DECISION"], "deny");
    assert_eq!(refused["MESSAGE"], "destination refused.example is not in allowed_hosts");
    assert!(refused["OMSGATE_CLIENT"].starts_with("127.0.0.1:"), "{refused:?}");
    assert_eq!(std::fs::read_to_string(&gw.stdout).unwrap(), "", "nothing on stdout");
}

#[test]
fn a_log_format_in_the_file_or_another_stream_keeps_json_lines() {
    for (lines, stream) in
        [(&["log_format = \"json\""][..], Some("stderr")), (&[][..], None), (&[][..], Some("stdout"))]
    {
        let gw = Journaled::start(lines, stream);
        match stream {
            // systemd connected stdout to the journal: the journal is used.
            Some("stdout") if lines.is_empty() => drop(gw.wait_entry("101")),
            _ => {
                let started = gw.wait_line(101);
                assert_eq!(started["listen"], gw.addr.unwrap().to_string());
                assert!(gw.entries.lock().unwrap().is_empty(), "{lines:?} {stream:?}: no journal entry");
            }
        }
    }
}

#[test]
fn a_journal_unreachable_at_start_leaves_json_lines_saying_why() {
    let gw = Journaled::start_with(&[], Some("stderr"), false);
    let started = gw.wait_line(101);
    assert_eq!(started["listen"], gw.addr.unwrap().to_string());
    let text = std::fs::read_to_string(&gw.stdout).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["level"], "WARN", "{first}");
    assert!(
        first["message"].as_str().unwrap().contains("journal but its socket cannot be reached"),
        "{first}"
    );
    assert!(gw.entries.lock().unwrap().is_empty(), "nothing sent to the journal");
}
