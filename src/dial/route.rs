//! Which way a tunnel leaves the gateway: straight to the destination, or through the
//! operator's relay proxies (the seed's `Set-OMSGatewayRelayProxy`), as in isolated
//! networks where only corporate proxies reach the Internet.
//!
//! [`Routes`] is the table built once per configuration: the relays (each with its
//! credentials and its [`Health`], shared by every tunnel), the default route, and the
//! patterns of `relay_bypass` and of each `[[relay_route]]` as one pattern set in the
//! allowlist's language. Choosing a tunnel's route ([`Routes::choose`]) is one look-up
//! in that set (a few hash probes, none when it is empty) and allocates nothing; the
//! most specific matching entry wins, as in the allowlist (exact, then a label
//! wildcard, then the longest `*.suffix`; between equal entries `relay_bypass` first,
//! then the routes in file order).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::health::Health;
use crate::connect::{Host, Target};
use crate::lang::Msg;
use crate::msg;
use crate::policy::{Allowlist, EntryId, Match};

/// How one tunnel reaches its destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Resolve and connect from this node.
    Direct,
    /// Send `CONNECT` to these relays (indices into [`Routes::relays`]), in order: the
    /// first that answers 2xx carries the tunnel.
    Relays(Box<[u16]>),
}

/// Every route of one configuration, and the rules choosing among them.
#[derive(Debug, Clone)]
pub struct Routes {
    relays: Box<[RelayProxy]>,
    /// For a target no rule names: `relay_proxy` / `relay_proxies`, or direct.
    default: Route,
    /// `relay_bypass` then every `relay_route`'s `hosts`, as one pattern set (an entry
    /// without `:PORT` matches every port).
    rules: Allowlist,
    /// Per entry of `rules`: 0 for `relay_bypass`, `i + 1` for `relay_route` `i`.
    rule_of: Box<[u16]>,
    /// Per `relay_route`: its relays.
    route_relays: Box<[Route]>,
    /// How long a failed relay is skipped (`relay_retry_after`).
    pub retry_after: Duration,
    /// TLS settings for `https://` relays (none configured: `None`).
    pub tls: Option<Arc<rustls::ClientConfig>>,
}

/// The route a target takes, and the rule that chose it.
#[derive(Debug, Clone, Copy)]
pub struct Choice<'a> {
    pub route: &'a Route,
    pub by: By,
}

/// Which rule chose a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// No rule names the target: the default route.
    Default,
    /// This entry of `relay_bypass` (its position in [`Routes::rule_entries`]).
    Bypass(EntryId),
    /// Entry `entry` of `relay_route` number `index` (from 0, in file order).
    Route { index: usize, entry: EntryId },
}

/// A relay proxy as written in the config: `http[s]://[user@]host:port`. The password
/// is never part of it (a password file holds it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RelayUrl {
    /// `https://`: TLS to the relay itself, then CONNECT inside it.
    pub tls: bool,
    /// The Basic-auth user, from `user@` (percent-decoded).
    pub user: Option<String>,
    /// Where the relay listens.
    pub address: Target,
}

/// One relay proxy in force: where, how, as whom, and how it has been answering.
#[derive(Clone)]
pub struct RelayProxy {
    pub url: RelayUrl,
    /// Basic credentials, when the relay asks for them.
    pub credentials: Option<Credentials>,
    /// `host:port`, as the events name it (never the credentials): shared, so a tunnel's
    /// events name its relay without a copy.
    pub label: Arc<str>,
    /// What to fix when it answers 407, in the config's own terms.
    pub auth_hint: &'static str,
    /// Its circuit breaker and 407 report clock, shared by all tunnels.
    pub health: Arc<Health>,
}

/// Basic-auth credentials; the password never reaches `Debug`, `Display` or a log.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    password: String,
}

/// The most relays one configuration may name: a route's relays that a tunnel skipped
/// fit a `u64` bit set, so failing over allocates nothing.
pub const MAX_RELAYS: usize = 64;

/// The route of a target no rule names, when no relay is configured.
static DIRECT: Route = Route::Direct;

impl Routes {
    /// No relay: every tunnel connects directly.
    pub fn direct() -> Routes {
        Routes {
            relays: Box::new([]),
            default: Route::Direct,
            rules: Allowlist::default(),
            rule_of: Box::new([]),
            route_relays: Box::new([]),
            retry_after: Duration::from_secs(30),
            tls: None,
        }
    }

    /// The table from its parts (`config::relays` reads the keys into them): the
    /// `relays` in force, the `default` route, the `bypass` patterns, and each
    /// `relay_route` as its patterns and its route.
    pub fn new(
        relays: Vec<RelayProxy>,
        default: Route,
        bypass: Vec<String>,
        routes: Vec<(Vec<String>, Route)>,
        retry_after: Duration,
        tls: Option<Arc<rustls::ClientConfig>>,
    ) -> Result<Routes, Msg> {
        if relays.len() > MAX_RELAYS {
            return Err(msg!("config-relays-at-most", count = relays.len(), max = MAX_RELAYS));
        }
        let mut rule_of = vec![0u16; bypass.len()];
        let mut sources = vec![(crate::policy::Origin::File, bypass)];
        let mut route_relays = Vec::new();
        for (i, (patterns, route)) in routes.into_iter().enumerate() {
            let rule = u16::try_from(i + 1)
                .map_err(|_| msg!("config-too-many-relay-routes", key = "relay_route"))?;
            rule_of.extend(std::iter::repeat_n(rule, patterns.len()));
            sources.push((crate::policy::Origin::File, patterns));
            route_relays.push(route);
        }
        let rules = Allowlist::patterns(&sources)?;
        Ok(Routes {
            relays: relays.into(),
            default,
            rules,
            rule_of: rule_of.into(),
            route_relays: route_relays.into(),
            retry_after,
            tls,
        })
    }

    /// The route for `target`: one look-up in the rules (none when there are none).
    pub fn choose(&self, target: &Target) -> Choice<'_> {
        if !self.rules.is_empty()
            && let Match::Allowed { entry, .. } = self.rules.check(&target.host, target.port)
        {
            return match self.rule_of[entry as usize] {
                0 => Choice { route: &DIRECT, by: By::Bypass(entry) },
                i => {
                    let index = usize::from(i) - 1;
                    Choice { route: &self.route_relays[index], by: By::Route { index, entry } }
                }
            };
        }
        Choice { route: &self.default, by: By::Default }
    }

    /// Every relay in force, in the order they were first named.
    pub fn relays(&self) -> &[RelayProxy] {
        &self.relays
    }

    /// The route of targets no rule names.
    pub fn default_route(&self) -> &Route {
        &self.default
    }

    /// The rules' entries (for `explain` and `relay-proxy list`): `relay_bypass`'s, then
    /// each route's, in order.
    pub fn rule_entries(&self) -> &Allowlist {
        &self.rules
    }

    /// Takes over the health of the relays `old` had, configured the same (URL and
    /// credentials): a reload does not send every tunnel back to a relay whose breaker
    /// is open, nor repeat a 407 line within its minute.
    pub fn keep_health(&mut self, old: &Routes) {
        for relay in self.relays.iter_mut() {
            if let Some(same) = old.relays.iter().find(|o| *o == relay) {
                relay.health = same.health.clone();
            }
        }
    }

    /// Whether any relay is configured at all.
    pub fn uses_relays(&self) -> bool {
        !self.relays.is_empty()
    }

    /// The relays of `route`, in order (none for direct).
    pub fn relays_of<'a>(&'a self, route: &'a Route) -> impl Iterator<Item = &'a RelayProxy> + 'a {
        let list: &[u16] = match route {
            Route::Direct => &[],
            Route::Relays(list) => list,
        };
        list.iter().map(|&i| &self.relays[usize::from(i)])
    }
}

impl By {
    /// The event field `route`: how the route was chosen.
    pub fn name(self, route: &Route) -> &'static str {
        match (self, route) {
            (By::Bypass(_), _) => "bypass",
            (By::Route { .. }, _) => "relay_route",
            (By::Default, Route::Direct) => "direct",
            (By::Default, Route::Relays(_)) => "relay",
        }
    }
}

impl RelayUrl {
    /// Parses `http://[user@]host:port`, `https://…`, or a bare `host:port` (http). A
    /// password in the URL is refused: the config is readable and printed by
    /// `config get`, so passwords live in files.
    pub fn parse(text: &str) -> Result<RelayUrl, Msg> {
        let text = text.trim();
        let (tls, rest) = match text.split_once("://") {
            Some(("http", rest)) => (false, rest),
            Some(("https", rest)) => (true, rest),
            Some((scheme, _)) => {
                return Err(Msg::new("config-relay-url-scheme")
                    .arg("url", format!("{text:?}"))
                    .arg("http", "http://")
                    .arg("https", "https://")
                    .arg("scheme", format!("{scheme}://")));
            }
            None => (false, text),
        };
        let rest = rest.trim_end_matches('/');
        let (user, authority) = match rest.rsplit_once('@') {
            Some((userinfo, authority)) => {
                if userinfo.contains(':') {
                    return Err(Msg::new("config-relay-url-password")
                        .arg("url", redacted(text))
                        .arg("command", "config get")
                        .arg(
                            "setting",
                            format!("relay_password_files = [\"{authority}=/etc/omsgate/relay.password\"]"),
                        ));
                }
                let user = percent_decode(userinfo)
                    .map_err(|e| msg!("config-relay-url-problem", url = redacted(text), problem = e))?;
                (Some(user), authority)
            }
            None => (None, rest),
        };
        if user.as_deref() == Some("") {
            return Err(msg!("config-relay-url-empty-user", url = format!("{text:?}")));
        }
        let address = Target::parse(authority).map_err(|e| {
            Msg::new("config-relay-url-not-a-url")
                .arg("url", format!("{:?}", redacted(text)))
                .arg("form", "http[s]://[user@]host:port")
                .arg("problem", crate::policy::allowlist::target_problem(e))
        })?;
        Ok(RelayUrl { tls, user, address })
    }

    /// The scheme as written.
    pub fn scheme(&self) -> &'static str {
        if self.tls { "https" } else { "http" }
    }
}

impl fmt::Display for RelayUrl {
    /// As it parses back: `https://user@host:port` (the user percent-encoded where needed).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://", self.scheme())?;
        if let Some(user) = &self.user {
            for c in user.chars() {
                match c {
                    '@' | ':' | '%' | '/' => write!(f, "%{:02X}", c as u32)?,
                    c => write!(f, "{c}")?,
                }
            }
            f.write_str("@")?;
        }
        write!(f, "{}", self.address)
    }
}

impl RelayProxy {
    /// A relay in force: `url` with `credentials`, a fresh (closed) breaker.
    pub fn new(url: RelayUrl, credentials: Option<Credentials>, auth_hint: &'static str) -> RelayProxy {
        let label = url.address.to_string().into();
        RelayProxy { url, credentials, label, auth_hint, health: Arc::new(Health::default()) }
    }

    /// The name TLS checks the relay's certificate against (SNI): its host.
    pub fn host(&self) -> &Host {
        &self.url.address.host
    }
}

impl fmt::Debug for RelayProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RelayProxy")
            .field("url", &self.url.to_string())
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl PartialEq for RelayProxy {
    /// The same relay as configured (its health is runtime state, not configuration).
    fn eq(&self, other: &Self) -> bool {
        self.url == other.url && self.credentials == other.credentials
    }
}

impl Credentials {
    /// Credentials for `Proxy-Authorization: Basic`.
    pub fn new(username: String, password: String) -> Credentials {
        Credentials { username, password }
    }

    /// The `Proxy-Authorization` header value.
    pub fn header_value(&self) -> String {
        use base64::Engine;
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.username, self.password));
        format!("Basic {token}")
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// `%XX` sequences decoded (a Windows `DOMAIN\user` may be written `DOMAIN%5Cuser`).
fn percent_decode(text: &str) -> Result<String, Msg> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b != b'%' {
            out.push(b);
            continue;
        }
        let hex: Vec<u8> = bytes.by_ref().take(2).collect();
        let byte = std::str::from_utf8(&hex)
            .ok()
            .filter(|h| h.len() == 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .ok_or_else(|| msg!("config-relay-user-percent", percent = "%", form = "%XX"))?;
        out.push(byte);
    }
    String::from_utf8(out).map_err(|_| msg!("config-relay-user-not-utf8", form = "%XX"))
}

/// A relay URL as it may be quoted in an error: the userinfo's password part dropped.
fn redacted(text: &str) -> String {
    match text.rsplit_once('@') {
        Some((userinfo, authority)) => {
            let (scheme, user) = userinfo.split_once("://").map_or(("", userinfo), |(s, u)| (s, u));
            let user = user.split(':').next().unwrap_or("");
            let scheme = if scheme.is_empty() { String::new() } else { format!("{scheme}://") };
            format!("{scheme}{user}:<redacted>@{authority}")
        }
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests;
