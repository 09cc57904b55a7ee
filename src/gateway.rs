//! What every tunnel shares: the policy in force (swapped whole on reload, so a tunnel
//! keeps the snapshot it was admitted under), settings, the pipe pool, metric handles,
//! and the signal that cuts tunnels at the end of a drain.

use std::sync::Arc;

use arc_swap::ArcSwap;
use tokio::sync::watch;

use crate::config::Settings;
use crate::policy::Policy;
use crate::splice::{Meters, Mode, PipePool, SpliceConfig};
use crate::telemetry::metrics::Handles;

/// Pipes kept for splicing (the pool's module doc says why this many).
pub const PIPE_POOL_SIZE: usize = PipePool::DEFAULT_MAX;

/// State shared by all tunnels of one gateway process.
pub struct Gateway {
    policy: ArcSwap<Policy>,
    settings: ArcSwap<Settings>,
    /// Leased per burst by `splice`.
    pub pipes: PipePool,
    /// Byte counters the splice adds to once per burst.
    pub meters: Meters,
    /// Registered metric handles.
    pub handles: Handles,
    cut: watch::Receiver<bool>,
}

impl Gateway {
    /// Builds the shared state; `cut` turns true when open tunnels must end now.
    pub fn new(settings: Settings, cut: watch::Receiver<bool>) -> Gateway {
        let handles = Handles::register();
        let policy = policy_for(&settings);
        Gateway {
            policy: ArcSwap::from_pointee(policy),
            settings: ArcSwap::from_pointee(settings),
            pipes: PipePool::new(PIPE_POOL_SIZE),
            meters: Meters { up: handles.bytes_up.clone(), down: handles.bytes_down.clone() },
            handles,
            cut,
        }
    }

    /// The policy in force now; a tunnel keeps this snapshot for its lifetime.
    pub fn policy(&self) -> Arc<Policy> {
        self.policy.load_full()
    }

    /// The settings in force now.
    pub fn settings(&self) -> Arc<Settings> {
        self.settings.load_full()
    }

    /// Puts new settings in force for tunnels admitted from now on.
    pub fn replace(&self, settings: Settings) {
        self.policy.store(Arc::new(policy_for(&settings)));
        self.settings.store(Arc::new(settings));
    }

    /// How tunnels splice under the current settings.
    pub fn splice_config(&self) -> SpliceConfig {
        SpliceConfig { idle_timeout: self.settings.load().idle_timeout, mode: Mode::Auto }
    }

    /// Resolves when the drain is over and open tunnels must be cut.
    pub async fn cut(&self) {
        let mut cut = self.cut.clone();
        // A dropped sender means the gateway is gone: cut as well.
        let _ = cut.wait_for(|c| *c).await;
    }
}

fn policy_for(settings: &Settings) -> Policy {
    Policy::new(settings.allowlist.clone(), settings.allow_private_destinations, settings.listen.clone())
}
