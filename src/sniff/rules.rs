//! The TLS rules a tunnel's handshake must pass, as data with pure checks.
//!
//! The config keys `min_tls_version`, `sni_policy`, `client_certificate_policy` and
//! `allowed_client_certificates` are read into these types by the key table (each
//! `config_name` is the one spelling); `handshake` asks the checks in order: version,
//! SNI (again for a second ClientHello after a HelloRetryRequest), certificate.

use thiserror::Error;

use super::cert::ClientCertificate;
use super::error::{NotVisible, SniffError};
use super::hello::ClientHello;
use super::version::TlsVersion;
use crate::connect::{Host, Target};

/// Answers `sni_policy = "allowlist"`: whether the policy allows this name on the
/// tunnel's port.
pub type NameAllowed<'a> = dyn Fn(&Host) -> bool + Sync + 'a;

/// `sni_policy`: what the ClientHello's server name must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SniPolicy {
    /// The SNI must equal the CONNECT host (stops domain fronting through an allowed host).
    #[default]
    Match,
    /// The SNI must itself be an allowed host.
    Allowlist,
    /// The SNI is not checked.
    Off,
}

/// `client_certificate_policy`: what happens with the agent's client certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientCertPolicy {
    /// Not looked at; the handshake is not followed past the ClientHello.
    #[default]
    Off,
    /// Checked against the allowlist when the handshake shows one (TLS ≤ 1.2, full handshake).
    WhenVisible,
    /// A visible, allowed certificate is required: TLS 1.3 and resumed sessions are refused.
    Require,
}

/// `allowed_client_certificates`: subjects an agent's certificate may have.
///
/// Each entry is either a whole subject DN (`CN=agent-7f3a, O=Contoso`) or a bare
/// `CN=name`, which matches any subject whose common name is `name`. Entries and subjects
/// are compared case-insensitively after dropping whitespace around `,`, `+` and `=`; a DN
/// entry matches the subject in certificate order (as OpenSSL and x509-parser print it)
/// or in reverse (RFC 4514 order, as Windows prints it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CertAllowlist {
    entries: Vec<Entry>,
    /// The entries as configured, for `check` and `config get`.
    written: Vec<String>,
}

/// The rules for one tunnel's handshake; `Default` is the SPEC's defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsRules {
    /// `min_tls_version` (default TLS 1.2); SSL is refused whatever this says.
    pub min_version: TlsVersion,
    /// `sni_policy` (default `match`).
    pub sni_policy: SniPolicy,
    /// `client_certificate_policy` (default `off`).
    pub client_certificate_policy: ClientCertPolicy,
    /// `allowed_client_certificates` (default empty).
    pub allowed_client_certificates: CertAllowlist,
}

/// A config value that is not one of the allowed spellings.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid {key} {value:?}: expected {expected}")]
pub struct BadRuleValue {
    /// The config key.
    pub key: &'static str,
    /// The value given.
    pub value: String,
    /// The allowed values.
    pub expected: &'static str,
}

impl BadRuleValue {
    /// The error for the operator (`Display` is the same in English). Its one use: an
    /// `allowed_client_certificates` entry that is not a subject.
    pub fn msg(&self) -> crate::lang::Msg {
        crate::lang::Msg::new("config-not-a-subject")
            .arg("key", "allowed_client_certificates")
            .arg("value", format!("{:?}", self.value))
            .arg("examples", "\"CN=agent-7f3a, O=Contoso\"")
            .arg("example", "\"CN=agent-7f3a\"")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    /// Normalised whole DN.
    Dn(String),
    /// Normalised `cn=value`.
    Cn(String),
}

impl SniPolicy {
    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            Self::Match => "match",
            Self::Allowlist => "allowlist",
            Self::Off => "off",
        }
    }
}

impl ClientCertPolicy {
    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::WhenVisible => "when_visible",
            Self::Require => "require",
        }
    }
}

impl CertAllowlist {
    /// Builds the list from config entries; an entry without `=` is refused.
    pub fn new<S: AsRef<str>>(entries: impl IntoIterator<Item = S>) -> Result<Self, BadRuleValue> {
        let written: Vec<String> = entries.into_iter().map(|e| e.as_ref().to_string()).collect();
        let entries = written
            .iter()
            .map(|e| {
                let n = normalise(e.as_ref());
                if !n.contains('=') || n.starts_with('=') {
                    return Err(bad(
                        "allowed_client_certificates entry",
                        e.as_ref(),
                        "a subject DN such as \"CN=agent-7f3a, O=Contoso\" or \"CN=agent-7f3a\"",
                    ));
                }
                let single_cn = n.starts_with("cn=") && !n.contains([',', '+']);
                Ok(if single_cn { Entry::Cn(n) } else { Entry::Dn(n) })
            })
            .collect::<Result<_, _>>()?;
        Ok(Self { entries, written })
    }

    /// The entries as configured.
    pub fn entries(&self) -> &[String] {
        &self.written
    }

    /// Whether both lists match the same subjects (entries compared as normalised).
    pub fn same_subjects(&self, other: &CertAllowlist) -> bool {
        self.entries == other.entries
    }

    /// True when no entry is configured.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether `cert`'s subject matches an entry (see the type's doc for the rule).
    pub fn allows(&self, cert: &ClientCertificate) -> bool {
        let forward = normalise(&cert.subject);
        let reversed = normalise(&cert.subject_reversed);
        let cns: Vec<String> = cert.common_names.iter().map(|cn| normalise(&format!("CN={cn}"))).collect();
        self.entries.iter().any(|e| match e {
            Entry::Dn(dn) => *dn == forward || *dn == reversed,
            Entry::Cn(cn) => cns.contains(cn),
        })
    }
}

impl Default for TlsRules {
    fn default() -> Self {
        Self {
            min_version: TlsVersion::Tls12,
            sni_policy: SniPolicy::Match,
            client_certificate_policy: ClientCertPolicy::Off,
            allowed_client_certificates: CertAllowlist::default(),
        }
    }
}

impl TlsRules {
    /// SSL (any SSL 2.0-format hello, SSL 3.0) is refused; then `min_tls_version` applies
    /// to the highest version the client offers.
    pub fn check_version(&self, hello: &ClientHello) -> Result<(), SniffError> {
        let offered = hello.highest_version;
        if hello.sslv2_format || offered < TlsVersion::Tls10 {
            return Err(SniffError::Ssl { offered, sslv2_format: hello.sslv2_format });
        }
        if offered < self.min_version {
            return Err(SniffError::VersionTooOld { offered, min: self.min_version });
        }
        Ok(())
    }

    /// `match`: the SNI names the CONNECT target's host (both normalised as hosts, so
    /// case and one trailing dot do not matter); `allowlist`: `name_allowed` admits it;
    /// `off`: anything. Under `match` and `allowlist` a missing SNI passes only when the
    /// target is an IP literal.
    pub fn check_sni(
        &self,
        sni: Option<&str>,
        target: &Target,
        name_allowed: &NameAllowed<'_>,
    ) -> Result<(), SniffError> {
        let policy = self.sni_policy;
        let sni = match sni {
            Some(sni) => sni,
            None if policy == SniPolicy::Off || target.is_ip() => return Ok(()),
            None => {
                return Err(SniffError::SniMissing {
                    connect_host: target.host.to_string(),
                    policy: policy.config_name(),
                });
            }
        };
        // A name that is not a valid host matches nothing.
        let host = Host::parse(sni).ok();
        match policy {
            SniPolicy::Off => Ok(()),
            SniPolicy::Match if host.as_ref() == Some(&target.host) => Ok(()),
            SniPolicy::Match => {
                Err(SniffError::SniMismatch { sni: sni.to_owned(), connect_host: target.host.to_string() })
            }
            SniPolicy::Allowlist if host.as_ref().is_some_and(name_allowed) => Ok(()),
            SniPolicy::Allowlist => Err(SniffError::SniNotAllowed { sni: sni.to_owned() }),
        }
    }

    /// The second ClientHello, sent after a HelloRetryRequest: the same version and SNI
    /// checks as the first, and the same server name as the first (compared as hosts; a
    /// name added or dropped is a change too). RFC 8446 §4.1.2 lets the client change
    /// only its key shares, cookie, early_data and PSK, so a new name is domain fronting
    /// and is refused whatever `sni_policy` says.
    pub fn check_second_hello(
        &self,
        first: &ClientHello,
        second: &ClientHello,
        target: &Target,
        name_allowed: &NameAllowed<'_>,
    ) -> Result<(), SniffError> {
        self.check_version(second)?;
        if !same_server_name(first.sni.as_deref(), second.sni.as_deref()) {
            return Err(SniffError::SniChanged { first: first.sni.clone(), second: second.sni.clone() });
        }
        self.check_sni(second.sni.as_deref(), target, name_allowed)
    }

    /// Applies `client_certificate_policy` to what the handshake showed; returns the
    /// allowed subject, or `None` when nothing was visible and the policy lets it pass.
    pub fn check_client_certificate(
        &self,
        seen: Result<&ClientCertificate, NotVisible>,
    ) -> Result<Option<String>, SniffError> {
        match (self.client_certificate_policy, seen) {
            (ClientCertPolicy::Off, _) => Ok(None),
            (_, Ok(cert)) if self.allowed_client_certificates.allows(cert) => Ok(Some(cert.subject.clone())),
            (_, Ok(cert)) => Err(SniffError::ClientCertNotAllowed { subject: cert.subject.clone() }),
            (ClientCertPolicy::WhenVisible, Err(_)) => Ok(None),
            (ClientCertPolicy::Require, Err(why)) => Err(SniffError::ClientCertNotVisible { why }),
        }
    }
}

/// Whether two SNIs name the same server: equal as hosts (case and one trailing dot
/// aside), byte for byte when either is no valid host name; two absent SNIs are the same.
fn same_server_name(first: Option<&str>, second: Option<&str>) -> bool {
    match (first, second) {
        (None, None) => true,
        (Some(a), Some(b)) => match (Host::parse(a), Host::parse(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        },
        _ => false,
    }
}

fn bad(key: &'static str, value: &str, expected: &'static str) -> BadRuleValue {
    BadRuleValue { key, value: value.to_owned(), expected }
}

/// Lower-cases and drops whitespace at the ends and next to `,`, `+` and `=`.
fn normalise(dn: &str) -> String {
    const SEPARATORS: [char; 3] = [',', '+', '='];
    let mut out = String::with_capacity(dn.len());
    let mut pending_space = String::new();
    for c in dn.trim().chars() {
        if c.is_whitespace() {
            pending_space.push(c);
            continue;
        }
        let after_separator = out.ends_with(SEPARATORS);
        if !SEPARATORS.contains(&c) && !after_separator {
            out.push_str(&pending_space);
        }
        pending_space.clear();
        out.extend(c.to_lowercase());
    }
    out
}
