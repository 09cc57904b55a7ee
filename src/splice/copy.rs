//! Portable bursts through a userspace buffer: read, then write all of it, until dry.
//!
//! This exists as the reference implementation (`Mode::Copy`, every OS), and as the
//! per-burst fallback when the pipe pool has nothing to lend. It keeps idle tunnels
//! cheap: the buffer is allocated only after the socket reports readable and freed when
//! the socket is dry, so an idle direction holds no buffer at all (ztunnel measured
//! per-connection buffers as the bulk of its memory with 10k connections).

use std::io;

use tokio::net::TcpStream;

use super::{Burst, BurstEnd, DirError};

/// A burst starts with 16 KiB: one TLS record (the largest unit an agent sends at once),
/// and g3's default relay buffer. Most agent bursts (heartbeats, small uploads) fit.
pub(super) const COPY_BUF_START: usize = 16 * 1024;

/// A burst that has already moved `GROW_AFTER` bytes is a bulk transfer: it switches to
/// a 64 KiB buffer (the size of a default pipe), a quarter of the syscalls per byte.
/// ztunnel grows its buffers the same way, for the same reason.
pub(super) const COPY_BUF_BULK: usize = 64 * 1024;

/// See `COPY_BUF_BULK`.
const GROW_AFTER: usize = 256 * 1024;

/// Moves one burst from `src` to `dst` until `src` is dry, at EOF, or on error.
pub(super) async fn burst(
    src: &TcpStream,
    dst: &TcpStream,
    moved: &mut Burst<'_>,
) -> Result<BurstEnd, DirError> {
    let mut buf = vec![0u8; COPY_BUF_START];
    let mut burst_len = 0;
    loop {
        let n = match src.try_read(&mut buf) {
            Ok(0) => return Ok(BurstEnd::Eof),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(BurstEnd::Dry),
            Err(e) => return Err(DirError::Read(e)),
        };
        write_all(dst, &buf[..n], moved).await?;
        burst_len += n;
        if burst_len >= GROW_AFTER && buf.len() < COPY_BUF_BULK {
            buf = vec![0u8; COPY_BUF_BULK];
        }
        // A bulk transfer may never find the socket dry: let other tunnels run.
        tokio::task::coop::consume_budget().await;
    }
}

/// Writes all of `data` to `dst` on writable readiness, counting what was written.
pub(super) async fn write_all(
    dst: &TcpStream,
    mut data: &[u8],
    moved: &mut Burst<'_>,
) -> Result<(), DirError> {
    while !data.is_empty() {
        match dst.try_write(data) {
            Ok(0) => return Err(DirError::Write(io::ErrorKind::WriteZero.into())),
            Ok(m) => {
                data = &data[m..];
                moved.add(m);
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                dst.writable().await.map_err(DirError::Write)?;
            }
            Err(e) => return Err(DirError::Write(e)),
        }
    }
    Ok(())
}
