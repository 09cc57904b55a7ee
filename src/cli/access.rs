//! Whether the service's user could read a file: `check` run as root (as an operator
//! diagnosing a unit that will not start) warns about a config or password file that the
//! service user — `omsgate` by default, as the package creates it — could not read.
//! Accounts come from /etc/passwd and /etc/group, as `useradd` writes them.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// A local account: its uid and every group it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub uid: u32,
    pub groups: Vec<u32>,
}

impl Account {
    /// The account `name` from /etc/passwd and /etc/group; `None` when there is none.
    pub fn lookup(name: &str) -> Option<Account> {
        let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
        let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
        Account::from_files(name, &passwd, &group)
    }

    fn from_files(name: &str, passwd: &str, group: &str) -> Option<Account> {
        let fields: Vec<&str> =
            passwd.lines().map(|l| l.split(':').collect::<Vec<_>>()).find(|f| f[0] == name)?;
        let uid = fields.get(2)?.parse().ok()?;
        let primary: u32 = fields.get(3)?.parse().ok()?;
        let mut groups = vec![primary];
        for line in group.lines() {
            let f: Vec<&str> = line.split(':').collect();
            if f.len() == 4 && f[3].split(',').any(|m| m == name) {
                groups.extend(f[2].parse::<u32>().ok());
            }
        }
        Some(Account { name: name.to_string(), uid, groups })
    }

    /// Why this account could not read `file` (a directory on the way it cannot search,
    /// or the file's own mode) in the operator's language, or `None` when it can.
    pub fn cannot_read(&self, file: &Path) -> Option<String> {
        if self.uid == 0 {
            return None;
        }
        let file = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let mut dirs: Vec<PathBuf> = file.ancestors().skip(1).map(Path::to_path_buf).collect();
        dirs.reverse();
        for dir in dirs.iter().filter(|d| !d.as_os_str().is_empty()) {
            if !self.may(dir, 0o1) {
                return Some(crate::t!("edit-cannot-enter", user = &self.name, dir = describe(dir)));
            }
        }
        (!self.may(&file, 0o4))
            .then(|| crate::t!("edit-cannot-read", user = &self.name, file = describe(&file)))
    }

    /// Whether the owner, group or other bits of `path` grant `bit` (4 read, 1 search).
    fn may(&self, path: &Path, bit: u32) -> bool {
        let Ok(m) = std::fs::metadata(path) else { return true };
        let mode = m.mode();
        if m.uid() == self.uid {
            mode & (bit << 6) != 0
        } else if self.groups.contains(&m.gid()) {
            mode & (bit << 3) != 0
        } else {
            mode & bit != 0
        }
    }
}

/// `path (mode 0600, owner 0, group 0)`.
fn describe(path: &Path) -> String {
    match std::fs::metadata(path) {
        Ok(m) => crate::lang::Msg::new("edit-file-mode")
            .arg("path", path.display().to_string())
            .arg("mode", format!("{:04o}", m.mode() & 0o7777))
            .arg("owner", m.uid().to_string())
            .arg("group", m.gid().to_string())
            .local(),
        Err(_) => path.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn accounts_come_from_passwd_and_group() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\nomsgate:x:995:993::/nonexistent:/usr/sbin/nologin\n";
        let group = "root:x:0:\nomsgate:x:993:\nssl-cert:x:110:omsgate,postgres\n";
        let a = Account::from_files("omsgate", passwd, group).unwrap();
        assert_eq!((a.uid, a.groups.clone()), (995, vec![993, 110]));
        assert!(Account::from_files("nobody-here", passwd, group).is_none());
    }

    #[test]
    fn mode_bits_decide() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let file = dir.path().join("secret");
        std::fs::write(&file, "pw").unwrap();
        let m = std::fs::metadata(&file).unwrap();
        let stranger = Account { name: "svc".into(), uid: m.uid() + 1, groups: vec![m.gid()] };
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(stranger.cannot_read(&file).unwrap().contains("mode 0600"));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert_eq!(stranger.cannot_read(&file), None, "its group may read");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(stranger.cannot_read(&file).unwrap().contains("cannot enter"));
    }
}
