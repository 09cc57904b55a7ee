//! What happened in the last few minutes, for `omsgate status` (rejections by reason,
//! errors by event ID, tunnels opened) and `omsgate top` (the busiest allowlist entries,
//! the most refused destinations). Prometheus keeps totals for ever and may not be at
//! hand during an incident; this keeps a short window inside the gateway, bounded:
//! a ring of [`SLOTS`] one-minute slots (the current minute and the five before it),
//! each holding counts by reason and event ID (bounded sets), by allowlist entry
//! (bounded by the allowlist) and a [`TopK`] of refused destinations (bounded by `K`,
//! whatever agents ask for). A slot is cleared and reused when its minute comes round.
//!
//! Touched once when a tunnel opens, once when it ends, and once per count of a
//! rejection or error: one short critical section each, never per read or per packet.
//! The window is split in [`SHARDS`] rings, each thread writing to its own (tokio's
//! workers get distinct ones), so tunnels on different workers take different locks;
//! `status` and `top` add the shards up.
//! A tunnel's bytes count when it closes (the splice adds to no per-entry counter), so
//! a tunnel open for hours shows in `open` until then. Destination names live here and
//! on the control socket only, never in a metric label.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::topk::TopK;

/// One slot's span.
pub const SLOT: Duration = Duration::from_secs(60);
/// Slots kept: the current minute and the five before it, so a window spans five to
/// six minutes (less just after start).
pub const SLOTS: usize = 6;
/// Refused destinations counted per slot: the most refused ones of a flood are kept.
pub const REFUSED_TRACKED: usize = 32;
/// Rows of each `top` list: what a terminal shows and a script needs.
pub const TOP_ROWS: usize = 64;
/// Rings the window is split in, one per writing thread (round robin beyond that):
/// more than the worker threads of a typical node, so that tunnels on different workers
/// never wait on one another's lock.
pub const SHARDS: usize = 16;

/// The shard this thread writes to, given out round robin on first use.
fn shard() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    thread_local! {
        static SHARD: usize = NEXT.fetch_add(1, Ordering::Relaxed) % SHARDS;
    }
    SHARD.with(|s| *s)
}

/// The window of this process, from its first use.
static RECENT: LazyLock<Recent> = LazyLock::new(Recent::new);

/// Rings of one-minute slots, one per writing thread.
pub struct Recent {
    start: Instant,
    shards: [Mutex<Inner>; SHARDS],
}

/// Counts of the last few minutes, for `omsgate status`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Seconds the counts span (five to six minutes once the gateway has run that long).
    pub window_s: u64,
    /// Tunnels answered with 200.
    pub tunnels_opened: u64,
    /// Refusals by reason (`omsgate_rejections_total`'s labels).
    pub rejections: BTreeMap<String, u64>,
    /// Errors by event ID (`omsgate_errors_total`'s labels).
    pub errors: BTreeMap<u16, u64>,
}

/// The busiest entries and the most refused destinations, for `omsgate top`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Top {
    pub window_s: u64,
    /// Busiest first: by tunnels opened in the window, then bytes, then open tunnels.
    pub entries: Vec<EntryRow>,
    /// Most refused first.
    pub refused: Vec<RefusedRow>,
}

/// One allowlist entry's traffic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryRow {
    /// The entry as written in `allowed_hosts` (or derived from the catalog).
    pub entry: String,
    /// Tunnels it allowed that opened in the window.
    pub tunnels: u64,
    /// Its tunnels open now.
    pub open: u64,
    /// Bytes both ways of its tunnels that closed in the window.
    pub bytes: u64,
}

/// One refused destination (`host:port` as the agent asked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedRow {
    pub destination: String,
    /// Refusals in the window; an overcount by at most `error` when many distinct
    /// destinations competed for the counters.
    pub count: u64,
    pub error: u64,
    /// The reason of its latest refusal.
    pub reason: String,
}

#[derive(Default)]
struct Inner {
    slots: [Slot; SLOTS],
    /// Open tunnels by the entry that allowed them: opened minus closed on this shard's
    /// thread (a tunnel may end on another worker than it opened on, so one shard's
    /// count may be negative; the sum over shards is not).
    open: HashMap<Arc<str>, i64>,
}

#[derive(Default)]
struct Slot {
    /// Minutes since `start` this slot counts; `None` before first use.
    minute: Option<u64>,
    opened: u64,
    rejections: Vec<(&'static str, u64)>,
    errors: Vec<(u16, u64)>,
    entries: HashMap<Arc<str>, Busy>,
    refused: TopK<REFUSED_TRACKED>,
}

#[derive(Default, Clone, Copy)]
struct Busy {
    tunnels: u64,
    bytes: u64,
}

/// Starts this process's window now (at the gateway's start), rather than at its
/// first count.
pub fn start() {
    LazyLock::force(&RECENT);
}

/// A tunnel allowed by `rule` (none: let through by report mode) answered 200.
pub fn opened(rule: Option<&Arc<str>>) {
    RECENT.opened(rule, Instant::now());
}

/// A tunnel that [`opened`] ended, having moved `bytes` both ways.
pub fn closed(rule: Option<&Arc<str>>, bytes: u64) {
    RECENT.closed(rule, bytes, Instant::now());
}

/// A tunnel to `destination` was refused for `reason`.
pub fn refused(destination: &str, reason: &'static str) {
    RECENT.refused(destination, reason, Instant::now());
}

/// A rejection was counted under `reason` (every `omsgate_rejections_total` count).
pub fn rejection(reason: &'static str) {
    RECENT.rejection(reason, Instant::now());
}

/// An error was counted under `event_id` (every `omsgate_errors_total` count).
pub fn error(event_id: u16) {
    RECENT.error(event_id, Instant::now());
}

/// This process's counts of the last few minutes.
pub fn counts() -> Counts {
    RECENT.counts(Instant::now())
}

/// This process's busiest entries and most refused destinations of the last few minutes.
pub fn top() -> Top {
    RECENT.top(Instant::now())
}

impl Recent {
    /// An empty window starting now.
    pub fn new() -> Recent {
        Recent::starting(Instant::now())
    }

    fn starting(start: Instant) -> Recent {
        Recent { start, shards: Default::default() }
    }

    fn opened(&self, rule: Option<&Arc<str>>, now: Instant) {
        self.with(now, |slot, open| {
            slot.opened += 1;
            if let Some(rule) = rule {
                slot.busy(rule).tunnels += 1;
                *open.entry(rule.clone()).or_default() += 1;
            }
        });
    }

    fn closed(&self, rule: Option<&Arc<str>>, bytes: u64, now: Instant) {
        let Some(rule) = rule else { return };
        self.with(now, |slot, open| {
            slot.busy(rule).bytes += bytes;
            match open.get_mut(&**rule) {
                Some(n) => {
                    *n -= 1;
                    if *n == 0 {
                        open.remove(&**rule);
                    }
                }
                // Opened on another thread's shard.
                None => drop(open.insert(rule.clone(), -1)),
            }
        });
    }

    fn refused(&self, destination: &str, reason: &'static str, now: Instant) {
        self.with(now, |slot, _| slot.refused.add(destination, reason));
    }

    fn rejection(&self, reason: &'static str, now: Instant) {
        self.with(now, |slot, _| add(&mut slot.rejections, reason));
    }

    fn error(&self, event_id: u16, now: Instant) {
        self.with(now, |slot, _| add(&mut slot.errors, event_id));
    }

    /// Runs `f` on the current minute's slot of this thread's shard (cleared first when
    /// it held an older one).
    fn with(&self, now: Instant, f: impl FnOnce(&mut Slot, &mut HashMap<Arc<str>, i64>)) {
        let minute = self.minute(now);
        let mut inner = self.shards[shard()].lock().unwrap_or_else(|p| p.into_inner());
        let Inner { slots, open } = &mut *inner;
        let slot = &mut slots[(minute % SLOTS as u64) as usize];
        if slot.minute != Some(minute) {
            slot.reset(minute);
        }
        f(slot, open);
    }

    fn minute(&self, now: Instant) -> u64 {
        now.saturating_duration_since(self.start).as_secs() / SLOT.as_secs()
    }

    /// Reads each shard in turn (`read` gets the shard and whether a slot is within the
    /// window ending `now`); returns the seconds the window spans.
    fn window(&self, now: Instant, mut read: impl FnMut(&Inner, &dyn Fn(&Slot) -> bool)) -> u64 {
        let minute = self.minute(now);
        let first = minute.saturating_sub(SLOTS as u64 - 1);
        let span = now.saturating_duration_since(self.start).as_secs() - first * SLOT.as_secs();
        let current = move |s: &Slot| s.minute.is_some_and(|m| m >= first && m <= minute);
        for shard in &self.shards {
            read(&shard.lock().unwrap_or_else(|p| p.into_inner()), &current);
        }
        span
    }

    fn counts(&self, now: Instant) -> Counts {
        let mut counts = Counts::default();
        counts.window_s = self.window(now, |inner, current| {
            for slot in inner.slots.iter().filter(|s| current(s)) {
                counts.tunnels_opened += slot.opened;
                for (reason, n) in &slot.rejections {
                    *counts.rejections.entry((*reason).to_string()).or_default() += n;
                }
                for (event_id, n) in &slot.errors {
                    *counts.errors.entry(*event_id).or_default() += n;
                }
            }
        });
        counts
    }

    fn top(&self, now: Instant) -> Top {
        let mut entries: HashMap<String, EntryRow> = HashMap::new();
        let mut open: HashMap<String, i64> = HashMap::new();
        // By destination: its row, and the minute of the reason shown (the latest wins).
        let mut refused: HashMap<String, (RefusedRow, u64)> = HashMap::new();
        let window_s = self.window(now, |inner, current| {
            for slot in inner.slots.iter().filter(|s| current(s)) {
                let minute = slot.minute.unwrap_or_default();
                for (rule, busy) in &slot.entries {
                    let r = entries.entry(rule.to_string()).or_insert_with(|| EntryRow::named(rule));
                    r.tunnels += busy.tunnels;
                    r.bytes += busy.bytes;
                }
                for c in slot.refused.counters() {
                    let (r, at) = refused.entry(c.name.clone()).or_insert_with(|| {
                        let row = RefusedRow {
                            destination: c.name.clone(),
                            count: 0,
                            error: 0,
                            reason: String::new(),
                        };
                        (row, 0)
                    });
                    r.count += c.count;
                    r.error += c.error;
                    if r.reason.is_empty() || minute >= *at {
                        (r.reason, *at) = (c.reason.to_string(), minute);
                    }
                }
            }
            for (rule, n) in &inner.open {
                *open.entry(rule.to_string()).or_default() += n;
            }
        });
        for (rule, n) in open {
            if n > 0 {
                entries.entry(rule).or_insert_with_key(|rule| EntryRow::named(rule)).open = n as u64;
            }
        }
        let mut entries: Vec<EntryRow> = entries.into_values().collect();
        entries.sort_by(|a, b| {
            (b.tunnels, b.bytes, b.open)
                .cmp(&(a.tunnels, a.bytes, a.open))
                .then_with(|| a.entry.cmp(&b.entry))
        });
        entries.truncate(TOP_ROWS);
        let mut refused: Vec<RefusedRow> = refused.into_values().map(|(row, _)| row).collect();
        refused.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.destination.cmp(&b.destination)));
        refused.truncate(TOP_ROWS);
        Top { window_s, entries, refused }
    }
}

impl EntryRow {
    fn named(entry: &str) -> EntryRow {
        EntryRow { entry: entry.to_string(), tunnels: 0, open: 0, bytes: 0 }
    }
}

impl Default for Recent {
    fn default() -> Self {
        Recent::new()
    }
}

impl Slot {
    fn reset(&mut self, minute: u64) {
        self.minute = Some(minute);
        self.opened = 0;
        self.rejections.clear();
        self.errors.clear();
        self.entries.clear();
        self.refused.clear();
    }

    fn busy(&mut self, rule: &Arc<str>) -> &mut Busy {
        // get_mut first: the common case clones no Arc.
        if !self.entries.contains_key(&**rule) {
            self.entries.insert(rule.clone(), Busy::default());
        }
        self.entries.get_mut(&**rule).expect("just inserted")
    }
}

/// Adds one to `key`'s count in a short list (reasons and event IDs are a few dozen).
fn add<K: PartialEq>(counts: &mut Vec<(K, u64)>, key: K) {
    match counts.iter_mut().find(|(k, _)| *k == key) {
        Some((_, n)) => *n += 1,
        None => counts.push((key, 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(start: Instant, secs: u64) -> Instant {
        start + Duration::from_secs(secs)
    }

    #[test]
    fn counts_cover_the_current_minute_and_the_five_before() {
        let start = Instant::now();
        let recent = Recent::starting(start);
        recent.rejection("host_not_allowed", at(start, 5));
        recent.error(105, at(start, 5));
        recent.rejection("host_not_allowed", at(start, 130));
        recent.rejection("max_connections", at(start, 350));
        let counts = recent.counts(at(start, 355));
        assert_eq!(counts.window_s, 355);
        assert_eq!(counts.rejections["host_not_allowed"], 2);
        assert_eq!(counts.rejections["max_connections"], 1);
        assert_eq!(counts.errors[&105], 1);
        // Minute 6 starts: minute 0 leaves the window, and its slot is reused.
        let counts = recent.counts(at(start, 365));
        assert_eq!((counts.window_s, counts.rejections["host_not_allowed"]), (305, 1));
        assert!(counts.errors.is_empty(), "{counts:?}");
        recent.rejection("client_rate", at(start, 370));
        let counts = recent.counts(at(start, 370));
        assert_eq!(counts.rejections.get("client_rate"), Some(&1));
        // Long quiet: nothing left.
        assert_eq!(recent.counts(at(start, 3600)).rejections.len(), 0);
    }

    #[test]
    fn top_ranks_entries_by_tunnels_and_keeps_open_ones() {
        let start = Instant::now();
        let recent = Recent::starting(start);
        let (ods, blob): (Arc<str>, Arc<str>) =
            ("*.ods.opinsights.azure.com".into(), "*.blob.core.windows.net".into());
        for _ in 0..3 {
            recent.opened(Some(&ods), at(start, 1));
            recent.closed(Some(&ods), 100, at(start, 2));
        }
        recent.opened(Some(&blob), at(start, 3));
        recent.opened(None, at(start, 3));
        let top = recent.top(at(start, 10));
        let rows: Vec<_> =
            top.entries.iter().map(|r| (r.entry.as_str(), r.tunnels, r.open, r.bytes)).collect();
        assert_eq!(rows, [(&*ods, 3, 0, 300), (&*blob, 1, 1, 0)]);
        assert_eq!(recent.counts(at(start, 10)).tunnels_opened, 5);
        // Ten minutes on, the blob tunnel is still open: shown, with nothing in the window.
        let top = recent.top(at(start, 600));
        let rows: Vec<_> = top.entries.iter().map(|r| (r.entry.as_str(), r.tunnels, r.open)).collect();
        assert_eq!(rows, [(&*blob, 0, 1)]);
        recent.closed(Some(&blob), 5, at(start, 601));
        assert_eq!(recent.top(at(start, 602)).entries[0].open, 0);
    }

    #[test]
    fn a_tunnel_closed_on_another_thread_than_it_opened_on_is_open_no_more() {
        let start = Instant::now();
        let recent = Recent::starting(start);
        let ods: Arc<str> = "*.ods.opinsights.azure.com".into();
        // Each new thread takes the next shard (round robin): opened on two, closed on
        // two others.
        for _ in 0..2 {
            std::thread::scope(|s| {
                s.spawn(|| recent.opened(Some(&ods), at(start, 1)));
            });
        }
        let open = |recent: &Recent| recent.top(at(start, 2)).entries.first().map(|r| (r.tunnels, r.open));
        assert_eq!(open(&recent), Some((2, 2)));
        std::thread::scope(|s| {
            s.spawn(|| recent.closed(Some(&ods), 10, at(start, 2)));
        });
        assert_eq!(open(&recent), Some((2, 1)));
        recent.closed(Some(&ods), 10, at(start, 2));
        assert_eq!(open(&recent), Some((2, 0)));
    }

    #[test]
    fn refused_destinations_merge_across_minutes_most_refused_first() {
        let start = Instant::now();
        let recent = Recent::starting(start);
        for (secs, dest) in
            [(1, "a.example:443"), (1, "b.example:443"), (70, "b.example:443"), (130, "c.example:22")]
        {
            recent.refused(dest, "host_not_allowed", at(start, secs));
        }
        recent.refused("c.example:22", "port_not_allowed", at(start, 140));
        recent.refused("c.example:22", "port_not_allowed", at(start, 141));
        let top = recent.top(at(start, 150));
        let rows: Vec<_> =
            top.refused.iter().map(|r| (r.destination.as_str(), r.count, r.reason.as_str())).collect();
        assert_eq!(
            rows,
            [
                ("c.example:22", 3, "port_not_allowed"),
                ("b.example:443", 2, "host_not_allowed"),
                ("a.example:443", 1, "host_not_allowed")
            ]
        );
    }
}
