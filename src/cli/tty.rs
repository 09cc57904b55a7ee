//! Asking for a password on the terminal. Echo is turned off *before* the prompt shows,
//! so an answer typed, pasted or sent by a script the moment the prompt appears is never
//! echoed. rpassword, used before, showed the prompt first and turned echo off after: a
//! window a test on a pseudo-terminal (tests/init.rs) fell into now and then, and a
//! script answering at once would too. rustix's termios calls are safe wrappers, so the
//! crate's `unsafe_code = "forbid"` holds.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};

use rustix::termios::{LocalModes, OptionalActions, Termios, tcgetattr, tcsetattr};

/// Shows `prompt` on the controlling terminal with echo off and reads one line (without
/// its line end). The terminal's settings are put back afterwards, also when reading
/// fails; Enter still moves to the next line (`ECHONL`).
pub fn password(prompt: &str) -> io::Result<String> {
    let tty = File::options().read(true).write(true).open("/dev/tty")?;
    let before = tcgetattr(&tty)?;
    let mut quiet = before.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ECHONL);
    // `Now`, not `Flush`: what was typed ahead stays to be read.
    tcsetattr(&tty, OptionalActions::Now, &quiet)?;
    let _restore = Restore { tty: &tty, before };
    (&tty).write_all(prompt.as_bytes())?;
    (&tty).flush()?;
    let mut line = String::new();
    BufReader::new(&tty).read_line(&mut line)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// Puts the terminal's settings back when dropped.
struct Restore<'a> {
    tty: &'a File,
    before: Termios,
}

impl Drop for Restore<'_> {
    fn drop(&mut self) {
        let _ = tcsetattr(self.tty, OptionalActions::Now, &self.before);
    }
}
