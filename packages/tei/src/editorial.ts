import type { WarraqDocument } from '@warraq/schema';
import type { XmlWriter } from './xml-writer.js';

const EN: readonly [string, string] = ['xml:lang', 'en'];

/**
 * editorialDecl: says in words exactly what the encoder did, so a reader of the TEI alone can
 * tell what is received text and what is markup. The machine-readable record of the same facts
 * is the `fs type="warraq-record"` in standOff.
 */
export function writeEditorialDecl(w: XmlWriter, doc: WarraqDocument): void {
  w.open('editorialDecl');
  w.open('normalization', [['method', 'markup']]);
  w.leaf(
    'p',
    [EN],
    'The text of the body is the received text, decoded and otherwise unchanged: no character was ' +
      'added, removed or replaced. Read in document order, the body gives the received text except the ' +
      'characters between blocks (line breaks), which are kept in standOff (fs type="warraq-record", ' +
      'feature "separators") so the exact text can be rebuilt.',
  );
  if (doc.source.normalisations.length === 0) {
    w.leaf('p', [EN], 'No normalisation was applied to produce the reading view.');
  } else {
    w.leaf(
      'p',
      [EN],
      'A normalised reading view is derived, not encoded: each change is listed with its offsets in ' +
        'standOff (feature "edits"). Normalisations applied:',
    );
    for (const n of doc.source.normalisations)
      w.leaf('p', [EN, ['n', n.kind]], `${n.description} (${n.count}×)`);
  }
  w.leaf(
    'p',
    [EN],
    'Characters that XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates, ' +
      'U+FFFE, U+FFFF) are recorded in place as g type="x-unrepresentable" with the code unit in @n ' +
      '(e.g. n="U+0001"); a carriage return is written as a character reference.',
  );
  w.close('normalization');
  w.open('quotation', [['marks', 'all']]);
  w.leaf(
    'p',
    [EN],
    'Quotation marks are kept in the text as received, and also recorded in @rend as open(…) close(…). ' +
      'Attributed quotation is quote, text in quotation marks q, scare quotes soCalled, a name in marks ' +
      'q type="alias"; @source points at the speaker when known.',
  );
  w.close('quotation');
  w.open('interpretation');
  w.leaf(
    'p',
    [EN],
    'Names of persons, organisations and places are persName, orgName and placeName whose @ref points ' +
      'at a person, org or place in standOff; a role or title printed with a name is an interp that @ana ' +
      'points at. Dates carry @when (ISO 8601) or @from/@to, and @cert; Hijri dates add @calendar, ' +
      '@datingMethod and @when-custom. A date resolved from a relative expression has type="relative", ' +
      '@subtype naming the expression, @dur-iso its signed ISO 8601 distance from the publication date, ' +
      'evidence="conjecture" and @resp. Numbers are num with their exact @value. A block where the ' +
      'received copy stops short ends in gap reason="truncated".',
  );
  w.close('interpretation');
  w.close('editorialDecl');
}
