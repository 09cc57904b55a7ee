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

/// The configuration in force: settings and the policy built from them, swapped as one
/// so that a tunnel never pairs a new policy with old settings.
pub struct Snapshot {
    pub settings: Settings,
    pub policy: Policy,
}

/// State shared by all tunnels of one gateway process.
pub struct Gateway {
    config: ArcSwap<Snapshot>,
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
        Gateway {
            config: ArcSwap::from_pointee(Snapshot::of(settings)),
            pipes: PipePool::new(PIPE_POOL_SIZE),
            meters: Meters { up: handles.bytes_up.clone(), down: handles.bytes_down.clone() },
            handles,
            cut,
        }
    }

    /// The configuration in force now; a tunnel keeps this snapshot for its lifetime.
    pub fn config(&self) -> Arc<Snapshot> {
        self.config.load_full()
    }

    /// Puts new settings in force for tunnels admitted from now on.
    pub fn replace(&self, settings: Settings) {
        self.config.store(Arc::new(Snapshot::of(settings)));
    }

    /// Resolves when the drain is over and open tunnels must be cut.
    pub async fn cut(&self) {
        let mut cut = self.cut.clone();
        // A dropped sender means the gateway is gone: cut as well.
        let _ = cut.wait_for(|c| *c).await;
    }
}

impl Snapshot {
    fn of(settings: Settings) -> Snapshot {
        let s = &settings;
        let policy = Policy::new(s.allowlist.clone(), s.allow_private_destinations, s.listen.clone());
        Snapshot { settings, policy }
    }

    /// How this configuration's tunnels splice.
    pub fn splice(&self) -> SpliceConfig {
        SpliceConfig { idle_timeout: self.settings.idle_timeout, mode: Mode::Auto }
    }
}
