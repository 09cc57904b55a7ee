//! A relay proxy's health as every tunnel sees it: a small circuit breaker and the clock
//! of its 407 report, in atomics, so that thousands of tunnels consult and update it
//! without a lock. A tunnel only loads the breaker on its way to a relay that works
//! (one read of a shared, rarely written word); stores happen when a relay fails or
//! recovers.
//!
//! The breaker is one timestamp: when the relay last failed (0: it works). While
//! `relay_retry_after` has not passed since then, tunnels skip the relay. Once it has,
//! the first tunnel to look claims the retry by moving the timestamp to now (a
//! compare-and-swap: only one wins) and tries the relay; the others keep skipping it
//! for another `relay_retry_after`, so a dead relay is retried by one tunnel at a time,
//! not by a stampede. A success closes the breaker again.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// One relay's breaker and 407 report state.
#[derive(Debug, Default)]
pub struct Health {
    /// When the relay last failed, in [`now`] milliseconds; 0 while it works.
    failed_at: AtomicU64,
    /// When its last 407 line was written, in [`now`] milliseconds; 0: never.
    auth_reported_at: AtomicU64,
    /// Tunnels refused with a 407 since that line.
    auth_refused: AtomicU64,
}

/// What a tunnel may do with a relay now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admit {
    /// It works (as far as anyone knows): try it.
    Closed,
    /// It failed more than `relay_retry_after` ago and this tunnel claimed the retry.
    Retry,
    /// It failed less than `relay_retry_after` ago (or another tunnel is retrying it):
    /// skip it unless every other relay fails too.
    Open,
}

/// How often a relay's 407 is logged at most: once per burst of refused tunnels.
pub const AUTH_REPORT_EVERY: Duration = Duration::from_secs(60);

impl Health {
    /// Whether a tunnel may try the relay at `now` (ms) with `retry_after`.
    pub fn admit(&self, now: u64, retry_after: Duration) -> Admit {
        let failed = self.failed_at.load(Ordering::Relaxed);
        if failed == 0 {
            return Admit::Closed;
        }
        if now < failed.saturating_add(retry_after.as_millis() as u64) {
            return Admit::Open;
        }
        match self.failed_at.compare_exchange(failed, now, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => Admit::Retry,
            Err(_) => Admit::Open,
        }
    }

    /// The relay failed at `now`; true when this opened the breaker (it worked before),
    /// so the caller reports the change once, not once per failing tunnel.
    pub fn failed(&self, now: u64) -> bool {
        self.failed_at.swap(now.max(1), Ordering::Relaxed) == 0
    }

    /// The relay carried a tunnel; true when this closed the breaker (it had failed).
    pub fn worked(&self) -> bool {
        self.failed_at.load(Ordering::Relaxed) != 0 && self.failed_at.swap(0, Ordering::Relaxed) != 0
    }

    /// Whether the relay works as far as tunnels know: no failure since it last carried
    /// one (the `omsgate_relay_proxy_up` gauge).
    pub fn works(&self) -> bool {
        self.failed_at.load(Ordering::Relaxed) == 0
    }

    /// Whether the breaker is open at `now` (for tests and status).
    pub fn is_open(&self, now: u64, retry_after: Duration) -> bool {
        let failed = self.failed_at.load(Ordering::Relaxed);
        failed != 0 && now < failed.saturating_add(retry_after.as_millis() as u64)
    }

    /// The relay answered 407 at `now`: `Some(refused)` when a line is due (the first
    /// of a burst, or [`AUTH_REPORT_EVERY`] after the last), with how many tunnels it
    /// refused since the last line (this one included); `None` to stay quiet.
    pub fn auth_refused(&self, now: u64) -> Option<u64> {
        self.auth_refused.fetch_add(1, Ordering::Relaxed);
        let last = self.auth_reported_at.load(Ordering::Relaxed);
        let due = last == 0 || now >= last.saturating_add(AUTH_REPORT_EVERY.as_millis() as u64);
        let claimed = due
            && self
                .auth_reported_at
                .compare_exchange(last, now.max(1), Ordering::Relaxed, Ordering::Relaxed)
                .is_ok();
        claimed.then(|| self.auth_refused.swap(0, Ordering::Relaxed))
    }
}

/// Milliseconds since this process first asked, plus one (0 means "never" above).
pub fn now() -> u64 {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    EPOCH.get_or_init(Instant::now).elapsed().as_millis() as u64 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const RETRY: Duration = Duration::from_secs(30);

    #[test]
    fn a_failed_relay_is_skipped_then_retried_by_one_tunnel() {
        let h = Health::default();
        assert_eq!(h.admit(1_000, RETRY), Admit::Closed);
        assert!(h.failed(1_000), "the first failure opens the breaker");
        assert!(!h.failed(1_010), "a second failing tunnel reports nothing new");
        assert_eq!(h.admit(20_000, RETRY), Admit::Open);
        assert!(h.is_open(20_000, RETRY));
        // relay_retry_after after the last failure: one tunnel gets the retry...
        assert_eq!(h.admit(31_010, RETRY), Admit::Retry);
        // ...and the others keep skipping it meanwhile.
        assert_eq!(h.admit(31_011, RETRY), Admit::Open);
        assert!(h.worked(), "the retry worked: the breaker closes");
        assert!(!h.worked(), "and says so once");
        assert_eq!(h.admit(31_012, RETRY), Admit::Closed);
    }

    #[test]
    fn a_failed_retry_keeps_it_open_for_another_period() {
        let h = Health::default();
        h.failed(1_000);
        assert_eq!(h.admit(31_000, RETRY), Admit::Retry);
        assert!(!h.failed(31_500), "still failing: no new report");
        assert_eq!(h.admit(61_000, RETRY), Admit::Open);
        assert_eq!(h.admit(61_500, RETRY), Admit::Retry);
    }

    #[test]
    fn a_407_is_reported_once_per_burst_with_the_count() {
        let h = Health::default();
        assert_eq!(h.auth_refused(5), Some(1), "the first of a burst is reported");
        for t in 6..50 {
            assert_eq!(h.auth_refused(t), None);
        }
        assert_eq!(h.auth_refused(5 + 60_000), Some(45), "a minute later, with every tunnel refused since");
    }

    #[test]
    fn many_threads_open_it_once() {
        let h = std::sync::Arc::new(Health::default());
        let opened: usize = (0..8)
            .map(|_| {
                let h = h.clone();
                std::thread::spawn(move || (0..1000).filter(|_| h.failed(42)).count())
            })
            .map(|t| t.join().unwrap())
            .sum();
        assert_eq!(opened, 1);
    }
}
