import { type Candidate, type Context, PRIORITY, wordsMatch } from './context.js';
import { listedNameIsSomethingElse } from './false-friends.js';
import type { GazetteerEntry } from './lexicon.js';
import { EXTERNAL_ORG_HEADS } from './org-heads.js';

export interface GazetteerHit {
  readonly entry: GazetteerEntry;
  readonly skip: number;
  readonly length: number;
}

/** The longest gazetteer name starting at token i (after clitics when allowed). */
export function gazetteerAt(ctx: Context, i: number, allowClitics = true): GazetteerHit | undefined {
  const memo = allowClitics ? ctx.memo.gazetteer : ctx.memo.gazetteerBare;
  const cached = memo[i];
  if (cached !== undefined) return (cached as GazetteerHit | null) ?? undefined;
  const hit = lookUp(ctx, i, allowClitics);
  memo[i] = hit ?? null;
  return hit;
}

function lookUp(ctx: Context, i: number, allowClitics: boolean): GazetteerHit | undefined {
  let best: GazetteerHit | undefined;
  for (const reading of ctx.readings[i] ?? []) {
    if (!allowClitics && reading.skip > 0) break;
    for (const entry of ctx.lex.gazetteer.get(reading.stem) ?? []) {
      if ((best?.length ?? 0) >= entry.words.length) break;
      if (wordsMatch(ctx, i, reading.stem, entry.words)) {
        if (listedNameIsSomethingElse(ctx, i, reading.stem, entry.words.length)) continue;
        best = { entry, skip: reading.skip, length: entry.words.length };
      }
    }
  }
  return best;
}

/** Every gazetteer name in the text, each at its longest reading. */
export function gazetteerCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const hit = gazetteerAt(ctx, i);
    if (!hit) continue;
    // قناة الجزيرة, حركة حماس: the head word announces the name and stays outside the mention
    const headOutside =
      hit.length >= 2 &&
      EXTERNAL_ORG_HEADS.has(hit.entry.words[0] ?? '') &&
      hit.entry.entity.kind === 'organisation';
    if (headOutside && !isNamedByHead(hit.entry.words)) {
      out.push({
        first: i + 1,
        end: i + hit.length,
        skip: 0,
        kind: 'organisation',
        entity: hit.entry.entity,
        priority: PRIORITY.gazetteer,
      });
      continue;
    }
    out.push({
      first: i,
      end: i + hit.length,
      skip: hit.skip,
      kind: hit.entry.entity.kind,
      entity: hit.entry.entity,
      priority: PRIORITY.gazetteer,
    });
  }
  return out;
}

/** Names that are a head word and a place (تلفزيون سوريا): the head is part of the name. */
export function isNamedByHead(words: readonly string[]): boolean {
  return words[0] === 'تلفزيون' || words[0] === 'اذاعه';
}

/** Listed places whose head is part of the name (جمهورية مصر العربية, المسجد الحرام). */
export function isPlaceNamedByHead(words: readonly string[]): boolean {
  return words[0] === 'المسجد' || words[0] === 'جمهوريه' || words[0] === 'الجمهوريه';
}
