//! How the process uses memory: no transparent huge pages.
//!
//! mimalloc asks for huge pages on its arenas (`madvise(MADV_HUGEPAGE)`), which this
//! machine's THP setting (`madvise`) grants. With them, about one gateway process in
//! three spent half as much CPU again per upload for its whole life (70–84 against
//! 51–59 µs at 5,000 agents), and every process peaked about 9 MiB higher (46.5 against
//! 37.6 MiB); with this, seven runs of seven were fast (max/min 1.10,
//! `perf/results/2026-12-01-thp.md`), and through `perf/compare.sh` one run of three
//! still took 68 µs, then three later ones 59–62 µs (`perf/CAPACITY.md`, "With every fix
//! in"). A tunnel's memory is small, scattered objects that a 2 MiB page does not help.

/// Turns transparent huge pages off for the whole process (they stay off in children).
/// Called first thing in `main`, before anything allocates much; failure (an old
/// kernel, another OS) only loses this, so it is not an error.
pub fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn the_process_has_transparent_huge_pages_off() {
        super::no_transparent_huge_pages();
        assert!(rustix::thread::transparent_huge_pages_are_disabled().unwrap());
    }
}
