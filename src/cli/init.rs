//! `omsgate init`: the original's setup wizard (listen port 1–65535, relay proxy and its
//! credentials) plus what the endpoint catalog needs (services, cloud, workspace IDs,
//! regions), then a commented config written atomically and what to set on the agents
//! and the load balancer. On a terminal it asks, with defaults, again after a wrong
//! answer, and without echoing the password; for scripts every answer is a flag
//! (`--relay-password-stdin` for the password). Each answer is checked by its key's own
//! check, and the whole file as `run` reads it, before anything is written; an existing
//! file is replaced only with `--force`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use toml_edit::Value;

use crate::config::keys;
use crate::config::store::{self, EditLock, Perms};
use crate::config::types::shown;
use crate::config::{self, Settings, Source};
use crate::events;
use crate::t;

/// The answers given as flags; what is missing is asked on a terminal or defaulted.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub services: Option<String>,
    pub cloud: Option<String>,
    pub workspace_ids: Vec<String>,
    pub regions: Vec<String>,
    pub dce_hosts: Vec<String>,
    pub listen_port: Option<String>,
    pub relay_proxy: Option<String>,
    pub relay_username: Option<String>,
    pub relay_password_stdin: bool,
    pub force: bool,
}

/// The file the relay proxy password is kept in, beside the config (as `relay-proxy set`).
const PASSWORD_FILE: &str = "relay-proxy.password";

/// Why init stopped: nothing has been written.
#[derive(Debug)]
enum Stop {
    /// A wrong answer or a config `run` would refuse (event 401, exit 2).
    Config(String),
    /// Input or file trouble (event 400, exit 1).
    Io(String),
}

/// Runs `omsgate init` for the config at `path`.
pub fn run(flags: Flags, path: &Path) -> ExitCode {
    let interactive = std::io::stdin().is_terminal() && !flags.relay_password_stdin;
    match init(&flags, path, interactive) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Stop::Config(e)) => {
            let event = events::WRONG_CONFIGURATION.to_string();
            eprintln!("omsgate: {}", t!("setup-nothing-written", error = e, event = event));
            ExitCode::from(2)
        }
        Err(Stop::Io(e)) => {
            let event = events::APPLICATION_ERROR.to_string();
            eprintln!("omsgate: {}", t!("setup-nothing-written", error = e, event = event));
            ExitCode::from(1)
        }
    }
}

/// The answers, each already a valid value of its key.
struct Answers {
    listen_port: Value,
    services: Value,
    cloud: Value,
    workspaces: Value,
    regions: Value,
    dce_hosts: Value,
    relay_proxy: Value,
    relay_username: Value,
    password: Option<String>,
}

fn init(flags: &Flags, path: &Path, interactive: bool) -> Result<(), Stop> {
    let io = |e: std::io::Error| Stop::Io(format!("{}: {e}", path.display()));
    let target = store::resolve(path).map_err(io)?;
    let _lock = EditLock::acquire(&target).map_err(io)?;
    refuse_overwrite(&target, flags.force)?;
    let mut ask = Asker { interactive, input: std::io::stdin().lock() };
    if interactive {
        eprintln!("omsgate init: {}", t!("setup-init-intro", path = path.display().to_string()));
    }
    let answers = ask.answers(flags)?;
    let password_file = answers.password.as_ref().map(|_| beside(path, PASSWORD_FILE));
    let text = file_text(&answers, password_file.as_deref());
    let settings = write(&target, path, &text, password_file.as_deref(), answers.password.as_deref())?;
    report(path, &settings);
    Ok(())
}

fn refuse_overwrite(target: &Path, force: bool) -> Result<(), Stop> {
    match target.exists() && !force {
        true => {
            let (path, force, edit) =
                (target.display().to_string(), "omsgate init --force", "omsgate config set");
            Err(Stop::Config(t!("setup-init-exists", path = path, force = force, edit = edit)))
        }
        false => Ok(()),
    }
}

/// Asks on a terminal, or takes the flags and defaults.
struct Asker<R> {
    interactive: bool,
    input: R,
}

impl<R: BufRead> Asker<R> {
    fn answers(&mut self, f: &Flags) -> Result<Answers, Stop> {
        let listen_port = self.one("listen_port", &t!("setup-ask-listen-port"), &f.listen_port, "8080")?;
        let services = self.one(
            "services",
            &t!("setup-ask-services", names = "azure_monitor_agent, log_analytics_agent, automation, arc"),
            &f.services,
            "azure_monitor_agent",
        )?;
        let names: Vec<String> = services
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let needs = |s: &[&str]| names.iter().any(|n| s.contains(&n.as_str()));
        let cloud = self.one(
            "azure_cloud",
            &t!("setup-ask-cloud", names = "public, usgov, china"),
            &f.cloud,
            "public",
        )?;
        let workspaces = self.list(
            "azure_workspace_ids",
            &t!("setup-ask-workspace-ids"),
            &f.workspace_ids,
            needs(&["azure_monitor_agent", "log_analytics_agent"]).then_some("--workspace-id"),
        )?;
        let regions = self.list(
            "azure_regions",
            &t!("setup-ask-regions", example = "westeurope"),
            &f.regions,
            needs(&["azure_monitor_agent", "automation"]).then_some("--region"),
        )?;
        let dce_hosts = self.list("azure_dce_hosts", "", &f.dce_hosts, None)?;
        let relay_proxy = self.one(
            "relay_proxy",
            &t!("setup-ask-relay-proxy", form = "http://host:port"),
            &f.relay_proxy,
            "",
        )?;
        let has_relay = relay_proxy.as_str().is_some_and(|r| !r.is_empty());
        let relay_username = match has_relay {
            true => {
                self.one("relay_proxy_username", &t!("setup-ask-relay-username"), &f.relay_username, "")?
            }
            false if f.relay_username.is_some() => {
                return Err(flag_needs("--relay-username", "--relay-proxy"));
            }
            false => Value::from(""),
        };
        let has_user = relay_username.as_str().is_some_and(|u| !u.is_empty());
        let password = match (has_user, f.relay_password_stdin, self.interactive) {
            (false, true, _) => {
                return Err(flag_needs("--relay-password-stdin", "--relay-username"));
            }
            (false, false, _) | (true, false, false) => None,
            (true, true, _) => Some(self.line()?.ok_or_else(|| Stop::Io(t!("setup-no-password-on-stdin")))?),
            (true, false, true) => {
                let p = super::tty::password(&format!("{}: ", t!("setup-ask-relay-password")))
                    .map_err(|e| Stop::Io(t!("setup-cannot-read-password", error = e.to_string())))?;
                Some(p)
            }
        };
        let password = password.filter(|p| !p.is_empty());
        Ok(Answers {
            listen_port,
            services,
            cloud,
            workspaces,
            regions,
            dce_hosts,
            relay_proxy,
            relay_username,
            password,
        })
    }

    /// One value of `key`: the flag, else (on a terminal) the answer to `question`,
    /// asked again until the key's check passes, else the default.
    fn one(
        &mut self,
        key: &str,
        question: &str,
        flag: &Option<String>,
        default: &str,
    ) -> Result<Value, Stop> {
        let key = keys::find(key).map_err(|e| Stop::Config(e.local()))?;
        if let Some(text) = flag {
            return checked(key, text).map_err(|e| Stop::Config(format!("{e} (--{})", flag_name(key.name))));
        }
        if !self.interactive || question.is_empty() {
            return checked(key, default).map_err(Stop::Config);
        }
        loop {
            prompt(&format!("{question} [{default}]: "));
            let line = self.line()?.ok_or_else(|| Stop::Io(t!("setup-stdin-closed")))?;
            let text = if line.trim().is_empty() { default } else { line.trim() };
            match checked(key, text) {
                Ok(v) => return Ok(v),
                Err(e) => eprintln!("  {}", t!("setup-try-again", error = e)),
            }
        }
    }

    /// A list key: the flags (repeatable), else asked; `required`: the flag that must
    /// give at least one value for the chosen services.
    fn list(
        &mut self,
        key: &str,
        question: &str,
        flags: &[String],
        required: Option<&str>,
    ) -> Result<Value, Stop> {
        let joined = (!flags.is_empty()).then(|| flags.join(","));
        loop {
            let value = self.one(key, question, &joined, "")?;
            let empty = value.as_array().is_none_or(|a| a.is_empty());
            match (empty, required) {
                (true, Some(_)) if joined.is_none() && self.interactive && !question.is_empty() => {
                    eprintln!("  {}", t!("setup-services-need-one"));
                }
                (true, Some(flag)) => {
                    return Err(Stop::Config(t!("setup-key-needed", key = key, flag = flag)));
                }
                _ => return Ok(value),
            }
        }
    }

    /// One line of input without its line end; `None` at end of input.
    fn line(&mut self) -> Result<Option<String>, Stop> {
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).to_string())),
            Err(e) => Err(Stop::Io(t!("setup-cannot-read-stdin", error = e.to_string()))),
        }
    }
}

/// Command-line text as a value of `key`, checked by the key table.
fn checked(key: &keys::Key, text: &str) -> Result<Value, String> {
    let value = key.kind.from_cli(text);
    (key.check)(&value).map_err(|e| e.local())?;
    Ok(value)
}

/// A flag given without the one it needs.
fn flag_needs(flag: &str, needed: &str) -> Stop {
    Stop::Config(t!("setup-flag-needs-flag", flag = flag, needed = needed))
}

fn flag_name(key: &str) -> &'static str {
    match key {
        "listen_port" => "listen-port",
        "services" => "services",
        "azure_cloud" => "cloud",
        "azure_workspace_ids" => "workspace-id",
        "azure_regions" => "region",
        "azure_dce_hosts" => "dce-host",
        "relay_proxy" => "relay-proxy",
        _ => "relay-username",
    }
}

fn prompt(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// `name` in the config's folder, as `relay-proxy set --password-stdin` places it.
fn beside(config: &Path, name: &str) -> PathBuf {
    config.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).join(name)
}

/// The commented config.
fn file_text(a: &Answers, password_file: Option<&Path>) -> String {
    let mut t = String::from(
        "# omsgate configuration, written by `omsgate init`.\n\
         # `omsgate check` prints the allowlist entry by entry with where each comes from;\n\
         # `omsgate config set KEY VALUE` and `omsgate allowed-host add HOST` edit this file.\n\n",
    );
    t += "# The port agents send CONNECT to (the original gateway's ListenPort).\n";
    t += &format!("listen_port = {}\n\n", shown(&a.listen_port));
    t += "# The agents behind this gateway and your IDs: omsgate allows exactly the hosts\n";
    t += "# Microsoft documents for them (the endpoint catalog, src/policy/catalog.toml).\n";
    t += &format!("services = {}\n", shown(&a.services));
    t += &format!("azure_cloud = {}\n", shown(&a.cloud));
    t += &format!("azure_regions = {}\n", shown(&a.regions));
    t += &format!("azure_workspace_ids = {}\n", shown(&a.workspaces));
    if a.dce_hosts.as_array().is_some_and(|d| !d.is_empty()) {
        t += &format!("azure_dce_hosts = {}\n", shown(&a.dce_hosts));
    }
    t += "\n# Hosts of your own beyond the catalog's: exact names, *.suffix, host:port.\n";
    t += "allowed_hosts = []\n";
    if a.relay_proxy.as_str().is_some_and(|r| !r.is_empty()) {
        t += "\n# The relay (upstream) proxy this gateway goes out through.\n";
        t += &format!("relay_proxy = {}\n", shown(&a.relay_proxy));
        if a.relay_username.as_str().is_some_and(|u| !u.is_empty()) {
            t += &format!("relay_proxy_username = {}\n", shown(&a.relay_username));
        }
        if let Some(f) = password_file {
            t += "# Read at start and reload; never logged or printed.\n";
            t += &format!("relay_proxy_password_file = {}\n", shown(&Value::from(f.display().to_string())));
        }
    }
    t
}

/// Writes the password (if any), checks the whole file as `run` reads it, then writes
/// the config atomically; a refused config takes the password file back out.
fn write(
    target: &Path,
    path: &Path,
    text: &str,
    password_file: Option<&Path>,
    password: Option<&str>,
) -> Result<Settings, Stop> {
    let io = |p: &Path, e: std::io::Error| Stop::Io(format!("{}: {e}", p.display()));
    let before = password_file.map(|f| (f, std::fs::read(f).ok()));
    if let (Some(file), Some(pw)) = (password_file, password) {
        store::write_atomically(file, format!("{pw}\n").as_bytes(), Perms::Set { mode: 0o640, gid: None })
            .map_err(|e| io(file, e))?;
    }
    let checked = config::from_text(text, Source::File(path.to_path_buf()))
        .map_err(|e| Stop::Config(e.message.local()));
    let written = checked.and_then(|settings| {
        store::write_atomically(target, text.as_bytes(), Perms::Keep { new_mode: 0o644 })
            .map_err(|e| io(target, e))?;
        Ok(settings)
    });
    if written.is_err()
        && let Some((file, old)) = before
    {
        let _ = match old {
            Some(bytes) => store::write_atomically(file, &bytes, Perms::Keep { new_mode: 0o640 }),
            None => std::fs::remove_file(file),
        };
    }
    written
}

/// What was written, and what to set on the agents and the load balancer.
fn report(path: &Path, s: &Settings) {
    let derived =
        s.allowlist.views().filter(|e| matches!(e.origin, crate::policy::Origin::Derived(_))).count();
    let (shown, entries) = (path.display().to_string(), s.allowlist.len());
    let (path, command) = (shown.as_str(), "omsgate run");
    say!("{}", t!("setup-init-wrote", path = path, command = command, entries = entries, derived = derived));
    say!("  omsgate check --config {shown}   # {}", t!("setup-init-check-hint"));
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "GATEWAY".into());
    let port = s.keys.listen_port;
    let proxy = format!("http://{host}:{port}");
    let uses = |svc: &str| s.keys.services.iter().any(|x| x.config_name() == svc);
    say!("");
    say!("{}", t!("setup-agents-heading", host = host.as_str()));
    if uses("azure_monitor_agent") {
        say!("  {}", t!("setup-agents-ama"));
        say!("    {{\"proxy\":{{\"mode\":\"application\",\"address\":\"{proxy}\",\"auth\":\"false\"}}}}");
    }
    if uses("log_analytics_agent") || uses("automation") {
        say!("  {}", t!("setup-agents-mma-windows", proxy = proxy.as_str()));
        say!(
            "  {}",
            t!("setup-agents-oms-linux", proxy = proxy.as_str(), files = "proxy.conf / omsadmin.sh")
        );
        say!("  {}", t!("setup-agents-operations-manager", proxy = proxy.as_str()));
    }
    if uses("arc") {
        say!("  {}", t!("setup-agents-arc", command = format!("azcmagent config set proxy.url {proxy}")));
    }
    say!("");
    say!("{}", t!("setup-load-balancer", port = port.to_string()));
    if let Some(m) = s.keys.metrics_address.0 {
        say!(
            "  {}",
            t!("setup-load-balancer-readyz", request = "HTTP GET /readyz", port = m.port().to_string())
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(input: &str, flags: &Flags) -> Result<Answers, Stop> {
        Asker { interactive: true, input: input.as_bytes() }.answers(flags)
    }

    #[test]
    fn a_wrong_answer_is_asked_again_and_enter_keeps_the_default() {
        let ws = "1234a123-aa1a-123a-aaa1-a1a345aa6789";
        let input = format!("0\n70000\n3128\n\nUSGOV\n\nnot-a-guid\n{ws}\nWest Europe\nwesteurope\n\n");
        let a = asked(&input, &Flags { cloud: None, ..Flags::default() });
        // "USGOV" is not a cloud name: asked again, the empty line then takes the default.
        let a = a.unwrap();
        assert_eq!(shown(&a.listen_port), "3128");
        assert_eq!(shown(&a.services), "[\"azure_monitor_agent\"]");
        assert_eq!(shown(&a.cloud), "\"public\"");
        assert_eq!(shown(&a.workspaces), format!("[\"{ws}\"]"));
        assert_eq!(shown(&a.regions), "[\"westeurope\"]");
        assert_eq!(shown(&a.relay_proxy), "\"\"");
    }

    #[test]
    fn flags_are_checked_by_the_key_table() {
        let flags = Flags { listen_port: Some("0".into()), ..Flags::default() };
        match (Asker { interactive: false, input: &b""[..] }).answers(&flags) {
            Err(Stop::Config(e)) => {
                assert!(e.contains("listen_port = 0") && e.contains("--listen-port"), "{e}")
            }
            _ => panic!("port 0 refused"),
        }
        let flags = Flags { regions: vec!["westeurope".into()], ..Flags::default() };
        match (Asker { interactive: false, input: &b""[..] }).answers(&flags) {
            Err(Stop::Config(e)) => assert!(e.contains("--workspace-id"), "{e}"),
            _ => panic!("the AMA needs a workspace"),
        }
    }
}
