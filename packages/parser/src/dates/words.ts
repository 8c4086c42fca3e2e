/** A regex alternation of words and phrases, longest first so a longer phrase wins, spaces loose. */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|');
}

/** A phrase as matched (any run of spaces) turned back into its table key (one space). */
export const phraseKey = (matched: string) => matched.replace(/\s+/g, ' ');

/**
 * The matches of a long pattern, run only when a cheap test finds its key words: patterns that open
 * with a lookbehind cannot skip ahead, and most lines of news hold none of the words they need.
 */
export function matchesWhere(view: string, gate: RegExp, pattern: RegExp): Iterable<RegExpExecArray> {
  return gate.test(view) ? view.matchAll(pattern) : [];
}
