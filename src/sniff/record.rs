//! TLS record framing and handshake-message reassembly.
//!
//! tls-parser parses one record at a time and does not join a handshake message that
//! spans several records (its docs: "need additional code to handle fragmentation").
//! Agents do split: PQ hybrid key shares push ClientHellos past one 16 KiB record, and
//! TCP cuts anywhere. So this file frames records with `tls_parser::parse_tls_raw_record`,
//! concatenates the payloads of consecutive Handshake records, and hands out whole
//! handshake messages, with a byte bound on everything it buffers.

use bytes::{Buf, BytesMut};
use tls_parser::nom;

use super::error::{SniffError, describe_bytes};
use crate::fault::Side;

/// Largest ClientHello (and raw bytes before it completes) the gateway buffers: 64 KiB.
/// PQ hybrid key shares (X25519MLKEM768 adds 1,184 bytes per share) plus padding and
/// several shares make hellos over one 16 KiB record possible; g3proxy's
/// `tls_max_client_hello_size` is 64 KiB for the same reason; rustls refuses any
/// handshake message over 64 KiB, so real clients stay below it.
pub const MAX_CLIENT_HELLO: usize = 64 * 1024;

/// Largest later handshake message (mostly the client's Certificate chain) the gateway
/// joins: 128 KiB, above OpenSSL's default `max_cert_list` of 100 KiB, so any chain an
/// OpenSSL server would accept also fits here.
pub const MAX_HANDSHAKE_MESSAGE: usize = 128 * 1024;

/// TLS record header: content type (1), legacy record version (2), length (2).
pub const RECORD_HEADER_LEN: usize = 5;

/// Handshake message header: msg_type (1), length (3, big-endian).
pub const HANDSHAKE_HEADER_LEN: usize = 4;

/// ContentType change_cipher_spec(20): after it, a side's records are encrypted.
pub const CONTENT_CHANGE_CIPHER_SPEC: u8 = 20;
/// ContentType alert(21).
pub const CONTENT_ALERT: u8 = 21;
/// AlertLevel fatal(2): the sender has given up on the connection.
pub const ALERT_FATAL: u8 = 2;
/// ContentType handshake(22).
pub const CONTENT_HANDSHAKE: u8 = 22;
/// ContentType application_data(23).
pub const CONTENT_APPLICATION_DATA: u8 = 23;
/// ContentType heartbeat(24), the highest type a TLS peer may send.
pub const CONTENT_HEARTBEAT: u8 = 24;
/// ExtensionType supported_versions(43) (RFC 8446 §4.2.1): offered versions in a
/// ClientHello, the selected one in a ServerHello.
pub const EXT_SUPPORTED_VERSIONS: u16 = 43;

/// One TLS record, borrowed from the stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record<'a> {
    /// ContentType byte (20..=24).
    pub content_type: u8,
    /// Legacy record-layer version (0x0300..=0x03ff; not the negotiated version).
    pub version: u16,
    /// The record's fragment.
    pub payload: &'a [u8],
}

/// What a [`HandshakeReader`] hands out, in stream order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A whole handshake message, header included (`msg[0]` is the HandshakeType).
    Handshake(Vec<u8>),
    /// A ChangeCipherSpec record: what follows from this side is encrypted.
    ChangeCipherSpec,
    /// An alert record; `fatal` when its (first) alert's level is fatal.
    Alert {
        /// AlertLevel fatal(2): the sender abandons the handshake and closes.
        fatal: bool,
    },
    /// An application-data record (or heartbeat).
    ApplicationData,
}

/// Joins handshake messages from one side's byte stream; bounded by `limit`.
#[derive(Debug)]
pub struct HandshakeReader {
    side: Side,
    limit: usize,
    /// Raw stream bytes not yet framed into records (at most one partial record).
    raw: BytesMut,
    /// Payload bytes of Handshake records not yet split into messages.
    joined: BytesMut,
    /// Stream bytes framed into records so far.
    framed: usize,
}

/// The extensions of a ClientHello or ServerHello, `(type, data)` in order: the one
/// walker both hellos use, so an extension neither reads (or tls-parser parses strictly)
/// cannot make a valid hello look malformed. Ends with `Err(Truncated)` when an
/// extension runs past the block.
pub fn extensions(block: &[u8]) -> Extensions<'_> {
    Extensions { rest: block }
}

/// Iterator returned by [`extensions`].
#[derive(Debug, Clone)]
pub struct Extensions<'a> {
    rest: &'a [u8],
}

/// An extension's header or data runs past the end of the extensions block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Truncated;

impl<'a> Iterator for Extensions<'a> {
    type Item = Result<(u16, &'a [u8]), Truncated>;

    fn next(&mut self) -> Option<Self::Item> {
        let block = std::mem::take(&mut self.rest);
        let (header, body) = match block {
            [] => return None,
            [t0, t1, l0, l1, body @ ..] => {
                ((u16::from_be_bytes([*t0, *t1]), usize::from(u16::from_be_bytes([*l0, *l1]))), body)
            }
            _ => return Some(Err(Truncated)),
        };
        let (ext_type, len) = header;
        let Some(data) = body.get(..len) else {
            return Some(Err(Truncated));
        };
        self.rest = &body[len..];
        Some(Ok((ext_type, data)))
    }
}

/// Splits the first record off `buf`: `Ok(None)` while it is incomplete, an error as soon
/// as the bytes seen cannot start a TLS record. Returns the record and its length.
pub fn next_record(buf: &[u8], side: Side) -> Result<Option<(Record<'_>, usize)>, SniffError> {
    if let Some(&content_type) = buf.first()
        && !(CONTENT_CHANGE_CIPHER_SPEC..=CONTENT_HEARTBEAT).contains(&content_type)
    {
        return Err(SniffError::NotTls { side, detail: describe_bytes(buf) });
    }
    // Record versions are 3.x for SSL 3.0 through TLS 1.3 (1.3 freezes it at 0x0301/0x0303).
    if buf.len() >= 2 && buf[1] != 3 {
        return Err(SniffError::NotTls { side, detail: describe_bytes(buf) });
    }
    match tls_parser::parse_tls_raw_record(buf) {
        Ok((rest, rec)) => Ok(Some((
            Record { content_type: rec.hdr.record_type.0, version: rec.hdr.version.0, payload: rec.data },
            buf.len() - rest.len(),
        ))),
        Err(nom::Err::Incomplete(_)) => Ok(None),
        Err(_) => Err(SniffError::Malformed { side, detail: "TLS record longer than 2^14+256 bytes" }),
    }
}

/// Length (header included) of the handshake message starting `joined`, once its
/// 4-byte header is there.
pub fn message_len(joined: &[u8]) -> Option<usize> {
    match *joined {
        [_, a, b, c, ..] => {
            Some(HANDSHAKE_HEADER_LEN + (usize::from(a) << 16 | usize::from(b) << 8 | usize::from(c)))
        }
        _ => None,
    }
}

impl HandshakeReader {
    /// A reader for `side`'s stream that refuses handshake messages over `limit` bytes.
    pub fn new(side: Side, limit: usize) -> Self {
        Self { side, limit, raw: BytesMut::new(), joined: BytesMut::new(), framed: 0 }
    }

    /// Appends bytes read from the socket.
    pub fn push(&mut self, bytes: &[u8]) {
        self.raw.extend_from_slice(bytes);
    }

    /// Stream bytes framed into records so far: after a handshake message is handed out,
    /// the end of the record that completed it.
    pub fn framed(&self) -> usize {
        self.framed
    }

    /// The next item: `Ok(None)` means more bytes are needed.
    pub fn next_item(&mut self) -> Result<Option<Item>, SniffError> {
        loop {
            if let Some(len) = message_len(&self.joined) {
                if len > self.limit {
                    return Err(SniffError::TooBig { side: self.side, limit: self.limit });
                }
                if self.joined.len() >= len {
                    return Ok(Some(Item::Handshake(self.joined.split_to(len).to_vec())));
                }
            }
            let Some((record, consumed)) = next_record(&self.raw, self.side)? else {
                return Ok(None);
            };
            let item = match record.content_type {
                CONTENT_HANDSHAKE => {
                    self.joined.extend_from_slice(record.payload);
                    None
                }
                // A handshake message may not be interleaved with other record types (RFC 8446 §5.1).
                _ if !self.joined.is_empty() => {
                    return Err(SniffError::Malformed {
                        side: self.side,
                        detail: "handshake message interrupted by another record type",
                    });
                }
                CONTENT_CHANGE_CIPHER_SPEC => Some(Item::ChangeCipherSpec),
                CONTENT_ALERT => Some(Item::Alert { fatal: record.payload.first() == Some(&ALERT_FATAL) }),
                _ => Some(Item::ApplicationData),
            };
            self.raw.advance(consumed);
            self.framed += consumed;
            if let Some(item) = item {
                return Ok(Some(item));
            }
        }
    }
}
