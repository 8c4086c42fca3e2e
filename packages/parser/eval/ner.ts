/**
 * NER evaluation on the ANERcorp test split (CAMeL Lab split) in ../shared/corpus/ner-gold/.
 *
 *   npx tsx eval/ner.ts [--errors]        (inside packages/parser)
 *
 * The tokens are joined with single spaces (sentences with a line break) into one text; findNames
 * runs on it and each match is mapped to the tokens it touches. Entity-level (CoNLL exact match)
 * precision, recall and F1 per type (PERS, LOC, ORG) and overall over those three types.
 * MISC: gold MISC entities are not scored (findNames has no MISC kind); a prediction that lands on a
 * MISC span counts as a false positive of its own type.
 * Two settings: "document" (the whole split as one text, so a name found once is found again
 * later — the split has no document boundaries) and "sentence" (each sentence alone).
 * --errors prints counts of error categories (no names: this file is for measuring only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNames, type NameMatch } from '../src/names/index.js';
import { type Counts, prf, SCORED, type Span, score, spansFromIob, type Tag } from './ner-score.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.WARRAQ_SHARED ?? join(here, '..', '..', '..', '..', 'shared');
const goldPath = join(shared, 'corpus', 'ner-gold', 'ANERCorp_CamelLab_test.txt');

interface Sentence {
  tokens: string[];
  tags: string[];
}

function readGold(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { tokens: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const cut = line.lastIndexOf(' ');
    current.tokens.push(line.slice(0, cut));
    current.tags.push(line.slice(cut + 1));
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

const KIND_TO_TAG: Record<NameMatch['kind'], Tag> = { person: 'PERS', place: 'LOC', organisation: 'ORG' };

/** Joins tokens into text and maps matches back to token spans. */
function predict(tokens: readonly string[], separators: readonly string[]): Span[] {
  const starts: number[] = [];
  let text = '';
  tokens.forEach((token, i) => {
    if (i > 0) text += separators[i] ?? ' ';
    starts.push(text.length);
    text += token;
  });
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return findNames(text).map((m) => ({
    type: KIND_TO_TAG[m.kind],
    first: tokenAt(m.start),
    last: tokenAt(m.end - 1),
  }));
}

function evaluate(
  sentences: readonly Sentence[],
  mode: 'document' | 'sentence',
): { gold: Span[]; predicted: Span[]; ms: number } {
  const tokens = sentences.flatMap((s) => s.tokens);
  const gold = spansFromIob(sentences.flatMap((s) => s.tags));
  const t0 = performance.now();
  let predicted: Span[] = [];
  if (mode === 'document') {
    const separators = sentences.flatMap((s) => s.tokens.map((_, i) => (i === 0 ? '\n' : ' ')));
    predicted = predict(tokens, separators);
  } else {
    let offset = 0;
    for (const s of sentences) {
      for (const span of predict(s.tokens, []))
        predicted.push({ ...span, first: span.first + offset, last: span.last + offset });
      offset += s.tokens.length;
    }
  }
  return { gold, predicted, ms: performance.now() - t0 };
}

function row(label: string, c: Counts): string {
  const { p, r, f } = prf(c);
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  return `${label.padEnd(8)}${pct(p)}${pct(r)}${pct(f)}   tp ${c.tp}  fp ${c.fp}  fn ${c.fn}`;
}

function errorCategories(gold: readonly Span[], predicted: readonly Span[]): void {
  const overlaps = (a: Span, b: Span): boolean => a.first <= b.last && b.first <= a.last;
  const exact = (a: Span, b: Span): boolean => a.first === b.first && a.last === b.last;
  const counts = new Map<string, number>();
  const bump = (k: string): void => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const g of gold.filter((s) => SCORED.includes(s.type))) {
    const hit = predicted.filter((p) => overlaps(p, g));
    if (hit.some((p) => exact(p, g) && p.type === g.type)) continue;
    if (hit.length === 0) bump(`missed ${g.type} (${g.last - g.first + 1} tokens)`);
    else if (hit.some((p) => exact(p, g)))
      bump(`wrong type ${g.type} → ${hit.find((p) => exact(p, g))?.type}`);
    else bump(`boundary ${g.type}`);
  }
  for (const p of predicted) {
    const hit = gold.filter((g) => overlaps(p, g));
    if (hit.some((g) => exact(p, g) && g.type === p.type)) continue;
    if (hit.length === 0) bump(`spurious ${p.type}`);
    else if (hit.every((g) => g.type === 'MISC')) bump(`on MISC as ${p.type}`);
  }
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(v).padStart(5)}  ${k}`);
}

if (!existsSync(goldPath)) {
  console.error(`${goldPath}:1:1 NER_GOLD_MISSING the ANERcorp test split is not there (set WARRAQ_SHARED)`);
  process.exit(1);
}
const sentences = readGold(goldPath);
console.log(
  `ANERcorp test split: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.tokens.length, 0)} tokens`,
);
console.log(
  'Anchors (F1): ANERsys 1.0 55.2, CRF 79.2, CAMeLBERT 82.4. MISC not scored; see the header of this file.',
);
for (const mode of ['document', 'sentence'] as const) {
  const { gold, predicted, ms } = evaluate(sentences, mode);
  const scores = score(gold, predicted);
  console.log(`\n${mode} mode (${ms.toFixed(0)} ms)      P      R     F1`);
  for (const type of [...SCORED, 'ALL' as const]) {
    const c = scores.get(type);
    if (c) console.log(row(type === 'ALL' ? 'overall' : type, c));
  }
  if (process.argv.includes('--errors')) errorCategories(gold, predicted);
}

/** Speed, warm: the split cut into texts of about 6 KB (a long news article), each run alone. */
function speed(): void {
  const chunks: string[] = [];
  let current = '';
  for (const s of sentences) {
    current += `${s.tokens.join(' ')}\n`;
    if (Buffer.byteLength(current, 'utf8') >= 6 * 1024) {
      chunks.push(current);
      current = '';
    }
  }
  for (const chunk of chunks) findNames(chunk);
  const t0 = performance.now();
  for (const chunk of chunks) findNames(chunk);
  const ms = (performance.now() - t0) / chunks.length;
  console.log(`\nspeed (warm, under tsx): ${chunks.length} texts of about 6 KB, ${ms.toFixed(2)} ms each`);
}
speed();
