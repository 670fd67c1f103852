#!/usr/bin/env bash
# Start to first paint: parley (with its history, the demo provider and a 1,000-message
# conversation on disk) against a bare Qt window, each started RUNS times under the same display
# (Xvfb if none is set), median wall time. Prints both and the ratio.
# Usage: tests/benchmarks/run_startup_benchmark.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
runs=${2:-15}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    exec xvfb-run -a "$0" "$@"
fi
# A history with a 1,000-message conversation, written by parley's own history code.
"$build/tests/benchmarks/bench_chatview" seed-history "$XDG_DATA_HOME/Parley/Parley/history.sqlite"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_runs() {
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        echo $(( ($(date +%s%N) - start) / 1000 ))
    done | median
}
bare=$(time_runs "$build/tests/benchmarks/bench_barewindow")
parley=$(PARLEY_BENCH_QUIT_AFTER_FIRST_PAINT=1 time_runs "$build/app/parley")
printf 'Start to first paint, median of %s runs:\n' "$runs"
printf '  bare Qt window        %6.1f ms\n' "$(echo "$bare / 1000" | bc -l)"
printf '  parley                %6.1f ms   (with its history and a 1,000-message conversation)\n' "$(echo "$parley / 1000" | bc -l)"
printf '  ratio                 %6.2f     (goal: at most 1.5)\n' "$(echo "$parley / $bare" | bc -l)"
