//! Per-client state, keyed by the agent's address: how many connections it has open
//! ("Connected Client"), and its limits — open connections (`max_connections_per_client`)
//! and new connections per second (`client_tunnel_rate`, a token bucket). Sharded by
//! address, so accepts and closes on different cores rarely meet on one lock; touched
//! twice per connection, never per read. Bounded in memory: addresses with nothing open
//! are kept only while their bucket refills, and evicted when a shard is full.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Instant;

/// Lock shards; a power of two well above the core count.
const SHARDS: usize = 64;
/// Addresses with nothing open kept per shard at most (64 × 1,024 in all): past it the
/// idle ones whose bucket is full again are dropped, then (under a flood of new
/// addresses) every idle one. Addresses with a connection open are always kept (there
/// are at most `max_connections` of them).
const IDLE_PER_SHARD: usize = 1024;

/// The per-client limits in force; 0 turns one off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Limits {
    /// Open connections per address.
    pub max_connections: u32,
    /// New connections per second per address; bursts of twice as many pass.
    pub rate: u32,
}

/// Open connections counted over every client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Connections open (as `omsgate_active_client_connections`).
    pub open: u64,
    /// The address with the most open, and how many.
    pub busiest: Option<(IpAddr, u32)>,
}

/// Why a client's new connection was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// It already has `max_connections_per_client` open.
    Connections { max: u32 },
    /// It opened more than `client_tunnel_rate` per second.
    Rate { rate: u32 },
}

/// Open connections and bucket of every client address.
pub struct Clients {
    shards: Vec<Mutex<HashMap<IpAddr, Entry>>>,
    hasher: RandomState,
    distinct: AtomicI64,
}

/// One address's state.
#[derive(Debug, Clone, Copy)]
struct Entry {
    open: u32,
    /// Tokens left in its bucket (at most twice the rate), and when they were counted.
    tokens: f64,
    counted: Instant,
}

impl Default for Clients {
    fn default() -> Self {
        Clients {
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
            hasher: RandomState::new(),
            distinct: AtomicI64::new(0),
        }
    }
}

impl Refused {
    /// The `reason` label of `omsgate_rejections_total`.
    pub fn reason(self) -> &'static str {
        match self {
            Refused::Connections { .. } => "client_connections",
            Refused::Rate { .. } => "client_rate",
        }
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Connections { max } => {
                write!(f, "this client already has max_connections_per_client = {max} connections open")
            }
            Refused::Rate { rate } => {
                write!(f, "this client opens more than client_tunnel_rate = {rate} tunnels a second")
            }
        }
    }
}

impl Clients {
    /// A connection from `ip` arrives: `Ok(true)` when admitted as the address's first
    /// open connection, `Ok(false)` when admitted beside others, `Err` (nothing counted)
    /// when it is over a limit.
    pub fn enter(&self, ip: IpAddr, limits: Limits, now: Instant) -> Result<bool, Refused> {
        let mut shard = self.shard(ip).lock().unwrap_or_else(|p| p.into_inner());
        if !shard.contains_key(&ip) && shard.len() >= IDLE_PER_SHARD {
            shard.retain(|_, e| e.open > 0 || !e.refilled(limits.rate, now));
            if shard.len() >= IDLE_PER_SHARD {
                // A flood of new addresses: their buckets are forgotten, not the memory.
                shard.retain(|_, e| e.open > 0);
            }
        }
        let entry = shard.entry(ip).or_insert(Entry { open: 0, tokens: burst(limits.rate), counted: now });
        if limits.max_connections > 0 && entry.open >= limits.max_connections {
            return Err(Refused::Connections { max: limits.max_connections });
        }
        if limits.rate > 0 {
            entry.refill(limits.rate, now);
            if entry.tokens < 1.0 {
                return Err(Refused::Rate { rate: limits.rate });
            }
            entry.tokens -= 1.0;
        }
        entry.open += 1;
        let first = entry.open == 1;
        if first {
            self.distinct.fetch_add(1, Ordering::Relaxed);
        }
        Ok(first)
    }

    /// A connection from `ip` closed; true when it was the address's last. The entry
    /// stays while its bucket refills (a client that reconnects at once must not find a
    /// full bucket), unless rates are off.
    pub fn leave(&self, ip: IpAddr, limits: Limits, now: Instant) -> bool {
        let mut shard = self.shard(ip).lock().unwrap_or_else(|p| p.into_inner());
        let Some(entry) = shard.get_mut(&ip) else {
            return false;
        };
        if entry.open == 0 {
            return false;
        }
        entry.open -= 1;
        let last = entry.open == 0;
        if last {
            self.distinct.fetch_sub(1, Ordering::Relaxed);
            if entry.refilled(limits.rate, now) {
                shard.remove(&ip);
            }
        }
        last
    }

    /// Distinct addresses with a connection open now.
    pub fn distinct(&self) -> i64 {
        self.distinct.load(Ordering::Relaxed)
    }

    /// Connections open in all, and the address with the most of them and how many (for
    /// `omsgate status`: the agent nearest `max_connections_per_client`). Visits every
    /// shard, one lock at a time: for an operator's question, not for a tunnel.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for shard in &self.shards {
            let shard = shard.lock().unwrap_or_else(|p| p.into_inner());
            for (ip, e) in shard.iter().filter(|(_, e)| e.open > 0) {
                tally.open += u64::from(e.open);
                if tally.busiest.is_none_or(|(_, most)| e.open > most) {
                    tally.busiest = Some((*ip, e.open));
                }
            }
        }
        tally
    }

    fn shard(&self, ip: IpAddr) -> &Mutex<HashMap<IpAddr, Entry>> {
        &self.shards[self.hasher.hash_one(ip) as usize % SHARDS]
    }
}

impl Entry {
    fn refill(&mut self, rate: u32, now: Instant) {
        let elapsed = now.saturating_duration_since(self.counted).as_secs_f64();
        self.tokens = (self.tokens + elapsed * f64::from(rate)).min(burst(rate));
        self.counted = now;
    }

    /// Whether its bucket would be full now (always, with rates off).
    fn refilled(&self, rate: u32, now: Instant) -> bool {
        let elapsed = now.saturating_duration_since(self.counted).as_secs_f64();
        rate == 0 || self.tokens + elapsed * f64::from(rate) >= burst(rate)
    }
}

/// A bucket holds two seconds' worth of tunnels: agents reconnecting after a blip pass.
fn burst(rate: u32) -> f64 {
    2.0 * f64::from(rate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const OFF: Limits = Limits { max_connections: 0, rate: 0 };

    #[test]
    fn counts_distinct_addresses() {
        let c = Clients::default();
        let now = Instant::now();
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        assert_eq!(c.enter(a, OFF, now), Ok(true));
        assert_eq!(c.enter(a, OFF, now), Ok(false));
        assert_eq!(c.enter(b, OFF, now), Ok(true));
        assert_eq!(c.distinct(), 2);
        assert_eq!(c.tally(), Tally { open: 3, busiest: Some((a, 2)) });
        assert!(!c.leave(a, OFF, now));
        assert!(c.leave(a, OFF, now));
        assert!(c.leave(b, OFF, now));
        assert!(!c.leave(b, OFF, now), "an unknown address does not go negative");
        assert_eq!(c.distinct(), 0);
        assert_eq!(c.tally(), Tally::default());
    }

    #[test]
    fn one_client_past_its_cap_is_refused_and_others_are_not() {
        let c = Clients::default();
        let now = Instant::now();
        let limits = Limits { max_connections: 2, rate: 0 };
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        assert!(c.enter(a, limits, now).is_ok() && c.enter(a, limits, now).is_ok());
        assert_eq!(c.enter(a, limits, now), Err(Refused::Connections { max: 2 }));
        assert_eq!(c.enter(b, limits, now), Ok(true));
        c.leave(a, limits, now);
        assert!(c.enter(a, limits, now).is_ok(), "a slot freed is a slot again");
    }

    #[test]
    fn the_bucket_passes_a_burst_then_the_rate() {
        let c = Clients::default();
        let t0 = Instant::now();
        let limits = Limits { max_connections: 0, rate: 10 };
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        for i in 0..20 {
            assert!(c.enter(a, limits, t0).is_ok(), "burst {i}");
            c.leave(a, limits, t0);
        }
        assert_eq!(c.enter(a, limits, t0), Err(Refused::Rate { rate: 10 }), "the bucket is empty");
        let later = t0 + Duration::from_millis(250);
        assert!(c.enter(a, limits, later).is_ok() && c.enter(a, limits, later).is_ok());
        assert!(c.enter(a, limits, later).is_err(), "2.5 tokens in 250 ms");
    }

    #[test]
    fn the_table_stays_bounded_by_evicting_idle_clients() {
        let c = Clients::default();
        let t0 = Instant::now();
        let limits = Limits { max_connections: 0, rate: 10 };
        for i in 0..(SHARDS * IDLE_PER_SHARD * 3) as u32 {
            let ip = IpAddr::from(i.to_be_bytes());
            c.enter(ip, limits, t0).unwrap();
            c.leave(ip, limits, t0);
        }
        let kept: usize = c.shards.iter().map(|s| s.lock().unwrap().len()).sum();
        assert!(kept <= SHARDS * IDLE_PER_SHARD, "{kept} entries kept");
        let open = "10.9.9.9".parse().unwrap();
        c.enter(open, limits, t0 + Duration::from_secs(3)).unwrap();
        assert_eq!(c.distinct(), 1, "an address with a connection open is never dropped");
    }
}
