//! Reading the client's certificate from a TLS ≤ 1.2 handshake.
//!
//! The client's Certificate message is cleartext only before its ChangeCipherSpec in a
//! full TLS ≤ 1.2 handshake; TLS 1.3 encrypts it and a resumed session has none. Once
//! the server's first flight (`server::ServerFlight`) shows which of those it is, the
//! client's second flight is read up to its Certificate message, and the leaf is parsed
//! with x509-parser (no signature checks: the server verifies the chain, the gateway
//! only reads the subject). The follower is a pure state machine over the bytes pushed
//! in, so captured flights test it without sockets.

use x509_parser::der_parser::asn1_rs::{Any, Tag};
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::x509::X509Name;

use super::error::{NotVisible, SniffError};
use super::record::{HANDSHAKE_HEADER_LEN, HandshakeReader, Item, MAX_HANDSHAKE_MESSAGE};
use crate::fault::Side;

/// HandshakeType certificate(11).
const HANDSHAKE_CERTIFICATE: u8 = 11;

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

/// What the client's second flight showed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientFlightEnd {
    /// A Certificate message with at least one certificate.
    Certificate(ClientCertificate),
    /// No (or an empty) Certificate message, or the flight started with ChangeCipherSpec.
    NotVisible(NotVisible),
}

/// Follows the client's second flight (bytes after the record that ended its ClientHello).
#[derive(Debug)]
pub struct ClientFlight {
    reader: HandshakeReader,
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
            Some(Item::Handshake(_)) | Some(Item::Alert { .. }) => {
                ClientFlightEnd::NotVisible(NotVisible::NotSent)
            }
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

/// The leaf of a Certificate handshake message (header included); `None` for an empty list.
pub fn parse_certificate_message(msg: &[u8]) -> Result<Option<ClientCertificate>, SniffError> {
    let bad = |detail| malformed(Side::Client, detail);
    let body =
        msg.get(HANDSHAKE_HEADER_LEN..).ok_or_else(|| bad("client Certificate message does not parse"))?;
    let parsed = tls_parser::parse_tls_handshake_msg_certificate(body)
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
        common_names: subject.iter_common_name().map(|cn| attribute_text(cn.attr_value())).collect(),
    }))
}

/// An attribute's value as x509-parser's subject printing shows it, so that a `CN=`
/// entry written from `subject` matches the common name: the string types read as
/// UTF-8 (T61String included, as OpenSSL writes it), BMPString as UTF-16, anything else
/// in upper-case hex.
fn attribute_text(value: &Any<'_>) -> String {
    match value.tag() {
        Tag::NumericString
        | Tag::VisibleString
        | Tag::PrintableString
        | Tag::GeneralString
        | Tag::ObjectDescriptor
        | Tag::GraphicString
        | Tag::T61String
        | Tag::VideotexString
        | Tag::Utf8String
        | Tag::Ia5String => match std::str::from_utf8(value.data) {
            Ok(s) => s.to_owned(),
            Err(_) => hex(value.data),
        },
        Tag::BmpString if value.data.len().is_multiple_of(2) => {
            let units = value.data.chunks_exact(2).map(|b| u16::from_be_bytes([b[0], b[1]]));
            char::decode_utf16(units).collect::<Result<String, _>>().unwrap_or_else(|_| hex(value.data))
        }
        _ => hex(value.data),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn malformed(side: Side, detail: &'static str) -> SniffError {
    SniffError::Malformed { side, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by `fuzz/fuzz_targets/cert_subject.rs`: a message shorter than its 4-byte
    /// header sliced out of bounds. `ClientFlight` only passes whole messages, so only
    /// direct callers could hit it.
    #[test]
    fn a_message_shorter_than_its_header_is_malformed() {
        for msg in [&b""[..], b"\x0b", b"\x0b\x00\x00"] {
            assert!(matches!(parse_certificate_message(msg), Err(SniffError::Malformed { .. })), "{msg:?}");
        }
    }

    /// Found by the same target: OpenSSL with `string_mask = default` writes
    /// `agent_7f3a` as a T61String (`_` is not printable); its common name must read as
    /// the subject prints it, so the `CN=agent_7f3a` an operator copies from a logged
    /// subject matches.
    #[test]
    fn a_t61string_common_name_reads_as_the_subject_prints_it() {
        let msg = include_bytes!("../../fuzz/seeds/cert_subject/openssl_t61_cn.msg");
        let cert = parse_certificate_message(msg).unwrap().unwrap();
        assert_eq!(cert.common_names, ["agent_7f3a"]);
        assert!(cert.subject.contains("CN=agent_7f3a"), "{}", cert.subject);
        let entry = crate::sniff::CertAllowlist::new(["CN=agent_7f3a"]).unwrap();
        assert!(entry.allows(&cert));
    }

    #[test]
    fn bmp_and_non_string_values_read_as_the_subject_prints_them() {
        let bmp = Any::from_tag_and_data(Tag::BmpString, &[0, b'a', 0, b'_', 0x00, 0xe9]);
        assert_eq!(attribute_text(&bmp), "a_é");
        let boolean = Any::from_tag_and_data(Tag::Boolean, &[0xff]);
        assert_eq!(attribute_text(&boolean), "FF");
    }
}
