//! The editing commands: the counterparts of the original's cmdlets
//! (`Get/Set-OMSGatewayConfig`, `*-OMSGatewayAllowedHost`, `*-OMSGatewayRelayProxy`,
//! `*-OMSGatewayAllowedClientCertificate`). Each validates, writes atomically, keeps
//! comments (`config::edit`), then tells running gateways on that file to reload.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::edit::{self as editing, EditError, Editor};
use crate::config::types::{KeyType, RelayPasswordFile, RelayRoute, shown};
use crate::config::{self, keys};
use crate::dial::{RelayUrl, Route};
use crate::lang::Msg;
use crate::{msg, t};

use crate::accept::control;

/// A relay's Basic credentials as `relay-proxy set` and `add` take them.
#[derive(Debug, Clone, clap::Args)]
pub struct RelayCredentials {
    /// Basic-auth user for the relay (omit for none; `add` also takes USER@ in the URL).
    #[arg(long)]
    pub username: Option<String>,
    /// Read the password from standard input (stored beside the config: mode 0640, the
    /// config's group).
    #[arg(long, conflicts_with = "password_file")]
    pub password_stdin: bool,
    /// Read the password from this file (at start and reload).
    #[arg(long)]
    pub password_file: Option<PathBuf>,
}

/// What an editing command asked for.
#[derive(Debug, Clone)]
pub enum Edit {
    ConfigGet { key: Option<String>, json: bool },
    ConfigKeys { markdown: bool },
    ConfigSet(String, String),
    ConfigUnset(String),
    HostList { all: bool },
    HostAdd(String),
    HostRemove(String),
    CertList,
    CertAdd(String),
    CertRemove(String),
    RelayGet,
    RelaySet { address: String, credentials: RelayCredentials },
    RelayClear,
    RelayAdd { url: String, credentials: RelayCredentials },
    RelayRemove(String),
    Reload,
}

/// Runs one editing command against `config` (the path the gateway reads).
pub fn run(edit: Edit, config: &Path) -> ExitCode {
    match execute(edit, config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", t!("edit-failed", error = e.local(), event = e.event_id().to_string()));
            ExitCode::from(if e.event_id() == crate::events::WRONG_CONFIGURATION { 2 } else { 1 })
        }
    }
}

const HOSTS: &str = "allowed_hosts";
const CERTS: &str = "allowed_client_certificates";

fn execute(edit: Edit, path: &Path) -> Result<(), EditError> {
    match edit {
        Edit::ConfigGet { key, json } => config_get(path, key.as_deref(), json),
        Edit::ConfigKeys { markdown } => {
            config_keys(markdown);
            Ok(())
        }
        Edit::ConfigSet(key, value) => {
            change(path, msg!("edit-key-set", key = &key), |e| e.set(&key, &value))
        }
        Edit::ConfigUnset(key) => change(path, msg!("edit-key-unset", key = &key), |e| e.unset(&key)),
        Edit::HostList { all } => host_list(path, all),
        Edit::HostAdd(host) => {
            crate::policy::Allowlist::check_entry(&host).map_err(|e| EditError::bad_value_of(HOSTS, e))?;
            change(path, msg!("edit-host-added", host = &host), |e| e.add(HOSTS, &host).map(drop))
        }
        Edit::HostRemove(host) => change(path, msg!("edit-host-removed", host = &host), |e| {
            e.remove(HOSTS, &host, "allowed-host list --all")
        }),
        Edit::CertList => {
            editing::read_list(path, CERTS)?.iter().for_each(|c| say!("{c}"));
            Ok(())
        }
        Edit::CertAdd(subject) => {
            change(path, msg!("edit-cert-added", subject = format!("{subject:?}")), |e| {
                e.add(CERTS, &subject).map(drop)
            })
        }
        Edit::CertRemove(subject) => {
            change(path, msg!("edit-cert-removed", subject = format!("{subject:?}")), |e| {
                e.remove(CERTS, &subject, "allowed-client-cert list")
            })
        }
        Edit::RelayGet => relay_get(path),
        Edit::RelaySet {
            address,
            credentials: RelayCredentials { username, password_stdin, password_file },
        } => {
            let password = password_stdin.then(read_password).transpose()?;
            change(path, msg!("edit-relay-set", address = &address), |e| {
                let password_file = match password {
                    Some(p) => Some(e.put_secret(PASSWORD_FILE, p.into_bytes())),
                    None => password_file,
                };
                // The one relay the original had: any list of relays is replaced.
                e.unset(LISTED)?;
                e.set("relay_proxy", &address)?;
                match &username {
                    Some(u) => e.set("relay_proxy_username", u)?,
                    None => e.unset("relay_proxy_username")?,
                }
                match &password_file {
                    Some(f) => e.set("relay_proxy_password_file", &f.display().to_string())?,
                    None => e.unset("relay_proxy_password_file")?,
                }
                prune_password_files(e)
            })
        }
        Edit::RelayClear => change(path, msg!("edit-relays-cleared"), |e| {
            e.unset("relay_proxy")?;
            e.unset("relay_proxy_username")?;
            e.unset("relay_proxy_password_file")?;
            e.unset(LISTED)?;
            prune_password_files(e)
        }),
        Edit::RelayAdd { url, credentials: RelayCredentials { username, password_stdin, password_file } } => {
            let url = listed_url(&url, username.as_deref())?;
            let password = password_stdin.then(read_password).transpose()?;
            let done = msg!("edit-relay-added", url = url.to_string());
            change(path, done, |e| relay_add(e, &url, password, password_file))
        }
        Edit::RelayRemove(which) => {
            change(path, msg!("edit-relay-removed", relay = &which), |e| relay_remove(e, &which))
        }
        Edit::Reload => match tell_running(path)? {
            0 => Err(EditError::NotRunning(
                Msg::new("edit-reload-nothing")
                    .arg("path", path.display().to_string())
                    .arg("flag", "--config"),
            )),
            _ => Ok(()),
        },
    }
}

/// Edit, validate, write, reload — the shape of every changing command. `done` says
/// what was done; it gets the file as `$path`.
fn change(
    path: &Path,
    done: Msg,
    apply: impl FnOnce(&mut Editor) -> Result<(), EditError>,
) -> Result<(), EditError> {
    let mut editor = Editor::open(path)?;
    apply(&mut editor)?;
    editor.save()?;
    say!("{}", done.arg("path", path.display().to_string()).local());
    tell_running(path).map(drop)
}

/// Asks the gateways serving `path` to reload and says what each answered; how many
/// reloaded (a draining gateway takes no reload and is not counted), or the refusal
/// when one refused the file.
pub(crate) fn tell_running(path: &Path) -> Result<usize, EditError> {
    let answers = control::ask_all(path, "reload");
    if answers.is_empty() {
        say!("{}", t!("edit-no-gateway", path = path.display().to_string()));
    }
    let mut refused = Vec::new();
    let mut reloaded = 0;
    for a in &answers {
        // `ok 110 message`, `error 401 message` or `draining 100 message`
        // The gateway's answer is its own (English) text, shown as it is.
        let (verdict, event, message) = a.parts();
        let pid = a.pid.to_string();
        match verdict {
            "ok" => {
                reloaded += 1;
                say!("{}", t!("edit-reloaded", pid = pid, message = message, event = event));
            }
            "draining" => say!("{}", t!("edit-reload-draining", pid = pid, message = message)),
            _ => refused.push(msg!("edit-reload-refused", pid = pid, event = event, message = message)),
        }
    }
    match refused.is_empty() {
        true => Ok(reloaded),
        false => Err(EditError::NotApplied(refused)),
    }
}

fn load(path: &Path) -> Result<config::Settings, EditError> {
    let explicit = path.exists().then_some(path);
    // A ConfigError: English in Display, the operator's language at the terminal.
    config::load(explicit).map_err(|e| EditError::Invalid(e.as_msg().into()))
}

/// `config get [KEY]`: values as the key table types them (defaults filled in), as
/// TOML text or JSON.
fn config_get(path: &Path, key: Option<&str>, json: bool) -> Result<(), EditError> {
    let settings = load(path)?;
    let chosen: Vec<&keys::Key> = match key {
        Some(name) => vec![keys::find(name).map_err(|e| EditError::UnknownKey(e.local()))?],
        None => keys::KEYS.iter().collect(),
    };
    let value = |k: &keys::Key| (k.value)(&settings.keys);
    match (json, key) {
        (false, Some(_)) => chosen.iter().for_each(|k| say!("{}", shown(&value(k)))),
        (false, None) => chosen.iter().for_each(|k| say!("{} = {}", k.name, shown(&value(k)))),
        (true, Some(_)) => chosen.iter().for_each(|k| say!("{}", json_of(&value(k)))),
        (true, None) => {
            let all: serde_json::Map<String, serde_json::Value> =
                chosen.iter().map(|k| (k.name.to_string(), json_of(&value(k)))).collect();
            say!("{}", serde_json::Value::Object(all));
        }
    }
    Ok(())
}

/// `config keys`: the key table, as text or as the README's Markdown.
fn config_keys(markdown: bool) {
    if markdown {
        say!("{}", keys::markdown().trim_end());
        return;
    }
    // Each key's meaning stays English: it documents an English config key, as the
    // README's table does.
    let (reload, restart) = (t!("edit-applies-reload"), t!("edit-applies-restart"));
    let width = super::format::columns(&reload).max(super::format::columns(&restart)).max(8);
    for k in keys::KEYS {
        let applies = match k.applies {
            keys::Applies::Reload => &reload,
            keys::Applies::Restart => &restart,
        };
        say!(
            "{}",
            Msg::new("edit-key-row")
                .arg("key", format!("{:<28}", k.name))
                .arg("applies", super::format::pad(applies, width))
                .arg("default", k.default_text().replace('`', ""))
                .arg("meaning", k.meaning())
                .local()
        );
    }
}

/// A TOML value as JSON (the key table's values are strings, numbers, booleans and lists).
fn json_of(value: &toml_edit::Value) -> serde_json::Value {
    use toml_edit::Value as V;
    match value {
        V::String(s) => s.value().clone().into(),
        V::Integer(n) => (*n.value()).into(),
        V::Float(f) => (*f.value()).into(),
        V::Boolean(b) => (*b.value()).into(),
        V::Array(a) => a.iter().map(json_of).collect(),
        other => shown(other).into(),
    }
}

fn host_list(path: &Path, all: bool) -> Result<(), EditError> {
    if !all {
        editing::read_list(path, HOSTS)?.iter().for_each(|h| say!("{h}"));
        return Ok(());
    }
    let settings = load(path)?;
    let list = &settings.allowlist;
    let width = list.entries().iter().map(|e| e.len()).max().unwrap_or(0);
    for entry in list.views() {
        say!("{:<width$}  # {}", entry.text, explained(&entry, list.default_ports()));
    }
    Ok(())
}

/// An entry's origin, how it was read and its ports, in words, in the operator's
/// language (for the terminal: `check`, `allowed-host list --all`, `explain`).
pub fn explained(entry: &crate::policy::EntryView<'_>, default_ports: &[u16]) -> String {
    use crate::policy::explain::{origin, reading};
    let ports = match entry.port {
        Some(p) => msg!("edit-entry-port", port = p.to_string()),
        None => msg!("edit-entry-ports", ports = format!("{default_ports:?}"), key = "allowed_ports"),
    };
    t!("edit-entry", origin = origin(entry.origin), reading = reading(entry.reading), ports = ports)
}

/// `relay-proxy get`: every relay in force, in the order tunnels try them, with where
/// its password comes from (never the password), then the bypass and per-host rules.
fn relay_get(path: &Path) -> Result<(), EditError> {
    let settings = load(path)?;
    let routes = &settings.routes;
    let keys = &settings.keys;
    if !routes.uses_relays() {
        say!("{}", t!("edit-relay-none"));
        return Ok(());
    }
    let password_of = |url: &RelayUrl| -> String {
        let file = match &keys.relay_proxy.0 {
            Some(single) if single == url => keys.relay_proxy_password_file.0.clone(),
            _ => keys.relay_password_files.iter().find(|f| f.relay == url.address).map(|f| f.path.clone()),
        };
        match file {
            Some(f) => t!("edit-relay-password-file", file = f.display().to_string()),
            None => t!("edit-relay-no-password"),
        }
    };
    let describe = |relay: &crate::dial::RelayProxy| -> String {
        let url = relay.url.to_string();
        match &relay.credentials {
            Some(c) => Msg::new("edit-relay-credentials")
                .arg("url", url)
                .arg("user", &c.username)
                .arg("password", password_of(&relay.url))
                .local(),
            None => t!("edit-relay-no-credentials", url = url),
        }
    };
    match routes.default_route() {
        Route::Direct => say!("{}", t!("edit-relay-default-direct", single = "relay_proxy", listed = LISTED)),
        route => {
            let key = if keys.relay_proxy.0.is_some() { "relay_proxy" } else { LISTED };
            say!("{}", t!("edit-relay-default", key = key));
            for (i, relay) in routes.relays_of(route).enumerate() {
                say!("  {}. {}", i + 1, describe(relay));
            }
        }
    }
    if !keys.relay_bypass.is_empty() {
        say!("{}", t!("edit-relay-bypass", key = "relay_bypass", hosts = keys.relay_bypass.join(", ")));
    }
    for (i, r) in keys.relay_route.iter().enumerate() {
        let number = (i + 1).to_string();
        say!("{}", t!("edit-relay-route", key = "relay_route", number = number, hosts = r.hosts.join(", ")));
        for (n, url) in r.relay.iter().enumerate() {
            if let Some(relay) = routes.relays().iter().find(|p| &p.url == url) {
                say!("  {}. {}", n + 1, describe(relay));
            }
        }
    }
    let duration = config::duration::format(keys.relay_retry_after);
    say!("{}", t!("edit-relay-retry", key = "relay_retry_after", duration = duration));
    if routes.tls.is_some() {
        match &keys.relay_ca_file.0 {
            Some(f) => say!("{}", t!("edit-relay-ca-file", file = f.display().to_string())),
            None => say!("{}", t!("edit-relay-ca-system")),
        }
    }
    Ok(())
}

/// `relay_proxies`, the list form.
const LISTED: &str = "relay_proxies";
/// Each listed relay's password file, `HOST:PORT=PATH`.
const PASSWORD_FILES: &str = "relay_password_files";

/// The relay to add as written, with `--username` as its user.
fn listed_url(text: &str, username: Option<&str>) -> Result<RelayUrl, EditError> {
    let mut url = RelayUrl::parse(text).map_err(|e| EditError::bad_value_of(LISTED, e))?;
    match (&url.user, username) {
        (Some(a), Some(b)) if a != b => {
            let both = Msg::new("edit-relay-two-users")
                .arg("url", url.to_string())
                .arg("user", a)
                .arg("flag", "--username")
                .arg("username", b);
            return Err(EditError::bad_value_of(LISTED, both));
        }
        (_, Some(u)) => url.user = Some(u.to_string()),
        _ => {}
    }
    Ok(url)
}

/// `relay-proxy add`: appends `url` to `relay_proxies` (a `relay_proxy` there before
/// becomes the first of the list, with its credentials), and records its password file.
fn relay_add(
    e: &mut Editor,
    url: &RelayUrl,
    password: Option<String>,
    password_file: Option<PathBuf>,
) -> Result<(), EditError> {
    if let Some(single) = e.typed::<crate::config::types::RelayAddress>("relay_proxy")?.and_then(|a| a.0) {
        let user = e.typed::<String>("relay_proxy_username")?.filter(|u| !u.is_empty());
        let file =
            e.typed::<crate::config::types::OptionalPath>("relay_proxy_password_file")?.and_then(|f| f.0);
        let first = RelayUrl { user, ..single };
        e.unset("relay_proxy")?;
        e.unset("relay_proxy_username")?;
        e.unset("relay_proxy_password_file")?;
        e.add(LISTED, &first.to_string())?;
        if let Some(file) = file {
            set_password_file(e, &first, &file)?;
        }
    }
    let listed = e.typed::<Vec<RelayUrl>>(LISTED)?.unwrap_or_default();
    if listed.iter().any(|r| r.address == url.address) {
        let address = url.address.to_string();
        return Err(EditError::bad(msg!("edit-relay-listed-already", key = LISTED, address = address)));
    }
    e.add(LISTED, &url.to_string())?;
    let file = match password {
        Some(p) => {
            let name =
                format!("relay-proxy.{}.password", url.address.to_string().replace([':', '[', ']'], "_"));
            Some(e.put_secret(&name, p.into_bytes()))
        }
        None => password_file,
    };
    match file {
        Some(_) if url.user.is_none() => {
            let address = url.address.to_string();
            let example = format!("http://USER@{address}");
            let without = msg!("edit-relay-password-without-user", address = address, flag = "--username");
            Err(EditError::bad(without.arg("url", example)))
        }
        Some(f) => set_password_file(e, url, &f),
        None => Ok(()),
    }
}

/// `relay-proxy remove HOST:PORT` (or its URL): out of `relay_proxies` (or `relay_proxy`),
/// with its password file entry unless a `relay_route` still uses it.
fn relay_remove(e: &mut Editor, which: &str) -> Result<(), EditError> {
    let address = RelayUrl::parse(which).map_err(EditError::bad)?.address;
    let single = e.typed::<crate::config::types::RelayAddress>("relay_proxy")?.and_then(|a| a.0);
    if single.is_some_and(|s| s.address == address) {
        e.unset("relay_proxy")?;
        e.unset("relay_proxy_username")?;
        e.unset("relay_proxy_password_file")?;
        return Ok(());
    }
    let listed = e.typed::<Vec<RelayUrl>>(LISTED)?.unwrap_or_default();
    let Some(url) = listed.iter().find(|r| r.address == address) else {
        return Err(EditError::NotListed {
            key: LISTED.into(),
            value: which.into(),
            list: "relay-proxy get",
        });
    };
    e.remove(LISTED, &url.to_string(), "relay-proxy get")?;
    if listed.len() == 1 {
        e.unset(LISTED)?;
    }
    prune_password_files(e)
}

/// Records `file` as `url`'s password file, replacing an older entry for it.
fn set_password_file(e: &mut Editor, url: &RelayUrl, file: &Path) -> Result<(), EditError> {
    e.retain(PASSWORD_FILES, |entry| {
        RelayPasswordFile::from_toml(&entry.into()).is_ok_and(|f| f.relay != url.address)
    })?;
    e.add(PASSWORD_FILES, &format!("{}={}", url.address, file.display())).map(drop)
}

/// Drops the password file entries of relays no longer named anywhere (the files stay).
fn prune_password_files(e: &mut Editor) -> Result<(), EditError> {
    let Some(entries) = e.typed::<Vec<RelayPasswordFile>>(PASSWORD_FILES)? else { return Ok(()) };
    let listed = e.typed::<Vec<RelayUrl>>(LISTED)?.unwrap_or_default();
    let routes = e.typed::<Vec<RelayRoute>>("relay_route")?.unwrap_or_default();
    let named = |f: &RelayPasswordFile| {
        listed.iter().chain(routes.iter().flat_map(|r| &r.relay)).any(|u| u.address == f.relay)
    };
    if entries.iter().all(|f| !named(f)) {
        return e.unset(PASSWORD_FILES);
    }
    e.retain(PASSWORD_FILES, |entry| RelayPasswordFile::from_toml(&entry.into()).is_ok_and(|f| named(&f)))
}

/// The file `relay-proxy set --password-stdin` stores the password in, beside the config.
const PASSWORD_FILE: &str = "relay-proxy.password";

/// One line from stdin: the relay proxy password, as `--password-stdin` takes it.
fn read_password() -> Result<String, EditError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|error| EditError::Io { path: "stdin".into(), error })?;
    Ok(format!("{}\n", line.trim_end_matches(['\n', '\r'])))
}
