//! The editing commands: the counterparts of the original's cmdlets
//! (`Get/Set-OMSGatewayConfig`, `*-OMSGatewayAllowedHost`, `*-OMSGatewayRelayProxy`,
//! `*-OMSGatewayAllowedClientCertificate`). Each validates, writes atomically, keeps
//! comments (`config::edit`), then tells running gateways on that file to reload.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::edit::{self as editing, EditError, Editor};
use crate::config::types::shown;
use crate::config::{self, keys};
use crate::dial::Route;

use crate::accept::control;

/// What an editing command asked for.
#[derive(Debug, Clone)]
pub enum Edit {
    ConfigGet {
        key: Option<String>,
        json: bool,
    },
    ConfigKeys {
        markdown: bool,
    },
    ConfigSet(String, String),
    ConfigUnset(String),
    HostList {
        all: bool,
    },
    HostAdd(String),
    HostRemove(String),
    CertList,
    CertAdd(String),
    CertRemove(String),
    RelayGet,
    RelaySet {
        address: String,
        username: Option<String>,
        password_stdin: bool,
        password_file: Option<PathBuf>,
    },
    RelayClear,
    Reload,
}

/// Runs one editing command against `config` (the path the gateway reads).
pub fn run(edit: Edit, config: &Path) -> ExitCode {
    match execute(edit, config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("omsgate: {e} (event {})", e.event_id());
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
        Edit::ConfigSet(key, value) => change(path, &format!("{key} set"), |e| e.set(&key, &value)),
        Edit::ConfigUnset(key) => change(path, &format!("{key} back to its default"), |e| e.unset(&key)),
        Edit::HostList { all } => host_list(path, all),
        Edit::HostAdd(host) => {
            crate::policy::Allowlist::check_entry(&host)
                .map_err(|e| EditError::BadValue(format!("{HOSTS}: {e}")))?;
            change(path, &format!("allowed host {host} added"), |e| e.add(HOSTS, &host).map(drop))
        }
        Edit::HostRemove(host) => change(path, &format!("allowed host {host} removed"), |e| {
            e.remove(HOSTS, &host, "allowed-host list --all")
        }),
        Edit::CertList => {
            editing::read_list(path, CERTS)?.iter().for_each(|c| say!("{c}"));
            Ok(())
        }
        Edit::CertAdd(subject) => {
            change(path, &format!("client certificate subject {subject:?} added"), |e| {
                e.add(CERTS, &subject).map(drop)
            })
        }
        Edit::CertRemove(subject) => {
            change(path, &format!("client certificate subject {subject:?} removed"), |e| {
                e.remove(CERTS, &subject, "allowed-client-cert list")
            })
        }
        Edit::RelayGet => relay_get(path),
        Edit::RelaySet { address, username, password_stdin, password_file } => {
            let password = password_stdin.then(read_password).transpose()?;
            change(path, &format!("relay proxy set to {address}"), |e| {
                let password_file = match password {
                    Some(p) => Some(e.put_secret(PASSWORD_FILE, p.into_bytes())),
                    None => password_file,
                };
                e.set("relay_proxy", &address)?;
                match &username {
                    Some(u) => e.set("relay_proxy_username", u)?,
                    None => e.unset("relay_proxy_username")?,
                }
                match &password_file {
                    Some(f) => e.set("relay_proxy_password_file", &f.display().to_string()),
                    None => e.unset("relay_proxy_password_file"),
                }
            })
        }
        Edit::RelayClear => change(path, "relay proxy cleared; tunnels connect directly", |e| {
            e.set("relay_proxy", "")?;
            e.unset("relay_proxy_username")?;
            e.unset("relay_proxy_password_file")
        }),
        Edit::Reload => match tell_running(path)? {
            0 => Err(EditError::NotRunning(format!(
                "no running gateway serves {}: nothing to reload (is it started, and with this --config?)",
                path.display()
            ))),
            _ => Ok(()),
        },
    }
}

/// Edit, validate, write, reload — the shape of every changing command.
fn change(
    path: &Path,
    what: &str,
    apply: impl FnOnce(&mut Editor) -> Result<(), EditError>,
) -> Result<(), EditError> {
    let mut editor = Editor::open(path)?;
    apply(&mut editor)?;
    editor.save()?;
    say!("{what} in {}", path.display());
    tell_running(path).map(drop)
}

/// Asks the gateways serving `path` to reload and says what each answered; how many
/// answered, or the refusal when one refused the file.
pub(crate) fn tell_running(path: &Path) -> Result<usize, EditError> {
    let answers = control::ask_all(path, "reload");
    if answers.is_empty() {
        say!("no running gateway serves {}; the change applies when it starts", path.display());
    }
    let mut refused = Vec::new();
    for a in &answers {
        // `ok 110 message` or `error 401 message`
        let mut parts = a.line.splitn(3, ' ');
        let (verdict, event, message) =
            (parts.next(), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        match verdict {
            Some("ok") => say!("told running gateway (pid {}) to reload: {message} (event {event})", a.pid),
            _ => refused.push(format!(
                "the running gateway (pid {}) did not apply it (event {event}): {message}",
                a.pid
            )),
        }
    }
    match refused.is_empty() {
        true => Ok(answers.len()),
        false => Err(EditError::NotApplied(refused.join("; "))),
    }
}

fn load(path: &Path) -> Result<config::Settings, EditError> {
    let explicit = path.exists().then_some(path);
    config::load(explicit).map_err(|e| EditError::Invalid(e.to_string()))
}

/// `config get [KEY]`: values as the key table types them (defaults filled in), as
/// TOML text or JSON.
fn config_get(path: &Path, key: Option<&str>, json: bool) -> Result<(), EditError> {
    let settings = load(path)?;
    let chosen: Vec<&keys::Key> = match key {
        Some(name) => vec![keys::find(name).map_err(EditError::UnknownKey)?],
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
    for k in keys::KEYS {
        let applies = match k.applies {
            keys::Applies::Reload => "reload",
            keys::Applies::Restart => "restart",
        };
        say!(
            "{:<28} {:<8} default {}  — {}",
            k.name,
            applies,
            k.default_text().replace('`', ""),
            k.meaning()
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

/// An entry's origin, how it was read and its ports, in words.
pub fn explained(entry: &crate::policy::EntryView<'_>, default_ports: &[u16]) -> String {
    let ports = match entry.port {
        Some(p) => format!("port {p} only"),
        None => format!("ports {:?} (allowed_ports)", default_ports),
    };
    format!("{}: {}; {ports}", entry.origin, entry.reading)
}

fn relay_get(path: &Path) -> Result<(), EditError> {
    let settings = load(path)?;
    match &settings.route {
        Route::Direct => say!("no relay proxy: tunnels connect directly"),
        Route::RelayProxy(r) => {
            say!("address: {r}");
            match &r.credentials {
                Some(c) => say!("username: {}", c.username),
                None => say!("username: (none)"),
            }
            if let Some(f) = &settings.keys.relay_proxy_password_file.0 {
                say!("password: (set; read from {})", f.display());
            }
        }
    }
    Ok(())
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
