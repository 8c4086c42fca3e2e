/**
 * NER evaluation on real news: 16 whole articles of ../shared/corpus/ annotated by hand, blind (the
 * gold was committed before the recogniser was run on them). See eval/ner-news.md for the conventions.
 *
 *   npx tsx eval/ner-news.ts [--errors]              (inside packages/parser)
 *   npx tsx eval/ner-news.ts --dev [--errors] [--show]
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
 * --dev scores the development set instead (eval/ner-news.dev.jsonl, 21 other articles annotated
 * the same way, also before the recogniser was run on them): the set to study errors on, with
 * --show printing each error with its text. The blind set stays a measuring instrument.
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
const development = process.argv.includes('--dev');
const showErrors = process.argv.includes('--errors');
const showText = development && process.argv.includes('--show');

/** Character spans as ner-score Spans: first = start, last = end - 1. */
const asSpan = (type: Tag, start: number, end: number): Span => ({ type, first: start, last: end - 1 });

function predictedSpans(file: string): { spans: Span[]; text: string } {
  const { article, document } = parseGoldArticle(file);
  const fileText = new TextDecoder().decode(article.bytes);
  if (document.source.text !== fileText)
    throw new Error(`${file}: source.text differs from the file's text, so gold offsets would not apply`);
  const spans: Span[] = [];
  for (const b of document.blocks)
    walkInlines(b.content, (n) => {
      if (n.type === 'mention') spans.push(asSpan(KIND_TO_TAG[n.entityKind], n.span.start, n.span.end));
    });
  return { spans, text: fileText };
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
  text?: string,
): void {
  const exact = (a: Span, b: Span): boolean => a.first === b.first && a.last === b.last;
  const quote = (s: Span): string => text?.slice(s.first, s.last + 1) ?? '';
  const bump = (k: string, g?: Span, p?: Span): void => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (text !== undefined)
      console.log(`    ${k}: gold «${g ? quote(g) : ''}» predicted «${p ? quote(p) : ''}»`);
  };
  for (const g of gold) {
    const hit = predicted.filter((p) => overlaps(p, g));
    if (hit.some((p) => exact(p, g) && p.type === g.type)) continue;
    const same = hit.find((p) => exact(p, g));
    if (hit.length === 0) bump(`missed ${g.type}`, g);
    else if (same) bump(`wrong type ${g.type} → ${same.type}`, g, same);
    else if (hit.some((p) => p.type === g.type))
      bump(
        `boundary ${g.type}`,
        g,
        hit.find((p) => p.type === g.type),
      );
    else bump(`boundary and type ${g.type} → ${hit[0]?.type}`, g, hit[0]);
  }
  for (const p of predicted) {
    if (gold.some((g) => overlaps(p, g))) continue;
    bump(`spurious ${p.type}`, undefined, p);
  }
}

const goldFile = development ? 'ner-news.dev.jsonl' : 'ner-news.gold.jsonl';
const gold: Gold[] = readFileSync(join(here, goldFile), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);
const files = [...new Set(gold.map((g) => g.file))];
const exactAll = new Map<Tag | 'ALL', Counts>();
const overlapAll = new Map<Tag | 'ALL', Counts>();
const goldByType = new Map<Tag | 'ALL', number>();
const errors = new Map<string, number>();

console.log(
  `Real news, ${development ? 'development' : 'blind'} gold: ${gold.length} mentions in ${files.length} articles (eval/${goldFile}, see ner-news.md)`,
);
console.log('per article:                               gold  pred  exact  overlap-found');
for (const file of files) {
  const g = gold.filter((x) => x.file === file).map((x) => asSpan(x.type, x.start, x.end));
  const { spans: p, text } = predictedSpans(file);
  const e = score(g, p);
  const o = overlapCounts(g, p);
  add(exactAll, e);
  add(overlapAll, o);
  for (const type of [...SCORED, 'ALL' as const])
    goldByType.set(
      type,
      (goldByType.get(type) ?? 0) + g.filter((s) => type === 'ALL' || s.type === type).length,
    );
  if (showErrors) errorCategories(g, p, errors, showText ? text : undefined);
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
