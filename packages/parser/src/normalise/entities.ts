/** Named HTML entities seen in scraped news copy; numeric ones (&#8220; &#x201C;) are decoded by value. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  bull: '•',
  middot: '·',
  deg: '°',
  percnt: '%',
  copy: '©',
  reg: '®',
  times: '×',
};

/** The character an entity stands for, or undefined when it is not a real entity. */
export function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X'))
    return fromCodePoint(Number.parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return fromCodePoint(Number.parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body];
}

function fromCodePoint(cp: number): string | undefined {
  if (!Number.isInteger(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}
