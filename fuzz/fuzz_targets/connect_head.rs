//! Fuzzes the CONNECT head parser: never a panic, and a complete head always parses the
//! same from exactly its own bytes, with anything after it left as tunnel data.
//!
//! Run: `cargo fuzz run -s none connect_head fuzz/corpus/connect_head fuzz/seeds/connect_head -- -max_total_time=10`
#![no_main]

use libfuzzer_sys::fuzz_target;
use omsgate::connect::head;

fuzz_target!(|data: &[u8]| {
    if let Ok(Some(h)) = head::parse(data) {
        assert!(h.len <= data.len());
        assert_eq!(head::parse(&data[..h.len]), Ok(Some(h.clone())));
        // The target always prints back to something that parses to itself.
        let again =
            omsgate::connect::Target::parse(&h.target.to_string()).expect("normalised targets reparse");
        assert_eq!(again, h.target);
    }
});
