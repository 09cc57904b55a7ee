//! What the loadtest's integration tests share: finding the gateway to drive and
//! requiring the real tools they use.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

/// `capacity` pins its children with taskset, and boxes the gateway with prlimit when no
/// cgroup is writable: both come with util-linux, which `.ci/run` installs.
#[allow(dead_code)] // each test crate compiles this module; not every one needs this
pub fn require_util_linux() {
    for tool in ["taskset", "prlimit"] {
        let found = Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success());
        assert!(found, "{tool} not found: install util-linux (`apt-get install util-linux`; .ci/run does)");
    }
}

/// The gateway to drive: `OMSGATE_BIN`; else the build beside this test's own binary
/// (same target directory and profile); else a release or debug build in
/// `CARGO_TARGET_DIR` or `target/`. `CARGO_BIN_EXE_omsgate` would be better, but Cargo
/// sets it only for tests of the package that owns the binary (or, unstably, with
/// artifact dependencies), and this is another package of the workspace.
pub fn omsgate_binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("OMSGATE_BIN") {
        let p = PathBuf::from(p);
        assert!(p.is_file(), "OMSGATE_BIN={} is not a file", p.display());
        return Some(p);
    }
    let beside = Path::new(env!("CARGO_BIN_EXE_omsgate-loadtest")).with_file_name("omsgate");
    if beside.is_file() {
        return Some(beside);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut dirs = vec![root.join("target")];
    if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
        dirs.insert(0, PathBuf::from(t));
    }
    dirs.iter().flat_map(|d| ["release", "debug"].map(|p| d.join(p).join("omsgate"))).find(|p| p.is_file())
}
