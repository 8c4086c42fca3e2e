import { checkDocument, WarraqDocument } from '@warraq/schema';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../test-support/full-run.js';
import { decodeTei, encodeTei, validateTeiFiles } from '../src/index.js';
import { documentArb } from './arbitrary.js';

describe('any document the model allows', () => {
  it('is sound as generated (the generator builds what the model accepts)', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(WarraqDocument.safeParse(doc).error?.issues).toBeUndefined();
        expect(checkDocument(doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const roundTripRuns = propertyRuns(10_000);
  it(`gives well-formed XML (checked by an independent parser) that decodes to the same document and re-encodes to the same bytes (${roundTripRuns} cases; WARRAQ_FULL=1 runs 10,000)`, () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const xml = encodeTei(doc);
        expect(XMLValidator.validate(xml)).toBe(true);
        const back = decodeTei(xml);
        if (!back.ok) throw new Error(JSON.stringify(back.diagnostics));
        expect(back.document).toStrictEqual(doc);
        expect(encodeTei(back.document)).toBe(xml);
      }),
      { numRuns: roundTripRuns },
    );
    // 10,000 cases take ~30 s on an idle core; the machine is shared, so the limit is generous (no timing is asserted)
  }, 600_000);
});

describe('generated documents against the Warraq TEI profile', () => {
  it('are valid (RELAX NG, pointers, fixity) — 300 documents in one batch', async () => {
    const docs = fc.sample(documentArb, { numRuns: 300, seed: 4242 });
    const results = await validateTeiFiles(
      docs.map((d, i) => ({ fileName: `gen-${i}.xml`, xml: encodeTei(d) })),
    );
    expect(results.flatMap((r) => r.diagnostics)).toEqual([]);
  });
});
