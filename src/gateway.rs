//! What every tunnel shares: the policy in force (swapped whole on reload, so a tunnel
//! keeps the snapshot it was admitted under), settings, the pipe pool, the byte meters,
//! and the signal that cuts tunnels at the end of a drain. Each snapshot put in force
//! also puts its DNS settings in force (`dial::resolve::configure`: a resolver rebuilt
//! whole, swapped in one store).

use std::net::SocketAddr;
use std::sync::Arc;

use arc_swap::ArcSwap;
use tokio::sync::watch;

use crate::config::Settings;
use crate::dial::resolve::{self, DnsSettings, Lifetime};
use crate::policy::{Authenticator, EntryId, Policy};
use crate::splice::{EntryTable, Meters, PipePool, SpliceConfig};

/// Pipes kept for splicing (the pool's module doc says why this many).
pub const PIPE_POOL_SIZE: usize = PipePool::DEFAULT_MAX;

/// The configuration in force: settings and the policy built from them, swapped as one
/// so that a tunnel never pairs a new policy with old settings.
pub struct Snapshot {
    pub settings: Settings,
    pub policy: Policy,
    /// 1 for the configuration read at start, one more for each reload put in force.
    pub generation: u64,
    /// The meters of each allowlist entry, by the entry's position.
    pub rules: EntryTable,
    /// Each allowlist entry's text, shared: a tunnel names the entry that allowed it
    /// (`omsgate top`) without copying it.
    entries: Vec<Arc<str>>,
}

/// State shared by all tunnels of one gateway process.
pub struct Gateway {
    config: ArcSwap<Snapshot>,
    /// The addresses the proxy listeners are bound to: a tunnel to one would loop.
    listening: Vec<SocketAddr>,
    /// Leased per burst by `splice`.
    pub pipes: PipePool,
    /// Byte counters the splice adds to once per burst.
    pub meters: Meters,
    cut: watch::Receiver<bool>,
}

impl Gateway {
    /// Builds the shared state for listeners bound to `listening`; `rules` are the
    /// meters of `settings`' allowlist entries; `cut` turns true when open tunnels must
    /// end now.
    pub fn new(
        settings: Settings,
        rules: EntryTable,
        listening: Vec<SocketAddr>,
        meters: Meters,
        cut: watch::Receiver<bool>,
    ) -> Gateway {
        let snapshot = Snapshot::of(settings, rules, &listening, 1);
        resolve::configure(snapshot.dns());
        Gateway {
            config: ArcSwap::from_pointee(snapshot),
            listening,
            pipes: PipePool::new(PIPE_POOL_SIZE),
            meters,
            cut,
        }
    }

    /// The configuration in force now; a tunnel keeps this snapshot for its lifetime.
    pub fn config(&self) -> Arc<Snapshot> {
        self.config.load_full()
    }

    /// Puts new settings (with the meters of their allowlist entries) in force for
    /// tunnels admitted from now on.
    pub fn replace(&self, settings: Settings, rules: EntryTable) {
        // Reloads come one at a time from the serve loop: no other store races this one.
        let generation = self.config.load().generation + 1;
        let snapshot = Snapshot::of(settings, rules, &self.listening, generation);
        resolve::configure(snapshot.dns());
        self.config.store(Arc::new(snapshot));
    }

    /// Resolves when the drain is over and open tunnels must be cut.
    pub async fn cut(&self) {
        let mut cut = self.cut.clone();
        // A dropped sender means the gateway is gone: cut as well.
        let _ = cut.wait_for(|c| *c).await;
    }
}

impl Snapshot {
    fn of(settings: Settings, rules: EntryTable, listening: &[SocketAddr], generation: u64) -> Snapshot {
        let policy = Policy::new(
            settings.allowlist.clone(),
            settings.keys.allow_private_destinations,
            listening.to_vec(),
        )
        .in_mode(settings.keys.policy_mode)
        .with_agents(settings.users.clone().map(Authenticator::new), settings.identities.clone());
        let entries = settings.allowlist.entries().iter().map(|e| Arc::from(e.as_str())).collect();
        Snapshot { settings, policy, generation, rules, entries }
    }

    /// The text of allowlist entry `entry`, shared.
    pub fn entry(&self, entry: Option<EntryId>) -> Option<Arc<str>> {
        self.entries.get(entry? as usize).cloned()
    }

    /// How this configuration's tunnels splice.
    pub fn splice(&self) -> SpliceConfig {
        SpliceConfig { idle_timeout: self.settings.keys.idle_timeout, mode: self.settings.keys.splice_mode }
    }

    /// How this configuration resolves names.
    pub fn dns(&self) -> DnsSettings {
        let keys = &self.settings.keys;
        DnsSettings {
            servers: keys.dns_servers.iter().map(|server| server.0).collect(),
            lifetime: Lifetime {
                ttl_min: keys.dns_ttl_min,
                ttl_max: keys.dns_ttl_max,
                stale_for: keys.dns_stale_for,
            },
        }
    }
}
