//! Zero-copy bursts with `splice(2)`: socket → pipe → socket, on tokio readiness.
//!
//! This file exists because it is the only place that knows the kernel's EAGAIN rules
//! for `splice(2)` (the pipe itself is `pipe.rs`'s). It needs no `unsafe`: rustix's
//! `splice` is a safe wrapper (no user memory crosses the syscall), so the crate-wide
//! `unsafe_code = "forbid"` (Cargo.toml `[lints]`) holds here too.
//!
//! The one rule that keeps the readiness bookkeeping honest (tokio-splice2's
//! invariant): we splice socket → pipe **only while the pipe is empty**,
//! so an EAGAIN from that call can only mean "the socket is dry" and `try_io` clears the
//! right readiness. Pipe → socket is only called with bytes in the pipe, so its EAGAIN can
//! only mean "the socket's send buffer is full".

use std::io;

use rustix::pipe::{SpliceFlags, splice};
use tokio::io::Interest;
use tokio::net::TcpStream;

use super::pool::Lease;
use super::{Burst, BurstEnd, DirError};

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
