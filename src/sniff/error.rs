//! Why a tunnel's TLS handshake was refused or could not be followed.
//!
//! One enum for the whole sniff step, so the caller turns an outcome into the log line
//! (`event_id()` and `Display`) and the metric label (`reason()`) with one `match`.
//! Strings that came off the wire (SNI, certificate subjects, the CONNECT host) are
//! printed with Rust's debug escaping, so quotes and control characters in them cannot
//! forge log lines.

use std::io;
use std::time::Duration;

use thiserror::Error;

use super::version::TlsVersion;
use crate::events;
use crate::fault::{Fault, Side, Status};

/// Why a client certificate could not be seen, for `client_certificate_policy = "require"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotVisible {
    /// TLS 1.3 encrypts the client's Certificate message.
    Tls13,
    /// An abbreviated (resumed) TLS ≤ 1.2 handshake carries no Certificate message.
    Resumed,
    /// The client's second flight had no certificate (not requested, or the client had none).
    NotSent,
}

/// The sniff step's failures: each names the side at fault and what the operator can do.
#[derive(Debug, Error)]
pub enum SniffError {
    /// The bytes are not TLS at all (for example plain HTTP inside the tunnel).
    #[error(
        "{side} sent bytes that are not a TLS handshake ({detail}); with tls_inspection = true only TLS may pass, turn inspection off only for explicit non-TLS host:port entries"
    )]
    NotTls {
        /// Who sent them.
        side: Side,
        /// The offending bytes, hex and escaped text.
        detail: String,
    },
    /// TLS framing, but a handshake message that does not parse.
    #[error("{side} sent a malformed TLS handshake: {detail}")]
    Malformed {
        /// Who sent it.
        side: Side,
        /// What was wrong.
        detail: &'static str,
    },
    /// A handshake message larger than the inspector buffers.
    #[error("{side} sent a TLS handshake message larger than the inspector's {limit}-byte limit")]
    TooBig {
        /// Who sent it.
        side: Side,
        /// The limit that was exceeded, in bytes.
        limit: usize,
    },
    /// SSL 2.0 or 3.0 (or the SSL 2.0 hello format): always refused.
    #[error(
        "client offered {offered} at most{}; SSL is always refused, the agent must be configured for TLS 1.0 or newer",
        if *sslv2_format { " in the SSL 2.0 hello format" } else { "" }
    )]
    Ssl {
        /// The highest version the hello stated.
        offered: TlsVersion,
        /// The hello used the SSL 2.0 record format.
        sslv2_format: bool,
    },
    /// A TLS version below `min_tls_version`.
    #[error(
        "client offered {offered} at most but min_tls_version is {min}; set min_tls_version = \"{}\" to admit old agents",
        offered.config_name()
    )]
    VersionTooOld {
        /// The highest version the client offered.
        offered: TlsVersion,
        /// The configured minimum.
        min: TlsVersion,
    },
    /// `sni_policy = "match"` and the SNI names another host than the CONNECT target.
    #[error(
        "client's SNI {sni:?} differs from the CONNECT host {connect_host:?} (sni_policy = \"match\" stops domain fronting); fix the agent's proxy target, or set sni_policy = \"allowlist\" to accept any allowed SNI"
    )]
    SniMismatch {
        /// The server name the client sent.
        sni: String,
        /// The host named in the CONNECT request.
        connect_host: String,
    },
    /// After a HelloRetryRequest the second ClientHello named another server than the
    /// first, or added or dropped the SNI: refused under every `sni_policy`.
    #[error(
        "client changed its SNI from {} to {} after a HelloRetryRequest (domain fronting?); a TLS client must repeat its server name (RFC 8446 §4.1.2), so the tunnel is refused whatever sni_policy says: find the program on the agent that opened it",
        describe_sni(first.as_deref()),
        describe_sni(second.as_deref())
    )]
    SniChanged {
        /// The first ClientHello's server name, as sent.
        first: Option<String>,
        /// The second ClientHello's server name, as sent.
        second: Option<String>,
    },
    /// No SNI, and the policy needs one.
    #[error(
        "client sent no SNI for CONNECT host {connect_host:?}; sni_policy = \"{policy}\" needs one unless the target is an IP literal (set sni_policy = \"off\" for agents that send none)"
    )]
    SniMissing {
        /// The host named in the CONNECT request.
        connect_host: String,
        /// The configured policy name.
        policy: &'static str,
    },
    /// `sni_policy = "allowlist"` and the SNI is not an allowed host.
    #[error(
        "client's SNI {sni:?} is not an allowed host (sni_policy = \"allowlist\"); add it with `omsgate allowed-host add`"
    )]
    SniNotAllowed {
        /// The server name the client sent.
        sni: String,
    },
    /// The client certificate's subject is not on `allowed_client_certificates`.
    #[error(
        "Invalid Client certificate: {subject:?} is not in allowed_client_certificates; add it with `omsgate allowed-client-cert add`"
    )]
    ClientCertNotAllowed {
        /// The leaf certificate's subject DN, as x509-parser prints it.
        subject: String,
    },
    /// The certificate is bound to an `[[identity]]` that may not reach the target.
    #[error(
        "client certificate {subject:?} is identity {identity}, which may not reach {target} (its [[identity]] allowed_hosts and azure_workspace_ids, or identity_shared_hosts); the certificate flight was not forwarded"
    )]
    NotForIdentity {
        /// The leaf certificate's subject DN.
        subject: String,
        /// `certificate=…` as configured.
        identity: std::sync::Arc<str>,
        /// The CONNECT target.
        target: String,
    },
    /// `client_certificate_policy = "require"` and no certificate could be seen.
    #[error(
        "client_certificate_policy = \"require\" but {}",
        match why {
            NotVisible::Tls13 => "the session negotiated TLS 1.3, which encrypts the client certificate; limit the agent or server to TLS 1.2, or use \"when_visible\"",
            NotVisible::Resumed => "the session was resumed (abbreviated handshake), which shows no client certificate; disable session resumption on the agent, or use \"when_visible\"",
            NotVisible::NotSent => "the client sent no certificate (the server did not request one, or the agent has none)",
        }
    )]
    ClientCertNotVisible {
        /// Why it was not visible.
        why: NotVisible,
    },
    /// A side closed its connection before the handshake checks were done.
    #[error("{side} closed the connection while the gateway was reading {during}")]
    Closed {
        /// Who closed.
        side: Side,
        /// The handshake step being read.
        during: &'static str,
    },
    /// Reading from or writing to a side failed.
    #[error("network error with the {side} while handling {during}: {source}")]
    Io {
        /// Which socket failed.
        side: Side,
        /// The handshake step being handled.
        during: &'static str,
        /// The socket error.
        #[source]
        source: io::Error,
    },
    /// The handshake checks did not finish within the deadline.
    #[error("the TLS handshake did not get past {during} within {after:?}")]
    Timeout {
        /// The handshake step that was still being read.
        during: &'static str,
        /// The deadline.
        after: Duration,
    },
}

impl Fault for SniffError {
    /// 106 version, 105 SNI/certificate, 402 parse, 403 network.
    fn event_id(&self) -> u16 {
        match self {
            Self::Ssl { .. } | Self::VersionTooOld { .. } => events::TLS_VERSION,
            Self::SniMismatch { .. }
            | Self::SniChanged { .. }
            | Self::SniMissing { .. }
            | Self::SniNotAllowed { .. }
            | Self::ClientCertNotAllowed { .. }
            | Self::NotForIdentity { .. }
            | Self::ClientCertNotVisible { .. } => events::REJECTED,
            Self::NotTls { .. } | Self::Malformed { .. } | Self::TooBig { .. } => events::TLS_PARSE,
            Self::Closed { .. } | Self::Io { .. } | Self::Timeout { .. } => events::NETWORK_ERROR,
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            Self::Ssl { .. } | Self::VersionTooOld { .. } => "tls_version",
            Self::SniMismatch { .. }
            | Self::SniChanged { .. }
            | Self::SniMissing { .. }
            | Self::SniNotAllowed { .. } => "sni_mismatch",
            Self::ClientCertNotAllowed { .. } | Self::ClientCertNotVisible { .. } => "client_certificate",
            Self::NotForIdentity { .. } => "identity_not_allowed",
            Self::NotTls { .. } | Self::Malformed { .. } | Self::TooBig { .. } => "tls_parse",
            Self::Closed { .. } | Self::Io { .. } => "network",
            Self::Timeout { .. } => "timeout",
        }
    }

    /// The handshake is read after the 200: the agent gets no second reply.
    fn status(&self) -> Option<Status> {
        None
    }
}

/// An SNI off the wire for a message: debug-escaped, or "none".
fn describe_sni(sni: Option<&str>) -> String {
    sni.map_or_else(|| "none".to_owned(), |s| format!("{s:?}"))
}

/// Describes the first bytes of a non-TLS stream for the 402 log line: hex and escaped text.
pub(crate) fn describe_bytes(buf: &[u8]) -> String {
    let head = &buf[..buf.len().min(8)];
    let hex: Vec<String> = head.iter().map(|b| format!("{b:02x}")).collect();
    let text: String = head.escape_ascii().to_string();
    format!("first bytes {} \"{}\"", hex.join(" "), text)
}
