//! The allowlist of destinations, built once from `allowed_hosts` and `allowed_ports`
//! and looked up once per tunnel. Lookup cost does not grow with the number of entries:
//! exact names are one hash probe, in-label wildcards one probe for the name past its
//! leftmost label (then the few patterns sharing that suffix), `*.suffix` wildcards one
//! probe per label of the requested host, IP literals one probe. 10,000 entries is a
//! normal allowlist.
//!
//! Entry forms (evaluation: a host is allowed when any entry matches it; a port when
//! any matching entry allows it; the README has the table of what each matches):
//! - `name.example.com` — exactly that name;
//! - `*.example.com` — any name below example.com at any depth, not example.com itself;
//! - `azgn*.servicebus.windows.net`, `san-af-*-prod.azurewebsites.net` — a `*` inside
//!   the leftmost label: one or more characters of that label, never a dot;
//! - `*login.microsoft.com` — Microsoft's dotless form (a `*` then a letter or digit):
//!   read as `login.microsoft.com` and every name below it, never `xlogin.microsoft.com`;
//! - `10.0.0.5`, `2001:db8::5`, `[2001:db8::5]` — exactly that IP literal;
//! - any of the above with `:PORT` — that port only, for that entry only; without one,
//!   every port in `allowed_ports`.

use std::collections::HashMap;
use std::fmt;
use std::net::IpAddr;

use crate::connect::{Host, Target, TargetError};
use crate::lang::Msg;
use crate::msg;

/// An entry's position in the allowlist: which one matched.
pub type EntryId = u32;

/// Where an entry comes from, shown beside it by `check`, `allowed-host list --all` and
/// `explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// `allowed_hosts` in the config file.
    File,
    /// The default `allowed_hosts` (the file does not set it).
    Default,
    /// Derived from other settings (the endpoint catalog), with what it was derived from.
    Derived(String),
}

/// How an entry was read, for `check`, `explain` and the tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// Exactly this name.
    Exact(Box<str>),
    /// Any name below this one, at any depth.
    Below(Box<str>),
    /// `prefix*suffix` as the leftmost label, then exactly `rest`.
    InLabel { prefix: Box<str>, suffix: Box<str>, rest: Box<str> },
    /// This name and every name below it (Microsoft's dotless `*name`).
    ThisAndBelow(Box<str>),
    /// Exactly this IP literal (IPv4-mapped IPv6 read as the IPv4 address).
    Ip(IpAddr),
}

/// What the allowlist says of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Host and port allowed by `entry`; `explicit_port` when an `entry:PORT` names this
    /// port (such tunnels may skip TLS inspection when `tls_inspection = false`).
    Allowed { explicit_port: bool, entry: EntryId },
    /// The host is listed, but not with this port.
    PortNotAllowed,
    /// No entry matches the host.
    HostNotAllowed,
}

/// Parsed `allowed_hosts` + `allowed_ports`.
#[derive(Debug, Clone, Default)]
pub struct Allowlist {
    /// The entries as written, and how each was read with its `:PORT` and origin.
    entries: Vec<String>,
    readings: Vec<(Reading, Option<u16>, Origin)>,
    default_ports: Vec<u16>,
    exact: HashMap<Box<str>, Vec<Rule>>,
    below: HashMap<Box<str>, Vec<Rule>>,
    /// In-label wildcards, by the name past their leftmost label.
    in_label: HashMap<Box<str>, InLabel>,
    ips: HashMap<IpAddr, Vec<Rule>>,
    /// A pattern set ([`Allowlist::patterns`]): an entry without `:PORT` matches every
    /// port rather than those of `allowed_ports`.
    every_port: bool,
}

/// One entry, for `check`, `explain` and `allowed-host list --all`.
#[derive(Debug, Clone, Copy)]
pub struct EntryView<'a> {
    pub id: EntryId,
    /// As written.
    pub text: &'a str,
    pub reading: &'a Reading,
    /// Its `:PORT`; `None`: `allowed_ports`.
    pub port: Option<u16>,
    pub origin: &'a Origin,
}

/// One entry's port rule where a pattern matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rule {
    /// `None`: every port in `allowed_ports`.
    port: Option<u16>,
    entry: EntryId,
}

/// The in-label wildcards sharing the name past their leftmost label, indexed by their
/// fixed prefix (or, when it is empty, their fixed suffix): a lookup probes once per
/// distinct prefix (suffix) length, so thousands of patterns under one domain cost a
/// few probes, not a scan.
#[derive(Debug, Clone, Default)]
struct InLabel {
    by_prefix: HashMap<Box<str>, Vec<(LabelPattern, Rule)>>,
    prefix_lens: Vec<usize>,
    by_suffix: HashMap<Box<str>, Vec<(LabelPattern, Rule)>>,
    suffix_lens: Vec<usize>,
}

/// The leftmost label of an in-label wildcard: `prefix`, one or more characters, `suffix`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LabelPattern {
    prefix: Box<str>,
    suffix: Box<str>,
}

impl Allowlist {
    /// Parses entries from the config file; an error names the entry and what is wrong.
    pub fn parse(entries: &[String], default_ports: &[u16]) -> Result<Allowlist, Msg> {
        Allowlist::from_sources(&[(Origin::File, entries.to_vec())], default_ports)
    }

    /// Parses entries from each origin, in order; an error names the entry.
    pub fn from_sources(sources: &[(Origin, Vec<String>)], default_ports: &[u16]) -> Result<Allowlist, Msg> {
        let mut list = Allowlist { default_ports: default_ports.to_vec(), ..Allowlist::default() };
        list.default_ports.sort_unstable();
        list.default_ports.dedup();
        let all = sources.iter().flat_map(|(origin, entries)| entries.iter().map(move |e| (origin, e)));
        for (id, (origin, entry)) in all.enumerate() {
            let (reading, port) = parse_entry(entry).map_err(|e| entry_problem(entry, e))?;
            let entry_id = u32::try_from(id).map_err(|_| msg!("config-too-many-entries", max = u32::MAX))?;
            let rule = Rule { port, entry: entry_id };
            match &reading {
                Reading::Exact(n) => list.exact.entry(n.clone()).or_default().push(rule),
                Reading::Below(n) => list.below.entry(n.clone()).or_default().push(rule),
                Reading::ThisAndBelow(n) => {
                    list.exact.entry(n.clone()).or_default().push(rule);
                    list.below.entry(n.clone()).or_default().push(rule);
                }
                Reading::InLabel { prefix, suffix, rest } => {
                    let pattern = LabelPattern { prefix: prefix.clone(), suffix: suffix.clone() };
                    list.in_label.entry(rest.clone()).or_default().insert(pattern, rule);
                }
                Reading::Ip(ip) => list.ips.entry(*ip).or_default().push(rule),
            }
            list.readings.push((reading, port, origin.clone()));
            list.entries.push(entry.clone());
        }
        Ok(list)
    }

    /// The same language as a set of host patterns, where an entry without `:PORT`
    /// matches every port (`relay_bypass`, `relay_route`): one reader and one matcher
    /// for every list of hosts in the config.
    pub fn patterns(sources: &[(Origin, Vec<String>)]) -> Result<Allowlist, Msg> {
        Ok(Allowlist { every_port: true, ..Allowlist::from_sources(sources, &[])? })
    }

    /// Checks one entry alone, as `allowed-host add` and the key table do.
    pub fn check_entry(entry: &str) -> Result<(), Msg> {
        parse_entry(entry).map(drop).map_err(|e| entry_problem(entry, e))
    }

    /// Decides a host and port against the list. The most specific matching entry is
    /// named (exact, then in-label, then the longest `*.suffix`), one naming the port
    /// before one that allows it through `allowed_ports`.
    pub fn check(&self, host: &Host, port: u16) -> Match {
        let (mut listed, mut by_default, mut by_entry) = (false, None, None);
        let mut look = |rule: &Rule| {
            listed = true;
            match rule.port {
                Some(p) if p == port => by_entry = by_entry.or(Some(rule.entry)),
                None if self.every_port || self.default_ports.binary_search(&port).is_ok() => {
                    by_default = by_default.or(Some(rule.entry));
                }
                _ => {}
            }
        };
        match host {
            Host::Ip(ip) => self.ips.get(&canonical(*ip)).into_iter().flatten().for_each(&mut look),
            Host::Name(name) => {
                self.exact.get(&**name).into_iter().flatten().for_each(&mut look);
                if let Some((label, rest)) = name.split_once('.')
                    && let Some(group) = self.in_label.get(rest)
                {
                    group
                        .candidates(label)
                        .filter(|(p, _)| p.matches(label))
                        .for_each(|(_, rule)| look(rule));
                }
                // Each proper suffix after a dot: a.b.example.com → b.example.com, example.com, com.
                let mut rest: &str = name;
                while let Some(dot) = rest.find('.') {
                    rest = &rest[dot + 1..];
                    self.below.get(rest).into_iter().flatten().for_each(&mut look);
                }
            }
        }
        match (by_entry, by_default, listed) {
            (Some(entry), _, _) => Match::Allowed { explicit_port: true, entry },
            (None, Some(entry), _) => Match::Allowed { explicit_port: false, entry },
            (None, None, true) => Match::PortNotAllowed,
            (None, None, false) => Match::HostNotAllowed,
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

    /// Entry `id`: as written, how it was read, its `:PORT`, and where it comes from.
    pub fn entry(&self, id: EntryId) -> Option<EntryView<'_>> {
        let (reading, port, origin) = self.readings.get(id as usize)?;
        Some(EntryView { id, text: self.entries.get(id as usize)?, reading, port: *port, origin })
    }

    /// Every entry, in order.
    pub fn views(&self) -> impl Iterator<Item = EntryView<'_>> {
        (0..self.entries.len() as EntryId).filter_map(|id| self.entry(id))
    }

    /// `allowed_ports`, sorted.
    pub fn default_ports(&self) -> &[u16] {
        &self.default_ports
    }

    /// How many entries are loaded.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing at all is allowed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Reading {
    /// Whether this entry matches `host` (any port): the rule the index answers in a few
    /// hash probes, as a plain comparison, for `explain` and the tests.
    pub fn matches(&self, host: &Host) -> bool {
        let below = |name: &str, n: &str| {
            name.len() > n.len() + 1 && name.ends_with(n) && name.as_bytes()[name.len() - n.len() - 1] == b'.'
        };
        match (self, host) {
            (Reading::Ip(ip), Host::Ip(h)) => *ip == canonical(*h),
            (Reading::Exact(n), Host::Name(name)) => **name == **n,
            (Reading::Below(n), Host::Name(name)) => below(name, n),
            (Reading::ThisAndBelow(n), Host::Name(name)) => **name == **n || below(name, n),
            (Reading::InLabel { prefix, suffix, rest }, Host::Name(name)) => {
                name.split_once('.').is_some_and(|(label, r)| {
                    r == &**rest
                        && LabelPattern { prefix: prefix.clone(), suffix: suffix.clone() }.matches(label)
                })
            }
            _ => false,
        }
    }
}

impl InLabel {
    fn insert(&mut self, pattern: LabelPattern, rule: Rule) {
        let (map, lens, key) = match pattern.prefix.is_empty() {
            false => (&mut self.by_prefix, &mut self.prefix_lens, pattern.prefix.clone()),
            true => (&mut self.by_suffix, &mut self.suffix_lens, pattern.suffix.clone()),
        };
        if let Err(at) = lens.binary_search(&key.len()) {
            lens.insert(at, key.len());
        }
        map.entry(key).or_default().push((pattern, rule));
    }

    /// The patterns whose fixed prefix (or suffix) the label starts (ends) with.
    fn candidates<'a>(&'a self, label: &'a str) -> impl Iterator<Item = &'a (LabelPattern, Rule)> {
        let prefixed = self.prefix_lens.iter().filter_map(|&n| self.by_prefix.get(label.get(..n)?));
        let suffixed = self
            .suffix_lens
            .iter()
            .filter_map(|&n| self.by_suffix.get(label.get(label.len().checked_sub(n)?..)?));
        prefixed.chain(suffixed).flatten()
    }
}

impl LabelPattern {
    /// The label is `prefix`, one or more characters, `suffix` (labels hold no dot).
    fn matches(&self, label: &str) -> bool {
        label.len() > self.prefix.len() + self.suffix.len()
            && label.starts_with(&*self.prefix)
            && label.ends_with(&*self.suffix)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File => f.write_str("file"),
            Origin::Default => f.write_str("default"),
            Origin::Derived(from) => write!(f, "derived: {from}"),
        }
    }
}

impl fmt::Display for Reading {
    /// What the entry matches, in words, for `check` and `explain`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reading::Exact(n) => write!(f, "exactly {n}"),
            Reading::Below(n) => write!(f, "any name below {n} (not {n} itself)"),
            Reading::InLabel { prefix, suffix, rest } => write!(
                f,
                "a name {prefix}…{suffix}.{rest} whose first label has one or more characters where the * is"
            ),
            Reading::ThisAndBelow(n) => write!(f, "{n} and any name below it (Microsoft's dotless *{n})"),
            Reading::Ip(ip) => write!(f, "exactly the address {ip}"),
        }
    }
}

/// `entry "…": what is wrong`.
fn entry_problem(entry: &str, problem: Msg) -> Msg {
    msg!("config-entry-problem", entry = format!("{entry:?}"), problem = problem)
}

/// Why a host or port in the config cannot be one, in the operator's language. (The
/// same errors in an agent's CONNECT stay English: they go into a 400's body.)
pub fn target_problem(e: TargetError) -> Msg {
    match e {
        TargetError::NotAuthority => msg!("config-target-not-authority", form = "host:port"),
        TargetError::Userinfo => msg!("config-target-userinfo", form = "user@host"),
        TargetError::Percent => msg!("config-target-percent", character = "'%'"),
        TargetError::ControlByte => msg!("config-target-control-byte"),
        TargetError::BadPort => msg!("config-target-bad-port", min = 1, max = u16::MAX),
        TargetError::EmptyLabel => msg!("config-target-empty-label"),
        TargetError::HostTooLong => msg!("config-target-host-too-long", max = 253),
        TargetError::LabelTooLong => msg!("config-target-label-too-long", max = 63),
        TargetError::BadHostChar => msg!("config-target-bad-host-char"),
        TargetError::AmbiguousNumeric => msg!("config-target-ambiguous-numeric"),
        TargetError::BadIpv6 => msg!("config-target-bad-ipv6"),
    }
}

/// Reads one entry: its pattern and its `:PORT`.
fn parse_entry(entry: &str) -> Result<(Reading, Option<u16>), Msg> {
    let entry = entry.trim();
    // An unbracketed IPv6 literal has no port.
    if let Ok(ip) = entry.parse::<IpAddr>() {
        return Ok((Reading::Ip(canonical(ip)), None));
    }
    let (host, port) = match entry.rsplit_once(':') {
        Some((host, port)) if !entry.ends_with(']') => {
            let port = Target::parse(&format!("x:{port}")).map_err(target_problem)?.port;
            (host, Some(port))
        }
        _ => (entry, None),
    };
    let host = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok((Reading::Ip(canonical(ip)), port));
    }
    if !host.contains('*') {
        return match Host::parse(host).map_err(target_problem)? {
            Host::Ip(ip) => Ok((Reading::Ip(canonical(ip)), port)),
            Host::Name(n) => Ok((Reading::Exact(n), port)),
        };
    }
    let (first, rest) =
        host.split_once('.').ok_or_else(|| msg!("config-wildcard-needs-name", example = "*.example.com"))?;
    if rest.contains('*') {
        return Err(Msg::new("config-wildcard-leftmost-label-as-in")
            .arg("star", "*")
            .arg("example", "*.example.com")
            .arg("other", "azgn*.example.com"));
    }
    let name = |text: &str| match Host::parse(text) {
        Ok(Host::Name(n)) => Ok(n),
        Ok(Host::Ip(_)) => Err(msg!("config-wildcard-in-ip-address")),
        Err(e) => Err(target_problem(e)),
    };
    let Some((prefix, suffix)) = first.split_once('*') else {
        return Err(msg!("config-wildcard-leftmost-label", star = "*"));
    };
    let reading = match (prefix, suffix) {
        ("", "") => Reading::Below(name(rest)?),
        _ if suffix.contains('*') => return Err(msg!("config-wildcard-one-per-entry", star = "*")),
        // Microsoft's dotless form: `*login.microsoft.com`.
        ("", after) if after.starts_with(|c: char| c.is_ascii_alphanumeric()) => {
            Reading::ThisAndBelow(name(&format!("{after}.{rest}"))?)
        }
        (prefix, suffix) => {
            // The label without its * must still be a valid label, and so must the rest.
            name(&format!("{prefix}x{suffix}.{rest}"))?;
            Reading::InLabel {
                prefix: prefix.to_ascii_lowercase().into(),
                suffix: suffix.to_ascii_lowercase().into(),
                rest: name(rest)?,
            }
        }
    };
    Ok((reading, port))
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
        use Verdict::{Allowed, Explicit, HostNotAllowed, PortNotAllowed};
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
            assert_eq!(verdict(check(&l, target)), want, "{name}: {target}");
        }
    }

    /// A match without the entry that made it, so tables read as verdicts.
    #[derive(Debug, PartialEq, Eq)]
    enum Verdict {
        Allowed,
        Explicit,
        PortNotAllowed,
        HostNotAllowed,
    }

    fn verdict(m: Match) -> Verdict {
        match m {
            Match::Allowed { explicit_port: false, .. } => Verdict::Allowed,
            Match::Allowed { explicit_port: true, .. } => Verdict::Explicit,
            Match::PortNotAllowed => Verdict::PortNotAllowed,
            Match::HostNotAllowed => Verdict::HostNotAllowed,
        }
    }

    /// Microsoft's forms from the Azure Arc and Azure Monitor Agent endpoint lists.
    #[test]
    fn microsofts_forms() {
        let l = list(&[
            "azgn*.servicebus.windows.net",
            "san-af-*-prod.azurewebsites.net",
            "*login.microsoft.com",
            "*.obo.arc.azure.com:8084",
            "www.microsoft.com:80",
            "*-edge.example.net",
        ]);
        use Verdict::{Allowed, Explicit, HostNotAllowed, PortNotAllowed};
        for (name, target, want) in [
            ("in-label: chars after the fixed part", "azgn1a2b.servicebus.windows.net:443", Allowed),
            ("in-label: normalised first", "AZGN7.ServiceBus.windows.net.:443", Allowed),
            ("in-label: one or more chars, not zero", "azgn.servicebus.windows.net:443", HostNotAllowed),
            ("in-label: never a dot", "azgn.x.servicebus.windows.net:443", HostNotAllowed),
            ("in-label: never below", "a.azgn1.servicebus.windows.net:443", HostNotAllowed),
            ("in-label: the fixed part is a prefix", "xazgn1.servicebus.windows.net:443", HostNotAllowed),
            ("in-label: the rest is exact", "azgn1.servicebus.windows.net.evil.com:443", HostNotAllowed),
            ("in-label: middle", "san-af-westeurope-prod.azurewebsites.net:443", Allowed),
            ("in-label: middle needs a char", "san-af--prod.azurewebsites.net:443", HostNotAllowed),
            ("in-label: suffix must end the label", "san-af-x-prod2.azurewebsites.net:443", HostNotAllowed),
            ("in-label: leading *-", "eu-edge.example.net:443", Allowed),
            ("in-label: leading *- needs a char", "-edge.example.net:443", HostNotAllowed),
            ("dotless: the name itself", "login.microsoft.com:443", Allowed),
            ("dotless: below it", "westeurope.login.microsoft.com:443", Allowed),
            ("dotless: never a lookalike", "evillogin.microsoft.com:443", HostNotAllowed),
            ("dotless: never the parent", "microsoft.com:443", HostNotAllowed),
            ("wildcard with a port", "gw.obo.arc.azure.com:8084", Explicit),
            ("wildcard with a port, other port", "gw.obo.arc.azure.com:443", PortNotAllowed),
            ("exact on port 80", "www.microsoft.com:80", Explicit),
            ("exact on port 80 only", "www.microsoft.com:443", PortNotAllowed),
        ] {
            assert_eq!(verdict(check(&l, target)), want, "{name}: {target}");
        }
    }

    #[test]
    fn the_most_specific_entry_is_named() {
        let l = list(&[
            "*.example.com",
            "api.example.com",
            "api*.example.com",
            "*.api.example.com",
            "api.example.com:8443",
        ]);
        let entry = |t: &str| match check(&l, t) {
            Match::Allowed { entry, .. } => l.entries()[entry as usize].clone(),
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(entry("api.example.com:443"), "api.example.com", "exact before wildcards");
        assert_eq!(entry("api2.example.com:443"), "api*.example.com", "in-label before *.suffix");
        assert_eq!(entry("x.api.example.com:443"), "*.api.example.com", "the longest suffix first");
        assert_eq!(entry("api.example.com:8443"), "api.example.com:8443", "the entry naming the port");
        assert_eq!(entry("other.example.com:443"), "*.example.com");
    }

    #[test]
    fn each_entry_says_how_it_was_read() {
        let l = list(&[
            "*login.microsoft.com",
            "azgn*.servicebus.windows.net",
            "*.x.com:8084",
            "[::ffff:10.0.0.5]",
        ]);
        let read = |id| l.entry(id).map(|e| (e.reading.to_string(), e.port)).unwrap();
        assert_eq!(
            read(0).0,
            "login.microsoft.com and any name below it (Microsoft's dotless *login.microsoft.com)"
        );
        assert!(read(1).0.starts_with("a name azgn….servicebus.windows.net"), "{}", read(1).0);
        assert_eq!(read(2), ("any name below x.com (not x.com itself)".into(), Some(8084)));
        assert_eq!(read(3).0, "exactly the address 10.0.0.5");
    }

    /// The index and a plain scan of every entry agree, for hosts near every entry.
    #[test]
    fn the_index_answers_what_each_entry_says() {
        let l = list(&[
            "*.ods.opinsights.azure.com",
            "exact.example.com",
            "azgn*.servicebus.windows.net",
            "san-af-*-prod.azurewebsites.net",
            "*login.microsoft.com",
            "10.0.0.5",
            "*-edge.example.net",
        ]);
        let hosts = [
            "ws1.ods.opinsights.azure.com",
            "ods.opinsights.azure.com",
            "evilods.opinsights.azure.com",
            "exact.example.com",
            "a.exact.example.com",
            "azgn1.servicebus.windows.net",
            "azgn.servicebus.windows.net",
            "san-af-x-prod.azurewebsites.net",
            "login.microsoft.com",
            "eu.login.microsoft.com",
            "xlogin.microsoft.com",
            "10.0.0.5",
            "10.0.0.6",
            "a-edge.example.net",
            "-edge.example.net",
        ];
        for host in hosts {
            let host = Host::parse(host).unwrap();
            let scanned = l.views().any(|e| e.reading.matches(&host));
            let indexed = l.check(&host, 443) != Match::HostNotAllowed;
            assert_eq!(scanned, indexed, "{host}");
        }
    }

    /// Thousands of in-label patterns under one domain, by prefix and by suffix.
    #[test]
    fn many_in_label_patterns_under_one_domain() {
        let mut entries: Vec<String> = (0..3000).map(|i| format!("app{i}-*.example.org")).collect();
        entries.extend((0..3000).map(|i| format!("*-edge{i}.example.org")));
        let l = Allowlist::parse(&entries, &[443]).unwrap();
        let hit = |host: &str| matches!(check(&l, &format!("{host}:443")), Match::Allowed { .. });
        assert!(hit("app2999-x.example.org") && hit("app7-eu.example.org") && hit("eu-edge2999.example.org"));
        assert!(!hit("app2999-.example.org") && !hit("app3000-x.example.org") && !hit("app12x.example.org"));
        assert!(!hit("-edge5.example.org") && !hit("eu-edge5x.example.org") && !hit("app1-x.example.net"));
    }

    #[test]
    fn bad_entries_name_themselves() {
        for bad in [
            "*",
            "*.",
            "a.*.com",
            "a*b*.com",
            "**.com",
            "*.10.0.0.1",
            "10.0.*.1",
            "exa mple.com",
            "host:0",
            "host:99999",
            "[::1",
            "azgn*",
        ] {
            let entries = vec![bad.to_string()];
            let err = Allowlist::parse(&entries, &[443]).unwrap_err().to_string();
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
        assert_eq!(verdict(check(&l, "host9998.example.com:443")), Verdict::Allowed);
        assert_eq!(verdict(check(&l, "x.y.tenant9999.example.net:443")), Verdict::Allowed);
        assert_eq!(check(&l, "host9999.example.com:443"), Match::HostNotAllowed);
    }
}
