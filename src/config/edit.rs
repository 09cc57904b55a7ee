//! Editing the config file from the shell (`config set`, `allowed-host add`, ...), as
//! the original's `Set-OMSGateway*` cmdlets did. Every edit is made on the document
//! (toml_edit keeps the operator's comments and layout), validated as a whole exactly
//! as `run` would validate it, and only then written — atomically, keeping the file's
//! owner, group and mode, through symlinks, one editor at a time (`store`) — so a bad
//! edit never reaches the file, a crash never leaves half a file, and concurrent edits
//! never lose each other.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use toml_edit::{Array, DocumentMut, Item, Value};

use super::keys::{self, Key};
use super::store::{self, EditLock, Perms};
use super::{EMBEDDED_DEFAULT, Settings, Source};
use crate::events;
use crate::lang::{Arg, Msg};

/// Why an edit was not made. Nothing has been written when one of these is returned.
/// `Display` is English (as a log keeps it); [`EditError::local`] is the operator's
/// language, for the terminal. A reason is an [`Arg`]: the text another module wrote, or
/// a [`Msg`].
#[derive(Debug)]
pub enum EditError {
    /// No such key (the message has a did-you-mean).
    UnknownKey(String),
    /// The value cannot be this key's (the message names key and value).
    BadValue(Arg),
    NotListed {
        key: String,
        value: String,
        list: &'static str,
    },
    /// The config as edited (or as read) would not run: why.
    Invalid(Arg),
    /// An I/O error; one of ours (`store`) carries a [`Msg`].
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Unparsable {
        path: PathBuf,
        error: String,
    },
    /// Written (or nothing to write), but a running gateway did not put it in force: what
    /// each gateway that refused said.
    NotApplied(Vec<Msg>),
    /// `omsgate reload` found no gateway serving the file.
    NotRunning(Msg),
}

impl EditError {
    /// SPEC event ID: 401 for anything about the config's content, 400 for I/O.
    pub fn event_id(&self) -> u16 {
        match self {
            EditError::Io { .. } | EditError::NotRunning(_) => events::APPLICATION_ERROR,
            _ => events::WRONG_CONFIGURATION,
        }
    }

    /// A value refused for `reason`: the text another module wrote, or a [`Msg`].
    pub fn bad(reason: impl Into<Arg>) -> EditError {
        EditError::BadValue(reason.into())
    }

    /// `key`'s value refused for `reason` (`key: reason`).
    pub fn bad_value_of(key: &str, reason: impl Into<Arg>) -> EditError {
        EditError::bad(crate::msg!("edit-key-value", key = key, reason = reason))
    }

    /// The error in the operator's language, for the terminal.
    pub fn local(&self) -> String {
        self.render(true)
    }

    fn render(&self, local: bool) -> String {
        let show = |m: &Msg| if local { m.local() } else { m.to_string() };
        let arg = |a: &Arg| match a {
            Arg::Text(t) => t.clone(),
            Arg::Number(n) => n.to_string(),
            Arg::Msg(m) => show(m),
        };
        match self {
            EditError::UnknownKey(text) => text.clone(),
            EditError::BadValue(reason) => arg(reason),
            EditError::NotListed { key, value, list } => {
                show(&crate::msg!("edit-not-listed", value = format!("{value:?}"), key = key, list = *list))
            }
            EditError::Invalid(reason) => show(&crate::msg!("edit-would-not-run", reason = reason.clone())),
            EditError::Io { path, error } => {
                let ours = error.get_ref().and_then(|e| e.downcast_ref::<Msg>()).filter(|_| local);
                match ours {
                    Some(m) => format!("{}: {}", path.display(), m.local()),
                    None => format!("{}: {error}", path.display()),
                }
            }
            EditError::Unparsable { path, error } => {
                show(&crate::msg!("edit-not-toml", path = path.display().to_string(), error = error))
            }
            EditError::NotApplied(refused) => refused.iter().map(show).collect::<Vec<_>>().join("; "),
            EditError::NotRunning(m) => show(m),
        }
    }
}

impl std::fmt::Display for EditError {
    /// English, whatever the operator's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for EditError {}

/// A config document being edited: holds the file's edit lock until it is dropped.
pub struct Editor {
    /// The file itself (symlinks resolved).
    path: PathBuf,
    doc: DocumentMut,
    /// Files written with the config, such as the relay proxy password.
    secrets: Vec<(PathBuf, Vec<u8>)>,
    _lock: EditLock,
}

/// The string list `key` as the file at `path` writes it (absent: empty), for the list
/// commands, which need no lock.
pub fn read_list(path: &Path, key: &str) -> Result<Vec<String>, EditError> {
    Ok(list_in(&read(path)?.1, key))
}

impl Editor {
    /// Opens the file `path` leads to (through symlinks) for editing, waiting for any
    /// other editor of it first; a file that does not exist yet starts as the embedded
    /// default, so the first edit writes a complete, commented file.
    pub fn open(path: &Path) -> Result<Editor, EditError> {
        let io = |error| EditError::Io { path: path.into(), error };
        let target = store::resolve(path).map_err(io)?;
        let lock = EditLock::acquire(&target).map_err(io)?;
        let (path, doc) = read(&target)?;
        Ok(Editor { path, doc, secrets: Vec::new(), _lock: lock })
    }

    /// The file being edited (symlinks resolved).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The value the edited document gives `key`, if it sets it.
    pub fn value_of(&self, key: &str) -> Option<&Value> {
        self.doc.get(key).and_then(Item::as_value)
    }

    /// Stores `bytes` as `name` beside the config with the config, readable by the
    /// config's group (the service's) and nobody else; returns its path.
    pub fn put_secret(&mut self, name: &str, bytes: Vec<u8>) -> PathBuf {
        let file =
            self.path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).join(name);
        self.secrets.push((file.clone(), bytes));
        file
    }

    /// Sets `key` from its command-line text (lists as `a,b` or a TOML array), checked
    /// as the key table says before it touches the document.
    pub fn set(&mut self, key: &str, text: &str) -> Result<(), EditError> {
        let key = known(key)?;
        let value = key.kind.from_cli(text);
        (key.check)(&value).map_err(EditError::bad)?;
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

    /// Keeps only the items of the string list `key` for which `keep` holds (absent:
    /// nothing to do).
    pub fn retain(&mut self, key: &str, keep: impl Fn(&str) -> bool) -> Result<(), EditError> {
        let key = known(key)?;
        if let Some(array) = self.doc.get_mut(key.name).and_then(Item::as_array_mut) {
            array.retain(|v| v.as_str().is_none_or(&keep));
        }
        Ok(())
    }

    /// The value of `key` as the file now has it, typed (absent: `None`).
    pub fn typed<T: super::types::KeyType>(&self, key: &str) -> Result<Option<T>, EditError> {
        let key = known(key)?;
        match self.doc.get(key.name).and_then(keys::value_of) {
            None => Ok(None),
            Some(v) => T::from_toml(&v).map(Some).map_err(|e| EditError::bad_value_of(key.name, e)),
        }
    }

    /// Validates the whole edited file as `run` would, then writes it atomically. The
    /// secrets are written first (validation reads them) and put back as they were when
    /// the config is refused.
    pub fn save(self) -> Result<Settings, EditError> {
        let group = std::fs::metadata(&self.path).ok().map(|m| m.gid());
        let mut before = Vec::new();
        for (file, bytes) in &self.secrets {
            before.push((file, std::fs::read(file).ok()));
            store::write_atomically(file, bytes, Perms::Set { mode: 0o640, gid: group })
                .map_err(|error| EditError::Io { path: file.clone(), error })?;
        }
        let text = self.doc.to_string();
        let checked = super::from_text(&text, Source::File(self.path.clone()))
            .map_err(|e| EditError::Invalid(e.message.into()));
        let written = checked.and_then(|settings| {
            store::write_atomically(&self.path, text.as_bytes(), Perms::Keep { new_mode: 0o644 })
                .map_err(|error| EditError::Io { path: self.path.clone(), error })?;
            Ok(settings)
        });
        if written.is_err() {
            for (file, old) in before {
                let _ = match old {
                    Some(bytes) => store::write_atomically(file, &bytes, Perms::Keep { new_mode: 0o640 }),
                    None => std::fs::remove_file(file),
                };
            }
        }
        written
    }

    /// The list under `key`, inserted one entry per line from the key's default first
    /// when the file does not set it.
    /// An unset `allowed_hosts` in a file that names `services` is read as `[]` (the
    /// catalog's exact entries replace the default families, settings.rs), so the
    /// first edit starts from `[]` too rather than writing the families back.
    fn unset_means_empty(&self, key: &str) -> bool {
        let services = self.doc.get("services").and_then(Item::as_array);
        key == "allowed_hosts" && services.is_some_and(|s| !s.is_empty())
    }

    fn array(&mut self, key: &str) -> Result<&mut Array, EditError> {
        let key = known(key)?;
        if self.doc.get(key.name).is_none() {
            let default: Value = match self.unset_means_empty(key.name) {
                true => Value::Array(Array::new()),
                false => key.default.parse().map_err(|_| EditError::bad(key.name))?,
            };
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
            .ok_or_else(|| EditError::bad(crate::msg!("edit-not-a-list", key = key.name)))
    }
}

fn known(key: &str) -> Result<&'static Key, EditError> {
    keys::find(key).map_err(|e| EditError::UnknownKey(e.local()))
}

/// The file at `path` (the embedded default when it does not exist) as a document.
fn read(path: &Path) -> Result<(PathBuf, DocumentMut), EditError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => EMBEDDED_DEFAULT.to_string(),
        Err(error) => return Err(EditError::Io { path: path.into(), error }),
    };
    let doc = text
        .parse::<DocumentMut>()
        .map_err(|e| EditError::Unparsable { path: path.into(), error: e.to_string() })?;
    Ok((path.into(), doc))
}

fn list_in(doc: &DocumentMut, key: &str) -> Vec<String> {
    match doc.get(key).and_then(Item::as_array) {
        Some(a) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        None => Vec::new(),
    }
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
    fn the_first_add_to_a_services_file_starts_from_no_families() {
        let (dir, mut e) = editor(
            "services = [\"azure_monitor_agent\"]\nazure_regions = [\"westeurope\"]\nazure_workspace_ids = [\"1a2b3c4d-0000-4000-8000-000000000001\"]\n",
        );
        assert!(e.add("allowed_hosts", "collector.example.com").unwrap());
        e.save().unwrap();
        let text = std::fs::read_to_string(dir.path().join("omsgate.toml")).unwrap();
        assert!(text.contains("\"collector.example.com\""), "{text}");
        assert!(!text.contains("opinsights"), "the default families stay out: {text}");
    }

    #[test]
    fn an_invalid_edit_writes_nothing() {
        let (dir, mut e) = editor(COMMENTED);
        e.set("relay_proxy_username", "user1").unwrap();
        let err = e.save().unwrap_err();
        assert!(err.to_string().contains("relay_proxy is empty"), "{err}");
        assert_eq!(std::fs::read_to_string(dir.path().join("omsgate.toml")).unwrap(), COMMENTED);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 2, "the file and its lock file, no temp file left behind: {names:?}");
    }

    #[test]
    fn a_refused_edit_puts_the_secret_back() {
        let (dir, mut e) = editor("");
        let file = dir.path().join("relay-proxy.password");
        std::fs::write(&file, "old\n").unwrap();
        e.put_secret("relay-proxy.password", b"new\n".to_vec());
        e.set("relay_proxy_username", "user1").unwrap();
        assert!(matches!(e.save(), Err(EditError::Invalid(_))), "a username without a relay proxy");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "old\n");
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
