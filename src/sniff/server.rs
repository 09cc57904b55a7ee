//! The server's side of the handshake, relayed untouched: its first flight, which says
//! whether a client certificate can show (TLS ≤ 1.2, full handshake) or not (TLS 1.3,
//! a resumed session). A pure state machine over the bytes pushed in, so captured
//! flights test it without sockets.

use super::error::SniffError;
use super::record::{
    EXT_SUPPORTED_VERSIONS, HANDSHAKE_HEADER_LEN, HandshakeReader, Item, MAX_HANDSHAKE_MESSAGE, extensions,
};
use super::rules::TlsVersion;
use crate::fault::Side;

/// HandshakeType server_hello(2).
const HANDSHAKE_SERVER_HELLO: u8 = 2;
/// HandshakeType certificate_request(13).
const HANDSHAKE_CERTIFICATE_REQUEST: u8 = 13;
/// HandshakeType server_hello_done(14): the end of the server's first TLS ≤ 1.2 flight.
const HANDSHAKE_SERVER_HELLO_DONE: u8 = 14;

/// How the server's first flight ended, which says whether a client certificate can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerFlightEnd {
    /// The ServerHello selected TLS 1.3: the rest is encrypted.
    Tls13,
    /// ChangeCipherSpec right after the ServerHello: an abbreviated (resumed) handshake.
    Resumed {
        /// The negotiated version.
        version: TlsVersion,
    },
    /// ServerHelloDone: the client's second flight comes next.
    ClientsTurn {
        /// The negotiated version.
        version: TlsVersion,
        /// The server sent a CertificateRequest.
        certificate_requested: bool,
    },
}

/// Follows the server's first flight (bytes from upstream, starting at its first byte).
#[derive(Debug)]
pub struct ServerFlight {
    reader: HandshakeReader,
    version: Option<TlsVersion>,
    certificate_requested: bool,
}

impl ServerFlight {
    /// A follower with nothing read yet.
    pub fn new() -> Self {
        Self {
            reader: HandshakeReader::new(Side::Upstream, MAX_HANDSHAKE_MESSAGE),
            version: None,
            certificate_requested: false,
        }
    }

    /// Appends bytes read from upstream.
    pub fn push(&mut self, bytes: &[u8]) {
        self.reader.push(bytes);
    }

    /// `Ok(None)` until the flight shows how it ends.
    pub fn poll(&mut self) -> Result<Option<ServerFlightEnd>, SniffError> {
        while let Some(item) = self.reader.next_item()? {
            match (item, self.version) {
                // An alert (e.g. handshake_failure) is relayed; the server's close ends the step.
                (Item::Alert, _) => {}
                (Item::Handshake(msg), None) if msg[0] == HANDSHAKE_SERVER_HELLO => {
                    let version = server_hello_version(&msg)?;
                    if version == TlsVersion::Tls13 {
                        return Ok(Some(ServerFlightEnd::Tls13));
                    }
                    self.version = Some(version);
                }
                (_, None) => {
                    return Err(malformed(Side::Upstream, "server's first message is not a ServerHello"));
                }
                (Item::ChangeCipherSpec, Some(version)) => {
                    return Ok(Some(ServerFlightEnd::Resumed { version }));
                }
                (Item::Handshake(msg), Some(version)) => match msg[0] {
                    HANDSHAKE_CERTIFICATE_REQUEST => self.certificate_requested = true,
                    HANDSHAKE_SERVER_HELLO_DONE => {
                        return Ok(Some(ServerFlightEnd::ClientsTurn {
                            version,
                            certificate_requested: self.certificate_requested,
                        }));
                    }
                    _ => {}
                },
                (Item::ApplicationData, Some(_)) => {
                    return Err(malformed(Side::Upstream, "application data before the handshake finished"));
                }
            }
        }
        Ok(None)
    }
}

impl Default for ServerFlight {
    fn default() -> Self {
        Self::new()
    }
}

/// The version a ServerHello selected: its supported_versions extension if present,
/// otherwise its legacy version.
pub fn server_hello_version(msg: &[u8]) -> Result<TlsVersion, SniffError> {
    let bad = || malformed(Side::Upstream, "ServerHello does not parse");
    let (_, hello) =
        tls_parser::parse_tls_handshake_server_hello(&msg[HANDSHAKE_HEADER_LEN..]).map_err(|_| bad())?;
    let mut version = TlsVersion::from_wire(hello.version.0).ok_or_else(bad)?;
    for ext in extensions(hello.ext.unwrap_or_default()) {
        let (ext_type, data) = ext.map_err(|_| bad())?;
        if ext_type == EXT_SUPPORTED_VERSIONS {
            let selected = data.get(..2).map(|v| u16::from_be_bytes([v[0], v[1]]));
            version = selected.and_then(TlsVersion::from_wire).ok_or_else(bad)?;
        }
    }
    Ok(version)
}

fn malformed(side: Side, detail: &'static str) -> SniffError {
    SniffError::Malformed { side, detail }
}
