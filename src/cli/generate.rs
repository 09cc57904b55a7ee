//! `omsgate generate DIR` (hidden): the man pages and shell completions, rendered from
//! the same clap definition that parses the command line, so they cannot disagree with
//! the binary that ships them. The package build (deploy/build-deb.sh) runs it on the
//! release binary it packs; a build script could not, as the definition lives in the
//! library it would have to build first.
//!
//! It writes `DIR/man/omsgate.1` and one page per subcommand (`omsgate-config-set.1`,
//! as git does), `DIR/completions/` for bash (`omsgate.bash`), zsh (`_omsgate`) and
//! fish (`omsgate.fish`), and `DIR/omsgate.toml`: the embedded default with a header for
//! its place as the package's /etc/omsgate/omsgate.toml. The pages are English (the
//! package ships one set); only the error a person reads here is in their language.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory as _;
use clap_complete::Shell;

use crate::events;
use crate::t;

/// The shells completions are written for, as Debian packages ship them.
pub const SHELLS: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

/// Writes the man pages, completions and packaged config under `dir`, printing each
/// path; exit 1 when a file cannot be written.
pub fn run(dir: &Path) -> ExitCode {
    match write_all(dir) {
        Ok(written) => {
            for file in written {
                say!("{}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let (dir, error, event) =
                (dir.display().to_string(), e.to_string(), events::APPLICATION_ERROR.to_string());
            eprintln!(
                "omsgate: {}",
                t!("setup-generate-cannot-write", dir = dir, error = error, event = event)
            );
            ExitCode::from(super::EXIT_RUNTIME)
        }
    }
}

/// Writes every page and completion file; returns the files written.
pub fn write_all(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let man = dir.join("man");
    let completions = dir.join("completions");
    std::fs::create_dir_all(&man)?;
    std::fs::create_dir_all(&completions)?;
    let mut written = Vec::new();
    let mut root = command();
    root.build();
    for cmd in visible_tree(&root) {
        let path = man.join(format!("{}.1", page_name(&cmd)));
        let mut file = std::fs::File::create(&path)?;
        file.write_all(&page(&cmd, cmd.get_name() == root.get_name())?)?;
        written.push(path);
    }
    let config = dir.join("omsgate.toml");
    std::fs::write(&config, packaged_config())?;
    written.push(config);
    for shell in SHELLS {
        written.push(clap_complete::generate_to(shell, &mut shown(), "omsgate", &completions)?);
    }
    Ok(written)
}

/// The CLI definition as packaged: without the `help` subcommands clap adds (`--help`
/// stays), which would otherwise get pages of their own.
pub fn command() -> clap::Command {
    super::Cli::command().disable_help_subcommand(true)
}

/// The config the package installs: the embedded default, whose opening comment (what
/// runs without a file) is replaced by one for the installed file. Same keys, same values.
pub fn packaged_config() -> String {
    let default = crate::config::EMBEDDED_DEFAULT;
    let body = default.split_once("\n\n").map_or(default, |(_header, body)| body);
    format!("{PACKAGED_HEADER}\n{body}")
}

/// The opening comment of the installed config.
const PACKAGED_HEADER: &str = "\
# omsgate configuration, installed by the omsgate package as a conffile: your edits are
# kept on upgrade, and `dpkg --purge omsgate` removes it. It starts as the embedded
# default; every key is optional and falls back to the value shown here.
#
#   omsgate init --force        rewrite it from a few answers (services, workspace, region)
#   omsgate config set KEY VAL  edit one key, keeping comments; checked before it is written
#   omsgate check               validate it and print the effective settings
#   systemctl reload omsgate    apply it to the running gateway (omsgate reload does the same)
#
# Readable by the service's group only (root:omsgate 0640, in a 0750 directory), as is a
# relay proxy password stored beside it; root edits.
";

/// [`command`] without its hidden subcommands, which clap_complete would offer too
/// (clap has no way to remove a subcommand, so the root is built anew from its parts).
fn shown() -> clap::Command {
    let full = command();
    let mut shown = clap::Command::new("omsgate")
        .version(env!("CARGO_PKG_VERSION"))
        .about(full.get_about().cloned().unwrap_or_default())
        .disable_help_subcommand(true);
    for arg in full.get_arguments() {
        shown = shown.arg(arg.clone());
    }
    shown.subcommands(full.get_subcommands().filter(|s| !s.is_hide_set()).cloned())
}

/// `omsgate-config-set` for `omsgate config set` (clap's display name once built).
pub fn page_name(cmd: &clap::Command) -> String {
    cmd.get_display_name().unwrap_or_else(|| cmd.get_name()).to_string()
}

/// A built command and every visible subcommand below it, depth first.
pub fn visible_tree(cmd: &clap::Command) -> Vec<clap::Command> {
    let mut all = vec![cmd.clone()];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        all.extend(visible_tree(sub));
    }
    all
}

/// One man page. The top-level one also says what clap cannot know: exit status, files,
/// the environment systemd sets, and where to read more.
fn page(cmd: &clap::Command, top: bool) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd.clone())
        .source(format!("omsgate {}", env!("CARGO_PKG_VERSION")))
        .manual("omsgate manual");
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut out)?;
    }
    match top {
        true => {
            out.extend_from_slice(TOP_SECTIONS.as_bytes());
            man.render_version_section(&mut out)?;
        }
        false => out.extend_from_slice(SEE_ALSO_TOP.as_bytes()),
    }
    Ok(out)
}

/// Sections of omsgate(1) beyond the options (roff).
const TOP_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
success (for \fBexplain\fR: the target is allowed)
.TP
\fB1\fR
a failure at run time, e.g. a port in use or no gateway running (for \fBexplain\fR: denied)
.TP
\fB2\fR
a configuration that cannot run (event 401); nothing is bound or written
.SH FILES
.TP
\fI/etc/omsgate/omsgate.toml\fR
The config file read without \fB\-\-config\fR; when it does not exist the embedded default runs (listen on port 8080, destination port 443, the Azure Monitor endpoint families).
.TP
\fI/etc/omsgate/relay\-proxy.password\fR
The relay proxy password written by \fBrelay\-proxy set \-\-password\-stdin\fR and \fBinit\fR, mode 0640 with the config's group.
.TP
\fI/etc/omsgate/.omsgate.toml.lock\fR
Held by each editing command so that concurrent edits wait for each other.
.TP
\fI/run/omsgate/\fR
The control sockets through which \fBreload\fR, \fBdrain\fR and the editing commands reach running gateways.
.SH ENVIRONMENT
.TP
\fBLISTEN_FDS\fR, \fBLISTEN_PID\fR, \fBLISTEN_FDNAMES\fR
Set by systemd socket activation (\fIomsgate.socket\fR): the gateway serves the passed sockets instead of binding \fBlisten_address\fR and \fBlisten_port\fR; a socket named \fBmetrics\fR serves \fB/metrics\fR.
.TP
\fBNOTIFY_SOCKET\fR
Set by systemd for \fBType=notify\fR: the gateway reports ready, reloading and stopping.
.SH "SEE ALSO"
\fBsystemctl\fR(1), \fBsystemd.socket\fR(5), \fBjournalctl\fR(1); \fIomsgate config keys\fR lists every config key; /usr/share/doc/omsgate/README.md.gz
"#;

/// The see-also of a subcommand's page.
const SEE_ALSO_TOP: &str = ".SH \"SEE ALSO\"\n\\fBomsgate\\fR(1)\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Every visible subcommand, at every depth, has its page, and its parent's page
    /// names it; every flag appears on its command's page: a subcommand or flag added
    /// later cannot be missing from the manual.
    #[test]
    fn the_manual_covers_every_subcommand_and_flag() {
        let dir = tempfile::tempdir().unwrap();
        write_all(dir.path()).unwrap();
        let mut root = command();
        root.build();
        let tree = visible_tree(&root);
        assert!(tree.len() > 15, "the tree was walked: {}", tree.len());
        for cmd in &tree {
            let text = read(&dir.path().join("man").join(format!("{}.1", page_name(cmd))));
            assert!(text.starts_with(".ie \\n(.g .ds Aq"), "{} is roff", page_name(cmd));
            for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
                assert!(
                    text.contains(&format!("{}({})", page_name(sub).replace('-', "\\-"), 1)),
                    "{}.1 names {}",
                    page_name(cmd),
                    page_name(sub)
                );
            }
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                if let Some(long) = arg.get_long() {
                    assert!(
                        text.contains(&format!("\\-\\-{}", long.replace('-', "\\-"))),
                        "{}.1 documents --{long}",
                        page_name(cmd)
                    );
                }
            }
        }
        let top = read(&dir.path().join("man/omsgate.1"));
        assert!(top.contains(".SH FILES") && top.contains("/etc/omsgate/omsgate.toml"));
        assert!(!top.contains("generate"), "the hidden subcommand stays out of the manual");
        let pages = std::fs::read_dir(dir.path().join("man")).unwrap().count();
        assert_eq!(pages, tree.len(), "one page per visible command, nothing else");
    }

    /// The installed config means exactly what the embedded default means.
    #[test]
    fn the_packaged_config_is_the_embedded_default() {
        use crate::config::{EMBEDDED_DEFAULT, Source, from_text};
        let packaged = packaged_config();
        assert!(packaged.starts_with("# omsgate configuration, installed by the omsgate package"));
        assert!(!packaged.contains("This is what runs when"), "the embedded header is replaced");
        let (a, b) = (
            from_text(&packaged, Source::Embedded).unwrap(),
            from_text(EMBEDDED_DEFAULT, Source::Embedded).unwrap(),
        );
        assert_eq!(a.describe(), b.describe());
        assert_eq!(a.set, b.set, "the same keys are set");
    }

    /// Each shell's file names every top-level subcommand, and the bash one loads in a
    /// real bash and registers the completion.
    #[test]
    fn completions_know_every_subcommand_and_bash_loads_them() {
        let dir = tempfile::tempdir().unwrap();
        write_all(dir.path()).unwrap();
        let completions = dir.path().join("completions");
        let root = command();
        for file in ["omsgate.bash", "_omsgate", "omsgate.fish"] {
            let text = read(&completions.join(file));
            for sub in root.get_subcommands().filter(|s| !s.is_hide_set()) {
                assert!(text.contains(sub.get_name()), "{file} completes {}", sub.get_name());
            }
            assert!(!text.contains("generate"), "{file} does not offer the hidden subcommand");
        }
        let bash = std::process::Command::new("bash")
            .arg("-c")
            .arg("source \"$1\" && complete -p omsgate")
            .arg("bash")
            .arg(completions.join("omsgate.bash"))
            .output()
            .expect("bash runs");
        assert!(bash.status.success(), "{}", String::from_utf8_lossy(&bash.stderr));
        assert!(String::from_utf8_lossy(&bash.stdout).contains("omsgate"));
    }
}
