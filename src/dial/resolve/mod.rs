//! Name resolution for the direct route and for the relay proxy's own name.
//!
//! A name is answered, in this order:
//! 1. from the `answers` cache while its TTL lasts (clamped to `dns_ttl_min` ..
//!    `dns_ttl_max`): one read lock, no query — the path of nearly every tunnel, since
//!    an agent fleet reaches the same few names (`<workspace>.ods.opinsights.azure.com`)
//!    over and over;
//! 2. from `/etc/hosts`, read when the resolver is built, as the C library's `files`
//!    before `dns`: a name listed there is never asked of DNS, for either family;
//! 3. by the DNS servers (`dns_servers`, or `/etc/resolv.conf`'s), through
//!    hickory-resolver: A and AAAA together, with the answer's TTL. Concurrent tunnels
//!    to a name share one lookup, and at most [`MAX_CONCURRENT_LOOKUPS`] names are
//!    looked up at once, so a reconnect storm does not become a DNS storm.
//!
//! When the DNS servers fail (time out, SERVFAIL, refused, unreachable) and the name
//! has a last good answer less than `dns_stale_for` past its expiry, that answer is
//! used (RFC 8767's serve-stale) and event 404 says so, at most once a minute per name.
//! NXDOMAIN, or a name with no address, is an answer: it drops the last good one.
//!
//! hickory rather than getaddrinfo: a lookup is a future that a deadline cancels,
//! where getaddrinfo blocks a thread of tokio's blocking pool until the C library
//! gives up (a DNS outage could fill that pool); and the answer carries its TTL, which
//! getaddrinfo hides, so the cache can honour it. What is lost: nsswitch modules
//! (mDNS, LDAP, systemd-resolved's NSS module) are not consulted, and changes to
//! `/etc/resolv.conf` or `/etc/hosts` apply at the next reload.
//!
//! The resolver in force is rebuilt whole when a configuration is put in force
//! ([`configure`]) and swapped in one store: a lookup uses one resolver from start to
//! end, never half of an old one. Its cache is kept across a reload that changes no
//! `dns_` key and no name server; otherwise the new servers start from an empty cache.

mod answers;

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use futures_util::FutureExt;
use futures_util::future::{BoxFuture, Shared, WeakShared};
use hickory_resolver::config::{
    LookupIpStrategy, NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts,
};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::Query;
use hickory_resolver::proto::rr::{Name, RecordType};
use hickory_resolver::{Hosts, TokioResolver};
use tokio::sync::Semaphore;
use tracing::warn;

pub use answers::Lifetime;

use self::answers::{Answers, Cached, Stale};
use super::DialError;
use crate::connect::Host;
use crate::events;
use crate::lang::Msg;
use crate::msg;

/// Names kept in the cache at most; when it is full, names past their stale window make
/// room, and a new name goes uncached until there is some. Agents reach a handful of
/// names: this is far above that.
pub const CACHE_NAMES: usize = 4096;
/// Names looked up at once. Lookups are async (no thread is held), but a flood of new
/// names under a wildcard entry must not become a flood of queries at the site's DNS
/// server; past it, lookups wait their turn (within the tunnel's `connect_timeout`).
pub const MAX_CONCURRENT_LOOKUPS: usize = 64;
/// How long a tunnel waits for a fresh answer when a stale one is at hand before it
/// takes the stale one: RFC 8767 §5's client response timer (1.8 s). At most half the
/// time left before `connect_timeout`, so that the connect has time too.
const STALE_ANSWER_WAIT: Duration = Duration::from_millis(1800);
/// After a lookup failed, a name's stale answer is used at once for this long before
/// the DNS servers are asked again: RFC 8767 §5's failure recheck timer (30 s), so an
/// outage costs one tunnel the wait every 30 s rather than every tunnel.
const FAILURE_RECHECK: Duration = Duration::from_secs(30);
/// Event 404 at most this often per name. Per name rather than one line for all, so an
/// operator sees every name living on an old answer, and how old it is getting; the
/// cache's bound on names bounds the lines too.
const STALE_REPORT_EVERY: Duration = Duration::from_secs(60);
/// The port a `dns_servers` entry without one is asked on.
pub const DNS_PORT: u16 = 53;
/// Dead entries in the table of lookups in flight are swept when it holds this many.
const IN_FLIGHT_SWEEP_AT: usize = 1024;

/// What tunnels' lookups came to since the process started: the resolver only counts,
/// and the metrics endpoint reads the counts at each scrape (telemetry observes; no
/// step below it records metrics itself).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Names found fresh in the cache.
    pub cache_hits: u64,
    /// Lookups answered with addresses.
    pub ok: u64,
    /// Lookups answered "no such name" or "no address".
    pub nxdomain: u64,
    /// Lookups that failed with no stale answer to stand in.
    pub failed: u64,
    /// Lookups that failed (or were slow) and took the last good answer (event 404).
    pub stale: u64,
}

/// The counts so far.
pub fn counts() -> Counts {
    let n = |c: &AtomicU64| c.load(Ordering::Relaxed);
    Counts {
        cache_hits: n(&TALLY.cache_hits),
        ok: n(&TALLY.ok),
        nxdomain: n(&TALLY.nxdomain),
        failed: n(&TALLY.failed),
        stale: n(&TALLY.stale),
    }
}

/// One `dns_servers` entry: `IP` or `IP:PORT` (`[IPv6]:PORT`); port 53 when absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DnsServer(pub SocketAddr);

/// The `dns_` keys, as the resolver takes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnsSettings {
    /// Empty: `/etc/resolv.conf`'s name servers.
    pub servers: Vec<SocketAddr>,
    pub lifetime: Lifetime,
}

/// The addresses of `host` on `port`: an IP literal as it is, a name from the cache or
/// the resolver in force. The lookup gives up at `deadline` (a stale answer, when there
/// is one, is taken before).
pub async fn resolve(
    host: &Host,
    port: u16,
    deadline: tokio::time::Instant,
) -> Result<Vec<SocketAddr>, DialError> {
    let name = match host {
        Host::Ip(ip) => return Ok(vec![SocketAddr::new(*ip, port)]),
        Host::Name(name) => name,
    };
    let ips = match cached(name) {
        Ok(ips) => ips,
        // Boxed: only a miss pays for the lookup's state, not every tunnel's future.
        Err(resolver) => Box::pin(resolver.look_up(name, deadline)).await?,
    };
    Ok(ips.iter().map(|ip| SocketAddr::new(*ip, port)).collect())
}

/// Puts the DNS settings of a configuration in force for lookups from now on: a new
/// resolver (re-reading `/etc/resolv.conf` and `/etc/hosts`), keeping the cache when
/// neither the settings nor the name servers changed. Called at start and on reload.
pub fn configure(settings: DnsSettings) {
    let mut first = false;
    let in_force = IN_FORCE.get_or_init(|| {
        first = true;
        ArcSwap::from_pointee(Resolver::build(settings.clone(), None))
    });
    if !first {
        let next = Resolver::build(settings, Some(&in_force.load()));
        in_force.store(Arc::new(next));
    }
}

impl DnsServer {
    /// Parses `IP`, `IP:PORT` or `[IPv6]:PORT`.
    pub fn parse(text: &str) -> Result<DnsServer, Msg> {
        let text = text.trim();
        let addr = match text.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
            Ok(ip) => SocketAddr::new(ip, DNS_PORT),
            Err(_) => text.parse::<SocketAddr>().map_err(|_| {
                msg!("config-dns-server-examples", examples = "\"10.0.0.53\", \"[fd00::53]:5353\"")
            })?,
        };
        if addr.port() == 0 {
            return Err(msg!("config-dns-server-port-zero", port = "0"));
        }
        Ok(DnsServer(addr))
    }
}

impl fmt::Display for DnsServer {
    /// As an operator writes it: without the port when it is 53.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.port() {
            DNS_PORT => write!(f, "{}", self.0.ip()),
            _ => write!(f, "{}", self.0),
        }
    }
}

impl Default for DnsSettings {
    /// resolv.conf's servers and the key table's defaults (`dns_ttl_min = "5s"`,
    /// `dns_ttl_max = "5m"`, `dns_stale_for = "10m"`; a test holds them equal).
    fn default() -> DnsSettings {
        DnsSettings {
            servers: Vec::new(),
            lifetime: Lifetime {
                ttl_min: Duration::from_secs(5),
                ttl_max: Duration::from_secs(300),
                stale_for: Duration::from_secs(600),
            },
        }
    }
}

/// The resolver in force; before any [`configure`] (unit tests), one with the key
/// table's defaults.
/// The counters behind [`counts`]: relaxed atomics, one add per tunnel that resolves.
struct Tally {
    cache_hits: AtomicU64,
    ok: AtomicU64,
    nxdomain: AtomicU64,
    failed: AtomicU64,
    stale: AtomicU64,
}

static TALLY: Tally = Tally {
    cache_hits: AtomicU64::new(0),
    ok: AtomicU64::new(0),
    nxdomain: AtomicU64::new(0),
    failed: AtomicU64::new(0),
    stale: AtomicU64::new(0),
};

static IN_FORCE: OnceLock<ArcSwap<Resolver>> = OnceLock::new();

/// Why a lookup gave no addresses. Cloned to every tunnel waiting on the lookup.
#[derive(Debug, Clone)]
enum Failure {
    /// An answer: the name does not exist, or has no A or AAAA record.
    NoSuchName(&'static str),
    /// No answer: the DNS servers timed out, failed or could not be reached.
    Failed(Arc<str>),
}

/// What one lookup found; every tunnel waiting on it gets a clone.
type Outcome = Result<Arc<[IpAddr]>, Failure>;
/// A lookup that the tunnels wanting the name share; dropped (cancelled) when the last
/// of them stops waiting.
type Lookup = Shared<BoxFuture<'static, Outcome>>;

/// A resolver built from one configuration's DNS settings.
struct Resolver {
    settings: DnsSettings,
    /// Where queries go (the configured servers, or resolv.conf's).
    servers: Vec<SocketAddr>,
    dns: TokioResolver,
    /// `/etc/hosts`, as read when this resolver was built.
    hosts: Hosts,
    answers: Arc<Answers>,
    /// Lookups running, by name, so that tunnels to one name share one.
    in_flight: Mutex<HashMap<Box<str>, WeakShared<BoxFuture<'static, Outcome>>>>,
    lookups: Semaphore,
}

impl Resolver {
    /// Builds a resolver; reuses `previous`'s cache when its settings and servers are the
    /// same. An unreadable `/etc/resolv.conf` (or one without a `nameserver` line) means
    /// 127.0.0.1:53, as for the C library, with a warning.
    fn build(settings: DnsSettings, previous: Option<&Resolver>) -> Resolver {
        let (config, mut options) = match name_servers(&settings.servers) {
            Ok(found) => found,
            Err(e) => {
                warn!(
                    event_id = events::GENERAL,
                    "cannot use /etc/resolv.conf ({e}); asking 127.0.0.1:53, as the C library would"
                );
                name_servers(&[SocketAddr::from(([127, 0, 0, 1], DNS_PORT))]).expect("servers are given")
            }
        };
        let servers = servers_of(&config);
        // The cache is ours (answers): hickory's is sized to nothing, and were an entry
        // to linger, it could not outlive dns_ttl_max, nor hold an NXDOMAIN at all.
        options.cache_size = 0;
        options.positive_max_ttl = Some(settings.lifetime.ttl_max);
        options.negative_max_ttl = Some(Duration::ZERO);
        // /etc/hosts is read here, and first (see `ask`).
        options.use_hosts_file = ResolveHosts::Never;
        options.ip_strategy = LookupIpStrategy::Ipv6AndIpv4;
        let mut builder = TokioResolver::builder_with_config(config, TokioRuntimeProvider::default());
        *builder.options_mut() = options;
        let dns = builder.build().expect("a resolver without TLS or DNSSEC always builds");
        let answers = match previous {
            Some(p) if p.settings == settings && p.servers == servers => p.answers.clone(),
            _ => Arc::new(Answers::new(settings.lifetime, CACHE_NAMES)),
        };
        Resolver {
            hosts: Hosts::from_system().unwrap_or_default(),
            in_flight: Mutex::new(HashMap::new()),
            lookups: Semaphore::new(MAX_CONCURRENT_LOOKUPS),
            settings,
            servers,
            dns,
            answers,
        }
    }

    /// A name not fresh in the cache: join or start its lookup; take a stale answer when
    /// the lookup fails, or is slow and a stale answer is at hand.
    async fn look_up(
        self: Arc<Self>,
        name: &str,
        deadline: tokio::time::Instant,
    ) -> Result<Arc<[IpAddr]>, DialError> {
        let fail = |why: &str| DialError::Resolve { host: name.to_string(), error: why.to_string() };
        let stale = match self.answers.get(name, Instant::now(), FAILURE_RECHECK) {
            // Another tunnel's lookup finished in between.
            Cached::Fresh(ips) => {
                TALLY.cache_hits.fetch_add(1, Ordering::Relaxed);
                return Ok(ips);
            }
            Cached::Stale(stale) if stale.recently_failed => return Ok(self.serve_stale(name, stale)),
            Cached::Stale(stale) => Some(stale),
            Cached::Missing => None,
        };
        let give_up = match stale {
            Some(_) => {
                let now = tokio::time::Instant::now();
                now + STALE_ANSWER_WAIT.min(deadline.saturating_duration_since(now) / 2)
            }
            None => deadline,
        };
        let why = match tokio::time::timeout_at(give_up, self.lookup(name)).await {
            Ok(Ok(ips)) => {
                TALLY.ok.fetch_add(1, Ordering::Relaxed);
                return Ok(ips);
            }
            Ok(Err(Failure::NoSuchName(why))) => {
                TALLY.nxdomain.fetch_add(1, Ordering::Relaxed);
                return Err(fail(why));
            }
            Ok(Err(Failure::Failed(why))) => why,
            Err(_) => {
                // Given up on: the lookup is cancelled when nobody else waits for it.
                self.answers.failed(name, Instant::now());
                Arc::from("no answer from the DNS servers within connect_timeout")
            }
        };
        match stale {
            Some(stale) => Ok(self.serve_stale(name, stale)),
            None => {
                TALLY.failed.fetch_add(1, Ordering::Relaxed);
                Err(fail(&why))
            }
        }
    }

    /// The lookup of `name` in flight, or a new one.
    fn lookup(self: &Arc<Self>, name: &str) -> Lookup {
        let mut in_flight = self.in_flight.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(running) = in_flight.get(name).and_then(WeakShared::upgrade) {
            return running;
        }
        let (resolver, key) = (Arc::clone(self), Box::<str>::from(name));
        let lookup = async move {
            let outcome = resolver.ask(&key).await;
            resolver.in_flight.lock().unwrap_or_else(PoisonError::into_inner).remove(&key);
            outcome
        }
        .boxed()
        .shared();
        if in_flight.len() >= IN_FLIGHT_SWEEP_AT {
            in_flight.retain(|_, lookup| lookup.upgrade().is_some());
        }
        in_flight.insert(name.into(), lookup.downgrade().expect("a new lookup has not completed"));
        lookup
    }

    /// Asks `/etc/hosts`, then the DNS servers; keeps what they say in the cache.
    async fn ask(&self, name: &str) -> Outcome {
        let Ok(fqdn) = Name::from_ascii(name) else {
            return Err(Failure::NoSuchName("not a DNS name"));
        };
        let now = Instant::now();
        if let Some(ips) = self.in_hosts(&fqdn) {
            self.answers.put(name, ips.clone(), now + self.settings.lifetime.ttl_max, now);
            return Ok(ips);
        }
        let Ok(_turn) = self.lookups.acquire().await else { unreachable!("the semaphore is never closed") };
        let found = self.dns.lookup_ip(fqdn).await;
        let now = Instant::now();
        match found {
            Ok(found) => {
                let ips: Arc<[IpAddr]> = found.iter().collect();
                if ips.is_empty() {
                    self.answers.forget(name);
                    return Err(Failure::NoSuchName("the name has no A or AAAA record"));
                }
                self.answers.put(name, ips.clone(), found.valid_until(), now);
                Ok(ips)
            }
            Err(e) if e.is_no_records_found() => {
                self.answers.forget(name);
                Err(Failure::NoSuchName(if e.is_nx_domain() {
                    "NXDOMAIN: the name does not exist"
                } else {
                    "the name has no A or AAAA record"
                }))
            }
            Err(e) => {
                self.answers.failed(name, now);
                Err(Failure::Failed(describe(&e).into()))
            }
        }
    }

    /// The addresses `/etc/hosts` lists for the name, both families; `None` when it
    /// lists none (then DNS is asked, for both).
    fn in_hosts(&self, name: &Name) -> Option<Arc<[IpAddr]>> {
        let ips: Arc<[IpAddr]> = [RecordType::AAAA, RecordType::A]
            .into_iter()
            .filter_map(|kind| self.hosts.lookup_static_host(&Query::query(name.clone(), kind)))
            .flat_map(|found| found.answers().iter().filter_map(|r| r.data.ip_addr()).collect::<Vec<_>>())
            .collect();
        (!ips.is_empty()).then_some(ips)
    }

    /// Uses a stale answer: counted every time, reported (event 404) at most once a
    /// minute per name.
    fn serve_stale(&self, name: &str, stale: Stale) -> Arc<[IpAddr]> {
        TALLY.stale.fetch_add(1, Ordering::Relaxed);
        if self.answers.report_due(name, Instant::now(), STALE_REPORT_EVERY) {
            let age = stale.age.as_secs();
            warn!(
                event_id = events::DNS_STALE,
                name,
                age_s = age,
                "DNS resolver failing: serving the last good answer for {name}, {age} s old"
            );
        }
        stale.ips
    }
}

/// The resolver in force, built with the defaults if no configuration came first.
fn in_force() -> &'static ArcSwap<Resolver> {
    IN_FORCE.get_or_init(|| ArcSwap::from_pointee(Resolver::build(DnsSettings::default(), None)))
}

/// A fresh cached answer for `name` (counted as a hit), else the resolver to ask.
fn cached(name: &str) -> Result<Arc<[IpAddr]>, Arc<Resolver>> {
    let resolver = in_force().load();
    match resolver.answers.fresh(name, Instant::now()) {
        Some(ips) => {
            TALLY.cache_hits.fetch_add(1, Ordering::Relaxed);
            Ok(ips)
        }
        None => Err(arc_swap::Guard::into_inner(resolver)),
    }
}

/// The hickory configuration for `servers`, or for `/etc/resolv.conf`'s when empty
/// (its search list and its `timeout`, `attempts` and `ndots` options apply then).
fn name_servers(servers: &[SocketAddr]) -> Result<(ResolverConfig, ResolverOpts), String> {
    if servers.is_empty() {
        return hickory_resolver::system_conf::read_system_conf().map_err(|e| e.to_string());
    }
    let servers = servers
        .iter()
        .map(|server| {
            let mut config = NameServerConfig::udp_and_tcp(server.ip());
            for connection in &mut config.connections {
                connection.port = server.port();
            }
            config
        })
        .collect();
    Ok((ResolverConfig::from_parts(None, vec![], servers), ResolverOpts::default()))
}

/// The addresses a configuration sends queries to.
fn servers_of(config: &ResolverConfig) -> Vec<SocketAddr> {
    let mut servers: Vec<SocketAddr> = config
        .name_servers()
        .iter()
        .flat_map(|ns| ns.connections.iter().map(|c| SocketAddr::new(ns.ip, c.port)))
        .collect();
    servers.dedup();
    servers
}

/// A lookup failure in a few words for the 502's body and event 403.
fn describe(error: &NetError) -> String {
    match error {
        NetError::Timeout => "the DNS servers did not answer in time".into(),
        NetError::Dns(DnsError::ResponseCode(code)) => format!("the DNS server answered {code}"),
        NetError::NoConnections => "no DNS server could be reached".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
