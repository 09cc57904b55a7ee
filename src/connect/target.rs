//! `Target`: the destination of a CONNECT, parsed once into a form that cannot be
//! wrong. The host is normalised (ASCII lowercase, one trailing dot stripped) before
//! any policy check, so `Example.COM.` and `example.com` can never be told apart.

use std::fmt;
use std::net::{IpAddr, Ipv6Addr};

/// The longest DNS name (RFC 1035: 255 octets on the wire = 253 in text).
pub const MAX_HOST_LEN: usize = 253;

/// A destination host: a DNS name or an IP literal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Host {
    /// Lowercase, no trailing dot, labels of `[a-z0-9_-]`, 1–63 bytes each.
    Name(Box<str>),
    /// An IPv4 or IPv6 literal (IPv4-mapped IPv6 kept as written).
    Ip(IpAddr),
}

/// `host:port` from a CONNECT request-target, validated and normalised.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    pub host: Host,
    pub port: u16,
}

/// Why a request-target is not a usable `host:port` (HTTP 400).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("the target must be host:port (authority form)")]
    NotAuthority,
    #[error("the target must not carry userinfo (user@host)")]
    Userinfo,
    #[error("the target must not contain '%' (percent-encoding or IPv6 zone)")]
    Percent,
    #[error("the target contains a control or non-ASCII byte")]
    ControlByte,
    #[error("the port must be a number 1-65535")]
    BadPort,
    #[error("the host is empty or has an empty label")]
    EmptyLabel,
    #[error("the host is longer than 253 bytes")]
    HostTooLong,
    #[error("a host label is longer than 63 bytes")]
    LabelTooLong,
    #[error("the host contains a character not allowed in a DNS name")]
    BadHostChar,
    #[error("the host looks numeric but is not a valid IP address")]
    AmbiguousNumeric,
    #[error("the bracketed host is not a valid IPv6 address")]
    BadIpv6,
}

impl Target {
    /// Parses an authority-form request-target (`host:port`, `[v6]:port`).
    pub fn parse(text: &str) -> Result<Target, TargetError> {
        if text.bytes().any(|b| b.is_ascii_control() || !b.is_ascii() || b == b' ') {
            return Err(TargetError::ControlByte);
        }
        if text.contains('@') {
            return Err(TargetError::Userinfo);
        }
        if text.contains('%') {
            return Err(TargetError::Percent);
        }
        if text.contains('/') || text.contains('?') || text.contains('#') {
            return Err(TargetError::NotAuthority);
        }
        let (host, port) = if let Some(rest) = text.strip_prefix('[') {
            let (v6, port) = rest.split_once("]:").ok_or(TargetError::NotAuthority)?;
            let ip: Ipv6Addr = v6.parse().map_err(|_| TargetError::BadIpv6)?;
            (Host::Ip(IpAddr::V6(ip)), port)
        } else {
            let (host, port) = text.rsplit_once(':').ok_or(TargetError::NotAuthority)?;
            if host.contains(':') {
                // An IPv6 literal without brackets is ambiguous: which colon is the port's?
                return Err(TargetError::NotAuthority);
            }
            (Host::parse(host)?, port)
        };
        Ok(Target { host, port: parse_port(port)? })
    }

    /// Whether the host is an IP literal (SNI may be absent then).
    pub fn is_ip(&self) -> bool {
        matches!(self.host, Host::Ip(_))
    }
}

impl Host {
    /// Parses and normalises a host without brackets: a name or an IPv4 literal.
    pub fn parse(text: &str) -> Result<Host, TargetError> {
        if let Ok(ip) = text.parse::<IpAddr>() {
            return Ok(Host::Ip(ip));
        }
        let name = text.strip_suffix('.').unwrap_or(text);
        if name.is_empty() {
            return Err(TargetError::EmptyLabel);
        }
        if name.len() > MAX_HOST_LEN {
            return Err(TargetError::HostTooLong);
        }
        let mut last = "";
        for label in name.split('.') {
            if label.is_empty() {
                return Err(TargetError::EmptyLabel);
            }
            if label.len() > 63 {
                return Err(TargetError::LabelTooLong);
            }
            if !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
                return Err(TargetError::BadHostChar);
            }
            last = label;
        }
        // No top-level domain starts with a digit; a resolver would read `127.1` or
        // `0x7f000001` as an IPv4 address, sneaking an IP past name rules.
        if last.as_bytes()[0].is_ascii_digit() {
            return Err(TargetError::AmbiguousNumeric);
        }
        Ok(Host::Name(name.to_ascii_lowercase().into_boxed_str()))
    }

    /// The name, when the host is one.
    pub fn as_name(&self) -> Option<&str> {
        match self {
            Host::Name(n) => Some(n),
            Host::Ip(_) => None,
        }
    }
}

fn parse_port(text: &str) -> Result<u16, TargetError> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TargetError::BadPort);
    }
    match text.parse::<u32>() {
        Ok(p @ 1..=65535) => Ok(p as u16),
        _ => Err(TargetError::BadPort),
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Name(n) => f.write_str(n),
            Host::Ip(IpAddr::V6(ip)) => write!(f, "[{ip}]"),
            Host::Ip(ip) => write!(f, "{ip}"),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Host {
        Host::Name(s.into())
    }

    #[test]
    fn valid_targets_normalise() {
        for (text, host, port) in [
            ("example.com:443", name("example.com"), 443),
            ("EXAMPLE.Com.:443", name("example.com"), 443),
            ("ws1.ods.opinsights.azure.com:443", name("ws1.ods.opinsights.azure.com"), 443),
            ("_srv.example.com:1", name("_srv.example.com"), 1),
            ("a-b.example:65535", name("a-b.example"), 65535),
            ("10.1.2.3:443", Host::Ip("10.1.2.3".parse().unwrap()), 443),
            ("[::1]:443", Host::Ip("::1".parse().unwrap()), 443),
            ("[2001:db8::1]:8443", Host::Ip("2001:db8::1".parse().unwrap()), 8443),
            ("localhost:80", name("localhost"), 80),
        ] {
            assert_eq!(Target::parse(text), Ok(Target { host, port }), "{text}");
        }
    }

    #[test]
    fn malformed_targets_say_why() {
        use TargetError::*;
        let long_label = format!("{}.com:443", "a".repeat(64));
        let long_host = format!("{}com:443", "abcdefghi.".repeat(26));
        for (text, err) in [
            ("example.com", NotAuthority),
            ("http://example.com:443", NotAuthority),
            ("example.com:443/path", NotAuthority),
            ("user@example.com:443", Userinfo),
            ("user:pw@example.com:443", Userinfo),
            ("exa%6dple.com:443", Percent),
            ("[fe80::1%eth0]:443", Percent),
            ("exa\x01mple.com:443", ControlByte),
            ("exa mple.com:443", ControlByte),
            ("exämple.com:443", ControlByte),
            ("example.com:0", BadPort),
            ("example.com:65536", BadPort),
            ("example.com:99999", BadPort),
            ("example.com:https", BadPort),
            ("example.com:", BadPort),
            ("example.com:+443", BadPort),
            (":443", EmptyLabel),
            ("a..b:443", EmptyLabel),
            (".example.com:443", EmptyLabel),
            ("..:443", EmptyLabel),
            (long_label.as_str(), LabelTooLong),
            (long_host.as_str(), HostTooLong),
            ("exa*mple.com:443", BadHostChar),
            ("127.1:443", AmbiguousNumeric),
            ("0x7f000001:443", AmbiguousNumeric),
            ("::1:443", NotAuthority),
            ("[::1]443", NotAuthority),
            ("[nope]:443", BadIpv6),
        ] {
            assert_eq!(Target::parse(text), Err(err), "{text:?}");
        }
    }

    #[test]
    fn display_brackets_ipv6() {
        let t = Target::parse("[::1]:443").unwrap();
        assert_eq!(t.to_string(), "[::1]:443");
        assert_eq!(Target::parse(&t.to_string()), Ok(t));
    }
}
