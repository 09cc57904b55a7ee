//! What the gateway says back to the agent: `200 Connection established`, or one
//! refusal whose status, event ID and one-line reason all come from the tunnel error.

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

pub use crate::fault::Status;

/// The reply that opens the tunnel (RFC 9110 §9.3.6: any 2xx; this is the usual text).
pub const ESTABLISHED: &[u8] = b"HTTP/1.1 200 Connection established\r\n\r\n";

/// Tells the agent its tunnel is open.
pub async fn established(client: &mut TcpStream) -> std::io::Result<()> {
    client.write_all(ESTABLISHED).await
}

/// The bytes of a refusal: status line, the event ID in a header an operator can grep
/// for, and the reason as a one-line plain-text body. The connection then closes.
pub fn refusal_bytes(status: Status, event_id: u16, reason: &str) -> Vec<u8> {
    let body = format!("omsgate: {reason} (event {event_id})\n");
    let mut out = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nX-Omsgate-Event: {event_id}\r\nConnection: close\r\n",
        status.0,
        status.reason_phrase(),
        body.len()
    );
    if status == Status::METHOD_NOT_ALLOWED {
        out += "Allow: CONNECT\r\n";
    }
    if status == Status::PROXY_AUTH_REQUIRED {
        out += "Proxy-Authenticate: Basic realm=\"omsgate\"\r\n";
    }
    if status == Status::SERVICE_UNAVAILABLE {
        out += "Retry-After: 5\r\n";
    }
    out += "\r\n";
    out += &body;
    out.into_bytes()
}

/// Sends a refusal; a client that has gone away is not worth an error.
pub async fn refuse(client: &mut TcpStream, status: Status, event_id: u16, reason: &str) {
    let _ = client.write_all(&refusal_bytes(status, event_id, reason)).await;
    let _ = client.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_is_a_complete_http_response() {
        let bytes = refusal_bytes(Status::FORBIDDEN, 105, "host example.org is not in allowed_hosts");
        let mut headers = [httparse::EMPTY_HEADER; 16];
        let mut resp = httparse::Response::new(&mut headers);
        let len = match resp.parse(&bytes).unwrap() {
            httparse::Status::Complete(n) => n,
            httparse::Status::Partial => panic!("incomplete"),
        };
        assert_eq!(resp.code, Some(403));
        let body = std::str::from_utf8(&bytes[len..]).unwrap();
        assert_eq!(body, "omsgate: host example.org is not in allowed_hosts (event 105)\n");
        let cl = resp.headers.iter().find(|h| h.name == "Content-Length").unwrap();
        assert_eq!(std::str::from_utf8(cl.value).unwrap(), body.len().to_string());
    }

    #[test]
    fn a_407_carries_the_basic_challenge() {
        let bytes = refusal_bytes(Status::PROXY_AUTH_REQUIRED, 105, "proxy authentication required");
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("HTTP/1.1 407 Proxy Authentication Required\r\n"), "{text}");
        assert!(text.contains("\r\nProxy-Authenticate: Basic realm=\"omsgate\"\r\n"), "{text}");
    }
}
