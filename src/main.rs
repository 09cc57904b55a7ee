//! The `omsgate` binary: a thin shell over `omsgate::cli`.

use std::process::ExitCode;

/// mimalloc v2: fast per-thread allocation for many small tunnel tasks (v3 has a known
/// multi-threaded crash, microsoft/mimalloc#1287).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // First, before anything allocates much: see omsgate::memory for why.
    omsgate::memory::no_transparent_huge_pages();
    omsgate::cli::main()
}
