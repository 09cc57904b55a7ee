//! The relay keys read together into dial's [`Routes`]: `relay_proxy` (with
//! `relay_proxy_username` and `relay_proxy_password_file`) or `relay_proxies` (users in
//! the URLs, passwords in `relay_password_files`), `relay_retry_after`, `relay_bypass`,
//! each `[[relay_route]]`, and `relay_ca_file` for `https://` relays. Passwords are read
//! from their files here, so a missing file fails at start (or reload) rather than at
//! the first tunnel; a relay named in several places is one relay with one breaker.

use std::collections::HashMap;
use std::path::Path;

use super::keys::Values;
use crate::dial::{Credentials, RelayProxy, RelayUrl, Route, Routes, relay_tls};

/// What to fix when a relay answers 407, per the form it was configured in.
const SINGLE_HINT: &str =
    "set relay_proxy_username and relay_proxy_password_file to the credentials the relay expects";
const LISTED_HINT: &str = "check the user in its URL (http://USER@host:port) and its password file in relay_password_files (HOST:PORT=PATH)";

/// The routes the relay keys describe.
pub fn routes(keys: &Values) -> Result<Routes, String> {
    let username = keys.relay_proxy_username.as_str();
    let password_file = keys.relay_proxy_password_file.0.as_deref();
    let mut table = Table::new(keys);
    let default = match (&keys.relay_proxy.0, keys.relay_proxies.is_empty()) {
        (Some(_), false) => {
            return Err("relay_proxy and relay_proxies are both set: relay_proxy is the one-relay form of relay_proxies; keep one (e.g. relay_proxies = [\"http://a:3128\", \"http://b:3128\"] and unset relay_proxy)".into());
        }
        (Some(url), true) => {
            if url.user.is_some() {
                return Err(format!(
                    "relay_proxy = \"{url}\": its user goes in relay_proxy_username (the user@ form is for relay_proxies)"
                ));
            }
            let credentials = single_credentials(username, password_file)?;
            table.add(RelayProxy::new(url.clone(), credentials, SINGLE_HINT))?;
            Route::Relays(Box::new([0]))
        }
        (None, listed) => {
            if !username.is_empty() || password_file.is_some() {
                return Err("relay_proxy_username/relay_proxy_password_file are set but relay_proxy is empty; set relay_proxy = \"http://host:port\" or clear them".into());
            }
            match listed {
                true => Route::Direct,
                false => table.route("relay_proxies", &keys.relay_proxies)?,
            }
        }
    };
    let mut rules = Vec::new();
    for (i, r) in keys.relay_route.iter().enumerate() {
        let route = table.route(&format!("relay_route {}", i + 1), &r.relay)?;
        rules.push((r.hosts.clone(), route));
    }
    table.unused_password_files()?;
    let tls = match table.relays.iter().any(|r| r.url.tls) {
        true => Some(relay_tls::client_config(keys.relay_ca_file.0.as_deref())?),
        false => None,
    };
    Routes::new(table.relays, default, keys.relay_bypass.clone(), rules, keys.relay_retry_after, tls)
        .map_err(|e| format!("relay_bypass/relay_route: {e}"))
}

/// The relays met so far, each once, and the password files they may use.
struct Table<'a> {
    relays: Vec<RelayProxy>,
    /// `host:port` → index in `relays`.
    index: HashMap<String, u16>,
    keys: &'a Values,
    used_files: Vec<bool>,
}

impl<'a> Table<'a> {
    fn new(keys: &'a Values) -> Table<'a> {
        Table {
            relays: Vec::new(),
            index: HashMap::new(),
            keys,
            used_files: vec![false; keys.relay_password_files.len()],
        }
    }

    fn add(&mut self, relay: RelayProxy) -> Result<u16, String> {
        let i = u16::try_from(self.relays.len()).map_err(|_| "too many relay proxies")?;
        self.index.insert(relay.url.address.to_string(), i);
        self.relays.push(relay);
        Ok(i)
    }

    /// The route through `urls` (from `key`), each relay added once: a relay written
    /// in two places must be written alike (one relay, one breaker, one password).
    fn route(&mut self, key: &str, urls: &[RelayUrl]) -> Result<Route, String> {
        let mut list = Vec::with_capacity(urls.len());
        for url in urls {
            let at = url.address.to_string();
            let i = match self.index.get(&at) {
                Some(&i) if self.relays[usize::from(i)].url == *url => i,
                Some(&i) => {
                    return Err(format!(
                        "{key}: the relay {at} is written \"{url}\" here and \"{}\" elsewhere; write it alike everywhere",
                        self.relays[usize::from(i)].url
                    ));
                }
                None => {
                    let credentials = self.listed_credentials(url)?;
                    self.add(RelayProxy::new(url.clone(), credentials, LISTED_HINT))?
                }
            };
            if list.contains(&i) {
                return Err(format!("{key}: the relay {at} is listed twice"));
            }
            list.push(i);
        }
        Ok(Route::Relays(list.into()))
    }

    /// A listed relay's credentials: the user from its URL, the password from its
    /// entry in `relay_password_files` (none: an empty password).
    fn listed_credentials(&mut self, url: &RelayUrl) -> Result<Option<Credentials>, String> {
        let entry = self.keys.relay_password_files.iter().position(|f| f.relay == url.address);
        let Some(user) = &url.user else {
            return match entry {
                Some(_) => Err(format!(
                    "relay_password_files has a file for {} but its URL names no user: write {}://USER@{}",
                    url.address,
                    url.scheme(),
                    url.address
                )),
                None => Ok(None),
            };
        };
        let password = match entry {
            Some(i) => {
                self.used_files[i] = true;
                let path = &self.keys.relay_password_files[i].path;
                not_world_readable("relay_password_files", path)?;
                read_password("relay_password_files", path)?
            }
            None => String::new(),
        };
        Ok(Some(Credentials::new(user.clone(), password)))
    }

    /// A password file for no relay is a typo (or a relay removed and its file left).
    fn unused_password_files(&self) -> Result<(), String> {
        match self.used_files.iter().position(|used| !used) {
            Some(i) => Err(format!(
                "relay_password_files names {}, which is in no relay_proxies or relay_route",
                self.keys.relay_password_files[i].relay
            )),
            None => Ok(()),
        }
    }
}

/// `relay_proxy`'s credentials from `relay_proxy_username` and its password file.
fn single_credentials(username: &str, password_file: Option<&Path>) -> Result<Option<Credentials>, String> {
    Ok(match (username, password_file) {
        ("", None) => None,
        ("", Some(_)) => return Err("relay_proxy_password_file is set without relay_proxy_username".into()),
        (user, None) => Some(Credentials::new(user.to_string(), String::new())),
        (user, Some(path)) => {
            Some(Credentials::new(user.to_string(), read_password("relay_proxy_password_file", path)?))
        }
    })
}

/// A password file every user may read is refused: 0600, or 0640 with the service's
/// group (as `relay-proxy add --password-stdin` writes it). (`relay_proxy_password_file`
/// is not held to it: configs written before this check would stop loading.)
fn not_world_readable(key: &str, path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| format!("{key}: {:?} cannot be read: {e}", path.display()))?
        .permissions()
        .mode();
    match mode & 0o007 {
        0 => Ok(()),
        _ => Err(format!(
            "{key}: {:?} is readable by every user (mode {:04o}): chmod 0600 it (or 0640 with the service's group)",
            path.display(),
            mode & 0o7777
        )),
    }
}

/// A password file's first line (one trailing newline dropped).
fn read_password(key: &str, path: &Path) -> Result<String, String> {
    let password = std::fs::read_to_string(path)
        .map_err(|e| format!("{key}: {:?} cannot be read: {e}", path.display()))?;
    let password = password.strip_suffix('\n').unwrap_or(&password);
    let password = password.strip_suffix('\r').unwrap_or(password);
    Ok(password.to_string())
}

#[cfg(test)]
mod tests;
