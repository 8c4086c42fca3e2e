/**
 * Scores a name finder on ANERcorp-style sentences the way eval/ner.ts does: the sentences joined
 * into one text (tokens by a space, sentences by a line break), the finder run on it, each match
 * mapped to the corpus tokens it touches, CoNLL exact match per type.
 */
import { type ConllSentence, joinSentences, tokenAtOffset } from '../src/names/model/conll.js';
import type { NameMatch } from '../src/names/types.js';
import { type Counts, prf, type Span, score, spansFromIob, type Tag } from './ner-score.js';

const KIND_TO_TAG: Record<NameMatch['kind'], Tag> = { person: 'PERS', place: 'LOC', organisation: 'ORG' };

export function predictedSpans(
  sentences: readonly ConllSentence[],
  find: (text: string) => NameMatch[],
): Span[] {
  const { text, starts } = joinSentences(sentences);
  return find(text).map((m) => ({
    type: KIND_TO_TAG[m.kind],
    first: tokenAtOffset(starts, m.start),
    last: tokenAtOffset(starts, m.end - 1),
  }));
}

export function goldSpans(sentences: readonly ConllSentence[]): Span[] {
  return spansFromIob(sentences.flatMap((s) => s.tags));
}

export function scoreSentences(
  sentences: readonly ConllSentence[],
  find: (text: string) => NameMatch[],
): Map<Tag | 'ALL', Counts> {
  return score(goldSpans(sentences), predictedSpans(sentences, find));
}

export function scoreRow(label: string, c: Counts): string {
  const { p, r, f } = prf(c);
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  return `${label.padEnd(8)}${pct(p)}${pct(r)}${pct(f)}   tp ${c.tp}  fp ${c.fp}  fn ${c.fn}`;
}
