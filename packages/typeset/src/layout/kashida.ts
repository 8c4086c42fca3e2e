import type { FontStack } from '../fonts/font-stack.js';
import { shapeRun } from './shape.js';
import type { LinePiece } from './types.js';

/**
 * Kashida justification in the manner of Naskh: a justified line first lengthens words with
 * tatweel (U+0640) and only then widens its spaces. Where a tatweel may go, in order of
 * preference (after the practice Microsoft documents for Arabic justification and Naskh
 * calligraphy): after an initial or medial seen/sad/tah-like letter; before a final
 * heh/teh marbuta/dal; before a final alef, lam or kaf; otherwise the last connection in the word.
 * Never inside lam-alef, never after a letter that does not join forward, never where the word
 * already has a tatweel, one site per word. The drawn tatweel is ink only and copies as nothing (see
 * pdf/text-layer.ts), so copied text never gains a U+0640.
 */

const TATWEEL = '\u0640';
/** Dual-joining letters: they connect to the letter after them. */
const JOINS_FORWARD = /[\u0626\u0628\u062a-\u062e\u0633-\u063a\u0641-\u0647\u0649\u064a\u06a9\u06af\u06cc]/;
const JOINS_BACK = /[\u0622-\u064a\u06a9\u06af\u06cc]/;
const ALEFS = /[\u0622\u0623\u0625\u0627]/;
const MARK = /\p{M}/u;

/** Space ratio below which kashida stops lengthening words (spaces take the rest). */
const SPACE_STRETCH_KEPT = 0.25;
/** At most this many tatweels at one site (Naskh keeps extensions modest). */
const MAX_PER_SITE = 3;

/** The best site in a word (index in `text` to insert before) and its priority (lower is better). */
export function kashidaSite(text: string): { at: number; priority: number } | undefined {
  if (text.includes(TATWEEL)) return undefined;
  const letters: { ch: string; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (MARK.test(ch)) {
      if (letters.length > 0) letters[letters.length - 1]!.end = i + 1;
      continue;
    }
    letters.push({ ch, end: i + 1 });
  }
  let best: { at: number; priority: number } | undefined;
  for (let k = 0; k + 1 < letters.length; k++) {
    const cur = letters[k]!.ch;
    const next = letters[k + 1]!.ch;
    if (!JOINS_FORWARD.test(cur) || !JOINS_BACK.test(next)) continue;
    if (cur === '\u0644' && ALEFS.test(next)) continue; // lam-alef ligature
    const isFinal = k + 1 === letters.length - 1;
    let priority = 4;
    if (/[\u0633-\u0638]/.test(cur)) priority = 1;
    else if (isFinal && /[\u0647\u0629\u062f\u0630]/.test(next)) priority = 2;
    else if (isFinal && /[\u0627\u0644\u0643]/.test(next)) priority = 3;
    if (best === undefined || priority < best.priority || (priority === best.priority && priority === 4))
      best = { at: letters[k]!.end, priority };
  }
  return best;
}

/**
 * Lengthen the Arabic words of a justified line with tatweel until its spaces would stretch by
 * no more than SPACE_STRETCH_KEPT, best sites first. Pieces that get tatweel are marked `kashida`
 * (their tatweels copy as nothing). Returns the pieces (the caller then widens spaces for the
 * remainder).
 */
export function applyKashida(pieces: readonly LinePiece[], stack: FontStack, width: number): LinePiece[] {
  const out = [...pieces];
  const natural = () => out.reduce((s, p) => s + p.width, 0);
  const spaces = out.reduce((s, p) => s + (p.isSpace ? p.width : 0), 0);
  const budget = () => width - natural() - spaces * SPACE_STRETCH_KEPT;
  const sites = out
    .map((p, index) => ({ p, index, site: p.isSpace || p.level % 2 === 0 ? undefined : kashidaSite(p.text) }))
    .filter(
      (s): s is { p: LinePiece; index: number; site: { at: number; priority: number } } =>
        s.site !== undefined,
    )
    .sort((a, b) => a.site.priority - b.site.priority || b.p.start - a.p.start);
  const counts = new Map<number, number>();
  for (let round = 0; round < MAX_PER_SITE; round++) {
    for (const { index, site } of sites) {
      if (budget() <= 0) return out;
      const base = pieces[index]!;
      const n = (counts.get(index) ?? 0) + 1;
      const text = base.text.slice(0, site.at) + TATWEEL.repeat(n) + base.text.slice(site.at);
      const fam = stack.families.find((f) => base.family === f.name);
      if (fam === undefined) continue;
      const face =
        fam.faces[base.bold ? (base.italics ? 'bolditalics' : 'bold') : base.italics ? 'italics' : 'normal'];
      if (!face.font.hasGlyphForCodePoint(0x0640)) continue;
      const run = shapeRun(face, text);
      const w = (run.advance * base.fontSize) / run.unitsPerEm;
      if (w - out[index]!.width > budget()) continue; // this tatweel would overshoot the line
      counts.set(index, n);
      out[index] = { ...base, text, width: w, kashida: n };
    }
  }
  return out;
}
