//! The drain a load balancer sees. SIGTERM, SIGINT or `omsgate drain` begins it:
//!
//! 1. `/readyz` answers 503 at once (`/healthz` stays 200) and systemd hears STOPPING=1;
//! 2. for `drain_grace` the listeners keep serving new agents exactly as before, so the
//!    balancer's health checks take the node out before any agent is refused; a second
//!    SIGTERM/SIGINT or `omsgate drain` ends the grace at once (operator impatience),
//!    and reloads are still applied;
//! 3. the listeners close; the tunnels open then get `drain_timeout`, counted from this
//!    moment, to end on their own, and those still open are cut;
//! 4. event 102 says how many drained and how many were cut, and the process exits 0.
//!
//! Both durations are read from the configuration in force when the drain begins, so a
//! whole stop takes at most `drain_grace + drain_timeout` (plus [`CUT_GRACE`]).

use std::time::Duration;

use tokio::sync::{Semaphore, watch};

use super::control::Requests;
use super::shutdown::Signals;
use super::{Ask, Node, next_ask, reload_asked, unknown_asked};
use crate::config::duration;
use crate::events;

/// After `drain_timeout`, how long cut tunnels get to write their close lines.
pub const CUT_GRACE: Duration = Duration::from_secs(2);

/// A drain, fixed when it begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// What began it: `SIGTERM`, `SIGINT` or `omsgate drain` (event 102's `reason`).
    pub reason: &'static str,
    /// How long new tunnels are still served while `/readyz` says 503.
    pub grace: Duration,
    /// How long open tunnels get once the listeners have closed.
    pub timeout: Duration,
}

/// What ended the grace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraceEnd {
    /// `drain_grace` passed.
    Elapsed,
    /// A second stop request: `SIGTERM`, `SIGINT` or `omsgate drain`.
    Asked(&'static str),
}

/// The tunnels a drain waited for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drained {
    /// Open when the listeners closed and ended on their own within `drain_timeout`.
    pub drained: usize,
    /// Still open at `drain_timeout`, closed by the gateway.
    pub cut: usize,
}

impl Plan {
    /// The drain as the operator hears it: the answer to `omsgate drain` and the log line.
    pub fn describe(&self) -> String {
        format!(
            "draining: /readyz answers 503 now; new tunnels are served for drain_grace ({}), then the listeners close and open tunnels get up to drain_timeout ({}) before they are cut; then the process exits",
            duration::format(self.grace),
            duration::format(self.timeout)
        )
    }
}

impl GraceEnd {
    /// For the log line: `drain_grace`, or the request that cut it short.
    pub fn name(self) -> &'static str {
        match self {
            GraceEnd::Elapsed => "drain_grace",
            GraceEnd::Asked(by) => by,
        }
    }

    /// In words, for the log line.
    pub fn said(self) -> String {
        match self {
            GraceEnd::Elapsed => "drain_grace passed".to_string(),
            GraceEnd::Asked(by) => format!("grace ended early by {by}"),
        }
    }
}

/// Serves requests through the grace: reloads are applied, a second stop request ends
/// it at once. The listeners keep accepting meanwhile (they are not touched here).
pub(super) async fn grace(
    plan: &Plan,
    signals: &mut Signals,
    requests: &mut Requests,
    node: &Node,
) -> GraceEnd {
    let end = tokio::time::sleep(plan.grace);
    tokio::pin!(end);
    loop {
        tokio::select! {
            biased;
            () = &mut end => return GraceEnd::Elapsed,
            ask = next_ask(signals, requests) => match ask {
                Ask::Drain(by, asker) => {
                    if let Some(asker) = asker {
                        let done = format!(
                            "grace ended early: the listeners close now; open tunnels get up to drain_timeout ({}), then the process exits",
                            duration::format(plan.timeout)
                        );
                        asker.answer(true, events::GENERAL, &done).await;
                    }
                    return GraceEnd::Asked(by);
                }
                Ask::Reload(asker) => reload_asked(node, asker, None).await,
                Ask::Unknown(asker) => unknown_asked(asker).await,
            },
        }
    }
}

/// Once the listeners have closed: waits up to `timeout` for the `open` tunnels (the
/// permits taken out of `max`) to end, then cuts the rest and gives them [`CUT_GRACE`]
/// to write their close lines.
pub(super) async fn wait_out(
    permits: &Semaphore,
    max: usize,
    open: usize,
    timeout: Duration,
    cut: &watch::Sender<bool>,
) -> Drained {
    let all = u32::try_from(max).unwrap_or(u32::MAX);
    let ended = tokio::time::timeout(timeout, permits.acquire_many(all)).await.is_ok();
    let still_open = if ended { 0 } else { max - permits.available_permits() };
    if still_open > 0 {
        let _ = cut.send(true);
        let _ = tokio::time::timeout(CUT_GRACE, permits.acquire_many(all)).await;
    }
    Drained { drained: open.saturating_sub(still_open), cut: still_open }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn tunnels_that_end_in_time_are_drained_the_rest_cut() {
        let permits = std::sync::Arc::new(Semaphore::new(3));
        let staying = permits.clone().try_acquire_owned().unwrap();
        let leaving = permits.clone().try_acquire_owned().unwrap();
        let (tx, mut rx) = watch::channel(false);
        let waiting = permits.clone();
        let waited = tokio::spawn(async move {
            let out = wait_out(&waiting, 3, 2, Duration::from_secs(30), &tx).await;
            (out, tx)
        });
        drop(leaving);
        rx.changed().await.unwrap();
        assert!(*rx.borrow(), "the tunnel still open at drain_timeout is told to close");
        drop(staying);
        let (out, _tx) = waited.await.unwrap();
        assert_eq!(out, Drained { drained: 1, cut: 1 });
    }

    #[test]
    fn the_unit_waits_longer_than_a_default_drain() {
        let unit =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/omsgate.service")).unwrap();
        let stop: u64 = unit
            .lines()
            .find_map(|l| l.strip_prefix("TimeoutStopSec="))
            .and_then(|v| v.trim().parse().ok())
            .expect("the unit sets TimeoutStopSec in seconds");
        let keys = crate::config::keys::Values::defaults();
        let drain = keys.drain_grace + keys.drain_timeout + CUT_GRACE;
        assert!(
            Duration::from_secs(stop) >= drain + Duration::from_secs(5),
            "TimeoutStopSec={stop} would kill a default drain ({drain:?}) before it ends"
        );
    }

    #[test]
    fn the_plan_names_both_durations() {
        let plan =
            Plan { reason: "SIGTERM", grace: Duration::from_secs(10), timeout: Duration::from_secs(30) };
        let said = plan.describe();
        assert!(said.contains("drain_grace (10s)") && said.contains("drain_timeout (30s)"), "{said}");
    }
}
