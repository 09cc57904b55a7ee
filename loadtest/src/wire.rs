//! The bytes agents and the sink exchange: upload framing, acks, and TLS records.
//!
//! Both ends of every mode live here so they cannot drift apart.
//!
//! * `tls` payload: inside the encrypted stream, an upload is an 8-byte big-endian
//!   length and that many bytes; the ack is the same 8-byte length echoed.
//! * `opaque` payload: after a real handshake both ends drop the TLS session and write
//!   TLS application-data records (type 0x17, version 0x0303) in the clear, so a proxy
//!   sees exactly the bytes of a TLS upload while neither end pays for encryption. The
//!   first record of an upload starts with the 8-byte length; the ack is one record.
//! * `raw` (bulk, rate): a canned ClientHello, so an inspecting gateway is satisfied,
//!   then application-data records. The sink answers the hello with a canned ServerHello
//!   record (a real rustls server's, made once), which an inspecting gateway reads too,
//!   and a [`BYE`] record with its byte count, then closes first (its side holds
//!   TIME_WAIT).

use std::io;

use tokio::io::{AsyncRead, AsyncReadExt};

/// TLS record content type application_data (RFC 8446 §5.1).
pub const APPLICATION_DATA: u8 = 0x17;
/// TLS record content type handshake.
pub const HANDSHAKE: u8 = 0x16;
/// Largest plaintext record (2^14, RFC 8446 §5.1); proxies must accept it.
pub const MAX_RECORD_PAYLOAD: usize = 16_384;
/// Record header: type, legacy version (0x0303), 16-bit length.
pub const RECORD_HEADER: usize = 5;
/// Every control record (ack, barrier, bye) carries 8 bytes.
pub const CONTROL_RECORD: usize = RECORD_HEADER + 8;
/// Barrier payload: after the handshake the side that received the last flight writes
/// it in the clear, so no cleartext byte can be read by the peer's TLS layer.
pub const BARRIER: [u8; 8] = *b"BARRIER!";
/// Control payload asking the raw sink for its byte count and the close.
pub const BYE: [u8; 8] = *b"BYE!BYE!";

/// A record header for `len` bytes of application data.
pub fn record_header(len: usize) -> [u8; RECORD_HEADER] {
    debug_assert!(len <= MAX_RECORD_PAYLOAD + 256);
    let len = len as u16;
    [APPLICATION_DATA, 0x03, 0x03, (len >> 8) as u8, len as u8]
}

/// One application-data record carrying 8 bytes.
pub fn control_record(payload: [u8; 8]) -> [u8; CONTROL_RECORD] {
    let mut out = [0u8; CONTROL_RECORD];
    out[..RECORD_HEADER].copy_from_slice(&record_header(8));
    out[RECORD_HEADER..].copy_from_slice(&payload);
    out
}

/// The whole wire image of one opaque upload of `len` bytes, built once and reused.
pub fn opaque_upload(len: u64) -> Vec<u8> {
    let mut payload = Vec::with_capacity(len as usize + 8);
    payload.extend_from_slice(&len.to_be_bytes());
    payload.resize(len as usize + 8, 0xA5);
    records_of(&payload)
}

/// Splits `payload` into full-size application-data records.
pub fn records_of(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + payload.len() / MAX_RECORD_PAYLOAD * 5 + 5);
    for chunk in payload.chunks(MAX_RECORD_PAYLOAD) {
        out.extend_from_slice(&record_header(chunk.len()));
        out.extend_from_slice(chunk);
    }
    out
}

/// Reads one record header; `Ok(None)` on a clean end of stream before it.
pub async fn read_record_header<R: AsyncRead + Unpin>(r: &mut R) -> io::Result<Option<(u8, usize)>> {
    let mut header = [0u8; RECORD_HEADER];
    match r.read_exact(&mut header).await {
        Ok(_) => Ok(Some((header[0], u16::from_be_bytes([header[3], header[4]]) as usize))),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads one whole record (the raw sink's ServerHello) and returns its content type; the
/// body is skipped through a small stack buffer, so nothing is allocated per tunnel.
pub async fn read_record<R: AsyncRead + Unpin>(r: &mut R) -> io::Result<u8> {
    let (kind, len) = read_record_header(r).await?.ok_or(io::ErrorKind::UnexpectedEof)?;
    let mut scratch = [0u8; 512];
    skip(r, len, &mut scratch).await?;
    Ok(kind)
}

/// Reads one application-data record of exactly 8 bytes and returns its payload.
pub async fn read_control<R: AsyncRead + Unpin>(r: &mut R) -> io::Result<[u8; 8]> {
    let mut rec = [0u8; CONTROL_RECORD];
    r.read_exact(&mut rec).await?;
    if rec[..RECORD_HEADER] != record_header(8) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("expected an 8-byte control record, got {:02x?}", &rec[..]),
        ));
    }
    Ok(rec[RECORD_HEADER..].try_into().expect("8 bytes"))
}

/// Reads and discards `len` bytes through `scratch`.
pub async fn skip<R: AsyncRead + Unpin>(r: &mut R, mut len: usize, scratch: &mut [u8]) -> io::Result<()> {
    while len > 0 {
        let n = len.min(scratch.len());
        r.read_exact(&mut scratch[..n]).await?;
        len -= n;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opaque_upload_is_records_with_the_length_first() {
        let wire = opaque_upload(40_000);
        let total_payload: usize = 40_000 + 8;
        let records = total_payload.div_ceil(MAX_RECORD_PAYLOAD);
        assert_eq!(wire.len(), total_payload + records * RECORD_HEADER);
        assert_eq!(&wire[..5], &[0x17, 3, 3, 0x40, 0x00]);
        assert_eq!(&wire[5..13], &40_000u64.to_be_bytes());
    }

    #[tokio::test]
    async fn control_round_trip() {
        let rec = control_record(BYE);
        let mut r = &rec[..];
        assert_eq!(read_control(&mut r).await.unwrap(), BYE);
        let mut short = &rec[..7];
        assert!(read_control(&mut short).await.is_err());
    }
}
