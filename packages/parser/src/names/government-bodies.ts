/**
 * Ministries and councils of state in model mode. ANERcorp's annotators left them outside names
 * (وزارة appears 43 times in its train split, never tagged; مجلس الوزراء 18 times, never), so the
 * model learnt to read them as common words; this package's conventions (eval/ner-news.md) make
 * them organisations, as an archive of news needs. So: a ministry the lexicon proposes (وزارة …, its
 * extent from org-heads.ts) and the councils below are kept where no model span covers their words.
 * Measured (scripts/names-model/cv.ts; eval/ner-news.ts --dev): on the ANERcorp train split,
 * which counts each of them as a false positive, F1 80.3 → 80.1 with the sports clubs; on the
 * development news 60.9 → 63.3 for ministries alone, 69.4 → 70.9 for the councils after the clubs.
 */
import { type Candidate, type Context, PRIORITY } from './context.js';
import { stemAt } from './entities.js';
import { foldName } from './fold.js';

/** Councils named by these words alone (a longer name, مجلس الشورى الإيراني, is the model's or the gazetteer's). */
const COUNCILS = ['مجلس الوزراء', 'مجلس الشورى', 'مجلس النواب', 'مجلس الأمة', 'مجلس الشعب'].map((name) =>
  foldName(name).split(' '),
);

export function withGovernmentBodies(
  ctx: Context,
  kept: readonly Candidate[],
  proposals: readonly Candidate[],
): Candidate[] {
  const out = [...kept];
  const free = (c: Candidate): boolean => !out.some((m) => m.first < c.end && c.first < m.end);
  for (const c of proposals)
    if (c.kind === 'organisation' && /^وزار[هت]/.test(stemAt(ctx, c.first, c.skip)) && free(c)) out.push(c);
  for (let i = 0; i < ctx.tokens.length; i++) {
    for (const r of ctx.readings[i] ?? []) {
      const words = COUNCILS.find((w) => w[0] === r.stem && wordsFollow(ctx, i, w));
      if (!words) continue;
      const c: Candidate = {
        first: i,
        end: i + words.length,
        skip: r.skip,
        kind: 'organisation',
        entity: undefined,
        priority: PRIORITY.pattern,
      };
      if (free(c)) out.push(c);
      break;
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/** The words after token i are words[1…], joined (no punctuation between). */
function wordsFollow(ctx: Context, i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const token = ctx.tokens[i + k];
    if (!token || token.breakBefore || token.text !== words[k]) return false;
  }
  return true;
}
