//! Following a TLS ≤ 1.2 handshake far enough to read the client's certificate.
//!
//! The client's Certificate message is cleartext only before its ChangeCipherSpec in a
//! full TLS ≤ 1.2 handshake; TLS 1.3 encrypts it and a resumed session has none. So the
//! gateway reads the server's first flight (relayed untouched) to learn which of those
//! it is, then the client's second flight up to its Certificate message, and parses the
//! leaf with x509-parser (no signature checks: the server verifies the chain, the
//! gateway only reads the subject). Both followers are pure state machines over the
//! bytes pushed in, so captured flights test them without sockets.

use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::x509::X509Name;

use super::error::{NotVisible, SniffError};
use super::record::{
    EXT_SUPPORTED_VERSIONS, HANDSHAKE_HEADER_LEN, HandshakeReader, Item, MAX_HANDSHAKE_MESSAGE, extensions,
};
use super::rules::TlsVersion;
use crate::fault::Side;

/// HandshakeType server_hello(2).
const HANDSHAKE_SERVER_HELLO: u8 = 2;
/// HandshakeType certificate(11).
const HANDSHAKE_CERTIFICATE: u8 = 11;
/// HandshakeType certificate_request(13).
const HANDSHAKE_CERTIFICATE_REQUEST: u8 = 13;
/// HandshakeType server_hello_done(14): the end of the server's first TLS ≤ 1.2 flight.
const HANDSHAKE_SERVER_HELLO_DONE: u8 = 14;

/// The subject of the client's leaf certificate (strings are untrusted: escape when printing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientCertificate {
    /// Subject DN in certificate order, as x509-parser prints it (`O=Contoso, CN=agent-7f3a`).
    pub subject: String,
    /// The same DN in reverse (RFC 4514, Windows) order (`CN=agent-7f3a, O=Contoso`).
    pub subject_reversed: String,
    /// The subject's common names (usually one).
    pub common_names: Vec<String>,
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

/// What the client's second flight showed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientFlightEnd {
    /// A Certificate message with at least one certificate.
    Certificate(ClientCertificate),
    /// No (or an empty) Certificate message, or the flight started with ChangeCipherSpec.
    NotVisible(NotVisible),
}

/// Follows the server's first flight (bytes from upstream, starting at its first byte).
#[derive(Debug)]
pub struct ServerFlight {
    reader: HandshakeReader,
    version: Option<TlsVersion>,
    certificate_requested: bool,
}

/// Follows the client's second flight (bytes after the record that ended its ClientHello).
#[derive(Debug)]
pub struct ClientFlight {
    reader: HandshakeReader,
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

impl ClientFlight {
    /// A follower with nothing read yet.
    pub fn new() -> Self {
        Self { reader: HandshakeReader::new(Side::Client, MAX_HANDSHAKE_MESSAGE) }
    }

    /// Appends bytes read from the client.
    pub fn push(&mut self, bytes: &[u8]) {
        self.reader.push(bytes);
    }

    /// `Ok(None)` until the first message of the flight is known.
    pub fn poll(&mut self) -> Result<Option<ClientFlightEnd>, SniffError> {
        let end = match self.reader.next_item()? {
            None => return Ok(None),
            Some(Item::Handshake(msg)) if msg[0] == HANDSHAKE_CERTIFICATE => {
                match parse_certificate_message(&msg)? {
                    Some(cert) => ClientFlightEnd::Certificate(cert),
                    None => ClientFlightEnd::NotVisible(NotVisible::NotSent),
                }
            }
            // ClientKeyExchange first: the server asked for no certificate.
            Some(Item::Handshake(_)) | Some(Item::Alert) => ClientFlightEnd::NotVisible(NotVisible::NotSent),
            Some(Item::ChangeCipherSpec) => ClientFlightEnd::NotVisible(NotVisible::Resumed),
            Some(Item::ApplicationData) => {
                return Err(malformed(Side::Client, "application data before the handshake finished"));
            }
        };
        Ok(Some(end))
    }
}

impl Default for ClientFlight {
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

/// The leaf of a Certificate handshake message (header included); `None` for an empty list.
pub fn parse_certificate_message(msg: &[u8]) -> Result<Option<ClientCertificate>, SniffError> {
    let bad = |detail| malformed(Side::Client, detail);
    let parsed = tls_parser::parse_tls_handshake_msg_certificate(&msg[HANDSHAKE_HEADER_LEN..])
        .map_err(|_| bad("client Certificate message does not parse"))?;
    let tls_parser::TlsMessageHandshake::Certificate(contents) = parsed.1 else {
        return Err(bad("client Certificate message does not parse"));
    };
    let Some(leaf) = contents.cert_chain.first() else {
        return Ok(None);
    };
    let (_, cert) =
        X509Certificate::from_der(leaf.data).map_err(|_| bad("client certificate is not valid X.509 DER"))?;
    let subject = cert.subject();
    let mut rdns: Vec<_> = subject.iter_rdn().cloned().collect();
    rdns.reverse();
    let reversed: X509Name<'_> = rdns.into_iter().collect();
    Ok(Some(ClientCertificate {
        subject: subject.to_string(),
        subject_reversed: reversed.to_string(),
        common_names: subject
            .iter_common_name()
            .map(|cn| cn.as_str().map_or_else(|_| format!("{:?}", cn.as_slice()), str::to_owned))
            .collect(),
    }))
}

fn malformed(side: Side, detail: &'static str) -> SniffError {
    SniffError::Malformed { side, detail }
}
