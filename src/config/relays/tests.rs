use super::*;
use crate::config::keys::Values;

fn routes_of(text: &str) -> Result<Routes, String> {
    Values::parse(text).and_then(|v| routes(&v)).map_err(|e| e.to_string())
}

fn labels(routes: &Routes, route: &Route) -> Vec<String> {
    routes.relays_of(route).map(|r| r.label.to_string()).collect()
}

#[test]
fn relay_proxy_is_the_one_entry_form() {
    let r = routes_of("relay_proxy = \"http://a:3128\"\n").unwrap();
    assert_eq!(labels(&r, r.default_route()), ["a:3128"]);
    assert!(r.relays()[0].credentials.is_none());
    assert!(r.tls.is_none(), "no https:// relay: no TLS settings built");
    let r = routes_of("").unwrap();
    assert_eq!(r.default_route(), &Route::Direct);
}

#[test]
fn listed_relays_with_their_own_password_files() {
    let dir = tempfile::tempdir().unwrap();
    let pw = dir.path().join("a.password");
    std::fs::write(&pw, "s3cret\n").unwrap();
    let private =
        |mode| std::fs::set_permissions(&pw, std::os::unix::fs::PermissionsExt::from_mode(mode)).unwrap();
    private(0o644);
    let text = format!(
        "relay_proxies = [\"http://gw@a:3128\", \"http://b:3128\", \"http://other@c:3128\"]\n\
         relay_password_files = [\"a:3128={}\"]\n",
        pw.display()
    );
    let e = routes_of(&text).unwrap_err();
    assert!(e.contains("readable by every user (mode 0644)"), "{e}");
    private(0o600);
    let r = routes_of(&text).unwrap();
    assert_eq!(labels(&r, r.default_route()), ["a:3128", "b:3128", "c:3128"]);
    let [a, b, c] = r.relays() else { panic!("three relays") };
    assert_eq!(a.credentials, Some(Credentials::new("gw".into(), "s3cret".into())));
    assert_eq!(b.credentials, None);
    assert_eq!(c.credentials, Some(Credentials::new("other".into(), String::new())), "a user without a file");
    assert!(!format!("{r:?}").contains("s3cret"));
}

#[test]
fn a_relay_named_twice_is_one_relay_with_one_breaker() {
    let text = "relay_proxies = [\"http://a:3128\", \"http://b:3128\"]\n\
                [[relay_route]]\nhosts = [\"*.blob.core.windows.net\"]\nrelay = [\"http://b:3128\", \"http://c:3128\"]\n";
    let r = routes_of(text).unwrap();
    assert_eq!(r.relays().len(), 3);
    let route = r.choose(&crate::connect::Target::parse("x.blob.core.windows.net:443").unwrap()).route;
    assert_eq!(labels(&r, route), ["b:3128", "c:3128"]);
    assert!(std::sync::Arc::ptr_eq(&r.relays_of(route).next().unwrap().health, &r.relays()[1].health));
}

#[test]
fn mistakes_are_refused_with_the_keys_named() {
    for (text, says) in [
        ("relay_proxy = \"http://a:1\"\nrelay_proxies = [\"http://b:1\"]\n", "both set"),
        ("relay_proxy = \"http://u@a:1\"\n", "relay_proxy_username"),
        ("relay_proxy_username = \"u\"\n", "relay_proxy is empty"),
        ("relay_proxies = [\"http://a:1\", \"http://a:1\"]\n", "listed twice"),
        (
            "relay_proxies = [\"http://u@a:1\"]\nrelay_password_files = [\"a:1=/x\", \"a:1=/y\"]\n",
            "more than one password file",
        ),
        (
            "[[relay_route]]\nhosts = [\"x.com\"]\nrelay = [\"http://a:1\", \"http://a:1\"]\n",
            "relay proxy a:1 is listed twice",
        ),
        ("relay_proxies = [\"http://a:1\"]\nrelay_password_files = [\"a:1=/x\"]\n", "names no user"),
        ("relay_proxies = [\"http://u@a:1\"]\nrelay_password_files = [\"b:1=/x\"]\n", "in no relay_proxies"),
        (
            "relay_proxies = [\"http://u@a:1\"]\nrelay_password_files = [\"a:1=/nonexistent/pw\"]\n",
            "cannot be read",
        ),
        (
            "relay_proxies = [\"http://a:1\"]\n[[relay_route]]\nhosts = [\"x.com\"]\nrelay = \"https://a:1\"\n",
            "write it alike",
        ),
        (
            "[[relay_route]]\nhosts = [\"x.com\"]\nrelay = \"direct\"\n",
            "a relay_route cannot send hosts direct (relay = \"direct\"): list them in relay_bypass",
        ),
        ("relay_route = [5]\n", "5 is not a relay_route entry: write a table"),
        ("[[relay_route]]\nhosts = []\nrelay = \"http://a:1\"\n", "routes nothing"),
        ("[[relay_route]]\nhosts = [\"x.com\"]\nrelay = \"http://a:1\"\nvia = 1\n", "unknown field"),
        ("relay_proxies = [\"http://gw:pw@a:1\"]\n", "does not belong in the URL"),
    ] {
        let e = routes_of(text).unwrap_err();
        assert!(e.contains(says), "{text:?}: {e}");
        assert!(!e.contains(":pw@"), "{e}");
    }
}

#[test]
fn https_relays_get_tls_settings_from_the_ca_file() {
    let dir = tempfile::tempdir().unwrap();
    let ca = rcgen::generate_simple_self_signed(vec!["relay.test".into()]).unwrap();
    let file = dir.path().join("ca.pem");
    std::fs::write(&file, ca.cert.pem()).unwrap();
    let text =
        format!("relay_proxies = [\"https://relay.test:3129\"]\nrelay_ca_file = \"{}\"\n", file.display());
    assert!(routes_of(&text).unwrap().tls.is_some());
    std::fs::write(&file, "not PEM").unwrap();
    assert!(routes_of(&text).unwrap_err().contains("no certificate"));
}
