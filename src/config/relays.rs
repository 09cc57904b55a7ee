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
use crate::lang::Msg;
use crate::msg;

/// What to fix when a relay answers 407, per the form it was configured in.
const SINGLE_HINT: &str =
    "set relay_proxy_username and relay_proxy_password_file to the credentials the relay expects";
const LISTED_HINT: &str = "check the user in its URL (http://USER@host:port) and its password file in relay_password_files (HOST:PORT=PATH)";

/// The routes the relay keys describe.
pub fn routes(keys: &Values) -> Result<Routes, Msg> {
    let username = keys.relay_proxy_username.as_str();
    let password_file = keys.relay_proxy_password_file.0.as_deref();
    let mut table = Table::new(keys);
    let default = match (&keys.relay_proxy.0, keys.relay_proxies.is_empty()) {
        (Some(_), false) => {
            return Err(Msg::new("config-relay-proxy-and-proxies")
                .arg("single", "relay_proxy")
                .arg("listed", "relay_proxies")
                .arg("example", "relay_proxies = [\"http://a:3128\", \"http://b:3128\"]"));
        }
        (Some(url), true) => {
            if url.user.is_some() {
                return Err(Msg::new("config-relay-proxy-with-user")
                    .arg("setting", format!("relay_proxy = \"{url}\""))
                    .arg("key", "relay_proxy_username")
                    .arg("form", "user@")
                    .arg("listed", "relay_proxies"));
            }
            let credentials = single_credentials(username, password_file)?;
            table.add(RelayProxy::new(url.clone(), credentials, SINGLE_HINT))?;
            Route::Relays(Box::new([0]))
        }
        (None, listed) => {
            if !username.is_empty() || password_file.is_some() {
                return Err(Msg::new("config-relay-credentials-without-proxy")
                    .arg("keys", "relay_proxy_username/relay_proxy_password_file")
                    .arg("key", "relay_proxy")
                    .arg("setting", "relay_proxy = \"http://host:port\""));
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
        .map_err(|e| msg!("config-key-problem", key = "relay_bypass/relay_route", problem = e))
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

    fn add(&mut self, relay: RelayProxy) -> Result<u16, Msg> {
        let i = u16::try_from(self.relays.len()).map_err(|_| msg!("config-too-many-relays"))?;
        self.index.insert(relay.url.address.to_string(), i);
        self.relays.push(relay);
        Ok(i)
    }

    /// The route through `urls` (from `key`), each relay added once: a relay written
    /// in two places must be written alike (one relay, one breaker, one password).
    fn route(&mut self, key: &str, urls: &[RelayUrl]) -> Result<Route, Msg> {
        let mut list = Vec::with_capacity(urls.len());
        for url in urls {
            let at = url.address.to_string();
            let i = match self.index.get(&at) {
                Some(&i) if self.relays[usize::from(i)].url == *url => i,
                Some(&i) => {
                    return Err(Msg::new("config-relay-written-differently")
                        .arg("key", key)
                        .arg("relay", at)
                        .arg("here", format!("\"{url}\""))
                        .arg("elsewhere", format!("\"{}\"", self.relays[usize::from(i)].url)));
                }
                None => {
                    let credentials = self.listed_credentials(url)?;
                    self.add(RelayProxy::new(url.clone(), credentials, LISTED_HINT))?
                }
            };
            if list.contains(&i) {
                let twice = msg!("config-relay-listed-twice", relay = at);
                return Err(msg!("config-key-problem", key = key, problem = twice));
            }
            list.push(i);
        }
        Ok(Route::Relays(list.into()))
    }

    /// A listed relay's credentials: the user from its URL, the password from its
    /// entry in `relay_password_files` (none: an empty password).
    fn listed_credentials(&mut self, url: &RelayUrl) -> Result<Option<Credentials>, Msg> {
        let entry = self.keys.relay_password_files.iter().position(|f| f.relay == url.address);
        let Some(user) = &url.user else {
            return match entry {
                Some(_) => Err(Msg::new("config-password-file-without-user")
                    .arg("key", "relay_password_files")
                    .arg("relay", url.address.to_string())
                    .arg("url", format!("{}://USER@{}", url.scheme(), url.address))),
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
    fn unused_password_files(&self) -> Result<(), Msg> {
        match self.used_files.iter().position(|used| !used) {
            Some(i) => Err(Msg::new("config-password-file-for-no-relay")
                .arg("key", "relay_password_files")
                .arg("relay", self.keys.relay_password_files[i].relay.to_string())
                .arg("listed", "relay_proxies")
                .arg("routes", "relay_route")),
            None => Ok(()),
        }
    }
}

/// `relay_proxy`'s credentials from `relay_proxy_username` and its password file.
fn single_credentials(username: &str, password_file: Option<&Path>) -> Result<Option<Credentials>, Msg> {
    Ok(match (username, password_file) {
        ("", None) => None,
        ("", Some(_)) => {
            return Err(Msg::new("config-password-file-without-username")
                .arg("key", "relay_proxy_password_file")
                .arg("username", "relay_proxy_username"));
        }
        (user, None) => Some(Credentials::new(user.to_string(), String::new())),
        (user, Some(path)) => {
            Some(Credentials::new(user.to_string(), read_password("relay_proxy_password_file", path)?))
        }
    })
}

/// A password file every user may read is refused: 0600, or 0640 with the service's
/// group (as `relay-proxy add --password-stdin` writes it). (`relay_proxy_password_file`
/// is not held to it: configs written before this check would stop loading.)
fn not_world_readable(key: &str, path: &Path) -> Result<(), Msg> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).map_err(|e| cannot_read(key, path, &e))?.permissions().mode();
    match mode & 0o007 {
        0 => Ok(()),
        _ => Err(Msg::new("config-password-file-readable-by-all")
            .arg("key", key)
            .arg("path", format!("{:?}", path.display()))
            .arg("mode", format!("{:04o}", mode & 0o7777))
            .arg("private", "chmod 0600")
            .arg("group", "0640")),
    }
}

/// `key: "path" cannot be read: why`.
fn cannot_read(key: &str, path: &Path, e: &std::io::Error) -> Msg {
    msg!("config-file-unreadable", key = key, path = format!("{:?}", path.display()), error = e.to_string())
}

/// A password file's first line (one trailing newline dropped).
fn read_password(key: &str, path: &Path) -> Result<String, Msg> {
    let password = std::fs::read_to_string(path).map_err(|e| cannot_read(key, path, &e))?;
    let password = password.strip_suffix('\n').unwrap_or(&password);
    let password = password.strip_suffix('\r').unwrap_or(password);
    Ok(password.to_string())
}

#[cfg(test)]
mod tests;
