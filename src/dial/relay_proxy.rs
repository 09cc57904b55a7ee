//! One try of one relay proxy: the tunnel is asked of the operator's upstream proxy
//! with its own `CONNECT` (inside TLS to the relay for `https://`). The relay resolves
//! the name (in isolated networks the gateway often has no public DNS), so the
//! resolved-address check applies only to IP-literal targets (`failover` does it
//! before any relay is asked); the allowlist has already been applied to the name. The
//! relay is trusted configuration: its own address is not vetted. Which relay to try,
//! and what a failure means for the next tunnels, is `failover`'s.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use bytes::{Bytes, BytesMut};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::stream::Stream;
use super::{Credentials, DialError, RelayProxy, relay_tls};
use crate::connect::{MAX_HEAD_BYTES, Target};

/// Most header fields read in the relay's answer; Squid sends about a dozen.
const MAX_ANSWER_HEADERS: usize = 64;

/// The relay proxy's answer head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The status code: a 2xx opens the tunnel.
    pub status: u16,
    /// The reason phrase, cut to 100 characters (it came off the wire).
    pub reason: String,
    /// Bytes the head occupies; anything after it is the destination's first bytes.
    pub len: usize,
}

/// Why the relay's answer is not a response head the gateway can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// 8 KiB without the end of a head: no proxy answers a CONNECT like that.
    #[error("answer head larger than 8 KiB")]
    TooLarge,
    /// Not an HTTP/1.x response head.
    #[error("{0}")]
    Malformed(httparse::Error),
}

/// Connects to `relay` (TLS first for `https://`), asks it for `target` and reads its
/// answer, before `deadline`: the upstream, the relay's address, and bytes the relay
/// sent after its 2xx (they belong to the client).
pub async fn attempt(
    target: &Target,
    relay: &RelayProxy,
    tls: Option<&Arc<rustls::ClientConfig>>,
    deadline: tokio::time::Instant,
) -> Result<(Stream, SocketAddr, Bytes), DialError> {
    let name = || relay.label.to_string();
    // Set once the relay accepted the connection (and its TLS): a timeout after that is
    // the relay waiting on the destination, not the relay being down.
    let connected = AtomicBool::new(false);
    let exchange = async {
        let unreachable = |error| DialError::RelayUnreachable { relay: name(), error };
        let (tcp, addr) = connect(relay, deadline).await.map_err(unreachable)?;
        let tcp = super::tuned(tcp);
        let mut stream = match (relay.url.tls, tls) {
            (false, _) => Stream::Plain(tcp),
            (true, Some(config)) => {
                let tls = relay_tls::handshake(tcp, relay.host(), config)
                    .await
                    .map_err(|error| DialError::RelayTls { relay: name(), error })?;
                Stream::Tls(Box::new(tls))
            }
            (true, None) => unreachable!("config::relays builds TLS settings for every https:// relay"),
        };
        connected.store(true, Ordering::Relaxed);
        stream.write_all(&request_bytes(target, relay.credentials.as_ref())).await.map_err(unreachable)?;
        stream.flush().await.map_err(unreachable)?;
        let early = read_answer(&mut stream, relay, target).await?;
        Ok::<_, DialError>((stream, addr, early))
    };
    let started = tokio::time::Instant::now();
    tokio::time::timeout_at(deadline, exchange).await.map_err(|_| DialError::RelayTimeout {
        relay: name(),
        after: started.elapsed(),
        answering: connected.load(Ordering::Relaxed),
    })?
}

/// The exact bytes of the CONNECT sent to a relay proxy.
pub fn request_bytes(target: &Target, credentials: Option<&Credentials>) -> Vec<u8> {
    let mut out = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n");
    if let Some(c) = credentials {
        out += &format!("Proxy-Authorization: {}\r\n", c.header_value());
    }
    out += "\r\n";
    out.into_bytes()
}

/// Parses the relay's answer head from the bytes read so far: `Ok(None)` means more
/// bytes are needed. Pure, so it is tested at every prefix and fuzzed without a socket.
pub fn parse_answer(buf: &[u8]) -> Result<Option<Answer>, AnswerError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_ANSWER_HEADERS];
    let mut resp = httparse::Response::new(&mut headers);
    match resp.parse(buf).map_err(AnswerError::Malformed)? {
        httparse::Status::Complete(len) => Ok(Some(Answer {
            status: resp.code.unwrap_or(0),
            reason: resp.reason.unwrap_or("").chars().take(100).collect(),
            len,
        })),
        httparse::Status::Partial if buf.len() >= MAX_HEAD_BYTES => Err(AnswerError::TooLarge),
        httparse::Status::Partial => Ok(None),
    }
}

/// What an answer means for the tunnel: a 2xx opens it; a 407 and other 4xx are the
/// relay's word on this request; a 5xx (or no HTTP at all) says the relay cannot serve.
pub fn judge(answer: &Answer, relay: &RelayProxy, target: &Target) -> Result<(), DialError> {
    match answer.status {
        200..=299 => Ok(()),
        407 => Err(DialError::RelayAuth { relay: relay.label.to_string(), hint: relay.auth_hint }),
        status => Err(DialError::RelayRefused {
            relay: relay.label.to_string(),
            target: target.to_string(),
            status,
            reason: answer.reason.clone(),
            hint: match status {
                403 => "; the relay proxy's own policy forbids this destination",
                500..=599 => "; the next relay proxy, if any, is tried",
                _ => "",
            },
        }),
    }
}

/// Resolves the relay (through the same resolver and cache as destinations, stale
/// answers included) and connects to the first of its addresses that answers.
async fn connect(
    relay: &RelayProxy,
    deadline: tokio::time::Instant,
) -> std::io::Result<(TcpStream, SocketAddr)> {
    let address = &relay.url.address;
    let addrs = super::resolve::resolve(&address.host, address.port, deadline)
        .await
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    if addrs.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the relay proxy's name resolves to no address",
        ));
    }
    let (stream, addr) = super::eyeballs::connect(&addrs).await.map_err(|(_, error)| error)?;
    Ok((stream, addr))
}

/// Reads the relay's answer head and judges it; bytes after the head (rare, but
/// legal) are returned for the client.
async fn read_answer(
    stream: &mut (impl AsyncRead + Unpin),
    relay: &RelayProxy,
    target: &Target,
) -> Result<Bytes, DialError> {
    let mut buf = BytesMut::with_capacity(512);
    let protocol = |what: String| DialError::RelayProtocol { relay: relay.label.to_string(), what };
    loop {
        let n = stream
            .read_buf(&mut buf)
            .await
            .map_err(|error| DialError::RelayUnreachable { relay: relay.label.to_string(), error })?;
        if n == 0 {
            return Err(protocol("closed the connection without answering".into()));
        }
        if let Some(answer) = parse_answer(&buf).map_err(|e| protocol(e.to_string()))? {
            judge(&answer, relay, target)?;
            return Ok(buf.split_off(answer.len).freeze());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dial::RelayUrl;

    fn relay(url: &str, credentials: Option<(&str, &str)>) -> RelayProxy {
        let credentials = credentials.map(|(u, p)| Credentials::new(u.into(), p.into()));
        RelayProxy::new(RelayUrl::parse(url).unwrap(), credentials, "fix it")
    }

    /// The exact bytes each relay is sent: its own Proxy-Authorization (or none), the
    /// target as `host:port` with IPv6 in brackets, nothing else.
    #[test]
    fn connect_bytes_are_exact_per_relay() {
        let a = relay("http://gw@a.corp:3128", Some(("gw", "123")));
        let b = relay("https://b.corp:3129", None);
        let c = relay("http://[fd00::3]:8080", Some(("CORP\\svc", "pä55:w")));
        let name = Target::parse("ws1.ods.opinsights.azure.com:443").unwrap();
        let v6 = Target::parse("[2001:db8::1]:443").unwrap();
        for (relay, target, want) in [
            (&a, &name, &b"CONNECT ws1.ods.opinsights.azure.com:443 HTTP/1.1\r\nHost: ws1.ods.opinsights.azure.com:443\r\nProxy-Authorization: Basic Z3c6MTIz\r\n\r\n"[..]),
            (&b, &name, b"CONNECT ws1.ods.opinsights.azure.com:443 HTTP/1.1\r\nHost: ws1.ods.opinsights.azure.com:443\r\n\r\n"),
            (&a, &v6, b"CONNECT [2001:db8::1]:443 HTTP/1.1\r\nHost: [2001:db8::1]:443\r\nProxy-Authorization: Basic Z3c6MTIz\r\n\r\n"),
            // base64("CORP\svc:pä55:w"): the user and the UTF-8 password as they are.
            (&c, &v6, b"CONNECT [2001:db8::1]:443 HTTP/1.1\r\nHost: [2001:db8::1]:443\r\nProxy-Authorization: Basic Q09SUFxzdmM6cMOkNTU6dw==\r\n\r\n"),
        ] {
            assert_eq!(
                String::from_utf8_lossy(&request_bytes(target, relay.credentials.as_ref())),
                String::from_utf8_lossy(want),
                "{}",
                relay.label
            );
        }
    }

    #[test]
    fn answers_parse_at_every_prefix() {
        let head = b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"x\"\r\n\r\nrest";
        let whole = head.len() - 4;
        for end in 0..whole {
            assert_eq!(parse_answer(&head[..end]), Ok(None), "prefix {end}");
        }
        let answer = parse_answer(head).unwrap().unwrap();
        assert_eq!(
            (answer.status, answer.reason.as_str(), answer.len),
            (407, "Proxy Authentication Required", whole)
        );
        assert!(parse_answer(b"SSH-2.0-OpenSSH\r\n\r\n").is_err());
        assert_eq!(
            parse_answer(&[b'x'; MAX_HEAD_BYTES]).map(drop).map_err(|e| e.to_string()),
            Err("invalid HTTP version".into())
        );
        let mut huge = b"HTTP/1.1 200 OK\r\n".to_vec();
        huge.resize(MAX_HEAD_BYTES, b'x');
        assert_eq!(parse_answer(&huge), Err(AnswerError::TooLarge));
    }

    #[test]
    fn what_each_answer_means() {
        let r = relay("http://a.corp:3128", None);
        let t = Target::parse("x.example.com:443").unwrap();
        let judge = |status| judge(&Answer { status, reason: "R".into(), len: 0 }, &r, &t);
        assert!(judge(200).is_ok());
        assert!(matches!(judge(407), Err(DialError::RelayAuth { .. })));
        // A 5xx (Squid's 503 for a destination it cannot reach) tries the next relay
        // but leaves this one in line; a 4xx ends the tunnel.
        for (status, next) in [(403, false), (404, false), (500, true), (502, true), (503, true)] {
            let e = judge(status).unwrap_err();
            assert_eq!((e.tries_next(), e.trips_breaker()), (next, false), "{status}: {e}");
        }
        let timeout = |answering| DialError::RelayTimeout {
            relay: "r".into(),
            after: std::time::Duration::ZERO,
            answering,
        };
        assert_eq!((timeout(false).trips_breaker(), timeout(true).trips_breaker()), (true, false));
        assert!(timeout(true).tries_next());
    }
}
