//! Zero-copy bursts with `splice(2)`: socket → pipe → socket, on tokio readiness.
//!
//! This file exists because it is the only place that knows about pipes and about the
//! kernel's EAGAIN rules for `splice(2)`. It needs no `unsafe`: rustix's `splice`,
//! `pipe_with` and `fcntl_getpipe_size` are safe wrappers (no user memory crosses the
//! syscall), so the crate-wide `unsafe_code = "forbid"` (Cargo.toml `[lints]`) holds
//! here too.
//!
//! The one rule that keeps the readiness bookkeeping honest (tokio-splice2's
//! invariant): we splice socket → pipe **only while the pipe is empty**,
//! so an EAGAIN from that call can only mean "the socket is dry" and `try_io` clears the
//! right readiness. Pipe → socket is only called with bytes in the pipe, so its EAGAIN can
//! only mean "the socket's send buffer is full".

use std::io;
use std::os::fd::OwnedFd;

use rustix::pipe::{PipeFlags, SpliceFlags, fcntl_getpipe_size, fcntl_setpipe_size, pipe_with, splice};
use tokio::io::Interest;
use tokio::net::TcpStream;

use super::pool::Lease;
use super::{Burst, BurstEnd, DirError};

/// Pipes smaller than this are discarded: past the per-user `fs.pipe-user-pages-soft`
/// budget the kernel hands out 2-page (8 KiB) pipes, which would make splice slower than
/// the copy path's 16–64 KiB buffers. 64 KiB is the kernel's default pipe size.
pub(super) const MIN_PIPE_CAPACITY: usize = 64 * 1024;

/// Both ends of one kernel pipe, plus how many bytes a splice may move through it.
#[derive(Debug)]
pub struct Pipe {
    read: OwnedFd,
    write: OwnedFd,
    /// From `F_GETPIPE_SZ`; the length passed to every splice (never `usize::MAX`: EINVAL).
    capacity: usize,
}

impl Pipe {
    /// Whether the pipe was grown past the default (see `pool::LARGE_PIPES`).
    pub(super) fn is_large(&self) -> bool {
        self.capacity > MIN_PIPE_CAPACITY
    }

    /// Opens a non-blocking, close-on-exec pipe (grown to `grow_to` when given and the
    /// kernel agrees), or `None` if the kernel refuses (EMFILE/ENFILE) or gives us a
    /// shrunken pipe.
    pub(super) fn open(grow_to: Option<usize>) -> Option<Pipe> {
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

/// Moves one burst from `src` to `dst` through the leased pipe, until `src` is dry (the
/// pipe is then empty and goes back to the pool when `lease` drops), at EOF, or on error.
///
/// `lease.pending` tracks the bytes sitting in the pipe, so a cancelled burst (idle
/// timeout, cut) drops a non-empty pipe instead of returning it to the pool.
pub(super) async fn burst(
    src: &TcpStream,
    dst: &TcpStream,
    lease: &mut Lease<'_>,
    moved: &mut Burst<'_>,
) -> Result<BurstEnd, DirError> {
    loop {
        debug_assert_eq!(lease.pending, 0, "sock→pipe only into an empty pipe");
        let pipe = lease.pipe();
        let filled = src.try_io(Interest::READABLE, || {
            splice(src, None, &pipe.write, None, pipe.capacity, SpliceFlags::NONBLOCK | SpliceFlags::MOVE)
                .map_err(io::Error::from)
        });
        let n = match filled {
            Ok(0) => return Ok(BurstEnd::Eof),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(BurstEnd::Dry),
            Err(e) => return Err(DirError::Read(e)),
        };
        lease.pending = n;
        while lease.pending > 0 {
            let pipe = lease.pipe();
            let drained = dst.try_io(Interest::WRITABLE, || {
                splice(&pipe.read, None, dst, None, lease.pending, SpliceFlags::NONBLOCK | SpliceFlags::MOVE)
                    .map_err(io::Error::from)
            });
            match drained {
                Ok(0) => return Err(DirError::Write(io::ErrorKind::WriteZero.into())),
                Ok(m) => {
                    lease.pending -= m;
                    moved.add(m);
                }
                // Send buffer full: wait (holding the non-empty pipe) until it drains.
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    dst.writable().await.map_err(DirError::Write)?;
                }
                Err(e) => return Err(DirError::Write(e)),
            }
        }
        // A bulk transfer may never find the socket dry: let other tunnels run.
        tokio::task::coop::consume_budget().await;
    }
}
