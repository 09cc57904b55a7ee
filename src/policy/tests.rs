//! Named cases for [`Policy::decide`] and [`Policy::vet`]. The policies here run on a
//! host whose interface addresses are [`host_addresses`], so no case reads the real ones.

use std::io;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

/// This test host's interface addresses besides loopback.
fn host_addresses() -> io::Result<Vec<IpAddr>> {
    Ok(["127.0.0.1", "::1", "10.20.30.40", "203.0.113.9", "fd00::2", "fe80::1"]
        .iter()
        .map(|ip| ip.parse().unwrap())
        .collect())
}

/// The policy of a gateway listening on `listen` (`ip:port`), allowing `entries` on 443 and 8080.
fn policy_on(listen: &str, entries: &[&str], allow_private: bool) -> Policy {
    let entries: Vec<String> = entries.iter().map(|s| s.to_string()).collect();
    let own = vec![listen.parse().unwrap()];
    Policy::new(Allowlist::parse(&entries, &[443, 8080]).unwrap(), allow_private, own)
        .with_host_addresses(host_addresses)
}

/// The policy of a gateway listening on all IPv4 addresses, port 8080.
fn policy(entries: &[&str], allow_private: bool) -> Policy {
    policy_on("0.0.0.0:8080", entries, allow_private)
}

fn vet(p: &Policy, target: &str, addr: &str) -> Result<(), &'static str> {
    let allowed = p.decide(&Target::parse(target).unwrap()).allow().unwrap();
    p.vet(&allowed, addr.parse().unwrap()).map_err(|r| r.reason())
}

#[test]
fn decide_reasons() {
    let p = policy(&["*.example.com"], false);
    let deny = |t: &str| p.decide(&Target::parse(t).unwrap()).allow().unwrap_err().reason();
    assert!(p.decide(&Target::parse("a.example.com:443").unwrap()).allow().is_ok());
    assert_eq!(deny("example.org:443"), "host_not_allowed");
    assert_eq!(deny("a.example.com:22"), "port_not_allowed");
}

#[test]
fn resolved_addresses_are_vetted() {
    let p = policy(&["*.example.com", "10.0.0.5", "127.0.0.1"], false);
    for (name, target, addr, want) in [
        ("public", "a.example.com:443", "93.184.216.34:443", Ok(())),
        ("name to loopback", "a.example.com:443", "127.0.0.1:443", Err("private_destination")),
        ("name to metadata", "a.example.com:443", "169.254.169.254:443", Err("private_destination")),
        ("name to rfc1918", "a.example.com:443", "10.0.0.5:443", Err("private_destination")),
        (
            "name to mapped loopback",
            "a.example.com:443",
            "[::ffff:127.0.0.1]:443",
            Err("private_destination"),
        ),
        ("exact private ip allowlisted", "10.0.0.5:443", "10.0.0.5:443", Ok(())),
        ("own listener even if allowlisted", "127.0.0.1:8080", "127.0.0.1:8080", Err("own_address")),
    ] {
        assert_eq!(vet(&p, target, addr), want, "{name}");
    }
}

#[test]
fn allow_private_destinations_opens_private_but_not_self() {
    let p = policy(&["*.example.com"], true);
    assert_eq!(vet(&p, "a.example.com:443", "10.1.1.1:443"), Ok(()));
    assert_eq!(vet(&p, "a.example.com:8080", "127.0.0.1:8080"), Err("own_address"));
}

/// A connect to an unspecified address reaches this host: no setting and no allowlist
/// entry makes it a destination, on any port.
#[test]
fn unspecified_addresses_are_never_a_destination() {
    let entries = ["*.example.com", "0.0.0.0", "::", "0.1.2.3", "::ffff:0.0.0.0", "64:ff9b::", "2002::"];
    for allow_private in [false, true] {
        let p = policy_on("127.0.0.1:8080", &entries, allow_private);
        for (name, target, addr) in [
            ("0.0.0.0 on the listen port, listed exactly", "0.0.0.0:8080", "0.0.0.0:8080"),
            ("0.0.0.0 on another port, listed exactly", "0.0.0.0:443", "0.0.0.0:443"),
            ("mapped 0.0.0.0, 0.0.0.0 listed", "[::ffff:0.0.0.0]:8080", "[::ffff:0.0.0.0]:8080"),
            (":: listed exactly", "[::]:8080", "[::]:8080"),
            ("0.0.0.0/8, listed exactly", "0.1.2.3:443", "0.1.2.3:443"),
            ("NAT64 of 0.0.0.0, listed exactly", "[64:ff9b::]:443", "[64:ff9b::]:443"),
            ("6to4 of 0.0.0.0, listed exactly", "[2002::]:443", "[2002::]:443"),
            ("name to 0.0.0.0", "a.example.com:8080", "0.0.0.0:8080"),
            ("name to 0.0.0.0/8", "a.example.com:443", "0.1.2.3:443"),
            ("name to ::", "a.example.com:443", "[::]:443"),
            ("name to mapped 0.0.0.0", "a.example.com:443", "[::ffff:0.0.0.0]:443"),
            ("name to mapped 0.0.0.0/8", "a.example.com:443", "[::ffff:0.9.9.9]:443"),
            ("name to NAT64 of 0.0.0.0/8", "a.example.com:443", "[64:ff9b::0.9.9.9]:443"),
        ] {
            assert_eq!(
                vet(&p, target, addr),
                Err("unspecified_destination"),
                "{name}, allow_private_destinations = {allow_private}"
            );
        }
    }
}

#[test]
fn every_address_of_this_host_on_a_listen_port_is_the_gateway() {
    const OWN: Result<(), &str> = Err("own_address");
    // IP literals are listed exactly, so only the own-listener guard can refuse them.
    let entries = [
        "*.example.com",
        "127.0.0.2",
        "::1",
        "10.20.30.40",
        "10.20.30.41",
        "203.0.113.9",
        "fd00::2",
        "fe80::1",
    ];
    for (name, listen, target, addr, want) in [
        ("127.0.0.2, on 127.0.0.1", "127.0.0.1:8080", "127.0.0.2:8080", "127.0.0.2:8080", OWN),
        ("::1, on 127.0.0.1", "127.0.0.1:8080", "[::1]:8080", "[::1]:8080", OWN),
        ("name to 127.0.0.2", "127.0.0.1:8080", "a.example.com:8080", "127.0.0.2:8080", OWN),
        ("interface, on 127.0.0.1", "127.0.0.1:8080", "10.20.30.40:8080", "10.20.30.40:8080", OWN),
        ("interface, on 0.0.0.0", "0.0.0.0:8080", "10.20.30.40:8080", "10.20.30.40:8080", OWN),
        ("public interface", "0.0.0.0:8080", "203.0.113.9:8080", "203.0.113.9:8080", OWN),
        ("name to mapped", "0.0.0.0:8080", "a.example.com:8080", "[::ffff:10.20.30.40]:8080", OWN),
        ("IPv6 interface", "[::]:8080", "[fd00::2]:8080", "[fd00::2]:8080", OWN),
        ("link-local interface", "[::]:8080", "[fe80::1]:8080", "[fe80::1]:8080", OWN),
        ("name to interface", "[::]:8080", "a.example.com:8080", "10.20.30.40:8080", OWN),
        ("interface, other port", "0.0.0.0:8080", "10.20.30.40:443", "10.20.30.40:443", Ok(())),
        ("127.0.0.2, other port", "127.0.0.1:8080", "127.0.0.2:443", "127.0.0.2:443", Ok(())),
        ("other host, listen port", "0.0.0.0:8080", "10.20.30.41:8080", "10.20.30.41:8080", Ok(())),
        ("public host, listen port", "0.0.0.0:8080", "a.example.com:8080", "93.184.216.34:8080", Ok(())),
    ] {
        for allow_private in [false, true] {
            let p = policy_on(listen, &entries, allow_private);
            assert_eq!(vet(&p, target, addr), want, "{name}, allow_private_destinations = {allow_private}");
        }
    }
}

/// Reading the interfaces costs a syscall: only a destination on a listen port pays it.
#[test]
fn host_addresses_are_read_only_on_a_listen_port() {
    static READS: AtomicUsize = AtomicUsize::new(0);
    fn counted() -> io::Result<Vec<IpAddr>> {
        READS.fetch_add(1, Ordering::Relaxed);
        host_addresses()
    }
    let p = policy_on("0.0.0.0:8080", &["*.example.com"], true).with_host_addresses(counted);
    assert_eq!(vet(&p, "a.example.com:443", "10.20.30.40:443"), Ok(()));
    assert_eq!(vet(&p, "a.example.com:443", "93.184.216.34:443"), Ok(()));
    assert_eq!(READS.load(Ordering::Relaxed), 0);
    assert_eq!(vet(&p, "a.example.com:8080", "10.20.30.41:8080"), Ok(()));
    assert_eq!(
        READS.load(Ordering::Relaxed),
        1,
        "read again on every check, so a new address counts at once"
    );
    assert_eq!(vet(&p, "a.example.com:8080", "10.20.30.40:8080"), Err("own_address"));
    assert_eq!(READS.load(Ordering::Relaxed), 2);
}

/// When this host's addresses cannot be read, a destination on a listen port might be
/// the gateway: it is refused (fail closed); other ports are not affected.
#[test]
fn unreadable_host_addresses_refuse_only_the_listen_port() {
    let p = policy_on("0.0.0.0:8080", &["*.example.com"], true)
        .with_host_addresses(|| Err(io::Error::from_raw_os_error(24)));
    assert_eq!(vet(&p, "a.example.com:443", "93.184.216.34:443"), Ok(()));
    let allowed = p.decide(&Target::parse("a.example.com:8080").unwrap()).allow().unwrap();
    let refused = p.vet(&allowed, "93.184.216.34:8080".parse().unwrap()).unwrap_err();
    assert_eq!(refused.reason(), "own_address");
    assert!(refused.to_string().contains("cannot be read"), "{refused}");
}

#[test]
fn this_hosts_interface_addresses_can_be_read() {
    let ips = own::interface_addresses().unwrap();
    assert!(ips.iter().any(IpAddr::is_loopback), "{ips:?}");
}
