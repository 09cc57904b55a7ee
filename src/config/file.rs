//! The config file's shape, exactly as an operator writes it: flat TOML keys, all
//! optional, nothing validated beyond types. `settings` turns it into something the
//! gateway can trust.

use serde::Deserialize;

/// One `omsgate.toml`, key for key (SPEC's flat names). Absent keys take defaults.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen_address: Option<Vec<String>>,
    pub listen_port: Option<i64>,
    pub allowed_hosts: Option<Vec<String>>,
    pub allowed_ports: Option<Vec<i64>>,
    pub allow_private_destinations: Option<bool>,
    pub max_connections: Option<i64>,
    pub header_timeout: Option<String>,
    pub connect_timeout: Option<String>,
    pub idle_timeout: Option<String>,
    pub drain_timeout: Option<String>,
    pub worker_threads: Option<i64>,
    pub metrics_address: Option<String>,
    pub log_format: Option<String>,
    pub relay_proxy: Option<String>,
    pub relay_proxy_username: Option<String>,
    pub relay_proxy_password_file: Option<String>,
    pub tls_inspection: Option<bool>,
    pub min_tls_version: Option<String>,
    pub sni_policy: Option<String>,
    pub client_certificate_policy: Option<String>,
    pub allowed_client_certificates: Option<Vec<String>>,
}

/// The TOML type of a key's value, so `config set KEY VALUE` can write the right one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Bool,
    String,
    StringList,
    IntegerList,
}

/// The kind of each key in [`KEYS`].
pub fn kind(key: &str) -> Option<Kind> {
    Some(match key {
        "listen_port" | "max_connections" | "worker_threads" => Kind::Integer,
        "allow_private_destinations" | "tls_inspection" => Kind::Bool,
        "listen_address" | "allowed_hosts" | "allowed_client_certificates" => Kind::StringList,
        "allowed_ports" => Kind::IntegerList,
        k if KEYS.contains(&k) => Kind::String,
        _ => return None,
    })
}

/// The known key closest to `key`, for "did you mean" in errors.
pub fn suggest(key: &str) -> Option<&'static str> {
    did_you_mean(key)
}

/// Every key the file may hold, for unknown-key errors and `did you mean`.
pub const KEYS: &[&str] = &[
    "listen_address",
    "listen_port",
    "allowed_hosts",
    "allowed_ports",
    "allow_private_destinations",
    "max_connections",
    "header_timeout",
    "connect_timeout",
    "idle_timeout",
    "drain_timeout",
    "worker_threads",
    "metrics_address",
    "log_format",
    "relay_proxy",
    "relay_proxy_username",
    "relay_proxy_password_file",
    "tls_inspection",
    "min_tls_version",
    "sni_policy",
    "client_certificate_policy",
    "allowed_client_certificates",
];

/// Parses TOML text into the file shape; errors are ready for an operator to read.
pub fn parse(text: &str) -> Result<FileConfig, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    for key in table.keys() {
        if !KEYS.contains(&key.as_str()) {
            return Err(match did_you_mean(key) {
                Some(near) => format!("unknown key `{key}`; did you mean `{near}`?"),
                None => format!("unknown key `{key}`; known keys: {}", KEYS.join(", ")),
            });
        }
    }
    toml::from_str(text).map_err(|e| e.to_string())
}

/// The known key closest to a misspelt one, if it is close enough to be a typo.
fn did_you_mean(key: &str) -> Option<&'static str> {
    KEYS.iter()
        .map(|k| (edit_distance(key, k), *k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
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
mod tests {
    use super::*;

    #[test]
    fn unknown_key_suggests_the_near_one() {
        let err = parse("listen_prot = 8080").unwrap_err();
        assert!(err.contains("did you mean `listen_port`"), "{err}");
    }

    #[test]
    fn unknown_key_far_from_any_lists_known() {
        let err = parse("colour = 1").unwrap_err();
        assert!(err.contains("known keys"), "{err}");
    }

    #[test]
    fn wrong_type_names_the_key() {
        let err = parse("listen_port = \"text\"").unwrap_err();
        assert!(err.contains("listen_port"), "{err}");
    }

    #[test]
    fn embedded_default_parses() {
        let cfg = parse(super::super::EMBEDDED_DEFAULT).unwrap();
        assert_eq!(cfg.listen_port, Some(8080));
    }
}
