#!/usr/bin/env bash
# Criterion benches of two revisions side by side, alternating, on this machine:
#
#   perf/bench-ab.sh BASE_REV [ROUNDS] [BENCH...]
#
# Builds the benches of BASE_REV (in a git worktree under $TMPDIR, its own target dir)
# and of the work tree, then runs base, head, base, head, ... ROUNDS times (default 2)
# so that noise from a shared machine falls on both alike, and prints each bench's
# median per round. BENCH defaults to connect_parse policy_decide splice. Nothing is
# written to target/criterion of the work tree except the head's own runs.
set -euo pipefail
cd "$(dirname "$0")/.."
base_rev=${1:?usage: perf/bench-ab.sh BASE_REV [ROUNDS] [BENCH...]}
rounds=${2:-2}
shift $(( $# >= 2 ? 2 : 1 ))
benches=("${@:-connect_parse policy_decide splice}")
read -r -a benches <<< "${benches[*]}"

work=${TMPDIR:-/tmp}/omsgate-bench-ab
base_dir=$work/base
rm -rf "$base_dir"
mkdir -p "$work"
git worktree add --detach -f "$base_dir" "$base_rev" >/dev/null
trap 'git worktree remove --force "$base_dir" >/dev/null 2>&1 || true' EXIT

bench_args=()
for b in "${benches[@]}"; do bench_args+=(--bench "$b"); done
echo "building $base_rev and HEAD benches ..." >&2
(cd "$base_dir" && CARGO_TARGET_DIR=$work/target cargo bench --no-run "${bench_args[@]}" 2>/dev/null)
cargo bench --no-run "${bench_args[@]}" 2>/dev/null

# The newest executable of each bench in a target dir.
exe() { ls -t "$1"/release/deps/"$2"-* 2>/dev/null | grep -v '\.d$' | head -1; }

echo "# $(date -u +%FT%TZ) $(uname -r), $(nproc) cpus, $(git rev-parse --short HEAD) vs $base_rev"
for round in $(seq 1 "$rounds"); do
  for side in base head; do
    for b in "${benches[@]}"; do
      case $side in
        base) bin=$(exe "$work/target" "$b"); dir=$base_dir ;;
        head) bin=$(exe "${CARGO_TARGET_DIR:-target}" "$b"); dir=. ;;
      esac
      echo "## round $round $side $b (load $(cut -d' ' -f1-3 /proc/loadavg))"
      # Criterion prints a bench's name, then (on the same or the next line) its time.
      (cd "$dir" && "$bin" --bench --warm-up-time 1 --measurement-time 3 2>/dev/null) |
        awk '/^[a-zA-Z_]/ { name = $1 } /time:/ { sub(/.*time: */, ""); print name, $0 }'
    done
  done
done
