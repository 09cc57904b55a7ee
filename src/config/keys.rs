//! The table of configuration keys: each key's name, type, default, meaning, whether a
//! reload applies it, an example and its check, in one place. The file reader,
//! [`Values`], `config get/set/unset`, `check`, the reload's "needs a restart" list and
//! the README's key table (`omsgate config keys --markdown`) all come from it: adding a
//! key is one entry here plus its use.

use std::net::IpAddr;
use std::time::Duration;

use toml_edit::{DocumentMut, Item, Value};

use super::types::{
    KeyType, Kind, Limit, LogFormat, OptionalAddress, OptionalPath, Port, ProxyMode, RelayAddress,
    RelayPasswordFile, RelayRoute, shown,
};
use crate::dial::RelayUrl;
use crate::lang::Msg;
use crate::msg;
use crate::policy::catalog::{Cloud, Guid, Service};
use crate::policy::{Allowlist, ClientAuth, IdentityEntry, PolicyMode};
use crate::sniff::{CertAllowlist, ClientCertPolicy, SniPolicy, TlsVersion};
use crate::splice::Mode;
use ipnet::IpNet;

/// When a changed value takes effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// On `omsgate reload` (SIGHUP), for tunnels admitted from then on.
    Reload,
    /// At the next start: listeners, the runtime and the log output are set up once.
    Restart,
}

/// One row of the table.
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    /// What an absent key means, as TOML.
    pub default: &'static str,
    /// The default in words, where the TOML is too long for a table.
    pub default_shown: Option<&'static str>,
    meaning: &'static str,
    pub applies: Applies,
    /// A valid value other than the default, for the README and the round-trip test.
    pub example: &'static str,
    /// Reads and checks a value of this key alone (what `config set` can know).
    pub check: fn(&Value) -> Result<(), Msg>,
    /// This key's value in `values`, as TOML.
    pub value: fn(&Values) -> Value,
}

/// The default `allowed_hosts`: the public Azure Monitor / Log Analytics / Automation
/// endpoint families (`default.toml` says why each is there).
const DEFAULT_ALLOWED_HOSTS: &str = r#"["*.ods.opinsights.azure.com", "*.oms.opinsights.azure.com", "*.agentsvc.azure-automation.net", "*.azure-automation.net", "*.handler.control.monitor.azure.com", "*.blob.core.windows.net"]"#;

/// Declares the table and the [`Values`] struct from one list of entries.
macro_rules! keys {
    ($(
        #[doc = $meaning:literal]
        $name:ident: $ty:ty = $default:expr, $applies:ident, example $example:literal
            $(, check $check:expr)? $(, shown $shown:literal)?;
    )+) => {
        /// Every key's value, typed, with defaults filled in: the file as the gateway
        /// reads it, before the checks that span several keys (`Settings`).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Values {
            $(#[doc = $meaning] pub $name: $ty,)+
        }

        /// The table, in the order the README and `check` list the keys.
        pub const KEYS: &[Key] = &[$(Key {
            name: stringify!($name),
            kind: <$ty as KeyType>::KIND,
            default: $default,
            default_shown: keys!(@shown $($shown)?),
            meaning: $meaning,
            applies: Applies::$applies,
            example: $example,
            check: |value| read::<$ty>(stringify!($name), value, |_v| { $(($check)(_v)?;)? Ok(()) }).map(drop),
            value: |values| values.$name.to_toml(),
        },)+];

        impl Values {
            /// Reads every key from `get` (absent: its default); all problems, not only
            /// the first, each naming its key.
            fn read_all(get: impl Fn(&str) -> Option<Value>) -> Result<Values, Vec<Msg>> {
                let mut problems = Vec::new();
                $(
                    let $name = get(stringify!($name))
                        .map_or_else(|| default_value(stringify!($name), $default), Ok)
                        .and_then(|v| read::<$ty>(stringify!($name), &v, |_v| { $(($check)(_v)?;)? Ok(()) }))
                        .map_err(|e| problems.push(e))
                        .ok();
                )+
                match ($($name,)+) {
                    ($(Some($name),)+) => Ok(Values { $($name,)+ }),
                    _ => Err(problems),
                }
            }
        }
    };
    (@shown) => { None };
    (@shown $s:literal) => { Some($s) };
}

keys! {
    /// Addresses to listen on (IPv4 and/or IPv6).
    listen_address: Vec<IpAddr> = r#"["0.0.0.0"]"#, Restart, example r#"["127.0.0.1", "::1"]"#,
        check |v: &Vec<IpAddr>| match v.is_empty() {
            true => Err(msg!("config-listens-nowhere", value = "[]")),
            false => Ok(()),
        };
    /// The port agents send CONNECT to (the original's ListenPort).
    listen_port: Port = "8080", Restart, example "3128";
    /// Allowed destinations: exact names, `*.suffix` wildcards (any depth, not the apex), IP literals, and any of these as `entry:PORT` (that port only).
    allowed_hosts: Vec<String> = DEFAULT_ALLOWED_HOSTS, Reload,
        example r#"["*.ods.opinsights.azure.com", "collector.example.com:8443"]"#,
        check |v: &Vec<String>| v.iter().try_for_each(|e| Allowlist::check_entry(e)),
        shown "the Azure Monitor families (below); `[]` when `services` is set";
    /// `enforce`: the allowlist refuses what no entry allows; `report`: such tunnels are let through and logged as event 105 with `would_deny` (for rollouts) — where a name leads, TLS and certificate rules are never relaxed.
    policy_mode: PolicyMode = r#""enforce""#, Reload, example r#""report""#;
    /// Destination ports allowed for every entry without its own `:PORT`.
    allowed_ports: Vec<Port> = "[443]", Reload, example "[443, 8443]";
    /// Allow names that resolve to loopback, private, link-local or metadata addresses (an exactly listed IP literal is allowed anyway; the unspecified address and the gateway itself never are).
    allow_private_destinations: bool = "false", Reload, example "true";
    /// Open client connections; past it new clients get a fast `503` with `Retry-After`. `"auto"`: 20000, or fewer when the open-file limit fits fewer (two fds per tunnel).
    max_connections: Limit = r#""auto""#, Restart, example "5000",
        check |v: &Limit| match v {
            Limit::Fixed(n) if !(1..=MAX_CONNECTIONS).contains(n) => {
                Err(msg!("config-limit-out-of-range", min = 1, max = MAX_CONNECTIONS, word = "\"auto\""))
            }
            _ => Ok(()),
        };
    /// The balancers' addresses (CIDRs or IPs) that may send a PROXY protocol header; a header from anyone else is refused (event 113).
    proxy_protocol_from: Vec<IpNet> = "[]", Reload, example r#"["10.0.0.0/24", "192.0.2.10"]"#;
    /// Whether a load balancer in front sends a PROXY protocol header (v1 or v2) naming the agent: `off`; `optional` (peers in `proxy_protocol_from` may); `required` (every connection must come from them with one).
    proxy_protocol: ProxyMode = r#""off""#, Reload, example r#""required""#;
    /// Connections still sending their CONNECT head while fewer connection slots than this are free; then a head still being sent by a connection that arrived this many connections earlier is dropped (slowloris cannot hold every slot; with slots to spare, as in a reconnect storm, slow heads are left to `header_timeout`). `"auto"`: a quarter of `max_connections`, at least 64.
    max_pending_heads: Limit = r#""auto""#, Restart, example "1000",
        check |v: &Limit| match v {
            Limit::Fixed(0) => Err(msg!("config-limit-at-least", min = 1, word = "\"auto\"")),
            _ => Ok(()),
        };
    /// Open connections per agent address; past it the agent gets `503` with `Retry-After`. 0 = no limit (agents behind one NAT or a balancer without PROXY protocol share an address).
    max_connections_per_client: u32 = "0", Reload, example "200";
    /// New connections per second per agent address (bursts of twice as many pass); past it `503` with `Retry-After`. 0 = no limit.
    client_tunnel_rate: u32 = "0", Reload, example "50";
    /// Time to send a complete CONNECT head; with inspection, also the time the handshake may take up to the checks.
    header_timeout: Duration = r#""10s""#, Reload, example r#""5s""#, check positive;
    /// Time to resolve and connect to the destination, all addresses together.
    connect_timeout: Duration = r#""10s""#, Reload, example r#""3s""#, check positive;
    /// DNS servers to ask, `IP` or `IP:PORT` (port 53 when absent); `[]` = the `nameserver` lines of /etc/resolv.conf, with its search list and options. /etc/hosts is read first either way.
    dns_servers: Vec<crate::dial::resolve::DnsServer> = "[]", Reload, example r#"["10.0.0.53", "[fd00::53]:5353"]"#;
    /// Shortest time a DNS answer is reused, even when its TTL is shorter (a reconnect storm does not become a DNS storm).
    dns_ttl_min: Duration = r#""5s""#, Reload, example r#""30s""#,
        check |d: &Duration| at_most(d, 3600, msg!("config-duration-at-most", max = "\"1h\""));
    /// Longest time a DNS answer is reused before the DNS servers are asked again, even when its TTL is longer; below `dns_ttl_min`, this one wins.
    dns_ttl_max: Duration = r#""5m""#, Reload, example r#""1h""#,
        check |d: &Duration| at_most(d, 86_400, msg!("config-dns-ttl-at-most", max = "\"24h\""));
    /// When the DNS servers fail (time out, SERVFAIL, unreachable), a name's last good answer is still used for this long past its expiry (event 404; never over NXDOMAIN); `"0"` = never.
    dns_stale_for: Duration = r#""10m""#, Reload, example r#""1h""#,
        check |d: &Duration| at_most(d, 7 * 86_400, msg!("config-stale-at-most", max = "\"168h\""));
    /// A tunnel silent both ways this long is closed.
    idle_timeout: Duration = r#""10m""#, Reload, example r#""30m""#, check positive;
    /// On SIGTERM/SIGINT or `omsgate drain`, `/readyz` answers 503 at once but new tunnels are still served for this long, so a load balancer's health checks take the node out before any agent is refused (a few check intervals); then the listeners close. A second SIGTERM or `omsgate drain` ends it early; `"0s"` closes them at once.
    drain_grace: Duration = r#""10s""#, Reload, example r#""30s""#;
    /// Once the listeners have closed (after `drain_grace`), open tunnels may finish for this long, then are cut.
    drain_timeout: Duration = r#""30s""#, Reload, example r#""2m""#;
    /// Runtime worker threads; 0 = one per available core.
    worker_threads: u32 = "0", Restart, example "2",
        check |n: &u32| match *n > 1024 {
            true => Err(msg!("config-worker-threads-out-of-range", min = 0, max = 1024)),
            false => Ok(()),
        };
    /// Where `/metrics`, `/healthz` and `/readyz` listen; `""` turns the endpoint off.
    metrics_address: OptionalAddress = r#""0.0.0.0:9464""#, Restart, example r#""127.0.0.1:9464""#;
    /// `json`: one object per line, for log shippers; `text`: for a terminal. Not set: under systemd, journal entries with searchable fields (`OMSGATE_EVENT_ID`…); elsewhere `json`.
    log_format: LogFormat = r#""json""#, Restart, example r#""text""#;
    /// How tunnels move bytes: `auto` is splice(2) through pooled pipes (a burst is copied when no pipe is free); `copy` always copies through userspace buffers, for kernels or sandboxes where splice(2) misbehaves.
    splice_mode: Mode = r#""auto""#, Reload, example r#""copy""#;
    /// Read the TLS handshake in each tunnel; `false` lifts it only for explicit `host:port` entries (non-TLS services).
    tls_inspection: bool = "true", Reload, example "false";
    /// Lowest TLS version an agent may offer (checked against the highest it offers); SSL 2/3 are always refused.
    min_tls_version: TlsVersion = r#""1.2""#, Reload, example r#""1.3""#;
    /// `match`: the SNI must name the CONNECT host (stops domain fronting); `allowlist`: the SNI must itself be allowed; `off`.
    sni_policy: SniPolicy = r#""match""#, Reload, example r#""allowlist""#;
    /// Client-certificate subjects an agent may present: a full DN or `CN=…`.
    allowed_client_certificates: Vec<String> = "[]", Reload, example r#"["CN=agent-7f3a, O=Contoso"]"#,
        check |v: &Vec<String>| CertAllowlist::new(v).map(drop).map_err(|e| e.msg());
    /// `off`; `when_visible`: check the certificate when the handshake shows one (TLS ≤ 1.2); `require`: an allowed certificate is required.
    client_certificate_policy: ClientCertPolicy = r#""off""#, Reload, example r#""when_visible""#;
    /// The agents' users file, htpasswd form (`user:hash`, bcrypt `$2y$` or argon2), managed by `omsgate agent-user`; read at start and reload.
    client_auth_users_file: OptionalPath = r#""""#, Reload, example r#""agent-users""#;
    /// `off`: any agent that reaches the port may tunnel; `basic`: a CONNECT must carry `Proxy-Authorization: Basic` of a user in `client_auth_users_file`, else `407` (event 105).
    client_auth: ClientAuth = r#""off""#, Reload, example r#""basic""#;
    /// Destinations every `[[identity]]` may reach besides its own (same entry forms as `allowed_hosts`).
    identity_shared_hosts: Vec<String> = "[]", Reload, example r#"["global.handler.control.monitor.azure.com"]"#,
        check |v: &Vec<String>| v.iter().try_for_each(|e| Allowlist::check_entry(e));
    /// `[[identity]]` sections binding a `user` (of `client_auth_users_file`) or a client `certificate` subject (`CN=…`) to the only destinations that agent may reach: its `allowed_hosts` and the catalog's hosts for its `azure_workspace_ids`, plus `identity_shared_hosts`.
    identity: Vec<IdentityEntry> = "[]", Reload,
        example r#"[{ user = "store-0042", allowed_hosts = ["collector.example.com"] }]"#;
    /// The relay (upstream) proxy, `http://host:port`, or `https://host:port` for TLS to the relay; `""` = connect directly. The one-relay form of `relay_proxies` (not both).
    relay_proxy: RelayAddress = r#""""#, Reload, example r#""http://proxy.example.com:3128""#;
    /// Basic-auth user for `relay_proxy`.
    relay_proxy_username: String = r#""""#, Reload, example r#""gateway""#;
    /// File holding `relay_proxy`'s password (read at start and reload; never logged or printed).
    relay_proxy_password_file: OptionalPath = r#""""#, Reload, example r#""relay-proxy.password""#;
    /// Relay proxies tried in order, `http://[user@]host:port` or `https://…` (TLS to the relay): one that cannot be reached, fails TLS or does not speak HTTP is skipped for `relay_retry_after`; after such a failure, a 5xx or no answer in time, the next is tried. A user's password is in `relay_password_files`.
    relay_proxies: Vec<RelayUrl> = "[]", Reload,
        example r#"["http://gw@proxy-a.example.com:3128", "https://proxy-b.example.com:3129"]"#,
        check |v: &Vec<RelayUrl>| unique(v.iter().map(|r| r.address.to_string()), |relay| {
            msg!("config-relay-listed-twice", relay = relay)
        });
    /// The password file of each relay whose URL names a user, as `HOST:PORT=PATH` (mode 0600 or 0640, not readable by every user; read at start and reload; never logged or printed).
    relay_password_files: Vec<RelayPasswordFile> = "[]", Reload,
        example r#"["proxy-a.example.com:3128=proxy-a.password"]"#,
        check |v: &Vec<RelayPasswordFile>| unique(v.iter().map(|f| f.relay.to_string()), |relay| {
            msg!("config-password-file-listed-twice", relay = relay)
        });
    /// How long a relay proxy that failed is skipped; then one tunnel tries it again (a success puts it back in line).
    relay_retry_after: Duration = r#""30s""#, Reload, example r#""10s""#, check positive;
    /// Destinations that go direct rather than through the relay proxies: entries as in `allowed_hosts` (with `:PORT`, that port only; without, every port).
    relay_bypass: Vec<String> = "[]", Reload, example r#"["*.corp.example.com", "10.1.2.3"]"#,
        check |v: &Vec<String>| v.iter().try_for_each(|e| Allowlist::check_entry(e));
    /// Per-host relays: `[[relay_route]]` tables, each `hosts` (entries as in `relay_bypass`) and `relay` (a URL, or a list tried in order). Of the rules matching a host, the most specific entry wins.
    relay_route: Vec<RelayRoute> = "[]", Reload,
        example r#"[{ hosts = ["*.blob.core.windows.net"], relay = "http://proxy-c.example.com:3128" }]"#;
    /// CA certificates (PEM) that `https://` relay proxies' certificates must chain to; `""` = the system's trust store.
    relay_ca_file: OptionalPath = r#""""#, Reload, example r#""relay-ca.pem""#;

    // The endpoint catalog (policy/catalog.toml): what exact entries are derived from
    // (`services` last: the others mean nothing until a service uses them).
    /// The Azure cloud the agents report to: `public` (.com), `usgov` (Azure Government, .us) or `china` (21Vianet, .cn).
    azure_cloud: Cloud = r#""public""#, Reload, example r#""usgov""#;
    /// ARM names of the regions the agents' machines and accounts are in (`westeurope`), for the regional endpoints.
    azure_regions: Vec<String> = "[]", Reload, example r#"["usgovvirginia"]"#,
        check |v: &Vec<String>| v.iter().try_for_each(|r| region_name(r));
    /// Log Analytics workspace IDs (GUIDs) the agents report to: each gets its own exact hosts.
    azure_workspace_ids: Vec<Guid> = "[]", Reload, example r#"["1234a123-aa1a-123a-aaa1-a1a345aa6789"]"#;
    /// Data collection endpoints' logs ingestion hosts (`<name>.<region>-1.ingest.monitor.azure.com`), when data collection rules use them.
    azure_dce_hosts: Vec<String> = "[]", Reload, example r#"["mydce-a1b2.usgovvirginia-1.ingest.monitor.azure.us"]"#,
        check |v: &Vec<String>| v.iter().try_for_each(|h| dce_host(h));
    /// Azure Automation account IDs (GUIDs) of Hybrid Runbook Workers, for the account-specific Automation endpoints.
    azure_automation_account_ids: Vec<Guid> = "[]", Reload, example r#"["0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"]"#;
    /// The Azure Arc gateway's host (`<prefix>.gw.arc.azure.com`, public cloud only); with `arc` in `services`, Arc agents then need only the gateway's few endpoints.
    azure_arc_gateway: String = r#""""#, Reload, example r#""a1b2c3d4.gw.arc.azure.com""#,
        check |v: &String| arc_gateway(v);
    /// Services whose agents use this gateway: the endpoint catalog adds the exact hosts each needs to the allowlist (and an unset `allowed_hosts` then means `[]`, not the wildcard families).
    services: Vec<Service> = "[]", Reload, example r#"["azure_monitor_agent", "log_analytics_agent"]"#;
}

impl Key {
    /// The one-line meaning, for `config keys` and the README.
    pub fn meaning(&self) -> &'static str {
        self.meaning.trim()
    }

    /// The default for a reader: the words, or the TOML.
    pub fn default_text(&self) -> String {
        self.default_shown.map_or_else(|| format!("`{}`", self.default), |s| s.to_string())
    }
}

/// The row for `name`, or an error with the nearest known name.
pub fn find(name: &str) -> Result<&'static Key, Msg> {
    KEYS.iter().find(|k| k.name == name).ok_or_else(|| unknown(name))
}

/// "unknown key", with a did-you-mean or the list of keys.
pub fn unknown(name: &str) -> Msg {
    match suggest(name) {
        Some(near) => msg!("config-unknown-key-near", key = name, near = near),
        None => {
            let names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
            msg!("config-unknown-key", key = name, keys = names.join(", "))
        }
    }
}

/// Several problems (at least one) as one message, in order, each in the language it
/// is shown in.
fn problems(all: Vec<Msg>) -> Msg {
    let mut backwards = all.into_iter().rev();
    let last = backwards.next().unwrap_or_else(|| unreachable!("called with the problems found"));
    backwards.fold(last, |rest, first| msg!("config-problems", first = first, rest = rest))
}

/// The known key closest to a misspelt one, if it is close enough to be a typo.
pub fn suggest(name: &str) -> Option<&'static str> {
    KEYS.iter()
        .map(|k| (edit_distance(name, k.name), k.name))
        .filter(|(d, k)| *d <= 3.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

impl Values {
    /// Reads a config file's text: unknown keys are errors (with a did-you-mean), every
    /// key is checked, absent keys take their defaults. All problems are reported.
    pub fn parse(text: &str) -> Result<Values, Msg> {
        Values::parse_file(text).map(|(values, _)| values)
    }

    /// [`Values::parse`], and the keys the text sets (the others are at their defaults).
    pub fn parse_file(text: &str) -> Result<(Values, Vec<&'static str>), Msg> {
        let doc: DocumentMut =
            text.parse().map_err(|e: toml_edit::TomlError| msg!("config-not-toml", error = e.to_string()))?;
        let mut problems = Vec::new();
        let mut set = Vec::new();
        for (name, item) in doc.iter() {
            match (find(name), item) {
                (Err(e), _) => problems.push(e),
                (Ok(key), Item::Value(_)) => set.push(key.name),
                (Ok(key), Item::ArrayOfTables(_)) if key.kind == Kind::TableList => set.push(key.name),
                (Ok(key), _) if key.kind == Kind::TableList => problems.push(
                    Msg::new("config-key-is-table-list")
                        .arg("key", name)
                        .arg("sections", format!("[[{name}]]")),
                ),
                (Ok(_), _) => problems.push(msg!("config-key-is-not-table", key = name)),
            }
        }
        let values = Values::read_all(|name| doc.get(name).and_then(value_of));
        match (values, problems.is_empty()) {
            (Ok(values), true) => Ok((values, set)),
            (Ok(_), false) => Err(self::problems(problems)),
            (Err(more), _) => Err(self::problems(problems.into_iter().chain(more).collect())),
        }
    }

    /// Every key at its default.
    pub fn defaults() -> Values {
        Values::read_all(|_| None).unwrap_or_else(|p| unreachable!("the defaults are valid: {p:?}"))
    }

    /// The keys whose values differ between `self` and `other`, in table order.
    pub fn differing(&self, other: &Values) -> impl Iterator<Item = &'static Key> {
        KEYS.iter().filter(|k| shown(&(k.value)(self)) != shown(&(k.value)(other)))
    }
}

/// The README's key table.
pub fn markdown() -> String {
    let mut out =
        String::from("| key | type | default | reload | meaning |\n| --- | --- | --- | --- | --- |\n");
    for k in KEYS {
        let applies = match k.applies {
            Applies::Reload => "applies",
            Applies::Restart => "restart",
        };
        out += &format!(
            "| `{}` | {} | {} | {applies} | {} |\n",
            k.name,
            k.kind.describe(),
            k.default_text(),
            k.meaning()
        );
    }
    out
}

/// Reads one key's value as `T`, then `check`s it; the error names the key.
fn read<T: KeyType>(name: &str, value: &Value, check: impl FnOnce(&T) -> Result<(), Msg>) -> Result<T, Msg> {
    let typed = T::from_toml(value).map_err(|e| problem(name, value, e))?;
    check(&typed).map_err(|e| problem(name, value, e))?;
    Ok(typed)
}

/// `key = value is not …` for a single value; `key: …` for a list, which may be long.
fn problem(name: &str, value: &Value, message: Msg) -> Msg {
    let value = shown(value);
    if value.starts_with('[') {
        msg!("config-key-problem", key = name, problem = message)
    } else if message.to_string().starts_with(&value) {
        msg!("config-key-is", key = name, problem = message)
    } else {
        msg!("config-key-value-problem", key = name, value = value, problem = message)
    }
}

/// A key's item as a value: `[[key]]` sections read as an array of inline tables, so a
/// list of tables is checked, shown and edited as any other value.
pub fn value_of(item: &Item) -> Option<Value> {
    match item {
        Item::Value(v) => Some(v.clone()),
        Item::ArrayOfTables(_) => item.clone().into_value().ok(),
        _ => None,
    }
}

/// No two items of a list the same (`twice` says which one is).
fn unique(items: impl Iterator<Item = String>, twice: impl Fn(String) -> Msg) -> Result<(), Msg> {
    let mut seen = std::collections::HashSet::new();
    for item in items {
        if !seen.insert(item.clone()) {
            return Err(twice(item));
        }
    }
    Ok(())
}

/// The highest `max_connections`.
const MAX_CONNECTIONS: u32 = 10_000_000;

/// A duration of at most `secs` seconds, else `too_long`.
fn at_most(d: &Duration, secs: u64, too_long: Msg) -> Result<(), Msg> {
    if d.as_secs() > secs { Err(too_long) } else { Ok(()) }
}

fn default_value(name: &str, default: &str) -> Result<Value, Msg> {
    default.parse().map_err(|e: toml_edit::TomlError| {
        msg!("config-default-does-not-parse", key = name, error = e.to_string())
    })
}

/// An ARM region name: lowercase letters and digits (`westeurope`, `usgovvirginia`).
fn region_name(r: &str) -> Result<(), Msg> {
    match !r.is_empty() && r.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        true => Ok(()),
        false => Err(Msg::new("config-not-a-region")
            .arg("value", format!("{r:?}"))
            .arg("examples", "\"westeurope\", \"eastus2\"")),
    }
}

/// A data collection endpoint's logs ingestion host: `<name>.<region>…ingest.monitor.azure.<com|us|cn>`.
fn dce_host(h: &str) -> Result<(), Msg> {
    let shape = h
        .split_once(".ingest.monitor.azure.")
        .is_some_and(|(id, cloud)| id.contains('.') && ["com", "us", "cn"].contains(&cloud));
    match (shape, crate::connect::Host::parse(h)) {
        (true, Ok(crate::connect::Host::Name(n))) if *n == *h => Ok(()),
        _ => Err(Msg::new("config-not-a-dce-host")
            .arg("value", format!("{h:?}"))
            .arg("form", "<name>.<region>-1.ingest.monitor.azure.com")),
    }
}

/// The Arc gateway host, `<prefix>.gw.arc.azure.com`, or empty.
fn arc_gateway(v: &str) -> Result<(), Msg> {
    let prefix = v.strip_suffix(".gw.arc.azure.com");
    match (v, prefix) {
        ("", _) => Ok(()),
        (_, Some(p)) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => Ok(()),
        _ => Err(Msg::new("config-not-an-arc-gateway")
            .arg("value", format!("{v:?}"))
            .arg("form", "<prefix>.gw.arc.azure.com")
            .arg("command", "az arcgateway list")),
    }
}

/// A timeout of zero would fail every tunnel at once.
fn positive(d: &Duration) -> Result<(), Msg> {
    if d.is_zero() { Err(msg!("config-timeout-zero", example = "\"10s\"")) } else { Ok(()) }
}

/// Levenshtein distance; keys are short, so the quadratic table is fine.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
