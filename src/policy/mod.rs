//! Step 3 of a tunnel: the decision. [`Policy::decide`] is pure and synchronous — a
//! target goes in, a [`Decision`] with its reason comes out — so a table of named cases
//! tests it. Evaluation order:
//! 1. the host must match an `allowed_hosts` entry, else `HostNotAllowed`;
//! 2. the port must be allowed for a matching entry, else `PortNotAllowed`;
//! 3. after `dial` resolves the name, [`Policy::vet`] checks every address: never the
//!    gateway's own listeners; no loopback/private/link-local/… address unless
//!    `allow_private_destinations` or the exact IP literal was allowlisted.
//!
//! Only this module can build an [`Allowed`], and `dial` requires one: no code path
//! can dial a destination the policy did not allow.

pub mod address;
pub mod allowlist;

use std::net::{IpAddr, SocketAddr};

pub use allowlist::{Allowlist, Match};

use crate::connect::{Host, Target};
use crate::events;
use crate::fault::{Fault, Status};

/// The policy in force: built from settings, swapped whole on reload.
#[derive(Debug, Clone)]
pub struct Policy {
    allowlist: Allowlist,
    allow_private: bool,
    /// The gateway's own listeners: dialling them would loop.
    own: Vec<SocketAddr>,
}

/// A policy verdict, with its reason inside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Allow(Allowed),
    Deny(DenyReason),
}

/// A permit to dial one target. Only [`Policy::decide`] makes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowed {
    target: Target,
    /// The target is an IP literal listed exactly: it may be private.
    exact_ip: bool,
    /// An `entry:PORT` named this port: with `tls_inspection = false` it is not inspected.
    explicit_port: bool,
}

/// Why a tunnel was refused (event 105, HTTP 403).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DenyReason {
    #[error("destination {0} is not in allowed_hosts")]
    HostNotAllowed(String),
    #[error("port {port} is not allowed for {host} (allowed_ports, or a host:port entry)")]
    PortNotAllowed { host: String, port: u16 },
    #[error(
        "{target} resolves to {ip}, a {class} address; set allow_private_destinations = true or allowlist the IP itself to permit it"
    )]
    PrivateDestination { target: String, ip: IpAddr, class: &'static str },
    #[error("{0} is this gateway's own listener; a tunnel to it would loop")]
    OwnAddress(SocketAddr),
}

impl Fault for DenyReason {
    /// Every refusal of a destination is the original's 105.
    fn event_id(&self) -> u16 {
        events::REJECTED
    }

    fn reason(&self) -> &'static str {
        match self {
            DenyReason::HostNotAllowed(_) => "host_not_allowed",
            DenyReason::PortNotAllowed { .. } => "port_not_allowed",
            DenyReason::PrivateDestination { .. } => "private_destination",
            DenyReason::OwnAddress(_) => "own_address",
        }
    }

    fn status(&self) -> Option<Status> {
        Some(Status::FORBIDDEN)
    }
}

impl Decision {
    /// The permit, or the reason as an error for `?`.
    pub fn allow(self) -> Result<Allowed, DenyReason> {
        match self {
            Decision::Allow(a) => Ok(a),
            Decision::Deny(r) => Err(r),
        }
    }
}

impl Allowed {
    /// The permitted target.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Whether an explicit `host:port` entry allowed this port.
    pub fn explicit_port(&self) -> bool {
        self.explicit_port
    }
}

impl Policy {
    /// Builds a policy; `own` are the gateway's listen addresses.
    pub fn new(allowlist: Allowlist, allow_private: bool, own: Vec<SocketAddr>) -> Policy {
        Policy { allowlist, allow_private, own }
    }

    /// Decides a CONNECT target by name and port (steps 1–2).
    pub fn decide(&self, target: &Target) -> Decision {
        match self.allowlist.check(&target.host, target.port) {
            Match::Allowed { explicit_port } => Decision::Allow(Allowed {
                explicit_port,
                target: target.clone(),
                exact_ip: matches!(target.host, Host::Ip(ip) if self.allowlist.lists_ip(ip)),
            }),
            Match::PortNotAllowed => Decision::Deny(DenyReason::PortNotAllowed {
                host: target.host.to_string(),
                port: target.port,
            }),
            Match::HostNotAllowed => Decision::Deny(DenyReason::HostNotAllowed(target.host.to_string())),
        }
    }

    /// Checks one resolved address of an allowed target (step 3).
    pub fn vet(&self, allowed: &Allowed, addr: SocketAddr) -> Result<(), DenyReason> {
        let ip = addr.ip().to_canonical();
        let own = self.own.iter().any(|l| {
            l.port() == addr.port()
                && (l.ip().to_canonical() == ip
                    || (l.ip().is_unspecified() && (ip.is_loopback() || ip.is_unspecified())))
        });
        if own {
            return Err(DenyReason::OwnAddress(addr));
        }
        match address::classify(ip) {
            Some(class) if !self.allow_private && !allowed.exact_ip => {
                Err(DenyReason::PrivateDestination { target: allowed.target.to_string(), ip, class })
            }
            _ => Ok(()),
        }
    }

    /// Whether another name is allowed on `port` (`sni_policy = "allowlist"` asks).
    pub fn allows_name(&self, host: &Host, port: u16) -> bool {
        matches!(self.allowlist.check(host, port), Match::Allowed { .. })
    }

    /// The allowlist in force.
    pub fn allowlist(&self) -> &Allowlist {
        &self.allowlist
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(entries: &[&str], allow_private: bool) -> Policy {
        let entries: Vec<String> = entries.iter().map(|s| s.to_string()).collect();
        let own = vec!["0.0.0.0:8080".parse().unwrap()];
        Policy::new(Allowlist::parse(&entries, &[443, 8080]).unwrap(), allow_private, own)
    }

    fn vet(p: &Policy, target: &str, addr: &str) -> Result<(), &'static str> {
        let allowed = p.decide(&Target::parse(target).unwrap()).allow().unwrap();
        p.vet(&allowed, addr.parse().unwrap()).map_err(|r| r.reason())
    }

    #[test]
    fn decide_reasons() {
        let p = policy(&["*.example.com"], false);
        let deny = |t: &str| p.decide(&Target::parse(t).unwrap()).allow().unwrap_err().reason();
        assert!(p.decide(&Target::parse("a.example.com:443").unwrap()).allow().is_ok());
        assert_eq!(deny("example.org:443"), "host_not_allowed");
        assert_eq!(deny("a.example.com:22"), "port_not_allowed");
    }

    #[test]
    fn resolved_addresses_are_vetted() {
        let p = policy(&["*.example.com", "10.0.0.5", "127.0.0.1"], false);
        for (name, target, addr, want) in [
            ("public", "a.example.com:443", "93.184.216.34:443", Ok(())),
            ("name to loopback", "a.example.com:443", "127.0.0.1:443", Err("private_destination")),
            ("name to metadata", "a.example.com:443", "169.254.169.254:443", Err("private_destination")),
            ("name to rfc1918", "a.example.com:443", "10.0.0.5:443", Err("private_destination")),
            (
                "name to mapped loopback",
                "a.example.com:443",
                "[::ffff:127.0.0.1]:443",
                Err("private_destination"),
            ),
            ("exact private ip allowlisted", "10.0.0.5:443", "10.0.0.5:443", Ok(())),
            ("own listener even if allowlisted", "127.0.0.1:8080", "127.0.0.1:8080", Err("own_address")),
        ] {
            assert_eq!(vet(&p, target, addr), want, "{name}");
        }
    }

    #[test]
    fn allow_private_destinations_opens_private_but_not_self() {
        let p = policy(&["*.example.com"], true);
        assert_eq!(vet(&p, "a.example.com:443", "10.1.1.1:443"), Ok(()));
        assert_eq!(vet(&p, "a.example.com:8080", "127.0.0.1:8080"), Err("own_address"));
    }
}
