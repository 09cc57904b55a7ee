//! A real Squid on a free loopback port, as the relay proxy (Debian's squid package;
//! `.ci/run` installs it). Optionally with Basic auth through Squid's own
//! `basic_ncsa_auth` helper. Killed by its PID when dropped.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// A running Squid.
pub struct Squid {
    child: Child,
    pub port: u16,
    dir: tempfile::TempDir,
}

impl Squid {
    /// Starts Squid allowing CONNECT from loopback to any port; with `auth`, only for
    /// that user and password.
    pub fn start(auth: Option<(&str, &str)>) -> Squid {
        let dir = tempfile::tempdir().unwrap();
        // Squid started as root runs as the `proxy` user: it must write its logs here.
        std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
        let port = super::free_port();
        let d = dir.path().display();
        let mut conf = format!(
            "http_port 127.0.0.1:{port}\npid_filename {d}/squid.pid\naccess_log stdio:{d}/access.log\ncache_log {d}/cache.log\n\
             coredump_dir {d}\ncache deny all\ncache_mem 8 MB\nshutdown_lifetime 0 seconds\n\
             acl CONNECT method CONNECT\nacl to_loopback dst 127.0.0.0/8\n"
        );
        match auth {
            Some((user, password)) => {
                let hash = Command::new("openssl").args(["passwd", "-1", password]).output().unwrap();
                let hash = String::from_utf8(hash.stdout).unwrap();
                std::fs::write(dir.path().join("passwd"), format!("{user}:{}", hash.trim())).unwrap();
                conf += &format!(
                    "auth_param basic program /usr/lib/squid/basic_ncsa_auth {d}/passwd\nauth_param basic realm omsgate-test\n\
                     acl authed proxy_auth REQUIRED\nhttp_access allow CONNECT to_loopback authed\n"
                );
            }
            None => conf += "http_access allow CONNECT to_loopback localhost\n",
        }
        conf += "http_access deny all\n";
        let conf_path = dir.path().join("squid.conf");
        std::fs::write(&conf_path, conf).unwrap();
        // A service name of its own: Squid names its shared-memory segments after it, and
        // two instances with the default name collide when tests run in parallel.
        let child = Command::new("/usr/sbin/squid")
            .arg("-n")
            .arg(format!("omsgatetest{port}"))
            .args(["-N", "-f"])
            .arg(&conf_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("squid is installed (.ci/run installs it)");
        super::wait_until("squid to listen", super::DEADLINE * 2, || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        Squid { child, port, dir }
    }

    /// Squid's access log so far.
    pub fn access_log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("access.log")
    }
}

impl Drop for Squid {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
