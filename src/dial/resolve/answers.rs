//! The answers the resolver gave, by name: each is fresh until its TTL (clamped to
//! `dns_ttl_min`..`dns_ttl_max`) runs out, then stale for `dns_stale_for` more, during
//! which it stands in for an answer the DNS servers fail to give. Bounded in names; the
//! time is always passed in, so the rules are tested without waiting.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

/// How long an answer lives: fresh for its TTL within `[min, max]`, then stale for
/// `stale_for`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetime {
    pub ttl_min: Duration,
    pub ttl_max: Duration,
    pub stale_for: Duration,
}

/// What the cache holds for a name.
#[derive(Debug, PartialEq)]
pub enum Cached {
    /// Within its TTL: use it, ask nobody.
    Fresh(Arc<[IpAddr]>),
    /// Expired, but young enough to stand in if the DNS servers fail.
    Stale(Stale),
    /// Nothing usable: never looked up, forgotten, or too old.
    Missing,
}

/// A last good answer past its TTL.
#[derive(Debug, Clone, PartialEq)]
pub struct Stale {
    pub ips: Arc<[IpAddr]>,
    /// Since the answer was received.
    pub age: Duration,
    /// A lookup failed for this name a moment ago: serve this without asking again.
    pub recently_failed: bool,
}

/// Answers by name.
pub struct Answers {
    lifetime: Lifetime,
    max: usize,
    names: RwLock<HashMap<Box<str>, Entry>>,
}

struct Entry {
    ips: Arc<[IpAddr]>,
    received: Instant,
    expires: Instant,
    /// When the last lookup of this name failed (cleared by a good answer).
    failed: Option<Instant>,
    /// When a stale serve of this name was last reported (event 404).
    reported: Option<Instant>,
}

impl Answers {
    /// An empty cache keeping at most `max` names.
    pub fn new(lifetime: Lifetime, max: usize) -> Answers {
        Answers { lifetime, max, names: RwLock::new(HashMap::new()) }
    }

    /// The answer for `name` if it is still fresh: the path of every tunnel to a known
    /// name, so one read lock and no allocation.
    pub fn fresh(&self, name: &str, now: Instant) -> Option<Arc<[IpAddr]>> {
        let names = self.names.read().unwrap_or_else(PoisonError::into_inner);
        let entry = names.get(name)?;
        (now < entry.expires).then(|| entry.ips.clone())
    }

    /// What the cache holds for `name`; `recheck` is how long after a failed lookup a
    /// stale answer is served without asking again.
    pub fn get(&self, name: &str, now: Instant, recheck: Duration) -> Cached {
        let names = self.names.read().unwrap_or_else(PoisonError::into_inner);
        let Some(entry) = names.get(name) else { return Cached::Missing };
        if now < entry.expires {
            return Cached::Fresh(entry.ips.clone());
        }
        if !self.within_stale_window(entry, now) {
            return Cached::Missing;
        }
        Cached::Stale(Stale {
            ips: entry.ips.clone(),
            age: now.saturating_duration_since(entry.received),
            recently_failed: entry.failed.is_some_and(|at| now.saturating_duration_since(at) < recheck),
        })
    }

    /// Keeps a good answer received at `now` whose records said it is valid until
    /// `valid_until` (its TTL), clamped to the lifetime's bounds. When the cache is
    /// full, names past their stale window make room; if none are, the answer is used
    /// but not kept.
    pub fn put(&self, name: &str, ips: Arc<[IpAddr]>, valid_until: Instant, now: Instant) {
        let Lifetime { ttl_min, ttl_max, .. } = self.lifetime;
        // When the bounds cross, the maximum wins: no answer is kept longer than it says.
        let ttl = valid_until.saturating_duration_since(now).clamp(ttl_min.min(ttl_max), ttl_max);
        let entry = Entry { ips, received: now, expires: now + ttl, failed: None, reported: None };
        let mut names = self.names.write().unwrap_or_else(PoisonError::into_inner);
        if names.len() >= self.max && !names.contains_key(name) {
            names.retain(|_, e| self.within_stale_window(e, now));
            if names.len() >= self.max {
                return;
            }
        }
        names.insert(name.into(), entry);
    }

    /// The DNS servers said the name does not exist (or has no address): that is an
    /// answer, and no stale one may be served over it.
    pub fn forget(&self, name: &str) {
        self.names.write().unwrap_or_else(PoisonError::into_inner).remove(name);
    }

    /// A lookup of `name` failed at `now` (timeout, SERVFAIL, unreachable server).
    pub fn failed(&self, name: &str, now: Instant) {
        let mut names = self.names.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = names.get_mut(name) {
            entry.failed = Some(now);
        }
    }

    /// Whether a stale serve of `name` at `now` should be reported: at most once per
    /// `every` per name (the caller logs; this only keeps the time).
    pub fn report_due(&self, name: &str, now: Instant, every: Duration) -> bool {
        let mut names = self.names.write().unwrap_or_else(PoisonError::into_inner);
        let Some(entry) = names.get_mut(name) else { return false };
        if entry.reported.is_some_and(|at| now.saturating_duration_since(at) < every) {
            return false;
        }
        entry.reported = Some(now);
        true
    }

    /// Names held (fresh or stale).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.names.read().unwrap_or_else(PoisonError::into_inner).len()
    }

    fn within_stale_window(&self, entry: &Entry, now: Instant) -> bool {
        now < entry.expires.checked_add(self.lifetime.stale_for).unwrap_or(entry.expires)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);
    const NAME: &str = "ws1.ods.opinsights.azure.com";

    fn ips(s: &[&str]) -> Arc<[IpAddr]> {
        s.iter().map(|a| a.parse().unwrap()).collect()
    }

    fn answers(min: u64, max: u64, stale_for: u64) -> Answers {
        let lifetime = Lifetime {
            ttl_min: SECOND * min as u32,
            ttl_max: SECOND * max as u32,
            stale_for: SECOND * stale_for as u32,
        };
        Answers::new(lifetime, 10)
    }

    #[test]
    fn an_answer_is_fresh_for_its_ttl() {
        let cache = answers(5, 300, 0);
        let t0 = Instant::now();
        assert_eq!(cache.get(NAME, t0, SECOND), Cached::Missing);
        cache.put(NAME, ips(&["20.1.2.3"]), t0 + SECOND * 60, t0);
        assert_eq!(cache.fresh(NAME, t0 + SECOND * 59).as_deref(), Some(&*ips(&["20.1.2.3"])));
        assert_eq!(cache.fresh(NAME, t0 + SECOND * 60), None);
        assert_eq!(cache.get(NAME, t0 + SECOND * 60, SECOND), Cached::Missing, "no stale window");
    }

    #[test]
    fn ttls_are_clamped_to_the_bounds() {
        let cache = answers(5, 300, 0);
        let t0 = Instant::now();
        cache.put("short.example", ips(&["20.0.0.1"]), t0 + SECOND, t0);
        cache.put("long.example", ips(&["20.0.0.2"]), t0 + SECOND * 86_400, t0);
        cache.put("zero.example", ips(&["20.0.0.3"]), t0, t0);
        assert!(cache.fresh("short.example", t0 + SECOND * 4).is_some(), "raised to the minimum");
        assert!(cache.fresh("short.example", t0 + SECOND * 5).is_none());
        assert!(cache.fresh("zero.example", t0 + SECOND * 4).is_some(), "TTL 0 raised too");
        assert!(cache.fresh("long.example", t0 + SECOND * 299).is_some());
        assert!(cache.fresh("long.example", t0 + SECOND * 300).is_none(), "lowered to the maximum");
        // Crossed bounds: the maximum wins.
        let crossed = answers(60, 10, 0);
        crossed.put(NAME, ips(&["20.0.0.4"]), t0 + SECOND * 30, t0);
        assert!(crossed.fresh(NAME, t0 + SECOND * 10).is_none());
    }

    #[test]
    fn an_expired_answer_is_stale_for_the_window_then_gone() {
        let cache = answers(0, 300, 600);
        let t0 = Instant::now();
        cache.put(NAME, ips(&["20.1.2.3"]), t0 + SECOND * 60, t0);
        let Cached::Stale(stale) = cache.get(NAME, t0 + SECOND * 61, SECOND) else { panic!("stale") };
        assert_eq!((stale.age, stale.recently_failed), (SECOND * 61, false));
        assert!(matches!(cache.get(NAME, t0 + SECOND * 659, SECOND), Cached::Stale(_)));
        assert_eq!(cache.get(NAME, t0 + SECOND * 660, SECOND), Cached::Missing, "past expiry + stale_for");
    }

    #[test]
    fn a_failure_is_remembered_for_the_recheck_time_and_a_good_answer_clears_it() {
        let cache = answers(0, 300, 600);
        let t0 = Instant::now();
        cache.put(NAME, ips(&["20.1.2.3"]), t0 + SECOND * 60, t0);
        cache.failed(NAME, t0 + SECOND * 70);
        let recheck = SECOND * 30;
        let stale = |at| match cache.get(NAME, t0 + SECOND * at, recheck) {
            Cached::Stale(s) => s.recently_failed,
            other => panic!("{other:?}"),
        };
        assert!(stale(99));
        assert!(!stale(100), "asked again after the recheck time");
        cache.put(NAME, ips(&["20.1.2.4"]), t0 + SECOND * 200, t0 + SECOND * 100);
        assert_eq!(cache.fresh(NAME, t0 + SECOND * 101).as_deref(), Some(&*ips(&["20.1.2.4"])));
    }

    #[test]
    fn no_such_name_forgets_the_last_answer() {
        let cache = answers(0, 300, 600);
        let t0 = Instant::now();
        cache.put(NAME, ips(&["20.1.2.3"]), t0 + SECOND * 60, t0);
        cache.forget(NAME);
        assert_eq!(cache.get(NAME, t0 + SECOND * 61, SECOND), Cached::Missing);
    }

    #[test]
    fn stale_serves_are_reported_once_per_interval_per_name() {
        let cache = answers(0, 300, 600);
        let t0 = Instant::now();
        cache.put("a.example", ips(&["20.0.0.1"]), t0, t0);
        cache.put("b.example", ips(&["20.0.0.2"]), t0, t0);
        let minute = SECOND * 60;
        assert!(cache.report_due("a.example", t0, minute));
        assert!(!cache.report_due("a.example", t0 + SECOND * 59, minute));
        assert!(cache.report_due("b.example", t0 + SECOND * 59, minute), "per name");
        assert!(cache.report_due("a.example", t0 + minute, minute));
        assert!(!cache.report_due("never.example", t0, minute));
    }

    #[test]
    fn the_cache_is_bounded_and_makes_room_from_names_past_their_stale_window() {
        let lifetime = Lifetime { ttl_min: SECOND * 30, ttl_max: SECOND * 30, stale_for: SECOND * 60 };
        let cache = Answers::new(lifetime, 2);
        let t0 = Instant::now();
        cache.put("a.example", ips(&["20.0.0.1"]), t0, t0);
        cache.put("b.example", ips(&["20.0.0.2"]), t0, t0);
        cache.put("c.example", ips(&["20.0.0.3"]), t0, t0 + SECOND * 31);
        assert!(cache.fresh("c.example", t0 + SECOND * 31).is_none(), "full of stale names: not kept");
        cache.put("c.example", ips(&["20.0.0.3"]), t0, t0 + SECOND * 90);
        assert!(cache.fresh("c.example", t0 + SECOND * 90).is_some(), "names past the window made room");
        assert_eq!(cache.len(), 1);
    }
}
