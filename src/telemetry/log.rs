//! The log output: one line per event, JSON (default) or text, on stdout (the journal
//! under systemd). Every line carries an `event_id` from [`crate::events`]; a tunnel
//! writes its decision, its TLS verdict when inspected, and its close — nothing per read.

use crate::config::LogFormat;

/// Keeps the log writer thread alive; dropping it flushes every pending line.
pub type LogGuard = tracing_appender::non_blocking::WorkerGuard;

/// Log lines that may wait for the writer thread before a tunnel task blocks: a burst
/// of reconnecting agents fits, and a stalled stdout slows tunnels rather than
/// losing lines (an audit log must not drop them).
const LOG_QUEUE_LINES: usize = 64 * 1024;
/// The writer thread's buffer: under load many lines go out in one `write`.
const LOG_BUFFER_BYTES: usize = 64 * 1024;

/// Starts the log output on stdout (the journal under systemd). Lines are formatted on
/// the tunnel's thread and written by a dedicated thread in batches, so a tunnel never
/// waits on a `write(2)` to stdout; keep the guard until exit.
pub fn init(format: LogFormat) -> LogGuard {
    let stdout = std::io::BufWriter::with_capacity(LOG_BUFFER_BYTES, std::io::stdout());
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .buffered_lines_limit(LOG_QUEUE_LINES)
        .thread_name("omsgate-log")
        .finish(stdout);
    let builder =
        tracing_subscriber::fmt().with_max_level(tracing::Level::INFO).with_target(false).with_writer(writer);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(false).try_init(),
        LogFormat::Text => builder.with_ansi(false).try_init(),
    };
    guard
}
