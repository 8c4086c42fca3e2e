#!/usr/bin/env bash
# The release path without releasing: in a throwaway clone, `changeset status` reads the recorded
# changesets and `changeset version` turns them into versions and changelogs, and each package a
# changeset names must then have a CHANGELOG.md entry carrying that changeset's first line. Nothing
# is pushed or published; the repository itself is not touched (versions are bumped by the release
# pull request that .github/workflows/release.yml opens).
# Usage: bash scripts/ci-changesets.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --no-hardlinks "$repo" "$tmp/clone"
cd "$tmp/clone"
# changeset status compares with the base branch (main); a clone of a branch has it as origin/main,
# and a CI checkout (one commit) has no main at all: then it reads the changesets against HEAD
git show-ref --verify --quiet refs/heads/main || git branch --quiet main origin/main 2>/dev/null || true
since=()
git show-ref --verify --quiet refs/heads/main || {
  echo "changesets: no main branch in this checkout; status against HEAD"
  since=(--since=HEAD)
}
ln -s "$repo/node_modules" node_modules
changeset=(node node_modules/@changesets/cli/bin.js)
"${changeset[@]}" status "${since[@]}"
cp -R .changeset "$tmp/recorded" # changeset version consumes them
"${changeset[@]}" version >/dev/null

missing=0
for file in "$tmp"/recorded/*.md; do
  [ "$(basename "$file")" = README.md ] && continue
  # front matter: "@warraq/name": bump; the summary's first line follows the closing ---
  packages=$(awk '/^---$/{n++; next} n==1{print}' "$file" | sed -E 's/^"?([^":]+)"?:.*/\1/')
  summary=$(awk '/^---$/{n++; next} n>=2 && NF{print; exit}' "$file")
  for pkg in $packages; do
    dir=$(dirname "$(grep -l "\"name\": \"$pkg\"" packages/*/package.json apps/*/package.json)")
    if ! grep -qF -- "$summary" "$dir/CHANGELOG.md" 2>/dev/null; then
      echo "changesets: $pkg ($dir) has no changelog entry for $(basename "$file")" >&2
      missing=1
    fi
  done
done
[ "$missing" -eq 0 ] && echo "changesets: every recorded changeset is in its packages' CHANGELOG.md"
git --no-pager diff --stat
exit "$missing"
