//! The rules as tables: config spellings, versions, SNI, client certificates, and the
//! messages and event IDs of refusals.

use super::*;
use crate::connect::{Host, Target};
use crate::fault::{Fault, Side};

#[test]
fn config_names_and_certificate_entries() {
    for (s, v) in [
        ("1.0", TlsVersion::Tls10),
        ("1.1", TlsVersion::Tls11),
        ("1.2", TlsVersion::Tls12),
        ("1.3", TlsVersion::Tls13),
    ] {
        assert_eq!(v.config_name(), s);
    }
    assert_eq!(SniPolicy::Allowlist.config_name(), "allowlist");
    assert_eq!(ClientCertPolicy::WhenVisible.config_name(), "when_visible");
    assert!(CertAllowlist::new(["agent-7f3a"]).unwrap_err().to_string().contains("CN=agent-7f3a"));
}

#[test]
fn defaults_match_the_spec() {
    let r = TlsRules::default();
    assert_eq!(r.min_version, TlsVersion::Tls12);
    assert_eq!(r.sni_policy, SniPolicy::Match);
    assert_eq!(r.client_certificate_policy, ClientCertPolicy::Off);
    assert!(r.allowed_client_certificates.is_empty());
}

#[test]
fn version_check_table() {
    use TlsVersion::*;
    let h = |v, sslv2| ClientHello { highest_version: v, sni: None, sslv2_format: sslv2, consumed: 0 };
    // (min_tls_version, offered, SSL 2.0 format, refusal or None)
    let cases = [
        (Tls12, Tls13, false, None),
        (Tls12, Tls12, false, None),
        (Tls12, Tls11, false, Some("set min_tls_version = \"1.1\"")),
        (Tls12, Tls10, false, Some("TLS 1.0 at most but min_tls_version is TLS 1.2")),
        (Tls10, Tls10, false, None),
        (Tls13, Tls12, false, Some("set min_tls_version = \"1.2\"")),
        (Tls10, Ssl3, false, Some("SSL 3.0 at most; SSL is always refused")),
        (Tls10, Ssl2, true, Some("SSL 2.0 at most in the SSL 2.0 hello format")),
        (Tls10, Tls10, true, Some("TLS 1.0 at most in the SSL 2.0 hello format; SSL is always refused")),
    ];
    for (min, offered, sslv2, want) in cases {
        let rules = TlsRules { min_version: min, ..TlsRules::default() };
        match (rules.check_version(&h(offered, sslv2)), want) {
            (Ok(()), None) => {}
            (Err(e), Some(text)) => {
                assert_eq!((e.event_id(), e.reason()), (106, "tls_version"));
                assert!(e.to_string().contains(text), "{e}");
            }
            (got, _) => panic!("min {min} offered {offered}: {got:?}"),
        }
    }
}

#[test]
fn sni_check_table() {
    let allowed = |h: &Host| h.as_name().is_some_and(|n| n.ends_with(".ods.opinsights.azure.com"));
    // (policy, sni, CONNECT target, refusal variant name or "ok")
    let cases = [
        (SniPolicy::Match, Some(HOST), "agent.example.com:443", "ok"),
        (SniPolicy::Match, Some("AGENT.example.com."), "agent.example.com:443", "ok"),
        (SniPolicy::Match, Some(HOST), "agent.example.com.:443", "ok"),
        (SniPolicy::Match, Some("evil.example.net"), "agent.example.com:443", "mismatch"),
        (SniPolicy::Match, Some("agent.example.com.."), "agent.example.com:443", "mismatch"),
        (SniPolicy::Match, Some("agent.example.com:443"), "agent.example.com:443", "mismatch"),
        (SniPolicy::Match, None, "agent.example.com:443", "missing"),
        (SniPolicy::Match, None, "10.1.2.3:443", "ok"),
        (SniPolicy::Match, Some(HOST), "10.1.2.3:443", "mismatch"),
        (SniPolicy::Match, Some("10.1.2.3"), "10.1.2.3:443", "ok"),
        (SniPolicy::Allowlist, Some("x.ods.opinsights.azure.com"), "agent.example.com:443", "ok"),
        (SniPolicy::Allowlist, Some("X.ODS.opinsights.azure.com."), "agent.example.com:443", "ok"),
        (SniPolicy::Allowlist, Some("evil.example.net"), "agent.example.com:443", "not allowed"),
        (SniPolicy::Allowlist, None, "agent.example.com:443", "missing"),
        (SniPolicy::Allowlist, None, "[::1]:443", "ok"),
        (SniPolicy::Off, Some("evil.example.net"), "agent.example.com:443", "ok"),
        (SniPolicy::Off, None, "agent.example.com:443", "ok"),
    ];
    for (policy, sni, target, want) in cases {
        let rules = TlsRules { sni_policy: policy, ..TlsRules::default() };
        let got = rules.check_sni(sni, &Target::parse(target).unwrap(), &allowed);
        let name = match &got {
            Ok(()) => "ok",
            Err(SniffError::SniMismatch { .. }) => "mismatch",
            Err(SniffError::SniMissing { .. }) => "missing",
            Err(SniffError::SniNotAllowed { .. }) => "not allowed",
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(name, want, "{policy:?} {sni:?} {target}");
        if let Err(e) = got {
            assert_eq!((e.event_id(), e.reason()), (105, "sni_mismatch"));
        }
    }
}

#[test]
fn second_hello_check_table() {
    use TlsVersion::*;
    let allowed = |h: &Host| h.as_name().is_some_and(|n| n.ends_with(".ods.opinsights.azure.com"));
    let h = |sni: Option<&str>, v| ClientHello {
        highest_version: v,
        sni: sni.map(str::to_owned),
        sslv2_format: false,
        consumed: 0,
    };
    let (a, b) = (Some("a.ods.opinsights.azure.com"), Some("b.ods.opinsights.azure.com"));
    // (policy, first SNI, second SNI, second's version, CONNECT target, "ok", "changed" or a reason)
    let cases = [
        (SniPolicy::Match, Some(HOST), Some(HOST), Tls13, "agent.example.com:443", "ok"),
        (SniPolicy::Match, Some(HOST), Some("AGENT.example.COM."), Tls13, "agent.example.com:443", "ok"),
        (SniPolicy::Match, Some(HOST), Some("evil.example.net"), Tls13, "agent.example.com:443", "changed"),
        (SniPolicy::Match, Some(HOST), None, Tls13, "agent.example.com:443", "changed"),
        (SniPolicy::Match, None, Some("10.1.2.3"), Tls13, "10.1.2.3:443", "changed"),
        (SniPolicy::Match, None, None, Tls13, "10.1.2.3:443", "ok"),
        (SniPolicy::Match, Some(HOST), Some(HOST), Tls11, "agent.example.com:443", "tls_version"),
        (SniPolicy::Allowlist, a, a, Tls13, "agent.example.com:443", "ok"),
        (SniPolicy::Allowlist, a, b, Tls13, "agent.example.com:443", "changed"),
        (SniPolicy::Off, Some(HOST), Some("evil.example.net"), Tls13, "agent.example.com:443", "changed"),
        (SniPolicy::Off, None, Some(HOST), Tls13, "agent.example.com:443", "changed"),
        (SniPolicy::Off, None, None, Tls13, "agent.example.com:443", "ok"),
        (SniPolicy::Off, Some("not a host!"), Some("not a host!"), Tls13, "agent.example.com:443", "ok"),
        (SniPolicy::Off, Some("not a host!"), Some("NOT a host!"), Tls13, "agent.example.com:443", "changed"),
    ];
    for (policy, first, second, version, target, want) in cases {
        let rules = TlsRules { sni_policy: policy, ..TlsRules::default() };
        let got = rules.check_second_hello(
            &h(first, Tls13),
            &h(second, version),
            &Target::parse(target).unwrap(),
            &allowed,
        );
        let name = match &got {
            Ok(()) => "ok",
            Err(SniffError::SniChanged { .. }) => "changed",
            Err(e) => e.reason(),
        };
        assert_eq!(name, want, "{policy:?} {first:?} -> {second:?} {version} {target}");
        if let Err(e @ SniffError::SniChanged { .. }) = got {
            assert_eq!((e.event_id(), e.reason()), (105, "sni_mismatch"));
        }
    }
}

#[test]
fn a_changed_sni_is_named_both_ways_and_escaped() {
    let e = SniffError::SniChanged { first: Some(HOST.into()), second: Some("evil.example.net".into()) };
    let text = e.to_string();
    assert!(
        text.contains(
            r#"changed its SNI from "agent.example.com" to "evil.example.net" after a HelloRetryRequest"#
        ),
        "{text}"
    );
    assert!(text.contains("whatever sni_policy says"), "{text}");
    let e = SniffError::SniChanged { first: Some(HOST.into()), second: None };
    assert!(e.to_string().contains(r#"from "agent.example.com" to none"#), "{e}");
    let e = SniffError::SniChanged { first: None, second: Some("x\"\n{\"event_id\":107}".into()) };
    assert!(!e.to_string().contains('\n') && e.to_string().contains(r#"to "x\"\n{"#), "{e}");
}

fn agent_cert() -> ClientCertificate {
    ClientCertificate {
        subject: "O=Contoso Monitoring, OU=Ops + L=Oslo, CN=agent-7f3a".into(),
        subject_reversed: "CN=agent-7f3a, OU=Ops + L=Oslo, O=Contoso Monitoring".into(),
        common_names: vec!["agent-7f3a".into()],
    }
}

#[test]
fn certificate_allowlist_table() {
    let cases: &[(&str, bool)] = &[
        ("CN=agent-7f3a", true),
        ("cn = AGENT-7F3A", true),
        ("  CN=agent-7f3a  ", true),
        ("CN=agent-7f3", false),
        ("CN=agent-7f3a, O=Other", false),
        ("O=Contoso Monitoring, OU=Ops + L=Oslo, CN=agent-7f3a", true),
        ("o=contoso monitoring,ou=ops+l=oslo,cn=agent-7f3a", true),
        ("CN=agent-7f3a, OU=Ops + L=Oslo, O=Contoso Monitoring", true),
        ("CN=agent-7f3a,OU=Ops+L=Oslo,O=Contoso  Monitoring", false), // inner whitespace is kept
        ("O=Contoso Monitoring", false),
        ("O=Contoso Monitoring, CN=agent-7f3a", false),
    ];
    for (entry, want) in cases {
        let list = CertAllowlist::new([entry]).unwrap();
        assert_eq!(list.allows(&agent_cert()), *want, "{entry}");
    }
    assert!(!CertAllowlist::default().allows(&agent_cert()));
    assert!(CertAllowlist::new(["CN=other", "CN=agent-7f3a"]).unwrap().allows(&agent_cert()));
}

#[test]
fn client_certificate_policy_table() {
    use ClientCertPolicy::*;
    let cert = agent_cert();
    let listed = CertAllowlist::new(["CN=agent-7f3a"]).unwrap();
    let other = CertAllowlist::new(["CN=someone-else"]).unwrap();
    // (policy, allowlist, seen, Ok(subject?) or Err(reason text))
    type Seen<'a> = Result<&'a ClientCertificate, NotVisible>;
    let cases: Vec<(ClientCertPolicy, &CertAllowlist, Seen, Result<bool, &str>)> = vec![
        (Off, &other, Ok(&cert), Ok(false)),
        (WhenVisible, &listed, Ok(&cert), Ok(true)),
        (WhenVisible, &other, Ok(&cert), Err("Invalid Client certificate")),
        (WhenVisible, &listed, Err(NotVisible::Tls13), Ok(false)),
        (WhenVisible, &listed, Err(NotVisible::Resumed), Ok(false)),
        (Require, &listed, Ok(&cert), Ok(true)),
        (Require, &other, Ok(&cert), Err("not in allowed_client_certificates")),
        (Require, &listed, Err(NotVisible::Tls13), Err("negotiated TLS 1.3")),
        (Require, &listed, Err(NotVisible::Resumed), Err("resumed")),
        (Require, &listed, Err(NotVisible::NotSent), Err("sent no certificate")),
    ];
    for (policy, list, seen, want) in cases {
        let rules = TlsRules {
            client_certificate_policy: policy,
            allowed_client_certificates: list.clone(),
            ..TlsRules::default()
        };
        match (rules.check_client_certificate(seen), want) {
            (Ok(subject), Ok(has)) => assert_eq!(subject.is_some(), has, "{policy:?} {seen:?}"),
            (Err(e), Err(text)) => {
                assert_eq!((e.event_id(), e.reason()), (105, "client_certificate"));
                assert!(e.to_string().contains(text), "{e}");
            }
            (got, _) => panic!("{policy:?} {seen:?}: {got:?}"),
        }
    }
}

#[test]
fn untrusted_strings_are_escaped_in_messages() {
    let e = SniffError::ClientCertNotAllowed { subject: "CN=x\"\n{\"event_id\":107}".into() };
    let text = e.to_string();
    assert!(!text.contains('\n') && text.contains(r#"CN=x\"\n{\"event_id\":107}"#), "{text}");
    let e = SniffError::SniMismatch { sni: "a\u{1b}[31m".into(), connect_host: HOST.into() };
    assert!(!e.to_string().contains('\u{1b}'), "{e}");
}

#[test]
fn network_errors_are_403() {
    let closed = SniffError::Closed { side: Side::Upstream, during: "the server's first flight" };
    assert_eq!((closed.event_id(), closed.reason()), (403, "network"));
    let timeout = SniffError::Timeout { during: "the ClientHello", after: Duration::from_secs(10) };
    assert_eq!((timeout.event_id(), timeout.reason()), (403, "timeout"));
    let io = SniffError::Io {
        side: Side::Client,
        during: "x",
        source: std::io::ErrorKind::ConnectionReset.into(),
    };
    assert_eq!((io.event_id(), io.reason()), (403, "network"));
}
