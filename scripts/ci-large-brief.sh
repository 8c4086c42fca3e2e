#!/usr/bin/env bash
# Bad and large input for warraq-brief, run by .ci/run: (1) a 5 MB article (the shared articles
# concatenated until 5,000,000 bytes) is briefed within MAX_MB of memory (GNU time's maximum
# resident set size) and its last page has text; (2) 5,000 random bytes are refused with
# NOT_TEXT and exit 1, writing nothing. Needs the packages built, poppler-utils and GNU time.
# Usage: scripts/ci-large-brief.sh <shared corpus folder>
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: $0 <shared corpus folder>}
MAX_MB=${MAX_MB:-500}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "ci-large-brief: FAIL: $*" >&2; status=1; }

while [ "$(stat -c %s "$tmp/big.txt" 2>/dev/null || echo 0)" -lt 5000000 ]; do
  for f in "$corpus"/saudinewsnet/*.txt; do cat "$f"; echo; done >> "$tmp/big.txt"
done
head -c 5000000 "$tmp/big.txt" > "$tmp/large.txt"
printf 'id: large-5mb\nlanguage: ar\ntitle: نص طويل للتجربة\ntitle_supplied: true\n' > "$tmp/large.meta.yaml"
uptime
/usr/bin/time -f '%e s wall, %M KB max RSS' -o "$tmp/time" \
  node apps/brief/bin/warraq-brief.js "$tmp/large.txt" --out "$tmp/large.pdf" 2>/dev/null || fail "the 5 MB brief failed"
cat "$tmp/time"
kb=$(awk '{ print $(NF-3) }' "$tmp/time")
[ "$kb" -le $((MAX_MB * 1024)) ] || fail "$((kb / 1024)) MB max RSS, over $MAX_MB MB"
pages=$(pdfinfo "$tmp/large.pdf" | awk '/^Pages:/ { print $2 }')
last=$(pdftotext -f "$pages" -l "$pages" "$tmp/large.pdf" - | tr -d '[:space:]' | wc -c)
echo "$pages pages; last page: $last bytes of text"
[ "$last" -gt 100 ] || fail "the last page is (nearly) blank"
pdftotext "$tmp/large.pdf" - | sed 's/\xe2\x80\x8f//g' | grep -q 'اقتصر الموجز على أول' || fail "no note saying how much was left out"

head -c 5000 /dev/urandom > "$tmp/noise.txt"
cp "$tmp/large.meta.yaml" "$tmp/noise.meta.yaml"
if node apps/brief/bin/warraq-brief.js "$tmp/noise.txt" --out "$tmp/noise.pdf" 2> "$tmp/noise.err"; then
  fail "random bytes were briefed"
fi
cat "$tmp/noise.err"
grep -q 'error NOT_TEXT' "$tmp/noise.err" || fail "random bytes not refused with NOT_TEXT"
[ ! -e "$tmp/noise.pdf" ] || fail "a PDF was written for random bytes"
exit $status
