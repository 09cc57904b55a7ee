//! The server's side of the handshake, relayed untouched: its reply to the ClientHello
//! and, for client-certificate checks, the rest of its first flight.
//!
//! Every inspected tunnel looks at the reply, because a HelloRetryRequest (RFC 8446
//! §4.1.4) makes the client send a second ClientHello, which must pass the same checks
//! as the first. A HelloRetryRequest is a ServerHello whose random is a fixed value;
//! after it the server may send one ChangeCipherSpec (middlebox compatibility, RFC 8446
//! §D.4) and, once the second ClientHello reached it, the real ServerHello. Client-
//! certificate checks then follow on to learn whether a certificate can show (TLS ≤ 1.2,
//! full handshake) or not (TLS 1.3, a resumed session).
//!
//! Nearly every server's ServerHello is its first record, whole in the socket at the
//! first look: [`whole_server_hello`] answers from bytes peeked at, so the caller can
//! leave them for the splice. Everything else goes through [`ServerFlight`], a pure state
//! machine over the bytes pushed in, so captured flights test it without sockets.

use super::error::SniffError;
use super::record::{
    CONTENT_HANDSHAKE, EXT_SUPPORTED_VERSIONS, HANDSHAKE_HEADER_LEN, HandshakeReader, Item,
    MAX_HANDSHAKE_MESSAGE, extensions, message_len, next_record,
};
use super::version::TlsVersion;
use crate::fault::Side;

/// HandshakeType server_hello(2), also the type of a HelloRetryRequest.
const HANDSHAKE_SERVER_HELLO: u8 = 2;
/// HandshakeType certificate_request(13).
const HANDSHAKE_CERTIFICATE_REQUEST: u8 = 13;
/// HandshakeType server_hello_done(14): the end of the server's first TLS ≤ 1.2 flight.
const HANDSHAKE_SERVER_HELLO_DONE: u8 = 14;

/// ServerHello.random of a HelloRetryRequest: SHA-256 of "HelloRetryRequest"
/// (RFC 8446 §4.1.3). Nothing else tells it from a ServerHello.
pub const HELLO_RETRY_REQUEST_RANDOM: [u8; 32] = [
    0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91, 0xc2,
    0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
];

/// How the server answered a ClientHello: whether the client's hello checks are done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerReply {
    /// A ServerHello: the client sends no other ClientHello on this connection.
    ServerHello {
        /// The version it selected.
        version: TlsVersion,
    },
    /// A HelloRetryRequest: the client's next handshake message is a second ClientHello,
    /// which the server will act on and so must be checked like the first.
    HelloRetryRequest,
    /// A fatal alert instead: the server gave up on the handshake, so nothing the client
    /// sends later can start a session.
    Refused,
}

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

/// Follows the server's side (bytes from upstream, starting at its first byte): its reply
/// ([`poll_hello`](Self::poll_hello)), then the rest of its first flight ([`poll`](Self::poll)).
#[derive(Debug)]
pub struct ServerFlight {
    reader: HandshakeReader,
    /// How far the server has got.
    at: At,
    certificate_requested: bool,
}

/// Where the server's side is, up to its reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Before its first handshake message.
    Start,
    /// After a HelloRetryRequest, before the ServerHello; `change_cipher_spec` once the
    /// one ChangeCipherSpec allowed in between has come.
    Retried { change_cipher_spec: bool },
    /// The reply is known.
    Replied(ServerReply),
}

impl ServerFlight {
    /// A follower with nothing read yet.
    pub fn new() -> Self {
        Self {
            reader: HandshakeReader::new(Side::Upstream, MAX_HANDSHAKE_MESSAGE),
            at: At::Start,
            certificate_requested: false,
        }
    }

    /// Appends bytes read from upstream.
    pub fn push(&mut self, bytes: &[u8]) {
        self.reader.push(bytes);
    }

    /// The server's reply: `Ok(None)` until it is known, an error when the bytes are not
    /// one. A HelloRetryRequest is answered once; the next answer is the reply to the
    /// second ClientHello, and a second HelloRetryRequest is refused (RFC 8446 §4.1.4).
    pub fn poll_hello(&mut self) -> Result<Option<ServerReply>, SniffError> {
        loop {
            let retried = match self.at {
                At::Replied(reply) => return Ok(Some(reply)),
                At::Start => false,
                At::Retried { .. } => true,
            };
            let Some(item) = self.reader.next_item()? else {
                return Ok(None);
            };
            self.at = match item {
                Item::Alert { fatal: true } => At::Replied(ServerReply::Refused),
                // A warning (TLS 1.2 servers may send unrecognized_name first) is only relayed.
                Item::Alert { fatal: false } => self.at,
                Item::ChangeCipherSpec if self.at == (At::Retried { change_cipher_spec: false }) => {
                    At::Retried { change_cipher_spec: true }
                }
                Item::Handshake(msg) if msg[0] == HANDSHAKE_SERVER_HELLO => match server_reply(&msg)? {
                    ServerReply::HelloRetryRequest if retried => {
                        return Err(malformed(
                            Side::Upstream,
                            "a second HelloRetryRequest (RFC 8446 §4.1.4 allows one)",
                        ));
                    }
                    ServerReply::HelloRetryRequest => {
                        self.at = At::Retried { change_cipher_spec: false };
                        return Ok(Some(ServerReply::HelloRetryRequest));
                    }
                    reply => At::Replied(reply),
                },
                _ if retried => {
                    return Err(malformed(
                        Side::Upstream,
                        "server's answer to the second ClientHello is not a ServerHello",
                    ));
                }
                _ => return Err(malformed(Side::Upstream, "server's first message is not a ServerHello")),
            };
        }
    }

    /// How the first flight ends, for client-certificate checks: `Ok(None)` until known. A
    /// HelloRetryRequest is followed through to the ServerHello after it (a caller that
    /// checks the second ClientHello asks [`poll_hello`](Self::poll_hello) first); after a
    /// fatal alert the flight never ends, the server's close does.
    pub fn poll(&mut self) -> Result<Option<ServerFlightEnd>, SniffError> {
        let version = loop {
            match self.poll_hello()? {
                None => return Ok(None),
                Some(ServerReply::HelloRetryRequest) => {}
                Some(ServerReply::ServerHello { version }) => break version,
                Some(ServerReply::Refused) => {
                    // Relayed, not kept: the reader stays within one record.
                    while self.reader.next_item()?.is_some() {}
                    return Ok(None);
                }
            }
        };
        if version == TlsVersion::Tls13 {
            return Ok(Some(ServerFlightEnd::Tls13));
        }
        while let Some(item) = self.reader.next_item()? {
            match item {
                // An alert (e.g. handshake_failure) is relayed; the server's close ends the step.
                Item::Alert { .. } => {}
                Item::ChangeCipherSpec => return Ok(Some(ServerFlightEnd::Resumed { version })),
                Item::Handshake(msg) => match msg[0] {
                    HANDSHAKE_CERTIFICATE_REQUEST => self.certificate_requested = true,
                    HANDSHAKE_SERVER_HELLO_DONE => {
                        return Ok(Some(ServerFlightEnd::ClientsTurn {
                            version,
                            certificate_requested: self.certificate_requested,
                        }));
                    }
                    _ => {}
                },
                Item::ApplicationData => {
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

/// What a ServerHello message (header included) says: a HelloRetryRequest when its random
/// is [`HELLO_RETRY_REQUEST_RANDOM`], otherwise the version it selected (its
/// supported_versions extension if present, otherwise its legacy version).
pub fn server_reply(msg: &[u8]) -> Result<ServerReply, SniffError> {
    let bad = || malformed(Side::Upstream, "ServerHello does not parse");
    let (_, hello) =
        tls_parser::parse_tls_handshake_server_hello(&msg[HANDSHAKE_HEADER_LEN..]).map_err(|_| bad())?;
    if hello.random == HELLO_RETRY_REQUEST_RANDOM {
        return Ok(ServerReply::HelloRetryRequest);
    }
    let mut version = TlsVersion::from_wire(hello.version.0).ok_or_else(bad)?;
    for ext in extensions(hello.ext.unwrap_or_default()) {
        let (ext_type, data) = ext.map_err(|_| bad())?;
        if ext_type == EXT_SUPPORTED_VERSIONS {
            let selected = data.get(..2).map(|v| u16::from_be_bytes([v[0], v[1]]));
            version = selected.and_then(TlsVersion::from_wire).ok_or_else(bad)?;
        }
    }
    Ok(ServerReply::ServerHello { version })
}

/// The version selected by a ServerHello (not a HelloRetryRequest) that starts the first
/// record of `bytes` (the server's stream from its first byte) and is whole there: the
/// answer [`ServerFlight::poll_hello`] would give, without copying the bytes. `None` for
/// anything else (a split or HelloRetryRequest, an alert first, not TLS), which is for
/// the follower to read.
pub fn whole_server_hello(bytes: &[u8]) -> Option<TlsVersion> {
    let (record, _) = next_record(bytes, Side::Upstream).ok()??;
    let len = message_len(record.payload)?;
    let msg = record.payload.get(..len)?;
    if record.content_type != CONTENT_HANDSHAKE || msg[0] != HANDSHAKE_SERVER_HELLO {
        return None;
    }
    match server_reply(msg) {
        Ok(ServerReply::ServerHello { version }) => Some(version),
        _ => None,
    }
}

fn malformed(side: Side, detail: &'static str) -> SniffError {
    SniffError::Malformed { side, detail }
}
