//! Fuzzes what `allowed_client_certificates` is checked with: the client's Certificate
//! message (`sniff::cert::parse_certificate_message`, arbitrary bytes) and the subject
//! allowlist (`sniff::CertAllowlist`, the same bytes as text, one entry a line).
//!
//! Checks more than "no panic": an entry written as a parsed certificate's subject (in
//! certificate or in reverse order) allows that certificate whenever it is a valid
//! entry; each common name is written in the subject as the certificate reports it, so
//! a `CN=` entry copied from a logged subject matches; any entry allows a certificate
//! whose subject is written the way the entry is; and a list is valid exactly when each
//! of its entries is, and keeps them as written.
//!
//! Found by it and fixed: a common name that is not a Printable/UTF8/IA5/NumericString
//! (e.g. the T61String OpenSSL writes for `agent_7f3a`) was reported as its bytes
//! (`[97, 103, …]`) instead of the text the subject shows (`perf/FUZZ.md`).
//!
//! Run: `cargo fuzz run -s none cert_subject fuzz/corpus/cert_subject fuzz/seeds/cert_subject -- -max_total_time=10`

#![no_main]

use libfuzzer_sys::fuzz_target;
use omsgate::sniff::CertAllowlist;
use omsgate::sniff::cert::{ClientCertificate, parse_certificate_message};

fuzz_target!(|data: &[u8]| {
    if let Ok(Some(cert)) = parse_certificate_message(data) {
        for entry in [&cert.subject, &cert.subject_reversed] {
            if let Ok(one) = CertAllowlist::new([entry]) {
                assert!(one.allows(&cert), "{entry:?} does not allow {cert:?}");
            }
        }
        if !cert.subject.starts_with("<X509Error") {
            for cn in &cert.common_names {
                assert!(cert.subject.contains(&format!("CN={cn}")), "CN {cn:?} is not in {cert:?}");
            }
        }
    }

    let text = String::from_utf8_lossy(data);
    let entries: Vec<&str> = text.split('\n').collect();
    let mut all_valid = true;
    for &entry in &entries {
        let Ok(one) = CertAllowlist::new([entry]) else {
            all_valid = false;
            continue;
        };
        // A certificate printed the way the entry is written, its CN what follows `CN=`.
        let written = ClientCertificate {
            subject: entry.to_string(),
            subject_reversed: entry.to_string(),
            common_names: entry.split_once('=').map(|(_, cn)| cn.to_string()).into_iter().collect(),
        };
        assert!(one.allows(&written), "{entry:?} does not allow itself");
    }
    let list = CertAllowlist::new(&entries);
    assert_eq!(list.is_ok(), all_valid);
    if let Ok(list) = list {
        assert_eq!(list.entries(), entries);
    }
});
