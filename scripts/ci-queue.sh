#!/usr/bin/env bash
# The archive on a Redis queue (issue 15), end to end: a throwaway redis-server on 127.0.0.1 (free
# port, no persistence), the real-queue vitest test, then 2,000 synthetic articles (the shared
# corpus ten times, generated here) built by a coordinator and three worker processes, one of them
# killed with SIGKILL mid-run; its jobs must be recovered by the others, and every file must equal
# (cmp) a local --jobs build. Redis and the workers are stopped on any exit.
# Usage: bash scripts/ci-queue.sh [copies]   (default 10: 2,000 articles; at least 5)
set -euo pipefail
cd "$(dirname "$0")/.."
export WARRAQ_SHARED="${WARRAQ_SHARED:-$(cd .. && pwd)/shared}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1700000000}"
copies="${1:-10}"
# worker 1 is killed after its first 100 articles: with three workers that needs ~1,000 articles
[ "$copies" -ge 5 ] || { echo "ci-queue: give at least 5 copies (1,000 articles)" >&2; exit 2; }
archive=(node apps/archive/bin/warraq-archive.js)
npx turbo run build --filter=@warraq/archive... --output-logs=errors-only >/dev/null

# shellcheck source=lib/throwaway-redis.sh
source scripts/lib/throwaway-redis.sh
echo "ci-queue: redis-server $(redis-server --version | grep -o 'v=[0-9.]*') on $url"

echo "ci-queue: the real-queue tests"
(cd apps/archive && WARRAQ_REDIS_URL="$url" npx vitest run test/queue-redis.test.ts)
redis-cli -p "$port" flushall >/dev/null

node apps/archive/bench/synthetic-corpus.mjs "$WARRAQ_SHARED/corpus" $((copies * 200)) "$work/corpus"
total=$(find "$work/corpus" -name '*.txt' | wc -l)

t0=$(date +%s)
"${archive[@]}" build "$work/corpus" --out "$work/local" --quiet
echo "ci-queue: local build (--jobs $(nproc)) $(($(date +%s) - t0)) s"

t0=$(date +%s)
for i in 1 2 3; do
  "${archive[@]}" worker --queue "$url" --concurrency 1 2>"$work/worker-$i.log" &
  pids+=($!)
done
"${archive[@]}" build "$work/corpus" --out "$work/queue" --queue "$url" --quiet &
coordinator=$!
# kill the first worker once it has done 100 articles (its log says so): it holds jobs then
until grep -q ' 100 articles' "$work/worker-1.log"; do
  kill -0 "$coordinator" 2>/dev/null || { echo "ci-queue: the coordinator ended before the kill" >&2; exit 1; }
  sleep 0.5
done
kill -KILL "${pids[0]}"
echo "ci-queue: worker ${pids[0]} killed with SIGKILL after its first 100 articles (of $total)"
wait "$coordinator" || { echo "ci-queue: the coordinator failed" >&2; exit 1; }
echo "ci-queue: queue build (3 workers, one killed) $(($(date +%s) - t0)) s"

# the killed worker's jobs came back through stalled-job recovery (the others' stalled checks say so)
recovered=$(cat "$work"/worker-[23].log | grep -c 'stalled' || true)
echo "ci-queue: $recovered jobs of the killed worker were put back in the queue and done by the others"
[ "$recovered" -gt 0 ] || { echo "ci-queue: no job was recovered: the kill did not test recovery" >&2; exit 1; }
if grep -v -e 'stalled' -e 'taking jobs' -e ' articles (' "$work"/worker-[23].log; then
  echo "ci-queue: the workers reported the above" >&2
  exit 1
fi

(cd "$work/local" && find . -path ./.warraq -prune -o -type f -print | sort) >"$work/local.list"
(cd "$work/queue" && find . -path ./.warraq -prune -o -type f -print | sort) >"$work/queue.list"
diff "$work/local.list" "$work/queue.list"
while read -r f; do cmp "$work/local/$f" "$work/queue/$f"; done <"$work/local.list"
echo "ci-queue: $(wc -l <"$work/local.list") files identical (cmp) to the local build"
