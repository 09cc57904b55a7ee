use super::*;

fn url(text: &str) -> RelayUrl {
    RelayUrl::parse(text).unwrap()
}

fn target(text: &str) -> Target {
    Target::parse(text).unwrap()
}

#[test]
fn relay_urls_parse_and_print_back() {
    let a = url("http://proxy.corp:3128/");
    assert_eq!((a.tls, a.user.as_deref(), a.address.to_string()), (false, None, "proxy.corp:3128".into()));
    assert_eq!(a.to_string(), "http://proxy.corp:3128");
    assert_eq!(url("[fd00::1]:8080").to_string(), "http://[fd00::1]:8080", "bare host:port is http");
    let b = url("https://CORP%5Cgw@b.corp:3129");
    assert_eq!((b.tls, b.user.as_deref()), (true, Some("CORP\\gw")));
    assert_eq!(url(&b.to_string()), b, "prints as it parses back");
    let odd = RelayUrl { user: Some("a@b:c%".into()), ..url("http://x:1") };
    assert_eq!(url(&odd.to_string()), odd, "@ : % in a user survive a round trip");
}

#[test]
fn bad_relay_urls_say_why() {
    let err = |text: &str| RelayUrl::parse(text).unwrap_err().to_string();
    assert!(err("socks5://p:1080").contains("not socks5://"));
    assert!(RelayUrl::parse("proxy.corp").is_err(), "a port is required");
    assert!(err("http://@p:1").contains("empty"));
    assert!(err("http://u%zz@p:1").contains("%XX"));
}

#[test]
fn a_password_in_the_url_is_refused_and_never_quoted() {
    let e = RelayUrl::parse("http://gw:hunter2@p.corp:3128").unwrap_err().to_string();
    assert!(e.contains("password does not belong in the URL"), "{e}");
    assert!(e.contains("relay_password_files"), "{e}");
    assert!(!e.contains("hunter2"), "{e}");
}

#[test]
fn passwords_never_in_debug() {
    let c = Credentials::new("user1".into(), "s3cret".into());
    let relay = RelayProxy::new(url("http://user1@p:1"), Some(c.clone()), "");
    let routes = Routes::new(
        vec![relay.clone()],
        Route::Relays(Box::new([0])),
        vec![],
        vec![],
        Duration::from_secs(1),
        None,
    )
    .unwrap();
    let shown = format!("{c:?} {relay:?} {routes:?}");
    assert!(!shown.contains("s3cret"), "{shown}");
    assert!(shown.contains("user1"), "{shown}");
    assert_eq!(c.header_value(), "Basic dXNlcjE6czNjcmV0");
}

/// A table of named cases: the default, bypass, per-host routes, the most specific
/// entry winning, and `:PORT` entries.
#[test]
fn the_route_each_target_takes() {
    let relays = ["http://a:3128", "http://b:3128", "http://c:3128"]
        .map(|u| RelayProxy::new(url(u), None, ""))
        .to_vec();
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let routes = Routes::new(
        relays,
        Route::Relays(Box::new([0, 1])),
        strings(&["*.corp.example.com", "10.1.2.3", "mixed.example.net:8443"]),
        vec![
            (strings(&["*.blob.core.windows.net"]), Route::Relays(Box::new([2]))),
            (strings(&["special.corp.example.com", "mixed.example.net"]), Route::Relays(Box::new([1, 0]))),
        ],
        Duration::from_secs(30),
        None,
    )
    .unwrap();
    let taken = |t: &str| {
        let choice = routes.choose(&target(t));
        let relays: Vec<String> = routes.relays_of(choice.route).map(|r| r.label.to_string()).collect();
        (choice.by.name(choice.route), relays.join(","))
    };
    for (t, want) in [
        ("ws1.ods.opinsights.azure.com:443", ("relay", "a:3128,b:3128")),
        ("app.corp.example.com:443", ("bypass", "")),
        ("app.corp.example.com:8080", ("bypass", "")),
        ("10.1.2.3:443", ("bypass", "")),
        ("10.1.2.4:443", ("relay", "a:3128,b:3128")),
        ("acct.blob.core.windows.net:443", ("relay_route", "c:3128")),
        ("blob.core.windows.net:443", ("relay", "a:3128,b:3128")),
        // The exact entry of the second route beats the bypass's wildcard.
        ("special.corp.example.com:443", ("relay_route", "b:3128,a:3128")),
        // An entry naming the port beats one matching every port.
        ("mixed.example.net:8443", ("bypass", "")),
        ("mixed.example.net:443", ("relay_route", "b:3128,a:3128")),
    ] {
        assert_eq!(taken(t), (want.0, want.1.to_string()), "{t}");
    }
}

#[test]
fn without_relays_everything_is_direct() {
    let routes = Routes::direct();
    let choice = routes.choose(&target("x.example.com:443"));
    assert_eq!((choice.route, choice.by), (&Route::Direct, By::Default));
    assert_eq!(choice.by.name(choice.route), "direct");
    assert!(!routes.uses_relays());
}

#[test]
fn a_reload_keeps_the_health_of_relays_configured_alike() {
    let build = |password: &str| {
        let relays = vec![
            RelayProxy::new(
                url("http://gw@a:3128"),
                Some(Credentials::new("gw".into(), password.into())),
                "",
            ),
            RelayProxy::new(url("http://b:3128"), None, ""),
        ];
        Routes::new(relays, Route::Relays(Box::new([0, 1])), vec![], vec![], Duration::from_secs(30), None)
            .unwrap()
    };
    let old = build("pw");
    old.relays()[1].health.failed(1_000);
    let mut same = build("pw");
    same.keep_health(&old);
    assert!(std::sync::Arc::ptr_eq(&same.relays()[0].health, &old.relays()[0].health));
    assert!(same.relays()[1].health.is_open(2_000, Duration::from_secs(30)), "b's breaker stays open");
    let mut changed = build("new password");
    changed.keep_health(&old);
    assert!(
        !std::sync::Arc::ptr_eq(&changed.relays()[0].health, &old.relays()[0].health),
        "new credentials: fresh"
    );
}
