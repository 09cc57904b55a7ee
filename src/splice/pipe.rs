//! One kernel pipe, what the splice moves bytes through: opened (and grown) here, pooled
//! by `pool.rs`, spliced through by `linux.rs`. Off Linux there are none: an
//! uninhabited stand-in keeps the pool's single code path.

#[cfg(target_os = "linux")]
pub use linux::Pipe;
#[cfg(not(target_os = "linux"))]
pub use other::Pipe;

#[cfg(target_os = "linux")]
mod linux {
    use std::os::fd::OwnedFd;

    use rustix::pipe::{PipeFlags, fcntl_getpipe_size, fcntl_setpipe_size, pipe_with};

    /// Pipes smaller than this are discarded: past the per-user `fs.pipe-user-pages-soft`
    /// budget the kernel hands out 2-page (8 KiB) pipes, which would make splice slower than
    /// the copy path's 16–64 KiB buffers. 64 KiB is the kernel's default pipe size.
    const MIN_PIPE_CAPACITY: usize = 64 * 1024;

    /// Both ends of one kernel pipe, plus how many bytes a splice may move through it.
    #[derive(Debug)]
    pub struct Pipe {
        pub(in crate::splice) read: OwnedFd,
        pub(in crate::splice) write: OwnedFd,
        /// From `F_GETPIPE_SZ`; the length passed to every splice (never `usize::MAX`: EINVAL).
        pub(in crate::splice) capacity: usize,
    }

    impl Pipe {
        /// Whether the pipe was grown past the default (see `pool::LARGE_PIPES`).
        pub(in crate::splice) fn is_large(&self) -> bool {
            self.capacity > MIN_PIPE_CAPACITY
        }

        /// Opens a non-blocking, close-on-exec pipe (grown to `grow_to` when given and the
        /// kernel agrees), or `None` if the kernel refuses (EMFILE/ENFILE) or gives us a
        /// shrunken pipe.
        pub(in crate::splice) fn open(grow_to: Option<usize>) -> Option<Pipe> {
            let (read, write) = pipe_with(PipeFlags::NONBLOCK | PipeFlags::CLOEXEC).ok()?;
            if let Some(size) = grow_to {
                // Refused (EPERM past the per-user budget, or above pipe-max-size): the pipe
                // keeps its default size, which is fine.
                let _ = fcntl_setpipe_size(&read, size);
            }
            let capacity = fcntl_getpipe_size(&read).ok()?;
            (capacity >= MIN_PIPE_CAPACITY).then_some(Pipe { read, write, capacity })
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod other {
    /// Off Linux there are no pipes to lease.
    #[derive(Debug)]
    pub enum Pipe {}

    impl Pipe {
        pub(in crate::splice) fn open(_grow_to: Option<usize>) -> Option<Pipe> {
            None
        }

        pub(in crate::splice) fn is_large(&self) -> bool {
            match *self {}
        }
    }
}
