//! The control socket: how `omsgate reload` (and every editing command), `omsgate
//! drain`, `omsgate status` and `omsgate top` find the gateways serving a config by
//! something they own, whatever their binary is called, and hear their answer. Each
//! gateway listens on a Unix socket named after its config file and its PID in the
//! runtime directory; a client sends one line (`reload`, `drain`, `status`, `top`) and
//! reads one line back: a verdict
//! (`ok`, `error`, or `draining` from a gateway that is stopping), an event ID, and a
//! message — for `status` and `top`, one line of JSON. Sockets of gateways that died
//! without cleaning up are found dead (connection refused) and removed by the client.
//!
//! Why a Unix socket rather than the metrics endpoint: it is there when
//! `metrics_address = ""`, it is local only and mode 0600 (the allowlist's entries and
//! the destinations agents were refused are not for whoever can reach the metrics
//! port), and it finds every gateway serving a file without knowing its ports.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream as StdUnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
use tokio::net::{UnixListener, UnixStream};

use crate::config::{self, Source};

/// How long a client waits for a gateway to answer (a reload reads and checks the file).
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

/// A gateway's control socket; removed when dropped.
pub struct Control {
    listener: UnixListener,
    path: PathBuf,
}

/// What a client asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Re-read the config file and put it in force.
    Reload,
    /// Begin the drain SIGTERM begins (or, during its grace, end the grace).
    Drain,
    /// Say how the gateway is (`accept::status::Status`, as JSON).
    Status,
    /// The busiest entries and most refused destinations (`accept::status::TopAnswer`).
    Top,
    /// Unknown line: answered with an error.
    Unknown,
}

/// Requests the control socket's task hands to the serve loop (reload, drain).
pub type Requests = tokio::sync::mpsc::Receiver<(Command, Asker)>;

/// A client waiting for its answer.
pub struct Asker {
    stream: UnixStream,
}

/// What a gateway answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub pid: u32,
    /// `ok`, `error` or `draining`, then an event ID and a message.
    pub line: String,
}

impl Control {
    /// Listens for the gateway serving `source`, in the first runtime directory it may
    /// write: `$RUNTIME_DIRECTORY` (systemd's `RuntimeDirectory=`), `/run/omsgate`,
    /// `$XDG_RUNTIME_DIR/omsgate`, or a private directory under the temp directory.
    pub fn bind(source: &Source) -> std::io::Result<Control> {
        let name = socket_name(&config_key(source), std::process::id());
        let mut last = std::io::Error::other("no runtime directory");
        for dir in runtime_dirs(true) {
            let made = std::fs::create_dir_all(&dir).and_then(|()| {
                if dir.starts_with(std::env::temp_dir()) {
                    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
                }
                Ok(())
            });
            let path = dir.join(&name);
            let _ = std::fs::remove_file(&path);
            match made.and_then(|()| UnixListener::bind(&path)) {
                Ok(listener) => {
                    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
                    return Ok(Control { listener, path });
                }
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    /// Where it listens.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The next request. A client that sends nothing sensible in time is dropped.
    pub async fn next(&self) -> (Command, Asker) {
        loop {
            let Ok((stream, _)) = self.listener.accept().await else { continue };
            let mut reader = tokio::io::BufReader::new(stream);
            let mut line = String::new();
            let read = tokio::time::timeout(ANSWER_TIMEOUT, reader.read_line(&mut line)).await;
            if !matches!(read, Ok(Ok(n)) if n > 0) {
                continue;
            }
            let command = match line.trim() {
                "reload" => Command::Reload,
                "drain" => Command::Drain,
                "status" => Command::Status,
                "top" => Command::Top,
                _ => Command::Unknown,
            };
            return (command, Asker { stream: reader.into_inner() });
        }
    }
}

impl Drop for Control {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Asker {
    /// Answers `ok` or `error` with an event ID and a one-line message.
    pub async fn answer(self, ok: bool, event_id: u16, message: &str) {
        self.reply(if ok { "ok" } else { "error" }, event_id, message).await;
    }

    /// Answers `ok` with a JSON document on one line.
    pub async fn answer_json(self, event_id: u16, value: &impl serde::Serialize) {
        match serde_json::to_string(value) {
            Ok(json) => self.reply("ok", event_id, &json).await,
            Err(e) => self.reply("error", crate::events::APPLICATION_ERROR, &e.to_string()).await,
        }
    }

    /// Answers a request this gateway takes no more because it is stopping.
    pub async fn draining(self, message: &str) {
        self.reply("draining", crate::events::GENERAL, message).await;
    }

    async fn reply(mut self, verdict: &str, event_id: u16, message: &str) {
        let line = format!("{verdict} {event_id} {}\n", message.replace('\n', " "));
        let _ = tokio::time::timeout(ANSWER_TIMEOUT, self.stream.write_all(line.as_bytes())).await;
    }
}

impl Answer {
    /// The verdict (`ok`, `error`, `draining`), the event ID and the message.
    pub fn parts(&self) -> (&str, &str, &str) {
        let mut parts = self.line.splitn(3, ' ');
        (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""))
    }
}

/// Asks every gateway serving `config` to `command` (e.g. `reload`); removes the sockets
/// of gateways that are gone. Empty when none runs.
pub fn ask_all(config: &Path, command: &str) -> Vec<Answer> {
    ask_all_within(config, command, ANSWER_TIMEOUT)
}

/// [`ask_all`], waiting at most `timeout` for each gateway's answer.
pub fn ask_all_within(config: &Path, command: &str, timeout: Duration) -> Vec<Answer> {
    let key = config_key(&Source::File(config.to_path_buf()));
    let prefix = format!("{key}.");
    let mut answers = Vec::new();
    for dir in runtime_dirs(false) {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name.strip_prefix(&prefix).and_then(|r| r.strip_suffix(".sock")?.parse().ok())
            else {
                continue;
            };
            match ask(&entry.path(), command, timeout) {
                Ok(line) => answers.push(Answer { pid, line }),
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                    let _ = std::fs::remove_file(entry.path());
                }
                Err(e) => answers.push(Answer { pid, line: format!("error 403 no answer: {e}") }),
            }
        }
    }
    answers
}

fn ask(socket: &Path, command: &str, timeout: Duration) -> std::io::Result<String> {
    let mut stream = StdUnixStream::connect(socket)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    stream.write_all(format!("{command}\n").as_bytes())?;
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line)?;
    Ok(line.trim_end().to_string())
}

/// The name that ties a gateway to its config: a hash of the config file's canonical
/// path (the default path when the embedded default runs, since that is the file a
/// reload would read), stable across versions and builds (FNV-1a, 64 bits).
fn config_key(source: &Source) -> String {
    let path = match source {
        Source::File(p) => p.clone(),
        Source::Embedded => PathBuf::from(config::DEFAULT_PATH),
    };
    let path = std::fs::canonicalize(&path).unwrap_or(path);
    let hash = path
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    format!("omsgate-{hash:016x}")
}

fn socket_name(key: &str, pid: u32) -> String {
    format!("{key}.{pid}.sock")
}

/// Where control sockets live, in the order a gateway tries them. A client looks in all
/// of them (it may not run under systemd, or as the gateway's user).
fn runtime_dirs(gateway: bool) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(d) = std::env::var_os("RUNTIME_DIRECTORY").filter(|_| gateway) {
        // systemd may list several, separated by ':'.
        dirs.extend(std::env::split_paths(&d).take(1));
    }
    dirs.push(PathBuf::from("/run/omsgate"));
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR") {
        dirs.push(PathBuf::from(d).join("omsgate"));
    }
    dirs.push(std::env::temp_dir().join(format!("omsgate-{}", rustix::process::geteuid().as_raw())));
    dirs.dedup();
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_follows_the_file_not_the_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("omsgate.toml");
        std::fs::write(&file, "").unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let key = |p: &Path| config_key(&Source::File(p.to_path_buf()));
        assert_eq!(key(&file), key(&link));
        assert_eq!(key(&file), key(&dir.path().join("./omsgate.toml")));
        assert_ne!(key(&file), key(&dir.path().join("other.toml")));
        assert!(socket_name(&key(&file), 42).len() < 40, "well inside sun_path's 108 bytes");
    }

    #[tokio::test]
    async fn a_client_hears_the_answer_and_dead_sockets_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("omsgate.toml");
        std::fs::write(&config, "").unwrap();
        let control = Control::bind(&Source::File(config.clone())).unwrap();
        let served = tokio::spawn(async move {
            let (command, asker) = control.next().await;
            asker.answer(command == Command::Reload, 110, "reloaded").await;
            control
        });
        let answers = tokio::task::spawn_blocking(move || ask_all(&config, "reload")).await.unwrap();
        assert_eq!(answers, vec![Answer { pid: std::process::id(), line: "ok 110 reloaded".into() }]);
        let control = served.await.unwrap();
        // A gateway killed without cleaning up leaves a socket nobody listens on.
        let key = config_key(&Source::File(dir.path().join("omsgate.toml")));
        let stale = control.path().with_file_name(socket_name(&key, 1));
        drop(control);
        drop(std::os::unix::net::UnixListener::bind(&stale).unwrap());
        let config = dir.path().join("omsgate.toml");
        let answers = tokio::task::spawn_blocking(move || ask_all(&config, "reload")).await.unwrap();
        assert!(answers.iter().all(|a| a.pid != 1), "{answers:?}");
        assert!(!stale.exists(), "the dead socket was removed");
    }
}
