//! DNS through the real binary, against a DNS server of the test's own on loopback
//! (`support::dns`): a TTL is honoured, a resolver outage serves the last good answer
//! with event 404 until `dns_stale_for` runs out, NXDOMAIN is never covered by a stale
//! answer, /etc/hosts is read before DNS, Happy Eyeballs picks the address that
//! answers, and a reload moves lookups to new servers.
//!
//! Destinations are plain TCP greeters (`tls_inspection = false` with an explicit
//! `name:PORT` entry): each writes one byte saying which one was reached.

mod support;

use std::io::Read;
use std::net::{SocketAddr, TcpListener};
use std::time::{Duration, Instant};

use support::dns::{DnsServer, Mode};
use support::{DEADLINE, Gateway, connect_to, wait_until};

const NAME: &str = "collector.omsgate.test";

/// A destination on `ip:port` (port 0: any) that writes `greeting` to every connection.
fn greeter(ip: &str, port: u16, greeting: u8) -> std::io::Result<u16> {
    let listener = TcpListener::bind((ip, port))?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let _ = std::io::Write::write_all(&mut stream, &[greeting]);
        }
    });
    Ok(port)
}

/// A listener on `ip:port` that never accepts, its accept queue full: the kernel drops
/// further SYNs, so a connect to it hangs (as to a blackholed address).
struct Blackhole {
    _listener: socket2::Socket,
    _fillers: Vec<socket2::Socket>,
}

fn blackhole(ip: &str, port: u16) -> std::io::Result<Blackhole> {
    let addr: SocketAddr = format!("{}:{port}", bracketed(ip)).parse().unwrap();
    let domain = socket2::Domain::for_address(addr);
    let listener = socket2::Socket::new(domain, socket2::Type::STREAM, None)?;
    listener.bind(&addr.into())?;
    listener.listen(0)?;
    let fillers = (0..4)
        .map(|_| {
            let s = socket2::Socket::new(domain, socket2::Type::STREAM, None).unwrap();
            s.set_nonblocking(true).unwrap();
            let _ = s.connect(&addr.into());
            s
        })
        .collect();
    Ok(Blackhole { _listener: listener, _fillers: fillers })
}

fn bracketed(ip: &str) -> String {
    if ip.contains(':') { format!("[{ip}]") } else { ip.to_string() }
}

/// A port on which `first` (a greeter or a blackhole on one address) and `second` (the
/// same on another) could both be set up: the first binds port 0, the second that port,
/// retried with another port in the unlikely case something else holds it.
fn same_port<A, B>(
    first: impl Fn(u16) -> std::io::Result<(u16, A)>,
    second: impl Fn(u16) -> std::io::Result<B>,
) -> (u16, A, B) {
    for _ in 0..20 {
        let (port, a) = first(0).unwrap();
        if let Ok(b) = second(port) {
            return (port, a, b);
        }
    }
    panic!("no port free on both addresses after 20 tries");
}

/// A gateway that resolves with `dns` and tunnels to `NAME:port` without inspection.
fn gateway(dns: &DnsServer, port: u16, extra: &[&str]) -> Gateway {
    let mut keys = vec![
        format!("allowed_hosts = [\"{NAME}:{port}\"]"),
        "tls_inspection = false".to_string(),
        "allow_private_destinations = true".to_string(),
        dns.key(),
    ];
    keys.extend(extra.iter().map(|s| s.to_string()));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    Gateway::with(&keys).start()
}

/// Opens a tunnel to `NAME:port`; the greeting of the destination reached, or the
/// refusal's head.
fn through(gw: &Gateway, port: u16) -> Result<u8, String> {
    let (mut s, head) = connect_to(gw.addr, &format!("{NAME}:{port}"));
    if !head.starts_with("HTTP/1.1 200") {
        return Err(head);
    }
    let mut greeting = [0u8; 1];
    s.read_exact(&mut greeting).map_err(|e| e.to_string())?;
    Ok(greeting[0])
}

/// A counter's value, 0 while the series does not exist yet.
fn metric(gw: &Gateway, series: &str) -> f64 {
    gw.metric(series).unwrap_or(0.0)
}

#[test]
fn an_answer_is_reused_for_its_ttl_and_a_changed_answer_used_after_it() {
    let dns = DnsServer::start();
    dns.ttl(1);
    dns.set(NAME, &["127.0.0.1"]);
    let (port, (), ()) = same_port(
        |p| greeter("127.0.0.1", p, b'A').map(|p| (p, ())),
        |p| greeter("127.0.0.2", p, b'B').map(drop),
    );
    let gw = gateway(&dns, port, &["dns_ttl_min = \"0s\""]);

    assert_eq!(through(&gw, port), Ok(b'A'));
    let fetched = Instant::now();
    let asked = dns.queries(NAME);
    assert!(asked > 0, "the first tunnel asked the test's DNS server");
    dns.set(NAME, &["127.0.0.2"]);

    // Within the TTL the cached answer is used: no query. (Checked only when this
    // machine did get here within the TTL; the loop below holds either way.)
    let mut from_cache = 0;
    let reached = through(&gw, port);
    if fetched.elapsed() < Duration::from_millis(800) {
        assert_eq!(reached, Ok(b'A'), "within the TTL");
        assert_eq!(dns.queries(NAME), asked, "within the TTL the cache answers");
        from_cache += 1;
    }
    // After it, the name is asked again and the changed answer used; the old one only
    // ever without a new query.
    wait_until("the changed answer is used", DEADLINE, || match through(&gw, port) {
        Ok(b'A') => {
            assert_eq!(dns.queries(NAME), asked, "the old answer came from the cache, not a new query");
            from_cache += 1;
            false
        }
        Ok(b'B') => true,
        other => panic!("{other:?}"),
    });
    assert!(dns.queries(NAME) > asked);
    assert!(metric(&gw, "omsgate_dns_lookups_total{result=\"ok\"}") >= 2.0);
    assert!(metric(&gw, "omsgate_dns_cache_hits_total") >= f64::from(from_cache));
}

#[test]
fn an_outage_serves_the_last_good_answer_with_event_404_until_dns_stale_for() {
    let dns = DnsServer::start();
    dns.ttl(1);
    dns.set(NAME, &["127.0.0.1"]);
    let port = greeter("127.0.0.1", 0, b'A').unwrap();
    let gw =
        gateway(&dns, port, &["dns_ttl_min = \"0s\"", "dns_stale_for = \"3s\"", "connect_timeout = \"2s\""]);
    assert_eq!(through(&gw, port), Ok(b'A'));

    dns.mode(Mode::Silent);
    // Past the TTL the server is asked and says nothing: the tunnel still opens.
    wait_until("event 404", DEADLINE, || {
        assert_eq!(through(&gw, port), Ok(b'A'), "fresh or stale, the tunnel opens");
        gw.events().iter().any(|e| e["event_id"] == 404)
    });
    let e = gw.wait_event(404, |_| true);
    assert_eq!(e["name"], NAME);
    assert_eq!(e["level"], "WARN");
    let message = e["message"].as_str().unwrap();
    assert!(
        message.starts_with(&format!("DNS resolver failing: serving the last good answer for {NAME}, ")),
        "{message}"
    );
    assert!(message.ends_with(" s old"), "{message}");
    assert!(metric(&gw, "omsgate_dns_lookups_total{result=\"stale\"}") >= 1.0);
    assert!(metric(&gw, "omsgate_errors_total{event_id=\"404\"}") >= 1.0);

    // Once the answer is dns_stale_for past its expiry, nothing stands in: 502, event 403.
    wait_until("the stale answer runs out", DEADLINE, || match through(&gw, port) {
        Ok(greeting) => {
            assert_eq!(greeting, b'A');
            false
        }
        Err(head) => {
            assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
            assert!(head.contains("X-Omsgate-Event: 403"), "{head}");
            true
        }
    });
    let refused = gw.wait_event(403, |e| e["reason"] == "dns_failure");
    assert!(refused["message"].as_str().unwrap().contains(&format!("cannot resolve {NAME}")), "{refused}");
    assert!(metric(&gw, "omsgate_dns_lookups_total{result=\"failed\"}") >= 1.0);
    assert_eq!(
        gw.events().iter().filter(|e| e["event_id"] == 404).count(),
        1,
        "one line per name per minute"
    );
}

#[test]
fn nxdomain_is_an_answer_and_no_stale_answer_covers_it() {
    let dns = DnsServer::start();
    dns.ttl(1);
    dns.set(NAME, &["127.0.0.1"]);
    let port = greeter("127.0.0.1", 0, b'A').unwrap();
    let gw =
        gateway(&dns, port, &["dns_ttl_min = \"0s\"", "dns_stale_for = \"10m\"", "connect_timeout = \"2s\""]);
    assert_eq!(through(&gw, port), Ok(b'A'));

    dns.mode(Mode::NxDomain);
    wait_until("NXDOMAIN reaches the tunnel", DEADLINE, || match through(&gw, port) {
        Ok(_) => false,
        Err(head) => {
            assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
            true
        }
    });
    let refused = gw.wait_event(403, |e| e["reason"] == "dns_failure");
    assert!(refused["message"].as_str().unwrap().contains("NXDOMAIN"), "{refused}");
    assert!(metric(&gw, "omsgate_dns_lookups_total{result=\"nxdomain\"}") >= 1.0);

    // The answer before NXDOMAIN was dropped: an outage now has nothing to serve.
    dns.mode(Mode::Silent);
    let head = through(&gw, port).unwrap_err();
    assert!(head.starts_with("HTTP/1.1 502 "), "{head}");
    assert!(gw.events().iter().all(|e| e["event_id"] != 404), "never stale over NXDOMAIN");
}

/// As the C library's `files` before `dns`: a name in /etc/hosts is not asked of DNS,
/// not even for the family the hosts file does not list.
#[test]
fn a_name_in_etc_hosts_is_not_asked_of_dns() {
    let dns = DnsServer::start();
    dns.set(NAME, &["127.0.0.2"]);
    let port = greeter("127.0.0.1", 0, b'A').unwrap();
    let dir = tempfile::tempdir().unwrap();
    let omsgate = support::dns::with_hosts_file(dir.path(), &format!("127.0.0.1 {NAME}\n"));
    let gw = Gateway::with(&[
        &format!("allowed_hosts = [\"{NAME}:{port}\"]"),
        "tls_inspection = false",
        "allow_private_destinations = true",
        &dns.key(),
    ])
    .binary(&omsgate)
    .start();
    assert_eq!(through(&gw, port), Ok(b'A'));
    assert_eq!(dns.queries(NAME), 0, "neither A nor AAAA was asked of DNS");
}

#[test]
fn happy_eyeballs_falls_back_to_ipv4_when_ipv6_blackholes() {
    let dns = DnsServer::start();
    let (port, (), _hole) =
        same_port(|p| greeter("127.0.0.1", p, b'4').map(|p| (p, ())), |p| blackhole("::1", p));
    dns.set(NAME, &["::1", "127.0.0.1"]);
    let gw = gateway(&dns, port, &["connect_timeout = \"10s\""]);
    let started = Instant::now();
    assert_eq!(through(&gw, port), Ok(b'4'));
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(250), "IPv6 was tried first, for 250 ms: {took:?}");
    assert!(took < Duration::from_secs(3), "well under connect_timeout (10 s): {took:?}");
    let opened = gw.wait_event(103, |_| true);
    assert_eq!(opened["upstream"], format!("127.0.0.1:{port}"));
}

#[test]
fn happy_eyeballs_takes_ipv6_when_it_answers() {
    let dns = DnsServer::start();
    let (port, (), _hole) =
        same_port(|p| greeter("::1", p, b'6').map(|p| (p, ())), |p| blackhole("127.0.0.1", p));
    dns.set(NAME, &["127.0.0.1", "::1"]);
    let gw = gateway(&dns, port, &["connect_timeout = \"10s\""]);
    let started = Instant::now();
    assert_eq!(through(&gw, port), Ok(b'6'));
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    let opened = gw.wait_event(103, |_| true);
    assert_eq!(opened["upstream"], format!("[::1]:{port}"));
}

#[test]
fn a_reload_sends_the_next_lookup_to_the_new_dns_servers() {
    let (old, new) = (DnsServer::start(), DnsServer::start());
    for dns in [&old, &new] {
        dns.ttl(300);
        dns.set(NAME, &["127.0.0.1"]);
    }
    let port = greeter("127.0.0.1", 0, b'A').unwrap();
    let gw = gateway(&old, port, &[]);
    assert_eq!(through(&gw, port), Ok(b'A'));
    let asked_old = old.queries(NAME);
    assert!(asked_old > 0);
    assert_eq!(new.queries(NAME), 0);

    let config = std::fs::read_to_string(&gw.config).unwrap();
    assert!(config.contains(&old.key()), "{config}");
    gw.rewrite_config(&config.replace(&old.key(), &new.key()));
    gw.signal("HUP");
    gw.wait_event(110, |_| true);

    // The old answer's TTL (300 s) has not run out: only the reload sends this lookup on.
    assert_eq!(through(&gw, port), Ok(b'A'));
    assert!(new.queries(NAME) > 0, "the new server was asked");
    assert_eq!(old.queries(NAME), asked_old, "the old server was not");
}
