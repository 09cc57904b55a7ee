//! Policy decisions with a 10,000-pattern allowlist: cost must not grow with the list.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use omsgate::connect::Target;
use omsgate::policy::{Allowlist, Policy};
use std::hint::black_box;

fn policy(n: usize) -> Policy {
    let mut entries: Vec<String> = (0..n)
        .map(|i| if i % 2 == 0 { format!("host{i}.example.com") } else { format!("*.tenant{i}.example.net") })
        .collect();
    entries.push("*.ods.opinsights.azure.com".into());
    Policy::new(Allowlist::parse(&entries, &[443]).unwrap(), false, vec![])
}

fn bench(c: &mut Criterion) {
    let cases = [
        ("wildcard_hit", "0f5e8a9c-aaaa-bbbb-cccc-0123456789ab.ods.opinsights.azure.com:443"),
        ("exact_hit", "host42.example.com:443"),
        ("deep_wildcard_hit", "a.b.c.tenant41.example.net:443"),
        ("miss", "attacker.example.org:443"),
    ];
    let mut group = c.benchmark_group("policy_decide");
    for n in [10usize, 10_000] {
        let p = policy(n);
        for (name, target) in cases {
            let t = Target::parse(target).unwrap();
            group.bench_with_input(BenchmarkId::new(name, n), &t, |b, t| b.iter(|| p.decide(black_box(t))));
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
