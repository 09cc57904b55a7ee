//! Tunnels and bytes by the allowlist entry that let them through. The accept step
//! registers every entry's counters here when it builds a configuration snapshot (start,
//! reload) and hands the table (`splice::EntryTable`, indexed by the entry's position)
//! to the gateway, so a tunnel takes its entry's counters with one index and one
//! reference count: no label is formatted and no registry looked up per tunnel.
//!
//! The `rule` label is the entry as written (a derived entry's own host), never the
//! host asked for or the agent's address, and takes at most [`metrics::RULE_CAP`]
//! values over the process's life; later entries share [`metrics::RULE_OTHER`], and
//! tunnels report mode let through without an entry count under
//! [`metrics::RULE_NONE`].

use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use metrics::counter;

use super::metrics::{RULE_BYTES, RULE_CAP, RULE_NONE, RULE_OTHER, RULE_TUNNELS};
use crate::policy::Allowlist;
use crate::splice::{EntryMeters, EntryTable, Meters};

/// Registers (or finds again) the meters of every entry of `allowlist`, for the
/// configuration snapshot the accept step builds from it.
pub fn table(allowlist: &Allowlist) -> EntryTable {
    let mut given = given().lock().unwrap_or_else(PoisonError::into_inner);
    let other = OnceLock::new();
    let by_entry = allowlist
        .views()
        .map(|entry| match given.label(entry.text.trim()) {
            Some(label) => Arc::new(register(label)),
            None => other.get_or_init(|| Arc::new(register(RULE_OTHER))).clone(),
        })
        .collect();
    EntryTable::new(by_entry, Arc::new(register(RULE_NONE)))
}

/// One `rule` label's counters.
fn register(rule: &str) -> EntryMeters {
    let rule = rule.to_string();
    EntryMeters {
        opened: counter!(RULE_TUNNELS, "rule" => rule.clone()),
        bytes: Meters {
            up: counter!(RULE_BYTES, "rule" => rule.clone(), "direction" => "up"),
            down: counter!(RULE_BYTES, "rule" => rule, "direction" => "down"),
        },
    }
}

/// The `rule` values this process has given out.
fn given() -> &'static Mutex<Labels> {
    static GIVEN: OnceLock<Mutex<Labels>> = OnceLock::new();
    GIVEN.get_or_init(|| Mutex::new(Labels::new(RULE_CAP)))
}

/// Label values given out so far, at most `cap`.
#[derive(Debug)]
struct Labels {
    cap: usize,
    given: HashSet<String>,
}

impl Labels {
    fn new(cap: usize) -> Labels {
        Labels { cap, given: HashSet::new() }
    }

    /// `text` as a label value if it has one or one is left; `None`: fold it.
    fn label<'a>(&mut self, text: &'a str) -> Option<&'a str> {
        if self.given.contains(text) {
            return Some(text);
        }
        if self.given.len() >= self.cap {
            return None;
        }
        self.given.insert(text.to_string());
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_past_the_cap_fold_and_those_given_stay_across_snapshots() {
        let mut labels = Labels::new(2);
        assert_eq!(labels.label("*.a.example"), Some("*.a.example"));
        assert_eq!(labels.label("b.example:8443"), Some("b.example:8443"));
        assert_eq!(labels.label("c.example"), None, "past the cap");
        // A later snapshot: the entries already named keep their label, new ones fold.
        assert_eq!(labels.label("b.example:8443"), Some("b.example:8443"));
        assert_eq!(labels.label("d.example"), None);
    }

    #[test]
    fn each_entry_has_its_counters_and_no_entry_has_the_none_ones() {
        let entries: Vec<String> = ["*.a.example", "b.example", "*.a.example"].map(String::from).to_vec();
        let allowlist = Allowlist::parse(&entries, &[443]).unwrap();
        let rules = table(&allowlist);
        assert!(!Arc::ptr_eq(rules.get(Some(0)), rules.get(Some(1))));
        assert!(!Arc::ptr_eq(rules.get(Some(2)), rules.get(None)), "a third entry has its own");
        assert!(Arc::ptr_eq(rules.get(None), rules.get(Some(3))), "past the entries: no entry's");
    }
}
