#!/usr/bin/env bash
# parley-cli chat against the official OpenAI Node SDK (the `openai` npm package, installed here
# into a scratch folder) reading the same ~100 MiB OpenAI-style stream from a loopback server, each
# writing the reply to /dev/null. Prints CPU time (user + sys), wall time and their ratios, best of
# RUNS runs each, and the in-process cost per event of SSE + JSON decoding.
# Usage: tests/benchmarks/run_chat_benchmark.sh [BUILD_DIR] [MiB] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
mib=${2:-100}
runs=${3:-3}
cli="$build/app/parley-cli"
server_bin="$build/tests/benchmarks/bench_streamserver"
for binary in "$cli" "$server_bin" "$build/tests/benchmarks/bench_chunkdecoder"; do
    [ -x "$binary" ] || { echo "missing $binary: build first (cmake --build $build)"; exit 1; }
done
command -v node >/dev/null || { echo "needs Node.js and npm (Debian: nodejs npm)"; exit 1; }

scratch=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT

echo "Installing the openai npm package into a scratch folder..."
(cd "$scratch" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund openai >/dev/null)
sdk_version=$(node -p "require('$scratch/node_modules/openai/package.json').version")
cat >"$scratch/sdk.mjs" <<'JS'
import OpenAI from 'openai';
const client = new OpenAI({ baseURL: process.argv[2], apiKey: 'bench', maxRetries: 0 });
const stream = await client.chat.completions.create({
    model: 'bench', stream: true, messages: [{ role: 'user', content: 'go' }],
});
for await (const chunk of stream) {
    const text = chunk.choices[0]?.delta?.content;
    if (text) process.stdout.write(text);
}
JS

"$server_bin" --size "$mib" >"$scratch/server.log" &
server_pid=$!
for _ in $(seq 100); do grep -q listening "$scratch/server.log" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/listening/ {print $2}' "$scratch/server.log")
base="http://127.0.0.1:$port/v1"

# Best of N: prints "cpu wall" in seconds.
measure() {
    local best_cpu=999999 best_wall=999999
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%U %S %e" -o "$scratch/time" "$@" >/dev/null
        read -r user sys wall <"$scratch/time"
        cpu=$(echo "$user + $sys" | bc -l)
        best_cpu=$(echo "if ($cpu < $best_cpu) $cpu else $best_cpu" | bc -l)
        best_wall=$(echo "if ($wall < $best_wall) $wall else $best_wall" | bc -l)
    done
    echo "$best_cpu $best_wall"
}

# Both must read the whole stream and print the same reply, or the timing means nothing.
"$cli" chat --base-url "$base" --model bench go >"$scratch/parley.out"
(cd "$scratch" && node sdk.mjs "$base" >"$scratch/sdk.out")
if ! cmp -s "$scratch/parley.out" "$scratch/sdk.out"; then
    echo "The two clients printed different replies; not timing them." >&2
    exit 1
fi
echo "Both clients printed the same $(wc -c <"$scratch/parley.out")-byte reply."

read -r parley_cpu parley_wall < <(measure "$cli" chat --base-url "$base" --model bench go)
(cd "$scratch" && read -r sdk_cpu sdk_wall < <(measure node sdk.mjs "$base") && echo "$sdk_cpu $sdk_wall" >"$scratch/sdk")
read -r sdk_cpu sdk_wall <"$scratch/sdk"

printf '\nChat stream benchmark: %s MiB OpenAI-style stream over loopback HTTP, reply to /dev/null, best of %s\n' "$mib" "$runs"
printf '%-36s %10s %10s\n' "" "CPU s" "wall s"
printf '%-36s %10.2f %10.2f\n' "parley-cli chat" "$parley_cpu" "$parley_wall"
printf '%-36s %10.2f %10.2f\n' "OpenAI Node SDK $sdk_version (node $(node --version))" "$sdk_cpu" "$sdk_wall"
printf '%-36s %10.2f %10.2f\n' "ratio parley / SDK" "$(echo "$parley_cpu / $sdk_cpu" | bc -l)" "$(echo "$parley_wall / $sdk_wall" | bc -l)"
echo "Goal: parley-cli uses at most a third of the SDK's CPU time (ratio <= 0.33)."
echo
"$build/tests/benchmarks/bench_chunkdecoder" --size "$mib"
