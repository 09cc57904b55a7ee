//! The resolver's own rules: `dns_servers` entries, the defaults, which failures are
//! answers. The cache's rules are tested in `answers`; lookups against a DNS server of
//! the test's own, through the real binary, in `tests/dns.rs`.

use super::*;

#[test]
fn dns_server_entries_read_and_print_as_an_operator_writes_them() {
    for (text, addr, shown) in [
        ("10.0.0.53", "10.0.0.53:53", "10.0.0.53"),
        ("10.0.0.53:53", "10.0.0.53:53", "10.0.0.53"),
        ("127.0.0.1:5353", "127.0.0.1:5353", "127.0.0.1:5353"),
        ("fd00::53", "[fd00::53]:53", "fd00::53"),
        ("[fd00::53]", "[fd00::53]:53", "fd00::53"),
        ("[fd00::53]:5353", "[fd00::53]:5353", "[fd00::53]:5353"),
    ] {
        let server = DnsServer::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(server.0, addr.parse::<SocketAddr>().unwrap(), "{text}");
        assert_eq!(server.to_string(), shown, "{text}");
    }
    for bad in ["", "dns.example.com", "10.0.0.53:0", "10.0.0.53:dns", "fd00::53:5353:x"] {
        assert!(DnsServer::parse(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn the_defaults_before_any_configuration_are_the_key_tables() {
    let keys = crate::config::Values::defaults();
    let defaults = DnsSettings::default();
    assert!(keys.dns_servers.is_empty() && defaults.servers.is_empty());
    assert_eq!(
        defaults.lifetime,
        Lifetime { ttl_min: keys.dns_ttl_min, ttl_max: keys.dns_ttl_max, stale_for: keys.dns_stale_for }
    );
}

#[test]
fn explicit_servers_are_asked_on_their_ports_without_a_search_list() {
    let servers: Vec<SocketAddr> = vec!["127.0.0.1:5353".parse().unwrap(), "[::1]:53".parse().unwrap()];
    let (config, _) = name_servers(&servers).unwrap();
    assert_eq!(servers_of(&config), servers);
    assert!(config.search().is_empty());
}

#[test]
fn a_timeout_or_servfail_reads_as_the_servers_failing() {
    assert_eq!(describe(&NetError::Timeout), "the DNS servers did not answer in time");
    let servfail = NetError::Dns(DnsError::ResponseCode(hickory_resolver::proto::op::ResponseCode::ServFail));
    assert!(describe(&servfail).starts_with("the DNS server answered "), "{}", describe(&servfail));
    assert!(!servfail.is_no_records_found(), "SERVFAIL is a failure, where stale answers may stand in");
}

#[test]
fn every_name_a_target_may_hold_is_a_dns_name() {
    // Target names are lowercase labels of [a-z0-9_-]: hickory takes them all.
    for name in [
        "ws1.ods.opinsights.azure.com",
        "_acme-challenge.host-1.example",
        "localhost",
        "xn--bcher-kva.example",
    ] {
        assert!(Name::from_ascii(name).is_ok(), "{name}");
    }
}

#[tokio::test]
async fn ip_literals_skip_resolution() {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(1);
    let addrs = resolve(&Host::Ip("192.0.2.7".parse().unwrap()), 443, deadline).await.unwrap();
    assert_eq!(addrs, vec!["192.0.2.7:443".parse().unwrap()]);
}
