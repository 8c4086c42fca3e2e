#!/usr/bin/env bash
# The digest of the 200 shared articles, run by .ci/run: warraq-brief --digest builds it in one
# process within MAX_MB of memory (GNU time's maximum resident set size), then
# ci-digest-check.mjs reads it back (outline per article, links resolve, index, no blank last
# page, copied text with pdftotext: phrases and words in reading order ≥ MIN_WORDS % on average). Needs the packages built and
# poppler-utils and GNU time (Debian: time).
# Usage: scripts/ci-digest.sh <corpus folder> [out.pdf]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: $0 <corpus folder> [out.pdf]}
out=${2:-out/digest/shared.pdf}
MIN_WORDS=${MIN_WORDS:-85}
MAX_MB=${MAX_MB:-700}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
uptime
/usr/bin/time -f '%e s wall, %M KB max RSS' -o "$tmp/time" \
  node apps/brief/bin/warraq-brief.js --digest "$corpus" --out "$out"
cat "$tmp/time"
kb=$(awk '{ print $(NF-3) }' "$tmp/time")
status=0
if [ "$kb" -gt $((MAX_MB * 1024)) ]; then
  echo "ci-digest: FAIL: $((kb / 1024)) MB max RSS, over $MAX_MB MB" >&2
  status=1
fi
pdfinfo "$out" | grep -E '^(Pages|Tagged)'
pdftotext "$out" "$tmp/digest.txt"
node scripts/ci-digest-check.mjs "$out" "$tmp/digest.txt" "$corpus" "$MIN_WORDS" || status=1
exit $status
