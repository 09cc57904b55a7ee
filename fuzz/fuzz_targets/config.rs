//! Fuzzes the config file reader (`config::from_text`: the key table, each key's type
//! and check, then the checks that span keys) with arbitrary bytes read as text.
//!
//! Checks more than "no panic": whatever the text, the answer is settings or a
//! `ConfigError` that says something; and settings always print (`Settings::describe`,
//! what `omsgate check` shows) as a config that reads back to the same values.
//!
//! Texts that name a file the checks read (`relay_proxy_password_file`,
//! `relay_password_files`, `relay_ca_file`, `client_auth_users_file`) stop after the key
//! table: a fuzzer that spells `/dev/zero` would read forever. So do texts with an
//! `https://` relay, whose check loads the system's trust roots (slow, and not parsing).
//!
//! Run: `cargo fuzz run -s none config fuzz/corpus/config fuzz/seeds/config -- -max_total_time=10`

#![no_main]

use libfuzzer_sys::fuzz_target;
use omsgate::config::{self, Source, Values};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(values) = Values::parse(&text)
        && (values.relay_proxy_password_file.0.is_some()
            || !values.relay_password_files.is_empty()
            || values.relay_ca_file.0.is_some()
            || values.client_auth_users_file.0.is_some()
            || values.relay_proxies.iter().any(|r| r.to_string().starts_with("https"))
            || values.relay_proxy.0.as_ref().is_some_and(|r| r.to_string().starts_with("https")))
    {
        return;
    }
    match config::from_text(&text, Source::Embedded) {
        Err(e) => {
            // An error names what is wrong, from a message en.ftl has (a missing ID
            // renders as the ID itself).
            let english = e.message.to_string();
            assert!(!english.trim().is_empty(), "an empty error for {text:?}");
            assert!(!english.starts_with(e.message.id), "no English for {} ({text:?})", e.message.id);
        }
        Ok(settings) => {
            let shown = settings.describe();
            let again = config::from_text(&shown, Source::Embedded)
                .unwrap_or_else(|e| panic!("describe() is not valid config: {e}\n{shown}"));
            assert_eq!(again.keys, settings.keys, "describe() reads back differently:\n{shown}");
        }
    }
});
