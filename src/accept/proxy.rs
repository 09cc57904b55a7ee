//! PROXY protocol (v1 text, v2 binary) on the listener: a load balancer in front of the
//! node — an AWS NLB (v2 only), HAProxy's `send-proxy-v2`, an Azure Private Link
//! service — says which agent a connection is for, so the agent's address, not the
//! balancer's, is the client everywhere (events, `omsgate_connected_clients`, per-client
//! limits). Only peers in `proxy_protocol_from` may send a header; a header from anyone
//! else, or none in `required` mode, is refused (event 113). A v2 `LOCAL` header is a
//! balancer's health check: accepted, no tunnel.
//!
//! Not one byte after the header is consumed: a v2 header is read by its length field,
//! a v1 line up to its CRLF, found by peeking, so the CONNECT head that follows is read
//! by the connect step as if no header had been there. The grammar is `ppp`'s.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use ipnet::IpNet;
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

use crate::config::ProxyMode;
use crate::events;
use crate::fault::{Fault, Status};
use crate::telemetry::http::Preamble;

/// Who a connection is for, once its header (if any) is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// An agent: its address, and the balancer's when a header named the agent.
    Agent { client: SocketAddr, via: Option<SocketAddr>, link_id: Option<u32> },
    /// A balancer's health check (v2 `LOCAL`): nothing more to do.
    HealthCheck,
}

/// What the bytes at the start of a connection say (a complete buffer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// Too few bytes to tell.
    NeedMore,
    /// No PROXY header: the connection starts with the agent's request.
    NoHeader,
    /// A whole header of `len` bytes.
    Header { len: usize, header: Header },
}

/// What a whole header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// The agent's address as the balancer saw it (v1 or v2 `PROXY`), and the Azure
    /// Private Endpoint LinkID when its TLV is there.
    Proxied { client: SocketAddr, link_id: Option<u32> },
    /// The balancer does not know the address (v1 `UNKNOWN`, v2 unspecified family):
    /// the connection's own peer is the client.
    Unknown,
    /// v2 `LOCAL`: a health check from the balancer itself.
    Local,
}

/// Why a connection's PROXY header was refused.
#[derive(Debug, thiserror::Error)]
pub enum ProxyError {
    #[error(
        "a PROXY protocol header came from {peer}, which is not in proxy_protocol_from; add the balancer's address there, or this is someone pretending to be a balancer"
    )]
    Untrusted { peer: IpAddr },
    #[error(
        "no PROXY protocol header from {peer} but proxy_protocol = \"required\"; connect through the load balancer (with send-proxy / PROXY protocol v2 on), or set proxy_protocol = \"optional\""
    )]
    Missing { peer: IpAddr },
    #[error("malformed PROXY protocol header from {peer}: {detail}")]
    Malformed { peer: IpAddr, detail: String },
    #[error("no complete PROXY protocol header within header_timeout ({0:?})")]
    Timeout(Duration),
    #[error("reading the PROXY protocol header failed: {0}")]
    Io(#[from] std::io::Error),
}

/// The longest v1 line (the spec's 107 bytes, CRLF included).
const V1_MAX: usize = 107;
/// The v2 signature, then version/command, family/protocol and a 2-byte length.
const V2_SIGNATURE: &[u8; 12] = b"\r\n\r\n\0\r\nQUIT\n";
const V2_FIXED: usize = 16;
/// The largest v2 header accepted: addresses plus a few TLVs (balancers send well under
/// 512 bytes; AWS and Azure add one or two small TLVs).
pub const V2_MAX: usize = 4096;
/// TLV PP2_TYPE_AZURE (0xEE), subtype 0x01: the Private Endpoint LinkID (4 bytes LE).
const TLV_AZURE: u8 = 0xEE;
const AZURE_LINK_ID: u8 = 0x01;

/// Reads the connection's PROXY header, if any, within `within`.
pub async fn read(
    stream: &mut TcpStream,
    peer: SocketAddr,
    mode: ProxyMode,
    trusted: &[IpNet],
    within: Duration,
) -> Result<Arrival, ProxyError> {
    let direct = Arrival::Agent { client: peer, via: None, link_id: None };
    if mode == ProxyMode::Off {
        return Ok(direct);
    }
    let header = tokio::time::timeout(within, read_header(stream, peer))
        .await
        .map_err(|_| ProxyError::Timeout(within))??;
    let is_trusted = trusted.iter().any(|net| net.contains(&peer.ip().to_canonical()));
    match (header, is_trusted, mode) {
        (Some(_), false, _) => Err(ProxyError::Untrusted { peer: peer.ip() }),
        (None, _, ProxyMode::Required) => Err(ProxyError::Missing { peer: peer.ip() }),
        (None, _, _) => Ok(direct),
        (Some(Header::Local), true, _) => Ok(Arrival::HealthCheck),
        (Some(Header::Unknown), true, _) => {
            Ok(Arrival::Agent { client: peer, via: Some(peer), link_id: None })
        }
        (Some(Header::Proxied { client, link_id }), true, _) => {
            Ok(Arrival::Agent { client, via: Some(peer), link_id })
        }
    }
}

/// Consumes exactly the header's bytes, or none when there is no header.
async fn read_header(stream: &mut TcpStream, peer: SocketAddr) -> Result<Option<Header>, ProxyError> {
    let malformed = |detail: String| ProxyError::Malformed { peer: peer.ip(), detail };
    let mut first = [0u8; 1];
    if stream.peek(&mut first).await? == 0 {
        return Ok(None);
    }
    let mut buf = Vec::with_capacity(V2_FIXED);
    match first[0] {
        b'\r' => {
            buf.resize(V2_FIXED, 0);
            stream.read_exact(&mut buf).await?;
            if &buf[..12] != V2_SIGNATURE {
                return Err(malformed("it starts with CR but not with the v2 signature".into()));
            }
            let len = usize::from(u16::from_be_bytes([buf[14], buf[15]]));
            if V2_FIXED + len > V2_MAX {
                return Err(malformed(format!("a v2 header of {} bytes is over {V2_MAX}", V2_FIXED + len)));
            }
            buf.resize(V2_FIXED + len, 0);
            stream.read_exact(&mut buf[V2_FIXED..]).await?;
        }
        b'P' => loop {
            // Everything before the CRLF is header: read what has come up to it, never past.
            let mut peeked = [0u8; V1_MAX];
            let n = stream.peek(&mut peeked[..V1_MAX - buf.len()]).await?;
            if n == 0 {
                return Err(malformed("the connection closed inside a v1 header".into()));
            }
            // The CRLF in what was peeked, or across the last read and this one.
            let crlf = match (buf.last(), peeked[0]) {
                (Some(b'\r'), b'\n') => Some(0),
                _ => peeked[..n].windows(2).position(|w| w == b"\r\n").map(|at| at + 1),
            };
            let take = crlf.map_or(n, |at| at + 1);
            let start = buf.len();
            buf.resize(start + take, 0);
            stream.read_exact(&mut buf[start..]).await?;
            if crlf.is_some() {
                break;
            }
            if buf.len() >= V1_MAX {
                return Err(malformed(format!("a v1 header longer than {V1_MAX} bytes")));
            }
        },
        _ => return Ok(None),
    }
    match parse(&buf) {
        Ok(Parsed::Header { header, .. }) => Ok(Some(header)),
        Ok(Parsed::NoHeader) => Err(malformed("it is neither a v1 line nor a v2 header".into())),
        Ok(Parsed::NeedMore) => Err(malformed("incomplete".into())),
        Err(detail) => Err(malformed(detail)),
    }
}

/// The metrics endpoint's view of the same bytes: it reads past any well-formed header,
/// whoever sent it (what it answers does not depend on who asks).
pub fn preamble(buf: &[u8]) -> Preamble {
    match parse(buf) {
        Ok(Parsed::NeedMore) => Preamble::NeedMore,
        Ok(Parsed::NoHeader) => Preamble::Skip(0),
        Ok(Parsed::Header { len, .. }) => Preamble::Skip(len),
        Err(_) => Preamble::Invalid,
    }
}

/// Parses the header at the start of `buf` (which may hold what follows it, too).
pub fn parse(buf: &[u8]) -> Result<Parsed, String> {
    let Some(&first) = buf.first() else { return Ok(Parsed::NeedMore) };
    let prefix = |sig: &[u8]| buf.len() < sig.len() && sig.starts_with(buf);
    match first {
        b'\r' if prefix(V2_SIGNATURE) => Ok(Parsed::NeedMore),
        b'\r' if buf.starts_with(V2_SIGNATURE) => parse_v2(buf),
        b'P' if prefix(b"PROXY ") => Ok(Parsed::NeedMore),
        b'P' if buf.starts_with(b"PROXY ") => parse_v1(buf),
        _ => Ok(Parsed::NoHeader),
    }
}

fn parse_v1(buf: &[u8]) -> Result<Parsed, String> {
    use ppp::v1::Addresses;
    let Some(end) = buf.windows(2).position(|w| w == b"\r\n") else {
        return match buf.len() >= V1_MAX {
            true => Err(format!("a v1 header longer than {V1_MAX} bytes")),
            false => Ok(Parsed::NeedMore),
        };
    };
    let len = end + 2;
    if len > V1_MAX {
        return Err(format!("a v1 header longer than {V1_MAX} bytes"));
    }
    let header = ppp::v1::Header::try_from(&buf[..len]).map_err(|e| e.to_string())?;
    let header = match header.addresses {
        Addresses::Unknown => Header::Unknown,
        Addresses::Tcp4(a) => {
            Header::Proxied { client: SocketAddr::new(a.source_address.into(), a.source_port), link_id: None }
        }
        Addresses::Tcp6(a) => {
            Header::Proxied { client: SocketAddr::new(a.source_address.into(), a.source_port), link_id: None }
        }
    };
    Ok(Parsed::Header { len, header })
}

fn parse_v2(buf: &[u8]) -> Result<Parsed, String> {
    use ppp::v2::{Addresses, Command, ParseError};
    if buf.len() >= V2_FIXED && V2_FIXED + usize::from(u16::from_be_bytes([buf[14], buf[15]])) > V2_MAX {
        return Err(format!("a v2 header over {V2_MAX} bytes"));
    }
    let header = match ppp::v2::Header::try_from(buf) {
        Ok(h) => h,
        Err(ParseError::Incomplete(_) | ParseError::Partial(..)) => return Ok(Parsed::NeedMore),
        Err(e) => return Err(e.to_string()),
    };
    let len = header.len();
    let link_id = header.tlvs().filter_map(Result::ok).find_map(|tlv| match (tlv.kind, &*tlv.value) {
        (TLV_AZURE, [AZURE_LINK_ID, a, b, c, d]) => Some(u32::from_le_bytes([*a, *b, *c, *d])),
        _ => None,
    });
    let header = match (header.command, header.addresses) {
        (Command::Local, _) => Header::Local,
        (Command::Proxy, Addresses::IPv4(a)) => {
            Header::Proxied { client: SocketAddr::new(a.source_address.into(), a.source_port), link_id }
        }
        (Command::Proxy, Addresses::IPv6(a)) => {
            Header::Proxied { client: SocketAddr::new(a.source_address.into(), a.source_port), link_id }
        }
        (Command::Proxy, Addresses::Unspecified | Addresses::Unix(_)) => Header::Unknown,
    };
    Ok(Parsed::Header { len, header })
}

impl Fault for ProxyError {
    /// 113: a connection's PROXY header was refused.
    fn event_id(&self) -> u16 {
        match self {
            ProxyError::Io(_) => events::NETWORK_ERROR,
            _ => events::PROXY_REFUSED,
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            ProxyError::Untrusted { .. } => "proxy_untrusted",
            ProxyError::Missing { .. } => "proxy_missing",
            ProxyError::Malformed { .. } => "proxy_malformed",
            ProxyError::Timeout(_) => "proxy_timeout",
            ProxyError::Io(_) => "client_io",
        }
    }

    /// A 400 names the problem (a misconfigured balancer shows it in its log); a
    /// connection that failed gets none.
    fn status(&self) -> Option<Status> {
        match self {
            ProxyError::Io(_) => None,
            ProxyError::Timeout(_) => Some(Status::REQUEST_TIMEOUT),
            _ => Some(Status::BAD_REQUEST),
        }
    }
}

#[cfg(test)]
mod tests;
