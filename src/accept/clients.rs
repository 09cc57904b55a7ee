//! "Connected Client": how many distinct client addresses have a connection open.
//! A map from address to open-connection count, sharded so that accepts and closes on
//! different cores rarely meet on one lock; touched twice per tunnel, never per read.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

/// Lock shards; a power of two well above the core count.
const SHARDS: usize = 64;

/// Open connections per client address.
pub struct Clients {
    shards: Vec<Mutex<HashMap<IpAddr, u32>>>,
    hasher: RandomState,
    distinct: AtomicI64,
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

impl Clients {
    /// A connection from `ip` opened; true when it is the address's first.
    pub fn enter(&self, ip: IpAddr) -> bool {
        let mut shard = self.shard(ip).lock().unwrap_or_else(|p| p.into_inner());
        let n = shard.entry(ip).or_insert(0);
        *n += 1;
        let first = *n == 1;
        if first {
            self.distinct.fetch_add(1, Ordering::Relaxed);
        }
        first
    }

    /// A connection from `ip` closed; true when it was the address's last.
    pub fn leave(&self, ip: IpAddr) -> bool {
        let mut shard = self.shard(ip).lock().unwrap_or_else(|p| p.into_inner());
        let Some(n) = shard.get_mut(&ip) else {
            return false;
        };
        *n -= 1;
        let last = *n == 0;
        if last {
            shard.remove(&ip);
            self.distinct.fetch_sub(1, Ordering::Relaxed);
        }
        last
    }

    /// Distinct addresses with a connection open now.
    pub fn distinct(&self) -> i64 {
        self.distinct.load(Ordering::Relaxed)
    }

    fn shard(&self, ip: IpAddr) -> &Mutex<HashMap<IpAddr, u32>> {
        &self.shards[self.hasher.hash_one(ip) as usize % SHARDS]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_distinct_addresses() {
        let c = Clients::default();
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        assert!(c.enter(a));
        assert!(!c.enter(a));
        assert!(c.enter(b));
        assert_eq!(c.distinct(), 2);
        assert!(!c.leave(a));
        assert!(c.leave(a));
        assert!(c.leave(b));
        assert!(!c.leave(b), "an unknown address does not go negative");
        assert_eq!(c.distinct(), 0);
    }
}
