//! Step 3 of a tunnel: the decision. [`Policy::decide`] is pure and synchronous — a
//! target goes in, a [`Decision`] with its reason comes out — so a table of named cases
//! tests it. Evaluation order:
//! 1. the host must match an `allowed_hosts` entry, else `HostNotAllowed`;
//! 2. the port must be allowed for a matching entry, else `PortNotAllowed`;
//! 3. after `dial` resolves the name, [`Policy::vet`] checks every address: never an
//!    unspecified address (0.0.0.0/8, `::`: a connect to it reaches this host), never
//!    the gateway itself (a listen port on any address of this host, see [`own`]) —
//!    neither setting nor allowlist entry can permit these two; then no
//!    loopback/private/link-local/… address unless `allow_private_destinations` or the
//!    exact IP literal was allowlisted.
//!
//! Before step 1, with `client_auth = "basic"`, [`Policy::authenticate`] checks the
//! agent's credentials (`auth`: 407 when missing or wrong); an authenticated user that
//! an `[[identity]]` entry names is decided against that identity's allowlist instead
//! of the global one (`identity`), and so is a certificate identity, when `sniff`
//! reads the agent's certificate.
//!
//! Only this module can build an [`Allowed`], and `dial` requires one: no code path
//! can dial a destination the policy did not allow.

pub mod address;
pub mod allowlist;
pub mod auth;
pub mod breadth;
pub mod catalog;
pub mod explain;
pub mod identity;
pub mod own;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

pub use allowlist::{Allowlist, EntryId, EntryView, Match, Origin, Reading};
pub use auth::{AuthError, Authenticator, ClientAuth, Users};
pub use identity::{Bound, CertBinding, DecidedAt, Identities, IdentityEntry, Who};

use crate::connect::{Host, ProxyAuthorization, Target};
use crate::events;
use crate::fault::{Fault, Status};

/// The policy in force: built from settings, swapped whole on reload.
#[derive(Debug, Clone)]
pub struct Policy {
    allowlist: Allowlist,
    allow_private: bool,
    mode: PolicyMode,
    /// The gateway's own listeners: dialling them would loop.
    own: own::Listeners,
    /// `client_auth = "basic"`: the users and this configuration's cache of checks.
    auth: Option<Arc<Authenticator>>,
    /// `[[identity]]` bindings.
    identities: Arc<Identities>,
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
    /// What let it through.
    grounds: Grounds,
}

/// What let a tunnel through the allowlist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grounds {
    /// This `allowed_hosts` entry.
    Entry(EntryId),
    /// No entry: the allowlist refuses it for this reason, and `policy_mode = "report"`
    /// lets it through (logged and counted as would-deny).
    WouldDeny(DenyReason),
}

/// `policy_mode`: what the allowlist's refusals do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PolicyMode {
    /// Refused (the default).
    #[default]
    Enforce,
    /// Let through, logged as event 105 with `would_deny` and counted, for rollouts.
    /// Where a name leads, TLS and certificate rules are never relaxed.
    Report,
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
    #[error(
        "{target} leads to {ip}, an unspecified address: a connect to it reaches this host, so it is never a destination (neither allowed_hosts nor allow_private_destinations can permit it)"
    )]
    UnspecifiedDestination { target: String, ip: IpAddr },
    #[error(
        "{0} is this gateway: it listens on that port and the address is one of this host's; a tunnel to it would loop"
    )]
    OwnAddress(SocketAddr),
    #[error(
        "{addr} may be this gateway (it listens on that port) and this host's addresses cannot be read ({error}); refused in case a tunnel to it would loop"
    )]
    MaybeOwnAddress { addr: SocketAddr, error: String },
    #[error(
        "destination {target} is not allowed for identity {identity} (its [[identity]] allowed_hosts and azure_workspace_ids, or identity_shared_hosts)"
    )]
    NotForIdentity { target: String, identity: Arc<str> },
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
            DenyReason::UnspecifiedDestination { .. } => "unspecified_destination",
            DenyReason::OwnAddress(_) | DenyReason::MaybeOwnAddress { .. } => "own_address",
            DenyReason::NotForIdentity { .. } => "identity_not_allowed",
        }
    }

    fn status(&self) -> Option<Status> {
        Some(Status::FORBIDDEN)
    }
}

impl PolicyMode {
    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            PolicyMode::Enforce => "enforce",
            PolicyMode::Report => "report",
        }
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

    /// The `allowed_hosts` entry that allowed it (none when let through in report mode).
    pub fn entry(&self) -> Option<EntryId> {
        match self.grounds {
            Grounds::Entry(id) => Some(id),
            Grounds::WouldDeny(_) => None,
        }
    }

    /// Why the allowlist would have refused it, when report mode let it through.
    pub fn would_deny(&self) -> Option<&DenyReason> {
        match &self.grounds {
            Grounds::WouldDeny(reason) => Some(reason),
            Grounds::Entry(_) => None,
        }
    }
}

impl Policy {
    /// Builds a policy; `own` are the addresses the gateway's listeners are bound to
    /// (a wildcard such as `0.0.0.0:8080` included).
    pub fn new(allowlist: Allowlist, allow_private: bool, own: Vec<SocketAddr>) -> Policy {
        Policy {
            allowlist,
            allow_private,
            mode: PolicyMode::Enforce,
            own: own::Listeners::new(own),
            auth: None,
            identities: Arc::default(),
        }
    }

    /// The same policy with agent authentication (`None`: `client_auth = "off"`) and
    /// identity bindings.
    pub fn with_agents(self, auth: Option<Authenticator>, identities: Identities) -> Policy {
        Policy { auth: auth.map(Arc::new), identities: Arc::new(identities), ..self }
    }

    /// With `client_auth = "basic"`, the user the agent authenticated as (or why it
    /// did not: 407); `Ok(None)` when authentication is off.
    /// The check must finish `within` (`header_timeout`): an agent waiting behind a
    /// burst of uncached checks is told to retry (503) rather than held.
    pub async fn authenticate(
        &self,
        presented: Option<&ProxyAuthorization>,
        within: std::time::Duration,
    ) -> Result<Option<Arc<str>>, AuthError> {
        match &self.auth {
            None => Ok(None),
            Some(auth) => auth.authenticate(presented, within).await.map(Some),
        }
    }

    /// The identity an authenticated user is bound to, if an `[[identity]]` names it.
    pub fn identity_of(&self, user: Option<&str>) -> Option<&Bound> {
        self.identities.for_user(user?)
    }

    /// The identity bindings in force.
    pub fn identities(&self) -> &Identities {
        &self.identities
    }

    /// The same policy in `mode`.
    pub fn in_mode(self, mode: PolicyMode) -> Policy {
        Policy { mode, ..self }
    }

    /// The same policy on a host whose interface addresses `read` returns.
    #[cfg(test)]
    pub(crate) fn with_host_addresses(self, read: own::HostAddresses) -> Policy {
        Policy { own: self.own.with_host_addresses(read), ..self }
    }

    /// Decides a CONNECT target by name and port (steps 1–2). In report mode a refusal
    /// becomes a permit on `Grounds::WouldDeny`, which relaxes nothing else.
    pub fn decide(&self, target: &Target) -> Decision {
        self.decide_as(target, None)
    }

    /// [`Policy::decide`] for an agent bound to `identity`: against that identity's
    /// allowlist instead of the global one.
    pub fn decide_as(&self, target: &Target, identity: Option<&Bound>) -> Decision {
        let list = identity.map_or(&self.allowlist, Bound::allowlist);
        let refusal = match (list.check(&target.host, target.port), identity) {
            (Match::Allowed { explicit_port, entry }, _) => {
                return Decision::Allow(Allowed {
                    explicit_port,
                    grounds: Grounds::Entry(entry),
                    target: target.clone(),
                    exact_ip: matches!(target.host, Host::Ip(ip) if list.lists_ip(ip)),
                });
            }
            (_, Some(bound)) => {
                DenyReason::NotForIdentity { target: target.to_string(), identity: bound.name().clone() }
            }
            (Match::PortNotAllowed, None) => {
                DenyReason::PortNotAllowed { host: target.host.to_string(), port: target.port }
            }
            (Match::HostNotAllowed, None) => DenyReason::HostNotAllowed(target.host.to_string()),
        };
        match self.mode {
            PolicyMode::Enforce => Decision::Deny(refusal),
            PolicyMode::Report => Decision::Allow(Allowed {
                explicit_port: false,
                grounds: Grounds::WouldDeny(refusal),
                target: target.clone(),
                exact_ip: false,
            }),
        }
    }

    /// Checks one resolved address of an allowed target (step 3). This host's interface
    /// addresses are read only when the port is a listen port.
    pub fn vet(&self, allowed: &Allowed, addr: SocketAddr) -> Result<(), DenyReason> {
        let ip = addr.ip().to_canonical();
        let class = address::classify(ip);
        // An unspecified address is never public: the common path skips the check.
        if class.is_some() && address::is_unspecified(ip) {
            let target = allowed.target.to_string();
            return Err(DenyReason::UnspecifiedDestination { target, ip: addr.ip() });
        }
        if self.own.listens_on(addr.port()) {
            match self.own.reached_by(addr) {
                Ok(false) => {}
                Ok(true) => return Err(DenyReason::OwnAddress(addr)),
                Err(error) => return Err(DenyReason::MaybeOwnAddress { addr, error: error.to_string() }),
            }
        }
        match class {
            Some(class) if !self.allow_private && !allowed.exact_ip => {
                Err(DenyReason::PrivateDestination { target: allowed.target.to_string(), ip, class })
            }
            _ => Ok(()),
        }
    }

    /// Whether another name is allowed on `port` (`sni_policy = "allowlist"` asks), for
    /// an agent bound to `identity` by that identity's allowlist.
    pub fn allows_name(&self, host: &Host, port: u16, identity: Option<&Bound>) -> bool {
        let list = identity.map_or(&self.allowlist, Bound::allowlist);
        matches!(list.check(host, port), Match::Allowed { .. })
    }

    /// The allowlist in force.
    pub fn allowlist(&self) -> &Allowlist {
        &self.allowlist
    }
}

#[cfg(test)]
mod tests;
