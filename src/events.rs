//! Event IDs: the SPEC's table, with the original gateway's meanings kept, and the
//! numbers omsgate added (108+, 404+). Every log line carries one as `event_id`, every
//! refusal sends it in `X-Omsgate-Event`, and `omsgate_errors_total` counts by it, so
//! an agent's proxy log, the operator's log and the dashboard name the same thing.

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
/// Log lines were dropped because stdout was not being read, written once the writer
/// caught up (omsgate addition): how many, between when and when, where to look.
pub const LOG_LINES_DROPPED: u16 = 111;
/// A client was refused at its per-client limit (`max_connections_per_client` or
/// `client_tunnel_rate`; omsgate addition).
pub const CLIENT_LIMITED: u16 = 112;
/// A connection's PROXY protocol header was refused: from a peer not in
/// `proxy_protocol_from`, missing when required, or malformed (omsgate addition).
pub const PROXY_REFUSED: u16 = 113;
/// Application error without a specific ID.
pub const APPLICATION_ERROR: u16 = 400;
/// Wrong configuration (at start or reload; on reload the old policy stays).
pub const WRONG_CONFIGURATION: u16 = 401;
/// TLS handshake could not be parsed.
pub const TLS_PARSE: u16 = 402;
/// Networking error: cannot reach the destination, accept failed, etc.
pub const NETWORK_ERROR: u16 = 403;
/// The DNS servers are failing and a name's last good answer is used in their place
/// (omsgate addition): the name and the answer's age; at most once a minute per name.
pub const DNS_STALE: u16 = 404;
