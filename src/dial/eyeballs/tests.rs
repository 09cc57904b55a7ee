//! The schedule on paused time: connects that answer, fail or hang when each test says,
//! and a log of when each attempt started and whether it was dropped unfinished.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::time::Instant;

use super::*;

/// What a fake connect to one address does.
#[derive(Debug, Clone, Copy)]
enum Plan {
    /// Connects after this many milliseconds.
    Connects(u64),
    /// Is refused after this many milliseconds.
    Refused(u64),
    /// Never answers (a blackhole).
    Hangs,
}

/// Attempt starts (address, ms after the race began) and the addresses dropped unfinished.
#[derive(Debug, Default)]
struct Log {
    started: Vec<(SocketAddr, u64)>,
    dropped: Vec<SocketAddr>,
}

/// Notes its address as dropped unless the attempt finished.
struct Unfinished(SocketAddr, Arc<Mutex<Log>>);

impl Drop for Unfinished {
    fn drop(&mut self) {
        self.1.lock().unwrap().dropped.push(self.0);
    }
}

fn addr(s: &str) -> SocketAddr {
    s.parse().unwrap()
}

/// Races `addrs` with fake connects following `plans`; returns the outcome (the winner's
/// address, or the last failure's) and the log.
async fn run(addrs: &[&str], plans: &[(&str, Plan)]) -> (Result<SocketAddr, SocketAddr>, Log) {
    let plans: HashMap<SocketAddr, Plan> = plans.iter().map(|(a, p)| (addr(a), *p)).collect();
    let addrs: Vec<SocketAddr> = addrs.iter().map(|a| addr(a)).collect();
    let log = Arc::new(Mutex::new(Log::default()));
    let t0 = Instant::now();
    let connect = |to: SocketAddr| {
        let (plan, log) = (plans[&to], log.clone());
        log.lock().unwrap().started.push((to, t0.elapsed().as_millis() as u64));
        async move {
            let unfinished = Unfinished(to, log);
            let result = match plan {
                Plan::Connects(ms) => {
                    tokio::time::sleep(Duration::from_millis(ms)).await;
                    Ok(to)
                }
                Plan::Refused(ms) => {
                    tokio::time::sleep(Duration::from_millis(ms)).await;
                    Err(io::ErrorKind::ConnectionRefused.into())
                }
                Plan::Hangs => std::future::pending().await,
            };
            std::mem::forget(unfinished);
            result
        }
    };
    let outcome = race(&addrs, ATTEMPT_DELAY, connect).await.map(|(s, _)| s).map_err(|(a, _)| a);
    let log = std::mem::take(&mut *log.lock().unwrap());
    (outcome, log)
}

#[tokio::test(start_paused = true)]
async fn ipv6_goes_first_and_ipv4_starts_after_the_attempt_delay() {
    // The resolver listed IPv4 first: IPv6 still goes first.
    let (won, log) = run(
        &["192.0.2.1:443", "[2001:db8::1]:443"],
        &[("[2001:db8::1]:443", Plan::Hangs), ("192.0.2.1:443", Plan::Connects(10))],
    )
    .await;
    assert_eq!(won, Ok(addr("192.0.2.1:443")));
    assert_eq!(log.started, [(addr("[2001:db8::1]:443"), 0), (addr("192.0.2.1:443"), 250)]);
    assert_eq!(log.dropped, [addr("[2001:db8::1]:443")], "the loser is dropped");
}

#[tokio::test(start_paused = true)]
async fn ipv6_that_answers_in_time_wins_and_ipv4_is_never_tried() {
    let (won, log) = run(
        &["[2001:db8::1]:443", "192.0.2.1:443"],
        &[("[2001:db8::1]:443", Plan::Connects(249)), ("192.0.2.1:443", Plan::Connects(1))],
    )
    .await;
    assert_eq!(won, Ok(addr("[2001:db8::1]:443")));
    assert_eq!(log.started, [(addr("[2001:db8::1]:443"), 0)]);
}

#[tokio::test(start_paused = true)]
async fn a_slow_ipv6_still_wins_when_it_answers_first() {
    let (won, log) = run(
        &["[2001:db8::1]:443", "192.0.2.1:443"],
        &[("[2001:db8::1]:443", Plan::Connects(300)), ("192.0.2.1:443", Plan::Connects(100))],
    )
    .await;
    assert_eq!(won, Ok(addr("[2001:db8::1]:443")), "IPv6 at 300 ms beats IPv4 at 250 + 100 ms");
    assert_eq!(log.dropped, [addr("192.0.2.1:443")]);
}

#[tokio::test(start_paused = true)]
async fn a_failed_attempt_starts_the_next_at_once() {
    let (won, log) = run(
        &["[2001:db8::1]:443", "192.0.2.1:443"],
        &[("[2001:db8::1]:443", Plan::Refused(20)), ("192.0.2.1:443", Plan::Connects(5))],
    )
    .await;
    assert_eq!(won, Ok(addr("192.0.2.1:443")));
    assert_eq!(log.started, [(addr("[2001:db8::1]:443"), 0), (addr("192.0.2.1:443"), 20)]);
}

#[tokio::test(start_paused = true)]
async fn families_alternate_each_attempt_staggered() {
    let (won, log) = run(
        &["[2001:db8::1]:443", "[2001:db8::2]:443", "192.0.2.1:443", "192.0.2.2:443"],
        &[
            ("[2001:db8::1]:443", Plan::Hangs),
            ("[2001:db8::2]:443", Plan::Hangs),
            ("192.0.2.1:443", Plan::Hangs),
            ("192.0.2.2:443", Plan::Connects(1)),
        ],
    )
    .await;
    assert_eq!(won, Ok(addr("192.0.2.2:443")));
    assert_eq!(
        log.started,
        [
            (addr("[2001:db8::1]:443"), 0),
            (addr("192.0.2.1:443"), 250),
            (addr("[2001:db8::2]:443"), 500),
            (addr("192.0.2.2:443"), 750),
        ]
    );
    assert_eq!(log.dropped.len(), 3, "every loser is dropped: {:?}", log.dropped);
}

#[tokio::test(start_paused = true)]
async fn one_family_is_staggered_too() {
    let (won, log) = run(
        &["192.0.2.1:443", "192.0.2.2:443"],
        &[("192.0.2.1:443", Plan::Hangs), ("192.0.2.2:443", Plan::Connects(1))],
    )
    .await;
    assert_eq!(won, Ok(addr("192.0.2.2:443")));
    assert_eq!(log.started, [(addr("192.0.2.1:443"), 0), (addr("192.0.2.2:443"), 250)]);
}

#[tokio::test(start_paused = true)]
async fn when_every_address_fails_the_last_failure_is_returned() {
    let (outcome, log) = run(
        &["[2001:db8::1]:443", "192.0.2.1:443", "192.0.2.2:443"],
        &[
            ("[2001:db8::1]:443", Plan::Refused(0)),
            ("192.0.2.1:443", Plan::Refused(0)),
            ("192.0.2.2:443", Plan::Refused(3)),
        ],
    )
    .await;
    assert_eq!(outcome, Err(addr("192.0.2.2:443")));
    let starts: Vec<u64> = log.started.iter().map(|(_, ms)| *ms).collect();
    assert_eq!(starts, [0, 0, 0], "no delay after a failure");
}

#[tokio::test(start_paused = true)]
async fn a_single_address_is_one_connect() {
    let (outcome, log) = run(&["192.0.2.1:443"], &[("192.0.2.1:443", Plan::Refused(7))]).await;
    assert_eq!(outcome, Err(addr("192.0.2.1:443")));
    assert_eq!(log.started, [(addr("192.0.2.1:443"), 0)]);
}

#[tokio::test(start_paused = true)]
async fn an_empty_list_is_an_error_not_a_panic() {
    let (outcome, log) = run(&[], &[]).await;
    assert_eq!(outcome, Err(addr("0.0.0.0:0")));
    assert!(log.started.is_empty());
}

#[test]
fn interleaving_starts_with_ipv6_and_keeps_each_familys_order() {
    let addrs: Vec<SocketAddr> =
        ["192.0.2.1:1", "192.0.2.2:1", "192.0.2.3:1", "[2001:db8::1]:1"].map(addr).into();
    assert_eq!(
        interleave(&addrs),
        ["[2001:db8::1]:1", "192.0.2.1:1", "192.0.2.2:1", "192.0.2.3:1"].map(addr)
    );
    assert_eq!(interleave(&[]), []);
}
