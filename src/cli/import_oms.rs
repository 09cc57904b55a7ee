//! `omsgate import-oms FILE…`: the Windows gateway's settings as an omsgate config.
//! Reads what an operator can get out of the original: the output of its cmdlets
//! (`Get-OMSGatewayConfig`, `Get-OMSGatewayRelayProxy`, `Get-OMSGatewayAllowedHost`,
//! `Get-OMSGatewayAllowedClientCertificate`) as PowerShell prints it by default (list or
//! table) or through `ConvertTo-Json`, with or without the `PS C:\>` prompt lines, and
//! the msiexec command line of a silent install (`PORTNUMBER`, `PROXY`, `HASPROXY`,
//! `HASAUTH`, `USERNAME`). Every item becomes a key, or is listed as not mapped with
//! the reason; nothing is guessed (a proxy without a port, a password the cmdlets never
//! show). The config is printed, or with `--write` checked as `run` reads it and written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use toml_edit::Value;

use crate::config::store::{self, EditLock, Perms};
use crate::config::types::shown;
use crate::config::{self, Source};
use crate::dial::RelayUrl;
use crate::events;
use crate::lang::Msg;
use crate::policy::Allowlist;
use crate::sniff::CertAllowlist;
use crate::{msg, t};

/// What the files said, mapped to keys, and what could not be mapped.
#[derive(Debug, Default, PartialEq)]
pub struct Import {
    pub listen_port: Option<u16>,
    pub relay_proxy: Option<String>,
    pub relay_username: Option<String>,
    pub hosts: Vec<String>,
    pub subjects: Vec<String>,
    /// `(item as written, why it was not mapped)`.
    pub unmapped: Vec<(String, Msg)>,
    /// Decisions worth knowing (a bare certificate name read as `CN=`, …).
    pub notes: Vec<Msg>,
}

/// How the relay proxy's password is set: the cmdlets never show it.
const SET_PASSWORD: &str = "omsgate relay-proxy set ADDRESS --username U --password-stdin";

/// Which cmdlet's output a part of a file is, from its `PS …> Get-…` line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Config,
    RelayProxy,
    AllowedHost,
    ClientCertificate,
    /// No prompt line: told by the content.
    Unknown,
}

/// Reads the files (`-`: stdin) and prints the config, or writes it to `write`.
pub fn run(files: &[PathBuf], write: Option<&Path>, force: bool) -> ExitCode {
    let mut import = Import::default();
    for file in files {
        let text = match file.to_str() {
            Some("-") => std::io::read_to_string(std::io::stdin()),
            _ => std::fs::read(file).map(|b| decode(&b)),
        };
        match text {
            Ok(text) => import.read(&text),
            Err(e) => {
                let (file, error, event) =
                    (file.display().to_string(), e.to_string(), events::APPLICATION_ERROR.to_string());
                eprintln!(
                    "omsgate: {}",
                    t!("setup-import-cannot-read", file = file, error = error, event = event)
                );
                return ExitCode::from(1);
            }
        }
    }
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let text = import.config_text(&names.join(", "));
    for note in &import.notes {
        eprintln!("omsgate: {}", t!("setup-import-note", note = note.clone()));
    }
    if import.unmapped.is_empty() {
        eprintln!("omsgate: {}", t!("setup-import-all-mapped"));
    } else {
        eprintln!("omsgate: {}", t!("setup-import-not-mapped", count = import.unmapped.len()));
        for (item, why) in &import.unmapped {
            eprintln!("  {item}: {}", why.local());
        }
    }
    let Some(path) = write else {
        let checked = config::from_text(&text, Source::Embedded);
        say!("{}", text.trim_end());
        return match checked {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => fail(&e.message.local()),
        };
    };
    match write_new(path, &text, force) {
        Ok(n) => {
            let (path, command) = (path.display().to_string(), "omsgate run");
            say!("{}", t!("setup-import-wrote", path = path, command = command, entries = n));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

impl Import {
    /// Reads one file: its parts, each after its prompt line, and msiexec lines.
    pub fn read(&mut self, text: &str) {
        let mut part = Part::Unknown;
        let mut lines: Vec<&str> = Vec::new();
        for line in text.lines() {
            let trimmed = line.trim();
            if let Some(next) = prompt(trimmed) {
                self.part(part, &lines);
                (part, lines) = (next, Vec::new());
            } else if trimmed.to_ascii_lowercase().contains("msiexec") {
                self.msi(trimmed);
            } else {
                lines.push(line);
            }
        }
        self.part(part, &lines);
    }

    /// One cmdlet's output: JSON, a list (`Name : value`), a table, or bare lines.
    fn part(&mut self, part: Part, lines: &[&str]) {
        let body: Vec<&str> = lines.iter().copied().filter(|l| !l.trim().is_empty()).collect();
        let Some(first) = body.first() else { return };
        if first.trim_start().starts_with(['{', '[', '"']) {
            let joined = body.join("\n");
            match serde_json::from_str::<serde_json::Value>(&joined) {
                Ok(json) => self.json(part, &json),
                Err(e) => self.unmapped(
                    &joined,
                    msg!("setup-import-not-json", cmdlet = "ConvertTo-Json", error = e.to_string()),
                ),
            }
            return;
        }
        if body.iter().all(|l| l.contains(" : ") || l.trim_end().ends_with(" :")) {
            for l in &body {
                let (name, value) = l.split_once(" :").unwrap_or((l, ""));
                self.pair(part, name.trim(), value.trim_start_matches(':').trim());
            }
            return;
        }
        let dashes = |l: &str| !l.trim().is_empty() && l.trim().chars().all(|c| c == '-' || c == ' ');
        if body.len() >= 2 && dashes(body[1]) {
            // A table: the dashes under each heading give its column.
            let columns = columns(body[1]);
            for row in &body[2..] {
                for &(start, end) in &columns {
                    let name = body[0].get(start..end.min(body[0].len())).unwrap_or("").trim();
                    let end = if (start, end) == *columns.last().unwrap() { row.len() } else { end };
                    let value = row.get(start.min(row.len())..end.min(row.len())).unwrap_or("").trim();
                    self.pair(part, name, value);
                }
            }
            return;
        }
        for l in body {
            self.bare(part, l.trim());
        }
    }

    fn json(&mut self, part: Part, json: &serde_json::Value) {
        match json {
            serde_json::Value::Array(items) => items.iter().for_each(|i| self.json(part, i)),
            serde_json::Value::Object(map) => {
                for (name, value) in map {
                    let value = match value {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    self.pair(part, name, &value);
                }
            }
            serde_json::Value::String(s) => self.bare(part, s),
            other => self.unmapped(&other.to_string(), msg!("setup-import-no-cmdlet-value")),
        }
    }

    /// A property by name, from any of the cmdlets.
    fn pair(&mut self, part: Part, name: &str, value: &str) {
        match name.to_ascii_lowercase().as_str() {
            "listenport" => self.port(&format!("ListenPort {value}"), value),
            "address" | "relayproxy" | "proxy" => self.relay(&format!("{name} {value}"), value),
            "username" | "user" => self.username(value),
            "password" => {
                self.unmapped(name, msg!("setup-import-password-never-shown", command = SET_PASSWORD))
            }
            "host" | "allowedhost" => self.host(value),
            "subject" | "allowedclientcertificate" => self.subject(value),
            _ if value.is_empty() => {}
            _ => self.unmapped(
                &format!("{name} = {value}"),
                match part {
                    Part::Config => msg!("setup-import-no-setting-keys", command = "omsgate config keys"),
                    _ => msg!("setup-import-no-setting"),
                },
            ),
        }
    }

    /// A line holding one value: a host or a subject, by the part or (without a prompt
    /// line) by its shape — a subject has an `=`.
    fn bare(&mut self, part: Part, value: &str) {
        match part {
            Part::AllowedHost => self.host(value),
            Part::ClientCertificate => self.subject(value),
            Part::Unknown if value.contains('=') => self.subject(value),
            Part::Unknown if Allowlist::check_entry(value).is_ok() => self.host(value),
            _ => self.unmapped(value, msg!("setup-import-not-this-cmdlet-value")),
        }
    }

    /// `NAME=value` properties of a silent install (msiexec switches are skipped).
    fn msi(&mut self, line: &str) {
        let props = msi_properties(line);
        let get = |n: &str| props.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).map(|(_, v)| v.as_str());
        let on = |n: &str| get(n) == Some("1");
        for (name, value) in &props {
            let item = format!("{name}={value}");
            match name.to_ascii_uppercase().as_str() {
                "PORTNUMBER" => self.port(&item, value),
                "PROXY" if on("HASPROXY") => self.relay(&item, value),
                "PROXY" => self.unmapped(
                    &item,
                    msg!("setup-import-proxy-without-hasproxy", has_proxy = "HASPROXY", proxy = "PROXY"),
                ),
                "USERNAME" if on("HASAUTH") && on("HASPROXY") => self.username(value),
                "USERNAME" => {
                    let (auth, proxy) = ("HASAUTH", "HASPROXY");
                    let why =
                        msg!("setup-import-username-without-hasauth", has_auth = auth, has_proxy = proxy);
                    self.unmapped(&item, why)
                }
                "PASSWORD" => self.unmapped(
                    "PASSWORD",
                    msg!("setup-import-password-not-from-command-line", command = SET_PASSWORD),
                ),
                "HASPROXY" | "HASAUTH" => {}
                "INSTALLDIR" => self.unmapped(&item, msg!("setup-import-installdir")),
                "LICENSEACCEPTED" => self.unmapped(&item, msg!("setup-import-licenseaccepted")),
                _ => self.unmapped(&item, msg!("setup-import-unknown-property")),
            }
        }
    }

    /// Notes a value an earlier item set differently (the later one wins).
    fn replaces<T: PartialEq + std::fmt::Debug>(&mut self, what: Msg, old: &Option<T>, new: &T) {
        if let Some(old) = old.as_ref().filter(|o| *o != new) {
            let (old, new) = (format!("{old:?}"), format!("{new:?}"));
            self.notes.push(msg!("setup-import-replaced", what = what, old = old, new = new));
        }
    }

    fn port(&mut self, item: &str, value: &str) {
        match value.trim().parse::<u16>() {
            Ok(p) if p > 0 => {
                let old = self.listen_port;
                self.replaces(msg!("setup-import-what-listen-port"), &old, &p);
                self.listen_port = Some(p);
            }
            _ => self.unmapped(item, msg!("setup-import-not-a-port")),
        }
    }

    fn relay(&mut self, item: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let url = if value.contains("://") { value.to_string() } else { format!("http://{value}") };
        match RelayUrl::parse(&url) {
            Ok(_) => {
                let old = self.relay_proxy.clone();
                self.replaces(msg!("setup-import-what-relay-proxy"), &old, &url);
                self.relay_proxy = Some(url);
            }
            Err(_) if !value.contains("://") && !value.contains(':') => {
                let (form, command) = ("http://host:port", "omsgate relay-proxy set");
                self.unmapped(item, msg!("setup-import-relay-without-port", form = form, command = command))
            }
            Err(e) => self.unmapped(item, msg!("setup-import-not-a-relay-url", error = e)),
        }
    }

    fn username(&mut self, value: &str) {
        let value = value.trim().to_string();
        if !value.is_empty() {
            let old = self.relay_username.clone();
            self.replaces(msg!("setup-import-what-relay-username"), &old, &value);
            self.relay_username = Some(value);
        }
    }

    fn host(&mut self, value: &str) {
        match Allowlist::check_entry(value) {
            Ok(()) if !self.hosts.iter().any(|h| h == value) => self.hosts.push(value.to_string()),
            Ok(()) => {}
            Err(e) => self.unmapped(value, msg!("setup-import-not-a-host", key = "allowed_hosts", error = e)),
        }
    }

    fn subject(&mut self, value: &str) {
        let subject = match value.contains('=') {
            true => value.to_string(),
            false => {
                let (quoted, cn) = (format!("{value:?}"), format!("\"CN={value}\""));
                self.notes.push(msg!("setup-import-subject-read-as-cn", subject = quoted, cn = cn));
                format!("CN={value}")
            }
        };
        match CertAllowlist::new([&subject]) {
            Ok(_) if !self.subjects.contains(&subject) => self.subjects.push(subject),
            Ok(_) => {}
            Err(e) => self.unmapped(value, msg!("setup-import-not-a-subject", error = e.to_string())),
        }
    }

    fn unmapped(&mut self, item: &str, why: Msg) {
        self.unmapped.push((item.to_string(), why));
    }

    /// The config, commented with where each value came from.
    pub fn config_text(&mut self, from: &str) -> String {
        let mut t = format!(
            "# omsgate configuration imported from the Windows gateway by `omsgate import-oms`\n# (from {from}). `omsgate check` prints the allowlist entry by entry.\n"
        );
        if let Some(p) = self.listen_port {
            t += &format!("\n# ListenPort / PORTNUMBER\nlisten_port = {p}\n");
        }
        if !self.hosts.is_empty() {
            let families: Vec<String> = crate::config::Values::defaults().allowed_hosts;
            t += "\n# The locally configured allowed hosts (Get-OMSGatewayAllowedHost). The original\n";
            t += "# also allowed the endpoints it downloaded for its own agent's workspaces, which no\n";
            t += "# cmdlet shows: the Azure Monitor families below stand in for them. Narrow them to\n";
            t += "# your workspaces with services/azure_regions/azure_workspace_ids (see `omsgate init`).\n";
            t += "allowed_hosts = [\n";
            for h in &self.hosts {
                t += &format!("  {},\n", shown(&Value::from(h.as_str())));
            }
            t += "  # the embedded default's families:\n";
            for h in families.iter().filter(|f| !self.hosts.contains(f)) {
                t += &format!("  {},\n", shown(&Value::from(h.as_str())));
            }
            t += "]\n";
            self.notes.push(msg!("setup-import-families-added"));
        }
        if !self.subjects.is_empty() {
            t += "\n# Get-OMSGatewayAllowedClientCertificate. client_certificate_policy stays \"off\":\n";
            t += "# the original also allowed automatically downloaded subjects no cmdlet shows, so\n";
            t += "# turn it on (\"when_visible\") only once these are known to be all.\n";
            let list: Vec<Value> = self.subjects.iter().map(|s| Value::from(s.as_str())).collect();
            t += &format!(
                "allowed_client_certificates = {}\n",
                shown(&Value::Array(list.into_iter().collect()))
            );
        }
        match (&self.relay_proxy, &self.relay_username) {
            (Some(r), user) => {
                t += "\n# Get-OMSGatewayRelayProxy / PROXY\n";
                t += &format!("relay_proxy = {}\n", shown(&Value::from(r.as_str())));
                if let Some(u) = user {
                    t += "# The password is not imported: omsgate relay-proxy set ADDRESS --username U --password-stdin\n";
                    t += &format!("relay_proxy_username = {}\n", shown(&Value::from(u.as_str())));
                }
            }
            (None, Some(u)) => {
                self.unmapped(&format!("username {u}"), msg!("setup-import-username-without-relay"))
            }
            (None, None) => {}
        }
        t
    }
}

/// `PS C:\> Get-OMSGatewayAllowedHost` (any prompt, any pipeline after the cmdlet).
fn prompt(line: &str) -> Option<Part> {
    let rest = line.strip_prefix("PS ")?;
    let cmd = rest.split_once('>')?.1.trim().to_ascii_lowercase();
    Some(match cmd.split([' ', '|']).next().unwrap_or("") {
        "get-omsgatewayconfig" => Part::Config,
        "get-omsgatewayrelayproxy" => Part::RelayProxy,
        "get-omsgatewayallowedhost" => Part::AllowedHost,
        "get-omsgatewayallowedclientcertificate" => Part::ClientCertificate,
        _ => Part::Unknown,
    })
}

/// The `NAME=value` / `NAME="value"` tokens of an msiexec command line.
fn msi_properties(line: &str) -> Vec<(String, String)> {
    let mut props = Vec::new();
    let mut rest = line;
    while let Some(eq) = rest.find('=') {
        let name_start = rest[..eq].rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
        let name = rest[name_start..eq].to_string();
        let after = &rest[eq + 1..];
        let (value, next) = match after.strip_prefix('"') {
            Some(q) => match q.find('"') {
                Some(end) => (q[..end].to_string(), &q[end + 1..]),
                None => (q.to_string(), ""),
            },
            None => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (after[..end].to_string(), &after[end..])
            }
        };
        if !name.is_empty() && !name.starts_with('/') {
            props.push((name, value));
        }
        rest = next;
    }
    props
}

/// Each column of a table as the byte range of its dashes (to the next column's start).
fn columns(dashes: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in dashes.char_indices() {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, dashes.len()));
    }
    // A value may run past its dashes up to the next column.
    let starts: Vec<usize> = out.iter().map(|c| c.0).collect();
    out.iter().enumerate().map(|(i, &(s, e))| (s, starts.get(i + 1).copied().unwrap_or(e))).collect()
}

/// Windows PowerShell writes redirected output as UTF-16 with a byte-order mark.
fn decode(bytes: &[u8]) -> String {
    match bytes {
        [0xFF, 0xFE, rest @ ..] => {
            let units: Vec<u16> = rest.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// Checks the config as `run` reads it and writes it where nothing exists (or `force`).
fn write_new(path: &Path, text: &str, force: bool) -> Result<usize, String> {
    let io = |e: std::io::Error| format!("{}: {e}", path.display());
    let target = store::resolve(path).map_err(io)?;
    let _lock = EditLock::acquire(&target).map_err(io)?;
    if target.exists() && !force {
        return Err(t!("setup-import-exists", path = target.display().to_string(), flag = "--force"));
    }
    let settings =
        config::from_text(text, Source::File(path.to_path_buf())).map_err(|e| e.message.local())?;
    store::write_atomically(&target, text.as_bytes(), Perms::Keep { new_mode: 0o644 }).map_err(io)?;
    Ok(settings.allowlist.len())
}

fn fail(message: &str) -> ExitCode {
    let event = events::WRONG_CONFIGURATION.to_string();
    eprintln!("omsgate: {}", t!("setup-import-would-not-run", error = message, event = event));
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn msiexec_properties_quoted_or_not() {
        let p = msi_properties(
            r#"Msiexec.exe /I "oms gateway.msi" /qn PORTNUMBER=8080 PROXY="10.80.2.200" HASPROXY=1 INSTALLDIR="C:\Program Files\OMS Gateway""#,
        );
        let names: Vec<&str> = p.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["PORTNUMBER", "PROXY", "HASPROXY", "INSTALLDIR"]);
        assert_eq!(p[3].1, r"C:\Program Files\OMS Gateway");
    }

    #[test]
    fn a_proxy_with_its_port_maps_and_one_without_does_not() {
        let mut i = Import::default();
        i.read("msiexec /qn PROXY=\"proxy.contoso.com:3128\" HASPROXY=1 HASAUTH=1 USERNAME=gw");
        assert_eq!(i.relay_proxy.as_deref(), Some("http://proxy.contoso.com:3128"));
        assert_eq!(i.relay_username.as_deref(), Some("gw"));
        let mut i = Import::default();
        i.read("msiexec /qn PROXY=10.80.2.200 HASPROXY=1");
        assert_eq!(i.relay_proxy, None);
        assert!(i.unmapped[0].1.to_string().contains("no port"), "{:?}", i.unmapped);
    }

    #[test]
    fn tables_lists_and_bare_lines() {
        let mut i = Import::default();
        i.read(
            "PS C:\\> Get-OMSGatewayRelayProxy\n\nAddress                      Username\n-------                      --------\nhttp://proxy.example:8080    user1\n\nPS C:\\> Get-OMSGatewayConfig\nListenPort : 3128\n",
        );
        assert_eq!(i.relay_proxy.as_deref(), Some("http://proxy.example:8080"));
        assert_eq!(i.relay_username.as_deref(), Some("user1"));
        assert_eq!(i.listen_port, Some(3128));
        assert!(i.unmapped.is_empty(), "{:?}", i.unmapped);
    }

    #[test]
    fn utf16_as_powershell_redirects() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("ListenPort : 8080".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&bytes), "ListenPort : 8080");
    }
}
