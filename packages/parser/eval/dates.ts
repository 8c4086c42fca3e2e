/**
 * Date recognition measured against gold sets annotated by hand over articles of ../shared/corpus/
 * (file, code-unit offsets and the expected value; no text is copied). See eval/dates.md.
 *   dates.gold.jsonl     development set: its errors were read and the recogniser improved on them
 *   dates.heldout.jsonl  held-out set: annotated after those changes and never used to change rules
 *
 *   npx tsx eval/dates.ts [--errors]      (inside packages/parser)
 *
 * Matching: a predicted date matches the gold date it overlaps most (one to one). Precision over
 * every date predicted in the annotated files, recall over the gold dates; "exact" counts matches
 * with identical spans; value accuracy compares when (or from/to) on matched pairs whose gold value
 * is not null (vague expressions such as "السنوات الأخيرة" have none).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DateMention, walkInlines } from '@warraq/schema';
import { parseGoldArticle } from './gold-article.js';

interface Gold {
  file: string;
  start: number;
  end: number;
  system: string;
  when?: string;
  from?: string;
  to?: string;
  value?: null;
}

const here = dirname(fileURLToPath(import.meta.url));
const showErrors = process.argv.includes('--errors');

const dateValue = (x: { when?: string | undefined; from?: string | undefined; to?: string | undefined }) =>
  x.when ?? (x.from !== undefined ? `${x.from}/${x.to}` : undefined);
const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}`);

function datesOf(file: string): DateMention[] {
  const { document } = parseGoldArticle(file);
  const dates: DateMention[] = [];
  for (const b of document.blocks)
    walkInlines(b.content, (n) => {
      if (n.type === 'date') dates.push(n);
    });
  return dates;
}

function evaluate(goldFile: string, title: string): void {
  const gold: Gold[] = readFileSync(join(here, goldFile), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
  const files = [...new Set(gold.map((g) => g.file))];
  let predicted = 0;
  let matched = 0;
  let exact = 0;
  let valued = 0;
  let valueRight = 0;
  const bySystem = new Map<string, { gold: number; found: number; valued: number; right: number }>();
  const errors: string[] = [];
  for (const file of files) {
    const dates = datesOf(file);
    predicted += dates.length;
    const used = new Set<DateMention>();
    for (const g of gold.filter((x) => x.file === file)) {
      const s = bySystem.get(g.system) ?? { gold: 0, found: 0, valued: 0, right: 0 };
      bySystem.set(g.system, s);
      s.gold++;
      let best: DateMention | undefined;
      let bestOverlap = 0;
      for (const d of dates) {
        if (used.has(d)) continue;
        const overlap = Math.min(d.span.end, g.end) - Math.max(d.span.start, g.start);
        if (overlap > bestOverlap) {
          best = d;
          bestOverlap = overlap;
        }
      }
      if (!best) {
        errors.push(`missed   ${file} ${g.start}-${g.end} (${g.system})`);
        continue;
      }
      used.add(best);
      matched++;
      s.found++;
      if (best.span.start === g.start && best.span.end === g.end) exact++;
      if (g.value === null) continue;
      valued++;
      s.valued++;
      const want = dateValue(g);
      const got = dateValue(best);
      if (want === got) {
        valueRight++;
        s.right++;
      } else
        errors.push(`value    ${file} ${g.start}-${g.end} (${g.system}): want ${want}, got ${got ?? 'none'}`);
    }
    for (const d of dates)
      if (!used.has(d))
        errors.push(`spurious ${file} ${d.span.start}-${d.span.end} → ${dateValue(d) ?? 'unresolved'}`);
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = matched / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(`${title}: ${gold.length} gold expressions in ${files.length} articles (eval/${goldFile})`);
  console.log(
    `  precision ${pct(matched, predicted)} %   (${matched} of ${predicted} predicted dates match a gold date)`,
  );
  console.log(`  recall    ${pct(matched, gold.length)} %   (${matched} of ${gold.length} gold dates found)`);
  console.log(`  F1        ${(100 * f1).toFixed(1).padStart(5)} %`);
  console.log(`  exact span ${pct(exact, matched)} % of matches`);
  console.log(
    `  value accuracy ${pct(valueRight, valued)} %   (${valueRight} of ${valued} matched dates with a gold value resolve to it)`,
  );
  console.log('  by month system / kind:   gold  recall  value-acc');
  for (const [system, s] of [...bySystem].sort(([a], [b]) => (a < b ? -1 : 1)))
    console.log(
      `    ${system.padEnd(22)} ${String(s.gold).padStart(5)}  ${pct(s.found, s.gold)}   ${pct(s.right, s.valued)}`,
    );
  if (showErrors) for (const e of errors) console.log(`  ${e}`);
  console.log();
}

evaluate('dates.heldout.jsonl', 'Dates, held-out set');
evaluate('dates.gold.jsonl', 'Dates, development set');
