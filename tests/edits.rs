//! Editing commands under the conditions an operator's shell meets: many at once, on a
//! file owned by the service's group, through a symlink. An edit reported as done stays
//! done, and the service can still read what was edited.

mod support;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output};

use support::{Gateway, Origin, connect_to};

fn omsgate(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_omsgate")).args(args).arg("--config").arg(config).output().unwrap()
}

fn listed(config: &Path) -> Vec<String> {
    String::from_utf8(omsgate(config, &["allowed-host", "list"]).stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

/// Runs every command at once (one thread each) and returns their outputs.
fn all_at_once(config: &Path, commands: Vec<Vec<String>>) -> Vec<Output> {
    let threads: Vec<_> = commands
        .into_iter()
        .map(|args| {
            let config = config.to_path_buf();
            std::thread::spawn(move || {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                omsgate(&config, &args)
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

#[test]
fn twenty_concurrent_adds_leave_twenty_entries() {
    for round in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("omsgate.toml");
        std::fs::write(&cfg, "allowed_hosts = []\n").unwrap();
        let adds =
            (0..20).map(|i| vec!["allowed-host".into(), "add".into(), format!("h{i}.example.com")]).collect();
        for out in all_at_once(&cfg, adds) {
            assert!(out.status.success(), "round {round}: {out:?}");
        }
        let mut hosts = listed(&cfg);
        hosts.sort();
        let mut want: Vec<String> = (0..20).map(|i| format!("h{i}.example.com")).collect();
        want.sort();
        assert_eq!(hosts, want, "round {round}: every add reported done is in the file");
    }
}

#[test]
fn a_remove_racing_adds_stays_removed() {
    for round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("omsgate.toml");
        std::fs::write(&cfg, "allowed_hosts = [\"revoked.example.com\", \"kept.example.com\"]\n").unwrap();
        let mut commands: Vec<Vec<String>> = (0..10)
            .map(|i| vec!["allowed-host".into(), "add".into(), format!("new{i}.example.com")])
            .collect();
        commands.insert(5, vec!["allowed-host".into(), "remove".into(), "revoked.example.com".into()]);
        for out in all_at_once(&cfg, commands) {
            assert!(out.status.success(), "round {round}: {out:?}");
        }
        let hosts = listed(&cfg);
        assert!(!hosts.contains(&"revoked.example.com".to_string()), "round {round}: {hosts:?}");
        assert_eq!(hosts.len(), 11, "round {round}: kept + 10 added: {hosts:?}");
    }
}

/// As root, the file is handed to another group, as the package does (`root:omsgate`);
/// otherwise the test keeps the user's own group and still checks mode and group.
fn service_group() -> u32 {
    match rustix::process::geteuid().is_root() {
        true => 65534, // nogroup, the group of `nobody` on Debian
        false => rustix::process::getegid().as_raw(),
    }
}

#[test]
fn an_edit_keeps_owner_group_and_mode_and_the_password_stays_readable_by_the_group() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let cfg = dir.path().join("omsgate.toml");
    std::fs::write(&cfg, "# the shop floor\nlisten_port = 8080\n").unwrap();
    let gid = service_group();
    std::os::unix::fs::chown(&cfg, None, Some(gid)).unwrap();
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o640)).unwrap();
    let before = std::fs::metadata(&cfg).unwrap();

    assert!(omsgate(&cfg, &["config", "set", "listen_port", "3128"]).status.success());
    let out = support::omsgate_with_stdin(
        &cfg,
        &["relay-proxy", "set", "http://proxy.example.com:3128", "--username", "gw", "--password-stdin"],
        "s3cret\n",
    );
    assert!(out.status.success(), "{out:?}");

    let after = std::fs::metadata(&cfg).unwrap();
    assert_eq!(
        (after.uid(), after.gid(), after.mode() & 0o7777),
        (before.uid(), before.gid(), 0o640),
        "owner, group and mode kept"
    );
    let pw = std::fs::metadata(dir.path().join("relay-proxy.password")).unwrap();
    assert_eq!(
        (pw.gid(), pw.mode() & 0o777),
        (gid, 0o640),
        "the service's group reads the password, others not"
    );

    if rustix::process::geteuid().is_root() {
        let check = |user: &str| {
            let out = omsgate(&cfg, &["check", "--service-user", user]);
            assert!(out.status.success(), "{out:?}");
            String::from_utf8(out.stderr).unwrap()
        };
        let fine = check("nobody");
        assert!(
            !fine.contains("cannot read") && !fine.contains("cannot enter"),
            "nobody (group nogroup) can read both files: {fine}"
        );
        std::fs::set_permissions(
            dir.path().join("relay-proxy.password"),
            std::fs::Permissions::from_mode(0o600),
        )
        .unwrap();
        let warning = check("nobody");
        assert!(
            warning.contains("nobody cannot read") && warning.contains("relay-proxy.password"),
            "{warning}"
        );
        assert!(warning.contains("event 401"), "{warning}");
    }
}

#[test]
fn an_edit_through_a_symlink_changes_the_target_and_keeps_the_link() {
    let origin = Origin::echo();
    let gw =
        Gateway::with(&["allowed_hosts = [\"127.0.0.2\"]", &format!("allowed_ports = [{}]", origin.port())])
            .start();
    let link = gw.config.with_file_name("link.toml");
    std::os::unix::fs::symlink(&gw.config, &link).unwrap();

    let out = omsgate(&link, &["allowed-host", "add", "127.0.0.1"]);
    assert!(out.status.success(), "{out:?}");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is kept");
    assert!(std::fs::read_to_string(&gw.config).unwrap().contains("127.0.0.1"), "the target has the edit");
    gw.wait_event(110, |_| true);
    let (_, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"), "the gateway on the target applied it: {head}");
}
