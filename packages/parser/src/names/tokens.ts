/** Word tokens of a folded text: runs of letters and digits, with where punctuation cuts the flow. */
export interface Token {
  /** folded text of the whole word, clitics included */
  readonly text: string;
  /** offsets into the folded text */
  readonly start: number;
  readonly end: number;
  /** true when something other than spaces (punctuation, a line break) separates it from the previous word */
  readonly breakBefore: boolean;
  /** true when the word is written in Arabic letters */
  readonly arabic: boolean;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lastEnd = 0;
  while (i < folded.length) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < folded.length && isWordChar(folded.charCodeAt(i))) i++;
    const gap = folded.slice(lastEnd, start);
    const text = folded.slice(start, i);
    const first = text.charCodeAt(0);
    tokens.push({
      text,
      start,
      end: i,
      breakBefore: tokens.length === 0 || gap.trim() !== '',
      arabic: first >= 0x0621 && first <= 0x06ff,
    });
    lastEnd = i;
  }
  return tokens;
}
