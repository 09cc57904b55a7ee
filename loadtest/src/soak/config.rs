//! The config file the soak's gateway runs on, rewritten for every reload.
//!
//! Every generation allows exactly the origin and one harmless extra entry, its
//! *marker*: a loopback address of its own on the discard port, where nothing listens.
//! So each reload really changes the allowlist, no agent depends on the change, and a
//! probe can tell which generation is in force without any DNS: a CONNECT to the
//! current marker is allowed and then refused by the kernel (502), one to an older
//! marker is not allowed (403). The file is written atomically (a temp file beside it,
//! then rename), as `omsgate`'s own edits are: a reload, however timed, reads either
//! the old file or the new one.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use anyhow::{Context, Result};

/// The config file and what goes into it.
#[derive(Debug)]
pub struct ConfigFile {
    path: PathBuf,
    /// The gateway's listening socket (passed to it; named here so the config agrees).
    proxy: SocketAddr,
    /// The origin, the one destination agents use.
    origin: SocketAddr,
    /// Written so far; the next write is generation `written`.
    written: u64,
}

impl ConfigFile {
    /// A config at `path` for a gateway on `proxy` in front of `origin`; nothing written yet.
    pub fn new(path: PathBuf, proxy: SocketAddr, origin: SocketAddr) -> Self {
        Self { path, proxy, origin, written: 0 }
    }

    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The marker of the generation written last (`None` before the first write).
    pub fn current_marker(&self) -> Option<SocketAddr> {
        self.written.checked_sub(1).map(marker)
    }

    /// The marker of the generation before that one.
    pub fn previous_marker(&self) -> Option<SocketAddr> {
        self.written.checked_sub(2).map(marker)
    }

    /// Writes the next generation atomically.
    pub fn write_next(&mut self) -> Result<()> {
        let text = render(self.written, self.proxy, self.origin);
        let temp = self.path.with_extension(format!("toml.{}.tmp", std::process::id()));
        std::fs::write(&temp, text).with_context(|| format!("writing {}", temp.display()))?;
        std::fs::rename(&temp, &self.path)
            .with_context(|| format!("renaming onto {}", self.path.display()))?;
        self.written += 1;
        Ok(())
    }
}

/// A generation's marker: `127.1.X.Y:9`, X.Y the generation (mod 65,536). Loopback, so
/// the kernel refuses a connection at once; port 9 (discard), where nothing listens.
fn marker(generation: u64) -> SocketAddr {
    let [x, y] = (generation as u16).to_be_bytes();
    SocketAddr::from(([127, 1, x, y], 9))
}

/// Generation `generation` of the config.
fn render(generation: u64, proxy: SocketAddr, origin: SocketAddr) -> String {
    format!(
        "# omsgate-loadtest soak, generation {generation}: rewritten (atomically) before every reload\n\
         listen_address = [\"{}\"]\n\
         listen_port = {}\n\
         metrics_address = \"127.0.0.1:0\"\n\
         allowed_hosts = [\"{origin}\", \"{}\"]\n\
         allow_private_destinations = true\n\
         log_format = \"json\"\n\
         # No balancer in front: stop serving at SIGTERM rather than after drain_grace.\n\
         drain_grace = \"0s\"\n",
        proxy.ip(),
        proxy.port(),
        marker(generation),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_generation_allows_the_origin_and_differs() {
        let (proxy, origin) = ("127.0.0.1:4000".parse().unwrap(), "127.0.0.1:5000".parse().unwrap());
        let first = render(0, proxy, origin);
        assert!(first.contains("listen_port = 4000\n"), "{first}");
        assert!(first.contains("allowed_hosts = [\"127.0.0.1:5000\", \"127.1.0.0:9\"]"), "{first}");
        assert!(render(258, proxy, origin).contains("\"127.1.1.2:9\""));
        assert_ne!(first, render(1, proxy, origin));
    }

    #[test]
    fn writes_replace_the_file_whole() {
        let dir = std::env::temp_dir().join(format!(
            "soak-config-{}-{}",
            std::process::id(),
            rand::random::<u32>()
        ));
        std::fs::create_dir(&dir).unwrap();
        let mut config = ConfigFile::new(
            dir.join("omsgate.toml"),
            "127.0.0.1:1".parse().unwrap(),
            "127.0.0.1:2".parse().unwrap(),
        );
        assert_eq!(config.current_marker(), None);
        config.write_next().unwrap();
        config.write_next().unwrap();
        let text = std::fs::read_to_string(config.path()).unwrap();
        assert!(text.contains("\"127.1.0.1:9\""), "{text}");
        assert_eq!(config.current_marker(), Some("127.1.0.1:9".parse().unwrap()));
        assert_eq!(config.previous_marker(), Some("127.1.0.0:9".parse().unwrap()));
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temp file left");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
