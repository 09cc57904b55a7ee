//! The soak's chaos: four kinds, each on its own schedule, all inside the load window.
//!
//! | kind | what happens |
//! | --- | --- |
//! | client kills | one upload aborts mid-way with an RST ([`Kills`]); the agent retries it on a new tunnel |
//! | origin restarts | the origin stops (its connections cut, new ones refused) and comes back on the same port after `restart_down` |
//! | reloads | the config is rewritten atomically, then reloaded with `omsgate reload --config` and with SIGHUP, alternately |
//! | SIGHUP storm | once, `storm_signals` SIGHUPs spread evenly over `storm_within` |
//!
//! A periodic kind fires first half a period into the run, then once a period, so the
//! kinds do not all fire together at the start; the storm fires at `storm_at`.

use std::{path::Path, sync::atomic::Ordering::Relaxed, time::Duration};

use anyhow::Result;
use serde::Serialize;
use tokio::{
    process::Command,
    time::{Instant, sleep, sleep_until, timeout},
};

use super::{config::ConfigFile, observe::Tally};
use crate::{agents::Kills, sink::Origin};

/// Longest an `omsgate reload` may take: the gateway's own answer timeout (30 s) and a margin.
const RELOAD_COMMAND_TIMEOUT: Duration = Duration::from_secs(40);
/// Time the gateway gets to begin a reload after the storm's first SIGHUP.
const STORM_RELOAD_TIMEOUT: Duration = Duration::from_secs(10);

/// When each kind fires; `None` turns a kind off.
#[derive(Debug, Clone)]
pub struct Plan {
    /// One client kill per period.
    pub kill_every: Option<Duration>,
    /// One origin restart per period.
    pub restart_every: Option<Duration>,
    /// How long the origin stays down.
    pub restart_down: Duration,
    /// One reload per period.
    pub reload_every: Option<Duration>,
    /// When the storm starts, from the start of the load.
    pub storm_at: Option<Duration>,
    /// SIGHUPs in the storm.
    pub storm_signals: u32,
    /// Time the storm's SIGHUPs are spread over.
    pub storm_within: Duration,
}

/// What the chaos did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Kills armed (see [`Kills`]); the report adds how many uploads took one.
    pub client_kills_armed: u64,
    /// Origin stops, each followed by a start.
    pub origin_restarts: u64,
    /// Origin connections open (and so cut) at those stops.
    pub origin_connections_cut: u64,
    /// Reloads asked with `omsgate reload --config`, answered ok.
    pub reloads_by_command: u64,
    /// Reloads asked with SIGHUP (outside the storm).
    pub reloads_by_sighup: u64,
    /// Reloads that failed: the command failed, or the config could not be written.
    pub reload_failures: u64,
    /// The first failure, as the command or the file system put it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reload_failure: Option<String>,
    /// SIGHUPs the storm sent.
    pub storm_sighups: u64,
    /// Seconds the storm's signals took to send.
    pub storm_seconds: f64,
    /// Whether the gateway began a reload (`RELOADING=1`) after the storm's signals.
    pub storm_reloaded: bool,
}

/// What the chaos acts on.
pub struct Targets<'a> {
    /// The agents' kill switch.
    pub kills: &'a Kills,
    /// The origin to restart.
    pub origin: &'a mut Origin,
    /// The config to rewrite.
    pub config: &'a mut ConfigFile,
    /// The omsgate binary, for `omsgate reload`.
    pub omsgate: &'a Path,
    /// The gateway's PID, for SIGHUP.
    pub gateway: u32,
    /// The gateway's notifications, to see the storm's reload.
    pub tally: &'a Tally,
}

/// Runs every kind from `start` to `end` (an origin restart begun before `end` completes).
pub async fn run(plan: &Plan, start: Instant, end: Instant, targets: Targets<'_>) -> Result<Counts> {
    let Targets { kills, origin, config, omsgate, gateway, tally } = targets;
    let kills = async {
        let mut armed = 0;
        for at in ticks(plan.kill_every, start, end) {
            sleep_until(at).await;
            armed += u64::from(kills.arm());
        }
        armed
    };
    let restarts = async {
        let (mut restarts, mut cut) = (0, 0);
        for at in ticks(plan.restart_every, start, end) {
            sleep_until(at).await;
            cut += origin.stop().await?.max(0) as u64;
            sleep(plan.restart_down).await;
            origin.start()?;
            restarts += 1;
        }
        Ok::<_, anyhow::Error>((restarts, cut))
    };
    let reloads = async {
        let mut counts = Counts::default();
        for (n, at) in ticks(plan.reload_every, start, end).enumerate() {
            sleep_until(at).await;
            let by_command = n % 2 == 0;
            match reload(config, omsgate, gateway, by_command).await {
                Ok(()) if by_command => counts.reloads_by_command += 1,
                Ok(()) => counts.reloads_by_sighup += 1,
                Err(e) => {
                    counts.reload_failures += 1;
                    counts.first_reload_failure.get_or_insert(format!("{e:#}"));
                }
            }
        }
        counts
    };
    let storm = async {
        let Some(storm_at) = plan.storm_at else { return (0, 0.0, false) };
        sleep_until(start + storm_at).await;
        let before = tally.reloading.load(Relaxed);
        let began = Instant::now();
        let sent = sighup_storm(gateway, plan.storm_signals, plan.storm_within).await;
        let took = began.elapsed().as_secs_f64();
        let reloaded = timeout(STORM_RELOAD_TIMEOUT, async {
            while tally.reloading.load(Relaxed) == before {
                sleep(Duration::from_millis(50)).await;
            }
        })
        .await
        .is_ok();
        (sent, took, reloaded)
    };
    let (armed, restarted, mut counts, (sent, took, reloaded)) =
        tokio::join!(kills, restarts, reloads, storm);
    let (restarts, cut) = restarted?;
    counts.client_kills_armed = armed;
    counts.origin_restarts = restarts;
    counts.origin_connections_cut = cut;
    counts.storm_sighups = sent;
    counts.storm_seconds = took;
    counts.storm_reloaded = reloaded;
    Ok(counts)
}

/// The moments a periodic kind fires: half a period after `start`, then once a period,
/// before `end`; none when the kind is off.
fn ticks(every: Option<Duration>, start: Instant, end: Instant) -> impl Iterator<Item = Instant> {
    let every = every.filter(|e| !e.is_zero());
    let count = every.map_or(0, |e| {
        let span = end.saturating_duration_since(start).as_secs_f64();
        (span / e.as_secs_f64() - 0.5).ceil().max(0.0) as u32
    });
    (0..count).map(move |i| start + every.expect("count is 0 without a period").mul_f64(f64::from(i) + 0.5))
}

/// Rewrites the config, then asks the gateway to reload it.
async fn reload(config: &mut ConfigFile, omsgate: &Path, gateway: u32, by_command: bool) -> Result<()> {
    config.write_next()?;
    if by_command { reload_by_command(omsgate, config.path()).await } else { sighup(gateway) }
}

/// `omsgate reload --config CONFIG`, which must answer that every gateway on it reloaded.
pub async fn reload_by_command(omsgate: &Path, config: &Path) -> Result<()> {
    let out = timeout(
        RELOAD_COMMAND_TIMEOUT,
        Command::new(omsgate).arg("reload").arg("--config").arg(config).kill_on_drop(true).output(),
    )
    .await
    .map_err(|_| anyhow::anyhow!("omsgate reload: no answer within {RELOAD_COMMAND_TIMEOUT:?}"))??;
    if !out.status.success() {
        anyhow::bail!(
            "omsgate reload: {}: {} {}",
            out.status,
            String::from_utf8_lossy(&out.stdout).trim(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// `signals` SIGHUPs spread evenly over `within`; how many were sent.
async fn sighup_storm(gateway: u32, signals: u32, within: Duration) -> u64 {
    let gap = within / signals.max(1);
    let first = Instant::now();
    let mut sent = 0;
    for i in 0..signals {
        sleep_until(first + gap * i).await;
        if sighup(gateway).is_ok() {
            sent += 1;
        }
    }
    sent
}

fn sighup(pid: u32) -> Result<()> {
    let pid = rustix::process::Pid::from_raw(pid as i32).ok_or_else(|| anyhow::anyhow!("PID {pid}"))?;
    rustix::process::kill_process(pid, rustix::process::Signal::HUP)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periodic_kinds_fire_half_a_period_in_then_every_period() {
        let start = Instant::now();
        let at = |every: u64, span: u64| -> Vec<f64> {
            ticks(Some(Duration::from_secs(every)), start, start + Duration::from_secs(span))
                .map(|t| (t - start).as_secs_f64())
                .collect()
        };
        assert_eq!(at(30, 120), [15.0, 45.0, 75.0, 105.0]);
        assert_eq!(at(3, 9), [1.5, 4.5, 7.5]);
        assert_eq!(at(30, 10), Vec::<f64>::new());
        assert_eq!(at(30, 16), [15.0]);
        assert_eq!(ticks(None, start, start + Duration::from_secs(60)).count(), 0);
        assert_eq!(ticks(Some(Duration::ZERO), start, start + Duration::from_secs(60)).count(), 0);
    }
}
