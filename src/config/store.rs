//! How an edited file reaches the disk, so that an edit reported as done stays done and
//! leaves the service able to read what it edited:
//! - through symlinks: the file a link points to is edited and the link kept, so the
//!   gateway reading the target sees the change;
//! - one editor at a time: an exclusive `flock` on a lock file beside the target is held
//!   from reading the file to renaming the new one over it, so concurrent edits
//!   serialise instead of losing each other's changes;
//! - atomically: a temp file beside the target, synced, then renamed over it;
//! - keeping the target's owner, group and mode (a root edit of a `root:omsgate 0640`
//!   file stays `root:omsgate 0640`); refused when they cannot be kept.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rustix::fs::{FlockOperation, flock};

/// The permissions a written file gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Perms {
    /// Those of the file being replaced; a new file gets `new_mode` and its directory's group.
    Keep { new_mode: u32 },
    /// This mode and group (`None`: the directory's), whatever the file had: for a secret
    /// the service's group must read and nobody else.
    Set { mode: u32, gid: Option<u32> },
    /// Never readable by others: the owner reads and writes, the group reads only if it
    /// did (or, for a new file, if `group_read`), owner and group kept; a new file gets
    /// `owner` (uid, gid), or this process's user and the directory's group. For a
    /// secret as readable as the config that names it and no more (the agents' users
    /// file: 0600, or 0640 with the service's group when the config is read that way,
    /// as the package installs it: root:omsgate).
    Private { owner: Option<(u32, u32)>, group_read: bool },
}

/// Held while a file is edited: other editors of the same file wait for it.
#[derive(Debug)]
pub struct EditLock {
    _file: File,
}

/// How many symlinks are followed before giving up (the kernel's own limit).
const MAX_LINKS: usize = 40;

/// The file `path` leads to through symlinks, which need not exist yet (a dangling link
/// names the file the first edit creates).
pub fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&path)?;
                path = match target.is_absolute() {
                    true => target,
                    false => path.parent().unwrap_or(Path::new("")).join(target),
                };
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other(
        crate::lang::Msg::new("edit-too-many-symlinks")
            .arg("path", path.display().to_string())
            .arg("max", MAX_LINKS),
    ))
}

impl EditLock {
    /// Waits for, then holds, the lock of the file `target` (already resolved): a lock
    /// file `.NAME.lock` beside it, so any editor of the file meets it.
    pub fn acquire(target: &Path) -> std::io::Result<EditLock> {
        let file = OpenOptions::new().create(true).append(true).mode(0o600).open(lock_path(target))?;
        flock(&file, FlockOperation::LockExclusive)?;
        Ok(EditLock { _file: file })
    }
}

/// The lock file of `target`.
pub fn lock_path(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    dir_of(target).join(format!(".{name}.lock"))
}

/// Writes `bytes` to a temp file beside `path`, gives it `perms`, syncs it and renames it
/// over `path`: readers see the old file or the new one, never half. The temp file is
/// private (0600) until it is complete.
pub fn write_atomically(path: &Path, bytes: &[u8], perms: Perms) -> std::io::Result<()> {
    let dir = dir_of(path);
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // Left behind by a crashed run with the same PID: never ours to keep.
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp)?;
        f.write_all(bytes)?;
        let (mode, uid, gid) = wanted(path, dir, perms)?;
        let made = f.metadata()?;
        if (made.uid(), made.gid()) != (uid, gid) {
            std::os::unix::fs::fchown(&f, Some(uid), Some(gid)).map_err(|e| {
                // A Msg inside: English where it is logged, `EditError::local` at the terminal.
                std::io::Error::new(
                    e.kind(),
                    crate::lang::Msg::new("edit-cannot-chown")
                        .arg("owner", uid.to_string())
                        .arg("group", gid.to_string())
                        .arg("path", path.display().to_string())
                        .arg("error", e.to_string()),
                )
            })?;
        }
        f.set_permissions(std::fs::Permissions::from_mode(mode))?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Mode, owner and group for the file written at `path`.
fn wanted(path: &Path, dir: &Path, perms: Perms) -> std::io::Result<(u32, u32, u32)> {
    let me = rustix::process::geteuid().as_raw();
    let dir_gid = std::fs::metadata(dir)?.gid();
    Ok(match (perms, std::fs::metadata(path)) {
        (Perms::Keep { .. }, Ok(old)) => (old.mode() & 0o7777, old.uid(), old.gid()),
        (Perms::Keep { new_mode }, Err(_)) => (new_mode, me, dir_gid),
        (Perms::Set { mode, gid }, _) => (mode, me, gid.unwrap_or(dir_gid)),
        (Perms::Private { .. }, Ok(old)) => (0o600 | (old.mode() & 0o040), old.uid(), old.gid()),
        (Perms::Private { owner, group_read }, Err(_)) => {
            let (uid, gid) = owner.unwrap_or((me, dir_gid));
            (if group_read { 0o640 } else { 0o600 }, uid, gid)
        }
    })
}

fn dir_of(path: &Path) -> &Path {
    path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewrite_keeps_mode_owner_and_group() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("omsgate.toml");
        std::fs::write(&path, "old\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        // Root can hand the file to another group; others keep their own primary group.
        let gid = if rustix::process::geteuid().is_root() {
            65534
        } else {
            std::fs::metadata(&path).unwrap().gid()
        };
        std::os::unix::fs::chown(&path, None, Some(gid)).unwrap();
        write_atomically(&path, b"new\n", Perms::Keep { new_mode: 0o644 }).unwrap();
        let m = std::fs::metadata(&path).unwrap();
        assert_eq!((m.mode() & 0o777, m.gid()), (0o640, gid));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        let fresh = dir.path().join("fresh.toml");
        write_atomically(&fresh, b"x = 1\n", Perms::Keep { new_mode: 0o644 }).unwrap();
        assert_eq!(std::fs::metadata(&fresh).unwrap().mode() & 0o777, 0o644);
        let secret = dir.path().join("secret");
        write_atomically(&secret, b"pw\n", Perms::Set { mode: 0o640, gid: Some(gid) }).unwrap();
        let m = std::fs::metadata(&secret).unwrap();
        assert_eq!((m.mode() & 0o777, m.gid()), (0o640, gid));
        let leftovers: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(leftovers.len(), 3, "no temp file left behind: {leftovers:?}");
    }

    #[test]
    fn symlinks_resolve_to_the_file_they_name() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        std::fs::write(&real, "x").unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink("real.toml", &link).unwrap();
        let chain = dir.path().join("chain.toml");
        std::os::unix::fs::symlink(&link, &chain).unwrap();
        assert_eq!(resolve(&chain).unwrap(), real);
        let dangling = dir.path().join("dangling.toml");
        std::os::unix::fs::symlink("missing.toml", &dangling).unwrap();
        assert_eq!(resolve(&dangling).unwrap(), dir.path().join("missing.toml"));
        let looped = dir.path().join("loop.toml");
        std::os::unix::fs::symlink("loop.toml", &looped).unwrap();
        assert!(resolve(&looped).is_err());
    }

    #[test]
    fn a_second_editor_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("omsgate.toml");
        let first = EditLock::acquire(&path).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let p = path.clone();
        let second = std::thread::spawn(move || {
            let _lock = EditLock::acquire(&p).unwrap();
            tx.send(()).unwrap();
        });
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(200)).is_err(),
            "waits while the first holds it"
        );
        drop(first);
        rx.recv_timeout(std::time::Duration::from_secs(10)).expect("gets it once released");
        second.join().unwrap();
    }
}
