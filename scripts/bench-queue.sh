#!/usr/bin/env bash
# Throughput of the archive on a Redis queue against a local build (issue 15): a throwaway
# redis-server on 127.0.0.1, the shared corpus copied <copies> times (default 2: 400 articles),
# local builds with --jobs 1 and --jobs <cores>, then queue builds with 1, 2 and 4 worker
# processes (--concurrency 1 each) on this machine. Every build is cold (fresh output folder) and
# must give the local build's bytes. Prints a table with the load average, which matters: on a
# shared machine the figures move with the neighbours' work.
# Usage: bash scripts/bench-queue.sh [copies]   (npm run bench:queue -w @warraq/archive)
set -euo pipefail
cd "$(dirname "$0")/.."
export WARRAQ_SHARED="${WARRAQ_SHARED:-$(cd .. && pwd)/shared}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1700000000}"
copies="${1:-2}"
archive=(node apps/archive/bin/warraq-archive.js)
npx turbo run build --filter=@warraq/archive... --output-logs=errors-only >/dev/null
# shellcheck source=lib/throwaway-redis.sh
source scripts/lib/throwaway-redis.sh
node apps/archive/bench/synthetic-corpus.mjs "$WARRAQ_SHARED/corpus" $((copies * 200)) "$work/corpus" >/dev/null
total=$(find "$work/corpus" -name '*.txt' | wc -l)

row() { # name seconds load
  printf '| %-28s | %7.1f | %7.1f | %s |\n' "$1" "$2" "$(awk -v n="$total" -v s="$2" 'BEGIN { print n / s }')" "$3"
}
seconds() { # command… → wall seconds
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "$total articles, $(nproc) cores, redis-server $(redis-server --version | grep -o 'v=[0-9.]*')"
echo '| build                        |       s | art./s  | load (1, 5, 15 min) before |'
echo '|------------------------------|---------|---------|----------------------------|'
for jobs in 1 "$(nproc)"; do
  l=$(load)
  s=$(seconds "${archive[@]}" build "$work/corpus" --out "$work/local-$jobs" --quiet --jobs "$jobs")
  row "local --jobs $jobs" "$s" "$l"
done
for workers in 1 2 4; do
  for _ in $(seq "$workers"); do
    "${archive[@]}" worker --queue "$url" --concurrency 1 --quiet &
    pids+=($!)
  done
  sleep 2 # the workers' start-up is not the build's time
  l=$(load)
  s=$(seconds "${archive[@]}" build "$work/corpus" --out "$work/queue-$workers" --quiet --queue "$url")
  row "queue, $workers worker(s) × 1 thread" "$s" "$l"
  stop_workers
  diff -r -x .warraq "$work/local-1" "$work/queue-$workers" >/dev/null || { echo "queue-$workers differs from the local build" >&2; exit 1; }
done
echo "redis used_memory_peak: $(redis-cli -p "$port" info memory | grep -o 'used_memory_peak_human:[^[:space:]]*')"
