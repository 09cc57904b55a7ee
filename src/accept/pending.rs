//! Connections still sending their CONNECT head: slow clients (slowloris) must not hold
//! every connection slot, and must not keep new agents out. A ring of `max_pending_heads`
//! slots, one per pending connection, names each occupant by arrival number; a newcomer
//! takes the slot of the connection that arrived `cap` connections before it. If that one
//! is still sending its head it is *displaced*, and a displaced head is dropped as soon
//! as the gateway is short of room: fewer free connection slots than `cap` (at its
//! displacement or at any newcomer after it). Agents send their head within
//! milliseconds, so whoever is still sending one that many arrivals later is slow; but
//! while slots are plentiful a slow head costs only its socket (`header_timeout` ends
//! it), and dropping it would only fail a legitimate agent: in a reconnect storm
//! thousands of agents are between TCP connect and their head at once (9,900 agents
//! lost 1,254 attempts to the old rule with 15,000 slots free). So the bound holds
//! where it matters: with room short, at most `cap` heads are pending and the other
//! slots are for tunnels past their head. Lock-free on arrival; a displaced connection
//! waits on a `Notify` that only newcomers finding room short wake.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::sync::Notify;

/// No occupant.
const FREE: u64 = u64::MAX;

/// The ring of pending-head slots.
pub struct Pending {
    slots: Box<[Slot]>,
    arrivals: AtomicU64,
    /// Whether the latest newcomer found fewer free connection slots than `cap`.
    short: AtomicBool,
    /// Woken when room turns short: displaced heads go.
    squeezed: Notify,
}

struct Slot {
    /// The arrival number of the connection holding it, or [`FREE`].
    occupant: AtomicU64,
    /// Woken when a newcomer takes the slot over.
    taken: Notify,
}

/// A connection's hold on its slot until its head is read.
pub struct Ticket<'a> {
    pending: &'a Pending,
    slot: &'a Slot,
    arrival: u64,
    /// Set once the head is read: from then on the connection cannot be evicted.
    released: AtomicBool,
}

impl Pending {
    /// A ring for at most `cap` pending heads (at least one) when room is short.
    pub fn new(cap: usize) -> Pending {
        let slots =
            (0..cap.max(1)).map(|_| Slot { occupant: AtomicU64::new(FREE), taken: Notify::new() }).collect();
        Pending { slots, arrivals: AtomicU64::new(0), short: AtomicBool::new(false), squeezed: Notify::new() }
    }

    /// How many heads may be pending at once while room is short.
    pub fn cap(&self) -> usize {
        self.slots.len()
    }

    /// A new connection takes the next slot, displacing the one still pending there;
    /// `free_slots` is how many more connections the gateway may accept now. Returns the
    /// ticket and whether someone was displaced.
    pub fn enter(&self, free_slots: usize) -> (Ticket<'_>, bool) {
        let short = free_slots < self.cap();
        // Displaced heads check `short` before they wait, so only the turn from roomy
        // to short needs to wake them: no lock on `squeezed` per connection.
        if self.short.load(Ordering::Relaxed) != short {
            self.short.store(short, Ordering::Release);
            if short {
                self.squeezed.notify_waiters();
            }
        }
        let arrival = self.arrivals.fetch_add(1, Ordering::Relaxed);
        let slot = &self.slots[(arrival % self.slots.len() as u64) as usize];
        let displaced = slot.occupant.swap(arrival, Ordering::AcqRel) != FREE;
        if displaced {
            slot.taken.notify_waiters();
        }
        (Ticket { pending: self, slot, arrival, released: AtomicBool::new(false) }, displaced)
    }
}

impl Ticket<'_> {
    /// The head is read: the slot is free again and this connection cannot be evicted.
    pub fn release(&self) {
        self.released.store(true, Ordering::Release);
        let _ = self.slot.occupant.compare_exchange(self.arrival, FREE, Ordering::AcqRel, Ordering::Relaxed);
    }

    /// Resolves when the head is still pending, a newcomer has taken the slot over, and
    /// the gateway is short of room; never once the head was read.
    pub async fn evicted(&self) {
        // Until a newcomer takes the slot over.
        loop {
            let taken = self.slot.taken.notified();
            tokio::pin!(taken);
            taken.as_mut().enable();
            if self.released.load(Ordering::Acquire) {
                return std::future::pending().await;
            }
            if self.slot.occupant.load(Ordering::Acquire) != self.arrival {
                break;
            }
            taken.await;
        }
        // Displaced: until room is short.
        loop {
            let squeezed = self.pending.squeezed.notified();
            tokio::pin!(squeezed);
            squeezed.as_mut().enable();
            if self.released.load(Ordering::Acquire) {
                return std::future::pending().await;
            }
            if self.pending.short.load(Ordering::Acquire) {
                return;
            }
            squeezed.await;
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

    /// Free connection slots far more than the ring's cap: room is not short.
    const ROOMY: usize = 1_000;

    #[tokio::test]
    async fn the_oldest_still_pending_is_evicted_when_room_is_short_and_a_finished_head_is_not() {
        let ring = Pending::new(2);
        let (slow, displaced) = ring.enter(ROOMY);
        assert!(!displaced);
        let (quick, _) = ring.enter(ROOMY);
        quick.release();
        let (_third, displaced) = ring.enter(1);
        assert!(displaced, "the third arrival takes the slow one's slot");
        tokio::time::timeout(Duration::from_secs(5), slow.evicted()).await.expect("the slow one hears it");
        let (_fourth, displaced) = ring.enter(1);
        assert!(!displaced, "the quick one had finished: its slot was free");
        let never = tokio::time::timeout(Duration::from_millis(50), quick.evicted()).await;
        assert!(never.is_err(), "a connection past its head is never evicted");
    }

    #[tokio::test]
    async fn a_displaced_head_stays_while_there_is_room_and_goes_once_room_is_short() {
        let ring = Pending::new(2);
        let (slow, _) = ring.enter(ROOMY);
        let _second = ring.enter(ROOMY);
        let (_third, displaced) = ring.enter(ROOMY);
        assert!(displaced);
        let stays = tokio::time::timeout(Duration::from_millis(50), slow.evicted()).await;
        assert!(stays.is_err(), "displaced, but with room to spare a slow head is left to header_timeout");
        // A later newcomer finds room short (in another slot): the displaced head goes.
        let evicted = slow.evicted();
        tokio::pin!(evicted);
        assert!(tokio::time::timeout(Duration::from_millis(10), &mut evicted).await.is_err());
        let _fourth = ring.enter(1);
        tokio::time::timeout(Duration::from_secs(5), evicted).await.expect("evicted once room is short");
    }

    #[tokio::test]
    async fn a_head_read_after_its_displacement_is_never_evicted() {
        let ring = Pending::new(1);
        let (slow, _) = ring.enter(ROOMY);
        let _second = ring.enter(ROOMY);
        slow.release();
        let _third = ring.enter(0);
        let never = tokio::time::timeout(Duration::from_millis(50), slow.evicted()).await;
        assert!(never.is_err());
    }

    #[tokio::test]
    async fn a_dropped_ticket_frees_its_slot() {
        let ring = Pending::new(1);
        drop(ring.enter(ROOMY));
        let (_next, displaced) = ring.enter(ROOMY);
        assert!(!displaced);
    }
}
