//! Identity → allowlist binding: `[[identity]]` entries bind an authenticated user
//! (`user = "store-0042"`) or a client-certificate subject (`certificate =
//! "CN=store-0042"`) to the destinations that agent may reach — its own
//! `allowed_hosts`, the hosts the endpoint catalog derives from its own
//! `azure_workspace_ids`, and `identity_shared_hosts` (one list every identity may
//! also reach). An agent bound by an entry is decided against that allowlist instead
//! of the global one; an agent no entry names is decided against the global one.
//!
//! A user identity is known once the CONNECT head is authenticated, so it is decided
//! with the target (403). A certificate identity is known only when the agent's
//! Certificate message is read in a TLS ≤ 1.2 handshake: `sniff` asks
//! [`Identities::for_certificate`] then, and refuses before that flight (or any
//! application byte) is forwarded. TLS 1.3 encrypts the certificate, so its binding
//! cannot be checked; `client_certificate_policy = "require"` refuses such agents.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use super::allowlist::{Allowlist, Match};
use super::catalog::Guid;
use crate::connect::Target;
use crate::lang::Msg;
use crate::msg;
pub use crate::sniff::CertBinding;
use crate::sniff::{CertAllowlist, ClientCertificate};

/// Who an `[[identity]]` entry is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A user of `client_auth_users_file`.
    User(String),
    /// A client-certificate subject: a full DN or `CN=…`, matched as
    /// `allowed_client_certificates` entries are.
    Certificate(String),
}

/// One `[[identity]]` entry as the file writes it (checked field by field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityEntry {
    pub who: Who,
    /// Destinations of this identity, in the `allowed_hosts` entry language.
    pub allowed_hosts: Vec<String>,
    /// Workspaces whose catalog-derived hosts this identity may reach.
    pub azure_workspace_ids: Vec<Guid>,
}

/// The bindings in force, built once per configuration.
#[derive(Debug, Clone, Default)]
pub struct Identities {
    users: HashMap<String, usize>,
    certificates: Vec<(CertAllowlist, usize)>,
    bound: Vec<Bound>,
}

/// One identity and the allowlist it may reach.
#[derive(Clone)]
pub struct Bound {
    name: Arc<str>,
    allowlist: Allowlist,
}

/// When an identity's list decides a tunnel: a user's with the CONNECT; a
/// certificate's at the handshake, once the agent's Certificate message is read (TLS
/// 1.2 and earlier), after the global allowlist let the CONNECT through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecidedAt {
    Connect,
    Handshake,
}

impl Who {
    /// `user=NAME` or `certificate=SUBJECT`, as log lines show it.
    pub fn label(&self) -> String {
        match self {
            Who::User(u) => format!("user={u}"),
            Who::Certificate(c) => format!("certificate={c}"),
        }
    }

    /// The inverse of [`Who::label`]; `None` when `label` is neither form.
    pub fn from_label(label: &str) -> Option<Who> {
        match label.split_once('=')? {
            ("user", user) => Some(Who::User(user.to_string())),
            ("certificate", subject) => Some(Who::Certificate(subject.to_string())),
            _ => None,
        }
    }
}

impl Identities {
    /// Builds the bindings; `allowlist_of` turns one entry into the allowlist it may
    /// reach (its hosts, its derived hosts, the shared list).
    pub fn new(
        entries: &[IdentityEntry],
        allowlist_of: impl Fn(&IdentityEntry) -> Result<Allowlist, Msg>,
    ) -> Result<Identities, Msg> {
        let mut ids = Identities::default();
        for entry in entries {
            let index = ids.bound.len();
            let name: Arc<str> = Arc::from(entry.who.label());
            let about = |problem: Msg| msg!("config-identity-problem", identity = &*name, problem = problem);
            let allowlist = allowlist_of(entry).map_err(about)?;
            match &entry.who {
                Who::User(user) => {
                    if ids.users.insert(user.clone(), index).is_some() {
                        return Err(Msg::new("config-identity-twice")
                            .arg("who", format!("user {user:?}"))
                            .arg("sections", "[[identity]]"));
                    }
                }
                Who::Certificate(subject) => {
                    let one = CertAllowlist::new([subject]).map_err(|e| about(e.msg()))?;
                    if ids.certificates.iter().any(|(c, _)| c.same_subjects(&one)) {
                        return Err(Msg::new("config-identity-twice")
                            .arg("who", format!("certificate {subject:?}"))
                            .arg("sections", "[[identity]]"));
                    }
                    ids.certificates.push((one, index));
                }
            }
            ids.bound.push(Bound { name, allowlist });
        }
        Ok(ids)
    }

    /// Every identity, in the file's order (`check` lists what each may reach).
    pub fn bound(&self) -> &[Bound] {
        &self.bound
    }

    /// Whether no identity is configured.
    pub fn is_empty(&self) -> bool {
        self.bound.is_empty()
    }

    /// Whether some identity is bound to a certificate (the handshake must be followed
    /// to the agent's Certificate message).
    pub fn has_certificates(&self) -> bool {
        !self.certificates.is_empty()
    }

    /// The identity of an authenticated user, if an entry names it.
    pub fn for_user(&self, user: &str) -> Option<&Bound> {
        self.users.get(user).map(|i| &self.bound[*i])
    }

    /// The identity bound to `who` (a certificate subject as its section writes it), and
    /// when its list decides (`explain`).
    pub fn named(&self, who: &Who) -> Option<(&Bound, DecidedAt)> {
        match who {
            Who::User(user) => self.for_user(user).map(|bound| (bound, DecidedAt::Connect)),
            Who::Certificate(_) => {
                let label = who.label();
                let mut certificates = self.certificates.iter().map(|(_, i)| &self.bound[*i]);
                certificates.find(|bound| *bound.name == *label).map(|bound| (bound, DecidedAt::Handshake))
            }
        }
    }

    /// What the identity of `cert` (the first entry it matches) says about `target`.
    pub fn for_certificate(&self, cert: &ClientCertificate, target: &Target) -> CertBinding {
        let Some((_, i)) = self.certificates.iter().find(|(c, _)| c.allows(cert)) else {
            return CertBinding::Unbound;
        };
        let bound = &self.bound[*i];
        match bound.allows(target) {
            true => CertBinding::Allows(bound.name.clone()),
            false => CertBinding::Refuses(bound.name.clone()),
        }
    }
}

impl Bound {
    /// `user=NAME` or `certificate=SUBJECT`.
    pub fn name(&self) -> &Arc<str> {
        &self.name
    }

    /// What this identity may reach.
    pub fn allowlist(&self) -> &Allowlist {
        &self.allowlist
    }

    /// Whether this identity may reach `target` (host and port).
    pub fn allows(&self, target: &Target) -> bool {
        matches!(self.allowlist.check(&target.host, target.port), Match::Allowed { .. })
    }
}

impl fmt::Debug for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Bound").field("name", &self.name).field("entries", &self.allowlist.len()).finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::config::{Source, from_text};
    use crate::connect::Target;
    use crate::policy::{Decision, DenyReason};

    const A: &str = "1a2b3c4d-0000-4000-8000-00000000000a";
    const B: &str = "1a2b3c4d-0000-4000-8000-00000000000b";

    fn target(host: &str) -> Target {
        Target::parse(&format!("{host}:443")).unwrap()
    }

    /// Two workspaces allowed globally; store-1 bound to A, a certificate to B.
    fn settings() -> (tempfile::TempDir, crate::config::Settings) {
        let dir = tempfile::tempdir().unwrap();
        let users = dir.path().join("agent-users");
        std::fs::write(&users, format!("store-1:{}\n", bcrypt::hash("pw", 4).unwrap())).unwrap();
        let text = format!(
            "services = [\"log_analytics_agent\"]\nazure_workspace_ids = [\"{A}\", \"{B}\"]\n\
             client_auth = \"basic\"\nclient_auth_users_file = {users:?}\n\
             identity_shared_hosts = [\"shared.example.com\"]\n\
             [[identity]]\nuser = \"store-1\"\nazure_workspace_ids = [\"{A}\"]\nallowed_hosts = [\"own.example.com\"]\n\
             [[identity]]\ncertificate = \"CN=store-2\"\nazure_workspace_ids = [\"{B}\"]\n"
        );
        (dir, from_text(&text, Source::Embedded).unwrap())
    }

    #[test]
    fn a_label_names_its_identity_and_when_its_list_decides() {
        use super::{DecidedAt, Who};
        let (_dir, s) = settings();
        for label in ["user=store-1", "certificate=CN=store-2", "user=nobody"] {
            let who = Who::from_label(label).unwrap();
            assert_eq!(who.label(), label, "from_label undoes label");
            let found = s.identities.named(&who).map(|(b, at)| (b.name().to_string(), at));
            let expected = match label {
                "user=store-1" => Some((label.to_string(), DecidedAt::Connect)),
                "certificate=CN=store-2" => Some((label.to_string(), DecidedAt::Handshake)),
                _ => None,
            };
            assert_eq!(found, expected, "{label}");
        }
        assert_eq!(Who::from_label("store-1"), None);
        assert_eq!(Who::from_label("group=a"), None);
    }

    #[test]
    fn a_user_identity_reaches_its_workspace_its_hosts_and_the_shared_ones_only() {
        let (_dir, s) = settings();
        let policy = crate::policy::Policy::new(s.allowlist.clone(), false, vec![])
            .with_agents(None, s.identities.clone());
        let bound = policy.identity_of(Some("store-1")).expect("store-1 is bound");
        assert_eq!(&**bound.name(), "user=store-1");
        for allowed in
            [format!("{A}.ods.opinsights.azure.com"), "own.example.com".into(), "shared.example.com".into()]
        {
            assert!(
                matches!(policy.decide_as(&target(&allowed), Some(bound)), Decision::Allow(_)),
                "{allowed}"
            );
        }
        let b = target(&format!("{B}.ods.opinsights.azure.com"));
        assert!(matches!(policy.decide(&b), Decision::Allow(_)), "the global allowlist has B");
        match policy.decide_as(&b, Some(bound)) {
            Decision::Deny(DenyReason::NotForIdentity { identity, .. }) => {
                assert_eq!(&*identity, "user=store-1")
            }
            other => panic!("{other:?}"),
        }
        assert!(policy.identity_of(Some("store-9")).is_none(), "an unbound user keeps the global allowlist");
        assert!(policy.identity_of(None).is_none());
    }

    #[test]
    fn a_certificate_identity_is_checked_against_the_target() {
        let (_dir, s) = settings();
        assert!(s.identities.has_certificates());
        let cert = crate::sniff::ClientCertificate {
            subject: "O=Contoso, CN=store-2".into(),
            subject_reversed: "CN=store-2, O=Contoso".into(),
            common_names: vec!["store-2".into()],
        };
        let to = |ws: &str| target(&format!("{ws}.ods.opinsights.azure.com"));
        assert_eq!(
            s.identities.for_certificate(&cert, &to(B)),
            super::CertBinding::Allows("certificate=CN=store-2".into())
        );
        assert_eq!(
            s.identities.for_certificate(&cert, &to(A)),
            super::CertBinding::Refuses("certificate=CN=store-2".into())
        );
        let other = crate::sniff::ClientCertificate { common_names: vec!["store-3".into()], ..cert };
        assert_eq!(s.identities.for_certificate(&other, &to(A)), super::CertBinding::Unbound);
    }

    #[test]
    fn identity_entries_are_checked() {
        for (text, needle) in [
            ("[[identity]]\nuser = \"a\"\n", "needs client_auth = \"basic\""),
            (
                "[[identity]]\ncertificate = \"CN=a\"\nazure_workspace_ids = [\"1a2b3c4d-0000-4000-8000-00000000000a\"]\n",
                "need services",
            ),
            ("[[identity]]\nuser = \"a\"\ncertificate = \"CN=a\"\n", "exactly one of"),
            ("[[identity]]\ncertificate = \"nocn\"\n", "allowed_client_certificates entry"),
            ("[[identity]]\ncertificate = \"CN=a\"\nallowed_hosts = [\"*.\"]\n", "entry \"*.\""),
            ("[[identity]]\ncertificate = \"CN=a\"\nhosts = []\n", "field `hosts` is unknown"),
            (
                "[[identity]]\ncertificate = \"CN=a\"\n[[identity]]\ncertificate = \"cn=A\"\n",
                "two [[identity]] entries",
            ),
            ("client_auth = \"basic\"\n", "needs client_auth_users_file"),
        ] {
            let err = from_text(text, Source::Embedded).unwrap_err().message.to_string();
            assert!(err.contains(needle), "{text}: {err}");
        }
    }

    #[test]
    fn identities_print_back_as_config_that_means_the_same() {
        let (_dir, s) = settings();
        let again = from_text(&s.describe(), Source::Embedded).unwrap();
        assert_eq!(again.keys.identity, s.keys.identity);
        assert!(s.describe().contains("identity = [{ user = \"store-1\""), "{}", s.describe());
    }
}
