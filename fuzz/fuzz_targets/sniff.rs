//! Fuzzes the sniff parsers with arbitrary bytes from either side of a tunnel.
//!
//! Checks more than "no panic": a parsed ClientHello must parse the same from exactly
//! the bytes it says it consumed, must need more one byte earlier (the need-more answer
//! is never wrong), and must come out the same from the streaming reader fed in two
//! pieces; the handshake followers must never panic on what they are pushed, and a look
//! at peeked server bytes must give the follower's answer whenever it gives one.
//!
//! Run: `cargo fuzz run -s none sniff fuzz/corpus/sniff tests/fixtures -- -max_total_time=10`

#![no_main]

use libfuzzer_sys::fuzz_target;
use omsgate::sniff::cert::ClientFlight;
use omsgate::sniff::server::{ServerFlight, ServerReply, whole_server_hello};
use omsgate::sniff::{ClientHelloReader, parse_client_hello};

fuzz_target!(|data: &[u8]| {
    if let Ok(Some(hello)) = parse_client_hello(data) {
        assert!(hello.consumed <= data.len());
        let again = parse_client_hello(&data[..hello.consumed]);
        assert_eq!(again.ok().flatten().as_ref(), Some(&hello));
        assert!(matches!(parse_client_hello(&data[..hello.consumed - 1]), Ok(None)));
    }
    let cut = usize::from(data.first().copied().unwrap_or(0)).min(data.len());
    // The streaming reader, fed in two pieces, agrees with the one-buffer parser.
    let mut reader = ClientHelloReader::new();
    reader.push(&data[..cut]);
    let early = reader.poll();
    let streamed = match early {
        Ok(None) => {
            reader.push(&data[cut..]);
            reader.poll()
        }
        other => other,
    };
    if let Ok(Some(hello)) = parse_client_hello(data) {
        assert_eq!(streamed.ok().flatten(), Some(hello));
    }
    // The server's reply: peeked at, or followed through two reads.
    let mut reply = ServerFlight::new();
    reply.push(&data[..cut]);
    reply.push(&data[cut..]);
    let followed = reply.poll_hello();
    if let Some(version) = whole_server_hello(data) {
        assert_eq!(followed.ok(), Some(Some(ServerReply::ServerHello { version })));
    }
    let _ = reply.poll_hello();
    let _ = reply.poll();
    let mut server = ServerFlight::new();
    server.push(&data[..cut]);
    let _ = server.poll();
    server.push(&data[cut..]);
    let _ = server.poll();
    // The second ClientHello (after a HelloRetryRequest), fed in two pieces.
    let mut second = ClientHelloReader::after_retry();
    second.push(&data[..cut]);
    if let Ok(None) = second.poll() {
        second.push(&data[cut..]);
        if let Ok(Some(hello)) = second.poll() {
            assert!(hello.consumed <= data.len());
        }
    }
    let mut client = ClientFlight::new();
    client.push(&data[..cut]);
    let _ = client.poll();
    client.push(&data[cut..]);
    let _ = client.poll();
});
