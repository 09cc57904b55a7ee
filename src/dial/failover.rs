//! A tunnel through a route's relay proxies: each tried in order, skipping those whose
//! breaker is open ([`Health`]), within the tunnel's `connect_timeout`. A relay that
//! cannot be reached, does not answer in time, fails its TLS handshake, answers
//! garbage or a 5xx opens its breaker, and the next relay is tried at once. When none
//! of the relays it tried carried the tunnel, the tunnel tries the ones it skipped, in
//! order: with every relay failing, trying them anyway costs a failing tunnel nothing
//! it had not lost already, and finds a relay that came back before its breaker says so.
//!
//! Each try gets an equal share of the time left (the last one all of it), so one
//! relay that swallows packets cannot use up the time the next one needed. A 5xx or
//! no answer to the CONNECT in time is the relay speaking about the destination: the
//! next relay is tried, but the breaker stays closed (one dead destination must not
//! take a relay out of line for every tunnel). A 407 or another 4xx is the relay's
//! word on this request: the tunnel ends there (502), and a 407 is logged once per
//! burst per relay (the tunnel's own line is left out).
//!
//! Health changes are logged once, when they happen: event 403 when a relay's breaker
//! opens, event 100 when it carries tunnels again.

use std::net::SocketAddr;
use std::time::Instant;

use tracing::{info, warn};

use super::health::{self, Admit};
use super::{DialError, RelayProxy, Routes, Taken, Upstream, relay_proxy};
use crate::connect::Host;
use crate::events;
use crate::fault::Fault;
use crate::policy::{Allowed, Policy};

/// Dials `allowed` through the relays `list` (indices into `routes`) before `deadline`;
/// `route` names the rule that chose them, for the events.
pub async fn open(
    allowed: &Allowed,
    policy: &Policy,
    routes: &Routes,
    list: &[u16],
    route: &'static str,
    deadline: tokio::time::Instant,
) -> Result<Upstream, DialError> {
    let started = Instant::now();
    let target = allowed.target();
    // The relay resolves names; an IP literal is vetted here, before any relay is asked.
    if let Host::Ip(ip) = target.host {
        policy.vet(allowed, SocketAddr::new(ip, target.port))?;
    }
    let now = health::now();
    // Positions in `list` skipped in the first pass (breaker open): at most 64 relays.
    let mut skipped = 0u64;
    let mut tried = 0usize;
    let mut failed: Vec<String> = Vec::new();
    let mut last = None;
    let first_pass = (0..list.len()).map(|pos| (pos, true));
    let second_pass = (0..list.len()).map(|pos| (pos, false));
    for (pos, first) in first_pass.chain(second_pass) {
        let relay = &routes.relays()[usize::from(list[pos])];
        if first && relay.health.admit(now, routes.retry_after) == Admit::Open {
            skipped |= 1 << pos;
            continue;
        }
        if !first && skipped & (1 << pos) == 0 {
            continue;
        }
        let left = (list.len() - tried) as u32;
        let share = deadline.saturating_duration_since(tokio::time::Instant::now()) / left.max(1);
        tried += 1;
        match relay_proxy::attempt(target, relay, routes.tls.as_ref(), tokio::time::Instant::now() + share)
            .await
        {
            Ok((stream, addr, early)) => {
                worked(relay);
                let taken = Taken {
                    route,
                    relay: Some(relay.label.clone()),
                    failovers: failed.len() as u8,
                    all_failing: !first,
                };
                return Ok(Upstream { stream, addr, elapsed: started.elapsed(), early, taken });
            }
            Err(e) if e.tries_next() => {
                if e.trips_breaker() {
                    failing(relay, &e, routes);
                }
                failed.push(format!("{} ({})", relay.label, e.reason()));
                last = Some(e);
            }
            Err(e) => {
                if let DialError::RelayAuth { .. } = e {
                    auth_refused(relay);
                }
                return Err(with_earlier(e, failed));
            }
        }
        if tokio::time::Instant::now() >= deadline {
            break;
        }
    }
    let last = last.unwrap_or_else(|| DialError::RelayTimeout {
        relay: list
            .iter()
            .map(|&i| routes.relays()[usize::from(i)].label.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        after: started.elapsed(),
        answering: false,
    });
    failed.pop();
    Err(with_earlier(last, failed))
}

/// The last relay's error, naming the relays that failed before it in this tunnel.
fn with_earlier(last: DialError, earlier: Vec<String>) -> DialError {
    match earlier.is_empty() {
        true => last,
        false => DialError::Failover { earlier: earlier.join(", "), last: Box::new(last) },
    }
}

/// A relay failed this tunnel: its breaker opens, said once per opening.
fn failing(relay: &RelayProxy, e: &DialError, routes: &Routes) {
    if relay.health.failed(health::now()) {
        warn!(
            event_id = events::NETWORK_ERROR,
            relay = %relay.label,
            reason = e.reason(),
            retry_after_s = routes.retry_after.as_secs_f64(),
            "relay proxy {} is failing: {e}; tunnels skip it for relay_retry_after ({:?}) and go to the next relay, then one tunnel tries it again",
            relay.label,
            routes.retry_after
        );
    }
}

/// A relay carried a tunnel: a breaker that was open closes, said once.
fn worked(relay: &RelayProxy) {
    if relay.health.worked() {
        info!(event_id = events::GENERAL, relay = %relay.label, "relay proxy {} carries tunnels again", relay.label);
    }
}

/// A 407: logged once per burst per relay, with what to fix and how many tunnels it
/// refused since the last such line.
fn auth_refused(relay: &RelayProxy) {
    if let Some(refused) = relay.health.auth_refused(health::now()) {
        warn!(
            event_id = events::NETWORK_ERROR,
            relay = %relay.label,
            reason = "relay_auth",
            refused,
            "relay proxy {} answers 407 Proxy Authentication Required: {}; its tunnels get 502 ({refused} refused since this line last showed; it shows at most once a minute per relay)",
            relay.label,
            relay.auth_hint
        );
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::connect::Target;
    use crate::dial::{RelayUrl, Route};
    use crate::policy::Allowlist;

    /// The relay resolves names, but an IP-literal target is vetted here by the same
    /// rules as on the direct route: never an unspecified address, never the gateway.
    #[tokio::test]
    async fn ip_literal_targets_are_vetted_before_the_relay_is_asked() {
        // A relay that would hold the CONNECT unanswered: reaching it is a failure.
        let relay = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = RelayUrl::parse(&relay.local_addr().unwrap().to_string()).unwrap();
        let relays = vec![RelayProxy::new(url, None, "")];
        let routes = Routes::new(
            relays,
            Route::Relays(Box::new([0])),
            vec![],
            vec![],
            std::time::Duration::from_secs(30),
            None,
        )
        .unwrap();
        let entries: Vec<String> = ["0.0.0.0", "::", "127.0.0.2", "10.20.30.40"].map(String::from).into();
        let allowlist = Allowlist::parse(&entries, &[443, 8080]).unwrap();
        let policy = Policy::new(allowlist, true, vec!["127.0.0.1:8080".parse().unwrap()])
            .with_host_addresses(|| Ok(vec!["10.20.30.40".parse().unwrap()]));
        for (target, want) in [
            ("0.0.0.0:443", "unspecified_destination"),
            ("[::ffff:0.0.0.0]:443", "unspecified_destination"),
            ("[::]:443", "unspecified_destination"),
            ("127.0.0.2:8080", "own_address"),
            ("10.20.30.40:8080", "own_address"),
        ] {
            let allowed = policy.decide(&Target::parse(target).unwrap()).allow().unwrap();
            let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(2);
            match open(&allowed, &policy, &routes, &[0], "relay", deadline).await {
                Err(e @ DialError::Denied(_)) => assert_eq!(e.reason(), want, "{target}"),
                Err(other) => panic!("{target}: the relay was asked: {other}"),
                Ok(_) => panic!("{target}: the relay was asked and answered"),
            }
        }
    }

    /// A relay that reads one CONNECT head, sends it to the test, and answers `answer`.
    async fn fake_relay(answer: &'static [u8]) -> (RelayUrl, tokio::sync::oneshot::Receiver<Vec<u8>>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = RelayUrl::parse(&listener.local_addr().unwrap().to_string()).unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel();
        tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            let mut head = Vec::new();
            while !head.ends_with(b"\r\n\r\n") {
                let mut byte = [0u8; 1];
                if s.read(&mut byte).await.unwrap() == 0 {
                    break;
                }
                head.push(byte[0]);
            }
            s.write_all(answer).await.unwrap();
            tx.send(head).unwrap();
            // Held open until the tunnel is dropped.
            let _ = s.read(&mut [0u8; 1]).await;
        });
        (url, rx)
    }

    /// The exact CONNECT each relay of a route receives, each with its own credentials:
    /// the first answers 503 (the next is tried), the second 200 and carries the tunnel.
    #[tokio::test]
    async fn each_relay_is_sent_its_own_exact_connect() {
        let (a, from_a) = fake_relay(b"HTTP/1.1 503 Service Unavailable\r\n\r\n").await;
        let (b, from_b) = fake_relay(b"HTTP/1.1 200 Connection established\r\n\r\n").await;
        let relays = vec![
            RelayProxy::new(a, Some(crate::dial::Credentials::new("gw-a".into(), "pw-a".into())), ""),
            RelayProxy::new(b, Some(crate::dial::Credentials::new("gw-b".into(), "pw-b".into())), ""),
        ];
        let routes = Routes::new(
            relays,
            Route::Relays(Box::new([0, 1])),
            vec![],
            vec![],
            Duration::from_secs(30),
            None,
        )
        .unwrap();
        let entries = vec!["ws1.ods.opinsights.azure.com".to_string()];
        let policy = Policy::new(Allowlist::parse(&entries, &[443]).unwrap(), false, vec![]);
        let allowed =
            policy.decide(&Target::parse("ws1.ods.opinsights.azure.com:443").unwrap()).allow().unwrap();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        let up = open(&allowed, &policy, &routes, &[0, 1], "relay", deadline).await.unwrap();
        assert_eq!((up.taken.relay.as_deref(), up.taken.failovers), (Some(&*routes.relays()[1].label), 1));
        let head = |user_pass_b64: &str| {
            format!(
                "CONNECT ws1.ods.opinsights.azure.com:443 HTTP/1.1\r\nHost: ws1.ods.opinsights.azure.com:443\r\n\
                 Proxy-Authorization: Basic {user_pass_b64}\r\n\r\n"
            )
        };
        // base64("gw-a:pw-a"), base64("gw-b:pw-b")
        assert_eq!(String::from_utf8(from_a.await.unwrap()).unwrap(), head("Z3ctYTpwdy1h"));
        assert_eq!(String::from_utf8(from_b.await.unwrap()).unwrap(), head("Z3ctYjpwdy1i"));
        assert!(
            !routes.relays()[0].health.is_open(health::now(), routes.retry_after),
            "a 503 opens no breaker"
        );
    }
}
