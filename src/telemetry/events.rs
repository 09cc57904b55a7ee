//! Event IDs (SPEC; the original gateway's meanings kept) and the log output. Every
//! log line the gateway writes carries an `event_id` field; a tunnel writes two
//! canonical lines — its decision and its close — and nothing per read.

use crate::config::LogFormat;

/// General information.
pub const GENERAL: u16 = 100;
/// Service started: listen addresses, config source, version.
pub const STARTED: u16 = 101;
/// Service stopped: reason, tunnels drained and cut.
pub const STOPPED: u16 = 102;
/// A CONNECT was received and allowed (the decision line of an allowed tunnel).
pub const CONNECT_RECEIVED: u16 = 103;
/// Not a (valid) CONNECT request.
pub const NOT_CONNECT: u16 = 104;
/// Rejected: destination, port, resolved address or client certificate not allowed.
pub const REJECTED: u16 = 105;
/// Unsupported TLS/SSL version.
pub const TLS_VERSION: u16 = 106;
/// TLS session verified.
pub const TLS_VERIFIED: u16 = 107;
/// A tunnel closed (omsgate addition): bytes each way, duration, who closed it.
pub const TUNNEL_CLOSED: u16 = 108;
/// A client was refused because `max_connections` were open (omsgate addition).
pub const OVERLOADED: u16 = 109;
/// Configuration reloaded and in force (omsgate addition).
pub const RELOADED: u16 = 110;
/// Application error without a specific ID.
pub const APPLICATION_ERROR: u16 = 400;
/// Wrong configuration (at start or reload; on reload the old policy stays).
pub const WRONG_CONFIGURATION: u16 = 401;
/// TLS handshake could not be parsed.
pub const TLS_PARSE: u16 = 402;
/// Networking error: cannot reach the destination, accept failed, etc.
pub const NETWORK_ERROR: u16 = 403;

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
