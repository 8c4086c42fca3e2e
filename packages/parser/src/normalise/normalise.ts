import type { Diagnostic, Edit, NormalisationKind, Source } from '@warraq/schema';
import type { Locator } from '../diagnostics.js';
import { decodeEntity } from './entities.js';
import { foldForMatching, isHaraka } from './fold.js';
import { TextView } from './view.js';

export interface Normalised {
  /** the recorded normalisations applied: what `source.edits` holds */
  edits: Edit[];
  summary: Source['normalisations'];
  /** the view recognisers read: the edits, plus harakat dropped and letter variants folded */
  view: TextView;
  diagnostics(locator: Locator): Diagnostic[];
}

const DESCRIPTIONS: Record<NormalisationKind, string> = {
  'line-ending': 'CRLF and CR line endings read as LF',
  nbsp: 'no-break and narrow spaces read as a space',
  'zero-width': 'zero-width characters and stray byte-order marks ignored',
  'bidi-control': 'bidirectional control marks (LRM, RLM, ALM, embeddings, isolates) ignored',
  tatweel: 'tatweel (kashida, U+0640) ignored',
  'presentation-form': 'Arabic presentation forms (U+FB50–U+FEFC) read as their letters (NFKC)',
  'html-entity': 'HTML character references read as the characters they name',
  digits: 'Arabic-Indic and Persian digits and separators read as ASCII digits',
  whitespace: 'tabs read as a space',
  control: 'control characters ignored',
};

const MAX_CONTROL_WARNINGS = 20;
const ENTITY = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/;

/** The single-character normalisation of the character at i, or undefined to keep it. */
function classify(c: number, next: number): { kind: NormalisationKind; replacement: string } | undefined {
  if (c === 0x0d) return { kind: 'line-ending', replacement: next === 0x0a ? '' : '\n' };
  if (c === 0x09) return { kind: 'whitespace', replacement: ' ' };
  if (c === 0x00a0 || c === 0x202f || c === 0x2007) return { kind: 'nbsp', replacement: ' ' };
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad)
    return { kind: 'zero-width', replacement: '' };
  if (
    c === 0x200e ||
    c === 0x200f ||
    c === 0x061c ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  )
    return { kind: 'bidi-control', replacement: '' };
  if (c === 0x0640) return { kind: 'tatweel', replacement: '' };
  if (c >= 0x0660 && c <= 0x0669) return { kind: 'digits', replacement: String(c - 0x0660) };
  if (c >= 0x06f0 && c <= 0x06f9) return { kind: 'digits', replacement: String(c - 0x06f0) };
  if (c === 0x066b) return { kind: 'digits', replacement: '.' };
  if (c === 0x066c) return { kind: 'digits', replacement: ',' };
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    return nfkc === String.fromCharCode(c) ? undefined : { kind: 'presentation-form', replacement: nfkc };
  }
  if ((c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff)
    return { kind: 'control', replacement: '' };
  return undefined;
}

/**
 * Finds the reversible normalisations of a text. Nothing in the text is changed: each one is an
 * edit (original span → replacement), so every offset found in the view maps back exactly.
 */
export function normalise(text: string): Normalised {
  const edits: Edit[] = [];
  const counts = new Map<NormalisationKind, number>();
  const controls: number[] = [];
  const add = (kind: NormalisationKind, start: number, end: number, replacement: string) => {
    edits.push({ kind, span: { start, end }, replacement });
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const m = ENTITY.exec(text.slice(i, i + 12));
      const ch = m ? decodeEntity(m[1] as string) : undefined;
      if (m && ch !== undefined) {
        // the entity's character goes through the same normalisation as a typed one (&nbsp; is a space)
        const inner = classify(ch.charCodeAt(0), 0);
        add('html-entity', i, i + m[0].length, ch.length === 1 && inner ? inner.replacement : ch);
        i += m[0].length - 1;
        continue;
      }
    }
    const n = classify(c, text.charCodeAt(i + 1));
    if (!n) continue;
    if (n.kind === 'control') controls.push(i);
    add(n.kind, i, i + 1, n.replacement);
  }
  const summary = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, count]) => ({ kind, count, description: DESCRIPTIONS[kind] }));
  return {
    edits,
    summary,
    view: matchingView(text, edits),
    diagnostics: (locator) => {
      const out = controls
        .slice(0, MAX_CONTROL_WARNINGS)
        .map((at) =>
          locator.diagnostic(
            'TEXT_CONTROL_CHAR',
            'warning',
            `control character U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')} in the text (kept in the source, ignored by recognisers; XML cannot carry it as is)`,
            at,
          ),
        );
      if (controls.length > MAX_CONTROL_WARNINGS)
        out.push(
          locator.diagnostic(
            'TEXT_CONTROL_CHAR',
            'warning',
            `${controls.length - MAX_CONTROL_WARNINGS} more control characters not listed`,
            controls[MAX_CONTROL_WARNINGS] as number,
          ),
        );
      return out;
    },
  };
}

/** The recorded edits plus dropped harakat (not recorded: they are a way of reading, not a change). */
function matchingView(text: string, edits: readonly Edit[]): TextView {
  const all: Edit[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const e = edits[k];
    if (e && e.span.start === i) {
      all.push(e);
      i = e.span.end - 1;
      k++;
      continue;
    }
    if (isHaraka(text.charCodeAt(i)))
      all.push({ kind: 'zero-width', span: { start: i, end: i + 1 }, replacement: '' });
  }
  return new TextView(text, all, foldForMatching, (c) => isHaraka(c) || c === 0x0640);
}
