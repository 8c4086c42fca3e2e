/**
 * NER evaluation on real news: 16 whole articles of ../shared/corpus/ annotated by hand, blind (the
 * gold was committed before the recogniser was run on them). See eval/ner-news.md for the conventions.
 *
 *   npx tsx eval/ner-news.ts [--errors]      (inside packages/parser)
 *
 * Each article is parsed with parseArticle and its manifest metadata, as an application would; the
 * entity mentions of the document (span into source.text, which is the file's text) are the
 * predictions, person/place/organisation → PERS/LOC/ORG.
 * - exact: CoNLL entity-level exact match (same type, same start and end), per type and overall.
 * - overlap: a prediction is right when it overlaps a gold span of its type, a gold span is found
 *   when a prediction of its type overlaps it (not one to one); this forgives clitic and article
 *   conventions (للهلال, وزارة الخارجية vs وزارة الخارجية الأميركية).
 * --errors prints counts of error categories (no text: this file is for measuring only).
 * Never change src/ on the strength of this set; it is the independent figure beside ANERcorp.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EntityMention, walkInlines } from '@warraq/schema';
import { parseGoldArticle } from './gold-article.js';
import { type Counts, prf, SCORED, type Span, score, type Tag } from './ner-score.js';

interface Gold {
  file: string;
  start: number;
  end: number;
  type: Tag;
}

const KIND_TO_TAG: Record<EntityMention['entityKind'], Tag> = {
  person: 'PERS',
  place: 'LOC',
  organisation: 'ORG',
};

const here = dirname(fileURLToPath(import.meta.url));
const showErrors = process.argv.includes('--errors');

/** Character spans as ner-score Spans: first = start, last = end - 1. */
const asSpan = (type: Tag, start: number, end: number): Span => ({ type, first: start, last: end - 1 });

function predictedSpans(file: string): Span[] {
  const { article, document } = parseGoldArticle(file);
  const fileText = new TextDecoder().decode(article.bytes);
  if (document.source.text !== fileText)
    throw new Error(`${file}: source.text differs from the file's text, so gold offsets would not apply`);
  const spans: Span[] = [];
  for (const b of document.blocks)
    walkInlines(b.content, (n) => {
      if (n.type === 'mention') spans.push(asSpan(KIND_TO_TAG[n.entityKind], n.span.start, n.span.end));
    });
  return spans;
}

const overlaps = (a: Span, b: Span): boolean => a.first <= b.last && b.first <= a.last;

function overlapCounts(gold: readonly Span[], predicted: readonly Span[]): Map<Tag | 'ALL', Counts> {
  const result = new Map<Tag | 'ALL', Counts>();
  for (const type of [...SCORED, 'ALL' as const]) {
    const inType = (s: Span): boolean => (type === 'ALL' ? SCORED.includes(s.type) : s.type === type);
    const g = gold.filter(inType);
    const p = predicted.filter(inType);
    const right = p.filter((x) => g.some((y) => y.type === x.type && overlaps(x, y))).length;
    const found = g.filter((y) => p.some((x) => x.type === y.type && overlaps(x, y))).length;
    // tp/fp for precision, fn for recall (the two counts differ when spans are split or merged)
    result.set(type, { tp: right, fp: p.length - right, fn: g.length - found });
  }
  return result;
}

function prfOverlap(c: Counts, goldTotal: number): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = goldTotal === 0 ? 0 : (goldTotal - c.fn) / goldTotal;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

function add(into: Map<Tag | 'ALL', Counts>, from: Map<Tag | 'ALL', Counts>): void {
  for (const [k, c] of from) {
    const t = into.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    into.set(k, { tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn });
  }
}

function errorCategories(
  gold: readonly Span[],
  predicted: readonly Span[],
  counts: Map<string, number>,
): void {
  const exact = (a: Span, b: Span): boolean => a.first === b.first && a.last === b.last;
  const bump = (k: string): void => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const g of gold) {
    const hit = predicted.filter((p) => overlaps(p, g));
    if (hit.some((p) => exact(p, g) && p.type === g.type)) continue;
    if (hit.length === 0) bump(`missed ${g.type}`);
    else if (hit.some((p) => exact(p, g)))
      bump(`wrong type ${g.type} → ${hit.find((p) => exact(p, g))?.type}`);
    else if (hit.some((p) => p.type === g.type)) bump(`boundary ${g.type}`);
    else bump(`boundary and type ${g.type} → ${hit[0]?.type}`);
  }
  for (const p of predicted) {
    if (gold.some((g) => overlaps(p, g))) continue;
    bump(`spurious ${p.type}`);
  }
}

const gold: Gold[] = readFileSync(join(here, 'ner-news.gold.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);
const files = [...new Set(gold.map((g) => g.file))];
const exactAll = new Map<Tag | 'ALL', Counts>();
const overlapAll = new Map<Tag | 'ALL', Counts>();
const goldByType = new Map<Tag | 'ALL', number>();
const errors = new Map<string, number>();

console.log(
  `Real news, blind gold: ${gold.length} mentions in ${files.length} articles (eval/ner-news.gold.jsonl, see ner-news.md)`,
);
console.log('per article:                               gold  pred  exact  overlap-found');
for (const file of files) {
  const g = gold.filter((x) => x.file === file).map((x) => asSpan(x.type, x.start, x.end));
  const p = predictedSpans(file);
  const e = score(g, p);
  const o = overlapCounts(g, p);
  add(exactAll, e);
  add(overlapAll, o);
  for (const type of [...SCORED, 'ALL' as const])
    goldByType.set(
      type,
      (goldByType.get(type) ?? 0) + g.filter((s) => type === 'ALL' || s.type === type).length,
    );
  if (showErrors) errorCategories(g, p, errors);
  const all = (m: Map<Tag | 'ALL', Counts>): Counts => m.get('ALL') ?? { tp: 0, fp: 0, fn: 0 };
  console.log(
    `  ${file.padEnd(40)} ${String(g.length).padStart(4)}  ${String(p.length).padStart(4)}  ${String(all(e).tp).padStart(5)}  ${String(g.length - all(o).fn).padStart(13)}`,
  );
}

for (const [label, counts] of [
  ['exact match', exactAll],
  ['overlap', overlapAll],
] as const) {
  console.log(`\n${label.padEnd(14)}     P      R     F1`);
  for (const type of [...SCORED, 'ALL' as const]) {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    const { p, r, f } = label === 'exact match' ? prf(c) : prfOverlap(c, goldByType.get(type) ?? 0);
    const name = type === 'ALL' ? 'overall' : type;
    const detail =
      label === 'exact match'
        ? `tp ${c.tp}  fp ${c.fp}  fn ${c.fn}`
        : `right ${c.tp}  wrong ${c.fp}  missed ${c.fn}  (gold ${goldByType.get(type) ?? 0})`;
    console.log(`${name.padEnd(14)}${pct(p)}${pct(r)}${pct(f)}   ${detail}`);
  }
}
if (showErrors) {
  console.log('\nerror categories (exact match):');
  for (const [k, v] of [...errors].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(v).padStart(5)}  ${k}`);
}
