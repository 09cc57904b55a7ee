//! The most frequent of an unbounded stream of names in bounded memory: Metwally et
//! al.'s space-saving algorithm. `K` counters; a name already counted is added to, a new
//! one takes the counter of the least counted name and inherits its count (remembered
//! as the new name's possible overcount, `error`). Every name seen more than
//! `total / K` times is kept, and a kept name's true count lies in
//! `count - error ..= count`.
//!
//! The names are destinations agents asked for and were refused: attacker-controlled
//! strings. They are cut to [`MAX_NAME`] bytes, and a name taking over a counter reuses
//! the evicted name's buffer, so a flood of distinct names allocates nothing once the
//! counters are full.

/// Longest name kept, in bytes: a DNS name is at most 253, plus `:65535`. Longer ones
/// (none can pass the CONNECT parser today) are cut and end in `…`.
pub const MAX_NAME: usize = 260;

/// The `K` most frequent names, approximately.
#[derive(Debug, Clone, Default)]
pub struct TopK<const K: usize> {
    counters: Vec<Counter>,
}

/// One counted name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    pub name: String,
    /// Times seen (an overcount by at most `error`).
    pub count: u64,
    /// The count inherited when this name took the counter over.
    pub error: u64,
    /// The reason it was last refused.
    pub reason: &'static str,
}

impl<const K: usize> TopK<K> {
    /// Counts one sighting of `name`, refused for `reason`.
    pub fn add(&mut self, name: &str, reason: &'static str) {
        if let Some(c) = self.counters.iter_mut().find(|c| is(&c.name, name)) {
            c.count += 1;
            c.reason = reason;
            return;
        }
        if self.counters.len() < K {
            let mut stored = String::new();
            store(&mut stored, name);
            self.counters.push(Counter { name: stored, count: 1, error: 0, reason });
            return;
        }
        let Some(least) = self.counters.iter_mut().min_by_key(|c| c.count) else { return };
        store(&mut least.name, name);
        least.error = least.count;
        least.count += 1;
        least.reason = reason;
    }

    /// The counters, in no particular order.
    pub fn counters(&self) -> &[Counter] {
        &self.counters
    }

    /// Forgets every name, keeping the memory.
    pub fn clear(&mut self) {
        self.counters.clear();
    }
}

/// Whether `stored` is how `name` is kept.
fn is(stored: &str, name: &str) -> bool {
    match name.len() > MAX_NAME {
        false => stored == name,
        true => stored.strip_suffix('…') == Some(bounded(name)),
    }
}

/// Keeps `name` in `buffer` (its memory reused): cut to [`MAX_NAME`] bytes, marked `…`.
fn store(buffer: &mut String, name: &str) {
    buffer.clear();
    buffer.push_str(bounded(name));
    if buffer.len() < name.len() {
        buffer.push('…');
    }
}

/// `name` cut to at most [`MAX_NAME`] bytes at a character boundary.
fn bounded(name: &str) -> &str {
    if name.len() <= MAX_NAME {
        return name;
    }
    let mut end = MAX_NAME;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts<const K: usize>(top: &TopK<K>) -> Vec<(String, u64, u64)> {
        let mut v: Vec<_> = top.counters().iter().map(|c| (c.name.clone(), c.count, c.error)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    #[test]
    fn below_k_names_every_count_is_exact() {
        let mut top = TopK::<4>::default();
        for name in ["a", "b", "a", "c", "a", "b"] {
            top.add(name, "host_not_allowed");
        }
        assert_eq!(counts(&top), [("a".into(), 3, 0), ("b".into(), 2, 0), ("c".into(), 1, 0)]);
    }

    #[test]
    fn a_frequent_name_survives_a_flood_of_distinct_ones() {
        let mut top = TopK::<8>::default();
        for i in 0..10_000 {
            top.add(&format!("noise-{i}.example"), "host_not_allowed");
            if i % 4 == 0 {
                top.add("evil.example:443", "host_not_allowed");
            }
        }
        let evil = top.counters().iter().find(|c| c.name == "evil.example:443").expect("kept");
        // Seen 2,500 times: the count is an overcount by at most `error`.
        assert!(evil.count >= 2500 && evil.count - evil.error <= 2500, "{evil:?}");
        assert_eq!(top.counters().len(), 8, "never more than K counters");
    }

    #[test]
    fn names_are_bounded_and_the_reason_is_the_latest() {
        let mut top = TopK::<1>::default();
        let long = "x".repeat(MAX_NAME + 50);
        top.add("first", "port_not_allowed");
        top.add(&long, "host_not_allowed");
        top.add(&long, "host_not_allowed");
        let c = &top.counters()[0];
        assert_eq!(c.name.len(), MAX_NAME + '…'.len_utf8());
        assert!(c.name.ends_with('…'));
        assert_eq!(
            (c.count, c.error, c.reason),
            (3, 1, "host_not_allowed"),
            "the cut name is counted as one"
        );
    }
}
