//! Direct route: the name is resolved once (`resolve`: cached for its TTL), every
//! address is vetted by the policy, and the gateway connects to an address it checked —
//! never resolving again, so DNS rebinding cannot slip past the check. Of the vetted
//! addresses, the first to answer wins (`eyeballs`: IPv6 first, the next attempt every
//! 250 ms), all within the deadline.

use std::time::Instant;

use bytes::Bytes;

use super::{DialError, Upstream};
use crate::policy::{Allowed, Policy};

/// Resolves, vets and connects before `deadline`.
pub async fn open(
    allowed: &Allowed,
    policy: &Policy,
    deadline: tokio::time::Instant,
) -> Result<Upstream, DialError> {
    let started = Instant::now();
    let target = allowed.target();
    let timed_out = || DialError::Timeout { target: target.to_string(), after: started.elapsed() };
    // The lookup keeps to the deadline itself: a resolver that does not answer in time
    // is a DNS failure (502), not the destination's timeout.
    let addrs = super::resolve::resolve(&target.host, target.port, deadline).await?;

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

    match tokio::time::timeout_at(deadline, super::connect_first(&vetted)).await {
        Err(_) => Err(timed_out()),
        Ok(Ok((stream, addr))) => Ok(Upstream {
            stream: super::Stream::Plain(stream),
            addr,
            elapsed: started.elapsed(),
            early: Bytes::new(),
            taken: super::Taken::default(),
        }),
        Ok(Err((addr, error))) => Err(DialError::Connect { target: target.to_string(), addr, error }),
    }
}
