//! Counters shared by every task of a run, and the terminal progress line fed from them.
//!
//! Tasks bump atomics and record latencies; one ticker reads them twice a second for
//! indicatif (hidden when stderr is not a terminal, so CI logs stay clean).

use std::{
    io::IsTerminal,
    sync::{
        Arc, Mutex,
        atomic::{AtomicI64, AtomicU64, Ordering::Relaxed},
    },
    time::Duration,
};

use hdrhistogram::Histogram;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::report::new_histogram;

/// Live counters of one run.
#[derive(Debug)]
pub struct Live {
    /// Tunnels open now.
    pub connected: AtomicI64,
    /// Uploads (or tunnels, for `rate`) completed.
    pub ok: AtomicU64,
    /// Uploads that needed a retry.
    pub retried: AtomicU64,
    /// Failed attempts.
    pub failed: AtomicU64,
    /// Uploads given up.
    pub lost: AtomicU64,
    /// Tunnels that could not be opened.
    pub connect_failures: AtomicU64,
    /// Bytes confirmed by the sink.
    pub bytes: AtomicU64,
    /// Uploads started and not yet finished; lost if the run ends first.
    pub pending: AtomicI64,
    latency: Mutex<Histogram<u64>>,
    window: Mutex<Histogram<u64>>,
    setup: Mutex<Histogram<u64>>,
    setup_cold: Mutex<Histogram<u64>>,
}

impl Default for Live {
    fn default() -> Self {
        Self {
            connected: AtomicI64::new(0),
            ok: AtomicU64::new(0),
            retried: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            lost: AtomicU64::new(0),
            connect_failures: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            pending: AtomicI64::new(0),
            latency: Mutex::new(new_histogram()),
            window: Mutex::new(new_histogram()),
            setup: Mutex::new(new_histogram()),
            setup_cold: Mutex::new(new_histogram()),
        }
    }
}

impl Live {
    /// Records one latency in microseconds, in the run total and the progress window.
    pub fn record(&self, micros: u64) {
        let micros = micros.max(1);
        self.latency.lock().expect("histogram lock").saturating_record(micros);
        self.window.lock().expect("histogram lock").saturating_record(micros);
    }

    /// Records one tunnel set-up time in microseconds (once per agent, not per read);
    /// `cold`: opened in the first tenth of the ramp, when the gateway had just started.
    pub fn record_setup(&self, micros: u64, cold: bool) {
        self.setup.lock().expect("histogram lock").saturating_record(micros.max(1));
        if cold {
            self.setup_cold.lock().expect("histogram lock").saturating_record(micros.max(1));
        }
    }

    /// Copies of the run's set-up histograms: all, and the first tenth of the ramp.
    pub fn setup(&self) -> (Histogram<u64>, Histogram<u64>) {
        let all = self.setup.lock().expect("histogram lock").clone();
        (all, self.setup_cold.lock().expect("histogram lock").clone())
    }

    /// A copy of the run's latency histogram.
    pub fn latency(&self) -> Histogram<u64> {
        self.latency.lock().expect("histogram lock").clone()
    }

    /// p99 of the latencies since the last call, in ms, and resets the window.
    fn window_p99(&self) -> f64 {
        let mut w = self.window.lock().expect("histogram lock");
        let p99 = if w.is_empty() { 0.0 } else { w.value_at_quantile(0.99) as f64 / 1000.0 };
        w.reset();
        p99
    }
}

/// A progress line for a run, updated from [`Live`] until dropped.
pub struct Progress {
    bar: ProgressBar,
    ticker: tokio::task::JoinHandle<()>,
}

impl Progress {
    /// Starts a ticker; `what` names the unit counted in `ok` ("uploads", "tunnels").
    pub fn start(live: Arc<Live>, what: &'static str, quiet: bool) -> Self {
        let bar = ProgressBar::new_spinner();
        if quiet || !std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        bar.set_style(ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}").expect("static template"));
        let shown = bar.clone();
        let ticker = tokio::spawn(async move {
            let tick = Duration::from_millis(500);
            let mut last_ok = 0;
            let mut last_bytes = 0;
            loop {
                tokio::time::sleep(tick).await;
                let ok = live.ok.load(Relaxed);
                let bytes = live.bytes.load(Relaxed);
                let per_s = (ok - last_ok) as f64 / tick.as_secs_f64();
                let mb_s = (bytes - last_bytes) as f64 / 1e6 / tick.as_secs_f64();
                (last_ok, last_bytes) = (ok, bytes);
                shown.set_message(format!(
                    "connected {} | {what}/s {per_s:.0} | MB/s {mb_s:.0} | p99 {:.2} ms | retried {} failed {} lost {} connect-fail {}",
                    live.connected.load(Relaxed),
                    live.window_p99(),
                    live.retried.load(Relaxed),
                    live.failed.load(Relaxed),
                    live.lost.load(Relaxed),
                    live.connect_failures.load(Relaxed),
                ));
                shown.tick();
            }
        });
        Self { bar, ticker }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.ticker.abort();
        self.bar.finish_and_clear();
    }
}
