//! The log output: one line per event, JSON (default) or text, on stdout; under
//! systemd, when the config does not set `log_format`, one journal entry per event with
//! searchable fields instead ([`super::journal`]). Every line carries an `event_id` from
//! [`crate::events`]; a tunnel writes its decision, its TLS verdict when inspected, and
//! its close — nothing per read.
//!
//! Logging observes, it never steers. A line is formatted on the thread that logs it and
//! queued for a dedicated writer thread; when the queue is full because nobody reads
//! stdout (a stalled journald or log shipper), the line is dropped and counted, never
//! waited for, so tunnels and `/metrics` carry on; journal entries take the same queue
//! and the same writer thread. `/metrics` reads the count
//! ([`dropped_lines`]); a watcher thread writes one summary (event 111) once the writer
//! has caught up again; and the flush at exit is bounded ([`LogGuard`]).

use std::io::{self, BufWriter, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, OnceLock};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use tracing::warn;
use tracing_appender::non_blocking::{ErrorCounter, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::{FormatTime, SystemTime};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use super::journal::{self, Journal, JournalLayer};
use super::json::JsonLine;
use crate::config::LogFormat;
use crate::events;

/// Where and how events are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// One JSON object per line on stdout.
    Json,
    /// One line of text per event on stdout.
    Text,
    /// One journal entry per event, by the journal's native protocol.
    Journal,
}

/// Keeps the log writer and its watcher alive until exit. Dropping it writes the pending
/// lines but waits at most `FLUSH_AT_EXIT`, so a stalled stdout cannot hold the exit.
pub struct LogGuard {
    worker: Option<WorkerGuard>,
    watcher: Option<(mpsc::Sender<()>, JoinHandle<()>)>,
}

/// Log lines that may wait for the writer thread: a burst of reconnecting agents fits.
/// Past it lines are dropped and counted rather than waited for (at ~300 bytes a line
/// the full queue holds ~20 MB; a stalled stdout must not stall tunnels).
const LOG_QUEUE_LINES: usize = 64 * 1024;
/// The writer thread's buffer: under load many lines go out in one `write`.
const LOG_BUFFER_BYTES: usize = 64 * 1024;
/// How often the watcher compares two counters: the summary follows the writer's
/// recovery within about this long, at the cost of one wake-up a second.
const WATCH_EVERY: Duration = Duration::from_secs(1);
/// At most one summary per this interval: a flapping stdout gets a line a minute, and
/// the lines dropped meanwhile go into the next summary rather than being lost.
const SUMMARY_EVERY: Duration = Duration::from_secs(60);
/// Longest wait at exit for the pending lines. tracing-appender's guard gives up after
/// ~1.1 s, but on a full queue it then `println!`s to the very stdout that is stalled,
/// which blocks for ever; the guard is therefore dropped on a thread we can leave behind.
const FLUSH_AT_EXIT: Duration = Duration::from_secs(2);

/// The writer's count of lines dropped on a full queue, once `init` has run.
static DROPPED: OnceLock<ErrorCounter> = OnceLock::new();

/// Log lines dropped since start because stdout (or the journal) was not being read,
/// or that the journal refused, for `omsgate_log_lines_dropped_total`: atomic loads, so
/// a scrape may call it.
pub fn dropped_lines() -> u64 {
    DROPPED.get().map_or(0, |c| c.dropped_lines() as u64) + journal::unsent()
}

impl Output {
    /// `log_format` when the file sets it; otherwise the journal when systemd connected
    /// our output to it ([`journal::connected`]), else the default, JSON lines.
    pub fn choose(format: LogFormat, set_in_file: bool) -> Output {
        match format {
            _ if !set_in_file && journal::connected() => Output::Journal,
            LogFormat::Json => Output::Json,
            LogFormat::Text => Output::Text,
        }
    }
}

/// Starts the log output. Lines are formatted on the logging thread and written by a
/// dedicated thread (in batches on stdout), so no worker ever waits on a `write(2)` or
/// a `send(2)`; keep the guard until exit. A journal that cannot be reached at start
/// leaves JSON lines on stdout, and says so.
pub fn init(output: Output) -> LogGuard {
    let phase = Arc::new(AtomicU64::new(0));
    let (journal, unreachable) = match output.eq(&Output::Journal).then(Journal::open) {
        Some(Ok(journal)) => (Some(journal), None),
        Some(Err(e)) => (None, Some(e)),
        None => (None, None),
    };
    let output = if journal.is_none() && output == Output::Journal { Output::Json } else { output };
    let sink: Box<dyn Write + Send> = match journal {
        Some(journal) => Box::new(journal),
        None => Box::new(BufWriter::with_capacity(LOG_BUFFER_BYTES, io::stdout())),
    };
    let sink = Phased { inner: sink, phase: phase.clone(), in_batch: false };
    let (writer, worker) = NonBlockingBuilder::default()
        .lossy(true)
        .buffered_lines_limit(LOG_QUEUE_LINES)
        .thread_name("omsgate-log")
        .finish(sink);
    let dropped = writer.error_counter();
    let _ = DROPPED.set(dropped.clone());
    let builder = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_target(false)
        .with_writer(writer.clone());
    // A subscriber may already be set (tests embedding the gateway): keep that one.
    let _ = match output {
        Output::Journal => tracing_subscriber::registry()
            .with(LevelFilter::INFO)
            .with(JournalLayer::new(writer))
            .try_init()
            .is_ok(),
        Output::Text => builder.with_ansi(false).try_init().is_ok(),
        Output::Json => builder.event_format(JsonLine::<SystemTime>::default()).try_init().is_ok(),
    };
    if let Some(e) = unreachable {
        warn!(
            event_id = events::GENERAL,
            "systemd connected this service to the journal but its socket cannot be reached ({e}): writing JSON lines to stdout instead"
        );
    }
    let (stop, stopped) = mpsc::channel();
    let lost = move || dropped.dropped_lines() as u64 + journal::unsent();
    let watcher = thread::Builder::new()
        .name("omsgate-log-watch".into())
        .spawn(move || watch(&lost, &phase, &stopped))
        .ok()
        .map(|handle| (stop, handle));
    LogGuard { worker: Some(worker), watcher }
}

impl Drop for LogGuard {
    fn drop(&mut self) {
        if let Some((stop, watcher)) = self.watcher.take() {
            // The watcher wakes at once, takes a last look, and never blocks.
            drop(stop);
            let _ = watcher.join();
        }
        let Some(worker) = self.worker.take() else { return };
        let (hand_over, take) = mpsc::sync_channel::<WorkerGuard>(1);
        let (done, flushed) = mpsc::channel::<()>();
        let flusher = thread::Builder::new().name("omsgate-log-flush".into()).spawn(move || {
            drop(take.recv());
            let _ = done.send(());
        });
        match flusher {
            Ok(_) => {
                let _ = hand_over.send(worker);
                // Still blocked after this: stdout is stalled; exit leaves the thread behind.
                let _ = flushed.recv_timeout(FLUSH_AT_EXIT);
            }
            // No thread to wait with: lose the pending lines rather than risk hanging.
            Err(_) => std::mem::forget(worker),
        }
    }
}

/// stdout as the writer thread sees it, with the writer's progress made visible:
/// `phase` goes odd when a batch starts and even when the writer has flushed it, which
/// it does only once its queue is empty. Even means caught up; a writer stuck on a full
/// pipe stays odd. One atomic add per batch; per line, one branch.
struct Phased<W> {
    inner: W,
    phase: Arc<AtomicU64>,
    in_batch: bool,
}

impl<W: Write> Phased<W> {
    fn begin(&mut self) {
        if !self.in_batch {
            self.in_batch = true;
            self.phase.fetch_add(1, Ordering::Release);
        }
    }
}

impl<W: Write> Write for Phased<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.begin();
        self.inner.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.begin();
        self.inner.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()?;
        if self.in_batch {
            self.in_batch = false;
            self.phase.fetch_add(1, Ordering::Release);
        }
        Ok(())
    }
}

/// The watcher thread: once a `WATCH_EVERY`, and once more when told to stop, compares
/// the writer's phase and drops and writes the summary when one is due.
fn watch(dropped: &dyn Fn() -> u64, phase: &AtomicU64, stop: &mpsc::Receiver<()>) {
    let mut state = Watch::new(now());
    loop {
        let stopping = !matches!(stop.recv_timeout(WATCH_EVERY), Err(RecvTimeoutError::Timeout));
        // The phase first: a flush that lands between the two loads then counts as after
        // the drops, so a writer that caught up is never missed.
        let phase = phase.load(Ordering::Acquire);
        let lost = dropped();
        if let Some(summary) = state.observe(phase, lost, Instant::now(), now()) {
            warn!(
                event_id = events::LOG_LINES_DROPPED,
                dropped_lines = summary.lines,
                since = %summary.since,
                until = %summary.until,
                "stdout was not being read: {} log lines dropped between {} and {}; check journald / the log shipper",
                summary.lines,
                summary.since,
                summary.until
            );
        }
        if stopping {
            return;
        }
    }
}

/// What the watcher remembers between looks.
#[derive(Debug)]
struct Watch {
    /// Drops already summarised.
    reported: u64,
    /// The drop count at the last look.
    seen: u64,
    /// The writer's phase just before the last look that found new drops.
    phase_at_drop: u64,
    /// The time of the last look, and of the last one before this episode's first drop.
    last_look: String,
    since: Option<String>,
    /// The time of the last look that found new drops.
    until: Option<String>,
    /// When the last summary was written.
    summarised: Option<Instant>,
}

/// One summary line's facts: the drops happened after `since` and by `until`.
#[derive(Debug, PartialEq, Eq)]
struct Summary {
    lines: u64,
    since: String,
    until: String,
}

impl Watch {
    fn new(started: String) -> Watch {
        Watch {
            reported: 0,
            seen: 0,
            phase_at_drop: 0,
            last_look: started,
            since: None,
            until: None,
            summarised: None,
        }
    }

    /// One look: a summary when lines were dropped, none since the last look, the writer
    /// has caught up (idle now, or a batch flushed since the last new drop), and none
    /// was written in `SUMMARY_EVERY`.
    fn observe(&mut self, phase: u64, dropped: u64, at: Instant, stamp: String) -> Option<Summary> {
        let previous = std::mem::replace(&mut self.last_look, stamp.clone());
        if dropped > self.seen {
            self.seen = dropped;
            self.phase_at_drop = phase;
            self.since.get_or_insert(previous);
            self.until = Some(stamp);
            return None;
        }
        let idle = phase.is_multiple_of(2);
        let flushed_since_drop = phase / 2 > self.phase_at_drop / 2;
        let caught_up = dropped > self.reported && (idle || flushed_since_drop);
        let due = self.summarised.is_none_or(|t| at.duration_since(t) >= SUMMARY_EVERY);
        if !(caught_up && due) {
            return None;
        }
        let summary =
            Summary { lines: dropped - self.reported, since: self.since.take()?, until: self.until.take()? };
        self.reported = dropped;
        self.summarised = Some(at);
        Some(summary)
    }
}

/// The wall-clock time as the log lines' own `timestamp` field writes it.
fn now() -> String {
    let mut stamp = String::new();
    let _ = SystemTime.format_time(&mut Writer::new(&mut stamp));
    stamp
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Looks once a second from `start`, stamping each look `t<second>`.
    struct Clock {
        start: Instant,
        second: u64,
    }

    impl Clock {
        fn new() -> (Watch, Clock) {
            (Watch::new("t0".into()), Clock { start: Instant::now(), second: 0 })
        }

        fn look(&mut self, watch: &mut Watch, phase: u64, dropped: u64) -> Option<Summary> {
            self.second += 1;
            let at = self.start + Duration::from_secs(self.second);
            watch.observe(phase, dropped, at, format!("t{}", self.second))
        }
    }

    fn summary(lines: u64, since: &str, until: &str) -> Option<Summary> {
        Some(Summary { lines, since: since.into(), until: until.into() })
    }

    #[test]
    fn nothing_dropped_means_no_summary() {
        let (mut watch, mut clock) = Clock::new();
        for phase in 0..5 {
            assert_eq!(clock.look(&mut watch, phase, 0), None);
        }
    }

    #[test]
    fn one_summary_once_the_stuck_batch_is_flushed() {
        let (mut watch, mut clock) = Clock::new();
        assert_eq!(clock.look(&mut watch, 6, 0), None); // t1: idle
        assert_eq!(clock.look(&mut watch, 7, 10), None); // t2: stuck in a batch, dropping
        assert_eq!(clock.look(&mut watch, 7, 500), None); // t3: still dropping
        assert_eq!(clock.look(&mut watch, 7, 500), None); // t4: no new lines, still stuck
        assert_eq!(clock.look(&mut watch, 8, 500), summary(500, "t1", "t3")); // t5: flushed
        assert_eq!(clock.look(&mut watch, 9, 500), None);
        assert_eq!(clock.look(&mut watch, 10, 500), None);
    }

    #[test]
    fn a_writer_that_recovered_within_the_same_second_is_summarised_while_idle() {
        let (mut watch, mut clock) = Clock::new();
        // Dropped and drained between two looks; then nothing more is logged.
        assert_eq!(clock.look(&mut watch, 8, 300), None);
        assert_eq!(clock.look(&mut watch, 8, 300), summary(300, "t0", "t1"));
    }

    #[test]
    fn no_summary_while_lines_are_still_being_dropped() {
        let (mut watch, mut clock) = Clock::new();
        // Batches complete now and then, yet the queue keeps overflowing.
        for (phase, dropped) in [(9, 10), (11, 20), (13, 30)] {
            assert_eq!(clock.look(&mut watch, phase, dropped), None);
        }
        // No new drops, but the batch that was running at the last drop is still open.
        assert_eq!(clock.look(&mut watch, 13, 30), None);
        // A busy writer that has flushed since the last drop has caught up.
        assert_eq!(clock.look(&mut watch, 15, 30), summary(30, "t0", "t3"));
    }

    #[test]
    fn a_second_episode_waits_for_the_interval_and_counts_only_its_own_lines() {
        let (mut watch, mut clock) = Clock::new();
        assert_eq!(clock.look(&mut watch, 1, 7), None);
        assert_eq!(clock.look(&mut watch, 2, 7), summary(7, "t0", "t1"));
        assert_eq!(clock.look(&mut watch, 3, 9), None); // t3: dropping again
        assert_eq!(clock.look(&mut watch, 4, 9), None); // t4: caught up, but too soon
        while clock.second < SUMMARY_EVERY.as_secs() + 1 {
            assert_eq!(clock.look(&mut watch, 4, 9), None);
        }
        assert_eq!(clock.look(&mut watch, 4, 9), summary(2, "t2", "t3"));
    }

    #[test]
    fn the_phase_is_odd_while_a_batch_is_written_and_even_once_flushed() {
        let phase = Arc::new(AtomicU64::new(0));
        let mut out = Phased { inner: Vec::new(), phase: phase.clone(), in_batch: false };
        out.flush().unwrap();
        assert_eq!(phase.load(Ordering::Acquire), 0, "a flush with nothing written is no batch");
        out.write_all(b"one\n").unwrap();
        out.write_all(b"two\n").unwrap();
        assert_eq!(phase.load(Ordering::Acquire), 1);
        out.flush().unwrap();
        assert_eq!((phase.load(Ordering::Acquire), out.inner.as_slice()), (2, b"one\ntwo\n".as_slice()));
    }
}
