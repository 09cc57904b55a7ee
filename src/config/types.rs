//! The type of each key's value, both ways: from a TOML value (the file, `config set`)
//! to a Rust value that cannot be wrong, and back to TOML (`config get`, `check`). Each
//! error names the value and what was expected; the key table puts the key in front.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU16;
use std::path::PathBuf;
use std::time::Duration;

use toml_edit::{Array, InlineTable, Value};

use super::duration;
use crate::connect::Target;
use crate::dial::RelayUrl;
use crate::dial::resolve::DnsServer;
use crate::lang::Msg;
use crate::msg;
use crate::policy::catalog::{Cloud, Guid, Service};
use crate::policy::{Allowlist, ClientAuth, IdentityEntry, PolicyMode, Who};
use crate::sniff::{CertAllowlist, ClientCertPolicy, SniPolicy, TlsVersion};
use crate::splice::Mode;
use ipnet::IpNet;

/// How a key's value is written, for `config set` (which turns command-line text into
/// TOML) and for the README's key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    /// An integer, or the one word that stands for a computed value.
    IntegerOr(&'static str),
    Bool,
    String,
    /// A string such as `"10s"`, `"5m"`, `"250ms"`.
    Duration,
    /// One of a fixed set of strings.
    Choice(&'static [&'static str]),
    StringList,
    IntegerList,
    /// A table of named values (an element of a list of tables).
    Table,
    /// A list of tables: `[[key]]` sections in the file, or an array of inline tables.
    TableList,
}

/// A Rust type a key's value can have.
pub trait KeyType: Sized {
    /// How the value is written.
    const KIND: Kind;
    /// Reads a TOML value; the error starts with the value as written.
    fn from_toml(value: &Value) -> Result<Self, Msg>;
    /// The value as TOML.
    fn to_toml(&self) -> Value;
}

/// A TCP port: never 0.
pub type Port = NonZeroU16;

/// A limit such as `max_connections`: `"auto"` (computed at start from the process's
/// limits and the other settings), or a fixed number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Auto,
    Fixed(u32),
}

/// `proxy_protocol`: whether a PROXY header is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProxyMode {
    /// No header is read: the peer is the client (the default).
    #[default]
    Off,
    /// Peers in `proxy_protocol_from` may send one; others connect directly.
    Optional,
    /// Every connection must come from `proxy_protocol_from` with a header.
    Required,
}

impl ProxyMode {
    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            ProxyMode::Off => "off",
            ProxyMode::Optional => "optional",
            ProxyMode::Required => "required",
        }
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// One JSON object per line (default; for the journal and log shippers).
    Json,
    /// Human-readable lines for a terminal.
    Text,
}

/// `relay_proxy`: none (connect directly), or the relay proxy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayAddress(pub Option<RelayUrl>);

/// An entry of `relay_password_files`: `HOST:PORT=PATH`, the file holding the password
/// of the relay at `HOST:PORT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayPasswordFile {
    pub relay: Target,
    pub path: PathBuf,
}

/// A `[[relay_route]]` table: targets matching `hosts` go through `relay` (tried in
/// order, as `relay_proxies`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayRoute {
    /// Patterns in the allowlist's language (`:PORT`: that port only).
    pub hosts: Vec<String>,
    /// One relay or several, in order.
    pub relay: Vec<RelayUrl>,
}

/// A path that may be empty (`""` = none), such as `relay_proxy_password_file`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionalPath(pub Option<PathBuf>);

/// An address that may be empty (`""` = off), such as `metrics_address`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionalAddress(pub Option<SocketAddr>);

impl Kind {
    /// Turns command-line text into a TOML value of this kind: lists as `a,b` or a
    /// TOML array, numbers and booleans when they read as such. What does not read as
    /// the kind stays a string, so the key's check can say what was expected.
    pub fn from_cli(self, text: &str) -> Value {
        let scalar = |t: &str, integer: bool| -> Value {
            let t = t.trim();
            match (integer, t.parse::<i64>(), t.parse::<bool>()) {
                (true, Ok(n), _) => Value::from(n),
                (_, _, Ok(b)) if self == Kind::Bool => Value::from(b),
                _ => Value::from(t),
            }
        };
        let items = || -> Vec<String> {
            match text.trim().parse::<Value>() {
                Ok(Value::Array(a)) => {
                    a.iter().map(|v| v.as_str().map_or_else(|| shown(v), str::to_string)).collect()
                }
                _ => text.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            }
        };
        match self {
            Kind::Integer | Kind::IntegerOr(_) => scalar(text, true),
            Kind::Bool => scalar(text, false),
            Kind::String | Kind::Duration | Kind::Choice(_) => Value::from(text),
            Kind::StringList => Value::Array(items().iter().map(String::as_str).collect()),
            Kind::IntegerList => Value::Array(items().iter().map(|s| scalar(s, true)).collect()),
            // TOML as written (`[{ hosts = [...], relay = "..." }]`): the key's check says
            // what a value that does not read as one must look like.
            Kind::Table | Kind::TableList => text.trim().parse().unwrap_or_else(|_| Value::from(text)),
        }
    }

    /// A few words for the README and `config keys`.
    pub fn describe(self) -> String {
        match self {
            Kind::Integer => "integer".into(),
            Kind::IntegerOr(word) => format!("integer or `\"{word}\"`"),
            Kind::Bool => "`true` / `false`".into(),
            Kind::String => "string".into(),
            Kind::Duration => "duration (`\"10s\"`, `\"5m\"`, `\"250ms\"`)".into(),
            Kind::Choice(names) => names.iter().map(|n| format!("`\"{n}\"`")).collect::<Vec<_>>().join(" / "),
            Kind::StringList => "list of strings".into(),
            Kind::IntegerList => "list of integers".into(),
            Kind::Table => "table".into(),
            Kind::TableList => "list of tables (`[[KEY]]` sections)".into(),
        }
    }
}

/// A TOML value as an operator would write it on one line, without the file's spacing.
pub fn shown(value: &Value) -> String {
    match value {
        Value::Array(a) => format!("[{}]", a.iter().map(shown).collect::<Vec<_>>().join(", ")),
        v => v.clone().decorated("", "").to_string(),
    }
}

fn string(value: &Value) -> Result<&str, Msg> {
    value.as_str().ok_or_else(|| msg!("config-not-a-string", value = shown(value)))
}

fn list(value: &Value) -> Result<&Array, Msg> {
    value.as_array().ok_or_else(|| msg!("config-not-a-list", value = shown(value)))
}

impl KeyType for bool {
    const KIND: Kind = Kind::Bool;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        value.as_bool().ok_or_else(|| msg!("config-not-true-or-false", value = shown(value)))
    }
    fn to_toml(&self) -> Value {
        Value::from(*self)
    }
}

impl KeyType for u32 {
    const KIND: Kind = Kind::Integer;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        let n = value.as_integer().ok_or_else(|| msg!("config-not-a-whole-number", value = shown(value)))?;
        u32::try_from(n).map_err(|_| {
            msg!("config-not-a-whole-number-in-range", value = shown(value), min = 0, max = u32::MAX)
        })
    }
    fn to_toml(&self) -> Value {
        Value::from(i64::from(*self))
    }
}

impl KeyType for Port {
    const KIND: Kind = Kind::Integer;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        let not_a_port = || msg!("config-not-a-port", value = shown(value), min = 1, max = u16::MAX);
        let n = value.as_integer().ok_or_else(not_a_port)?;
        u16::try_from(n).ok().and_then(NonZeroU16::new).ok_or_else(not_a_port)
    }
    fn to_toml(&self) -> Value {
        Value::from(i64::from(self.get()))
    }
}

impl KeyType for String {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        string(value).map(str::to_string)
    }
    fn to_toml(&self) -> Value {
        Value::from(self.as_str())
    }
}

impl KeyType for Duration {
    const KIND: Kind = Kind::Duration;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        duration::parse(string(value)?)
    }
    fn to_toml(&self) -> Value {
        Value::from(duration::format(*self))
    }
}

impl<T: KeyType> KeyType for Vec<T> {
    const KIND: Kind = match T::KIND {
        Kind::Integer => Kind::IntegerList,
        Kind::Table => Kind::TableList,
        _ => Kind::StringList,
    };
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        list(value)?.iter().map(T::from_toml).collect()
    }
    fn to_toml(&self) -> Value {
        Value::Array(self.iter().map(T::to_toml).collect())
    }
}

impl KeyType for IpAddr {
    const KIND: Kind = Kind::String;
    /// IPv6 with or without brackets.
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        string(value)?
            .trim_matches(['[', ']'])
            .parse()
            .map_err(|_| msg!("config-not-an-ip-address", value = shown(value)))
    }
    fn to_toml(&self) -> Value {
        Value::from(self.to_string())
    }
}

impl KeyType for Limit {
    const KIND: Kind = Kind::IntegerOr("auto");
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        match value {
            Value::String(s) if s.value() == "auto" => Ok(Limit::Auto),
            v => {
                v.as_integer().and_then(|n| u32::try_from(n).ok()).map(Limit::Fixed).ok_or_else(|| {
                    msg!("config-not-a-whole-number-or", value = shown(value), word = "\"auto\"")
                })
            }
        }
    }
    fn to_toml(&self) -> Value {
        match self {
            Limit::Auto => Value::from("auto"),
            Limit::Fixed(n) => Value::from(i64::from(*n)),
        }
    }
}

impl KeyType for OptionalAddress {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        match string(value)? {
            "" => Ok(OptionalAddress(None)),
            a => a.parse().map(|a| OptionalAddress(Some(a))).map_err(|_| {
                Msg::new("config-not-an-address-and-port")
                    .arg("value", shown(value))
                    .arg("form", "ADDRESS:PORT")
                    .arg("examples", "\"0.0.0.0:9464\", \"[::]:9464\"")
                    .arg("off", "\"\"")
            }),
        }
    }
    fn to_toml(&self) -> Value {
        Value::from(self.0.map_or(String::new(), |a| a.to_string()))
    }
}

impl KeyType for OptionalPath {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        Ok(OptionalPath(match string(value)? {
            "" => None,
            p => Some(PathBuf::from(p)),
        }))
    }
    fn to_toml(&self) -> Value {
        Value::from(self.0.as_ref().map_or(String::new(), |p| p.display().to_string()))
    }
}

impl KeyType for RelayAddress {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        match string(value)?.trim() {
            "" => Ok(RelayAddress(None)),
            a => RelayUrl::parse(a).map(|t| RelayAddress(Some(t))),
        }
    }
    fn to_toml(&self) -> Value {
        Value::from(self.0.as_ref().map_or(String::new(), ToString::to_string))
    }
}

impl KeyType for RelayUrl {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        RelayUrl::parse(string(value)?)
    }
    fn to_toml(&self) -> Value {
        Value::from(self.to_string())
    }
}

impl KeyType for RelayPasswordFile {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        let text = string(value)?;
        let bad = || msg!("config-not-a-relay-password-file", value = shown(value), form = "HOST:PORT=PATH");
        let (relay, path) = text.split_once('=').ok_or_else(bad)?;
        let relay = Target::parse(relay.trim()).map_err(|_| bad())?;
        match path.trim() {
            "" => Err(bad()),
            path => Ok(RelayPasswordFile { relay, path: PathBuf::from(path) }),
        }
    }
    fn to_toml(&self) -> Value {
        Value::from(format!("{}={}", self.relay, self.path.display()))
    }
}

impl KeyType for RelayRoute {
    const KIND: Kind = Kind::Table;
    /// `{ hosts = ["*.blob.core.windows.net"], relay = "http://c:3128" }` (or `relay` a
    /// list, tried in order).
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        let table = value.as_inline_table().ok_or_else(|| {
            Msg::new("config-not-a-relay-route")
                .arg("value", shown(value))
                .arg("key", "relay_route")
                .arg("hosts", "hosts = [\"PATTERN\", ...]")
                .arg("relay", "relay = \"http://HOST:PORT\"")
        })?;
        if let Some((field, _)) = table.iter().find(|(k, _)| !["hosts", "relay"].contains(k)) {
            return Err(Msg::new("config-relay-route-unknown-field")
                .arg("value", shown(value))
                .arg("field", field)
                .arg("key", "relay_route")
                .arg("hosts", "hosts")
                .arg("relay", "relay"));
        }
        let hosts = match table.get("hosts") {
            Some(v) => Vec::<String>::from_toml(v)?,
            None => return Err(msg!("config-relay-route-lacks", value = shown(value), field = "hosts")),
        };
        if hosts.is_empty() {
            return Err(Msg::new("config-relay-route-routes-nothing")
                .arg("value", shown(value))
                .arg("hosts", "hosts = []"));
        }
        for h in &hosts {
            crate::policy::Allowlist::check_entry(h)?;
        }
        let relay = match table.get("relay") {
            Some(Value::String(s)) if s.value().trim() == "direct" => {
                return Err(Msg::new("config-relay-route-direct")
                    .arg("value", shown(value))
                    .arg("relay", "relay = \"direct\"")
                    .arg("key", "relay_route")
                    .arg("bypass", "relay_bypass"));
            }
            Some(v @ Value::String(_)) => vec![RelayUrl::from_toml(v)?],
            Some(v) => Vec::<RelayUrl>::from_toml(v)?,
            None => return Err(msg!("config-relay-route-lacks", value = shown(value), field = "relay")),
        };
        if relay.is_empty() {
            return Err(msg!("config-relay-route-no-relay", value = shown(value), relay = "relay = []"));
        }
        Ok(RelayRoute { hosts, relay })
    }
    fn to_toml(&self) -> Value {
        let mut table = toml_edit::InlineTable::new();
        table.insert("hosts", self.hosts.to_toml());
        let relay = match self.relay.as_slice() {
            [one] => one.to_toml(),
            many => many.to_vec().to_toml(),
        };
        table.insert("relay", relay);
        Value::InlineTable(table)
    }
}

impl KeyType for DnsServer {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        DnsServer::parse(string(value)?)
            .map_err(|e| msg!("config-not-a-dns-server", value = shown(value), form = "IP:PORT", problem = e))
    }
    fn to_toml(&self) -> Value {
        Value::from(self.to_string())
    }
}

/// Keys whose value is one of a few names: each type's `config_name` is the spelling.
macro_rules! choice {
    ($ty:ident [$($variant:ident),+]) => {
        impl KeyType for $ty {
            const KIND: Kind = Kind::Choice(&[$($ty::$variant.config_name()),+]);
            fn from_toml(value: &Value) -> Result<Self, Msg> {
                let name = string(value)?;
                [$($ty::$variant),+].into_iter().find(|v| v.config_name() == name).ok_or_else(|| {
                    let choices = Self::KIND.describe().replace('`', "");
                    msg!("config-not-one-of", value = shown(value), choices = choices)
                })
            }
            fn to_toml(&self) -> Value {
                Value::from(self.config_name())
            }
        }
    };
}

choice!(LogFormat [Json, Text]);
// SSL 2/3 are never a minimum: they are always refused.
choice!(TlsVersion [Tls10, Tls11, Tls12, Tls13]);
choice!(SniPolicy [Match, Allowlist, Off]);
choice!(ClientCertPolicy [Off, WhenVisible, Require]);
choice!(Mode [Auto, Copy]);
choice!(PolicyMode [Enforce, Report]);
choice!(ProxyMode [Off, Optional, Required]);
choice!(ClientAuth [Off, Basic]);

impl KeyType for IdentityEntry {
    const KIND: Kind = Kind::Table;
    /// `{ user = "…" | certificate = "…", allowed_hosts = [...], azure_workspace_ids = [...] }`.
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        let (user, certificate) = ("user = \"…\"", "certificate = \"CN=…\"");
        let table = value.as_inline_table().ok_or_else(|| {
            Msg::new("config-not-an-identity")
                .arg("value", shown(value))
                .arg("user", user)
                .arg("certificate", certificate)
                .arg("lists", "allowed_hosts = [...], azure_workspace_ids = [...]")
        })?;
        const FIELDS: [&str; 4] = ["user", "certificate", "allowed_hosts", "azure_workspace_ids"];
        if let Some((field, _)) = table.iter().find(|(k, _)| !FIELDS.contains(k)) {
            return Err(msg!("config-identity-unknown-field", field = field, fields = FIELDS.join(", ")));
        }
        let text = |field: &str| table.get(field).map(String::from_toml).transpose();
        let who = match (text("user")?, text("certificate")?) {
            (Some(user), None) => {
                crate::policy::auth::check_user(&user)?;
                Who::User(user)
            }
            (None, Some(subject)) => {
                CertAllowlist::new([&subject]).map_err(|e| e.msg())?;
                Who::Certificate(subject)
            }
            _ => return Err(msg!("config-identity-names-one", user = user, certificate = certificate)),
        };
        let list = |field: &str| table.get(field).map(Vec::<String>::from_toml).transpose();
        let allowed_hosts = list("allowed_hosts")?.unwrap_or_default();
        allowed_hosts.iter().try_for_each(|e| Allowlist::check_entry(e))?;
        let azure_workspace_ids =
            table.get("azure_workspace_ids").map(Vec::<Guid>::from_toml).transpose()?.unwrap_or_default();
        Ok(IdentityEntry { who, allowed_hosts, azure_workspace_ids })
    }
    fn to_toml(&self) -> Value {
        let mut t = InlineTable::new();
        match &self.who {
            Who::User(u) => t.insert("user", Value::from(u.as_str())),
            Who::Certificate(c) => t.insert("certificate", Value::from(c.as_str())),
        };
        if !self.allowed_hosts.is_empty() {
            t.insert("allowed_hosts", self.allowed_hosts.to_toml());
        }
        if !self.azure_workspace_ids.is_empty() {
            t.insert("azure_workspace_ids", self.azure_workspace_ids.to_toml());
        }
        Value::InlineTable(t)
    }
}

impl KeyType for IpNet {
    const KIND: Kind = Kind::String;
    /// A CIDR, or a bare address for just that one.
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        let text = string(value)?.trim();
        text.parse::<IpNet>()
            .or_else(|_| text.trim_matches(['[', ']']).parse::<IpAddr>().map(IpNet::from))
            .map(|net| net.trunc())
            .map_err(|_| {
                msg!("config-not-an-address-or-cidr", value = shown(value), example = "\"10.0.0.0/24\"")
            })
    }
    /// A single address without its `/32` (`/128`), as it was most likely written.
    fn to_toml(&self) -> Value {
        match self.prefix_len() == self.max_prefix_len() {
            true => Value::from(self.addr().to_string()),
            false => Value::from(self.to_string()),
        }
    }
}

choice!(Service [AzureMonitorAgent, LogAnalyticsAgent, Automation, Arc]);
choice!(Cloud [Public, UsGov, China]);

impl KeyType for Guid {
    const KIND: Kind = Kind::String;
    fn from_toml(value: &Value) -> Result<Self, Msg> {
        Guid::parse(string(value)?).ok_or_else(|| {
            msg!("config-not-a-guid", value = shown(value), form = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
        })
    }
    fn to_toml(&self) -> Value {
        Value::from(self.to_string())
    }
}

impl LogFormat {
    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            LogFormat::Json => "json",
            LogFormat::Text => "text",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toml(text: &str) -> Value {
        text.parse().unwrap()
    }

    #[test]
    fn values_read_and_print_back() {
        for text in
            ["443", "\"10s\"", "[\"0.0.0.0\", \"::1\"]", "\"auto\"", "\"\"", "\"allowlist\"", "\"1.3\""]
        {
            let v = toml(text);
            let again = match text {
                "443" => Port::from_toml(&v).unwrap().to_toml(),
                "\"10s\"" => Duration::from_toml(&v).unwrap().to_toml(),
                "\"auto\"" => Limit::from_toml(&v).unwrap().to_toml(),
                "\"\"" => OptionalAddress::from_toml(&v).unwrap().to_toml(),
                "\"allowlist\"" => SniPolicy::from_toml(&v).unwrap().to_toml(),
                "\"1.3\"" => TlsVersion::from_toml(&v).unwrap().to_toml(),
                _ => Vec::<IpAddr>::from_toml(&v).unwrap().to_toml(),
            };
            assert_eq!(shown(&again), text);
        }
    }

    #[test]
    fn errors_start_with_the_value() {
        fn err<T>(r: Result<T, Msg>) -> String {
            r.map(drop).unwrap_err().to_string()
        }
        assert_eq!(err(Port::from_toml(&toml("0"))), "0 is not a TCP port (1-65535)");
        assert_eq!(err(Port::from_toml(&toml("\"http\""))), "\"http\" is not a TCP port (1-65535)");
        assert_eq!(err(LogFormat::from_toml(&toml("\"xml\""))), "\"xml\" is not one of \"json\" / \"text\"");
        assert!(err(Vec::<Port>::from_toml(&toml("[443, 0]"))).starts_with("0 is not"));
        assert!(TlsVersion::from_toml(&toml("\"ssl3\"")).is_err(), "SSL is never a minimum");
    }

    #[test]
    fn command_line_text_becomes_the_kind() {
        assert_eq!(shown(&Kind::Integer.from_cli("8080")), "8080");
        assert_eq!(shown(&Kind::Integer.from_cli("auto")), "\"auto\"");
        assert_eq!(shown(&Kind::Bool.from_cli("true")), "true");
        assert_eq!(shown(&Kind::IntegerList.from_cli("443, 8443")), "[443, 8443]");
        assert_eq!(shown(&Kind::StringList.from_cli("[\"a\", \"b\"]")), "[\"a\", \"b\"]");
        assert_eq!(shown(&Kind::StringList.from_cli("a,b")), "[\"a\", \"b\"]");
        assert_eq!(shown(&Kind::Duration.from_cli("10s")), "\"10s\"");
    }
}
