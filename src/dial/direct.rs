//! Direct route: the name is resolved once, every address is vetted by the policy, and
//! the gateway connects to an address it checked — never resolving again, so DNS
//! rebinding cannot slip past the check. Addresses are tried in order until one
//! connects or the deadline passes.

use std::io;
use std::net::SocketAddr;
use std::sync::LazyLock;
use std::time::Instant;

use bytes::Bytes;
use tokio::net::TcpStream;
use tokio::sync::Semaphore;

use super::{DialError, Upstream};
use crate::connect::Host;
use crate::policy::{Allowed, Policy};

/// Name lookups in flight at once. getaddrinfo runs on tokio's blocking pool and a
/// timeout does not stop it, so a DNS outage must not be able to fill that pool.
const MAX_CONCURRENT_LOOKUPS: usize = 64;

static LOOKUPS: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(MAX_CONCURRENT_LOOKUPS));

/// Resolves, vets and connects before `deadline`.
pub async fn open(
    allowed: &Allowed,
    policy: &Policy,
    deadline: tokio::time::Instant,
) -> Result<Upstream, DialError> {
    let started = Instant::now();
    let target = allowed.target();
    let timed_out = || DialError::Timeout { target: target.to_string(), after: started.elapsed() };
    let addrs = tokio::time::timeout_at(deadline, resolve(&target.host, target.port))
        .await
        .map_err(|_| timed_out())??;

    let mut vetted = Vec::with_capacity(addrs.len());
    let mut refusal = None;
    for addr in addrs {
        match policy.vet(allowed, addr) {
            Ok(()) => vetted.push(addr),
            Err(reason) => refusal = Some(reason),
        }
    }
    if vetted.is_empty() {
        return Err(match refusal {
            Some(reason) => DialError::Denied(reason),
            None => DialError::NoAddress { host: target.host.to_string() },
        });
    }

    let mut last = None;
    for addr in vetted {
        match tokio::time::timeout_at(deadline, TcpStream::connect(addr)).await {
            Err(_) => return Err(timed_out()),
            Ok(Ok(stream)) => {
                let stream = super::tuned(stream);
                return Ok(Upstream { stream, addr, elapsed: started.elapsed(), early: Bytes::new() });
            }
            Ok(Err(error)) => last = Some(DialError::Connect { target: target.to_string(), addr, error }),
        }
    }
    Err(last.unwrap_or_else(timed_out))
}

async fn resolve(host: &Host, port: u16) -> Result<Vec<SocketAddr>, DialError> {
    let name = match host {
        Host::Ip(ip) => return Ok(vec![SocketAddr::new(*ip, port)]),
        Host::Name(name) => name,
    };
    let fail = |error| DialError::Resolve { host: name.to_string(), error };
    let _permit = LOOKUPS.acquire().await.map_err(|_| fail(io::ErrorKind::Other.into()))?;
    let addrs = tokio::net::lookup_host((&**name, port)).await.map_err(fail)?;
    Ok(addrs.collect())
}
