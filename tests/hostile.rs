//! "Never an open proxy": a hostile-input suite of the project's own. A seeded corpus of
//! CONNECT request-targets is checked against a reference reader and matcher written
//! here, independently of `src/`: every target in process, a sample through the binary.
//!
//! For every target `t` (an exhaustive loop over the corpus, and a proptest over random
//! splices of hostile fragments):
//! - `Target::parse(t)` refuses it, or the policy allows it exactly when the reference
//!   says an entry of [`reference::allowlist`] matches its normalised form, with the same
//!   port verdict: nothing wrongly allowed, nothing wrongly refused;
//! - a target the parser accepts means to it what it means to the reference (host, port);
//! - a target the reference reads strictly (no leniency) is never refused;
//! - the CONNECT head carrying `t` yields the parser's target, or a refusal.
//!
//! Targets the reference reads only leniently (userinfo, `%`-encoding, zone IDs, legacy
//! IPv4 forms, ...) may be refused; those an entry would match are tallied in the output.
//!
//! Corpus at the default seed (`HOSTILE_SEED=<u64>` for another): targets per family,
//! how many the parser accepts, and how many the policy allows (the test prints these,
//! with the lenient readings refused, for any seed):
//!
//! | family           | targets | parsed | allowed | what                                             |
//! |------------------|--------:|-------:|--------:|--------------------------------------------------|
//! | case             |     741 |    741 |     135 | random and all upper case, listed and unlisted   |
//! | trailing-dots    |     702 |    171 |      44 | 1–5 trailing dots on names and IPv4 addresses    |
//! | empty-labels     |     580 |      8 |       2 | leading dots, doubled dots, empty hosts          |
//! | ipv4-forms       |     864 |     80 |       7 | decimal, octal, hex, short, leading zeros, 5 parts |
//! | ipv6-forms       |     676 |    416 |     130 | expanded, upper case, mapped, compatible, NAT64  |
//! | ipv6-zones       |     140 |      0 |       0 | `%eth0`, `%25eth0`, empty and odd zones          |
//! | brackets         |     576 |     32 |      10 | missing, unbalanced, doubled, empty, misplaced   |
//! | userinfo         |     630 |      0 |       0 | `user@`, `user:pw@`, `@` before, after, twice    |
//! | encodings        |    1136 |     63 |      28 | `%2e`, `%00`, homoglyphs, `．`, `\`, SP HT CR LF NUL |
//! | overlong         |     318 |    108 |      60 | labels of 62–255 bytes, names of 250–9000 bytes  |
//! | ports            |     676 |    169 |      40 | none, 0, 65536, +443, 0443, 443., two, wrapping  |
//! | suffix-confusion |     560 |    502 |      65 | apexes, parents, glued and appended look-alikes  |
//! | mixed            |    4000 |    775 |      42 | 1–4 random mutations of listed and unlisted hosts |
//! | total            |   11599 |   3065 |     563 | 10758 distinct                                   |

mod support;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use omsgate::connect::{Target, head};
use omsgate::fault::Fault;
use omsgate::policy::{Allowlist, Decision, Match, Policy};
use proptest::prelude::*;

use reference::Reading;
use support::Gateway;
use support::yes_relay::YesRelay;

/// The corpus's seed unless `HOSTILE_SEED` says otherwise.
const DEFAULT_SEED: u64 = 0x015a_9a7e;

/// Targets sent through the binary, spread over the families.
const BINARY_SAMPLE: usize = 520;

#[test]
fn every_generated_target_is_allowed_exactly_when_an_entry_matches_its_normal_form() {
    let seed = seed();
    let corpus = corpus::generate(seed);
    let model = Model::new();
    let mut tally: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut lenient: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut failures = Vec::new();
    let started = Instant::now();
    for (family, target) in &corpus {
        let outcome = check(target, &model);
        let t = tally.entry(*family).or_default();
        t.targets += 1;
        t.parsed += usize::from(outcome.parsed);
        t.reference_allows += usize::from(outcome.reference_allows);
        t.policy_allows += usize::from(outcome.policy_allows);
        if let Some(how) = outcome.refused_lenient_match {
            t.refused_lenient += 1;
            let seen = lenient.entry(how).or_insert_with(|| (0, target.clone()));
            seen.0 += 1;
        }
        failures.extend(outcome.failures.into_iter().map(|f| format!("[{family}] {target:?}: {f}")));
    }
    let distinct = corpus.iter().map(|(_, t)| t).collect::<std::collections::HashSet<_>>().len();
    eprintln!(
        "hostile corpus: seed {seed:#x}, {} targets ({distinct} distinct), checked in {:?}",
        corpus.len(),
        started.elapsed()
    );
    eprintln!(
        "{:<17} {:>7} {:>7} {:>12} {:>8} {:>16}",
        "family", "targets", "parsed", "ref-allows", "allowed", "lenient-refused"
    );
    for family in corpus::FAMILIES {
        let t = &tally[family];
        eprintln!(
            "{family:<17} {:>7} {:>7} {:>12} {:>8} {:>16}",
            t.targets, t.parsed, t.reference_allows, t.policy_allows, t.refused_lenient
        );
    }
    eprintln!("refused, though an entry matches them under a lenient reading (fine to refuse):");
    for (how, (n, example)) in &lenient {
        eprintln!("  {n:>5}  {how:<45} e.g. {example:?}");
    }
    assert!(distinct >= 10_000, "the corpus shrank to {distinct} distinct targets");
    if seed == DEFAULT_SEED {
        for family in corpus::FAMILIES {
            let t = &tally[family];
            let counted = [t.targets, t.parsed, t.policy_allows];
            assert_eq!(
                documented(family),
                Some(counted),
                "{family}: update the table at the top of this file"
            );
        }
    }
    assert!(
        corpus::FAMILIES.iter().all(|f| (1..tally[f].targets).contains(&tally[f].reference_allows)),
        "every family should hold targets that are allowed and targets that are refused"
    );
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random splices of the fragments hostile targets are made of.
    #[test]
    fn spliced_fragments_hold_the_same_property(
        parts in proptest::collection::vec(proptest::sample::select(corpus::fragments()), 1..9)
    ) {
        let target = parts.concat();
        let outcome = check(&target, &Model::new());
        prop_assert!(outcome.failures.is_empty(), "{target:?}: {:?}", outcome.failures);
    }
}

/// The same property through the real binary, for a sample spanning every family: the
/// gateway's route is a relay proxy that says yes to everything, so what the policy
/// allows gets `200`, and the relay is asked for the normalised target.
#[test]
fn the_binary_opens_a_tunnel_only_where_the_reference_allows_one() {
    let corpus = corpus::generate(seed());
    let model = Model::new();
    let sample = binary_sample(&corpus, &model);
    let relay = YesRelay::start();
    let hosts: Vec<String> = reference::allowlist().iter().map(|e| format!("{:?}", e.written)).collect();
    let keys = [
        format!("allowed_hosts = [{}]", hosts.join(", ")),
        format!("allowed_ports = {:?}", reference::DEFAULT_PORTS),
        format!("relay_proxy = \"http://{}\"", relay.addr),
        "header_timeout = \"2s\"".to_string(),
    ];
    let gw = Gateway::with(&keys.each_ref().map(String::as_str)).start();

    let started = Instant::now();
    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let (mut opened, mut expected_open) = (0, 0);
    for (family, target) in &sample {
        let reading = reference::read(target);
        let allows = reading.as_ref().is_ok_and(|r| is_allowed(model.reference(r)));
        let strict = reading.as_ref().is_ok_and(|r| r.leniency.is_empty());
        let status = ask(gw.addr, target);
        *statuses.entry(status.map_or("no reply".into(), |s| s.to_string())).or_default() += 1;
        let asked = relay.asked.try_recv().ok();
        let fail = |what: String| format!("[{family}] {target:?}: {what}");
        match (status, &reading) {
            (Some(200), Ok(r)) if allows => {
                opened += 1;
                if asked.as_deref() != Some(&r.to_string()) {
                    failures.push(fail(format!("opened, but the relay was asked {asked:?}, not {r}")));
                }
            }
            (Some(200), _) => {
                failures.push(fail(format!("WRONGLY OPENED (relay asked {asked:?}); {reading:?}")))
            }
            (other, _) if allows && strict => failures.push(fail(format!("wrongly refused: {other:?}"))),
            (Some(400 | 403 | 431) | None, _) if asked.is_none() => {}
            (other, _) => failures.push(fail(format!("unexpected {other:?} (relay asked {asked:?})"))),
        }
        expected_open += usize::from(allows && strict);
    }
    eprintln!(
        "binary: {} targets in {:?}, {opened} opened ({expected_open} strictly allowed), statuses {statuses:?}",
        sample.len(),
        started.elapsed()
    );
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    assert!(expected_open > 50 && opened >= expected_open, "the sample must open tunnels too");
}

/// The six wildcard families in the suite's allowlist are the embedded default's.
#[test]
fn the_allowlist_starts_with_the_embedded_default() {
    let settings =
        omsgate::config::from_text(omsgate::config::EMBEDDED_DEFAULT, omsgate::config::Source::Embedded)
            .unwrap();
    let ours: Vec<&str> = reference::allowlist().iter().map(|e| e.written).take(6).collect();
    assert_eq!(settings.allowlist.entries(), ours);
}

/// Reproduces a corpus target by hand: `HOSTILE_TARGET='...' cargo test --test hostile one`.
#[test]
fn one_target_from_the_environment() {
    if let Ok(target) = std::env::var("HOSTILE_TARGET") {
        let reading = reference::read(&target);
        eprintln!("reference: {reading:?}");
        eprintln!("parser:    {:?}", Target::parse(&target));
        let outcome = check(&target, &Model::new());
        assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
    }
}

/// The header table's row for `family`: targets, parsed, allowed.
fn documented(family: &str) -> Option<[usize; 3]> {
    let row = include_str!("hostile.rs").lines().find(|l| l.starts_with(&format!("//! | {family} ")))?;
    let cells: Vec<usize> =
        row.split('|').skip(2).take(3).map(|c| c.trim().parse().ok()).collect::<Option<_>>()?;
    cells.try_into().ok()
}

fn seed() -> u64 {
    std::env::var("HOSTILE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_SEED)
}

/// The gateway's policy and the reference, over the same allowlist.
struct Model {
    policy: Policy,
    entries: Vec<reference::Entry>,
}

impl Model {
    fn new() -> Model {
        let entries = reference::allowlist();
        let written: Vec<String> = entries.iter().map(|e| e.written.to_string()).collect();
        let list =
            Allowlist::parse(&written, &reference::DEFAULT_PORTS).expect("the suite's allowlist parses");
        Model { policy: Policy::new(list, false, vec![]), entries }
    }

    /// The gateway's verdict, in the allowlist's words.
    fn gateway(&self, target: &Target) -> Match {
        match self.policy.decide(target) {
            // Which entry allowed it is not compared (the reference numbers entries its own way).
            Decision::Allow(a) => Match::Allowed { explicit_port: a.explicit_port(), entry: 0 },
            Decision::Deny(r) if r.reason() == "port_not_allowed" => Match::PortNotAllowed,
            Decision::Deny(r) if r.reason() == "host_not_allowed" => Match::HostNotAllowed,
            Decision::Deny(r) => panic!("decide gave a reason it should not: {r}"),
        }
    }

    /// The reference's verdict.
    fn reference(&self, r: &Reading) -> Match {
        reference::decide(&self.entries, r)
    }
}

fn is_allowed(m: Match) -> bool {
    matches!(m, Match::Allowed { .. })
}

/// What became of one target in process.
#[derive(Debug, Default)]
struct Outcome {
    parsed: bool,
    reference_allows: bool,
    policy_allows: bool,
    /// The leniencies under which an entry matches a target the parser refused.
    refused_lenient_match: Option<String>,
    failures: Vec<String>,
}

/// Per-family counts for the output.
#[derive(Debug, Default)]
struct Tally {
    targets: usize,
    parsed: usize,
    reference_allows: usize,
    policy_allows: usize,
    refused_lenient: usize,
}

/// Checks one target against the property (module doc).
fn check(raw: &str, model: &Model) -> Outcome {
    let reading = reference::read(raw);
    let parsed = Target::parse(raw);
    let reference = reading.as_ref().ok().map(|r| model.reference(r));
    let gateway = parsed.as_ref().ok().map(|t| model.gateway(t));
    let mut out = Outcome {
        parsed: parsed.is_ok(),
        reference_allows: reference.is_some_and(is_allowed),
        policy_allows: matches!(gateway, Some(Match::Allowed { .. })),
        ..Outcome::default()
    };
    // Named by what went wrong for an operator: the safety failure first.
    let label = match (out.policy_allows, out.reference_allows) {
        (true, false) => "WRONGLY ALLOWED",
        (false, true) => "wrongly refused",
        _ => "disagreement",
    };
    match (&reading, &parsed) {
        (Ok(r), Ok(t)) if !r.means(t) => {
            out.failures.push(format!("{label}: the parser reads {t}, the reference {r} ({:?})", r.leniency))
        }
        (Ok(r), Ok(_)) if reference != gateway => {
            out.failures.push(format!("{label}: policy {gateway:?}, reference {reference:?} for {r}"))
        }
        (Ok(r), Err(e)) if r.leniency.is_empty() => out
            .failures
            .push(format!("{label}: the parser refuses it ({e}), though it reads strictly as {r}")),
        (Ok(r), Err(_)) if out.reference_allows => out.refused_lenient_match = Some(r.leniency.join(" + ")),
        (Err(why), Ok(t)) => out.failures.push(format!(
            "{label}: the parser accepts it as {t} ({gateway:?}), the reference cannot read it: {why}"
        )),
        _ => {}
    }
    // What the binary reads: the same target inside a CONNECT head.
    let wire = format!("CONNECT {raw} HTTP/1.1\r\nHost: {raw}\r\n\r\n");
    if let Ok(Some(head)) = head::parse(wire.as_bytes())
        && parsed.as_ref().ok() != Some(&head.target)
    {
        out.failures.push(format!("the head yields {}, the parser {parsed:?}", head.target));
    }
    out
}

/// Up to `BINARY_SAMPLE` targets, the same number from each family, about a third of
/// each family's share from what the reference allows: evenly spaced, so deterministic.
fn binary_sample(corpus: &[(&'static str, String)], model: &Model) -> Vec<(&'static str, String)> {
    let per_family = BINARY_SAMPLE / corpus::FAMILIES.len();
    let mut sample = Vec::new();
    for family in corpus::FAMILIES {
        let (allowed, refused): (Vec<_>, Vec<_>) = corpus
            .iter()
            .filter(|(f, _)| *f == family)
            .partition(|(_, t)| reference::read(t).is_ok_and(|r| is_allowed(model.reference(&r))));
        let n_allowed = (per_family / 3).min(allowed.len());
        sample.extend(spaced(&allowed, n_allowed));
        sample.extend(spaced(&refused, per_family - n_allowed));
    }
    sample
}

/// `n` of `from` (or all of it), evenly spaced.
fn spaced(from: &[&(&'static str, String)], n: usize) -> Vec<(&'static str, String)> {
    let n = n.min(from.len());
    (0..n).map(|i| from[i * from.len() / n].clone()).collect()
}

/// Sends `CONNECT target` and returns the status of the answer, if any came. A reset
/// (the gateway refused a head it did not read whole) is no answer.
fn ask(gw: SocketAddr, target: &str) -> Option<u16> {
    let mut s = TcpStream::connect(gw).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let _ = s.write_all(format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes());
    let mut head = Vec::new();
    let mut chunk = [0u8; 512];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
        }
    }
    std::str::from_utf8(head.get(9..12)?).ok()?.parse().ok()
}

/// The reference: what a request-target means, and whether an entry matches it. Written
/// from the documented rules, not from `src/`: a host is a lowercase name without its
/// one trailing dot, or an IP literal (an IPv4-mapped IPv6 address is the IPv4 address);
/// `*.suffix` matches names strictly below the suffix at a label boundary; an entry's
/// `:PORT` allows that port, an entry without one the default ports.
mod reference {
    use std::fmt;
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

    use omsgate::connect::{Host, Target};
    use omsgate::policy::Match;

    /// `allowed_ports` of the suite's allowlist.
    pub const DEFAULT_PORTS: [u16; 2] = [443, 8443];

    /// An allowlist entry as written in the config, and what it means, by hand.
    pub struct Entry {
        pub written: &'static str,
        pattern: Pattern,
        port: Option<u16>,
    }

    enum Pattern {
        /// Exactly this name.
        Exact(&'static str),
        /// Names strictly below this one.
        Below(&'static str),
        /// This address (canonical: IPv4-mapped written as IPv4).
        Ip(IpAddr),
    }

    /// The suite's allowlist: the embedded default's Azure families first, then exact
    /// names, suffixes and IP literals, some with ports, some written unnormalised.
    pub fn allowlist() -> Vec<Entry> {
        use Pattern::{Below, Exact};
        let e = |written, pattern, port| Entry { written, pattern, port };
        let ip = |s: &str| Pattern::Ip(s.parse().unwrap());
        vec![
            e("*.ods.opinsights.azure.com", Below("ods.opinsights.azure.com"), None),
            e("*.oms.opinsights.azure.com", Below("oms.opinsights.azure.com"), None),
            e("*.agentsvc.azure-automation.net", Below("agentsvc.azure-automation.net"), None),
            e("*.azure-automation.net", Below("azure-automation.net"), None),
            e("*.handler.control.monitor.azure.com", Below("handler.control.monitor.azure.com"), None),
            e("*.blob.core.windows.net", Below("blob.core.windows.net"), None),
            e("exact.example.com", Exact("exact.example.com"), None),
            e("Mixed.Case.EXAMPLE.", Exact("mixed.case.example"), None),
            e("_srv.example.com", Exact("_srv.example.com"), None),
            e("intranet", Exact("intranet"), None),
            e("api.example.net:8080", Exact("api.example.net"), Some(8080)),
            e("both.example.org", Exact("both.example.org"), None),
            e("both.example.org:9000", Exact("both.example.org"), Some(9000)),
            e("*.tenant.example.net:9443", Below("tenant.example.net"), Some(9443)),
            e("*.Deep.Example.ORG.", Below("deep.example.org"), None),
            e("x.deep.example.org:7000", Exact("x.deep.example.org"), Some(7000)),
            e("127.0.0.1", ip("127.0.0.1"), None),
            e("192.0.2.10", ip("192.0.2.10"), None),
            e("198.51.100.7:8080", ip("198.51.100.7"), Some(8080)),
            e("::ffff:192.0.2.11", ip("192.0.2.11"), None),
            e("2001:db8::5", ip("2001:db8::5"), None),
            e("[2001:db8::6]:9443", ip("2001:db8::6"), Some(9443)),
            e("[fe80::1]", ip("fe80::1"), None),
            e("::1", ip("::1"), None),
        ]
    }

    /// A host as the reference reads it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum RefHost {
        /// Lowercase, without its trailing dot.
        Name(String),
        /// As written (not canonicalised: that is the matcher's business).
        Ip(IpAddr),
    }

    /// A target that means `host:port`; strictly (RFC 3986 authority form, one trailing
    /// dot, case) when `leniency` is empty, else only as a browser or resolver would
    /// read it, which the gateway may refuse.
    #[derive(Debug, Clone)]
    pub struct Reading {
        pub host: RefHost,
        pub port: u16,
        pub leniency: Vec<&'static str>,
    }

    /// Whether an entry matches `r`, and on which port (the allowlist's vocabulary).
    pub fn decide(entries: &[Entry], r: &Reading) -> Match {
        let (mut listed, mut by_default, mut explicit) = (false, false, false);
        for entry in entries.iter().filter(|e| e.matches(&r.host)) {
            listed = true;
            match entry.port {
                Some(p) => explicit |= p == r.port,
                None => by_default |= DEFAULT_PORTS.contains(&r.port),
            }
        }
        match (explicit, by_default, listed) {
            (true, _, _) => Match::Allowed { explicit_port: true, entry: 0 },
            (_, true, _) => Match::Allowed { explicit_port: false, entry: 0 },
            (_, _, true) => Match::PortNotAllowed,
            _ => Match::HostNotAllowed,
        }
    }

    impl Entry {
        fn matches(&self, host: &RefHost) -> bool {
            match (&self.pattern, host) {
                (Pattern::Exact(n), RefHost::Name(h)) => h == n,
                (Pattern::Below(s), RefHost::Name(h)) => {
                    h.len() > s.len() + 1 && h.ends_with(s) && h.as_bytes()[h.len() - s.len() - 1] == b'.'
                }
                (Pattern::Ip(ip), RefHost::Ip(h)) => canonical(*h) == *ip,
                _ => false,
            }
        }
    }

    /// `::ffff:a.b.c.d` is `a.b.c.d`; nothing else is folded (not `::a.b.c.d`, not NAT64).
    fn canonical(ip: IpAddr) -> IpAddr {
        match ip {
            IpAddr::V6(v6) => match v6.segments() {
                [0, 0, 0, 0, 0, 0xffff, hi, lo] => {
                    IpAddr::V4(Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo)))
                }
                _ => ip,
            },
            v4 => v4,
        }
    }

    /// Reads a request-target, or says why it means nothing a gateway should act on.
    pub fn read(raw: &str) -> Result<Reading, &'static str> {
        let mut leniency = Vec::new();
        if raw.chars().any(|c| c.is_control() || c == ' ' || c == '\\') {
            return Err("a control character, space or backslash");
        }
        if raw.contains(['/', '?', '#']) {
            return Err("a URL, not host:port");
        }
        // UTS 46 (IDNA) maps these to '.': a browser would.
        let mut text: String = raw
            .chars()
            .map(|c| if matches!(c, '\u{3002}' | '\u{ff0e}' | '\u{ff61}') { '.' } else { c })
            .collect();
        if text != raw {
            leniency.push("IDNA full stop");
        }
        if !text.is_ascii() {
            return Err("non-ASCII");
        }
        if let Some((_, after)) = text.rsplit_once('@') {
            leniency.push("userinfo");
            text = after.to_string();
        }
        let (host, port) = if let Some(rest) = text.strip_prefix('[') {
            let (inside, after) = rest.split_once(']').ok_or("an unclosed bracket")?;
            let port = after.strip_prefix(':').ok_or("no :port after the bracket")?;
            if inside.contains('[') || port.contains(['[', ']']) {
                return Err("stray brackets");
            }
            (read_bracketed(inside, &mut leniency)?, port)
        } else {
            let (host, port) = text.rsplit_once(':').ok_or("no :port")?;
            if host.contains(':') {
                return Err("an IPv6 address without brackets (which colon is the port's?)");
            }
            if host.contains(['[', ']']) {
                return Err("stray brackets");
            }
            (read_host(host, &mut leniency)?, port)
        };
        let port = read_port(port, &mut leniency)?;
        Ok(Reading { host, port, leniency })
    }

    fn read_bracketed(inside: &str, leniency: &mut Vec<&'static str>) -> Result<RefHost, &'static str> {
        let address = match inside.split_once('%') {
            Some((address, zone)) => {
                // RFC 6874 writes the zone as %25zone; RFC 4007's text form as %zone.
                let zone = zone.strip_prefix("25").filter(|z| !z.is_empty()).unwrap_or(zone);
                let unreserved = |c: char| c.is_ascii_alphanumeric() || "-._~".contains(c);
                if zone.is_empty() || !zone.chars().all(unreserved) {
                    return Err("an empty or unreadable IPv6 zone");
                }
                leniency.push("IPv6 zone ID");
                address
            }
            None => inside,
        };
        if let Ok(v6) = address.parse::<Ipv6Addr>() {
            return Ok(RefHost::Ip(IpAddr::V6(v6)));
        }
        match dotted_quad(address) {
            Some(v4) => {
                leniency.push("IPv4 in brackets");
                Ok(RefHost::Ip(IpAddr::V4(v4)))
            }
            None => Err("brackets around something not an IPv6 address"),
        }
    }

    fn read_host(host: &str, leniency: &mut Vec<&'static str>) -> Result<RefHost, &'static str> {
        let decoded;
        let host = if host.contains('%') {
            leniency.push("percent-encoded");
            decoded = percent_decode(host)?;
            decoded.as_str()
        } else {
            host
        };
        let (name, dotted) = match host.strip_suffix('.') {
            Some(name) => (name, true),
            None => (host, false),
        };
        if name.is_empty() {
            return Err("an empty host");
        }
        if name.len() > 253 {
            return Err("a name over 253 bytes");
        }
        for label in name.split('.') {
            if label.is_empty() {
                return Err("an empty label");
            }
            if label.len() > 63 {
                return Err("a label over 63 bytes");
            }
            if !label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                return Err("a character no host name has");
            }
        }
        let last = name.rsplit('.').next().unwrap_or_default();
        if !last.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok(RefHost::Name(name.to_ascii_lowercase()));
        }
        // No top-level domain starts with a digit: this is an IPv4 address or nothing.
        match (dotted_quad(name), inet_aton(name)) {
            (Some(v4), _) if !dotted => Ok(RefHost::Ip(IpAddr::V4(v4))),
            (Some(v4), _) => {
                leniency.push("IPv4 with a trailing dot");
                Ok(RefHost::Ip(IpAddr::V4(v4)))
            }
            (None, Some(v4)) => {
                leniency.push("legacy IPv4 form (inet_aton)");
                Ok(RefHost::Ip(IpAddr::V4(v4)))
            }
            (None, None) => Err("a numeric top-level label that is no IPv4 address"),
        }
    }

    fn read_port(text: &str, leniency: &mut Vec<&'static str>) -> Result<u16, &'static str> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err("a port that is not digits");
        }
        let digits = text.trim_start_matches('0');
        if digits.len() != text.len() {
            leniency.push("leading zeros in the port");
        }
        match digits.parse::<u32>() {
            Ok(p @ 1..=65535) if digits.len() <= 5 => Ok(p as u16),
            _ => Err("a port outside 1-65535"),
        }
    }

    /// `a.b.c.d`, four decimal parts 0–255 without leading zeros (RFC 3986 IPv4address).
    fn dotted_quad(s: &str) -> Option<Ipv4Addr> {
        let parts: Vec<&str> = s.split('.').collect();
        let ok = |p: &&str| {
            (1..=3).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        };
        if parts.len() != 4 || !parts.iter().all(ok) {
            return None;
        }
        let n: Vec<u8> = parts.iter().map(|p| p.parse().unwrap()).collect();
        Some(Ipv4Addr::new(n[0], n[1], n[2], n[3]))
    }

    /// What a resolver's `inet_aton` makes of `s`: 1–4 parts, each decimal, octal
    /// (leading 0) or hex (0x); the last part fills the bytes the others left.
    fn inet_aton(s: &str) -> Option<Ipv4Addr> {
        let mut parts = Vec::new();
        for p in s.split('.') {
            let (digits, radix) = match p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
                Some(hex) => (hex, 16),
                None if p.len() > 1 && p.starts_with('0') => (&p[1..], 8),
                None => (p, 10),
            };
            if p.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            parts.push(if digits.is_empty() { 0 } else { u64::from_str_radix(digits, radix).ok()? });
        }
        let (last, init) = parts.split_last()?;
        if parts.len() > 4 || init.iter().any(|&n| n > 255) {
            return None;
        }
        let room = 32 - 8 * init.len() as u32;
        if *last >= 1u64 << room {
            return None;
        }
        let value = (init.iter().fold(0u64, |v, &n| (v << 8) | n) << room) | last;
        Some(Ipv4Addr::from(value as u32))
    }

    fn percent_decode(s: &str) -> Result<String, &'static str> {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                let hex = s.get(i + 1..i + 3).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                out.push(u8::from_str_radix(hex.ok_or("a bad %-escape")?, 16).expect("two hex digits"));
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        let name_byte = |b: &u8| b.is_ascii_alphanumeric() || b"-_.".contains(b);
        if !out.iter().all(name_byte) {
            return Err("a %-escape of a byte no host name has");
        }
        Ok(String::from_utf8(out).expect("ASCII"))
    }

    impl Reading {
        /// Whether the gateway's parsed target is this reading.
        pub fn means(&self, t: &Target) -> bool {
            self.port == t.port
                && match (&self.host, &t.host) {
                    (RefHost::Name(a), Host::Name(b)) => a == &**b,
                    (RefHost::Ip(a), Host::Ip(b)) => a == b,
                    _ => false,
                }
        }
    }

    /// `host:port` as a CONNECT to a relay proxy writes it.
    impl fmt::Display for Reading {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match &self.host {
                RefHost::Name(n) => write!(f, "{n}:{}", self.port),
                RefHost::Ip(IpAddr::V6(ip)) => write!(f, "[{ip}]:{}", self.port),
                RefHost::Ip(ip) => write!(f, "{ip}:{}", self.port),
            }
        }
    }
}

/// The corpus: request-targets by family, from a seed. Every family mixes names and
/// addresses the allowlist lists with ones it does not, so each can fail both ways.
mod corpus {
    /// In the order the output lists them.
    pub const FAMILIES: [&str; 13] = [
        "case",
        "trailing-dots",
        "empty-labels",
        "ipv4-forms",
        "ipv6-forms",
        "ipv6-zones",
        "brackets",
        "userinfo",
        "encodings",
        "overlong",
        "ports",
        "suffix-confusion",
        "mixed",
    ];

    /// Names an entry allows on the default ports.
    const ALLOWED: &[&str] = &[
        "ws1.ods.opinsights.azure.com",
        "0b5a1e2c-77f3-4d6e-9f00-abcdef012345.ods.opinsights.azure.com",
        "a.b.c.ods.opinsights.azure.com",
        "ws1.oms.opinsights.azure.com",
        "ws1.agentsvc.azure-automation.net",
        // The apex of one wildcard, yet below another.
        "agentsvc.azure-automation.net",
        "eus-jobruntimedata-prod-su1.azure-automation.net",
        "global.handler.control.monitor.azure.com",
        "eastus.handler.control.monitor.azure.com",
        "acct.blob.core.windows.net",
        "exact.example.com",
        "mixed.case.example",
        "both.example.org",
        "x.deep.example.org",
        "y.z.deep.example.org",
        "intranet",
        "_srv.example.com",
    ];

    /// Names an entry allows on its own port only.
    const PORT_ONLY: &[&str] = &["api.example.net", "v.tenant.example.net", "a.b.tenant.example.net"];

    /// Names no entry matches: apexes, parents and look-alikes.
    const REFUSED: &[&str] = &[
        "ods.opinsights.azure.com",
        "opinsights.azure.com",
        "azure.com",
        "com",
        "evil-ods.opinsights.azure.com",
        "xods.opinsights.azure.com",
        "ods-ws1.opinsights.azure.com",
        "ods.opinsights.azure.com.evil.com",
        "ws1.ods.opinsights.azure.com.evil.com",
        "ws1.ods.opinsights.azure.co",
        "ws1.ods.opinsights.azure",
        "ws1.ods.opinsights-azure.com",
        "ws1.odsopinsights.azure.com",
        "azure-automation.net",
        "xazure-automation.net",
        "handler.control.monitor.azure.com",
        "control.monitor.azure.com",
        "blob.core.windows.net",
        "core.windows.net",
        "blobcore.windows.net",
        "example.com",
        "a.exact.example.com",
        "xexact.example.com",
        "exact.example.com.evil.com",
        "exact.example.co",
        "case.example",
        "deep.example.org",
        "xdeep.example.org",
        "tenant.example.net",
        "api.example.net.evil.com",
        "www.intranet",
        "intranet.evil",
        "localhost",
        "evil.com",
        "example.org",
        "127.0.0.1.nip.io",
        "192-0-2-10.sslip.io",
    ];

    /// The names each entry is about: wildcard suffixes, then exact names.
    const ENTRY_NAMES: &[&str] = &[
        "ods.opinsights.azure.com",
        "oms.opinsights.azure.com",
        "agentsvc.azure-automation.net",
        "azure-automation.net",
        "handler.control.monitor.azure.com",
        "blob.core.windows.net",
        "tenant.example.net",
        "deep.example.org",
        "exact.example.com",
        "mixed.case.example",
        "_srv.example.com",
        "intranet",
        "api.example.net",
        "both.example.org",
    ];

    const V4: &[[u8; 4]] = &[
        [127, 0, 0, 1],
        [192, 0, 2, 10],
        [198, 51, 100, 7],
        [192, 0, 2, 11],
        [10, 0, 0, 5],
        [0, 0, 0, 0],
        [255, 255, 255, 255],
        [169, 254, 169, 254],
        [192, 0, 2, 1],
    ];

    const V6: &[&str] = &[
        "2001:db8::5",
        "2001:db8::6",
        "2001:db8::7",
        "fe80::1",
        "::1",
        "::",
        "::ffff:192.0.2.11",
        "::ffff:127.0.0.1",
        "::ffff:192.0.2.10",
        "::192.0.2.10",
        "64:ff9b::192.0.2.10",
        "::ffff:0:192.0.2.11",
        "2002:c000:20a::1",
    ];

    /// Default ports, entries' own ports, and others.
    const PORTS: &[u16] = &[443, 8443, 8080, 9443, 9000, 7000, 80, 22, 1, 65535];

    /// Port suffixes: missing, empty, zero, signs, leading zeros, two ports, numbers
    /// that wrap to 443 in 16 or 32 bits, other digits.
    const PORT_TRICKS: &[&str] = &[
        "",
        ":",
        ":0",
        ":00",
        ":00000",
        ":1",
        ":22",
        ":80",
        ":443",
        ":0443",
        ":00443",
        ":000443",
        ":0000000443",
        ":+443",
        ":-443",
        ":443.",
        ":.443",
        ":443.0",
        ":4 43",
        ":443:443",
        ":443:80",
        ":80:443",
        "::443",
        ":8080",
        ":08080",
        ":8443",
        ":9443",
        ":9000",
        ":7000",
        ":65535",
        ":65536",
        ":65979",
        ":99999",
        ":100000",
        ":4294967739",
        ":18446744073709552059",
        ":99999999999999999999999999",
        ":0x1bb",
        ":1bb",
        ":https",
        ":443a",
        ":a443",
        ":\u{ff14}\u{ff14}\u{ff13}",
        ":\u{664}\u{664}\u{663}",
        ":443\0",
        ":1e3",
        ":443/",
        ":443#",
        ":443?",
        ":443@evil.com:443",
        ":*",
        ": 443",
    ];

    /// What [`super::spliced_fragments_hold_the_same_property`] splices ('|' separates).
    const FRAGMENTS: &str = "ods|opinsights|azure|com|ws1|x|evil|EXACT|example|intranet|.|.|..|:|:|443|8443|\
        0443|65536|0|[|]|::|ffff|2001:db8::5|fe80::1|%|%25|%2e|%00|eth0|@|user|0x7f|127|1|0177|192.0.2.10|*|-|_|\
        \u{ff0e}| |\t|\r\n|\0|\\|/";

    pub fn fragments() -> Vec<String> {
        let mut out: Vec<String> = FRAGMENTS.split('|').map(String::from).collect();
        out.extend([63, 64].map(|n| "a".repeat(n)));
        out
    }

    /// A splitmix64 generator: small, seedable, the same on every platform.
    pub struct Rng(u64);

    impl Rng {
        pub fn new(seed: u64) -> Rng {
            Rng(seed)
        }

        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }

        fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
            &from[self.below(from.len())]
        }

        fn chance(&mut self, percent: u64) -> bool {
            self.next() % 100 < percent
        }

        /// Mostly 443, else any of [`PORTS`].
        fn port(&mut self) -> u16 {
            if self.chance(50) { 443 } else { *self.pick(PORTS) }
        }
    }

    /// Makes one family's targets.
    type Make = fn(&mut Rng) -> Vec<String>;

    /// The whole corpus: (family, target), family by family.
    pub fn generate(seed: u64) -> Vec<(&'static str, String)> {
        let mut rng = Rng::new(seed);
        let families: [(&str, Make); 13] = [
            ("case", case),
            ("trailing-dots", trailing_dots),
            ("empty-labels", empty_labels),
            ("ipv4-forms", ipv4_forms),
            ("ipv6-forms", ipv6_forms),
            ("ipv6-zones", ipv6_zones),
            ("brackets", brackets),
            ("userinfo", userinfo),
            ("encodings", encodings),
            ("overlong", overlong),
            ("ports", ports),
            ("suffix-confusion", suffix_confusion),
            ("mixed", mixed),
        ];
        debug_assert!(families.iter().map(|f| f.0).eq(FAMILIES));
        families.iter().flat_map(|(family, make)| make(&mut rng).into_iter().map(|t| (*family, t))).collect()
    }

    fn names() -> impl Iterator<Item = &'static str> {
        ALLOWED.iter().chain(PORT_ONLY).chain(REFUSED).copied()
    }

    fn case(rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for name in names() {
            out.push(format!("{}:443", name.to_ascii_uppercase()));
            for _ in 0..12 {
                out.push(format!("{}:{}", flip_case(rng, name, 50), rng.port()));
            }
        }
        out
    }

    fn trailing_dots(rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for name in names() {
            for dots in [".", "..", "...", "....."] {
                for port in [443, 8443, rng.port()] {
                    out.push(format!("{}{dots}:{port}", flip_case(rng, name, 20)));
                }
            }
        }
        for v4 in V4 {
            for dots in [".", ".."] {
                out.push(format!("{}{dots}:443", dotted(*v4)));
            }
        }
        out
    }

    fn empty_labels(rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for name in names() {
            let doubled_one = match name.match_indices('.').map(|(i, _)| i).collect::<Vec<_>>() {
                dots if dots.is_empty() => format!("{name}.."),
                dots => {
                    let at = *rng.pick(&dots);
                    format!("{}.{}", &name[..at], &name[at..])
                }
            };
            for form in [
                format!(".{name}"),
                format!("..{name}"),
                doubled_one,
                name.replace('.', ".."),
                format!(".{name}."),
            ] {
                out.push(format!("{form}:443"));
                out.push(format!("{form}:{}", rng.port()));
            }
        }
        for host in ["", ".", "..", "...", ".-.", "_", "-", "a..", "..a", "[]"] {
            out.push(format!("{host}:443"));
        }
        out
    }

    fn ipv4_forms(_: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for &ip @ [a, b, c, d] in V4 {
            let n = u32::from_be_bytes(ip);
            let forms = [
                dotted(ip),
                format!("{n}"),
                format!("{:#x}", n),
                format!("0X{n:X}"),
                format!("0{n:o}"),
                format!("0{a:o}.0{b:o}.0{c:o}.0{d:o}"),
                format!("{a:#x}.{b:#x}.{c:#x}.{d:#x}"),
                format!("{a:03}.{b:03}.{c:03}.{d:03}"),
                format!("0{a}.{b}.{c}.{d}"),
                format!("{a}.{b}.{}", (u32::from(c) << 8) | u32::from(d)),
                format!("{a}.{}", n & 0x00ff_ffff),
                format!("{a:#x}.{}", n & 0x00ff_ffff),
                format!("{a:#x}.{b}.{c}.0{d:o}"),
                format!("{a}.{b}.{c}.{d}.0"),
                format!("{a}.{b}.{c}.{}", u32::from(d) + 256),
                format!("{}", u64::from(n) + (1 << 32)),
                format!("{a}.{b}.{c}"),
                format!("{a}.{b}.{c}.{d}.nip.io"),
                format!("{a:#X}.{b:#X}.{c:#X}.{d:#X}"),
                format!("0x.{b}.{c}.{d}"),
                format!("{a}.{b}.{c}.{d:08}"),
                format!("{a}.{b}.{c}.0x{d:08x}"),
                format!("{a}.{b}.{c}.{d}a"),
                format!("{a}.{b}.{c}.{d}-"),
            ];
            for form in forms {
                for port in [443, 8443, 8080, 22] {
                    out.push(format!("{form}:{port}"));
                }
            }
        }
        out
    }

    fn ipv6_forms(rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for text in V6 {
            let ip: std::net::Ipv6Addr = text.parse().unwrap();
            let s = ip.segments();
            let groups = |f: &dyn Fn(u16) -> String| s.iter().map(|g| f(*g)).collect::<Vec<_>>().join(":");
            let [.., hi, lo] = s;
            let head = |f: &dyn Fn(u16) -> String| s[..6].iter().map(|g| f(*g)).collect::<Vec<_>>().join(":");
            let tail = format!("{}.{}.{}.{}", hi >> 8, hi & 0xff, lo >> 8, lo & 0xff);
            let forms = [
                text.to_string(),
                ip.to_string(),
                groups(&|g| format!("{g:04x}")),
                groups(&|g| format!("{g:x}")),
                groups(&|g| format!("{g:04X}")),
                ip.to_string().to_uppercase(),
                format!("{}:{tail}", head(&|g| format!("{g:x}"))),
                format!("{}:{tail}", head(&|g| format!("{g:04x}"))),
                groups(&|g| format!("{g:05x}")),
                format!("{ip}:"),
                format!(":{ip}"),
                format!("{}:0", groups(&|g| format!("{g:x}"))),
                ip.to_string().replacen("::", ":::", 1),
            ];
            for form in forms {
                for port in [443, 8443, 9443, rng.port()] {
                    out.push(format!("[{form}]:{port}"));
                }
            }
        }
        out
    }

    fn ipv6_zones(_: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for ip in ["fe80::1", "2001:db8::5", "::1", "::ffff:192.0.2.11", "2001:db8::6"] {
            for zone in [
                "%eth0",
                "%25eth0",
                "%251",
                "%1",
                "%25",
                "%",
                "%2",
                "%25%25",
                "%25eth0%5d",
                "%252525",
                "%25ETH0",
                "%2525eth0",
                "%25eth0]",
            ] {
                for port in [443, 9443] {
                    out.push(format!("[{ip}{zone}]:{port}"));
                }
            }
            out.push(format!("{ip}%eth0:443"));
            out.push(format!("{ip}%25eth0:443"));
        }
        out
    }

    fn brackets(_: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        let hosts =
            V6.iter().copied().chain(["192.0.2.10", "exact.example.com", "ws1.ods.opinsights.azure.com"]);
        for a in hosts {
            for port in [443, 9443] {
                for form in [
                    format!("[{a}]:{port}"),
                    format!("{a}:{port}"),
                    format!("[{a}:{port}"),
                    format!("{a}]:{port}"),
                    format!("[[{a}]]:{port}"),
                    format!("[{a}]]:{port}"),
                    format!("[[{a}]:{port}"),
                    format!("[{a}]{port}"),
                    format!("[{a}]:"),
                    format!("[{a}]"),
                    format!("[{a}]:{port}:{port}"),
                    format!("[{a}]:[{port}]"),
                    format!("[{a}:{port}]"),
                    format!("[{a}]:{port}]"),
                    format!("[{a}][::1]:{port}"),
                    format!("[]{a}:{port}"),
                    format!("{a}[]:{port}"),
                    format!("]{a}[:{port}"),
                ] {
                    out.push(form);
                }
            }
        }
        out
    }

    fn userinfo(rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        let hosts = ALLOWED.iter().copied().chain([
            "192.0.2.10",
            "[2001:db8::5]",
            "evil.com",
            "ods.opinsights.azure.com",
        ]);
        for h in hosts {
            for port in [443, rng.port()] {
                let p = format!(":{port}");
                for form in [
                    format!("user@{h}{p}"),
                    format!("user:pw@{h}{p}"),
                    format!("@{h}{p}"),
                    format!(":@{h}{p}"),
                    format!("{h}@evil.com{p}"),
                    format!("evil.com@{h}{p}"),
                    format!("{h}{p}@evil.com{p}"),
                    format!("evil.com{p}@{h}{p}"),
                    format!("u%40x@{h}{p}"),
                    format!("user@@{h}{p}"),
                    format!("{h}{p}@"),
                    format!("a@b@{h}{p}"),
                    format!("user@{h}@evil.com{p}"),
                    format!("{h}@{p}"),
                    format!("{h}{p}@{h}{p}"),
                ] {
                    out.push(form);
                }
            }
        }
        out
    }

    fn encodings(rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        let hosts =
            ALLOWED.iter().copied().chain(["evil.com", "ods.opinsights.azure.com", "exact.example.co"]);
        for h in hosts {
            let p = ":443";
            let mut forms = vec![
                replace_one(rng, h, '.', "%2e"),
                Some(h.replace('.', "%2E")),
                replace_one(rng, h, 'w', "%77").or_else(|| replace_one(rng, h, 'e', "%65")),
                Some(h.bytes().map(|b| format!("%{b:02x}")).collect()),
                Some(insert_at(rng, h, "%00")),
                Some(format!("{h}%00")),
                Some(format!("{h}%00.evil.com")),
                replace_one(rng, h, '.', "%2e%2e"),
                Some(insert_at(rng, h, "%zz")),
                Some(format!("{h}%")),
                Some(format!("{h}%2")),
                replace_one(rng, h, '.', "%252e"),
                replace_one(rng, h, 'o', "\u{43e}"),
                replace_one(rng, h, 'a', "\u{430}"),
                replace_one(rng, h, 'e', "\u{435}"),
                replace_one(rng, h, 'o', "\u{3bf}"),
                Some(h.replace('.', "\u{ff0e}")),
                replace_one(rng, h, '.', "\u{ff0e}"),
                Some(h.replace('.', "\u{3002}")),
                replace_one(rng, h, '.', "\u{ff61}"),
                Some(h.chars().map(fullwidth).collect()),
                Some(insert_at(rng, h, "\u{200b}")),
                Some(insert_at(rng, h, "\u{ad}")),
                Some(format!("\u{202e}{h}")),
                replace_one(rng, h, 's', "\u{17f}"),
                replace_one(rng, h, 'i', "\u{131}"),
                Some(format!("{h}\\evil.com")),
                Some(format!("evil.com\\{h}")),
                Some(format!("\\\\{h}")),
                Some(format!("xn--80ak6aa92e.{h}")),
                Some(format!("xn--{h}")),
                Some(format!("{h}.xn--p1ai")),
            ];
            for c in [" ", "\t", "\r", "\n", "\r\n", "\0", "\x0b", "\x0c", "\x7f"] {
                forms.push(Some(insert_at(rng, h, c)));
                forms.push(Some(format!("{h}{c}")));
            }
            for form in forms.into_iter().flatten() {
                out.push(format!("{form}{p}"));
            }
            for form in [
                format!(" {h}{p}"),
                format!("{h}{p} "),
                format!("{h} {p}"),
                format!("{h}: 443"),
                format!("{h}%3a443"),
                format!("{h}:%34%34%33"),
                format!("{h}{p}\0"),
                format!("{h}{p}\r\n"),
            ] {
                out.push(form);
            }
        }
        out
    }

    fn overlong(rng: &mut Rng) -> Vec<String> {
        let suffix = "ods.opinsights.azure.com";
        let mut hosts = Vec::new();
        for len in [1, 62, 63, 64, 65, 100, 255] {
            let label = letters(rng, len);
            hosts.push(format!("{label}.{suffix}"));
            hosts.push(format!("ws1.{label}.{suffix}"));
            hosts.push(format!("ws1.ods.opinsights.azure.{label}"));
            hosts.push(label);
        }
        for total in [250, 251, 252, 253, 254, 255, 256, 257, 300, 512, 1024, 4000, 9000] {
            for max_label in [63, 7] {
                let prefix = labels_of(rng, total - suffix.len() - 1, max_label);
                hosts.push(format!("{prefix}.{suffix}"));
                hosts.push(format!("{prefix}.{suffix}."));
                hosts.push(format!("{}.{suffix}", prefix.to_uppercase()));
            }
        }
        let mut out = Vec::new();
        for host in hosts {
            for port in [443, 8443, 80] {
                out.push(format!("{host}:{port}"));
            }
        }
        out
    }

    fn ports(_: &mut Rng) -> Vec<String> {
        let hosts = [
            "ws1.ods.opinsights.azure.com",
            "exact.example.com",
            "api.example.net",
            "v.tenant.example.net",
            "both.example.org",
            "x.deep.example.org",
            "evil.com",
            "192.0.2.10",
            "198.51.100.7",
            "127.0.0.1",
            "[2001:db8::6]",
            "[::ffff:192.0.2.11]",
            "[fe80::1]",
        ];
        hosts.iter().flat_map(|h| PORT_TRICKS.iter().map(move |p| format!("{h}{p}"))).collect()
    }

    fn suffix_confusion(rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for s in ENTRY_NAMES {
            let parent = s.split_once('.').map_or("", |(_, p)| p);
            for form in [
                s.to_string(),
                format!("a.{s}"),
                format!("a.b.{s}"),
                format!("x{s}"),
                format!("evil-{s}"),
                format!("{s}.evil.com"),
                format!("{s}evil"),
                format!("{s}-evil.com"),
                s.replacen('.', "-", 1),
                parent.to_string(),
                s[..s.len() - 1].to_string(),
                format!("*.{s}"),
                format!("%2a.{s}"),
                format!("-.{s}"),
                format!("_.{s}"),
                format!("{s}.{s}"),
                format!("a.{s}.evil.com"),
                format!("a{}", s.replace('.', "_")),
                format!("{}.{s}", letters(rng, 3)),
                format!("{}{s}", letters(rng, 1)),
            ] {
                for port in [443, *rng.pick(&[8443, 9443, 8080, 9000, 7000, 80])] {
                    out.push(format!("{form}:{port}"));
                }
            }
        }
        out
    }

    /// Random mutations of random bases: near misses of every kind.
    fn mixed(rng: &mut Rng) -> Vec<String> {
        let mut bases: Vec<String> = names().map(String::from).collect();
        bases.extend(V4.iter().map(|ip| dotted(*ip)));
        bases.extend(V6.iter().map(|ip| format!("[{ip}]")));
        (0..4000)
            .map(|_| {
                let base = format!("{}:{}", rng.pick(&bases), rng.port());
                let mut t: Vec<char> = base.chars().collect();
                for _ in 0..=rng.below(4) {
                    mutate(rng, &mut t);
                }
                t.into_iter().collect()
            })
            .collect()
    }

    fn mutate(rng: &mut Rng, t: &mut Vec<char>) {
        let at = rng.below(t.len() + 1);
        let colon = t.iter().rposition(|&c| c == ':').unwrap_or(t.len());
        match rng.below(14) {
            0 => {
                if let Some(c) = t.get_mut(at) {
                    *c = if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
                }
            }
            1 => t.insert(at, '.'),
            2 if at < t.len() => {
                t.remove(at);
            }
            3 if at < t.len() => t.insert(at, t[at]),
            4 if at < t.len() && t[at].is_ascii() => {
                let escaped = format!("%{:02x}", t[at] as u32);
                t.splice(at..=at, escaped.chars());
            }
            5 => t.insert(at, *rng.pick(&[' ', '\t', '\r', '\n', '\0', '\x7f'])),
            6 => t.insert(
                at,
                *rng.pick(&['@', ':', '[', ']', '%', '\\', '/', '#', '?', '*', '-', '_', '~', '+']),
            ),
            7 => {
                t.insert(at, *rng.pick(&['\u{ff0e}', '\u{3002}', '\u{43e}', '\u{430}', '\u{200b}', '\u{df}']))
            }
            8 => {
                t.splice(0..0, "user@".chars());
            }
            9 => {
                let trick = rng.pick(PORT_TRICKS);
                t.splice(colon.., trick.chars());
            }
            10 => t.insert(colon, '.'),
            11 if at + 1 < t.len() => t.swap(at, at + 1),
            12 => {
                let end = t.iter().position(|&c| c == '.').unwrap_or(0);
                let len = *rng.pick(&[63, 64]);
                let label = letters(rng, len);
                t.splice(0..end, label.chars());
            }
            _ => {
                let extra = rng.pick(&[".evil.com", "x", ".", "-"]);
                t.splice(colon..colon, extra.chars());
            }
        }
    }

    fn dotted([a, b, c, d]: [u8; 4]) -> String {
        format!("{a}.{b}.{c}.{d}")
    }

    fn flip_case(rng: &mut Rng, s: &str, percent: u64) -> String {
        s.chars().map(|c| if c.is_ascii_alphabetic() && rng.chance(percent) { flip(c) } else { c }).collect()
    }

    fn flip(c: char) -> char {
        if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }
    }

    /// `s` with one occurrence of `from`, chosen at random, replaced by `to`.
    fn replace_one(rng: &mut Rng, s: &str, from: char, to: &str) -> Option<String> {
        let at: Vec<usize> = s.match_indices(from).map(|(i, _)| i).collect();
        let i = *at.get(rng.below(at.len()))?;
        Some(format!("{}{to}{}", &s[..i], &s[i + from.len_utf8()..]))
    }

    fn insert_at(rng: &mut Rng, s: &str, what: &str) -> String {
        let i = rng.below(s.len() + 1);
        format!("{}{what}{}", &s[..i], &s[i..])
    }

    fn fullwidth(c: char) -> char {
        match c {
            '!'..='~' => char::from_u32(c as u32 - 0x21 + 0xff01).unwrap(),
            other => other,
        }
    }

    fn letters(rng: &mut Rng, n: usize) -> String {
        (0..n).map(|_| (b'a' + rng.below(26) as u8) as char).collect()
    }

    /// Random-letter labels of at most `max` bytes, joined by dots, `len` bytes in all.
    fn labels_of(rng: &mut Rng, len: usize, max: usize) -> String {
        let mut out = String::new();
        let mut left = len;
        while left > max {
            let take = max.min(left - 2);
            out += &letters(rng, take);
            out.push('.');
            left -= take + 1;
        }
        out + &letters(rng, left)
    }
}
