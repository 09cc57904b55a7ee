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

/// Starts the log output on stdout (the journal under systemd).
pub fn init(format: LogFormat) {
    let builder = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_target(false)
        .with_writer(std::io::stdout);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(false).try_init(),
        LogFormat::Text => builder.with_ansi(false).try_init(),
    };
}
