//! Named cases for [`Policy::decide`] and [`Policy::vet`].

use super::*;

/// The policy of a gateway listening on `listen` (`ip:port`), allowing `entries` on 443 and 8080.
fn policy_on(listen: &str, entries: &[&str], allow_private: bool) -> Policy {
    let entries: Vec<String> = entries.iter().map(|s| s.to_string()).collect();
    let own = vec![listen.parse().unwrap()];
    Policy::new(Allowlist::parse(&entries, &[443, 8080]).unwrap(), allow_private, own)
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
