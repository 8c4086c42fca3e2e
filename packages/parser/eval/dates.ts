/**
 * Date recognition measured against gold sets annotated by hand over articles of ../shared/corpus/
 * (file, code-unit offsets and the expected value; no text is copied). See eval/dates.md and
 * eval/dates-news.md.
 *   dates.gold.jsonl            first development set (its errors were read and rules improved)
 *   dates.heldout.jsonl         first held-out set
 *   dates-news.dev.jsonl        news development set of issue 10 (errors read, rules improved on it)
 *   dates-news.blind.jsonl      its first blind part: scored once at 8d46da9 (2026-12-02), since then
 *                               used for development like dates-news.dev.jsonl
 *   dates-news.blind2.jsonl     the blind test part, annotated on other articles; skipped with a note
 *                               while it is not there
 *
 *   npx tsx eval/dates.ts [--errors]      (inside packages/parser)
 *
 * Matching: a predicted date matches the gold date it overlaps most (one to one). Precision over
 * every date predicted in the annotated files, recall over the gold dates; "exact" counts matches
 * with identical spans; value accuracy compares when (or from/to) on matched pairs whose gold value
 * is not null. Gold lines of kind not-a-date are numbers that are not dates: any predicted date
 * overlapping one counts as a non-date tagged (and as a spurious prediction).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DateMention, walkInlines } from '@warraq/schema';
import { emptyScore, type GoldDate, scoreArticle } from './date-score.js';
import { parseGoldArticle } from './gold-article.js';

const here = dirname(fileURLToPath(import.meta.url));
const showErrors = process.argv.includes('--errors');

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
  const path = join(here, goldFile);
  if (!existsSync(path)) {
    console.log(`${title}: eval/${goldFile} is not there yet: skipped\n`);
    return;
  }
  const gold: GoldDate[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDate);
  const files = [...new Set(gold.map((g) => g.file))];
  const score = emptyScore();
  for (const file of files)
    scoreArticle(
      score,
      file,
      gold.filter((g) => g.file === file),
      datesOf(file),
    );
  const { matched, predicted } = score;
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = score.gold === 0 ? 0 : matched / score.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(`${title}: ${score.gold} gold expressions in ${files.length} articles (eval/${goldFile})`);
  console.log(
    `  precision ${pct(matched, predicted)} %   (${matched} of ${predicted} predicted dates match a gold date)`,
  );
  console.log(`  recall    ${pct(matched, score.gold)} %   (${matched} of ${score.gold} gold dates found)`);
  console.log(`  F1        ${(100 * f1).toFixed(1).padStart(5)} %`);
  console.log(`  exact span ${pct(score.exact, matched)} % of matches`);
  console.log(
    `  value accuracy ${pct(score.right, score.valued)} %   (${score.right} of ${score.valued} matched dates with a gold value resolve to it)`,
  );
  console.log(
    `  right value    ${pct(score.right, score.goldValued)} %   (${score.right} of ${score.goldValued} gold dates with one true value, missed ones counting as wrong)`,
  );
  if (score.nonDates > 0)
    console.log(
      `  non-dates tagged ${pct(score.nonDatesTagged, score.nonDates)} %   (${score.nonDatesTagged} of ${score.nonDates} numbers that are not dates)`,
    );
  console.log(
    '  by kind:                   gold  precision  recall  value-acc  (value-acc over found dates with a value)',
  );
  for (const [kind, s] of [...score.byKind].sort(([a], [b]) => (a < b ? -1 : 1)))
    console.log(
      `    ${kind.padEnd(22)} ${String(s.gold).padStart(5)}  ${pct(s.found, s.found + s.spurious)}     ${pct(s.found, s.gold)}   ${pct(s.right, s.valued)}   (${s.right}/${s.valued}; ${s.spurious} spurious)`,
    );
  console.log(
    '  (precision by kind = found / (found + spurious predictions whose value looks like that kind); a prediction has no kind of its own)',
  );
  if (showErrors) for (const e of score.errors) console.log(`  ${e}`);
  console.log();
}

evaluate('dates-news.blind2.jsonl', 'Dates in news, blind test part');
evaluate(
  'dates-news.blind.jsonl',
  'Dates in news, development part 2 (the first blind part: scored once at 8d46da9, since then used for development)',
);
evaluate('dates-news.dev.jsonl', 'Dates in news, development part');
evaluate('dates.heldout.jsonl', 'Dates, first held-out set');
evaluate('dates.gold.jsonl', 'Dates, first development set');
