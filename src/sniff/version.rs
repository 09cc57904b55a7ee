//! TLS protocol versions: as the wire numbers them, as the config spells them, and as a
//! log line names them. Ordered oldest to newest, so "below the minimum" is `<`.

use std::fmt;

/// A protocol version, ordered oldest to newest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TlsVersion {
    /// SSL 2.0 (always refused).
    Ssl2,
    /// SSL 3.0 (always refused).
    Ssl3,
    /// TLS 1.0.
    Tls10,
    /// TLS 1.1.
    Tls11,
    /// TLS 1.2.
    Tls12,
    /// TLS 1.3.
    Tls13,
}

impl TlsVersion {
    /// Maps a wire version (`ProtocolVersion`); `None` for unknown values.
    pub fn from_wire(v: u16) -> Option<Self> {
        match v {
            0x0002 => Some(Self::Ssl2),
            0x0300 => Some(Self::Ssl3),
            0x0301 => Some(Self::Tls10),
            0x0302 => Some(Self::Tls11),
            0x0303 => Some(Self::Tls12),
            0x0304 => Some(Self::Tls13),
            _ => None,
        }
    }

    /// The spelling in `min_tls_version` ("1.0".."1.3"; "ssl2"/"ssl3" are never valid there).
    pub const fn config_name(self) -> &'static str {
        match self {
            Self::Ssl2 => "ssl2",
            Self::Ssl3 => "ssl3",
            Self::Tls10 => "1.0",
            Self::Tls11 => "1.1",
            Self::Tls12 => "1.2",
            Self::Tls13 => "1.3",
        }
    }
}

impl fmt::Display for TlsVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Ssl2 => "SSL 2.0",
            Self::Ssl3 => "SSL 3.0",
            Self::Tls10 => "TLS 1.0",
            Self::Tls11 => "TLS 1.1",
            Self::Tls12 => "TLS 1.2",
            Self::Tls13 => "TLS 1.3",
        })
    }
}
