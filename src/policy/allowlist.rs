//! The allowlist of destinations, built once from `allowed_hosts` and `allowed_ports`
//! and looked up once per tunnel. Lookup cost does not grow with the number of
//! patterns: exact names are one hash probe, `*.suffix` wildcards one probe per label of
//! the requested host, IP literals one probe. 10,000 patterns is a normal allowlist.
//!
//! Entry forms (evaluation: a host is allowed when any entry matches it; a port when
//! any matching entry allows it):
//! - `name.example.com` — exactly that name, on every port in `allowed_ports`;
//! - `*.example.com` — any name below example.com at any depth, not example.com itself;
//! - `10.0.0.5`, `2001:db8::5`, `[2001:db8::5]` — exactly that IP literal;
//! - any of the above with `:PORT` — that port only, for that entry only.

use std::collections::HashMap;
use std::net::IpAddr;

use crate::connect::{Host, Target};

/// Which ports one entry allows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Ports {
    /// Every port in `allowed_ports`.
    defaults: bool,
    /// Ports given as `entry:PORT`.
    extra: Vec<u16>,
}

/// What the allowlist says of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Host and port allowed; `explicit_port` when an `entry:PORT` names this port
    /// (such tunnels may skip TLS inspection when `tls_inspection = false`).
    Allowed { explicit_port: bool },
    /// The host is listed, but not with this port.
    PortNotAllowed,
    /// No entry matches the host.
    HostNotAllowed,
}

/// Parsed `allowed_hosts` + `allowed_ports`.
#[derive(Debug, Clone, Default)]
pub struct Allowlist {
    entries: Vec<String>,
    default_ports: Vec<u16>,
    exact: HashMap<Box<str>, Ports>,
    suffixes: HashMap<Box<str>, Ports>,
    ips: HashMap<IpAddr, Ports>,
}

impl Allowlist {
    /// Parses entries; an error names the entry and what is wrong with it.
    pub fn parse(entries: &[String], default_ports: &[u16]) -> Result<Allowlist, String> {
        let mut list = Allowlist {
            entries: entries.to_vec(),
            default_ports: default_ports.to_vec(),
            ..Allowlist::default()
        };
        list.default_ports.sort_unstable();
        list.default_ports.dedup();
        for entry in entries {
            let (pattern, port) = parse_entry(entry).map_err(|e| format!("entry {entry:?}: {e}"))?;
            let ports = match pattern {
                Pattern::Exact(name) => list.exact.entry(name).or_default(),
                Pattern::Suffix(name) => list.suffixes.entry(name).or_default(),
                Pattern::Ip(ip) => list.ips.entry(ip).or_default(),
            };
            match port {
                None => ports.defaults = true,
                Some(p) => ports.extra.push(p),
            }
        }
        Ok(list)
    }

    /// Checks one entry alone, as `allowed-host add` and the key table do.
    pub fn check_entry(entry: &str) -> Result<(), String> {
        parse_entry(entry).map(drop).map_err(|e| format!("entry {entry:?}: {e}"))
    }

    /// Decides a host and port against the list.
    pub fn check(&self, host: &Host, port: u16) -> Match {
        let (mut listed, mut by_default, mut by_entry) = (false, false, false);
        let mut look = |ports: &Ports| {
            listed = true;
            by_default |= ports.defaults && self.default_ports.binary_search(&port).is_ok();
            by_entry |= ports.extra.contains(&port);
        };
        match host {
            Host::Ip(ip) => self.ips.get(&canonical(*ip)).into_iter().for_each(&mut look),
            Host::Name(name) => {
                self.exact.get(&**name).into_iter().for_each(&mut look);
                // Each proper suffix after a dot: a.b.example.com → b.example.com, example.com, com.
                let mut rest: &str = name;
                while let Some(dot) = rest.find('.') {
                    rest = &rest[dot + 1..];
                    self.suffixes.get(rest).into_iter().for_each(&mut look);
                }
            }
        }
        match (by_entry, by_default, listed) {
            (true, _, _) => Match::Allowed { explicit_port: true },
            (false, true, _) => Match::Allowed { explicit_port: false },
            (false, false, true) => Match::PortNotAllowed,
            (false, false, false) => Match::HostNotAllowed,
        }
    }

    /// Whether this exact IP is listed (it may then be dialled even if private).
    pub fn lists_ip(&self, ip: IpAddr) -> bool {
        self.ips.contains_key(&canonical(ip))
    }

    /// The entries as written, for `check` and `allowed-host list`.
    pub fn entries(&self) -> &[String] {
        &self.entries
    }

    /// `allowed_ports`, sorted.
    pub fn default_ports(&self) -> &[u16] {
        &self.default_ports
    }

    /// How many patterns are loaded.
    pub fn len(&self) -> usize {
        self.exact.len() + self.suffixes.len() + self.ips.len()
    }

    /// Whether nothing at all is allowed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

enum Pattern {
    Exact(Box<str>),
    Suffix(Box<str>),
    Ip(IpAddr),
}

fn parse_entry(entry: &str) -> Result<(Pattern, Option<u16>), String> {
    let entry = entry.trim();
    let (wild, rest) = match entry.strip_prefix("*.") {
        Some(rest) => (true, rest),
        None => (false, entry),
    };
    if rest.contains('*') {
        return Err("a wildcard may only be the whole leftmost label, as in *.example.com".into());
    }
    // An unbracketed IPv6 literal has no port.
    if let Ok(ip) = rest.parse::<IpAddr>() {
        return if wild {
            Err("*. cannot prefix an IP address".into())
        } else {
            Ok((Pattern::Ip(canonical(ip)), None))
        };
    }
    let (host, port) = if rest.ends_with(']') || !rest.contains(':') {
        let host = rest.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = host.parse::<IpAddr>() {
            return Ok((Pattern::Ip(canonical(ip)), None));
        }
        (Host::parse(host).map_err(|e| e.to_string())?, None)
    } else {
        let t = Target::parse(rest).map_err(|e| e.to_string())?;
        (t.host, Some(t.port))
    };
    let pattern = match (host, wild) {
        (Host::Ip(_), true) => return Err("*. cannot prefix an IP address".into()),
        (Host::Ip(ip), false) => Pattern::Ip(canonical(ip)),
        (Host::Name(n), true) => Pattern::Suffix(n),
        (Host::Name(n), false) => Pattern::Exact(n),
    };
    Ok((pattern, port))
}

/// `::ffff:10.0.0.5` and `10.0.0.5` are one destination.
fn canonical(ip: IpAddr) -> IpAddr {
    ip.to_canonical()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(entries: &[&str]) -> Allowlist {
        let entries: Vec<String> = entries.iter().map(|s| s.to_string()).collect();
        Allowlist::parse(&entries, &[443]).unwrap()
    }

    fn check(l: &Allowlist, target: &str) -> Match {
        let t = Target::parse(target).unwrap();
        l.check(&t.host, t.port)
    }

    #[test]
    fn named_cases() {
        let l = list(&[
            "*.ods.opinsights.azure.com",
            "exact.example.com",
            "api.example.net:8443",
            "10.0.0.5",
            "[2001:db8::5]:9443",
            "both.example.org",
            "both.example.org:8080",
        ]);
        use Match::{HostNotAllowed, PortNotAllowed};
        // Named like variants so the table below reads as verdicts.
        #[allow(non_snake_case, reason = "reads like the variants in the table below")]
        let (Allowed, Explicit) =
            (Match::Allowed { explicit_port: false }, Match::Allowed { explicit_port: true });
        for (name, target, want) in [
            ("wildcard one level", "ws1.ods.opinsights.azure.com:443", Allowed),
            ("wildcard two levels", "a.b.ods.opinsights.azure.com:443", Allowed),
            ("wildcard not the apex", "ods.opinsights.azure.com:443", HostNotAllowed),
            ("wildcard not a lookalike", "evilods.opinsights.azure.com:443", HostNotAllowed),
            ("wildcard not a parent", "opinsights.azure.com:443", HostNotAllowed),
            ("wildcard port", "ws1.ods.opinsights.azure.com:80", PortNotAllowed),
            ("exact", "exact.example.com:443", Allowed),
            ("exact is normalised", "EXACT.example.com.:443", Allowed),
            ("exact not a child", "a.exact.example.com:443", HostNotAllowed),
            ("host:port allows that port", "api.example.net:8443", Explicit),
            ("host:port only that port", "api.example.net:443", PortNotAllowed),
            ("ip literal", "10.0.0.5:443", Allowed),
            ("ip other port", "10.0.0.5:22", PortNotAllowed),
            ("other ip", "10.0.0.6:443", HostNotAllowed),
            ("ipv6 with port", "[2001:db8::5]:9443", Explicit),
            ("ipv6 other port", "[2001:db8::5]:443", PortNotAllowed),
            ("mapped ipv4 is the ipv4", "[::ffff:10.0.0.5]:443", Allowed),
            ("entry with defaults and extra: default", "both.example.org:443", Allowed),
            ("entry with defaults and extra: extra", "both.example.org:8080", Explicit),
            ("entry with defaults and extra: other", "both.example.org:22", PortNotAllowed),
            ("unknown", "example.org:443", HostNotAllowed),
        ] {
            assert_eq!(check(&l, target), want, "{name}: {target}");
        }
    }

    #[test]
    fn bad_entries_name_themselves() {
        for bad in
            ["*", "*.", "a.*.com", "*foo.com", "*.10.0.0.1", "exa mple.com", "host:0", "host:99999", "[::1"]
        {
            let entries = vec![bad.to_string()];
            let err = Allowlist::parse(&entries, &[443]).unwrap_err();
            assert!(err.contains(bad), "{bad}: {err}");
        }
    }

    #[test]
    fn ten_thousand_patterns() {
        let entries: Vec<String> =
            (0..10_000)
                .map(|i| {
                    if i % 2 == 0 {
                        format!("host{i}.example.com")
                    } else {
                        format!("*.tenant{i}.example.net")
                    }
                })
                .collect();
        let l = Allowlist::parse(&entries, &[443]).unwrap();
        assert_eq!(l.len(), 10_000);
        let allowed = Match::Allowed { explicit_port: false };
        assert_eq!(check(&l, "host9998.example.com:443"), allowed);
        assert_eq!(check(&l, "x.y.tenant9999.example.net:443"), allowed);
        assert_eq!(check(&l, "host9999.example.com:443"), Match::HostNotAllowed);
    }
}
