//! Editing the config file from the shell (`config set`, `allowed-host add`, ...), as
//! the original's `Set-OMSGateway*` cmdlets did. Every edit is made on the document
//! (toml_edit keeps the operator's comments and layout), validated as a whole exactly
//! as `run` would validate it, and only then written — atomically, by a rename — so a
//! bad edit never reaches the file and a crash never leaves half a file.

use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use toml_edit::{Array, DocumentMut, Item, Value};

use super::keys::{self, Key};
use super::{EMBEDDED_DEFAULT, Settings, Source};
use crate::events;

/// Why an edit was not made. Nothing has been written when one of these is returned.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// No such key (the message has a did-you-mean).
    #[error("{0}")]
    UnknownKey(String),
    /// The value cannot be this key's (the message names key and value).
    #[error("{0}")]
    BadValue(String),
    #[error("{value:?} is not in {key}; `omsgate {list}` shows the entries")]
    NotListed { key: String, value: String, list: &'static str },
    #[error("the edited config would not run, so nothing was written: {0}")]
    Invalid(String),
    #[error("{path}: {error}")]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{path} is not valid TOML, so it cannot be edited safely: {error}")]
    Unparsable { path: PathBuf, error: String },
}

impl EditError {
    /// SPEC event ID: 401 for anything about the config's content, 400 for I/O.
    pub fn event_id(&self) -> u16 {
        match self {
            EditError::Io { .. } => events::APPLICATION_ERROR,
            _ => events::WRONG_CONFIGURATION,
        }
    }
}

/// A config document being edited.
pub struct Editor {
    path: PathBuf,
    doc: DocumentMut,
}

impl Editor {
    /// Opens `path`; a file that does not exist yet starts as the embedded default, so
    /// the first edit writes a complete, commented file.
    pub fn open(path: &Path) -> Result<Editor, EditError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => EMBEDDED_DEFAULT.to_string(),
            Err(error) => {
                return Err(EditError::Io { path: path.into(), error });
            }
        };
        let doc = text
            .parse::<DocumentMut>()
            .map_err(|e| EditError::Unparsable { path: path.into(), error: e.to_string() })?;
        Ok(Editor { path: path.into(), doc })
    }

    /// Sets `key` from its command-line text (lists as `a,b` or a TOML array), checked
    /// as the key table says before it touches the document.
    pub fn set(&mut self, key: &str, text: &str) -> Result<(), EditError> {
        let key = known(key)?;
        let value = key.kind.from_cli(text);
        (key.check)(&value).map_err(EditError::BadValue)?;
        match self.doc.get_mut(key.name).and_then(Item::as_value_mut) {
            // Keep the comment above the key and any comment after its value.
            Some(old) => {
                let decor = old.decor().clone();
                *old = value;
                *old.decor_mut() = decor;
            }
            None => {
                self.doc.insert(key.name, Item::Value(value));
            }
        }
        Ok(())
    }

    /// Removes `key`, so its default applies.
    pub fn unset(&mut self, key: &str) -> Result<(), EditError> {
        self.doc.remove(known(key)?.name);
        Ok(())
    }

    /// The string list under `key` as written in the file (absent: empty).
    pub fn list(&self, key: &str) -> Vec<String> {
        match self.doc.get(key).and_then(Item::as_array) {
            Some(a) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            None => Vec::new(),
        }
    }

    /// Adds `item` to the string list `key` (written out from its default when the file
    /// does not set it); false when it is already there.
    pub fn add(&mut self, key: &str, item: &str) -> Result<bool, EditError> {
        let array = self.array(key)?;
        if array.iter().any(|v| v.as_str() == Some(item)) {
            return Ok(false);
        }
        let multiline = array
            .iter()
            .any(|v| v.decor().prefix().and_then(|p| p.as_str()).is_some_and(|p| p.contains('\n')));
        if multiline {
            // One entry per line, as the file already has them; comments stay with theirs.
            let mut v = Value::from(item);
            v.decor_mut().set_prefix("\n  ");
            array.push_formatted(v);
            array.set_trailing_comma(true);
            array.set_trailing("\n");
        } else {
            array.push(item);
        }
        Ok(true)
    }

    /// Removes `item` from the string list `key`.
    pub fn remove(&mut self, key: &str, item: &str, list: &'static str) -> Result<(), EditError> {
        let array = self.array(key)?;
        let index = array
            .iter()
            .position(|v| v.as_str() == Some(item))
            .ok_or_else(|| EditError::NotListed { key: key.into(), value: item.into(), list })?;
        array.remove(index);
        Ok(())
    }

    /// Validates the whole edited file as `run` would, then writes it atomically.
    pub fn save(self) -> Result<Settings, EditError> {
        let text = self.doc.to_string();
        let settings = super::from_text(&text, Source::File(self.path.clone()))
            .map_err(|e| EditError::Invalid(e.message))?;
        write_atomically(&self.path, text.as_bytes(), None)
            .map_err(|error| EditError::Io { path: self.path.clone(), error })?;
        Ok(settings)
    }

    /// The list under `key`, inserted one entry per line from the key's default first
    /// when the file does not set it.
    fn array(&mut self, key: &str) -> Result<&mut Array, EditError> {
        let key = known(key)?;
        if self.doc.get(key.name).is_none() {
            let default: Value = key.default.parse().map_err(|_| EditError::BadValue(key.name.into()))?;
            let mut a = Array::new();
            for d in default.as_array().into_iter().flatten() {
                let mut v = d.clone();
                v.decor_mut().set_prefix("\n  ");
                a.push_formatted(v);
            }
            a.set_trailing_comma(true);
            a.set_trailing("\n");
            self.doc.insert(key.name, Item::Value(Value::Array(a)));
        }
        self.doc
            .get_mut(key.name)
            .and_then(Item::as_array_mut)
            .ok_or_else(|| EditError::BadValue(format!("{}: the file's value is not a list", key.name)))
    }
}

fn known(key: &str) -> Result<&'static Key, EditError> {
    keys::find(key).map_err(EditError::UnknownKey)
}

/// Writes `bytes` to a temp file beside `path`, syncs it and renames it over `path`:
/// readers see the old file or the new one, never half. The temp file is private from
/// its first byte; the result gets `mode` when given (a password file: 0600), else the
/// old file's mode, or 0644 for a new file.
pub fn write_atomically(path: &Path, bytes: &[u8], mode: Option<u32>) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // Left behind by a crashed run with the same PID: never ours to keep.
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        let mode = mode.unwrap_or_else(|| std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode()));
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))?;
        std::fs::rename(&tmp, path)?;
        std::fs::File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMENTED: &str = "# Gateway for the shop floor\nlisten_port = 8080 # agents use this\n\nallowed_hosts = [\n  # ingestion\n  \"*.ods.opinsights.azure.com\",\n  # our own collector\n  \"collector.example.com\",\n]\n";

    fn editor(text: &str) -> (tempfile::TempDir, Editor) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("omsgate.toml");
        std::fs::write(&path, text).unwrap();
        let e = Editor::open(&path).unwrap();
        (dir, e)
    }

    #[test]
    fn set_keeps_comments() {
        let (dir, mut e) = editor(COMMENTED);
        e.set("listen_port", "3128").unwrap();
        e.save().unwrap();
        let text = std::fs::read_to_string(dir.path().join("omsgate.toml")).unwrap();
        assert!(
            text.contains("# Gateway for the shop floor\nlisten_port = 3128 # agents use this\n"),
            "{text}"
        );
        assert!(text.contains("# our own collector"), "{text}");
    }

    #[test]
    fn add_and_remove_keep_each_comment_with_its_entry() {
        let (dir, mut e) = editor(COMMENTED);
        assert!(e.add("allowed_hosts", "*.example.net").unwrap());
        assert!(!e.add("allowed_hosts", "*.example.net").unwrap(), "no duplicates");
        e.remove("allowed_hosts", "collector.example.com", "allowed-host list").unwrap();
        e.save().unwrap();
        let text = std::fs::read_to_string(dir.path().join("omsgate.toml")).unwrap();
        assert_eq!(
            text,
            "# Gateway for the shop floor\nlisten_port = 8080 # agents use this\n\nallowed_hosts = [\n  # ingestion\n  \"*.ods.opinsights.azure.com\",\n  \"*.example.net\",\n]\n"
        );
    }

    #[test]
    fn an_invalid_edit_writes_nothing() {
        let (dir, mut e) = editor(COMMENTED);
        e.set("relay_proxy_username", "user1").unwrap();
        let err = e.save().unwrap_err();
        assert!(err.to_string().contains("relay_proxy is empty"), "{err}");
        assert_eq!(std::fs::read_to_string(dir.path().join("omsgate.toml")).unwrap(), COMMENTED);
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temp file left behind");
    }

    #[test]
    fn a_rewrite_keeps_a_private_file_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        std::fs::write(&path, "old\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomically(&path, b"new\n", None).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        let fresh = dir.path().join("fresh.toml");
        write_atomically(&fresh, b"x = 1\n", None).unwrap();
        assert_eq!(std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777, 0o644);
    }

    #[test]
    fn typed_values() {
        let (_dir, mut e) = editor("");
        let err = e.set("listen_port", "eighty").unwrap_err();
        assert_eq!(err.to_string(), "listen_port = \"eighty\" is not a TCP port (1-65535)");
        let err = e.set("header_timeout", "10").unwrap_err();
        assert!(err.to_string().starts_with("header_timeout = \"10\" has no unit"), "{err}");
        let err = e.set("listen_prot", "80").unwrap_err();
        assert!(
            matches!(&err, EditError::UnknownKey(m) if m.contains("did you mean `listen_port`")),
            "{err}"
        );
        e.set("allowed_ports", "443, 8443").unwrap();
        e.set("listen_address", "[\"127.0.0.1\", \"::1\"]").unwrap();
        e.set("allow_private_destinations", "true").unwrap();
        let s = e.save().unwrap();
        assert_eq!(s.allowlist.default_ports(), &[443, 8443]);
        assert_eq!(s.listen.len(), 2);
        assert!(s.keys.allow_private_destinations);
    }

    #[test]
    fn a_missing_file_starts_from_the_embedded_default() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.toml");
        let mut e = Editor::open(&path).unwrap();
        e.set("listen_port", "9090").unwrap();
        e.save().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("listen_port = 9090"));
        assert!(text.contains("# Log Analytics data ingestion"), "comments of the default kept");
    }
}
