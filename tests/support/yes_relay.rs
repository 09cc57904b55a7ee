//! A stand-in relay proxy that answers 200 to every CONNECT and tells the test which
//! target it was asked for, before it answers (so the gateway's 200 implies the message
//! is there). Catalog hosts and hostile targets need no DNS this way: the relay is asked,
//! not resolved.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::mpsc;

/// The relay: its address, and the targets it was asked for, in order.
pub struct YesRelay {
    pub addr: SocketAddr,
    pub asked: mpsc::Receiver<String>,
}

impl YesRelay {
    /// Listens on a free loopback port until the test drops the receiver.
    pub fn start() -> YesRelay {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, asked) = mpsc::channel();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut s) = stream else { continue };
                s.set_read_timeout(Some(super::DEADLINE)).unwrap();
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && matches!(s.read(&mut byte), Ok(1)) {
                    head.push(byte[0]);
                }
                let line = String::from_utf8_lossy(&head).into_owned();
                if tx.send(line.split(' ').nth(1).unwrap_or_default().to_string()).is_err() {
                    return;
                }
                let _ = s.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
            }
        });
        YesRelay { addr, asked }
    }
}
