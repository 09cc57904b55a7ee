//! `omsgate explain HOST[:PORT]`: the decision for a target in words. Allowed: the
//! entry that allowed it, where that entry comes from and how it was read. Denied: the
//! nearest entries and why each did not match (the port, the apex of a wildcard, a
//! label wildcard's fixed part, a look-alike). Either way, what is still checked after
//! the name is resolved and inside the tunnel. Pure: policy and target in, facts out;
//! the reasons are [`Msg`]s: English in `--output json` (`Display`), the operator's
//! language at the terminal (`local`).

use super::allowlist::{Allowlist, EntryView, Origin, Reading};
use super::{Bound, DecidedAt, Decision, DenyReason, Policy};
use crate::connect::{Host, Target};
use crate::lang::Msg;
use crate::msg;

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
    Denied { reason: DenyReason, near: Vec<(EntryView<'a>, Msg)> },
}

impl Policy {
    /// Explains the decision for `target` for an agent no identity names (step 1–2;
    /// what follows resolution is stated by [`Policy::afterwards`]).
    pub fn explain(&self, target: &Target) -> Explanation<'_> {
        self.explain_as(target, None)
    }

    /// [`Policy::explain`] for an agent bound to `identity`: a user's list decides with
    /// the CONNECT; a certificate's decides once the global allowlist let it through.
    pub fn explain_as<'a>(
        &'a self,
        target: &Target,
        identity: Option<(&'a Bound, DecidedAt)>,
    ) -> Explanation<'a> {
        match identity {
            None => self.explain_by(target, None),
            Some((bound, DecidedAt::Connect)) => self.explain_by(target, Some(bound)),
            Some((bound, DecidedAt::Handshake)) => match self.explain_by(target, None) {
                Explanation { verdict: Verdict::Allowed { .. }, .. } => self.explain_by(target, Some(bound)),
                refused => refused,
            },
        }
    }

    /// The decision of one list: `identity`'s, or the global one.
    fn explain_by<'a>(&'a self, target: &Target, identity: Option<&'a Bound>) -> Explanation<'a> {
        let list = identity.map_or(self.allowlist(), Bound::allowlist);
        let verdict = match self.decide_as(target, identity) {
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
    pub fn afterwards(&self, target: &Target) -> Vec<Msg> {
        let mut notes = vec![msg!("explain-after-vetted")];
        notes.push(match (self.allow_private, &target.host) {
            (true, _) => msg!("explain-after-private-allowed", setting = "allow_private_destinations = true"),
            (false, Host::Ip(ip)) if self.allowlist().lists_ip(*ip) => msg!("explain-after-ip-listed"),
            (false, _) => {
                msg!("explain-after-private-refused", setting = "allow_private_destinations = false")
            }
        });
        notes
    }
}

/// Refused for `reason` (in report mode: would be), with the nearest entries.
fn near<'a>(list: &'a Allowlist, target: &Target, reason: Option<DenyReason>) -> Verdict<'a> {
    let reason = reason.unwrap_or_else(|| DenyReason::HostNotAllowed(target.host.to_string()));
    let mut near: Vec<(u8, EntryView<'_>, Msg)> = list
        .views()
        .filter_map(|e| why_not(&e, target, list.default_ports()).map(|(rank, why)| (rank, e, why)))
        .collect();
    near.sort_by_key(|(rank, e, _)| (*rank, e.id));
    let near = near.into_iter().take(MAX_NEAR).map(|(_, e, why)| (e, why)).collect();
    Verdict::Denied { reason, near }
}

/// Why `entry` does not allow `target`, and how near it is (lower is nearer); `None`
/// when it is not worth naming.
fn why_not(entry: &EntryView<'_>, target: &Target, default_ports: &[u16]) -> Option<(u8, Msg)> {
    let host = &target.host;
    if entry.reading.matches(host) {
        let ports = match entry.port {
            Some(p) => msg!("explain-near-only-port", port = p.to_string()),
            None => Msg::new("explain-near-default-ports")
                .arg("key", "allowed_ports")
                .arg("ports", format!("{default_ports:?}")),
        };
        return Some((0, msg!("explain-near-port", ports = ports, port = target.port.to_string())));
    }
    let name = host.as_name()?;
    let ends = |n: &str| name.ends_with(n);
    Some(match entry.reading {
        Reading::Below(n) if name == &**n => (1, msg!("explain-near-below", name = &**n)),
        Reading::Below(n) | Reading::ThisAndBelow(n) if ends(n) => {
            (1, msg!("explain-near-lookalike", host = name, name = &**n))
        }
        Reading::InLabel { prefix, suffix, rest }
            if name.split_once('.').is_some_and(|(_, r)| r == &**rest) =>
        {
            (1, msg!("explain-near-label", prefix = &**prefix, suffix = &**suffix))
        }
        Reading::Exact(n)
        | Reading::Below(n)
        | Reading::ThisAndBelow(n)
        | Reading::InLabel { rest: n, .. }
            if same_domain(name, n) =>
        {
            (2, msg!("explain-near-same-domain", reading = reading(entry.reading)))
        }
        _ => return None,
    })
}

/// Where an entry comes from, in words (`Origin`'s `Display` is the English, for JSON).
pub fn origin(origin: &Origin) -> Msg {
    match origin {
        Origin::File => msg!("explain-origin-file"),
        Origin::Default => msg!("explain-origin-default"),
        Origin::Derived(from) => msg!("explain-origin-derived", from = from),
    }
}

/// How an entry is read, in words (`Reading`'s `Display` is the English, for JSON).
pub fn reading(reading: &Reading) -> Msg {
    match reading {
        Reading::Exact(n) => msg!("explain-reading-exact", name = &**n),
        Reading::Below(n) => msg!("explain-reading-below", name = &**n),
        Reading::InLabel { prefix, suffix, rest } => {
            msg!("explain-reading-in-label", prefix = &**prefix, suffix = &**suffix, rest = &**rest)
        }
        Reading::ThisAndBelow(n) => msg!("explain-reading-this-and-below", name = &**n),
        Reading::Ip(ip) => msg!("explain-reading-ip", ip = ip.to_string()),
    }
}

/// Why a tunnel is refused, in words: the same sentence as `DenyReason`'s `Display`
/// (the log's, always English), for the terminal.
pub fn deny_reason(reason: &DenyReason) -> Msg {
    match reason {
        DenyReason::HostNotAllowed(host) => msg!("explain-deny-host", host = host, key = "allowed_hosts"),
        DenyReason::PortNotAllowed { host, port } => {
            msg!("explain-deny-port", port = port.to_string(), host = host, key = "allowed_ports")
        }
        DenyReason::PrivateDestination { target, ip, class } => Msg::new("explain-deny-private")
            .arg("target", target)
            .arg("ip", ip.to_string())
            .arg("class", *class)
            .arg("setting", "allow_private_destinations = true"),
        DenyReason::UnspecifiedDestination { target, ip } => Msg::new("explain-deny-unspecified")
            .arg("target", target)
            .arg("ip", ip.to_string())
            .arg("hosts", "allowed_hosts")
            .arg("private", "allow_private_destinations"),
        DenyReason::OwnAddress(addr) => msg!("explain-deny-own", addr = addr.to_string()),
        DenyReason::MaybeOwnAddress { addr, error } => {
            msg!("explain-deny-maybe-own", addr = addr.to_string(), error = error)
        }
        DenyReason::NotForIdentity { target, identity } => Msg::new("explain-deny-identity")
            .arg("target", target)
            .arg("identity", &**identity)
            .arg("section", "[[identity]]")
            .arg("hosts", "allowed_hosts")
            .arg("workspaces", "azure_workspace_ids")
            .arg("shared", "identity_shared_hosts"),
    }
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

    /// The terminal's words for entries and refusals are the log's and JSON's English
    /// sentences, from the message file.
    #[test]
    fn the_messages_say_in_english_what_display_says() {
        let list = Allowlist::parse(
            &["ws1.example.com", "*.example.com", "azgn*.servicebus.windows.net", "example.net", "10.0.0.1"]
                .map(String::from),
            &[443],
        )
        .unwrap();
        for e in list.views() {
            assert_eq!(reading(e.reading).to_string(), e.reading.to_string());
        }
        for o in
            [Origin::File, Origin::Default, Origin::Derived("azure_monitor_agent, region westeurope".into())]
        {
            assert_eq!(origin(&o).to_string(), o.to_string());
        }
        let ip: std::net::IpAddr = "10.0.0.1".parse().unwrap();
        let addr: std::net::SocketAddr = "10.0.0.1:8080".parse().unwrap();
        let reasons = [
            DenyReason::HostNotAllowed("a.example".into()),
            DenyReason::PortNotAllowed { host: "a.example".into(), port: 8443 },
            DenyReason::PrivateDestination { target: "a.example:443".into(), ip, class: "private" },
            DenyReason::UnspecifiedDestination { target: "a.example:443".into(), ip },
            DenyReason::OwnAddress(addr),
            DenyReason::MaybeOwnAddress { addr, error: "no access".into() },
            DenyReason::NotForIdentity { target: "a.example:443".into(), identity: "store-1".into() },
        ];
        for r in reasons {
            assert_eq!(deny_reason(&r).to_string(), r.to_string());
        }
    }
}
