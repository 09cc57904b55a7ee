#!/usr/bin/env bash
# perf/setup-tail.sh — issue 13's cold-start question: RUNS consecutive identical
# COUNT-agent ramps (200 KiB every 6 s, TLS handshake inside, proxy pinned to core 0,
# load on core 1), each against a freshly started gateway, for HAProxy (the floor, a
# TCP relay reached without CONNECT) and omsgate with and without TLS inspection, each
# with the destination as an IP literal and as a name omsgate must look up over DNS
# (perf/capacity/dns.py, a loopback DNS server answering after DNS_DELAY_MS; a name in
# /etc/hosts would never reach DNS). Per run: set-up p99 of the agents' first tunnels
# (all opened during the ramp), peak RSS, peak gateway threads (sampled every 10 ms),
# CPU per upload. Writes OUT.jsonl and OUT.md (one row per run, then the spread).
#
# Variant `before` is `omsgate` run from the binary BEFORE (an A/B of two builds in the
# same rounds, e.g. VARIANTS="haproxy before omsgate" BEFORE=/path/to/old/omsgate).
#
# Needs: haproxy, python3, util-linux; release builds of omsgate and omsgate-loadtest.
# Knobs: RUNS (3), COUNT (5000), DURATION (40s), RAMP (10s), DNS_DELAY_MS (20),
# VARIANTS, OUT, LOADTEST, OMSGATE, BEFORE, PROXY_PORT (18080), DNS_PORT (15353).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/perf/capacity
target_dir=${CARGO_TARGET_DIR:-$root/target}
loadtest=${LOADTEST:-$target_dir/release/omsgate-loadtest}
omsgate=${OMSGATE:-$target_dir/release/omsgate}
runs=${RUNS:-3}
count=${COUNT:-5000}
duration=${DURATION:-40s}
ramp=${RAMP:-10s}
delay=${DNS_DELAY_MS:-20}
variants=${VARIANTS:-"haproxy omsgate omsgate-dns uninspected uninspected-dns"}
port=${PROXY_PORT:-18080}
dns_port=${DNS_PORT:-15353}
name=sink.omsgate.test
out=${OUT:-$root/perf/results/$(date -u +%Y-%m-%d)-setup-tail}

run=$(mktemp -d /tmp/omsgate-setup-tail.XXXXXX)
mkdir -p "$(dirname "$out")"
: > "$out.jsonl"

taskset -c 1 python3 "$here/dns.py" --listen "127.0.0.1:$dns_port" --delay-ms "$delay" "$name" \
  > "$run/dns.out" 2> "$run/dns.err" &
dns_pid=$!
trap 'kill $dns_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q listening "$run/dns.out" && break; sleep 0.1; done
grep -q listening "$run/dns.out" || { echo "dns.py did not start" >&2; exit 1; }

# omsgate's config for a variant: the comparison's template, then the variant's keys.
omsgate_config() { # variant file
  local hosts='["127.0.0.1"]' extra=""
  case $1 in
    omsgate|before) ;;
    omsgate-dns) hosts="[\"127.0.0.1\", \"$name\"]"; extra="dns_servers = [\"127.0.0.1:$dns_port\"]" ;;
    uninspected) hosts='["127.0.0.1:18443", "127.0.0.1:18444"]'; extra="tls_inspection = false" ;;
    uninspected-dns) hosts="[\"$name:18443\", \"127.0.0.1:18444\"]"
      extra=$'tls_inspection = false\n'"dns_servers = [\"127.0.0.1:$dns_port\"]" ;;
  esac
  sed -e "s|@RUN@|$run|g" -e "s|@PORT@|$port|g" -e "s|@THREADS@|1|g" \
      -e "s|^allowed_hosts = .*|allowed_hosts = $hosts|" "$here/omsgate.toml.in" > "$2"
  printf '%s\n' "$extra" >> "$2"
  "$omsgate" check --config "$2" > /dev/null
}

{
  echo "# set-up tail: $runs x $count-agent ramps per variant, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), kernel $(uname -r)"
  echo "omsgate: $omsgate ($(stat -c %y "$omsgate" | cut -d. -f1)), repo HEAD $(git -C "$root" rev-parse --short HEAD)"
  echo "before (variant before): ${BEFORE:-none}"
  echo "haproxy: $(haproxy -v | head -1)"
  echo "scenario: $count agents, 200 KiB every 6 s, duration $duration, ramp $ramp; DNS answers after $delay ms"
  echo
} > "$out.md"

common=(capacity --counts "$count" --duration "$duration" --ramp "$ramp" --proxy "127.0.0.1:$port"
        --cpus 1 --out "$out.jsonl")
echo "== direct (loadavg $(cut -d' ' -f1-3 /proc/loadavg))" >&2
timeout 600 "$loadtest" "${common[@]}" --label direct > /dev/null
for r in $(seq "$runs"); do
  for v in $variants; do
    extra=()
    case $v in
      haproxy)
        sed -e "s|@PORT@|$port|g" -e "s|@RAWPORT@|$((port + 1))|g" "$here/haproxy.cfg.in" > "$run/haproxy.cfg"
        cmd="/usr/sbin/haproxy -db -f $run/haproxy.cfg"
        extra=(--no-connect) ;;
      *)
        omsgate_config "$v" "$run/$v.toml"
        cmd="$omsgate run --config $run/$v.toml"
        [[ $v == before ]] && cmd="${BEFORE:?variant before needs BEFORE=path} run --config $run/$v.toml"
        [[ $v == *-dns ]] && extra=(--sink-name "$name") ;;
    esac
    echo "== $v run $r (loadavg $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    timeout 600 "$loadtest" "${common[@]}" --label "$v run $r" --gateway-cmd "$cmd" \
      --baseline "$out.jsonl" --gateway-log "$run/$v-$r.log" "${extra[@]}" > /dev/null \
      || echo "$v run $r failed ($?)" >&2
  done
done
kill $dns_pid; wait $dns_pid 2>/dev/null || true
echo "DNS queries received: $(sed -n 's/^queries //p' "$run/dns.err")" >> "$out.md"
python3 - "$out.jsonl" >> "$out.md" <<'PY'
import json, sys, statistics
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print("\n| run | loadavg at start | set-up p50 / p99 / max ms | first tenth of the ramp: set-up p99 / max ms | upload p99 ms | peak RSS MB | peak threads | µs CPU / upload | lost | connect failures |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
by = {}
for v in rows:
    if v.get("kind") != "agents":
        continue
    s, l, c = v.get("setup_ms", {}), v["latency_ms"], v.get("setup_cold_ms", {})
    rss = v.get("gateway_peak_rss_bytes", 0) / 1e6
    row = [v["label"], v["loadavg"], f'{s.get("p50",0):.2f} / {s.get("p99",0):.2f} / {s.get("max",0):.1f}',
           f'{c["p99"]:.2f} / {c["max"]:.1f}' if c.get("count") else "-", f'{l["p99"]:.2f}', f'{rss:.0f}' if rss else "-", str(v.get("gateway_peak_threads", "-")),
           f'{v["cpu_us_per_upload"]:.0f}' if v.get("cpu_us_per_upload") else "-",
           str(v["uploads_lost"]), str(v["connect_failures"])]
    print("| " + " | ".join(row) + " |")
    peer = v["label"].rsplit(" run ", 1)[0]
    by.setdefault(peer, []).append((s.get("p99", 0), rss, v.get("gateway_peak_threads", 0), v.get("cpu_us_per_upload") or 0))
print("\n| peer | set-up p99 ms (runs) | peak RSS MB | peak threads | µs CPU / upload | spread (max/min) of p99, RSS, CPU |")
print("|---|---|---|---|---|---|")
for peer, xs in by.items():
    f = lambda i, fmt: " → ".join(fmt.format(x[i]) for x in xs)
    spread = lambda i: max(x[i] for x in xs) / min(x[i] for x in xs) if min(x[i] for x in xs) > 0 else float("nan")
    print(f"| {peer} | {f(0,'{:.2f}')} | {f(1,'{:.0f}')} | {f(2,'{}')} | {f(3,'{:.0f}')} | {spread(0):.2f}, {spread(1):.2f}, {spread(3):.2f} |")
PY
echo "wrote $out.md, $out.jsonl; gateway logs and configs in $run" >&2
