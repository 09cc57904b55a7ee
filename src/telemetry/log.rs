//! The log output: one line per event, JSON (default) or text, on stdout (the journal
//! under systemd). Every line carries an `event_id` from [`crate::events`]; a tunnel
//! writes its decision, its TLS verdict when inspected, and its close — nothing per read.
//!
//! Logging observes, it never steers. A line is formatted on the thread that logs it and
//! queued for a dedicated writer thread; when the queue is full because nobody reads
//! stdout (a stalled journald or log shipper), the line is dropped and counted, never
//! waited for, so tunnels and `/metrics` carry on. `/metrics` reads the count
//! ([`dropped_lines`]).

use std::io::{self, BufWriter};
use std::sync::OnceLock;

use tracing_appender::non_blocking::{ErrorCounter, NonBlockingBuilder};

use crate::config::LogFormat;

/// Keeps the log writer thread alive; dropping it flushes every pending line.
pub type LogGuard = tracing_appender::non_blocking::WorkerGuard;

/// Log lines that may wait for the writer thread: a burst of reconnecting agents fits.
/// Past it lines are dropped and counted rather than waited for (at ~300 bytes a line
/// the full queue holds ~20 MB; a stalled stdout must not stall tunnels).
const LOG_QUEUE_LINES: usize = 64 * 1024;
/// The writer thread's buffer: under load many lines go out in one `write`.
const LOG_BUFFER_BYTES: usize = 64 * 1024;

/// The writer's count of lines dropped on a full queue, once `init` has run.
static DROPPED: OnceLock<ErrorCounter> = OnceLock::new();

/// Log lines dropped since start because stdout was not being read, for
/// `omsgate_log_lines_dropped_total`: one atomic load, so a scrape may call it.
pub fn dropped_lines() -> u64 {
    DROPPED.get().map_or(0, |c| c.dropped_lines() as u64)
}

/// Starts the log output on stdout (the journal under systemd). Lines are formatted on
/// the logging thread and written by a dedicated thread in batches, so no worker ever
/// waits on a `write(2)` to stdout; keep the guard until exit.
pub fn init(format: LogFormat) -> LogGuard {
    let stdout = BufWriter::with_capacity(LOG_BUFFER_BYTES, io::stdout());
    let (writer, guard) = NonBlockingBuilder::default()
        .lossy(true)
        .buffered_lines_limit(LOG_QUEUE_LINES)
        .thread_name("omsgate-log")
        .finish(stdout);
    let _ = DROPPED.set(writer.error_counter());
    let builder =
        tracing_subscriber::fmt().with_max_level(tracing::Level::INFO).with_target(false).with_writer(writer);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(false).try_init(),
        LogFormat::Text => builder.with_ansi(false).try_init(),
    };
    guard
}
