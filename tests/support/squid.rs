//! A real Squid on a loopback port, as the relay proxy (Debian's squid package;
//! `.ci/run` installs it). Optionally with Basic auth through Squid's own
//! `basic_ncsa_auth` helper, or TLS to Squid itself (`https_port`, for `https://`
//! relays). Killed by its PID when dropped or stopped.
//!
//! Squid cannot listen on port 0, so a port is picked free and Squid's own log must
//! say it accepts there: if another process took the port meanwhile, Squid fails to
//! bind and is started again on another, and no test ever talks to the wrong process.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// A running Squid.
pub struct Squid {
    child: Child,
    pub port: u16,
    dir: tempfile::TempDir,
}

/// TLS to Squid itself: its certificate and key (PEM).
pub struct Tls<'a> {
    pub cert_pem: &'a str,
    pub key_pem: &'a str,
}

impl Squid {
    /// Starts Squid allowing CONNECT from loopback to any port; with `auth`, only for
    /// that user and password.
    pub fn start(auth: Option<(&str, &str)>) -> Squid {
        Squid::start_with(auth, None)
    }

    /// As [`Squid::start`], speaking TLS on its port (`https_port`) when `tls` is given.
    pub fn start_with(auth: Option<(&str, &str)>, tls: Option<&Tls<'_>>) -> Squid {
        for _ in 0..5 {
            if let Some(squid) = Squid::try_start(auth, tls) {
                return squid;
            }
        }
        panic!("squid did not start on any of 5 ports (see cache.log)");
    }

    /// Kills it now (a relay going away); its port then refuses connections.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// One attempt on a port picked free; `None` when Squid could not bind it.
    fn try_start(auth: Option<(&str, &str)>, tls: Option<&Tls<'_>>) -> Option<Squid> {
        let dir = tempfile::tempdir().unwrap();
        // Squid started as root runs as the `proxy` user: it must write its logs here.
        std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let d = dir.path().display();
        let listen = match tls {
            None => format!("http_port 127.0.0.1:{port}"),
            Some(tls) => {
                // Readable by the `proxy` user Squid becomes (a test key, nothing secret).
                for (name, pem) in [("cert.pem", tls.cert_pem), ("key.pem", tls.key_pem)] {
                    std::fs::write(dir.path().join(name), pem).unwrap();
                }
                format!("https_port 127.0.0.1:{port} tls-cert={d}/cert.pem tls-key={d}/key.pem")
            }
        };
        let mut conf = format!(
            "{listen}\npid_filename {d}/squid.pid\naccess_log stdio:{d}/access.log\ncache_log {d}/cache.log\n\
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
        let mut child = Command::new("/usr/sbin/squid")
            .arg("-n")
            .arg(format!("omsgatetest{port}"))
            .args(["-N", "-f"])
            .arg(&conf_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("squid is installed (.ci/run installs it)");
        let cache_log = dir.path().join("cache.log");
        let mut listening = None;
        super::wait_until("squid to listen or fail", super::DEADLINE * 2, || {
            let log = std::fs::read_to_string(&cache_log).unwrap_or_default();
            let ours = log.lines().any(|l| {
                (l.contains("Accepting HTTP Socket connections")
                    || l.contains("Accepting HTTPS Socket connections"))
                    && l.contains(&format!("local=127.0.0.1:{port} "))
            });
            let failed = log.contains("FATAL") || matches!(child.try_wait(), Ok(Some(_)));
            listening = (ours || failed).then_some(ours);
            listening.is_some()
        });
        let squid = Squid { child, port, dir };
        listening.unwrap().then_some(squid)
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
