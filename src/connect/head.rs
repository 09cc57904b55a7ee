//! The CONNECT request head: parsed with httparse from however many bytes have
//! arrived, with hard caps so that a slow or hostile client cannot make the gateway
//! hold more than [`MAX_HEAD_BYTES`] for it.

use super::auth::ProxyAuthorization;
use super::target::{Target, TargetError};

/// Largest CONNECT head accepted. Agents send ~100–300 bytes (request line, Host,
/// User-Agent, maybe Proxy-Authorization); 8 KiB matches common servers' limits.
pub const MAX_HEAD_BYTES: usize = 8 * 1024;

/// Most header fields accepted; agents send fewer than ten.
pub const MAX_HEADERS: usize = 64;

/// A complete CONNECT head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// Where the client wants to go.
    pub target: Target,
    /// The agent's `Proxy-Authorization`, when it sent one (the first, if several).
    pub auth: Option<ProxyAuthorization>,
    /// Bytes the head occupies; anything after it is tunnel data from the client.
    pub len: usize,
}

/// Why a head cannot be served. Each maps to one HTTP status in `reply`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeadError {
    #[error("method {method} is not CONNECT; this gateway only tunnels (configure it as an HTTPS proxy)")]
    NotConnect { method: String },
    #[error("malformed HTTP request head: {0}")]
    Malformed(&'static str),
    #[error("bad CONNECT target {target:?}: {error}")]
    BadTarget { target: String, error: TargetError },
    #[error("request head larger than {MAX_HEAD_BYTES} bytes")]
    TooLarge,
    #[error("more than {MAX_HEADERS} header fields")]
    TooManyHeaders,
}

/// Parses a head from the bytes read so far: `Ok(None)` means more bytes are needed.
pub fn parse(buf: &[u8]) -> Result<Option<Head>, HeadError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    let status = match req.parse(buf) {
        Ok(s) => s,
        Err(httparse::Error::TooManyHeaders) => return Err(HeadError::TooManyHeaders),
        Err(e) => return Err(HeadError::Malformed(error_text(e))),
    };
    // The method is known as soon as the request line is in: refuse early.
    if let Some(method) = req.method
        && method != "CONNECT"
    {
        return Err(HeadError::NotConnect { method: printable(method) });
    }
    let len = match status {
        httparse::Status::Complete(len) => len,
        httparse::Status::Partial if buf.len() >= MAX_HEAD_BYTES => {
            return Err(HeadError::TooLarge);
        }
        httparse::Status::Partial => return Ok(None),
    };
    if len > MAX_HEAD_BYTES {
        return Err(HeadError::TooLarge);
    }
    let path = req.path.ok_or(HeadError::Malformed("no request-target"))?;
    let target =
        Target::parse(path).map_err(|error| HeadError::BadTarget { target: printable(path), error })?;
    let auth = req
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("proxy-authorization"))
        .and_then(|h| ProxyAuthorization::parse(h.value));
    Ok(Some(Head { target, auth, len }))
}

fn error_text(e: httparse::Error) -> &'static str {
    match e {
        httparse::Error::HeaderName => "invalid header name",
        httparse::Error::HeaderValue => "invalid header value",
        httparse::Error::NewLine => "invalid line ending",
        httparse::Error::Status => "invalid status",
        httparse::Error::Token => "invalid method token",
        httparse::Error::TooManyHeaders => "too many headers",
        httparse::Error::Version => "invalid HTTP version",
    }
}

/// Client-supplied text bounded and escaped for a log line.
fn printable(s: &str) -> String {
    s.chars().take(300).flat_map(char::escape_default).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CURL: &[u8] = b"CONNECT ws1.ods.opinsights.azure.com:443 HTTP/1.1\r\nHost: ws1.ods.opinsights.azure.com:443\r\nUser-Agent: curl/7.88.1\r\nProxy-Connection: Keep-Alive\r\n\r\n";

    #[test]
    fn complete_head() {
        let head = parse(CURL).unwrap().unwrap();
        assert_eq!(head.len, CURL.len());
        assert_eq!(head.target.to_string(), "ws1.ods.opinsights.azure.com:443");
    }

    #[test]
    fn proxy_authorization_is_kept() {
        let head =
            parse(b"CONNECT a.example:443 HTTP/1.1\r\nproxy-authorization: Basic dXNlcjE6cHc=\r\n\r\n")
                .unwrap()
                .unwrap();
        let basic = head.auth.unwrap().basic().unwrap();
        assert_eq!((basic.user.as_str(), &basic.password[..]), ("user1", &b"pw"[..]));
        assert_eq!(parse(CURL).unwrap().unwrap().auth, None);
    }

    #[test]
    fn every_prefix_needs_more_never_a_wrong_answer() {
        for n in 0..CURL.len() {
            assert_eq!(parse(&CURL[..n]), Ok(None), "prefix of {n} bytes");
        }
    }

    #[test]
    fn pipelined_bytes_stay_after_the_head() {
        let mut buf = CURL.to_vec();
        buf.extend_from_slice(&[0x16, 0x03, 0x01, 0x00, 0x05]);
        let head = parse(&buf).unwrap().unwrap();
        assert_eq!(&buf[head.len..], &[0x16, 0x03, 0x01, 0x00, 0x05]);
    }

    #[test]
    fn other_methods_are_refused_from_the_request_line() {
        let err = parse(b"GET http://example.com/ HTTP/1.1\r\n").unwrap_err();
        assert_eq!(err, HeadError::NotConnect { method: "GET".into() });
        let err = parse(b"POST / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap_err();
        assert!(matches!(err, HeadError::NotConnect { .. }));
    }

    #[test]
    fn malformed_heads() {
        for bad in [
            &b"CONNECT example.com:443 HTTP/9.9\r\n\r\n"[..],
            b"CONNECT example.com:443 HTTP/1.1\r\nBad Header: x\r\n\r\n",
            b"\x16\x03\x01\x00\x05hello",
            b"CONNECT  example.com:443 HTTP/1.1\r\n\r\n",
        ] {
            assert!(matches!(parse(bad), Err(HeadError::Malformed(_))), "{bad:?}");
        }
    }

    #[test]
    fn bad_targets_are_400_material() {
        let err = parse(b"CONNECT user@example.com:443 HTTP/1.1\r\n\r\n").unwrap_err();
        assert!(matches!(err, HeadError::BadTarget { error: TargetError::Userinfo, .. }));
    }

    #[test]
    fn caps() {
        let mut many = b"CONNECT example.com:443 HTTP/1.1\r\n".to_vec();
        for i in 0..=MAX_HEADERS {
            many.extend_from_slice(format!("X-{i}: y\r\n").as_bytes());
        }
        many.extend_from_slice(b"\r\n");
        assert_eq!(parse(&many), Err(HeadError::TooManyHeaders));

        let mut big = b"CONNECT example.com:443 HTTP/1.1\r\nX-Pad: ".to_vec();
        big.resize(MAX_HEAD_BYTES, b'a');
        assert_eq!(parse(&big), Err(HeadError::TooLarge));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            let _ = parse(&bytes);
        }
    }
}
