//! `omsgate init` through the real binary: by flags (as a script would), and on a real
//! terminal driven through `script(1)` (util-linux: the program gets a pseudo-terminal,
//! the test types each answer after its prompt appears): a bad port is asked again, the
//! password is not echoed, and the written file passes `omsgate check`.

mod support;

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};

use support::{DEADLINE, wait_until};

const WS: &str = "1234a123-aa1a-123a-aaa1-a1a345aa6789";

fn omsgate(config: &Path, args: &[&str], stdin: &str) -> Output {
    support::omsgate_with_stdin(config, args, stdin)
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn init_by_flags_writes_a_config_that_check_accepts_and_never_overwrites_by_surprise() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    let args = [
        "init",
        "--workspace-id",
        WS,
        "--region",
        "westeurope",
        "--services",
        "azure_monitor_agent,log_analytics_agent",
        "--listen-port",
        "3128",
        "--relay-proxy",
        "http://127.0.0.1:3129",
        "--relay-username",
        "gw",
        "--relay-password-stdin",
    ];
    let out = omsgate(&config, &args, "s3cret\n");
    assert!(out.status.success(), "{}", text(&out));
    let said = text(&out);
    assert!(
        said.contains("\"mode\":\"application\"") && said.contains(":3128\",\"auth\":\"false\""),
        "{said}"
    );
    assert!(
        said.contains("Log Analytics agent (MMA) for Windows") && said.contains("health probe TCP 3128"),
        "{said}"
    );
    assert!(!said.contains("s3cret"), "the password is never printed");

    let written = std::fs::read_to_string(&config).unwrap();
    assert!(written.contains("listen_port = 3128\n") && written.contains("allowed_hosts = []"), "{written}");
    assert!(written.contains(&format!("azure_workspace_ids = [\"{WS}\"]")), "{written}");
    let secret = dir.path().join("relay-proxy.password");
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "s3cret\n");
    assert_eq!(std::fs::metadata(&secret).unwrap().permissions().mode() & 0o777, 0o640);
    let check = omsgate(&config, &["check"], "");
    assert!(check.status.success(), "{}", text(&check));
    assert!(text(&check).contains("derived: log_analytics_agent, workspace 1234…"), "{}", text(&check));

    let again = omsgate(&config, &["init", "--workspace-id", WS, "--region", "westeurope"], "");
    assert_eq!(again.status.code(), Some(2), "{}", text(&again));
    assert!(text(&again).contains("--force"), "{}", text(&again));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), written, "untouched without --force");
    let forced = omsgate(&config, &["init", "--workspace-id", WS, "--region", "westeurope", "--force"], "");
    assert!(forced.status.success(), "{}", text(&forced));

    let bad = dir.path().join("bad.toml");
    for (args, needle) in [
        (vec!["init", "--region", "westeurope"], "--workspace-id"),
        (vec!["init", "--workspace-id", "nope", "--region", "westeurope"], "is not a GUID"),
        (
            vec!["init", "--workspace-id", WS, "--region", "westeurope", "--listen-port", "70000"],
            "--listen-port",
        ),
        (vec!["init", "--workspace-id", WS, "--region", "usgovvirginia"], "usgov cloud"),
    ] {
        let out = omsgate(&bad, &args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out));
        assert!(text(&out).contains(needle), "{needle}: {}", text(&out));
        assert!(!bad.exists(), "nothing written for {args:?}");
    }
}

/// A program on a pseudo-terminal (`script -qec CMD /dev/null`), typed at.
struct Terminal {
    child: std::process::Child,
    screen: Arc<Mutex<String>>,
    /// Copies the terminal's output into `screen` until it ends.
    reader: std::thread::JoinHandle<()>,
}

impl Terminal {
    fn start(command: &str) -> Terminal {
        let mut child = Command::new("script")
            .args(["-qec", command, "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("script(1) from util-linux (.ci/run installs it)");
        let screen = Arc::new(Mutex::new(String::new()));
        let mut out = child.stdout.take().unwrap();
        let shared = screen.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 1024];
            while let Ok(n @ 1..) = out.read(&mut buf) {
                shared.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Terminal { child, screen, reader }
    }

    fn screen(&self) -> String {
        self.screen.lock().unwrap().clone()
    }

    /// Waits for `prompt` to appear (the `nth` time), then types `answer` and Enter.
    fn answer(&mut self, prompt: &str, nth: usize, answer: &str) {
        wait_until(&format!("{prompt:?} #{nth} on the terminal"), DEADLINE, || {
            self.screen().matches(prompt).count() >= nth
        });
        let stdin = self.child.stdin.as_mut().unwrap();
        stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    fn finish(mut self) -> (bool, String) {
        drop(self.child.stdin.take());
        let mut status = None;
        wait_until("init to exit", DEADLINE, || {
            status = self.child.try_wait().unwrap();
            status.is_some()
        });
        // script(1) has exited: its output ends, and the screen is whole once read.
        self.reader.join().unwrap();
        (status.unwrap().success(), self.screen.lock().unwrap().clone())
    }
}

#[test]
fn init_on_a_terminal_asks_again_after_a_bad_port_and_hides_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("omsgate.toml");
    let command = format!("{} init --config {}", env!("CARGO_BIN_EXE_omsgate"), config.display());
    let mut t = Terminal::start(&command);
    t.answer("Listen port agents connect to", 1, "0");
    t.answer("Listen port agents connect to", 2, "99999");
    t.answer("Listen port agents connect to", 3, "3128");
    t.answer("Services (", 1, "");
    t.answer("Azure cloud (", 1, "");
    t.answer("workspace ID(s)", 1, WS);
    t.answer("Azure region(s)", 1, "westeurope");
    t.answer("Relay proxy this gateway", 1, "http://127.0.0.1:3129");
    t.answer("Relay proxy username", 1, "gw");
    t.answer("Relay proxy password (not shown)", 1, "hunter2");
    let (ok, screen) = t.finish();
    assert!(ok, "{screen}");
    assert_eq!(screen.matches("try again").count(), 2, "0 and 99999 refused: {screen}");
    assert!(screen.contains("1-65535"), "{screen}");
    assert!(screen.contains("3128"), "typed answers are echoed as usual: {screen}");
    assert!(!screen.contains("hunter2"), "the password is not echoed: {screen}");
    assert!(screen.contains("wrote "), "{screen}");

    assert_eq!(std::fs::read_to_string(dir.path().join("relay-proxy.password")).unwrap(), "hunter2\n");
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(
        written.contains("listen_port = 3128") && written.contains("relay_proxy_username = \"gw\""),
        "{written}"
    );
    let check = omsgate(&config, &["check"], "");
    assert!(check.status.success(), "{}", text(&check));
}
