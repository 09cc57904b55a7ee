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
    let protocol = |what: &str| DialError::RelayProtocol { relay: relay.to_string(), what: what.to_string() };
    loop {
        if buf.len() >= MAX_HEAD_BYTES {
            return Err(protocol("answer head larger than 8 KiB"));
        }
        let n = stream
            .read_buf(&mut buf)
            .await
            .map_err(|error| DialError::RelayUnreachable { relay: relay.to_string(), error })?;
        if n == 0 {
            return Err(protocol("closed the connection without answering"));
        }
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut resp = httparse::Response::new(&mut headers);
        let len = match resp.parse(&buf) {
            Ok(httparse::Status::Complete(len)) => len,
            Ok(httparse::Status::Partial) => continue,
            Err(e) => return Err(protocol(&e.to_string())),
        };
        let status = resp.code.unwrap_or(0);
        if (200..300).contains(&status) {
            return Ok(buf.split_off(len).freeze());
        }
        let hint = match status {
            407 => "; set relay_proxy_username and relay_proxy_password_file to the relay's credentials",
            403 => "; the relay proxy's own policy forbids this destination",
            _ => "",
        };
        return Err(DialError::RelayRefused {
            relay: relay.to_string(),
            target: target.to_string(),
            status,
            reason: resp.reason.unwrap_or("").chars().take(100).collect(),
            hint,
        });
    }
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
