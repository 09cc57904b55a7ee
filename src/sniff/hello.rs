//! The ClientHello: the highest TLS version the agent offers and the SNI it asks for.
//!
//! The signature says all three outcomes (parsed, need more, not TLS) so the caller can
//! read from the socket until the answer is known. The body is parsed with tls-parser;
//! extensions are walked here one by one, so an extension tls-parser does not know (or
//! parses strictly) cannot make a valid hello look malformed (`record::extensions`):
//! only `server_name` and `supported_versions` are read. The second ClientHello a
//! HelloRetryRequest asks for is read the same way ([`ClientHelloReader::after_retry`]).

use super::error::{SniffError, describe_bytes};
use super::record::{
    CONTENT_CHANGE_CIPHER_SPEC, CONTENT_HANDSHAKE, EXT_SUPPORTED_VERSIONS, HANDSHAKE_HEADER_LEN,
    HandshakeReader, Item, MAX_CLIENT_HELLO, extensions, message_len, next_record,
};
use super::version::TlsVersion;
use crate::fault::Side;

/// HandshakeType client_hello(1).
const HANDSHAKE_CLIENT_HELLO: u8 = 1;
/// ExtensionType server_name(0) (RFC 6066 §3).
const EXT_SERVER_NAME: u16 = 0;
/// NameType host_name(0) inside server_name.
const SNI_HOST_NAME: u8 = 0;

/// What the gateway needs from a ClientHello.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientHello {
    /// The highest version offered: `supported_versions` when present (servers then
    /// ignore legacy_version, RFC 8446 §4.2.1), otherwise `legacy_version`.
    pub highest_version: TlsVersion,
    /// The `host_name` of the server_name extension, as sent (ASCII; case not changed).
    pub sni: Option<String>,
    /// The hello came in the SSL 2.0 record format (`0x80`-flagged 2-byte header).
    pub sslv2_format: bool,
    /// Bytes of the stream up to the end of the record that completed the hello; what
    /// follows belongs to the client's next flight.
    pub consumed: usize,
}

/// Reads a ClientHello from bytes pushed as they arrive, in time linear in the bytes
/// (the socket loop uses this; [`parse_client_hello`] is the same on one buffer).
#[derive(Debug)]
pub struct ClientHelloReader {
    records: HandshakeReader,
    /// The first bytes, to show in a "not TLS" message.
    head: Vec<u8>,
    /// Raw bytes when the stream started in the SSL 2.0 format (no TLS records to join).
    sslv2: Option<Vec<u8>>,
    /// Which hello of the connection this reads.
    which: Which,
}

/// The first ClientHello, or the second one a HelloRetryRequest asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    First,
    /// `change_cipher_spec` once the one ChangeCipherSpec a client in middlebox
    /// compatibility mode sends before it (RFC 8446 §D.4) has come.
    AfterRetry {
        change_cipher_spec: bool,
    },
}

/// How many leading bytes a "not TLS" message shows.
const NOT_TLS_HEAD: usize = 8;

/// Parses the ClientHello at the start of `buf` (raw stream bytes, possibly several
/// records): `Ok(None)` if more bytes are needed, an error if this is not a TLS
/// ClientHello or it exceeds [`MAX_CLIENT_HELLO`].
pub fn parse_client_hello(buf: &[u8]) -> Result<Option<ClientHello>, SniffError> {
    match buf.first() {
        None => return Ok(None),
        Some(b) if b & 0x80 != 0 => return parse_sslv2_hello(buf),
        Some(_) => {}
    }
    // Fast path: the whole hello in the first record (nearly every agent) is parsed in place.
    if let Some((record, consumed)) = next_record(buf, Side::Client)?
        && record.content_type == CONTENT_HANDSHAKE
        && record.payload.len() >= HANDSHAKE_HEADER_LEN
    {
        let p = record.payload;
        let len = message_len(p).unwrap_or(usize::MAX);
        if p[0] == HANDSHAKE_CLIENT_HELLO && len <= p.len() && len <= MAX_CLIENT_HELLO {
            return parse_message(&p[..len], consumed).map(Some);
        }
    }
    let mut reader = ClientHelloReader::new();
    reader.push(buf);
    reader.poll()
}

impl ClientHelloReader {
    /// A reader for the connection's first ClientHello, with nothing pushed yet.
    pub fn new() -> Self {
        Self::reading(Which::First)
    }

    /// A reader for the second ClientHello, sent after a HelloRetryRequest (push the
    /// client's bytes from the end of the first hello on): one ChangeCipherSpec may come
    /// first and counts in `consumed`; the SSL 2.0 format cannot.
    pub fn after_retry() -> Self {
        Self::reading(Which::AfterRetry { change_cipher_spec: false })
    }

    fn reading(which: Which) -> Self {
        Self {
            records: HandshakeReader::new(Side::Client, MAX_CLIENT_HELLO),
            head: Vec::new(),
            sslv2: None,
            which,
        }
    }

    /// Appends bytes read from the client.
    pub fn push(&mut self, bytes: &[u8]) {
        if self.which == Which::First && self.head.is_empty() && bytes.first().is_some_and(|b| b & 0x80 != 0)
        {
            self.sslv2 = Some(Vec::new());
        }
        let room = NOT_TLS_HEAD.saturating_sub(self.head.len());
        self.head.extend_from_slice(&bytes[..room.min(bytes.len())]);
        match &mut self.sslv2 {
            Some(raw) => raw.extend_from_slice(bytes),
            None => self.records.push(bytes),
        }
    }

    /// The ClientHello once complete, `Ok(None)` before, an error as soon as the bytes
    /// cannot be one.
    pub fn poll(&mut self) -> Result<Option<ClientHello>, SniffError> {
        if let Some(raw) = &self.sslv2 {
            return parse_sslv2_hello(raw);
        }
        let retried = self.which != Which::First;
        match self.head.first() {
            None => return Ok(None),
            Some(&CONTENT_HANDSHAKE) => {}
            Some(&CONTENT_CHANGE_CIPHER_SPEC) if retried => {}
            // The very first byte must announce a Handshake record, or this is not a TLS client.
            Some(_) => {
                return Err(SniffError::NotTls { side: Side::Client, detail: describe_bytes(&self.head) });
            }
        }
        loop {
            match self.records.next_item()? {
                None => return Ok(None),
                Some(Item::Handshake(msg)) => return parse_message(&msg, self.records.framed()).map(Some),
                Some(Item::ChangeCipherSpec)
                    if self.which == (Which::AfterRetry { change_cipher_spec: false }) =>
                {
                    self.which = Which::AfterRetry { change_cipher_spec: true };
                }
                Some(_) if retried => {
                    return Err(malformed(
                        "record other than one ChangeCipherSpec before the second ClientHello",
                    ));
                }
                Some(_) => return Err(malformed("record before the ClientHello completed")),
            }
        }
    }
}

impl Default for ClientHelloReader {
    fn default() -> Self {
        Self::new()
    }
}

/// Parses one whole ClientHello handshake message (header included).
fn parse_message(msg: &[u8], consumed: usize) -> Result<ClientHello, SniffError> {
    if msg[0] != HANDSHAKE_CLIENT_HELLO {
        return Err(malformed("first handshake message is not a ClientHello"));
    }
    let (_, body) = tls_parser::parse_tls_handshake_client_hello(&msg[HANDSHAKE_HEADER_LEN..])
        .map_err(|_| malformed("ClientHello body does not parse"))?;
    let legacy = legacy_version(body.version.0)?;
    let (mut sni, mut offered) = (None, None::<Option<TlsVersion>>);
    for ext in extensions(body.ext.unwrap_or_default()) {
        let (ext_type, data) = ext.map_err(|_| malformed("ClientHello extension truncated"))?;
        match ext_type {
            EXT_SERVER_NAME if sni.is_some() => {
                return Err(malformed("two server_name extensions"));
            }
            EXT_SERVER_NAME => sni = Some(server_name(data)?),
            EXT_SUPPORTED_VERSIONS if offered.is_some() => {
                return Err(malformed("two supported_versions extensions"));
            }
            EXT_SUPPORTED_VERSIONS => offered = Some(supported_versions(data)?),
            _ => {}
        }
    }
    // If supported_versions lists nothing known (only GREASE), fall back to legacy_version.
    let highest_version = offered.flatten().unwrap_or(legacy);
    Ok(ClientHello { highest_version, sni: sni.flatten(), sslv2_format: false, consumed })
}

/// Maps ClientHello.legacy_version: 3.0 is SSL 3.0, 3.1/3.2 TLS 1.0/1.1, 3.3 and above
/// TLS 1.2 (TLS 1.3 is negotiated only through supported_versions, RFC 8446 §4.2.1).
fn legacy_version(v: u16) -> Result<TlsVersion, SniffError> {
    match v {
        0x0300 => Ok(TlsVersion::Ssl3),
        0x0301 => Ok(TlsVersion::Tls10),
        0x0302 => Ok(TlsVersion::Tls11),
        0x0303..=0x03ff => Ok(TlsVersion::Tls12),
        _ => Err(malformed("ClientHello legacy_version is not 3.x")),
    }
}

/// The highest known version in a supported_versions list; GREASE values
/// (0x?a?a, RFC 8701) and unknown versions are skipped.
fn supported_versions(data: &[u8]) -> Result<Option<TlsVersion>, SniffError> {
    let (&len, list) = data.split_first().ok_or_else(|| malformed("empty supported_versions"))?;
    let list = list
        .get(..usize::from(len))
        .filter(|l| l.len() % 2 == 0)
        .ok_or_else(|| malformed("supported_versions length is wrong"))?;
    Ok(list
        .chunks_exact(2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .filter(|v| v & 0x0f0f != 0x0a0a)
        .filter_map(TlsVersion::from_wire)
        .max())
}

/// The host_name entry of a server_name extension; `None` for an empty list.
fn server_name(data: &[u8]) -> Result<Option<String>, SniffError> {
    let (_, ext) = tls_parser::parse_tls_extension_sni_content(data)
        .map_err(|_| malformed("server_name extension does not parse"))?;
    let tls_parser::TlsExtension::SNI(names) = ext else {
        return Err(malformed("server_name extension does not parse"));
    };
    let Some((_, name)) = names.iter().find(|(t, _)| t.0 == SNI_HOST_NAME) else {
        return Ok(None);
    };
    // RFC 6066 §3: host_name is ASCII (A-labels); anything else is not a name we can compare.
    if name.is_empty() || !name.iter().all(|b| b.is_ascii_graphic()) {
        return Err(malformed("server_name host_name is empty or not printable ASCII"));
    }
    Ok(Some(String::from_utf8_lossy(name).into_owned()))
}

/// An SSL 2.0 CLIENT-HELLO (RFC 6101 appendix E.2 compatibility format): 2-byte length
/// with the high bit set, msg_type 1, version, three lengths, then the lists. Classed by
/// its stated version (0x0002 is SSL 2.0); it never carries extensions or SNI.
fn parse_sslv2_hello(buf: &[u8]) -> Result<Option<ClientHello>, SniffError> {
    const HEADER: usize = 2;
    const FIXED: usize = 9; // msg_type, version(2), cipher_spec_length(2), session_id_length(2), challenge_length(2)
    if buf.len() > HEADER && buf[HEADER] != HANDSHAKE_CLIENT_HELLO {
        return Err(SniffError::NotTls { side: Side::Client, detail: describe_bytes(buf) });
    }
    if buf.len() < HEADER + FIXED {
        return Ok(None);
    }
    let len = usize::from(u16::from_be_bytes([buf[0] & 0x7f, buf[1]]));
    let field = |i: usize| usize::from(u16::from_be_bytes([buf[HEADER + i], buf[HEADER + i + 1]]));
    let (specs, session, challenge) = (field(3), field(5), field(7));
    if len < FIXED || specs + session + challenge != len - FIXED || specs % 3 != 0 {
        return Err(malformed("SSL 2.0 hello lengths do not add up"));
    }
    let highest_version = match field(1) {
        0x0002 => TlsVersion::Ssl2,
        v => legacy_version(u16::try_from(v).unwrap_or(0))?,
    };
    if buf.len() < HEADER + len {
        return Ok(None);
    }
    Ok(Some(ClientHello { highest_version, sni: None, sslv2_format: true, consumed: HEADER + len }))
}

fn malformed(detail: &'static str) -> SniffError {
    SniffError::Malformed { side: Side::Client, detail }
}
