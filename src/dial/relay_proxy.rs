//! Relay-proxy route: the tunnel is asked of the operator's upstream proxy with its own
//! `CONNECT`. The relay resolves the name (in isolated networks the gateway often has
//! no public DNS), so the resolved-address check applies here only to IP-literal
//! targets; the allowlist has already been applied to the name. The relay is trusted
//! configuration: its own address is not vetted.

use std::net::SocketAddr;
use std::time::Instant;

use bytes::{Bytes, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::{Credentials, DialError, RelayProxy, Upstream};
use crate::connect::{Host, MAX_HEAD_BYTES, Target};
use crate::policy::{Allowed, Policy};

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

/// Dials `allowed` through `relay` before `deadline`.
pub async fn open(
    allowed: &Allowed,
    policy: &Policy,
    relay: &RelayProxy,
    deadline: tokio::time::Instant,
) -> Result<Upstream, DialError> {
    let started = Instant::now();
    let target = allowed.target();
    if let Host::Ip(ip) = target.host {
        policy.vet(allowed, SocketAddr::new(ip, target.port))?;
    }
    let name = relay.to_string();
    let timed_out = || DialError::RelayTimeout { relay: name.clone(), after: started.elapsed() };
    let exchange = async {
        let (mut stream, addr) = connect(relay, deadline)
            .await
            .map_err(|error| DialError::RelayUnreachable { relay: name.clone(), error })?;
        stream
            .write_all(&request_bytes(target, relay.credentials.as_ref()))
            .await
            .map_err(|error| DialError::RelayUnreachable { relay: name.clone(), error })?;
        let early = read_answer(&mut stream, &name, target).await?;
        Ok::<_, DialError>((stream, addr, early))
    };
    let (stream, addr, early) =
        tokio::time::timeout_at(deadline, exchange).await.map_err(|_| timed_out())??;
    Ok(Upstream { stream: super::tuned(stream), addr, elapsed: started.elapsed(), early })
}

/// The exact bytes of the CONNECT sent to the relay proxy.
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

/// Resolves the relay (through the same resolver and cache as destinations, stale
/// answers included) and connects to the first of its addresses that answers.
async fn connect(
    relay: &RelayProxy,
    deadline: tokio::time::Instant,
) -> std::io::Result<(TcpStream, SocketAddr)> {
    let addrs = super::resolve::resolve(&relay.address.host, relay.address.port, deadline)
        .await
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    if addrs.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the relay proxy's name resolves to no address",
        ));
    }
    super::connect_first(&addrs).await.map_err(|(_, error)| error)
}

/// Reads the relay's answer head; a 2xx opens the tunnel, and bytes after the head
/// (rare, but legal) are returned for the client.
async fn read_answer(stream: &mut TcpStream, relay: &str, target: &Target) -> Result<Bytes, DialError> {
    let mut buf = BytesMut::with_capacity(512);
    let protocol = |what: String| DialError::RelayProtocol { relay: relay.to_string(), what };
    let answer = loop {
        let n = stream
            .read_buf(&mut buf)
            .await
            .map_err(|error| DialError::RelayUnreachable { relay: relay.to_string(), error })?;
        if n == 0 {
            return Err(protocol("closed the connection without answering".into()));
        }
        match parse_answer(&buf) {
            Ok(Some(answer)) => break answer,
            Ok(None) => continue,
            Err(e) => return Err(protocol(e.to_string())),
        }
    };
    if (200..300).contains(&answer.status) {
        return Ok(buf.split_off(answer.len).freeze());
    }
    let hint = match answer.status {
        407 => "; set relay_proxy_username and relay_proxy_password_file to the relay's credentials",
        403 => "; the relay proxy's own policy forbids this destination",
        _ => "",
    };
    Err(DialError::RelayRefused {
        relay: relay.to_string(),
        target: target.to_string(),
        status: answer.status,
        reason: answer.reason,
        hint,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fault::Fault;
    use crate::policy::Allowlist;

    /// The relay resolves names, but an IP-literal target is vetted here by the same
    /// rules as on the direct route: never an unspecified address, never the gateway.
    #[tokio::test]
    async fn ip_literal_targets_are_vetted_before_the_relay_is_asked() {
        // A relay that would hold the CONNECT unanswered: reaching it is a failure.
        let relay = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let relay = RelayProxy {
            address: Target::parse(&relay.local_addr().unwrap().to_string()).unwrap(),
            credentials: None,
        };
        let entries: Vec<String> = ["0.0.0.0", "::", "127.0.0.2", "10.20.30.40"].map(String::from).into();
        let allowlist = Allowlist::parse(&entries, &[443, 8080]).unwrap();
        let policy = Policy::new(allowlist, true, vec!["127.0.0.1:8080".parse().unwrap()])
            .with_host_addresses(|| Ok(vec!["10.20.30.40".parse().unwrap()]));
        for (target, want) in [
            ("0.0.0.0:443", "unspecified_destination"),
            ("[::ffff:0.0.0.0]:443", "unspecified_destination"),
            ("[::]:443", "unspecified_destination"),
            ("127.0.0.2:8080", "own_address"),
            ("10.20.30.40:8080", "own_address"),
        ] {
            let allowed = policy.decide(&Target::parse(target).unwrap()).allow().unwrap();
            let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(2);
            match open(&allowed, &policy, &relay, deadline).await {
                Err(e @ DialError::Denied(_)) => assert_eq!(e.reason(), want, "{target}"),
                Err(other) => panic!("{target}: the relay was asked: {other}"),
                Ok(_) => panic!("{target}: the relay was asked and answered"),
            }
        }
    }

    /// Squid 5.7's answer heads, captured on loopback (`fuzz/seeds/relay_answer/` keeps
    /// them whole, with the error pages after the 407 and the 403).
    const SQUID_200: &[u8] = b"HTTP/1.1 200 Connection established\r\n\r\n";
    const SQUID_407: &[u8] = b"HTTP/1.1 407 Proxy Authentication Required\r\nServer: squid/5.7\r\n\
        Mime-Version: 1.0\r\nDate: Mon, 30 Nov 2026 18:13:15 GMT\r\nContent-Type: text/html;charset=utf-8\r\n\
        Content-Length: 3045\r\nX-Squid-Error: ERR_CACHE_ACCESS_DENIED 0\r\nVary: Accept-Language\r\n\
        Content-Language: en\r\nProxy-Authenticate: Basic realm=\"omsgate-test\"\r\nX-Cache: MISS from vm\r\n\
        X-Cache-Lookup: NONE from vm:34379\r\nVia: 1.1 vm (squid/5.7)\r\nConnection: keep-alive\r\n\r\n";
    const SQUID_403: &[u8] = b"HTTP/1.1 403 Forbidden\r\nServer: squid/5.7\r\nMime-Version: 1.0\r\n\
        Date: Mon, 30 Nov 2026 18:13:17 GMT\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 3094\r\n\
        X-Squid-Error: ERR_ACCESS_DENIED 0\r\nVary: Accept-Language\r\nContent-Language: en\r\n\
        X-Cache: MISS from vm\r\nX-Cache-Lookup: NONE from vm:36143\r\nVia: 1.1 vm (squid/5.7)\r\n\
        Connection: keep-alive\r\n\r\n";

    #[test]
    fn squid_answers_need_more_at_every_prefix() {
        for (head, status, reason) in [
            (SQUID_200, 200, "Connection established"),
            (SQUID_407, 407, "Proxy Authentication Required"),
            (SQUID_403, 403, "Forbidden"),
        ] {
            let answer = Answer { status, reason: reason.into(), len: head.len() };
            assert_eq!(parse_answer(head), Ok(Some(answer.clone())));
            for n in 0..head.len() {
                assert_eq!(parse_answer(&head[..n]), Ok(None), "{status}: prefix of {n} bytes");
            }
            // What follows the head (an error page, or the destination's first bytes) is
            // not the head's.
            let mut more = head.to_vec();
            more.extend_from_slice(b"\x16\x03\x03\x00\x02\x02\x28");
            assert_eq!(parse_answer(&more), Ok(Some(answer)));
        }
    }

    /// A 200 whose end of head arrives in a later read, with the destination's first
    /// bytes behind it: the head is read across both, and those bytes go to the client.
    #[tokio::test]
    async fn a_head_split_across_reads_keeps_the_bytes_after_it() {
        let early = b"\x16\x03\x03\x00\x02\x02\x28";
        let (first, rest) = SQUID_200.split_at(SQUID_200.len() - 1);
        let mut whole = SQUID_200.to_vec();
        whole.extend_from_slice(early);
        for n in 0..whole.len() {
            let want = if n < SQUID_200.len() { None } else { Some(SQUID_200.len()) };
            assert_eq!(parse_answer(&whole[..n]).unwrap().map(|a| a.len), want, "prefix of {n} bytes");
        }

        let relay = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = relay.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut s, _) = relay.accept().await.unwrap();
            s.write_all(first).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            s.write_all(&[rest, early].concat()).await.unwrap();
            s
        });
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let target = Target::parse("ws1.ods.opinsights.azure.com:443").unwrap();
        let got = read_answer(&mut stream, "relay", &target).await.unwrap();
        assert_eq!(&got[..], early);
        drop(server.await.unwrap());
    }

    #[test]
    fn answers_that_are_not_http_or_never_end() {
        assert_eq!(
            parse_answer(b"SSH-2.0-OpenSSH_9.2\r\n"),
            Err(AnswerError::Malformed(httparse::Error::Version))
        );
        assert_eq!(
            parse_answer(b"HTTP/1.1 2000 OK\r\n\r\n").unwrap_err().to_string(),
            "invalid response status"
        );
        let mut endless = b"HTTP/1.1 200 Connection established\r\nX-Pad: ".to_vec();
        endless.resize(MAX_HEAD_BYTES - 1, b'a');
        assert_eq!(parse_answer(&endless), Ok(None));
        endless.push(b'a');
        assert_eq!(parse_answer(&endless).unwrap_err().to_string(), "answer head larger than 8 KiB");
    }

    #[test]
    fn connect_bytes_are_exact() {
        let t = Target::parse("ws1.ods.opinsights.azure.com:443").unwrap();
        assert_eq!(
            request_bytes(&t, None),
            b"CONNECT ws1.ods.opinsights.azure.com:443 HTTP/1.1\r\nHost: ws1.ods.opinsights.azure.com:443\r\n\r\n"
        );
        let t = Target::parse("[2001:db8::1]:443").unwrap();
        let c = Credentials::new("user1".into(), "123".into());
        assert_eq!(
            request_bytes(&t, Some(&c)),
            b"CONNECT [2001:db8::1]:443 HTTP/1.1\r\nHost: [2001:db8::1]:443\r\nProxy-Authorization: Basic dXNlcjE6MTIz\r\n\r\n"
        );
    }
}
