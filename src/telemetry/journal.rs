//! The journal's native protocol, for a gateway started by systemd: each event becomes
//! one journal entry whose fields can be searched — `MESSAGE`, `PRIORITY`,
//! `SYSLOG_IDENTIFIER=omsgate`, and every field of the event as `OMSGATE_<NAME>`
//! (`OMSGATE_EVENT_ID=105`, `OMSGATE_TARGET=…`) — so `journalctl -u omsgate
//! OMSGATE_EVENT_ID=105` finds the refusals without parsing JSON.
//!
//! When: systemd sets `JOURNAL_STREAM` to the device and inode of the stream it connected
//! to the journal; when that is our stderr or stdout (not inherited by something we
//! started, nor a terminal or file the operator redirected to) and the config does not
//! set `log_format`, `log` uses this path. Elsewhere lines stay JSON on stdout.
//!
//! How (systemd.io/JOURNAL_NATIVE_PROTOCOL): one datagram per entry to
//! `/run/systemd/journal/socket`, fields as `NAME=value\n`, or — for a value holding a
//! newline — `NAME\n`, its length as 64-bit little-endian, the value, `\n`. An entry too
//! big for a datagram goes as a sealed memfd passed with `SCM_RIGHTS` and no payload.
//!
//! Written by hand rather than with `tracing-journald` or `systemd-journal-logger`:
//! both send from the thread that logs, and a journal that stops reading would then
//! block a tokio worker and every tunnel on it. Here [`JournalLayer`] only formats the
//! entry and hands it to the same lossy queue as the JSON lines; [`Journal`], on the
//! writer thread, sends it. A full queue drops and counts, as for stdout.

use std::io::{self, Write};
use std::mem::MaybeUninit;
use std::os::fd::AsFd;
use std::os::unix::net::UnixDatagram;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use rustix::fs::{MemfdFlags, SealFlags, fcntl_add_seals, memfd_create};
use rustix::io::Errno;
use rustix::net::{SendAncillaryBuffer, SendAncillaryMessage, SendFlags, SocketAddrUnix, sendmsg_addr};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::{Context, Layer};

/// Where journald listens for native entries.
pub const SOCKET: &str = "/run/systemd/journal/socket";
/// Test and operations override of [`SOCKET`] (e.g. a socket a test binds, or a
/// journald in another mount namespace); read once at start.
pub const SOCKET_ENV: &str = "OMSGATE_JOURNAL_SOCKET";
/// `SYSLOG_IDENTIFIER`: what `journalctl -t omsgate` selects.
pub const IDENTIFIER: &str = "omsgate";
/// Prefix of every event field's journal name (journal names are uppercase).
const PREFIX: &str = "OMSGATE_";
/// Longest journal field name journald accepts.
const MAX_FIELD_NAME: usize = 64;

/// Entries that could not be sent (journald gone, or refusing): counted with the lines
/// dropped on a full queue, in `omsgate_log_lines_dropped_total`.
static UNSENT: AtomicU64 = AtomicU64::new(0);

/// Entries the journal did not take since start.
pub fn unsent() -> u64 {
    UNSENT.load(Ordering::Relaxed)
}

/// Whether systemd connected our stderr (or stdout) to the journal: `JOURNAL_STREAM` is
/// set and names that stream's device and inode.
pub fn connected() -> bool {
    let Some(stream) = std::env::var_os("JOURNAL_STREAM") else { return false };
    let Some((dev, ino)) = stream.to_str().and_then(|s| s.split_once(':')) else { return false };
    let (Ok(dev), Ok(ino)) = (dev.parse::<u64>(), ino.parse::<u64>()) else { return false };
    let is = |stat: rustix::io::Result<rustix::fs::Stat>| {
        stat.is_ok_and(|st| st.st_dev == dev && st.st_ino == ino)
    };
    is(rustix::fs::fstat(io::stderr())) || is(rustix::fs::fstat(io::stdout()))
}

/// The formatting half: each event as one journal entry, written whole to `W` (the
/// log queue) in one `write_all`.
pub struct JournalLayer<W> {
    writer: W,
}

impl<W> JournalLayer<W> {
    pub fn new(writer: W) -> JournalLayer<W> {
        JournalLayer { writer }
    }
}

impl<S, W> Layer<S> for JournalLayer<W>
where
    S: Subscriber,
    W: for<'a> MakeWriter<'a> + 'static,
{
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut entry = Entry::new(*event.metadata().level());
        event.record(&mut entry);
        let _ = self.writer.make_writer().write_all(&entry.bytes);
    }
}

/// One journal entry being built.
struct Entry {
    bytes: Vec<u8>,
}

impl Entry {
    fn new(level: Level) -> Entry {
        let mut entry = Entry { bytes: Vec::with_capacity(512) };
        // syslog(3) priorities: err, warning, info, debug.
        let priority = match level {
            Level::ERROR => "3",
            Level::WARN => "4",
            Level::INFO => "6",
            _ => "7",
        };
        entry.field("PRIORITY", priority);
        entry.field("SYSLOG_IDENTIFIER", IDENTIFIER);
        entry
    }

    /// Appends `name` = `value`, in the binary-safe form when the value holds a newline.
    fn field(&mut self, name: &str, value: &str) {
        let out = &mut self.bytes;
        out.extend_from_slice(name.as_bytes());
        match value.contains('\n') {
            false => {
                out.push(b'=');
                out.extend_from_slice(value.as_bytes());
            }
            true => {
                out.push(b'\n');
                out.extend_from_slice(&(value.len() as u64).to_le_bytes());
                out.extend_from_slice(value.as_bytes());
            }
        }
        out.push(b'\n');
    }

    /// An event field under its journal name: `message` is `MESSAGE`, any other
    /// `OMSGATE_` and the name in uppercase, cut to the 64 characters journald takes.
    fn event_field(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            return self.field("MESSAGE", value);
        }
        let mut name = String::with_capacity(PREFIX.len() + field.name().len());
        name.push_str(PREFIX);
        name.extend(
            field
                .name()
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }),
        );
        name.truncate(MAX_FIELD_NAME);
        self.field(&name, value);
    }
}

impl Visit for Entry {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.event_field(field, value);
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.event_field(field, &format!("{value:?}"));
    }
}

/// The sending half, on the log writer thread: each `write` is one entry, sent as one
/// datagram (or memfd). Failures are counted ([`unsent`]), never returned: the writer
/// goes on with the next entry.
pub struct Journal {
    socket: UnixDatagram,
    path: PathBuf,
}

impl Journal {
    /// A sender to journald (or to `$OMSGATE_JOURNAL_SOCKET`), checked with an empty
    /// datagram (which journald ignores): an error when nobody listens there.
    pub fn open() -> io::Result<Journal> {
        let path = std::env::var_os(SOCKET_ENV).map_or_else(|| PathBuf::from(SOCKET), PathBuf::from);
        let journal = Journal { socket: UnixDatagram::unbound()?, path };
        journal.socket.send_to(&[], &journal.path)?;
        Ok(journal)
    }

    fn send(&self, entry: &[u8]) -> io::Result<()> {
        match self.socket.send_to(entry, &self.path) {
            Ok(_) => Ok(()),
            Err(e)
                if [Errno::MSGSIZE, Errno::NOBUFS]
                    .map(|n| Some(n.raw_os_error()))
                    .contains(&e.raw_os_error()) =>
            {
                self.send_memfd(entry)
            }
            Err(e) => Err(e),
        }
    }

    /// Sends `entry` in a sealed memfd: for entries bigger than a datagram may be.
    fn send_memfd(&self, entry: &[u8]) -> io::Result<()> {
        let mut file = std::fs::File::from(memfd_create(
            "omsgate-journal-entry",
            MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING,
        )?);
        file.write_all(entry)?;
        fcntl_add_seals(&file, SealFlags::SHRINK | SealFlags::GROW | SealFlags::WRITE | SealFlags::SEAL)?;
        let fds = [file.as_fd()];
        let mut space = [MaybeUninit::uninit(); rustix::cmsg_space!(ScmRights(1))];
        let mut control = SendAncillaryBuffer::new(&mut space);
        control.push(SendAncillaryMessage::ScmRights(&fds));
        let addr = SocketAddrUnix::new(&self.path)?;
        sendmsg_addr(&self.socket, &addr, &[], &mut control, SendFlags::empty())?;
        Ok(())
    }
}

impl Write for Journal {
    fn write(&mut self, entry: &[u8]) -> io::Result<usize> {
        if self.send(entry).is_err() {
            UNSENT.fetch_add(1, Ordering::Relaxed);
        }
        Ok(entry.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Journal fields from an entry, in order (the binary form decoded).
    fn fields(mut bytes: &[u8]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        while !bytes.is_empty() {
            let line_end = bytes.iter().position(|b| *b == b'\n').expect("every field ends in a newline");
            let line = &bytes[..line_end];
            match line.iter().position(|b| *b == b'=') {
                Some(eq) => {
                    out.push((
                        String::from_utf8_lossy(&line[..eq]).into(),
                        String::from_utf8_lossy(&line[eq + 1..]).into(),
                    ));
                    bytes = &bytes[line_end + 1..];
                }
                None => {
                    let rest = &bytes[line_end + 1..];
                    let len = u64::from_le_bytes(rest[..8].try_into().unwrap()) as usize;
                    out.push((
                        String::from_utf8_lossy(line).into(),
                        String::from_utf8_lossy(&rest[8..8 + len]).into(),
                    ));
                    assert_eq!(rest[8 + len], b'\n');
                    bytes = &rest[9 + len..];
                }
            }
        }
        out
    }

    /// The entry the layer writes for `log`.
    fn entry_of(log: impl FnOnce()) -> Vec<u8> {
        let written = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = written.clone();
        let make = move || Sink(sink.clone());
        use tracing_subscriber::layer::SubscriberExt;
        let subscriber = tracing_subscriber::registry().with(JournalLayer::new(make));
        tracing::subscriber::with_default(subscriber, log);
        written.lock().unwrap().clone()
    }

    struct Sink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_event_becomes_searchable_fields() {
        let bytes = entry_of(|| {
            tracing::warn!(
                event_id = 105u16,
                target = "evil.example:443",
                reason = "host_not_allowed",
                "refused:\nnot allowed"
            );
        });
        let fields = fields(&bytes);
        let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("PRIORITY"), Some("4"));
        assert_eq!(get("SYSLOG_IDENTIFIER"), Some("omsgate"));
        assert_eq!(get("OMSGATE_EVENT_ID"), Some("105"));
        assert_eq!(get("OMSGATE_TARGET"), Some("evil.example:443"));
        assert_eq!(get("OMSGATE_REASON"), Some("host_not_allowed"));
        assert_eq!(get("MESSAGE"), Some("refused:\nnot allowed"), "a newline goes in the binary form");
    }

    #[test]
    fn an_entry_too_big_for_a_datagram_goes_in_a_sealed_memfd() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.socket");
        let receiver = UnixDatagram::bind(&path).unwrap();
        let journal = Journal { socket: UnixDatagram::unbound().unwrap(), path };
        let mut big = Entry::new(Level::INFO);
        big.field("MESSAGE", &"x".repeat(4 << 20));
        journal.send(&big.bytes).unwrap();
        // An empty payload carrying one fd.
        let mut space = [MaybeUninit::uninit(); rustix::cmsg_space!(ScmRights(1))];
        let mut control = rustix::net::RecvAncillaryBuffer::new(&mut space);
        let mut payload = [0u8; 16];
        let msg = rustix::net::recvmsg(
            &receiver,
            &mut [io::IoSliceMut::new(&mut payload)],
            &mut control,
            rustix::net::RecvFlags::empty(),
        )
        .unwrap();
        assert_eq!(msg.bytes, 0);
        let fd = control
            .drain()
            .find_map(|m| match m {
                rustix::net::RecvAncillaryMessage::ScmRights(mut fds) => fds.next(),
                _ => None,
            })
            .expect("an fd");
        let seals = rustix::fs::fcntl_get_seals(&fd).unwrap();
        assert!(seals.contains(SealFlags::WRITE | SealFlags::SHRINK | SealFlags::GROW), "{seals:?}");
        // The fd shares the sender's file offset (at the end): read from the start, as journald does.
        let mut received = vec![0; big.bytes.len()];
        std::os::unix::fs::FileExt::read_exact_at(&std::fs::File::from(fd), &mut received, 0).unwrap();
        assert_eq!(received, big.bytes);
    }
}
