/** Reads a CoNLL-style NER file: one `token TAG` per line, a blank line between sentences. */
export interface ConllSentence {
  readonly tokens: string[];
  readonly tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  for (const line of text.split(/\r?\n/)) {
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

/**
 * The sentences as one text (tokens joined by a space, sentences by a line break) with the offset
 * where each token starts: how the evaluation and the training both feed the split to the recogniser.
 */
export function joinSentences(sentences: readonly ConllSentence[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  sentences.forEach((s, si) => {
    s.tokens.forEach((token, i) => {
      if (si > 0 || i > 0) text += i === 0 ? '\n' : ' ';
      starts.push(text.length);
      text += token;
    });
  });
  return { text, starts };
}

/** The index of the token (by its start offset) that holds `offset`. */
export function tokenAtOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
