//! Policy decisions with a 10,000-pattern allowlist: cost must not grow with the list.
//! `policy_decide` keeps the exact/`*.suffix` mix the first measurements used;
//! `policy_decide_mixed` adds in-label wildcards and Microsoft's dotless form.

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

/// Exact names, `*.suffix`, in-label (`app{i}-*.example.org`) and dotless
/// (`*login{i}.example.io`) entries, a quarter each.
fn mixed(n: usize) -> Policy {
    let mut entries: Vec<String> = (0..n)
        .map(|i| match i % 4 {
            0 => format!("host{i}.example.com"),
            1 => format!("*.tenant{i}.example.net"),
            2 => format!("app{i}-*.example.org"),
            _ => format!("*login{i}.example.io"),
        })
        .collect();
    entries.push("azgn*.servicebus.windows.net".into());
    Policy::new(Allowlist::parse(&entries, &[443]).unwrap(), false, vec![])
}

fn bench_mixed(c: &mut Criterion) {
    let cases = [
        ("exact_hit", "host8.example.com:443"),
        ("suffix_hit", "a.tenant9.example.net:443"),
        ("in_label_hit", "azgn0f3a.servicebus.windows.net:443"),
        ("dotless_hit", "westeurope.login7.example.io:443"),
        ("in_label_miss", "app6.example.org:443"),
        ("miss", "attacker.example.org:443"),
    ];
    let mut group = c.benchmark_group("policy_decide_mixed");
    for n in [10usize, 10_000] {
        let p = mixed(n);
        for (name, target) in cases {
            let t = Target::parse(target).unwrap();
            group.bench_with_input(BenchmarkId::new(name, n), &t, |b, t| b.iter(|| p.decide(black_box(t))));
        }
    }
    group.finish();
}

criterion_group!(benches, bench, bench_mixed);
criterion_main!(benches);
