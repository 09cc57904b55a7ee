//! Configuration: the table of keys (`keys`, with each value's type in `types`), the
//! validated `Settings` built from them (`settings`), where they are loaded from, and
//! comment-keeping edits (`edit`). Everything is checked before any socket opens.

pub mod duration;
pub mod edit;
pub mod keys;
pub mod relays;
pub mod settings;
pub mod store;
pub mod types;

use std::path::{Path, PathBuf};

pub use keys::{KEYS, Values};
pub use settings::{ConfigError, Settings, Source};
pub use types::{Limit, LogFormat, ProxyMode};

/// Where the packaged gateway keeps its config (the original's registry settings).
pub const DEFAULT_PATH: &str = "/etc/omsgate/omsgate.toml";

/// The embedded default: what runs when no file exists at [`DEFAULT_PATH`].
pub const EMBEDDED_DEFAULT: &str = include_str!("default.toml");

/// Loads settings: an explicit `--config` path must exist; without one, the default
/// path is used when it exists and the embedded default otherwise.
pub fn load(explicit: Option<&Path>) -> Result<Settings, ConfigError> {
    let (text, source) = match explicit {
        Some(path) => (read(path)?, Source::File(path.to_path_buf())),
        None if Path::new(DEFAULT_PATH).exists() => {
            (read(Path::new(DEFAULT_PATH))?, Source::File(PathBuf::from(DEFAULT_PATH)))
        }
        None => (EMBEDDED_DEFAULT.to_string(), Source::Embedded),
    };
    from_text(&text, source)
}

/// Parses and validates config text from `source`.
pub fn from_text(text: &str, source: Source) -> Result<Settings, ConfigError> {
    let fail = |message| ConfigError { from: source.clone(), message };
    let (values, set) = Values::parse_file(text).map_err(fail)?;
    Settings::from_values(values, set, source.clone()).map_err(fail)
}

fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|e| ConfigError {
        from: Source::File(path.to_path_buf()),
        message: crate::msg!("config-file-cannot-be-read", error = e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Result<Settings, String> {
        from_text(text, Source::Embedded).map_err(|e| e.message.to_string())
    }

    #[test]
    fn embedded_default_is_valid() {
        let s = check(EMBEDDED_DEFAULT).unwrap();
        assert_eq!(s.listen, vec!["0.0.0.0:8080".parse().unwrap()]);
        assert_eq!(s.allowlist.default_ports(), &[443]);
        assert!(!s.keys.allow_private_destinations);
    }

    #[test]
    fn an_absent_allowed_hosts_means_the_azure_families_of_the_embedded_default() {
        let s = check("listen_port = 8080").unwrap();
        let embedded = check(EMBEDDED_DEFAULT).unwrap();
        assert_eq!(s.allowlist.entries(), embedded.allowlist.entries());
        assert_eq!(s.allowlist.entries(), Values::defaults().allowed_hosts);
        let empty = check("allowed_hosts = []").unwrap();
        assert!(empty.allowlist.is_empty(), "an explicit empty list allows nothing");
    }

    #[test]
    fn bad_values_name_key_and_value() {
        for (text, needle) in [
            ("listen_port = 0", "listen_port = 0"),
            ("listen_port = 70000", "listen_port = 70000"),
            ("allowed_ports = [443, 0]", "allowed_ports: 0 is not a TCP port"),
            ("listen_address = [\"nowhere\"]", "\"nowhere\""),
            ("header_timeout = \"10\"", "header_timeout"),
            ("idle_timeout = \"0\"", "idle_timeout"),
            ("log_format = \"xml\"", "\"xml\""),
            ("max_connections = 0", "max_connections = 0"),
            ("max_connections = \"all\"", "max_connections = \"all\""),
            ("allowed_hosts = [\"*.\"]", "allowed_hosts"),
            ("metrics_address = \"9464\"", "metrics_address"),
        ] {
            let err = check(text).unwrap_err();
            assert!(err.contains(needle), "{text}: {err}");
        }
    }

    #[test]
    fn ipv6_listen_address() {
        let s = check("listen_address = [\"::1\", \"[::]\"]\nlisten_port = 9000").unwrap();
        assert_eq!(s.listen[0], "[::1]:9000".parse().unwrap());
        assert_eq!(s.listen[1], "[::]:9000".parse().unwrap());
    }

    #[test]
    fn describe_is_valid_config() {
        let s = check(EMBEDDED_DEFAULT).unwrap();
        let again = check(&s.describe()).unwrap();
        assert_eq!(again.describe(), s.describe());
    }
}
