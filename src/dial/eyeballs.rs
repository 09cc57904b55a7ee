//! Happy Eyeballs (RFC 8305 §§4–5): connect to whichever of a name's addresses answers
//! first, without waiting out a dead one. Attempts go IPv6 first, then the families
//! alternate; each starts [`ATTEMPT_DELAY`] after the one before, or at once when an
//! attempt fails (a refused port or an unreachable network answer fast); the first to connect wins and the others are dropped
//! (their sockets closed). Every address passed in has already been vetted by the
//! policy: this module only chooses among them.
//!
//! A list of one family is staggered the same way (the RFC's delay is between attempts,
//! not between families): tried strictly in turn, one blackholed address would hold the
//! whole dial for `connect_timeout`, as it did before; staggered, the next address gets
//! its chance 250 ms later. The cost is an extra SYN to a destination slower than
//! 250 ms to answer, whose loser is closed at once.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use tokio::net::TcpStream;

/// RFC 8305 §8's recommended Connection Attempt Delay: long enough for a healthy
/// destination's SYN-ACK on most paths, short enough that a dead address costs a
/// quarter of a second rather than the connect timeout.
pub const ATTEMPT_DELAY: Duration = Duration::from_millis(250);

/// Connects to the first of `addrs` that answers (see the module doc); else the last
/// address that failed and its error. Callers say what an empty list means (here it is
/// an `InvalidInput` error for `0.0.0.0:0`).
pub async fn connect(addrs: &[SocketAddr]) -> Result<(TcpStream, SocketAddr), (SocketAddr, io::Error)> {
    race(addrs, ATTEMPT_DELAY, TcpStream::connect).await
}

/// The order attempts are made in: IPv6 first, then alternating families (RFC 8305 §4,
/// with a First Address Family Count of one), each family in the resolver's order.
pub fn interleave(addrs: &[SocketAddr]) -> Vec<SocketAddr> {
    let (mut v6, mut v4) =
        (addrs.iter().filter(|a| a.is_ipv6()).copied(), addrs.iter().filter(|a| a.is_ipv4()).copied());
    let mut order = Vec::with_capacity(addrs.len());
    loop {
        match (v6.next(), v4.next()) {
            (None, None) => return order,
            (six, four) => order.extend(six.into_iter().chain(four)),
        }
    }
}

/// [`connect`] with the delay and the connect step as parameters, so the schedule can be
/// tested on paused time with connects that answer when the test says.
async fn race<S, F, Fut>(
    addrs: &[SocketAddr],
    delay: Duration,
    connect: F,
) -> Result<(S, SocketAddr), (SocketAddr, io::Error)>
where
    F: Fn(SocketAddr) -> Fut,
    Fut: Future<Output = io::Result<S>>,
{
    // One address (an IP literal, a name with one record): nothing to race.
    if let [addr] = addrs {
        return connect(*addr).await.map(|stream| (stream, *addr)).map_err(|error| (*addr, error));
    }
    let order = interleave(addrs);
    let mut waiting = order.iter().copied();
    let attempt = |addr: SocketAddr| {
        let connecting = connect(addr);
        async move { (addr, connecting.await) }
    };
    let mut running: FuturesUnordered<_> = waiting.next().map(attempt).into_iter().collect();
    // Replaced by the first failure; returned as it is only for an empty list.
    let unspecified = SocketAddr::from(([0, 0, 0, 0], 0));
    let mut last = (unspecified, io::Error::new(io::ErrorKind::InvalidInput, "no address to connect to"));
    let next_start = tokio::time::sleep(delay);
    tokio::pin!(next_start);
    loop {
        tokio::select! {
            Some((addr, result)) = running.next() => match result {
                Ok(stream) => return Ok((stream, addr)),
                // A failed attempt gives its turn to the next address at once.
                Err(error) => last = (addr, error),
            },
            () = &mut next_start, if waiting.len() > 0 => {}
            else => return Err(last),
        }
        match waiting.next() {
            Some(addr) => running.push(attempt(addr)),
            None if running.is_empty() => return Err(last),
            None => {}
        }
        next_start.as_mut().reset(tokio::time::Instant::now() + delay);
    }
}

#[cfg(test)]
mod tests;
