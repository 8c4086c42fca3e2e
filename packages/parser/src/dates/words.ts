/** A regex alternation of words and phrases, longest first so a longer phrase wins, spaces loose. */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|');
}

/** A phrase as matched (any run of spaces) turned back into its table key (one space). */
export const phraseKey = (matched: string) => matched.replace(/\s+/g, ' ');
