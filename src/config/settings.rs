//! Validated settings: what the gateway runs on. Every value here has been checked, so
//! nothing downstream re-validates, and every failure names the key and the bad value.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use super::duration;
use super::file::FileConfig;
use crate::dial::{Credentials, RelayProxy, Route};
use crate::policy::Allowlist;
use crate::sniff::{CertAllowlist, ClientCertPolicy, TlsRules};

/// Where the settings came from, for event 101 and `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// No file existed at the default path: the embedded default runs.
    Embedded,
    /// Read from this file.
    File(std::path::PathBuf),
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// One JSON object per line (default; for the journal and log shippers).
    Json,
    /// Human-readable lines for a terminal.
    Text,
}

/// Everything the gateway needs to run, already validated.
#[derive(Debug, Clone)]
pub struct Settings {
    pub source: Source,
    /// One listener per address (listen_address × listen_port).
    pub listen: Vec<SocketAddr>,
    /// Hosts and ports a tunnel may reach.
    pub allowlist: Allowlist,
    pub allow_private_destinations: bool,
    pub max_connections: usize,
    /// Whether the file set `max_connections`; if not, it is fitted to the fd limit at start.
    pub max_connections_set: bool,
    pub header_timeout: Duration,
    pub connect_timeout: Duration,
    pub idle_timeout: Duration,
    pub drain_timeout: Duration,
    /// Runtime worker threads; already resolved from 0 = one per core.
    pub worker_threads: usize,
    /// None when the operator turned the endpoint off.
    pub metrics_address: Option<SocketAddr>,
    pub log_format: LogFormat,
    /// Direct, or through the relay proxy.
    pub route: Route,
    /// Where the relay proxy password was read from (shown by `check`; the password never is).
    pub relay_proxy_password_file: Option<std::path::PathBuf>,
    /// Read the TLS handshake in every tunnel (off only for explicit `host:port` entries).
    pub tls_inspection: bool,
    /// Versions, SNI and client-certificate rules for the handshake.
    pub tls: TlsRules,
}

/// A config value that cannot run: event 401, with the key and value to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}: {message}")]
pub struct ConfigError {
    /// The file (or "embedded default") the error is in.
    pub source_name: String,
    /// What is wrong, naming the key and the value.
    pub message: String,
}

impl ConfigError {
    /// SPEC event 401: wrong configuration.
    pub fn event_id(&self) -> u16 {
        crate::events::WRONG_CONFIGURATION
    }
}

impl Settings {
    /// Validates a parsed file; defaults fill absent keys.
    pub fn from_file(file: FileConfig, source: Source) -> Result<Settings, String> {
        let (route, relay_proxy_password_file) = route(&file)?;
        let tls = tls_rules(&file)?;
        let listen_port = port("listen_port", file.listen_port.unwrap_or(8080))?;
        let addrs = file.listen_address.unwrap_or_else(|| vec!["0.0.0.0".into()]);
        if addrs.is_empty() {
            return Err("listen_address = [] listens nowhere; give at least one address".into());
        }
        let listen = addrs
            .iter()
            .map(|a| {
                let ip: IpAddr = a
                    .trim_matches(['[', ']'])
                    .parse()
                    .map_err(|_| format!("listen_address {a:?} is not an IPv4 or IPv6 address"))?;
                Ok(SocketAddr::new(ip, listen_port))
            })
            .collect::<Result<Vec<_>, String>>()?;

        let ports = file
            .allowed_ports
            .unwrap_or_else(|| vec![443])
            .into_iter()
            .map(|p| port("allowed_ports", p))
            .collect::<Result<Vec<_>, _>>()?;
        let hosts = file
            .allowed_hosts
            .unwrap_or_else(|| super::DEFAULT_ALLOWED_HOSTS.iter().map(|s| s.to_string()).collect());
        let allowlist = Allowlist::parse(&hosts, &ports).map_err(|e| format!("allowed_hosts: {e}"))?;

        let max_connections = file.max_connections.unwrap_or(20_000);
        if !(1..=10_000_000).contains(&max_connections) {
            return Err(format!("max_connections = {max_connections} must be 1..=10000000"));
        }
        let worker_threads = file.worker_threads.unwrap_or(0);
        if !(0..=1024).contains(&worker_threads) {
            return Err(format!("worker_threads = {worker_threads} must be 0 (one per core)..=1024"));
        }
        let worker_threads = match worker_threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n as usize,
        };
        let metrics_address = match file.metrics_address.as_deref().unwrap_or("0.0.0.0:9464") {
            "" => None,
            a => Some(a.parse().map_err(|_| {
                format!("metrics_address {a:?} is not ADDRESS:PORT (e.g. \"0.0.0.0:9464\"), or \"\" for off")
            })?),
        };
        let log_format = match file.log_format.as_deref().unwrap_or("json") {
            "json" => LogFormat::Json,
            "text" => LogFormat::Text,
            other => return Err(format!("log_format {other:?} must be \"json\" or \"text\"")),
        };
        Ok(Settings {
            tls_inspection: file.tls_inspection.unwrap_or(true),
            tls,
            route,
            relay_proxy_password_file,
            source,
            listen,
            allowlist,
            allow_private_destinations: file.allow_private_destinations.unwrap_or(false),
            max_connections: max_connections as usize,
            max_connections_set: file.max_connections.is_some(),
            header_timeout: timeout("header_timeout", file.header_timeout, "10s")?,
            connect_timeout: timeout("connect_timeout", file.connect_timeout, "10s")?,
            idle_timeout: timeout("idle_timeout", file.idle_timeout, "10m")?,
            drain_timeout: duration_key("drain_timeout", file.drain_timeout, "30s")?,
            worker_threads,
            metrics_address,
            log_format,
        })
    }

    /// The effective settings as TOML, for `omsgate check`.
    pub fn describe(&self) -> String {
        let q = |s: &str| format!("{s:?}");
        let list = |v: Vec<String>| format!("[{}]", v.join(", "));
        let port = self.listen.first().map_or(0, |a| a.port());
        let mut out = String::new();
        let source = match &self.source {
            Source::Embedded => "embedded default".to_string(),
            Source::File(p) => p.display().to_string(),
        };
        out += &format!("# effective settings from {source}\n");
        out += &format!(
            "listen_address = {}\n",
            list(self.listen.iter().map(|a| q(&a.ip().to_string())).collect())
        );
        out += &format!("listen_port = {port}\n");
        out +=
            &format!("allowed_hosts = {}\n", list(self.allowlist.entries().iter().map(|e| q(e)).collect()));
        out += &format!(
            "allowed_ports = {}\n",
            list(self.allowlist.default_ports().iter().map(u16::to_string).collect())
        );
        out += &format!("allow_private_destinations = {}\n", self.allow_private_destinations);
        out += &format!("max_connections = {}\n", self.max_connections);
        for (k, v) in [
            ("header_timeout", self.header_timeout),
            ("connect_timeout", self.connect_timeout),
            ("idle_timeout", self.idle_timeout),
            ("drain_timeout", self.drain_timeout),
        ] {
            out += &format!("{k} = {}\n", q(&duration::format(v)));
        }
        out += &format!("worker_threads = {}\n", self.worker_threads);
        out += &format!(
            "metrics_address = {}\n",
            q(&self.metrics_address.map_or(String::new(), |a| a.to_string()))
        );
        let (relay, user) = match &self.route {
            Route::Direct => (String::new(), String::new()),
            Route::RelayProxy(r) => {
                (r.to_string(), r.credentials.as_ref().map(|c| c.username.clone()).unwrap_or_default())
            }
        };
        out += &format!("relay_proxy = {}\n", q(&relay));
        out += &format!("relay_proxy_username = {}\n", q(&user));
        let pw = self.relay_proxy_password_file.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        out += &format!("relay_proxy_password_file = {}\n", q(&pw));
        out += &format!("tls_inspection = {}\n", self.tls_inspection);
        out += &format!("min_tls_version = {}\n", q(self.tls.min_version.config_name()));
        out += &format!("sni_policy = {}\n", q(self.tls.sni_policy.config_name()));
        out +=
            &format!("client_certificate_policy = {}\n", q(self.tls.client_certificate_policy.config_name()));
        out += &format!(
            "allowed_client_certificates = {}\n",
            list(self.tls.allowed_client_certificates.entries().iter().map(|e| q(e)).collect())
        );
        out += &format!(
            "log_format = {}\n",
            q(match self.log_format {
                LogFormat::Json => "json",
                LogFormat::Text => "text",
            })
        );
        out
    }
}

/// The handshake rules from the TLS keys; a policy that could only refuse every agent
/// is a configuration error rather than an outage.
fn tls_rules(file: &FileConfig) -> Result<TlsRules, String> {
    let d = TlsRules::default();
    let bad = |e: crate::sniff::BadRuleValue| e.to_string();
    let rules = TlsRules {
        min_version: match file.min_tls_version.as_deref() {
            Some(v) => v.parse().map_err(bad)?,
            None => d.min_version,
        },
        sni_policy: match file.sni_policy.as_deref() {
            Some(v) => v.parse().map_err(bad)?,
            None => d.sni_policy,
        },
        client_certificate_policy: match file.client_certificate_policy.as_deref() {
            Some(v) => v.parse().map_err(bad)?,
            None => d.client_certificate_policy,
        },
        allowed_client_certificates: CertAllowlist::new(file.allowed_client_certificates.iter().flatten())
            .map_err(bad)?,
    };
    if rules.client_certificate_policy != ClientCertPolicy::Off
        && rules.allowed_client_certificates.is_empty()
    {
        return Err(format!(
            "client_certificate_policy = \"{}\" with an empty allowed_client_certificates would refuse every agent's certificate; add subjects (omsgate allowed-client-cert add \"CN=...\") or set the policy to \"off\"",
            rules.client_certificate_policy.config_name()
        ));
    }
    Ok(rules)
}

/// The route from `relay_proxy*`; the password is read from its file now, so a missing
/// file fails at start (or reload) instead of at the first tunnel.
fn route(file: &FileConfig) -> Result<(Route, Option<std::path::PathBuf>), String> {
    let address = file.relay_proxy.as_deref().unwrap_or("").trim();
    let username = file.relay_proxy_username.as_deref().unwrap_or("");
    let password_file = file.relay_proxy_password_file.as_deref().unwrap_or("");
    if address.is_empty() {
        if !username.is_empty() || !password_file.is_empty() {
            return Err("relay_proxy_username/relay_proxy_password_file are set but relay_proxy is empty; set relay_proxy = \"http://host:port\" or clear them".into());
        }
        return Ok((Route::Direct, None));
    }
    let address = RelayProxy::parse_address(address)?;
    let (credentials, path) = match (username, password_file) {
        ("", "") => (None, None),
        ("", _) => {
            return Err("relay_proxy_password_file is set without relay_proxy_username".into());
        }
        (user, "") => (Some(Credentials::new(user.to_string(), String::new())), None),
        (user, path) => {
            let password = std::fs::read_to_string(path)
                .map_err(|e| format!("relay_proxy_password_file {path:?} cannot be read: {e}"))?;
            let password = password.strip_suffix('\n').unwrap_or(&password);
            let password = password.strip_suffix('\r').unwrap_or(password);
            (Some(Credentials::new(user.to_string(), password.to_string())), Some(path.into()))
        }
    };
    Ok((Route::RelayProxy(RelayProxy { address, credentials }), path))
}

/// A TCP port from a config integer, naming the key when it is out of range.
fn port(key: &str, value: i64) -> Result<u16, String> {
    match u16::try_from(value) {
        Ok(p) if p >= 1 => Ok(p),
        _ => Err(format!("{key} = {value} is not a TCP port (1-65535)")),
    }
}

/// A duration key that may be zero.
fn duration_key(key: &str, value: Option<String>, default: &str) -> Result<Duration, String> {
    duration::parse(value.as_deref().unwrap_or(default)).map_err(|e| format!("{key}: {e}"))
}

/// A timeout key: zero would fail every tunnel at once, so it is refused.
fn timeout(key: &str, value: Option<String>, default: &str) -> Result<Duration, String> {
    let d = duration_key(key, value, default)?;
    if d.is_zero() {
        return Err(format!(
            "{key} = \"0\" would time out at once; give a positive duration like \"{default}\""
        ));
    }
    Ok(d)
}
