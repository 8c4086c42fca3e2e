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
import { type Candidate, type Context, PRIORITY, phraseAt } from './context.js';
import { stemAt } from './entities.js';
import { phraseIndex } from './lexicon.js';

/** Councils named by these words alone (a longer name, مجلس الشورى الإيراني, is the model's or the gazetteer's). */
const COUNCILS = phraseIndex(['مجلس الوزراء', 'مجلس الشورى', 'مجلس النواب', 'مجلس الأمة', 'مجلس الشعب']);

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
    const council = phraseAt(ctx, COUNCILS, i, true);
    if (!council) continue;
    const c: Candidate = {
      first: i,
      end: i + council.length,
      skip: council.skip,
      kind: 'organisation',
      entity: undefined,
      priority: PRIORITY.pattern,
    };
    if (free(c)) out.push(c);
  }
  return out.sort((a, b) => a.first - b.first);
}
