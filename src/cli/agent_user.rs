//! `omsgate agent-user add|remove|list`: the agents' users file (`client_auth_users_file`,
//! htpasswd form with bcrypt hashes). The password comes from stdin (a terminal is
//! asked without echo), never the command line. An edit holds the config's edit lock
//! (edits of the config and of its users file serialise as every config edit does),
//! checks the new file as the gateway reads it, writes it atomically, never readable by
//! others (0600, or 0640 when the config is group-readable: the service reads both
//! through its group; owner and group kept), names it in the config when the config names none
//! (`agent-users` beside the config), then tells running gateways to reload.

use std::io::{BufRead, IsTerminal};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::edit::{EditError, Editor};
use crate::config::store::{self, Perms};
use crate::policy::Users;
use crate::policy::auth::{check_user, hash_password};
use crate::{msg, t};

/// What `agent-user` was asked.
#[derive(Debug, Clone)]
pub enum AgentUser {
    /// Add a user, or set a new password for one, hashed at this bcrypt cost.
    Add(String, u32),
    Remove(String),
    List,
}

/// The users file a config names none gets, beside the config.
const DEFAULT_FILE: &str = "agent-users";

const KEY: &str = "client_auth_users_file";

/// Runs one `agent-user` command against the config at `config`.
pub fn run(cmd: AgentUser, config: &Path) -> ExitCode {
    match execute(cmd, config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", t!("edit-failed", error = e.local(), event = e.event_id().to_string()));
            ExitCode::from(if e.event_id() == crate::events::WRONG_CONFIGURATION { 2 } else { 1 })
        }
    }
}

fn execute(cmd: AgentUser, config: &Path) -> Result<(), EditError> {
    if let AgentUser::List = cmd {
        let editor = Editor::open(config)?;
        let Some(file) = named_file(&editor) else {
            say!("# {}", t!("edit-agent-users-none", key = KEY, path = config.display().to_string()));
            return Ok(());
        };
        let (_, users) = read_users(&file)?;
        users.names().iter().for_each(|u| say!("{u}"));
        return Ok(());
    }
    let (name, password, cost) = match &cmd {
        AgentUser::Add(name, cost) => {
            check_user(name).map_err(EditError::bad)?;
            (name, Some(read_password(name)?), *cost)
        }
        AgentUser::Remove(name) => (name, None, 0),
        AgentUser::List => unreachable!("answered above"),
    };
    let mut editor = Editor::open(config)?;
    let named = named_file(&editor);
    let file = named.clone().unwrap_or_else(|| beside(editor.path(), DEFAULT_FILE));
    let (old, users) = read_users(&file)?;
    let text = match &password {
        Some(password) => {
            let hash = hash_password(password, cost).map_err(EditError::bad)?;
            with_user(old.as_deref().unwrap_or(""), name, Some(&hash))
        }
        None if !users.contains(name) => {
            return Err(EditError::NotListed {
                key: KEY.into(),
                value: name.clone(),
                list: "agent-user list",
            });
        }
        None => with_user(old.as_deref().unwrap_or(""), name, None),
    };
    Users::parse(&file, &text).map_err(|e| refused(&file, e))?;
    // As readable as the config and no more: a service that reads its config through
    // its group (the package's root:omsgate 0640) reads the users file the same way.
    let config_meta = std::fs::metadata(editor.path()).ok();
    let owner = config_meta.as_ref().map(|m| (m.uid(), m.gid()));
    let group_read = config_meta.is_some_and(|m| m.mode() & 0o040 != 0);
    let io = |error| EditError::Io { path: file.clone(), error };
    store::write_atomically(&file, text.as_bytes(), Perms::Private { owner, group_read }).map_err(io)?;
    if named.is_none() {
        // The config names the new file; a refused config puts the users file back.
        editor.set(KEY, &file.display().to_string())?;
        if let Err(e) = editor.save() {
            let _ = match &old {
                Some(bytes) => {
                    store::write_atomically(&file, bytes.as_bytes(), Perms::Private { owner, group_read })
                }
                None => std::fs::remove_file(&file),
            };
            return Err(e);
        }
    } else {
        drop(editor);
    }
    let path = file.display().to_string();
    let done = match password {
        Some(_) => t!("edit-agent-user-added", user = name, path = path),
        None => t!("edit-agent-user-removed", user = name, path = path),
    };
    say!("{done}");
    super::edit::tell_running(config).map(drop)
}

/// The users file the config names, relative paths as the gateway reads them.
fn named_file(editor: &Editor) -> Option<PathBuf> {
    let value = editor.value_of(KEY)?.as_str()?;
    (!value.is_empty()).then(|| PathBuf::from(value))
}

/// `name` in the directory of `config`.
fn beside(config: &Path, name: &str) -> PathBuf {
    config.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).join(name)
}

/// The users file's text (`None` when it does not exist yet) and its users.
fn read_users(file: &Path) -> Result<(Option<String>, Users), EditError> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(EditError::Io { path: file.into(), error }),
    };
    let users = Users::parse(file, text.as_deref().unwrap_or("")).map_err(|e| refused(file, e))?;
    Ok((text, users))
}

/// The users file `file` would not do, for `reason` (`Users::parse`'s).
fn refused(file: &Path, reason: crate::lang::Msg) -> EditError {
    let file = format!("{:?}", file.display());
    EditError::Invalid(msg!("edit-users-file-refused", key = KEY, file = file, reason = reason).into())
}

/// The file's text with `user`'s line replaced by `user:hash` (or dropped when `hash`
/// is `None`); a new user is appended. Comments and other lines stay as they are.
fn with_user(text: &str, user: &str, hash: Option<&str>) -> String {
    let mut out = String::new();
    let mut placed = false;
    for line in text.lines() {
        let is_user = line.trim().split_once(':').is_some_and(|(u, _)| u == user);
        match (is_user, hash) {
            (true, Some(hash)) if !placed => {
                out += &format!("{user}:{hash}\n");
                placed = true;
            }
            (true, _) => {}
            (false, _) => out += &format!("{line}\n"),
        }
    }
    if let (false, Some(hash)) = (placed, hash) {
        out += &format!("{user}:{hash}\n");
    }
    out
}

/// The new password: one line from stdin, or asked without echo on a terminal.
fn read_password(user: &str) -> Result<String, EditError> {
    let io = |error| EditError::Io { path: "stdin".into(), error };
    let password = if std::io::stdin().is_terminal() {
        // Fluent trims a message's trailing space: the prompt's is added here.
        super::tty::password(&format!("{} ", t!("edit-password-prompt", user = user))).map_err(io)?
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(io)?;
        line.trim_end_matches(['\n', '\r']).to_string()
    };
    if password.is_empty() {
        return Err(EditError::bad(msg!("edit-password-empty")));
    }
    Ok(password)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_line_is_replaced_in_place_or_appended_or_dropped() {
        let text = "# agents\nstore-1:$2y$04$a\nstore-2:$2y$04$b\n";
        assert_eq!(
            with_user(text, "store-1", Some("$2y$04$c")),
            "# agents\nstore-1:$2y$04$c\nstore-2:$2y$04$b\n"
        );
        assert_eq!(with_user(text, "store-3", Some("$2y$04$d")), format!("{text}store-3:$2y$04$d\n"));
        assert_eq!(with_user(text, "store-1", None), "# agents\nstore-2:$2y$04$b\n");
        assert_eq!(with_user("", "a", Some("h")), "a:h\n");
    }
}
