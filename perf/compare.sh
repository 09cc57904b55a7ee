#!/usr/bin/env bash
# perf/compare.sh — the same agent, bulk, rate and idle-tunnel scenarios against
# omsgate, Squid, tinyproxy, Apache Traffic Server, HAProxy (the floor: a TCP relay the
# load connects to directly, without CONNECT) and the direct baseline (PEERS may add
# `uninspected`: omsgate with tls_inspection = false and explicit host:port entries, the
# uninspected path beside the default, inspecting `omsgate`), each proxy pinned to core
# 0 (taskset, plus a cgroup CPU/memory box when one is writable) and the load (agents,
# sinks) to the other cores. Writes one markdown table, a JSON-lines file and a chart
# under perf/results/.
#
# Needs: Debian packages squid, tinyproxy, trafficserver, haproxy (apt-get install -y
# squid tinyproxy trafficserver haproxy) and util-linux (taskset, prlimit); release builds of
# omsgate and omsgate-loadtest. Loopback only; every step is bounded in time.
#
# Every proxy step is preceded by a direct run at the same agent count (the paired
# baseline its p99 is judged against), so both see the same background noise; set
# PAIRED=0 to reuse the direct peer's runs instead.
#
# Knobs (environment): PEERS, COUNTS, DURATION, RAMP, EXTRAS_DURATION, IDLE, THREADS,
# CPUS, MEMORY, OUT, LOADTEST, OMSGATE, PROXY_PORT, PAIRED, LABEL_SUFFIX.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/perf/capacity
target_dir=${CARGO_TARGET_DIR:-$root/target}
loadtest=${LOADTEST:-$target_dir/release/omsgate-loadtest}
omsgate=${OMSGATE:-$target_dir/release/omsgate}
peers=${PEERS:-"direct omsgate haproxy squid tinyproxy ats"}
counts=${COUNTS:-600,2000,5000}
duration=${DURATION:-40s}
ramp=${RAMP:-10s}
extras_duration=${EXTRAS_DURATION:-10s}
idle=${IDLE:-5000}
threads=${THREADS:-1}
cpus=${CPUS:-1}
memory=${MEMORY:-4GiB}
port=${PROXY_PORT:-18080}
paired=${PAIRED:-1}
suffix=${LABEL_SUFFIX:-}
out=${OUT:-$root/perf/results/$(date -u +%Y-%m-%d)-loadtest-compare}

if [ ! -x "$loadtest" ] || { [[ " $peers " == *" omsgate "* ]] && [ ! -x "$omsgate" ]; }; then
  (cd "$root" && cargo build --release -p omsgate -p omsgate-loadtest)
fi

run=$(mktemp -d /tmp/omsgate-perf.XXXXXX)
chmod 777 "$run"
mkdir -p "$(dirname "$out")"
: > "$out.jsonl"

render() { # template → file, filling the per-run placeholders
  sed -e "s|@RUN@|$run|g" -e "s|@PORT@|$port|g" -e "s|@RAWPORT@|$((port + 1))|g" \
    -e "s|@THREADS@|$threads|g" "$1" > "$2"
}

{
  echo "# loadtest comparison $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), kernel $(uname -r)"
  echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "omsgate: $omsgate ($(stat -c %y "$omsgate" 2>/dev/null | cut -d. -f1)), repo HEAD $(git -C "$root" rev-parse --short HEAD 2>/dev/null)"
  echo "peers: $peers; counts: $counts; duration $duration (ramp $ramp); extras $extras_duration; idle $idle"
  echo "gateway: $cpus CPU(s) ($threads worker thread(s)) from core 0 up, memory $memory; load on the other cores"
  echo
} > "$out.md"

for peer in $peers; do
  cmd=""
  route=()
  case $peer in
    direct) ;;
    omsgate)
      [ -x "$omsgate" ] || { echo "skip omsgate: $omsgate not built" >&2; continue; }
      render "$here/omsgate.toml.in" "$run/omsgate.toml"
      cmd="$omsgate run --config $run/omsgate.toml" ;;
    uninspected)
      # omsgate with tls_inspection = false and explicit host:port entries: the uninspected
      # path, in every scenario. The default `omsgate` peer inspects, bulk and rate
      # included (their raw sink answers the canned ClientHello with a canned ServerHello).
      [ -x "$omsgate" ] || { echo "skip uninspected: $omsgate not built" >&2; continue; }
      render "$here/omsgate.toml.in" "$run/uninspected.toml"
      sed -i 's|^allowed_hosts = .*|allowed_hosts = ["127.0.0.1:18443", "127.0.0.1:18444"]|' "$run/uninspected.toml"
      echo "tls_inspection = false" >> "$run/uninspected.toml"
      cmd="$omsgate run --config $run/uninspected.toml" ;;
    haproxy)
      # No CONNECT: the load connects to the relay (port, and port + 1 for bulk/rate).
      [ -x /usr/sbin/haproxy ] || { echo "skip haproxy: apt-get install haproxy" >&2; continue; }
      render "$here/haproxy.cfg.in" "$run/haproxy.cfg"
      cmd="/usr/sbin/haproxy -db -f $run/haproxy.cfg"
      route=(--no-connect --raw-proxy "127.0.0.1:$((port + 1))") ;;
    squid)
      [ -x /usr/sbin/squid ] || { echo "skip squid: apt-get install squid" >&2; continue; }
      render "$here/squid.conf.in" "$run/squid.conf"
      cmd="/usr/sbin/squid -N -f $run/squid.conf" ;;
    tinyproxy)
      [ -x /usr/bin/tinyproxy ] || { echo "skip tinyproxy: apt-get install tinyproxy" >&2; continue; }
      render "$here/tinyproxy.conf.in" "$run/tinyproxy.conf"
      cmd="/usr/bin/tinyproxy -d -c $run/tinyproxy.conf" ;;
    ats)
      [ -x /usr/bin/traffic_server ] || { echo "skip ats: apt-get install trafficserver" >&2; continue; }
      "$here/ats-setup.sh" "$run" "$port" "$threads"
      cmd="/usr/bin/traffic_server --run-root=$run/ats/runroot.yaml" ;;
    *) echo "unknown peer $peer" >&2; exit 2 ;;
  esac
  label=$peer
  [ "$peer" = direct ] || label="$peer$suffix"
  args=(capacity --label "$label" --counts "$counts" --all-counts --duration "$duration" --ramp "$ramp"
        --extras --extras-duration "$extras_duration" --idle-count "$idle"
        --proxy "127.0.0.1:$port" --cpus "$cpus" --memory "$memory" --out "$out.jsonl"
        --gateway-log "$run/$peer-gateway.log" "${route[@]}")
  if [ -n "$cmd" ]; then
    args+=(--gateway-cmd "$cmd")
    [ "$paired" = 0 ] && [ -s "$run/direct.jsonl" ] && args+=(--baseline "$run/direct.jsonl")
  fi
  echo "== $peer (loadavg $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  before=$(wc -l < "$out.jsonl")
  timeout 1800 "$loadtest" "${args[@]}" || echo "$peer: capacity run failed ($?)" >&2
  [ "$peer" = direct ] && tail -n +$((before + 1)) "$out.jsonl" > "$run/direct.jsonl"
done

"$loadtest" table "$out.jsonl" >> "$out.md"
"$loadtest" plot --output "$out.png" "$out.jsonl" || true
echo "wrote $out.md, $out.jsonl, $out.png; logs and configs in $run" >&2
