#!/usr/bin/env bash
# The packages as a user of npm gets them: `npm publish --dry-run` of every published workspace (six
# today), `npm pack` of them all, the tarballs installed into an empty project, a strict TypeScript file importing every
# package compiled with skipLibCheck off (a user's declarations check), both CLIs run from the
# installed bins (--help, --version, an archive build and its validation, a brief). The README
# examples then run against the same project: `node scripts/run-doc-tests.mjs --project <work>/project`
# (a separate line in .ci/run).
# Needs the network only for the npm registry (third-party dependencies; --prefer-offline uses npm's
# cache when it can). Every step runs; the exit code is 1 if any failed.
# Usage: bash scripts/ci-consumer.sh [work-dir]   (default: a fresh temporary folder, removed after)
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d)}
[ $# -ge 1 ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tarballs" "$work/project"
# every workspace that is not private: what `changeset publish` would publish
mapfile -t workspaces < <(cd "$repo" && for f in packages/*/package.json apps/*/package.json; do
  node -e 'process.exit(require(process.argv[1]).private === true ? 1 : 0)' "./$f" && dirname "$f"
done)
mapfile -t names < <(cd "$repo" && for w in "${workspaces[@]}"; do node -p "require('./$w/package.json').name"; done)
# The versions the repository develops with, so the consumer compiles with the same compiler.
typescript=$(node -p "require('$repo/node_modules/typescript/package.json').version")
types_node=$(node -p "require('$repo/node_modules/@types/node/package.json').version")

failed=0
step() {
  local name=$1
  shift
  echo "--- consumer: $name"
  if ! "$@"; then
    echo "consumer: FAILED: $name" >&2
    failed=1
  fi
}

cd "$repo" || exit 1
step "build" npx turbo run build --output-logs=errors-only
for ws in "${workspaces[@]}"; do
  step "npm publish --dry-run $ws" npm publish --dry-run --workspace "$ws" --loglevel=error
done
step "npm pack (${#workspaces[@]} workspaces)" npm pack "${workspaces[@]/#/--workspace=}" --pack-destination "$work/tarballs" --loglevel=error

cd "$work/project" || exit 1
cat >package.json <<'EOF'
{ "name": "warraq-consumer", "private": true, "type": "module" }
EOF
step "install the tarballs into an empty project" npm install --no-audit --no-fund --prefer-offline \
  --loglevel=error "$work"/tarballs/*.tgz "typescript@$typescript" "@types/node@$types_node"

cat >tsconfig.json <<'EOF'
{
  "compilerOptions": {
    "target": "ES2022",
    "lib": ["ES2023"],
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "types": ["node"],
    "strict": true,
    "exactOptionalPropertyTypes": true,
    "noUncheckedIndexedAccess": true,
    "noUnusedLocals": true,
    "noUnusedParameters": true,
    "noImplicitReturns": true,
    "verbatimModuleSyntax": true,
    "skipLibCheck": false,
    "noEmit": true
  },
  "files": ["consumer.ts", "every-package.ts"]
}
EOF
cat >consumer.ts <<'EOF'
// Every package's public surface, as a strict consumer with skipLibCheck off compiles it.
import * as archive from '@warraq/archive';
import * as brief from '@warraq/brief';
import { parseArticle } from '@warraq/parser';
import { type Diagnostic, formatDiagnostic, LineIndex, type WarraqDocument } from '@warraq/schema';
import { decodeTei, encodeTei } from '@warraq/tei';
import { layoutParagraph, loadAmiri } from '@warraq/typeset';

export function roundTrip(doc: WarraqDocument): boolean {
  const back = decodeTei(encodeTei(doc));
  return back.ok && back.document.id === doc.id;
}
export function parse(bytes: Uint8Array): Diagnostic[] {
  const out = parseArticle({ bytes, fileName: 'a.txt', id: 'a', metadata: { language: 'ar', authors: [], keywords: [] } });
  return out.ok ? out.document.diagnostics : out.diagnostics;
}
export const where = (d: Diagnostic): string => formatDiagnostic(d) + String(new LineIndex('x').at(0).line);
export const lines = (): number => layoutParagraph('نص', loadAmiri(), { width: 200, fontSize: 12 }).lines.length;
export const mains: ((argv: string[]) => Promise<number>)[] = [archive.main, brief.main];
EOF
# and every published package's whole public surface, whatever the list is
for i in "${!names[@]}"; do echo "export * as package$i from '${names[$i]}';"; done >every-package.ts
step "strict TypeScript with skipLibCheck: false over every package" npx tsc -p tsconfig.json

cp -R "$repo/corpus" corpus
version() { node -p "require('./node_modules/@warraq/$1/package.json').version"; }
# `--version` prints the installed package's version, alone or after the command's name ("warraq-brief 0.1.0")
expect_version() {
  local out
  out=$("node_modules/.bin/$1" --version | head -n 1) || return 1
  case "$out" in
    "$(version "$2")" | "$1 $(version "$2")") ;;
    *) echo "$1 --version printed '$out', the package is $(version "$2")" >&2; return 1 ;;
  esac
}
step "warraq-archive --help" bash -c 'node_modules/.bin/warraq-archive --help | grep -q "warraq-archive build"'
step "warraq-archive --version" expect_version warraq-archive archive
step "warraq-archive build + validate" bash -c \
  'node_modules/.bin/warraq-archive build corpus --out out/archive && test -s out/archive/corpus.xml &&
   node_modules/.bin/warraq-archive validate out/archive'
step "warraq-brief --help" bash -c 'node_modules/.bin/warraq-brief --help | grep -q "warraq-brief"'
step "warraq-brief --version" expect_version warraq-brief brief
step "warraq-brief of the first article" bash -c \
  'node_modules/.bin/warraq-brief corpus/000_b7c19ba4b4690b72.txt --out out/brief.pdf &&
   [ "$(head -c 5 out/brief.pdf)" = "%PDF-" ]'

[ "$failed" -eq 0 ] && echo "consumer: all steps passed"
exit "$failed"
