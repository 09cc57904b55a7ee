//! The packaging files in deploy/ agree with the code they describe: the socket unit
//! listens where the default config does, the unit's user is the one the package creates
//! and `omsgate check --service-user` assumes, LimitNOFILE fits the default fleet,
//! systemd waits out a whole drain before it kills, and the Debian changelog names the
//! version cargo-deb packs. (deploy/package-test.sh builds and installs the .deb itself;
//! this catches drift in a plain `cargo test`.)

use std::path::Path;
use std::time::Duration;

use clap::CommandFactory;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The values of `key=` in a unit file, in order (comments skipped).
fn unit_values(text: &str, key: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.strip_prefix(key)?.strip_prefix('='))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_socket_listens_on_the_default_listen_port() {
    let settings =
        omsgate::config::from_text(omsgate::config::EMBEDDED_DEFAULT, omsgate::config::Source::Embedded)
            .unwrap();
    let port = settings.listen[0].port();
    assert_eq!(unit_values(&read("deploy/omsgate.socket"), "ListenStream"), vec![port.to_string()]);
    let backlog = omsgate::accept::listener::BACKLOG.to_string();
    assert_eq!(unit_values(&read("deploy/omsgate.socket"), "Backlog"), vec![backlog]);
}

#[test]
fn the_service_runs_as_the_user_the_package_creates_and_check_assumes() {
    let unit = read("deploy/omsgate.service");
    assert_eq!(unit_values(&unit, "User"), vec!["omsgate"]);
    assert_eq!(unit_values(&unit, "Group"), vec!["omsgate"]);
    assert!(unit_values(&unit, "DynamicUser").is_empty(), "a fixed user, not a dynamic one");
    let sysusers = read("deploy/debian/omsgate.sysusers");
    assert!(sysusers.lines().any(|l| l.starts_with("u omsgate ")), "{sysusers}");
    let cli = omsgate::cli::Cli::command();
    let check = cli.find_subcommand("check").expect("a check subcommand");
    let user = check.get_arguments().find(|a| a.get_id() == "service_user").expect("--service-user");
    let default: Vec<_> =
        user.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    assert_eq!(default, vec!["omsgate"]);
}

#[test]
fn limit_nofile_lets_max_connections_auto_reach_its_default() {
    use omsgate::accept::limits::{AUTO_MAX_CONNECTIONS, max_tunnels};
    let limit: u64 = unit_values(&read("deploy/omsgate.service"), "LimitNOFILE")[0].parse().unwrap();
    let fits = max_tunnels(limit, omsgate::gateway::PIPE_POOL_SIZE);
    assert!(fits >= AUTO_MAX_CONNECTIONS, "LimitNOFILE={limit} fits {fits} tunnels");
}

/// What a stop may take beyond the drain keys: the cut tunnels' close lines
/// (`accept::drain::CUT_GRACE`, 2 s) and the exit.
const STOP_MARGIN: Duration = Duration::from_secs(5);

/// A stop takes up to the sum of the `drain_*` keys' defaults (`drain_grace`, while a
/// balancer takes the node out, then `drain_timeout` for open tunnels): TimeoutStopSec
/// must exceed it, or systemd SIGKILLs the tunnels mid-drain. Summing every `drain_*`
/// key keeps this true when one is added.
#[test]
fn timeout_stop_sec_outlasts_a_whole_drain() {
    let unit = read("deploy/omsgate.service");
    let stop = unit_values(&unit, "TimeoutStopSec");
    assert_eq!(stop.len(), 1, "one TimeoutStopSec: {stop:?}");
    let stop = Duration::from_secs(stop[0].parse().expect("TimeoutStopSec in plain seconds"));
    let drain: Vec<(&str, Duration)> = omsgate::config::KEYS
        .iter()
        .filter(|k| k.name.starts_with("drain_"))
        .map(|k| (k.name, omsgate::config::duration::parse(k.default.trim_matches('"')).unwrap()))
        .collect();
    assert!(drain.iter().any(|(name, _)| *name == "drain_timeout"), "{drain:?}");
    let whole: Duration = drain.iter().map(|(_, d)| *d).sum::<Duration>() + STOP_MARGIN;
    assert!(stop > whole, "TimeoutStopSec={stop:?} does not outlast {drain:?} + {STOP_MARGIN:?}");
}

#[test]
fn the_debian_changelog_names_the_packaged_version() {
    let changelog = read("deploy/debian/changelog");
    let first = changelog.lines().next().unwrap();
    // cargo-deb's default Debian revision is 1.
    let want = format!("omsgate ({}-1) ", env!("CARGO_PKG_VERSION"));
    assert!(first.starts_with(&want), "deploy/debian/changelog starts {first:?}, not {want:?}");
}
