//! Validated settings: what the gateway runs on. Each key was read and checked alone by
//! the key table ([`Values`]); here come the checks that span keys and the structures
//! built from several (listeners, allowlist, relay routes, TLS rules). Nothing downstream
//! re-validates, and every failure names the keys and the bad value. Settings are never
//! changed after validation: what the process's limits make of them is
//! `accept::limits::Effective`.

use std::net::SocketAddr;
use std::sync::Arc;

use super::keys::{KEYS, Values};
use super::types::{ProxyMode, shown};
use crate::dial::Routes;
use crate::events;
use crate::lang::{Arg, Msg};
use crate::msg;
use crate::policy::{Allowlist, ClientAuth, Identities, IdentityEntry, Origin, Users, catalog};
use crate::sniff::{CertAllowlist, ClientCertPolicy, TlsRules};

/// Where the settings came from, for event 101 and `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// No file existed at the default path: the embedded default runs.
    Embedded,
    /// Read from this file.
    File(std::path::PathBuf),
}

/// Everything the gateway needs to run, already validated.
#[derive(Debug, Clone)]
pub struct Settings {
    pub source: Source,
    /// Every key's value, defaults filled in.
    pub keys: Values,
    /// The keys the file sets; the others are at their defaults.
    pub set: Vec<&'static str>,
    /// One listener per address (listen_address × listen_port).
    pub listen: Vec<SocketAddr>,
    /// Hosts and ports a tunnel may reach (allowed_hosts × allowed_ports).
    pub allowlist: Allowlist,
    /// Direct, or through relay proxies (passwords read from their files), per target.
    pub routes: Routes,
    /// Versions, SNI and client-certificate rules for the handshake.
    pub tls: TlsRules,
    /// With `client_auth = "basic"`, the users file as read at start or reload.
    pub users: Option<Arc<Users>>,
    /// The `[[identity]]` bindings, each with the allowlist it may reach.
    pub identities: Identities,
}

/// A config value that cannot run: event 401, with the key and value to fix. `Display`
/// is English (the JSON log); [`ConfigError::local`] is for the terminal.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}: {message}", from.name())]
pub struct ConfigError {
    /// The file (or the embedded default) the error is in.
    pub from: Source,
    /// What is wrong, naming the key and the value.
    pub message: Msg,
}

impl ConfigError {
    /// SPEC event 401: wrong configuration.
    pub fn event_id(&self) -> u16 {
        events::WRONG_CONFIGURATION
    }

    /// The error in the process's language, as `source: message` (the key and value as
    /// written), for the terminal.
    pub fn local(&self) -> String {
        self.as_msg().local()
    }

    /// The error as one message: the source, then what is wrong.
    pub fn as_msg(&self) -> Msg {
        msg!("config-error-in", source = self.from.shown(), problem = self.message.clone())
    }
}

impl Source {
    /// The file's path, or "embedded default".
    pub fn name(&self) -> String {
        match self {
            Source::Embedded => "embedded default".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The same for the terminal: the path, or "embedded default" in the process's
    /// language.
    pub fn shown(&self) -> Arg {
        match self {
            Source::Embedded => Arg::from(msg!("config-source-embedded")),
            Source::File(p) => Arg::from(p.display().to_string()),
        }
    }
}

impl Settings {
    /// Builds settings from checked values (`set`: the keys the file sets): the checks
    /// that span keys happen here.
    pub fn from_values(mut keys: Values, set: Vec<&'static str>, source: Source) -> Result<Settings, Msg> {
        let listen =
            keys.listen_address.iter().map(|ip| SocketAddr::new(*ip, keys.listen_port.get())).collect();
        let ports: Vec<u16> = keys.allowed_ports.iter().map(|p| p.get()).collect();
        let file_sets_hosts = set.contains(&"allowed_hosts");
        // With services, the catalog's exact entries replace the default's wildcard
        // families: an unset allowed_hosts means [] (so `check` and `config get` show it).
        if !file_sets_hosts && !keys.services.is_empty() {
            keys.allowed_hosts.clear();
        }
        let origin = match (&source, file_sets_hosts) {
            (Source::File(_), true) => Origin::File,
            _ => Origin::Default,
        };
        let mut sources = vec![(origin, keys.allowed_hosts.clone())];
        for d in derived(&keys)? {
            if !keys.allowed_hosts.contains(&d.entry) {
                sources.push((Origin::Derived(d.from), vec![d.entry]));
            }
        }
        let allowlist = Allowlist::from_sources(&sources, &ports)
            .map_err(|e| msg!("config-key-problem", key = "allowed_hosts", problem = e))?;
        if keys.proxy_protocol != ProxyMode::Off && keys.proxy_protocol_from.is_empty() {
            return Err(Msg::new("config-proxy-protocol-from-empty")
                .arg("setting", format!("proxy_protocol = \"{}\"", keys.proxy_protocol.config_name()))
                .arg("key", "proxy_protocol_from")
                .arg("example", "proxy_protocol_from = [\"10.0.0.0/24\"]"));
        }
        let users = users(&keys)?;
        let identities = identities(&keys, &ports)?;
        Ok(Settings {
            routes: super::relays::routes(&keys)?,
            tls: tls_rules(&keys)?,
            listen,
            allowlist,
            users,
            identities,
            keys,
            set,
            source,
        })
    }

    /// Every key as TOML (`check`, `config get`): a valid config that means the same;
    /// the keys a file does not set say so, in comments in the process's language.
    pub fn describe(&self) -> String {
        let header = crate::t!("config-effective-settings-from", source = self.source.shown());
        let default = crate::t!("config-default-note");
        let mut out = format!("# {}\n", one_line(&header));
        for key in KEYS {
            let value = shown(&(key.value)(&self.keys));
            let note = match (&self.source, self.set.contains(&key.name)) {
                (Source::File(_), false) => format!("  # {}", one_line(&default)),
                _ => String::new(),
            };
            out += &format!("{} = {value}{note}\n", key.name);
        }
        out
    }
}

/// A translation on one line: the comment it goes into stays a comment.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// With `client_auth = "basic"`, the users file, read now so that a missing or bad
/// file fails at start (or reload) rather than at the first agent.
fn users(keys: &Values) -> Result<Option<Arc<Users>>, Msg> {
    match (keys.client_auth, &keys.client_auth_users_file.0) {
        (ClientAuth::Off, _) => Ok(None),
        (ClientAuth::Basic, None) => Err(Msg::new("config-basic-needs-users-file")
            .arg("setting", BASIC)
            .arg("key", "client_auth_users_file")
            .arg("command", "omsgate agent-user add NAME --password-stdin")),
        (ClientAuth::Basic, Some(path)) => Users::read(path).map(|u| Some(Arc::new(u))).map_err(|e| e.msg()),
    }
}

/// `client_auth = "basic"`, as the errors name it.
const BASIC: &str = "client_auth = \"basic\"";

/// The `[[identity]]` bindings: each may reach its own `allowed_hosts`, the catalog's
/// hosts for its own workspaces (with the global services, cloud and regions), and
/// `identity_shared_hosts`.
fn identities(keys: &Values, ports: &[u16]) -> Result<Identities, Msg> {
    let allowlist_of = |entry: &IdentityEntry| {
        if matches!(entry.who, crate::policy::Who::User(_)) && keys.client_auth == ClientAuth::Off {
            return Err(msg!("config-user-identity-needs-basic", setting = BASIC));
        }
        if !entry.azure_workspace_ids.is_empty() && keys.services.is_empty() {
            return Err(Msg::new("config-workspaces-need-services")
                .arg("key", "azure_workspace_ids")
                .arg("services", "services"));
        }
        let mut sources = vec![(Origin::File, entry.allowed_hosts.clone())];
        if !entry.azure_workspace_ids.is_empty() {
            for d in derived_for(keys, &entry.azure_workspace_ids)? {
                sources.push((Origin::Derived(d.from), vec![d.entry]));
            }
        }
        sources.push((Origin::Derived("identity_shared_hosts".into()), keys.identity_shared_hosts.clone()));
        Allowlist::from_sources(&sources, ports)
    };
    Identities::new(&keys.identity, allowlist_of)
}

/// The entries the endpoint catalog derives from `services` and the `azure_*` keys.
fn derived(keys: &Values) -> Result<Vec<catalog::Derived>, Msg> {
    derived_for(keys, &keys.azure_workspace_ids)
}

/// [`derived`] for these workspaces (an identity's own).
fn derived_for(keys: &Values, workspaces: &[catalog::Guid]) -> Result<Vec<catalog::Derived>, Msg> {
    let inputs = catalog::Inputs {
        services: &keys.services,
        cloud: keys.azure_cloud,
        regions: &keys.azure_regions,
        workspaces,
        dce_hosts: &keys.azure_dce_hosts,
        automation_accounts: &keys.azure_automation_account_ids,
        arc_gateway: &keys.azure_arc_gateway,
    };
    catalog::derive(&inputs)
}

/// The handshake rules from the TLS keys; a policy that could only refuse every agent
/// is a configuration error rather than an outage.
fn tls_rules(keys: &Values) -> Result<TlsRules, Msg> {
    let rules = TlsRules {
        min_version: keys.min_tls_version,
        sni_policy: keys.sni_policy,
        client_certificate_policy: keys.client_certificate_policy,
        allowed_client_certificates: CertAllowlist::new(&keys.allowed_client_certificates)
            .map_err(|e| e.msg())?,
    };
    if rules.client_certificate_policy != ClientCertPolicy::Off
        && rules.allowed_client_certificates.is_empty()
    {
        return Err(Msg::new("config-client-certificates-empty")
            .arg(
                "setting",
                format!("client_certificate_policy = \"{}\"", rules.client_certificate_policy.config_name()),
            )
            .arg("key", "allowed_client_certificates")
            .arg("command", "omsgate allowed-client-cert add \"CN=...\"")
            .arg("off", "\"off\""));
    }
    Ok(rules)
}
