//! The upstream side of a tunnel as dial hands it on: a TCP socket (direct, or to an
//! `http://` relay), or TLS to an `https://` relay with the tunnel inside it. The sniff
//! and splice steps take either; only the plain socket can be spliced zero-copy and
//! peeked at, which [`Stream::tcp`] says.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

/// A connected upstream.
#[derive(Debug)]
pub enum Stream {
    /// The destination's socket, or an `http://` relay's after its 200.
    Plain(TcpStream),
    /// TLS to an `https://` relay, the tunnel's bytes inside it (boxed: the TLS state is
    /// large and most tunnels do not have one).
    Tls(Box<TlsStream<TcpStream>>),
}

impl crate::sniff::Upstream for Stream {
    /// A plain socket is peeked at; TLS to a relay cannot be (its bytes are decrypted
    /// only as they are read).
    async fn peek(&mut self, buf: &mut [u8]) -> io::Result<Option<usize>> {
        match self {
            Stream::Plain(tcp) => TcpStream::peek(tcp, buf).await.map(Some),
            Stream::Tls(_) => Ok(None),
        }
    }
}

impl Stream {
    /// The socket itself, when the tunnel's bytes travel on it unwrapped.
    pub fn tcp(&self) -> Option<&TcpStream> {
        match self {
            Stream::Plain(tcp) => Some(tcp),
            Stream::Tls(_) => None,
        }
    }
}

impl AsyncRead for Stream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}
