//! OpenSSL's own client and server as real TLS peers: `openssl s_server` speaks TLS
//! 1.0–1.3 (rustls stops at 1.2) and can ask for client certificates; `openssl
//! s_client -proxy` is a real agent-like client that tunnels through the gateway.
//! Certificates come from rcgen: a CA, a server certificate for `localhost`, and
//! client certificates with the subject a test asks for.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// A test PKI written to a temp dir.
pub struct Pki {
    dir: tempfile::TempDir,
    ca: rcgen::CertifiedIssuer<'static, rcgen::KeyPair>,
}

/// Where a certificate and its key are.
pub struct CertFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

impl Pki {
    /// A fresh CA.
    pub fn new() -> Pki {
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params.distinguished_name.push(rcgen::DnType::CommonName, "omsgate test CA");
        let ca = rcgen::CertifiedIssuer::self_signed(params, rcgen::KeyPair::generate().unwrap()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ca.pem"), ca.pem()).unwrap();
        Pki { dir, ca }
    }

    /// The CA certificate file.
    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    /// A certificate signed by the CA with subject `CN=cn[, O=org]` (and SAN `localhost`).
    pub fn issue(&self, name: &str, cn: &str, org: Option<&str>) -> CertFiles {
        let mut params = rcgen::CertificateParams::new(vec!["localhost".to_string()]).unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        if let Some(o) = org {
            params.distinguished_name.push(rcgen::DnType::OrganizationName, o);
        }
        params.distinguished_name.push(rcgen::DnType::CommonName, cn);
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &*self.ca).unwrap();
        let files = CertFiles {
            cert: self.dir.path().join(format!("{name}.pem")),
            key: self.dir.path().join(format!("{name}.key")),
        };
        std::fs::write(&files.cert, cert.pem()).unwrap();
        std::fs::write(&files.key, key.serialize_pem()).unwrap();
        files
    }
}

/// A running `openssl s_server`, killed (by its PID) when dropped.
pub struct SServer {
    child: Child,
    pub port: u16,
}

impl SServer {
    /// Serves `-www` on a loopback port of its choosing (it prints `ACCEPT addr:port`)
    /// with `cert`, admitting TLS 1.0–1.3, and asking for (not requiring) a client
    /// certificate from `ca` when given.
    pub fn start(cert: &CertFiles, ask_client_cert_from: Option<&Path>) -> SServer {
        let mut cmd = Command::new("openssl");
        cmd.args(["s_server", "-www", "-accept", "127.0.0.1:0"])
            .arg("-cert")
            .arg(&cert.cert)
            .arg("-key")
            .arg(&cert.key)
            // TLS 1.0/1.1 need SHA-1 signatures, which OpenSSL 3 refuses above level 0.
            .args(["-cipher", "DEFAULT:@SECLEVEL=0", "-min_protocol", "TLSv1"]);
        if let Some(ca) = ask_client_cert_from {
            cmd.arg("-verify").arg("1").arg("-CAfile").arg(ca);
        }
        let mut child =
            cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        // The first line says where it listens; the rest is drained so it never blocks.
        let (tx, rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout)).map_while(Result::ok);
            let port = lines.find_map(|l| l.strip_prefix("ACCEPT ")?.rsplit(':').next()?.parse::<u16>().ok());
            let _ = tx.send(port);
            lines.for_each(drop);
        });
        let port = rx
            .recv_timeout(super::DEADLINE)
            .ok()
            .flatten()
            .expect("openssl s_server printed ACCEPT with its port");
        SServer { child, port }
    }
}

impl Drop for SServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `openssl s_client -proxy gw -connect target` with `args`, sending a GET once
/// the handshake is done. Returns the process output.
pub fn s_client(gw: std::net::SocketAddr, target: &str, ca: &Path, args: &[&str]) -> Output {
    let mut child = Command::new("timeout")
        .arg("20")
        .args(["openssl", "s_client", "-proxy"])
        .arg(gw.to_string())
        .arg("-connect")
        .arg(target)
        .arg("-CAfile")
        .arg(ca)
        .args(["-cipher", "DEFAULT:@SECLEVEL=0", "-ign_eof"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    let mut stdin = child.stdin.take().unwrap();
    // s_server -www answers a GET with a status page and closes; -ign_eof waits for that.
    let _ = stdin.write_all(b"GET / HTTP/1.0\r\n\r\n");
    drop(stdin);
    child.wait_with_output().unwrap()
}

/// Whether the tunnelled session worked end to end (s_server -www's page came back).
pub fn got_page(out: &Output) -> bool {
    String::from_utf8_lossy(&out.stdout).contains("HTTP/1.0 200 ok")
}
