/**
 * Proclitics. Arabic writes the conjunctions و ف, the prepositions ب ل ك and the article ال joined
 * to the next word. A reading is a way to peel them off: `skip` folded characters of clitic, then
 * `stem`, the form looked up in the gazetteers (which keep a name's own article: العراق).
 *
 * The mention of a name is the name without its clitics: in وبالعراق the mention is العراق. For
 * للعراق (ل + العراق, the article's alef dropped) the mention is لعراق: the article stays with the name.
 */
export interface Reading {
  readonly skip: number;
  readonly stem: string;
}

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);
const MIN_STEM = 2;

export function readings(word: string): Reading[] {
  const out: Reading[] = [{ skip: 0, stem: word }];
  const add = (skip: number, stem: string): void => {
    if (stem.length >= MIN_STEM && !out.some((r) => r.stem === stem)) out.push({ skip, stem });
  };
  const bases: Reading[] = [{ skip: 0, stem: word }];
  if (CONJUNCTIONS.has(word[0] ?? '')) {
    add(1, word.slice(1));
    bases.push({ skip: 1, stem: word.slice(1) });
  }
  for (const base of bases) {
    const w = base.stem;
    if (w.startsWith('لل')) add(base.skip + 1, `ا${w.slice(1)}`);
    if (PREPOSITIONS.has(w[0] ?? '')) add(base.skip + 1, w.slice(1));
  }
  return out;
}

/** The word without any proclitic and without the article: for comparing bare forms. */
export function bareForm(word: string): string {
  let best = word;
  for (const r of readings(word)) if (r.stem.length < best.length) best = r.stem;
  return best.startsWith('ال') && best.length > 3 ? best.slice(2) : best;
}
