/**
 * HarfBuzz's "modified combining classes" for Arabic harakat: canonical order, except that shadda
 * sorts first, so that a font sees shadda before the vowel on it (Amiri then substitutes the
 * vowel's raised form). Browsers shape through HarfBuzz; fontkit does not reorder, so the engine
 * does it before shaping to get the same glyphs.
 */
const MODIFIED_CCC: Record<number, number> = {
  1611: 28, // fathatan
  1612: 29, // dammatan
  1613: 30, // kasratan
  1614: 31, // fatha
  1615: 32, // damma
  1616: 33, // kasra
  1617: 27, // shadda
  1618: 34, // sukun
  1648: 35, // superscript alef
  1619: 230,
  1620: 230,
  1621: 220,
  1622: 220,
  1623: 230,
  1624: 230,
};

function ccc(ch: string): number {
  return MODIFIED_CCC[ch.codePointAt(0)!] ?? 0;
}

/** Stable-sort every run of Arabic marks by HarfBuzz's modified combining class. */
export function orderMarks(text: string): string {
  if (!/[\u064b-\u0658\u0670]{2}/.test(text)) return text;
  const chars = [...text];
  for (let i = 0; i < chars.length; ) {
    if (ccc(chars[i]!) === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && ccc(chars[j]!) !== 0) j++;
    const run = chars
      .slice(i, j)
      .map((c, k) => ({ c, k }))
      .sort((a, b) => ccc(a.c) - ccc(b.c) || a.k - b.k);
    chars.splice(i, j - i, ...run.map((r) => r.c));
    i = j;
  }
  return chars.join('');
}
