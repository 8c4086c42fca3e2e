#!/usr/bin/env bash
# External TEI checks for CI: every .xml under the given directories must be valid under the
# official TEI P5 tei_all.rng (jing) and TEI's own Schematron rules (tei_all.isosch, run in Node).
# Usage: scripts/ci-tei-check.sh <dir>...   (../shared is found via $WARRAQ_SHARED or beside the repo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WARRAQ_SHARED:-$root/../shared}"
rng="$shared/schemas/tei/tei_all.rng"
sch="$shared/schemas/tei/tei_all.isosch"
[ "$#" -gt 0 ] || { echo "usage: $0 <dir>..." >&2; exit 2; }
[ -f "$rng" ] && [ -f "$sch" ] || { echo "error: TEI schemas not found in $shared/schemas/tei" >&2; exit 2; }
command -v jing >/dev/null || { echo "error: jing is not installed (apt-get install jing)" >&2; exit 2; }

list="$(mktemp)"
trap 'rm -f "$list"' EXIT
find "$@" -type f -name '*.xml' -print0 | sort -z > "$list"
count="$(tr -cd '\0' < "$list" | wc -c)"
[ "$count" -gt 0 ] || { echo "error: no .xml files under $*" >&2; exit 1; }

echo "jing (tei_all.rng 4.12.0): $count file(s)"
# one JVM per 400 files: starting Java dominates the cost
xargs -0 -n 400 jing "$rng" < "$list" 2> >(grep -v '^\[warning\] /usr/bin/jing' >&2)
echo "jing: 0 errors"

echo "Schematron (tei_all.isosch): $count file(s)"
xargs -0 -n 1000 node "$root/packages/tei/scripts/schematron.mjs" "$sch" < "$list"
