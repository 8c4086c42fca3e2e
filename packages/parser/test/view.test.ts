import type { Edit } from '@warraq/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/normalise.js';
import { TextView } from '../src/normalise/view.js';

/** A text and a sorted list of non-overlapping edits over it (each replaces at least one character: normalising never inserts). */
const textWithEdits = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('a', 'b', 'ج', 'د', ' ', '\u200f', 'ـ'), maxLength: 60 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 }), fc.string({ maxLength: 3 })), {
      maxLength: 12,
    }),
  )
  .map(([text, raw]) => {
    const edits: Edit[] = [];
    let at = 0;
    for (const [gap, len, replacement] of raw) {
      const start = at + (text.length > 0 ? gap % (text.length + 1) : 0);
      const end = Math.min(start + len, text.length);
      if (start >= end) continue;
      edits.push({ kind: 'digits', span: { start, end }, replacement });
      at = end + 1;
      if (at > text.length) break;
    }
    return { text, edits };
  });

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.replacement;
    at = e.span.end;
  }
  return out + text.slice(at);
}

describe('TextView', () => {
  it('is the text with the edits applied', () => {
    fc.assert(
      fc.property(textWithEdits, ({ text, edits }) => {
        expect(new TextView(text, edits).text).toBe(applyEdits(text, edits));
      }),
    );
  });

  it('maps view offsets to original offsets monotonically, ends never before starts', () => {
    fc.assert(
      fc.property(textWithEdits, ({ text, edits }) => {
        const view = new TextView(text, edits);
        let lastStart = 0;
        let lastEnd = 0;
        for (let v = 0; v <= view.text.length; v++) {
          const s = view.toOriginalStart(v);
          const e = view.toOriginalEnd(v);
          expect(s).toBeGreaterThanOrEqual(lastStart);
          expect(e).toBeGreaterThanOrEqual(lastEnd);
          expect(s).toBeLessThanOrEqual(text.length);
          expect(e).toBeLessThanOrEqual(text.length);
          lastStart = s;
          lastEnd = e;
        }
        expect(view.toOriginalEnd(view.text.length)).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('round-trips: a view span maps to an original span whose view is that span (or covers it whole)', () => {
    fc.assert(
      fc.property(textWithEdits, fc.nat(), fc.nat(), ({ text, edits }, a, b) => {
        const view = new TextView(text, edits);
        const n = view.text.length;
        const [vs, ve] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
        const os = view.toOriginalStart(vs);
        const oe = view.toOriginalEnd(ve);
        if (vs === ve) return;
        expect(oe).toBeGreaterThanOrEqual(os);
        // the original span, seen through the view again, covers the view span
        expect(view.toView(os)).toBeLessThanOrEqual(vs);
        expect(view.toView(oe)).toBeGreaterThanOrEqual(ve);
        // and outside edits it is exact
        const untouched = edits.every((e) => e.span.end <= os || e.span.start >= oe);
        if (untouched) expect(text.slice(os, oe)).toBe(view.text.slice(vs, ve));
      }),
    );
  });

  it('maps original offsets outside edits to the view and back exactly', () => {
    fc.assert(
      fc.property(textWithEdits, ({ text, edits }) => {
        const view = new TextView(text, edits);
        for (let o = 0; o < text.length; o++) {
          if (edits.some((e) => e.span.start <= o && o < e.span.end)) continue;
          expect(view.toOriginalStart(view.toView(o))).toBe(o);
        }
      }),
    );
  });
});

describe('normalise', () => {
  it('records every change as an edit and keeps the original text', () => {
    const text = 'قال\u00a0الوزير\u200f: إنّ ١٥٪ مـــن &quot;الناس&quot;\r\nﻻ يعرفون';
    const n = normalise(text);
    expect(applyEdits(text, n.edits)).toBe('قال الوزير: إنّ 15٪ من "الناس"\nلا يعرفون');
    expect(n.summary.map((s) => [s.kind, s.count])).toEqual([
      ['bidi-control', 1],
      ['digits', 2],
      ['html-entity', 2],
      ['line-ending', 1],
      ['nbsp', 1],
      ['presentation-form', 1],
      ['tatweel', 3],
    ]);
  });

  it('gives recognisers a view with harakat dropped and alef, hamza and yeh variants folded', () => {
    const text = 'مِنْ إيران إلى مصرَ';
    const n = normalise(text);
    expect(n.view.text).toBe('من ايران الي مصر');
    const at = n.view.text.indexOf('ايران');
    expect(text.slice(n.view.toOriginalStart(at), n.view.toOriginalEnd(at + 5))).toBe('إيران');
    expect(n.edits).toEqual([]);
  });

  it('maps a match inside a character reference back to the whole reference', () => {
    const text = 'قال &#8220;نعم&#8221; أمس';
    const n = normalise(text);
    expect(n.view.text).toBe('قال “نعم” امس');
    const open = n.view.text.indexOf('“');
    const close = n.view.text.indexOf('”') + 1;
    expect(text.slice(n.view.toOriginalStart(open), n.view.toOriginalEnd(close))).toBe('&#8220;نعم&#8221;');
  });
});
