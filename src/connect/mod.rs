//! Step 2 of a tunnel: read the agent's CONNECT head within `header_timeout`, parse it
//! into a validated [`Target`], and keep whatever the agent sent after the head (often
//! its ClientHello, pipelined) so that not one byte is lost.

pub mod auth;
pub mod head;
pub mod reply;
pub mod target;

use std::time::Duration;

use bytes::{Bytes, BytesMut};
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

use crate::events;
use crate::fault::Fault;

pub use auth::ProxyAuthorization;
pub use head::{HeadError, MAX_HEAD_BYTES};
pub use reply::Status;
pub use target::{Host, Target, TargetError};

/// First read buffer: a typical CONNECT head fits, and an idle tunnel keeps nothing of
/// it (the buffer is released once the head is parsed). Grows to [`MAX_HEAD_BYTES`].
const INITIAL_READ: usize = 1024;

/// A parsed CONNECT request.
#[derive(Debug)]
pub struct Request {
    pub target: Target,
    /// The agent's `Proxy-Authorization`, if it sent one.
    pub auth: Option<ProxyAuthorization>,
    /// Bytes the agent sent after the head; they go upstream first.
    pub early_data: Bytes,
}

/// Why no CONNECT request could be read.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The client closed before sending a whole head: load-balancer TCP probes do
    /// exactly this, so it is not an error worth an event.
    #[error("client closed before sending a request")]
    Closed,
    #[error("no complete CONNECT head within header_timeout ({0:?})")]
    Timeout(Duration),
    /// Still sending its head when `max_pending_heads` newer connections had arrived and
    /// fewer connection slots than that were free: dropped to make room (a slow client,
    /// or a slowloris).
    #[error(
        "dropped while still sending its CONNECT head: {pending} newer connections arrived meanwhile and fewer than {pending} connection slots were free (max_pending_heads)"
    )]
    Evicted { pending: usize },
    /// The drain's `drain_timeout` ended while the request was still arriving (head,
    /// policy or dial): no tunnel opened, so none is reported closed; event 102 counts
    /// it among the cut.
    #[error("the drain ended (drain_timeout) before the tunnel opened")]
    DrainEnded,
    #[error(transparent)]
    Head(#[from] HeadError),
    #[error("reading the request from the client failed: {0}")]
    Io(#[from] std::io::Error),
}

impl Fault for ConnectError {
    /// 104 for anything the client sent wrong; 403 when its socket failed.
    fn event_id(&self) -> u16 {
        match self {
            ConnectError::Io(_) => events::NETWORK_ERROR,
            _ => events::NOT_CONNECT,
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            ConnectError::Closed => "client_closed",
            ConnectError::Timeout(_) => "header_timeout",
            ConnectError::Evicted { .. } => "head_evicted",
            ConnectError::DrainEnded => "drain_ended",
            ConnectError::Io(_) => "client_io",
            ConnectError::Head(HeadError::NotConnect { .. }) => "not_connect",
            ConnectError::Head(HeadError::BadTarget { .. }) => "bad_target",
            ConnectError::Head(HeadError::TooLarge | HeadError::TooManyHeaders) => "head_too_large",
            ConnectError::Head(HeadError::Malformed(_)) => "malformed_request",
        }
    }

    /// A client that closed, whose socket failed, or that was dropped gets no reply.
    fn status(&self) -> Option<Status> {
        Some(match self {
            ConnectError::Closed
            | ConnectError::Io(_)
            | ConnectError::Evicted { .. }
            | ConnectError::DrainEnded => {
                return None;
            }
            ConnectError::Timeout(_) => Status::REQUEST_TIMEOUT,
            ConnectError::Head(HeadError::NotConnect { .. }) => Status::METHOD_NOT_ALLOWED,
            ConnectError::Head(HeadError::TooLarge | HeadError::TooManyHeaders) => Status::HEADERS_TOO_LARGE,
            ConnectError::Head(HeadError::BadTarget { .. } | HeadError::Malformed(_)) => Status::BAD_REQUEST,
        })
    }
}

/// Reads and parses the CONNECT head.
pub async fn read_request(client: &mut TcpStream, timeout: Duration) -> Result<Request, ConnectError> {
    tokio::time::timeout(timeout, read_head(client)).await.unwrap_or(Err(ConnectError::Timeout(timeout)))
}

async fn read_head(client: &mut TcpStream) -> Result<Request, ConnectError> {
    let mut buf = BytesMut::with_capacity(INITIAL_READ);
    loop {
        // `parse` refuses a partial head of MAX_HEAD_BYTES, so there is room here: read
        // at most up to the cap, growing the buffer by doubling.
        let room = MAX_HEAD_BYTES - buf.len();
        if buf.capacity() == buf.len() {
            buf.reserve(buf.len().min(room));
        }
        let n = (&mut *client).take(room as u64).read_buf(&mut buf).await?;
        if n == 0 {
            return Err(match buf.is_empty() {
                true => ConnectError::Closed,
                false => ConnectError::Io(std::io::ErrorKind::UnexpectedEof.into()),
            });
        }
        if let Some(head) = head::parse(&buf)? {
            // Copied out, not split off: a split shares the head buffer's allocation and
            // would keep it alive as long as the early bytes are.
            let early_data = Bytes::copy_from_slice(&buf[head.len..]);
            return Ok(Request { target: head.target, auth: head.auth, early_data });
        }
    }
}
