//! Fuzzes the relay proxy's answer head (`dial::relay_proxy::parse_answer`) with
//! arbitrary bytes from the relay's side.
//!
//! Checks more than "no panic": a complete answer parses the same from exactly the bytes
//! it says its head takes (what follows is never part of it), needs more one byte
//! earlier (or is too large, past 8 KiB), and keeps at most 100 characters of reason;
//! and what a first read would have been told stays true once the rest arrives: an
//! answer complete in a cut is the whole's answer, and a cut that is not HTTP never
//! becomes HTTP.
//!
//! Run: `cargo fuzz run -s none relay_answer fuzz/corpus/relay_answer fuzz/seeds/relay_answer -- -max_total_time=10`

#![no_main]

use libfuzzer_sys::fuzz_target;
use omsgate::connect::MAX_HEAD_BYTES;
use omsgate::dial::relay_proxy::{AnswerError, parse_answer};

fuzz_target!(|data: &[u8]| {
    let whole = parse_answer(data);
    if let Ok(Some(answer)) = &whole {
        assert!(answer.len <= data.len());
        assert!(answer.reason.chars().count() <= 100);
        assert_eq!(parse_answer(&data[..answer.len]).as_ref(), Ok(&Some(answer.clone())));
        let shorter = parse_answer(&data[..answer.len - 1]);
        if answer.len - 1 < MAX_HEAD_BYTES {
            assert_eq!(shorter, Ok(None));
        } else {
            assert_eq!(shorter, Err(AnswerError::TooLarge));
        }
    }
    // The relay's answer, as the first read returned it: what it said then holds.
    let cut = usize::from(data.first().copied().unwrap_or(0)).min(data.len());
    match (parse_answer(&data[..cut]), &whole) {
        (Ok(None), _) => {}
        (Ok(Some(early)), Ok(Some(answer))) => assert_eq!(&early, answer),
        (Ok(Some(early)), other) => panic!("complete at {cut} bytes ({early:?}) but {other:?} at all"),
        (Err(AnswerError::Malformed(_)), Err(AnswerError::Malformed(_))) => {}
        (Err(AnswerError::Malformed(e)), other) => panic!("{e} at {cut} bytes but {other:?} at all"),
        (Err(AnswerError::TooLarge), _) => {}
    }
});
