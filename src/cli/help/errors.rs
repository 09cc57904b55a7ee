//! The command line's own errors (an unknown flag, a missing argument, a bad value) in
//! the operator's language.

/// Prints the error and exits: 0 for `--help`/`--version`, 2 for a bad command line.
pub fn exit(e: clap::Error) -> ! {
    e.exit()
}
