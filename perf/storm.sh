#!/usr/bin/env bash
# perf/storm.sh — issue 13's reconnect storm: N agents hold tunnels through node A; A is
# killed (kill -9) and every agent reconnects, with the agents' backoff, to node B, a
# fresh node already running (cold: no tunnel yet). Both nodes pinned to core 0; the
# agents and their sink to core 1. Per peer: time to 99 % / 100 % reconnected, failed
# attempts, node B's peak CPU (100 ms windows), CPU seconds, peak RSS and threads, and
# the reconnected count every 100 ms (OUT.jsonl; OUT.md is the table).
#
# Needs: haproxy (and squid for PEERS=squid), util-linux; release builds of omsgate and
# omsgate-loadtest. Knobs: PEERS ("omsgate haproxy"), COUNTS (5000), RAMP (10s),
# DEADLINE (60s), OUT, LOADTEST, OMSGATE.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/perf/capacity
target_dir=${CARGO_TARGET_DIR:-$root/target}
loadtest=${LOADTEST:-$target_dir/release/omsgate-loadtest}
omsgate=${OMSGATE:-$target_dir/release/omsgate}
peers=${PEERS:-"omsgate haproxy"}
counts=${COUNTS:-5000}
ramp=${RAMP:-10s}
deadline=${DEADLINE:-60s}
out=${OUT:-$root/perf/results/$(date -u +%Y-%m-%d)-storm}
run=$(mktemp -d /tmp/omsgate-storm.XXXXXX)
chmod 777 "$run"
mkdir -p "$(dirname "$out")"
: > "$out.jsonl"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_port() { # port: bounded wait until something accepts on it
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  echo "nothing listens on $1" >&2; return 1
}

wait_gone() { # pid...: bounded wait until each has exited (the next nodes reuse the ports)
  for p in "$@"; do
    for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null || true
  done
}

# node peer name port metrics-port: starts one node on core 0, prints its PID.
node() {
  local cfg=$run/$1-$2
  case $1 in
    omsgate)
      sed -e "s|@RUN@|$run|g" -e "s|@PORT@|$3|g" -e "s|@THREADS@|1|g" \
          -e "s|^metrics_address = .*|metrics_address = \"127.0.0.1:$4\"|" "$here/omsgate.toml.in" > "$cfg.toml"
      taskset -c 0 "$omsgate" run --config "$cfg.toml" >> "$cfg.log" 2>&1 & ;;
    haproxy)
      sed -e "s|@PORT@|$3|g" -e "s|@RAWPORT@|$(($3 + 1))|g" "$here/haproxy.cfg.in" > "$cfg.cfg"
      taskset -c 0 /usr/sbin/haproxy -db -f "$cfg.cfg" >> "$cfg.log" 2>&1 & ;;
    squid)
      sed -e "s|@RUN@|$run/$2|g" -e "s|@PORT@|$3|g" "$here/squid.conf.in" > "$cfg.conf"
      mkdir -p "$run/$2"; chmod 777 "$run/$2"
      taskset -c 0 /usr/sbin/squid -N -f "$cfg.conf" >> "$cfg.log" 2>&1 & ;;
  esac
  echo $!
}

{
  echo "# reconnect storm $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), kernel $(uname -r)"
  echo "omsgate: $omsgate ($(stat -c %y "$omsgate" | cut -d. -f1)), repo HEAD $(git -C "$root" rev-parse --short HEAD)"
  echo "peers: $peers; agents: $counts; ramp $ramp; deadline $deadline; nodes on core 0, agents and sink on core 1"
  echo
} > "$out.md"

taskset -c 1 "$loadtest" sink --listen 127.0.0.1:18443 --payload opaque --duration 1h > "$run/sink.out" 2>/dev/null &
sink=$!; pids+=("$sink")
wait_port 18443
for n in ${counts//,/ }; do
  for peer in $peers; do
    a=$(node "$peer" a 18080 19464); pids+=("$a")
    b=$(node "$peer" b 18090 19465); pids+=("$b")
    wait_port 18080 && wait_port 18090
    extra=()
    [ "$peer" = haproxy ] && extra=(--no-connect)
    echo "== $peer storm of $n (loadavg $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    timeout 300 taskset -c 1 "$loadtest" storm --label "$peer" --count "$n" --ramp "$ramp" --deadline "$deadline" \
      --proxy 127.0.0.1:18080 --kill-pid "$a" --fresh 127.0.0.1:18090 --fresh-pid "$b" \
      --target 127.0.0.1:18443 --out "$out.jsonl" "${extra[@]}" > /dev/null || echo "$peer storm of $n failed" >&2
    kill "$a" "$b" 2>/dev/null || true
    wait_gone "$a" "$b"
  done
done

python3 - "$out.jsonl" >> "$out.md" <<'PY'
import json, sys
print("| peer | agents | loadavg | 99 % back s | 100 % back s | reconnect p50 / p99 ms | failed attempts | fresh node peak CPU | CPU s | RSS before → peak MB | peak threads |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for l in open(sys.argv[1]):
    v = json.loads(l)
    f = lambda x: "-" if x is None else f"{x:.2f}"
    print(f'| {v["label"]} | {v["established"]}/{v["agents"]} | {v["loadavg"]} | {f(v["reconnected_99_s"])} | {f(v["reconnected_100_s"])} '
          f'| {v["reconnect_ms"]["p50"]:.0f} / {v["reconnect_ms"]["p99"]:.0f} | {v["failed_attempts"]} | {v["fresh_peak_cpu_share"]*100:.0f} % '
          f'| {v["fresh_cpu_seconds"]:.2f} | {v["fresh_rss_before_bytes"]/1e6:.0f} → {v["fresh_peak_rss_bytes"]/1e6:.0f} | {v["fresh_peak_threads"]} |')
PY
"$loadtest" plot --output "$out.png" "$out.jsonl" || true
echo "wrote $out.md, $out.jsonl, $out.png; logs and configs in $run" >&2
