#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time on the committed seed corpus. New inputs go to a
# scratch directory, so the repository is never written; a crash input is kept next to the build.
set -eu
fuzzer=$1
seeds=$2
seconds=${3:-60}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
artifacts="$(dirname "$fuzzer")/artifacts/"
mkdir -p "$artifacts"
"$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=1024 -max_len=70000 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$scratch" "$seeds"
