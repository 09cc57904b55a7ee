//! How a step says what went wrong, so that the log line, the metric and the agent's
//! reply come from one place: every step's error implements [`Fault`] (its event ID,
//! its bounded metric reason, and the HTTP status owed to the agent, if any), and
//! [`Side`] names the socket at fault.

/// One end of a tunnel, to say which one failed or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The agent's connection to the gateway.
    Client,
    /// The gateway's connection to the destination (or to the relay proxy).
    Upstream,
}

/// An HTTP status the gateway refuses with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status(pub u16);

/// What every step's error says about itself.
pub trait Fault: std::error::Error {
    /// The SPEC event ID of the log line and of `omsgate_errors_total`.
    fn event_id(&self) -> u16;
    /// A bounded label: `omsgate_rejections_total{reason}` for refusals, the log
    /// line's `reason` otherwise.
    fn reason(&self) -> &'static str;
    /// The reply owed to the agent: none once its tunnel is open or it has gone.
    fn status(&self) -> Option<Status>;
}

impl Status {
    pub const BAD_REQUEST: Status = Status(400);
    pub const FORBIDDEN: Status = Status(403);
    pub const METHOD_NOT_ALLOWED: Status = Status(405);
    pub const PROXY_AUTH_REQUIRED: Status = Status(407);
    pub const REQUEST_TIMEOUT: Status = Status(408);
    pub const HEADERS_TOO_LARGE: Status = Status(431);
    pub const BAD_GATEWAY: Status = Status(502);
    pub const SERVICE_UNAVAILABLE: Status = Status(503);
    pub const GATEWAY_TIMEOUT: Status = Status(504);

    /// The standard reason phrase.
    pub fn reason_phrase(self) -> &'static str {
        match self.0 {
            400 => "Bad Request",
            403 => "Forbidden",
            405 => "Method Not Allowed",
            407 => "Proxy Authentication Required",
            408 => "Request Timeout",
            431 => "Request Header Fields Too Large",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "Error",
        }
    }
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Side::Client => "client",
            Side::Upstream => "upstream",
        })
    }
}
