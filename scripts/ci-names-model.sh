#!/usr/bin/env bash
# CI: the shipped names model (packages/names-model/model/names.wnm) is exactly what training on the
# ANERcorp train split gives: retrain in memory and compare byte for byte (about 15 s and 0.5 GB on
# an idle core; longer on a busy one). Needs $WARRAQ_SHARED/corpus/ner-train.
set -euo pipefail
cd "$(dirname "$0")/../packages/parser"
npx tsx scripts/names-model/train.ts --check
