//! Fuzzes the PROXY protocol header parser (`accept::proxy::parse`, v1 and v2) that
//! reads what a load balancer puts in front of an agent's connection.
//!
//! Checks more than "no panic": a whole header is read the same from exactly its own
//! bytes and with anything after it (the agent's request is not the header's); every
//! shorter prefix of it asks for more bytes (a header split across reads is read the
//! same); and bytes that are not a header are never taken for one after more arrive.
//!
//! Run: `cargo fuzz run -s none proxy_header fuzz/corpus/proxy_header fuzz/seeds/proxy_header -- -max_total_time=10`

#![no_main]

use libfuzzer_sys::fuzz_target;
use omsgate::accept::proxy::{Parsed, parse};

fuzz_target!(|data: &[u8]| {
    match parse(data) {
        Ok(Parsed::Header { len, header }) => {
            assert!(0 < len && len <= data.len(), "{len} of {}", data.len());
            assert_eq!(parse(&data[..len]), Ok(Parsed::Header { len, header }));
            for n in 0..len {
                assert_eq!(parse(&data[..n]), Ok(Parsed::NeedMore), "prefix of {n} of a {len}-byte header");
            }
        }
        Ok(Parsed::NoHeader) => {
            let mut more = data.to_vec();
            more.extend_from_slice(b"\r\n\r\n");
            assert_eq!(parse(&more), Ok(Parsed::NoHeader));
        }
        Ok(Parsed::NeedMore) | Err(_) => {}
    }
});
