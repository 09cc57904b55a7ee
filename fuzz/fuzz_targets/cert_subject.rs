//! Fuzzes what `allowed_client_certificates` is checked with: the client's Certificate
//! message (`sniff::cert::parse_certificate_message`, arbitrary bytes) and the subject
//! allowlist (`sniff::CertAllowlist`, the same bytes as text, one entry a line).
//!
//! Checks more than "no panic": an entry written as a parsed certificate's subject (in
//! certificate or in reverse order) or as `CN=` its common name always allows that
//! certificate, whenever it is a valid entry; any entry allows a certificate whose
//! subject is written the way the entry is; and a list is valid exactly when each of its
//! entries is, and keeps them as written.
//!
//! Run: `cargo fuzz run -s none cert_subject fuzz/corpus/cert_subject fuzz/seeds/cert_subject -- -max_total_time=10`

#![no_main]

use libfuzzer_sys::fuzz_target;
use omsgate::sniff::CertAllowlist;
use omsgate::sniff::cert::{ClientCertificate, parse_certificate_message};

fuzz_target!(|data: &[u8]| {
    if let Ok(Some(cert)) = parse_certificate_message(data) {
        let cns = cert.common_names.iter().filter(|cn| !cn.contains([',', '+'])).map(|cn| format!("CN={cn}"));
        for entry in [cert.subject.clone(), cert.subject_reversed.clone()].into_iter().chain(cns) {
            if let Ok(one) = CertAllowlist::new([&entry]) {
                assert!(one.allows(&cert), "{entry:?} does not allow {cert:?}");
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
