#!/usr/bin/env bash
# PDF/A checks on briefs for CI, with the strongest checkers Debian has (no veraPDF there):
#  1. qpdf --check: the file's structure and streams;
#  2. pikepdf (scripts/pdfa-check.py): /AF with AFRelationship /Source, the embedded TEI byte for
#     byte equal to the archive's file for that article, OutputIntent, pdfaid:part 3, XMP = Info;
#  3. pdfdetach gives back the TEI, and jing accepts it against tei_all.rng;
#  4. Apache PDFBox Preflight (PDF/A-1b only) on the same article briefed with --pdfa 1b.
# Usage: scripts/ci-pdfa-check.sh <archive dir> <brief.pdf>...   (briefs named <document id>.pdf,
# the archive holding <document id>.xml; the article is the corpus/*.txt whose sidecar has that id).
# Needs: qpdf, python3-pikepdf, poppler-utils, jing, libpdfbox2-java libactivation-java
# libjaxb-api-java, and apps/brief built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WARRAQ_SHARED:-$root/../shared}"
rng="$shared/schemas/tei/tei_all.rng"
[ "$#" -ge 2 ] || { echo "usage: $0 <archive dir> <brief.pdf>..." >&2; exit 2; }
archive=$1
shift
[ -f "$rng" ] || { echo "error: $rng not found (set WARRAQ_SHARED)" >&2; exit 2; }
# the python that has pikepdf: Debian's, even when another python3 comes first on PATH
python=python3
"$python" -c 'import pikepdf' 2>/dev/null || python=/usr/bin/python3
"$python" -c 'import pikepdf' || { echo "error: pikepdf missing (apt-get install python3-pikepdf)" >&2; exit 2; }
java_cp=""
for jar in preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api; do
  [ -f "/usr/share/java/$jar.jar" ] || { echo "error: /usr/share/java/$jar.jar missing (libpdfbox2-java …)" >&2; exit 2; }
  java_cp+="/usr/share/java/$jar.jar:"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
# shellcheck source=scripts/brief-source.sh
source "$(dirname "${BASH_SOURCE[0]}")/brief-source.sh"
fail() { echo "ci-pdfa-check: FAIL: $*" >&2; status=1; }


for pdf in "$@"; do
  id=$(basename "$pdf" .pdf)
  echo "== $pdf"
  qpdf --check "$pdf" >"$tmp/qpdf.log" 2>&1 || { cat "$tmp/qpdf.log"; fail "$pdf: qpdf --check"; }
  "$python" "$root/scripts/pdfa-check.py" "$pdf" "$archive/$id.xml" || fail "$pdf: pikepdf"
  mkdir -p "$tmp/$id"
  pdfdetach -saveall -o "$tmp/$id" "$pdf"
  if [ -f "$tmp/$id/$id.xml" ]; then
    jing "$rng" "$tmp/$id/$id.xml" 2> >(grep -v '^\[warning\] /usr/bin/jing' >&2) && echo "jing: detached $id.xml is valid TEI" || fail "$pdf: detached TEI not valid"
  else
    fail "$pdf: pdfdetach gave no $id.xml"
  fi
  if src=$(brief_source_of "$root"/corpus "$id"); then
    node "$root/apps/brief/bin/warraq-brief.js" "$src" --pdfa 1b --out "$tmp/$id-1b.pdf" >/dev/null
    java -cp "$java_cp" org.apache.pdfbox.preflight.Validator_A1b "$tmp/$id-1b.pdf" >"$tmp/preflight.log" 2>&1 || true
    cat "$tmp/preflight.log"
    grep -q "is a valid PDF/A-1b file" "$tmp/preflight.log" || fail "$pdf: PDFBox Preflight rejects the --pdfa 1b variant"
  else
    fail "$pdf: no corpus/*.meta.yaml has id $id"
  fi
done
exit $status
