//! Name resolution for the direct route: getaddrinfo (so /etc/hosts and nsswitch
//! apply, as for every other program on the node) behind a short cache. An agent fleet
//! resolves the same few names (`<workspace>.ods.opinsights.azure.com`) over and over, and
//! a reconnect storm after a restart would otherwise put thousands of lookups on tokio's
//! blocking pool and the site's DNS server at once. Only successful answers are cached;
//! every address is still vetted by the policy on every tunnel.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;

use super::DialError;
use crate::connect::Host;

/// How long an answer is reused. Short against typical TTLs of the service endpoints
/// (minutes), long against a reconnect storm (seconds).
pub const CACHE_TTL: Duration = Duration::from_secs(30);
/// Names kept at most; past it expired entries are dropped, and new names go uncached
/// until there is room. Agents reach a handful of names: this is far above that.
pub const CACHE_NAMES: usize = 4096;
/// Name lookups in flight at once. getaddrinfo runs on tokio's blocking pool and a
/// timeout does not stop it, so a DNS outage must not be able to fill that pool.
const MAX_CONCURRENT_LOOKUPS: usize = 64;

static LOOKUPS: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(MAX_CONCURRENT_LOOKUPS));
static CACHE: LazyLock<Cache> = LazyLock::new(|| Cache::new(CACHE_TTL, CACHE_NAMES));

/// The addresses of `host` on `port`: an IP literal as it is, a name from the cache or
/// from getaddrinfo.
pub async fn resolve(host: &Host, port: u16) -> Result<Vec<SocketAddr>, DialError> {
    let name = match host {
        Host::Ip(ip) => return Ok(vec![SocketAddr::new(*ip, port)]),
        Host::Name(name) => name,
    };
    let with_port = |ips: &[IpAddr]| ips.iter().map(|ip| SocketAddr::new(*ip, port)).collect();
    if let Some(ips) = CACHE.get(name, Instant::now()) {
        return Ok(with_port(&ips));
    }
    let fail = |error| DialError::Resolve { host: name.to_string(), error };
    let _permit = LOOKUPS.acquire().await.map_err(|_| fail(io::ErrorKind::Other.into()))?;
    let ips: Arc<[IpAddr]> =
        tokio::net::lookup_host((&**name, port)).await.map_err(fail)?.map(|a| a.ip()).collect();
    if !ips.is_empty() {
        CACHE.put(name, ips.clone(), Instant::now());
    }
    Ok(with_port(&ips))
}

/// One cached answer: when it was looked up, and the addresses.
type Answer = (Instant, Arc<[IpAddr]>);

/// Answers by name.
struct Cache {
    ttl: Duration,
    max: usize,
    names: Mutex<HashMap<Box<str>, Answer>>,
}

impl Cache {
    fn new(ttl: Duration, max: usize) -> Cache {
        Cache { ttl, max, names: Mutex::new(HashMap::new()) }
    }

    fn get(&self, name: &str, now: Instant) -> Option<Arc<[IpAddr]>> {
        let names = self.names.lock().unwrap_or_else(PoisonError::into_inner);
        let (at, ips) = names.get(name)?;
        (now.saturating_duration_since(*at) < self.ttl).then(|| ips.clone())
    }

    fn put(&self, name: &str, ips: Arc<[IpAddr]>, now: Instant) {
        let mut names = self.names.lock().unwrap_or_else(PoisonError::into_inner);
        if names.len() >= self.max && !names.contains_key(name) {
            names.retain(|_, (at, _)| now.saturating_duration_since(*at) < self.ttl);
            if names.len() >= self.max {
                return;
            }
        }
        names.insert(name.into(), (now, ips));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ips(s: &[&str]) -> Arc<[IpAddr]> {
        s.iter().map(|a| a.parse().unwrap()).collect()
    }

    #[test]
    fn answers_are_reused_until_the_ttl_then_looked_up_again() {
        let cache = Cache::new(Duration::from_secs(30), 10);
        let t0 = Instant::now();
        assert!(cache.get("ws1.ods.opinsights.azure.com", t0).is_none());
        cache.put("ws1.ods.opinsights.azure.com", ips(&["20.1.2.3"]), t0);
        let hit = cache.get("ws1.ods.opinsights.azure.com", t0 + Duration::from_secs(29)).unwrap();
        assert_eq!(&*hit, &*ips(&["20.1.2.3"]));
        assert!(cache.get("ws1.ods.opinsights.azure.com", t0 + Duration::from_secs(30)).is_none());
    }

    #[test]
    fn the_cache_is_bounded_and_makes_room_from_expired_names() {
        let cache = Cache::new(Duration::from_secs(30), 2);
        let t0 = Instant::now();
        cache.put("a.example", ips(&["20.0.0.1"]), t0);
        cache.put("b.example", ips(&["20.0.0.2"]), t0);
        cache.put("c.example", ips(&["20.0.0.3"]), t0 + Duration::from_secs(1));
        assert!(cache.get("c.example", t0 + Duration::from_secs(1)).is_none(), "full: not cached");
        cache.put("c.example", ips(&["20.0.0.3"]), t0 + Duration::from_secs(31));
        assert!(cache.get("c.example", t0 + Duration::from_secs(31)).is_some(), "expired names made room");
    }

    #[tokio::test]
    async fn ip_literals_skip_resolution() {
        let addrs = resolve(&Host::Ip("192.0.2.7".parse().unwrap()), 443).await.unwrap();
        assert_eq!(addrs, vec!["192.0.2.7:443".parse().unwrap()]);
    }
}
