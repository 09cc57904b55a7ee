//! Connections still sending their CONNECT head: at most `max_pending_heads` at once,
//! so slow clients (slowloris) cannot hold every connection slot. Past the cap a
//! newcomer is not refused — that would let slow clients starve new agents — instead it
//! evicts the connection that arrived `cap` connections before it, if that one is still
//! pending. Agents send their head within milliseconds, so whoever is still sending one
//! that many arrivals later is a slow client. Lock-free: a ring of slots, one per
//! pending connection, each naming its occupant by arrival number.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::sync::Notify;

/// No occupant.
const FREE: u64 = u64::MAX;

/// The ring of pending-head slots.
pub struct Pending {
    slots: Box<[Slot]>,
    arrivals: AtomicU64,
}

struct Slot {
    /// The arrival number of the connection holding it, or [`FREE`].
    occupant: AtomicU64,
    /// Woken when a newcomer takes the slot over.
    taken: Notify,
}

/// A connection's hold on its slot until its head is read.
pub struct Ticket<'a> {
    slot: &'a Slot,
    arrival: u64,
    /// Set once the head is read: from then on the connection cannot be evicted.
    released: AtomicBool,
}

impl Pending {
    /// A ring for at most `cap` pending heads (at least one).
    pub fn new(cap: usize) -> Pending {
        let slots =
            (0..cap.max(1)).map(|_| Slot { occupant: AtomicU64::new(FREE), taken: Notify::new() }).collect();
        Pending { slots, arrivals: AtomicU64::new(0) }
    }

    /// How many heads may be pending at once.
    pub fn cap(&self) -> usize {
        self.slots.len()
    }

    /// A new connection takes the next slot; the one still pending there is evicted.
    /// Returns the ticket and whether someone was evicted.
    pub fn enter(&self) -> (Ticket<'_>, bool) {
        let arrival = self.arrivals.fetch_add(1, Ordering::Relaxed);
        let slot = &self.slots[(arrival % self.slots.len() as u64) as usize];
        let evicted = slot.occupant.swap(arrival, Ordering::AcqRel) != FREE;
        if evicted {
            slot.taken.notify_waiters();
        }
        (Ticket { slot, arrival, released: AtomicBool::new(false) }, evicted)
    }
}

impl Ticket<'_> {
    /// The head is read: the slot is free again and this connection cannot be evicted.
    pub fn release(&self) {
        self.released.store(true, Ordering::Release);
        let _ = self.slot.occupant.compare_exchange(self.arrival, FREE, Ordering::AcqRel, Ordering::Relaxed);
    }

    /// Resolves when a newcomer took the slot over while the head was still pending;
    /// never once the head was read.
    pub async fn evicted(&self) {
        loop {
            let taken = self.slot.taken.notified();
            tokio::pin!(taken);
            taken.as_mut().enable();
            if self.released.load(Ordering::Acquire) {
                return std::future::pending().await;
            }
            if self.slot.occupant.load(Ordering::Acquire) != self.arrival {
                return;
            }
            taken.await;
        }
    }
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        let _ = self.slot.occupant.compare_exchange(self.arrival, FREE, Ordering::AcqRel, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn the_oldest_still_pending_is_evicted_and_a_finished_head_is_not() {
        let ring = Pending::new(2);
        let (slow, evicted) = ring.enter();
        assert!(!evicted);
        let (quick, _) = ring.enter();
        quick.release();
        let (_third, evicted) = ring.enter();
        assert!(evicted, "the third arrival takes the slow one's slot");
        tokio::time::timeout(Duration::from_secs(5), slow.evicted()).await.expect("the slow one hears it");
        let (_fourth, evicted) = ring.enter();
        assert!(!evicted, "the quick one had finished: its slot was free");
        let never = tokio::time::timeout(Duration::from_millis(50), quick.evicted()).await;
        assert!(never.is_err(), "a connection past its head is never evicted");
    }

    #[tokio::test]
    async fn a_dropped_ticket_frees_its_slot() {
        let ring = Pending::new(1);
        drop(ring.enter());
        let (_next, evicted) = ring.enter();
        assert!(!evicted);
    }
}
