#!/usr/bin/env bash
# The README's first command builds only what it starts. Configures a scratch build with the
# options of "tools/dev.sh run" and fails when any test, benchmark or fuzzer target is in it, or
# when parley or parley-cli is missing.
# Usage: check_run_config.sh SOURCE_ROOT CMAKE
set -eu
root=$1
cmake=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mapfile -t options < <("$root/tools/dev.sh" options run)
"$cmake" -S "$root" -B "$scratch" -G Ninja "${options[@]}" >"$scratch.log" 2>&1 || {
    cat "$scratch.log"
    exit 1
}
rm -f "$scratch.log"
targets=$(ninja -C "$scratch" -t targets all | sed 's/:.*//')
status=0
for needed in parley parley-cli; do
    printf '%s\n' "$targets" | grep -qx "app/$needed" \
        || { echo "the run configuration lacks $needed"; status=1; }
done
extra=$(printf '%s\n' "$targets" | grep -E '(^|/)(tst_|bench_|fuzz_)[A-Za-z0-9_]*$' || true)
if [ -n "$extra" ]; then
    echo "the run configuration builds test targets it does not start:"
    printf '  %s\n' $extra
    status=1
fi
count=$(printf '%s\n' "$targets" | grep -cE '\.o$' || true)
echo "run configuration: $count objects to compile; no test, benchmark or fuzzer target"
exit $status
