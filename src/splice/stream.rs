//! The two directions of a tunnel whose upstream is a stream rather than a socket: TLS
//! to an `https://` relay proxy, with the tunnel's bytes inside. Encryption happens in
//! userspace, so there is nothing to splice: bytes are copied, and each direction
//! counts them and keeps the tunnel's idle clock like the socket bursts do.
//!
//! Up (agent → relay): a burst starts when the agent's socket turns readable, copies
//! until it is dry, then flushes the TLS records out; at the agent's EOF the TLS
//! session is closed for writing (close_notify, then the socket's half-close). Down
//! (relay → agent): TLS is read into a buffer held for the tunnel's life (a TLS read
//! needs somewhere to decrypt to, and readiness of the socket under it does not say a
//! whole record is there); a burst lasts while reads find data at once. These tunnels
//! cost one 16 KiB buffer and rustls's state more than plain ones.

use futures_util::FutureExt;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use super::copy::{COPY_BUF_START, write_all};
use super::{Burst, DirError, Direction, Shared, shut_write};

/// Agent → upstream until the agent's EOF (then `to` is shut down for writing).
pub(super) async fn up(
    tunnel: &Shared<'_>,
    client: &TcpStream,
    mut to: impl AsyncWrite + Unpin,
) -> Result<(), DirError> {
    loop {
        client.readable().await.map_err(DirError::Read)?;
        let mut moved = Burst { tunnel, dir: Direction::Up, unflushed: 0 };
        let mut buf = vec![0u8; COPY_BUF_START];
        loop {
            match client.try_read(&mut buf) {
                Ok(0) => {
                    to.flush().await.map_err(DirError::Write)?;
                    return to.shutdown().await.map_err(DirError::Write);
                }
                Ok(n) => {
                    to.write_all(&buf[..n]).await.map_err(DirError::Write)?;
                    moved.add(n);
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(e) => return Err(DirError::Read(e)),
            }
            tokio::task::coop::consume_budget().await;
        }
        to.flush().await.map_err(DirError::Write)?;
    }
}

/// Upstream → agent until the upstream's EOF (then the agent's socket is half-closed).
pub(super) async fn down(
    tunnel: &Shared<'_>,
    mut from: impl AsyncRead + Unpin,
    client: &TcpStream,
) -> Result<(), DirError> {
    let mut buf = vec![0u8; COPY_BUF_START];
    loop {
        let mut n = from.read(&mut buf).await.map_err(DirError::Read)?;
        let mut moved = Burst { tunnel, dir: Direction::Down, unflushed: 0 };
        loop {
            if n == 0 {
                return shut_write(client);
            }
            write_all(client, &buf[..n], &mut moved).await?;
            tokio::task::coop::consume_budget().await;
            // More at once continues the burst; none ends it (`read` is cancel-safe).
            match from.read(&mut buf).now_or_never() {
                Some(read) => n = read.map_err(DirError::Read)?,
                None => break,
            }
        }
    }
}
