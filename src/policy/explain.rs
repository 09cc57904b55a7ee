//! `omsgate explain HOST[:PORT]`: the decision for a target in words. Allowed: the
//! entry that allowed it, where that entry comes from and how it was read. Denied: the
//! nearest entries and why each did not match (the port, the apex of a wildcard, a
//! label wildcard's fixed part, a look-alike). Either way, what is still checked after
//! the name is resolved and inside the tunnel. Pure: policy and target in, facts out;
//! the command line words and prints them.

use super::allowlist::{Allowlist, EntryView, Reading};
use super::{Decision, DenyReason, Policy};
use crate::connect::{Host, Target};

/// At most this many near entries are named for a refused target.
const MAX_NEAR: usize = 5;

/// The facts of one decision.
#[derive(Debug)]
pub struct Explanation<'a> {
    pub target: Target,
    pub verdict: Verdict<'a>,
}

/// Allowed by an entry, or refused with the entries nearest to allowing it.
#[derive(Debug)]
pub enum Verdict<'a> {
    Allowed { entry: EntryView<'a> },
    Denied { reason: DenyReason, near: Vec<(EntryView<'a>, String)> },
}

impl Policy {
    /// Explains the decision for `target` (step 1–2; what follows resolution is stated
    /// by [`Explanation::afterwards`]).
    pub fn explain(&self, target: &Target) -> Explanation<'_> {
        let list = self.allowlist();
        let verdict = match self.decide(target) {
            Decision::Allow(allowed) => match allowed.entry().and_then(|id| list.entry(id)) {
                Some(entry) => Verdict::Allowed { entry },
                None => near(list, target, allowed.would_deny().cloned()),
            },
            Decision::Deny(reason) => near(list, target, Some(reason)),
        };
        Explanation { target: target.clone(), verdict }
    }

    /// What is checked after the allowlist: where the name leads, nothing of which the
    /// allowlist changes.
    pub fn afterwards(&self, target: &Target) -> Vec<String> {
        let mut notes = vec![
            "the name is resolved once and every address is vetted before one is dialled: never the unspecified address (0.0.0.0, ::) nor this gateway's own listeners".to_string(),
        ];
        notes.push(match (self.allow_private, &target.host) {
            (true, _) => "allow_private_destinations = true: loopback, private and link-local addresses may be dialled".into(),
            (false, Host::Ip(ip)) if self.allowlist().lists_ip(*ip) => {
                "the IP literal is listed exactly, so it may be dialled even if private".into()
            }
            (false, _) => {
                "loopback, private, link-local (cloud metadata included) and other non-public addresses are refused (allow_private_destinations = false)".into()
            }
        });
        notes
    }
}

/// Refused for `reason` (in report mode: would be), with the nearest entries.
fn near<'a>(list: &'a Allowlist, target: &Target, reason: Option<DenyReason>) -> Verdict<'a> {
    let reason = reason.unwrap_or_else(|| DenyReason::HostNotAllowed(target.host.to_string()));
    let mut near: Vec<(u8, EntryView<'_>, String)> = list
        .views()
        .filter_map(|e| why_not(&e, target, list.default_ports()).map(|(rank, why)| (rank, e, why)))
        .collect();
    near.sort_by_key(|(rank, e, _)| (*rank, e.id));
    let near = near.into_iter().take(MAX_NEAR).map(|(_, e, why)| (e, why)).collect();
    Verdict::Denied { reason, near }
}

/// Why `entry` does not allow `target`, and how near it is (lower is nearer); `None`
/// when it is not worth naming.
fn why_not(entry: &EntryView<'_>, target: &Target, default_ports: &[u16]) -> Option<(u8, String)> {
    let host = &target.host;
    if entry.reading.matches(host) {
        let ports = match entry.port {
            Some(p) => format!("only port {p}"),
            None => format!("the ports in allowed_ports {default_ports:?}"),
        };
        return Some((0, format!("matches the host but allows {ports}, not {}", target.port)));
    }
    let name = host.as_name()?;
    let ends = |n: &str| name.ends_with(n);
    Some(match entry.reading {
        Reading::Below(n) if name == &**n => {
            (1, format!("matches names below {n}, not {n} itself; add {n} to allow it"))
        }
        Reading::Below(n) | Reading::ThisAndBelow(n) if ends(n) => {
            (1, format!("{name} only ends with the letters of {n}: it is not {n} nor a name below it"))
        }
        Reading::InLabel { prefix, suffix, rest }
            if name.split_once('.').is_some_and(|(_, r)| r == &**rest) =>
        {
            (
                1,
                format!(
                    "the first label must be {prefix}…{suffix}, with one or more characters where the * is"
                ),
            )
        }
        Reading::Exact(n)
        | Reading::Below(n)
        | Reading::ThisAndBelow(n)
        | Reading::InLabel { rest: n, .. }
            if same_domain(name, n) =>
        {
            (2, format!("in the same domain, but it matches {}", entry.reading))
        }
        _ => return None,
    })
}

/// Whether two names share their last two labels (`a.example.com`, `b.c.example.com`).
fn same_domain(a: &str, b: &str) -> bool {
    fn tail(n: &str) -> Vec<&str> {
        n.rsplit('.').take(2).collect()
    }
    tail(a).len() == 2 && tail(a) == tail(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Allowlist;

    fn policy(entries: &[&str]) -> Policy {
        let entries: Vec<String> = entries.iter().map(|s| s.to_string()).collect();
        Policy::new(Allowlist::parse(&entries, &[443]).unwrap(), false, vec![])
    }

    /// The entry that allowed `target`, or the near entries with why each did not.
    fn explain(p: &Policy, target: &str) -> Result<String, Vec<String>> {
        match p.explain(&Target::parse(target).unwrap()).verdict {
            Verdict::Allowed { entry } => Ok(entry.text.to_string()),
            Verdict::Denied { near, .. } => {
                Err(near.into_iter().map(|(e, why)| format!("{}: {why}", e.text)).collect())
            }
        }
    }

    #[test]
    fn allowed_names_its_entry() {
        let p = policy(&["*.ods.opinsights.azure.com", "ws1.ods.opinsights.azure.com"]);
        assert_eq!(
            explain(&p, "ws1.ods.opinsights.azure.com:443"),
            Ok("ws1.ods.opinsights.azure.com".into())
        );
    }

    #[test]
    fn denied_names_the_nearest_entries_and_why() {
        let p = policy(&[
            "api.example.net:8443",
            "*.example.com",
            "azgn*.servicebus.windows.net",
            "other.example.org",
        ]);
        let near = |t: &str| explain(&p, t).unwrap_err();
        assert_eq!(
            near("api.example.net:443"),
            ["api.example.net:8443: matches the host but allows only port 8443, not 443"]
        );
        assert_eq!(
            near("example.com:443"),
            [
                "*.example.com: matches names below example.com, not example.com itself; add example.com to allow it"
            ]
        );
        let lookalike = near("evilexample.com:443");
        assert!(lookalike[0].contains("only ends with the letters of example.com"), "{lookalike:?}");
        let label = near("azgn.servicebus.windows.net:443");
        assert!(label[0].contains("the first label must be azgn…"), "{label:?}");
        assert!(
            near("www.example.org:443")[0]
                .contains("in the same domain, but it matches exactly other.example.org")
        );
        assert!(near("unrelated.test:443").is_empty());
    }
}
