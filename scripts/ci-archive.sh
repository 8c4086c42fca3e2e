#!/usr/bin/env bash
# Archive checks for CI that npm test must not need: the SIGKILL crash-safety test (20 kills), and
# a BagIt bag of the 200 shared articles checked by the Library of Congress reference validator
# (bagit-python, an oracle we did not write) and by `warraq-archive validate`.
# Usage: scripts/ci-archive.sh   (needs the archive built, python3, and ../shared or $WARRAQ_SHARED)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WARRAQ_SHARED:-$root/../shared}"
cli="$root/apps/archive/bin/warraq-archive.js"
command -v python3 >/dev/null || { echo "error: python3 is not installed (apt-get install python3)" >&2; exit 2; }

node "$root/apps/archive/scripts/kill-test.mjs" 20

bag="$root/out/bag"
rm -rf "$bag"
node "$cli" build "$shared/corpus" --out "$bag" --bag --publisher "Warraq CI" --quiet
"$shared/tools/bagit-python/bagit-validate" "$bag" 2>&1 | tail -n 1
node "$cli" validate "$bag"

# random bytes are refused (exit 1, NOT_TEXT named with file:line:col), nothing published
noise="$(mktemp -d)"
trap 'rm -rf "$noise"' EXIT
head -c 5000 /dev/urandom > "$noise/x.txt"
cp "$root/corpus/000_b7c19ba4b4690b72.meta.yaml" "$noise/x.meta.yaml"
sed -i 's/^id: .*/id: x/' "$noise/x.meta.yaml"
if node "$cli" build "$noise" --out "$noise/out" 2> "$noise/err"; then
  echo "error: random bytes were archived" >&2; exit 1
fi
grep -E "x\.txt:[0-9]+:[0-9]+: error NOT_TEXT" "$noise/err"
[ ! -e "$noise/out" ] || { echo "error: a refused build left $noise/out" >&2; exit 1; }
echo "ci-archive: kill test, bag (bagit-python + validate) and random-bytes refusal passed"
