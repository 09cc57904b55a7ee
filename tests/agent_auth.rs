//! Agent authentication and identity binding through the real binary: curl with
//! `--proxy-user` (right password → tunnel; wrong or none → 407 with the Basic
//! challenge, event 105 naming the user, never the password), `omsgate agent-user`
//! editing the users file atomically with mode 0600, a user identity bound to workspace
//! A reaching A's host and refused B's, and a certificate identity (openssl s_client
//! with a client certificate, TLS 1.2) bound to A refused B's host before any
//! application byte reaches B.

mod support;

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use support::openssl::Pki;
use support::yes_relay::YesRelay;
use support::{DEADLINE, Gateway, Origin, connect_raw, wait_until};

const A: &str = "1a2b3c4d-0000-4000-8000-00000000000a";
const B: &str = "1a2b3c4d-0000-4000-8000-00000000000b";

/// `omsgate agent-user ARGS --config CONFIG` with `stdin` on its standard input.
fn agent_user(config: &Path, args: &[&str], stdin: &str) -> Output {
    let args: Vec<&str> = ["agent-user"].into_iter().chain(args.iter().copied()).collect();
    support::omsgate_with_stdin(config, &args, stdin)
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

/// A users file with these users and passwords, made by `omsgate agent-user add`.
fn users_file(dir: &Path, users: &[(&str, &str)]) -> PathBuf {
    let config = dir.join("users-config.toml");
    std::fs::write(&config, "").unwrap();
    for (user, password) in users {
        let out = agent_user(&config, &["add", user, "--cost", "4"], &format!("{password}\n"));
        assert!(out.status.success(), "{}", text(&out));
    }
    dir.join("agent-users")
}

/// curl through the gateway with `--proxy-user` (when given); (exit code, CONNECT
/// status, stderr).
fn curl(gw: SocketAddr, origin: &Origin, proxy_user: Option<&str>) -> (i32, u16, String) {
    let mut cmd = Command::new("curl");
    cmd.args(["-sS", "-o", "/dev/null", "--max-time", "15", "-w", "%{http_connect}", "--proxy"])
        .arg(format!("http://{gw}"))
        .arg("--cacert")
        .arg(origin.ca_file.as_ref().unwrap());
    if let Some(u) = proxy_user {
        cmd.arg("--proxy-user").arg(u);
    }
    let out = cmd.arg(format!("https://localhost:{}/", origin.port())).output().unwrap();
    let code = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0);
    (out.status.code().unwrap_or(-1), code, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn right_password_tunnels_wrong_or_missing_gets_407_with_the_challenge() {
    let dir = tempfile::tempdir().unwrap();
    let users = users_file(dir.path(), &[("store-0042", "s3cret pass:word")]);
    let origin = Origin::tls();
    let gw = Gateway::with(&[
        "allowed_hosts = [\"localhost\"]",
        &format!("allowed_ports = [{}]", origin.port()),
        "allow_private_destinations = true",
        "client_auth = \"basic\"",
        &format!("client_auth_users_file = {:?}", users.display().to_string()),
    ])
    .start();

    let (exit, status, err) = curl(gw.addr, &origin, Some("store-0042:s3cret pass:word"));
    assert_eq!((exit, status), (0, 200), "{err}");
    let opened = gw.wait_event(103, |_| true);
    assert_eq!(opened["user"], "store-0042");
    // Again: the cached check answers (the same result, no second hash needed).
    assert_eq!(curl(gw.addr, &origin, Some("store-0042:s3cret pass:word")).1, 200);

    let (exit, status, _) = curl(gw.addr, &origin, Some("store-0042:guess"));
    assert_eq!((exit, status), (56, 407), "curl: CONNECT tunnel failed, response 407");
    let refused = gw.wait_event(105, |e| e["reason"] == "proxy_auth_failed");
    assert_eq!(refused["user"], "store-0042");
    assert_eq!(refused["status"], 407);
    let (_, status, _) = curl(gw.addr, &origin, Some("nobody:s3cret pass:word"));
    assert_eq!(status, 407);
    gw.wait_event(105, |e| e["user"] == "nobody");
    let (_, status, _) = curl(gw.addr, &origin, None);
    assert_eq!(status, 407);
    gw.wait_event(105, |e| e["reason"] == "proxy_auth_required");

    // The challenge itself, as an agent without credentials sees it.
    let target = format!("localhost:{}", origin.port());
    let (_s, head) =
        connect_raw(gw.addr, format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes());
    assert!(head.starts_with("HTTP/1.1 407 Proxy Authentication Required\r\n"), "{head}");
    assert!(head.contains("\r\nProxy-Authenticate: Basic realm=\"omsgate\"\r\n"), "{head}");

    let log = gw.events().iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n");
    assert!(!log.contains("guess") && !log.contains("s3cret"), "no password in any log line");
    wait_until("the refusals counted under their own reasons", DEADLINE, || {
        gw.metric("omsgate_rejections_total{reason=\"proxy_auth_failed\"}") == Some(2.0)
            && gw.metric("omsgate_rejections_total{reason=\"proxy_auth_required\"}") == Some(2.0)
    });
}

#[test]
fn agent_user_edits_the_users_file_atomically_with_mode_0600() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    std::fs::write(&config, "# shop floor\nlisten_port = 8080\n").unwrap();
    // A config only its owner reads: the users file is no more readable (0600).
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let file = dir.path().join("agent-users");

    let out = agent_user(&config, &["add", "store-1"], "first-pw\n");
    assert!(out.status.success(), "{}", text(&out));
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(written.contains("# shop floor") && written.contains("client_auth_users_file ="), "{written}");
    let meta = std::fs::metadata(&file).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let first = std::fs::read_to_string(&file).unwrap();
    assert!(first.starts_with("store-1:$2y$10$") || first.starts_with("store-1:$2b$10$"), "{first}");
    assert!(!first.contains("first-pw"));

    let out = agent_user(&config, &["add", "store-2", "--cost", "4"], "second-pw\n");
    assert!(out.status.success(), "{}", text(&out));
    let after = std::fs::metadata(&file).unwrap();
    assert_ne!(after.ino(), meta.ino(), "replaced by rename, never rewritten in place");
    assert_eq!(after.permissions().mode() & 0o777, 0o600);
    assert_eq!(text(&agent_user(&config, &["list"], "")), "store-1\nstore-2\n");
    let second = std::fs::read_to_string(&file).unwrap();
    assert!(second.starts_with(first.as_str()), "store-1's line kept as it was");
    assert!(second.contains("\nstore-2:$2b$04$") || second.contains("\nstore-2:$2y$04$"), "--cost: {second}");

    // A new password replaces the line in place; remove drops it.
    let out = agent_user(&config, &["add", "store-1"], "new-pw\n");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(text(&agent_user(&config, &["list"], "")), "store-1\nstore-2\n");
    let out = agent_user(&config, &["remove", "store-2"], "");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(text(&agent_user(&config, &["list"], "")), "store-1\n");

    // The package's config is root:omsgate 0640 (the service reads it through its
    // group): a users file created beside such a config is 0640 with its group too,
    // and an edit keeps that; never readable by others.
    let shared = tempfile::tempdir().unwrap();
    let config = shared.path().join("omsgate.toml");
    std::fs::write(&config, "listen_port = 8080\n").unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = agent_user(&config, &["add", "store-9", "--cost", "4"], "pw\n");
    assert!(out.status.success(), "{}", text(&out));
    let users = shared.path().join("agent-users");
    let (made, conf) = (std::fs::metadata(&users).unwrap(), std::fs::metadata(&config).unwrap());
    assert_eq!(made.permissions().mode() & 0o777, 0o640);
    assert_eq!((made.uid(), made.gid()), (conf.uid(), conf.gid()));
    assert!(agent_user(&config, &["remove", "store-9"], "").status.success());
    assert_eq!(std::fs::metadata(&users).unwrap().permissions().mode() & 0o777, 0o640);

    // Refused edits write nothing: unknown user, bad name, empty password.
    let before = std::fs::read(&file).unwrap();
    for (args, stdin) in
        [(&["remove", "store-9"][..], ""), (&["add", "bad:name"], "pw\n"), (&["add", "store-3"], "\n")]
    {
        let out = agent_user(&config, args, stdin);
        assert!(!out.status.success(), "{args:?}: {}", text(&out));
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(names.len(), 3, "config, users file, lock file; no temp file left: {names:?}");
}

/// `CONNECT target` with Basic credentials; the response head.
fn connect_as(gw: SocketAddr, target: &str, user: &str, password: &str) -> String {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    let head =
        format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\nProxy-Authorization: Basic {token}\r\n\r\n");
    connect_raw(gw, head.as_bytes()).1
}

#[test]
fn a_user_identity_bound_to_workspace_a_reaches_a_and_is_refused_b() {
    let dir = tempfile::tempdir().unwrap();
    let users = users_file(dir.path(), &[("store-a", "pw-a"), ("hq", "pw-hq")]);
    let relay = YesRelay::start();
    let gw = Gateway::with(&[
        "services = [\"log_analytics_agent\"]",
        &format!("azure_workspace_ids = [\"{A}\", \"{B}\"]"),
        &format!("relay_proxy = \"http://{}\"", relay.addr),
        "client_auth = \"basic\"",
        &format!("client_auth_users_file = {:?}", users.display().to_string()),
        "[[identity]]",
        "user = \"store-a\"",
        &format!("azure_workspace_ids = [\"{A}\"]"),
    ])
    .start();
    let (host_a, host_b) =
        (format!("{A}.ods.opinsights.azure.com:443"), format!("{B}.ods.opinsights.azure.com:443"));

    let head = connect_as(gw.addr, &host_a, "store-a", "pw-a");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(relay.asked.recv_timeout(DEADLINE).unwrap(), host_a);
    let opened = gw.wait_event(103, |e| e["target"] == host_a.as_str());
    assert_eq!((&opened["user"], &opened["identity"]), (&"store-a".into(), &"user=store-a".into()));
    // The line that ends it carries the identity too (here the agent left before its
    // ClientHello: event 403; a whole session's close line, 108, in the certificate test).
    let ended = gw.wait_event(403, |e| e["target"] == host_a.as_str());
    assert_eq!(ended["identity"], "user=store-a", "{ended}");

    let head = connect_as(gw.addr, &host_b, "store-a", "pw-a");
    assert!(head.starts_with("HTTP/1.1 403"), "{head}");
    let refused = gw.wait_event(105, |e| e["target"] == host_b.as_str());
    assert_eq!(refused["reason"], "identity_not_allowed");
    assert_eq!(refused["identity"], "user=store-a");
    assert!(relay.asked.try_recv().is_err(), "B was never asked for");

    // A user no [[identity]] names keeps the global allowlist, which has B.
    let head = connect_as(gw.addr, &host_b, "hq", "pw-hq");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(relay.asked.recv_timeout(DEADLINE).unwrap(), host_b);

    // `check` says what the identity may reach: A's hosts, not B's.
    let out = Command::new(env!("CARGO_BIN_EXE_omsgate"))
        .arg("check")
        .arg("--config")
        .arg(&gw.config)
        .output()
        .unwrap();
    let checked = text(&out);
    let (_, identity) = checked.split_once("# identity user=store-a may reach only:\n").expect(&checked);
    assert!(identity.contains(&format!("{A}.ods.opinsights.azure.com")), "{checked}");
    assert!(!identity.contains(B), "{checked}");
}

/// `openssl s_server` (TLS 1.2 only, asking for a client certificate) that prints what
/// it receives to a file: whether an application byte arrived can be read afterwards.
struct Recorder {
    child: std::process::Child,
    port: u16,
    out: PathBuf,
}

impl Recorder {
    fn start(pki: &Pki, dir: &Path, name: &str) -> Recorder {
        let cert = pki.issue(name, "localhost", None);
        let out = dir.join(format!("{name}.out"));
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener); // s_server binds it next; nothing else on loopback races for it here
        let child = Command::new("openssl")
            .args(["s_server", "-accept", &format!("127.0.0.1:{port}"), "-tls1_2", "-verify", "1"])
            .arg("-cert")
            .arg(&cert.cert)
            .arg("-key")
            .arg(&cert.key)
            .arg("-CAfile")
            .arg(pki.ca_file())
            .stdin(Stdio::piped()) // kept open: s_server stops at EOF on stdin
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let r = Recorder { child, port, out };
        wait_until("s_server listening", DEADLINE, || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        r
    }

    fn received(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// s_client with the agent's certificate through the gateway to `target`, TLS 1.2,
/// sending one line of application data once the handshake is done.
fn agent_with_cert(gw: SocketAddr, target: &str, cert: &support::openssl::CertFiles, ca: &Path) -> Output {
    let mut child = Command::new("timeout")
        .args(["20", "openssl", "s_client", "-tls1_2", "-proxy", &gw.to_string(), "-connect", target])
        .args(["-servername", target.rsplit_once(':').unwrap().0])
        .arg("-cert")
        .arg(&cert.cert)
        .arg("-key")
        .arg(&cert.key)
        .arg("-CAfile")
        .arg(ca)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(b"APPLICATION-BYTES\n");
    child.wait_with_output().unwrap()
}

#[test]
fn a_certificate_identity_bound_to_a_is_refused_b_before_any_application_byte() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::new();
    let (a, b) = (Recorder::start(&pki, dir.path(), "a"), Recorder::start(&pki, dir.path(), "b"));
    let dns = support::dns::DnsServer::start();
    let (host_a, host_b) = (format!("{A}.ods.opinsights.azure.com"), format!("{B}.ods.opinsights.azure.com"));
    dns.set(&host_a, &["127.0.0.1"]);
    dns.set(&host_b, &["127.0.0.1"]);
    let gw = Gateway::with(&[
        &dns.key(),
        "services = [\"log_analytics_agent\"]",
        &format!("azure_workspace_ids = [\"{A}\", \"{B}\"]"),
        &format!("allowed_ports = [{}, {}]", a.port, b.port),
        "allow_private_destinations = true",
        "[[identity]]",
        "certificate = \"CN=store-0042\"",
        &format!("azure_workspace_ids = [\"{A}\"]"),
    ])
    .start();
    let agent = pki.issue("agent", "store-0042", Some("Contoso"));

    // A: the handshake completes and the application bytes arrive.
    let out = agent_with_cert(gw.addr, &format!("{host_a}:{}", a.port), &agent, &pki.ca_file());
    wait_until("A received the application bytes", DEADLINE, || a.received().contains("APPLICATION-BYTES"));
    let verified = gw.wait_event(107, |_| true);
    assert_eq!(verified["identity"], "certificate=CN=store-0042", "{}", text(&out));
    let closed = gw.wait_event(108, |_| true);
    assert_eq!(closed["identity"], "certificate=CN=store-0042", "the close line carries it too");

    // B: refused when the certificate is read; the certificate flight is held back, so
    // B never finishes the handshake and no application byte reaches it.
    let target_b = format!("{host_b}:{}", b.port);
    let out = agent_with_cert(gw.addr, &target_b, &agent, &pki.ca_file());
    let refused = gw.wait_event(105, |e| e["target"] == target_b.as_str());
    assert_eq!(refused["reason"], "identity_not_allowed", "{}", text(&out));
    assert!(refused["message"].as_str().unwrap().contains("certificate=CN=store-0042"), "{refused}");
    let seen = b.received();
    assert!(!seen.contains("APPLICATION-BYTES") && !seen.contains("CIPHER is"), "B saw: {seen}");
}
