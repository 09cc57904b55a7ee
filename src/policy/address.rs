//! Where a resolved address leads. An allowed *name* can still resolve to the node's
//! loopback, a private network or the cloud metadata service (169.254.169.254); this
//! classifies such addresses so `policy` can refuse them (SSRF / DNS-rebinding guard).
//! std's `is_global` is unstable, so the ranges are spelled out here with their RFCs.
//! An IPv6 address that carries an IPv4 address (IPv4-mapped, NAT64, 6to4) is judged by
//! the IPv4 address it reaches, in both functions.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The class of a non-public address, or `None` for a public unicast address.
pub fn classify(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

/// Whether `ip` is an unspecified address: `0.0.0.0/8` ("this host on this network",
/// RFC 1122 3.2.1.3) or `::`, itself or carried in an IPv6 address. It is never a
/// destination: Linux delivers a connect to 0.0.0.0 (or `::ffff:0.0.0.0`, or `::`) to
/// a listener of this host, so no setting can make it a place to tunnel to.
pub fn is_unspecified(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.octets()[0] == 0,
        IpAddr::V6(v6) => v6.is_unspecified() || carried_v4(v6).is_some_and(|v4| v4.octets()[0] == 0),
    }
}

fn classify_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        (0, ..) => "unspecified (0.0.0.0/8)",
        (127, ..) => "loopback (127.0.0.0/8)",
        (10, ..) => "private (10.0.0.0/8)",
        (172, 16..=31, _) => "private (172.16.0.0/12)",
        (192, 168, _) => "private (192.168.0.0/16)",
        (169, 254, _) => "link-local (169.254.0.0/16, incl. cloud metadata)",
        (100, 64..=127, _) => "shared address space (100.64.0.0/10, RFC 6598)",
        (192, 0, 0) => "IETF protocol assignments (192.0.0.0/24)",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "documentation (RFC 5737)",
        (198, 18..=19, _) => "benchmarking (198.18.0.0/15)",
        (224..=239, ..) => "multicast (224.0.0.0/4)",
        (240..=255, ..) => "reserved or broadcast (240.0.0.0/4)",
        _ => return None,
    })
}

fn classify_v6(ip: Ipv6Addr) -> Option<&'static str> {
    if let Some(v4) = carried_v4(ip) {
        return classify_v4(v4);
    }
    let s = ip.segments();
    Some(match s {
        [0, 0, 0, 0, 0, 0, 0, 0] => "unspecified (::)",
        [0, 0, 0, 0, 0, 0, 0, 1] => "loopback (::1)",
        [0, 0, 0, 0, 0, 0, _, _] => "IPv4-compatible (deprecated ::/96)",
        [x, ..] if x & 0xfe00 == 0xfc00 => "unique-local (fc00::/7)",
        [x, ..] if x & 0xffc0 == 0xfe80 => "link-local (fe80::/10)",
        [x, ..] if x & 0xffc0 == 0xfec0 => "site-local (fec0::/10, deprecated)",
        [x, ..] if x & 0xff00 == 0xff00 => "multicast (ff00::/8)",
        [0x2001, 0xdb8, ..] => "documentation (2001:db8::/32)",
        [0x100, 0, 0, 0, ..] => "discard-only (100::/64)",
        _ => return None,
    })
}

/// The IPv4 address an IPv6 address carries, which is what a connection to it reaches:
/// `::ffff:a.b.c.d` is the IPv4 address itself (std: `::ffff:127.0.0.1`.is_loopback()
/// is false), and NAT64 (RFC 6052) and 6to4 (RFC 3056) translate to it.
fn carried_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return Some(v4);
    }
    let embedded = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    match ip.segments() {
        [0x64, 0xff9b, 0, 0, 0, 0, hi, lo] => Some(embedded(hi, lo)),
        [0x2002, hi, lo, ..] => Some(embedded(hi, lo)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_public_addresses_are_classified() {
        for ip in [
            "0.0.0.0",
            "127.0.0.1",
            "127.255.0.9",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "198.18.0.1",
            "192.0.2.1",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "fc00::1",
            "fd12::1",
            "fe80::1",
            "ff02::1",
            "64:ff9b::7f00:1",
            "2002:7f00:1::",
            "2001:db8::1",
            "::127.0.0.1",
        ] {
            let ip: IpAddr = ip.parse().unwrap();
            assert!(classify(ip).is_some(), "{ip} should not be public");
        }
    }

    #[test]
    fn unspecified_addresses_in_every_form() {
        for (ip, want) in [
            ("0.0.0.0", true),
            ("0.1.2.3", true),
            ("0.255.255.255", true),
            ("::", true),
            ("::ffff:0.0.0.0", true),
            ("::ffff:0.1.2.3", true),
            ("64:ff9b::", true),
            ("64:ff9b::0.1.2.3", true),
            ("2002::", true),
            ("2002:1:203::", true),
            ("1.0.0.0", false),
            ("127.0.0.1", false),
            ("::1", false),
            ("::ffff:127.0.0.1", false),
            ("64:ff9b::808:808", false),
            ("2002:808:808::", false),
            ("2001:db8::", false),
        ] {
            let ip: IpAddr = ip.parse().unwrap();
            assert_eq!(is_unspecified(ip), want, "{ip}");
            // `Policy::vet` asks only about addresses that are not public.
            assert!(!want || classify(ip).is_some(), "{ip} is unspecified, so not public");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for ip in [
            "1.1.1.1",
            "8.8.8.8",
            "13.107.42.14",
            "172.32.0.1",
            "100.128.0.1",
            "192.169.0.1",
            "2606:4700::1111",
            "2a01:111:f100::1",
            "64:ff9b::808:808",
            "2002:808:808::",
        ] {
            let ip: IpAddr = ip.parse().unwrap();
            assert_eq!(classify(ip), None, "{ip} is public");
        }
    }
}
