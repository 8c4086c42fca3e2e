/**
 * How the same bare word is used elsewhere in the text, within about an article's distance: a
 * word that follows a title (الرئيس، الوزير) or a given name somewhere is likely a name wherever it
 * recurs alone — a family name introduced in full once and then used bare is a person the model
 * often missed. Chosen by 5-fold cross-validation inside the ANERcorp train split
 * (scripts/names-model/cv.ts): 80.3 against 79.9 (seed 14), 79.9 against 79.6 (seed 15). A third
 * cue, the word written elsewhere with the article (Arabic's nearest thing to lower case), moved
 * F1 by +0.1, +0.1 and −0.3 in three pairs: noise, so left out.
 */

/** What features.ts knows about each token. */
export interface CueInputs {
  readonly bares: readonly string[];
  /** the lexicon facts of each token (wordFacts: 'title', 'given' …) */
  readonly facts: readonly (readonly string[])[];
}

const CUES = [
  ['title', 'else=afterTitle'],
  ['given', 'else=afterGiven'],
] as const;

/** Per token, the cues the same bare word shows at other tokens at most `reach` words away. */
export function documentCues(input: CueInputs, reach: number): string[][] {
  const { bares, facts } = input;
  const where = new Map<string, Map<string, number[]>>();
  bares.forEach((b, i) => {
    const before = facts[i - 1] ?? [];
    for (const [fact, cue] of CUES) {
      if (!before.includes(fact)) continue;
      const byCue = where.get(b) ?? new Map<string, number[]>();
      where.set(b, byCue);
      const positions = byCue.get(cue) ?? [];
      positions.push(i);
      byCue.set(cue, positions);
    }
  });
  return bares.map((b, i) => {
    const found: string[] = [];
    for (const [cue, positions] of where.get(b) ?? [])
      if (positions.some((k) => k !== i && Math.abs(k - i) <= reach)) found.push(cue);
    return found.sort();
  });
}
