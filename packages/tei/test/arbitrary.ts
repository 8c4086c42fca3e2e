import { BlockKind, type Entity, type WarraqDocument } from '@warraq/schema';
import fc from 'fast-check';
import { type BlockSpec, buildDocument, type InlineSpec } from './build.js';

/** Characters that break naive XML writers, mixed with ordinary Arabic and Latin text. */
const HOSTILE = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\r',
  '\r\n',
  '\n',
  '\t',
  ']]>',
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\u200F',
  '\u200E',
  '\u202E',
  '\u2066',
  '\u00A0',
  '\uFEFF',
  '«',
  '»',
  '“',
  '”',
  '(',
  ')',
  '\\',
  ';',
  ' ',
  'ـ',
  '😀',
  '\u{10FFFF}',
];
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  {
    weight: 5,
    arbitrary: fc.constantFrom('ا', 'ل', 'م', 'ع', 'ر', 'ب', 'ي', ' ', 'a', 'Z', '1', '٣', '.', '،'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
export const hostileString = (minLength = 0) => fc.string({ unit, minLength, maxLength: 12 });

const ncName = fc
  .tuple(
    fc.constantFrom('a', 'z', '_', 'ع'),
    fc.string({ unit: fc.constantFrom('a', '0', '.', '-', '_', 'ب'), maxLength: 6 }),
  )
  .map(([first, rest]) => first + rest);
const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.nat(9999), { nil: undefined }))
  .map(
    ([negative, whole, fraction]) =>
      `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`,
  );
/** URLs the model accepts, including ones with spaces and characters XML cannot carry. */
const url = fc.constantFrom(
  'https://example.org/',
  'https://example.org/l?a=1&b=2',
  'https://e.org/a b',
  'https://e.org/a\u0001b<"\'',
  'http://e.org/\uD800\uFFFF',
  'https://موقع.example/مسار',
);
const lang = fc.constantFrom(undefined, 'ar', 'en', 'fr', 'ar-SY');
const isoDate = fc.constantFrom('2021', '2021-04', '2021-04-01', '1999-12-31', '2024-02-29');
// a date mention's @when may also carry a time of day, with or without a zone, or be a time alone
const isoTemporal = fc.oneof(
  isoDate,
  fc.constantFrom(
    '2015-08-03T07:38Z',
    '2017-03-10T17:00',
    '2015-07-31T19:30+03:00',
    '14:30Z',
    '20:00',
    '09:15+03:00',
  ),
);
const certainty = fc.constantFrom('high', 'medium', 'low', 'unknown') as fc.Arbitrary<
  'high' | 'medium' | 'low' | 'unknown'
>;

function opt<T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(a, { nil: undefined });
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Merges adjacent strings and drops empty ones, as the model's text leaves are. */
function normalise(nodes: InlineSpec[]): InlineSpec[] {
  const out: InlineSpec[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (typeof n === 'string') {
      if (n === '') continue;
      if (typeof last === 'string') out[out.length - 1] = last + n;
      else out.push(n);
    } else out.push({ ...n, content: normalise(n.content) } as InlineSpec);
  }
  return out;
}

function inlineArb(entityIds: string[], depth: number): fc.Arbitrary<InlineSpec> {
  const content =
    depth <= 0
      ? fc.array(hostileString(), { maxLength: 1 })
      : fc.array(fc.oneof(hostileString(), inlineArb(entityIds, depth - 1)), { maxLength: 3 });
  const ref = entityIds.length > 0 ? fc.constantFrom(...entityIds) : fc.constant(undefined);
  const choices: fc.Arbitrary<InlineSpec>[] = [
    hostileString(),
    fc
      .record({
        kind: fc.constantFrom('attributed', 'quoted', 'scare', 'alias', 'unknown'),
        open: hostileString(),
        close: hostileString(),
        speaker: ref,
        content,
      })
      .map((q) => clean({ type: 'quotation', ...q }) as InlineSpec),
    fc
      .record({
        calendar: fc.constantFrom('gregorian', 'islamic-umalqura'),
        when: opt(isoTemporal),
        from: opt(isoDate),
        to: opt(isoDate),
        whenCustom: opt(fc.constantFrom('1442', '1442-08', '1442-08-17')),
        relative: opt(
          fc
            .record({
              expression: hostileString(1),
              offset: opt(fc.constantFrom('-P2D', 'P1W', '-P1M', 'P1Y')),
            })
            .map((r) => clean({ ...r, anchor: 'publication' as const })),
        ),
        certainty,
        content,
      })
      .map((d) => clean({ type: 'date', ...d }) as InlineSpec),
    fc
      .record({
        kind: fc.constantFrom('cardinal', 'ordinal', 'percentage', 'fraction', 'identifier'),
        value: decimal,
        content,
      })
      .map((n) => ({ type: 'number', ...n }) as InlineSpec),
  ];
  if (entityIds.length > 0)
    choices.push(
      fc
        .record({ ref: fc.constantFrom(...entityIds), role: opt(hostileString(0)), content })
        .map((m) => clean({ type: 'mention', entityKind: 'person', ...m }) as InlineSpec),
    );
  return fc.oneof(...choices);
}

const entityArb = (id: string): fc.Arbitrary<Entity> =>
  fc
    .record({
      names: fc.array(
        fc
          .record({
            text: hostileString(1),
            lang,
            type: opt(fc.constantFrom('main', 'short', 'alias', 'variant')),
          })
          .map(clean),
        { minLength: 1, maxLength: 2 },
      ),
      identifiers: fc.array(fc.record({ scheme: hostileString(1), value: hostileString(1) }), {
        maxLength: 1,
      }),
      roles: fc.array(hostileString(1), { maxLength: 1 }),
    })
    .map((e) => ({ id, kind: 'person', ...e }) as Entity);

/** Documents built directly (not via the parser): hostile text everywhere the model allows a string. */
export const documentArb: fc.Arbitrary<WarraqDocument> = fc
  .record({
    docId: ncName,
    entityCount: fc.integer({ min: 0, max: 2 }),
    blockCount: fc.integer({ min: 0, max: 4 }),
  })
  .chain(({ docId, entityCount, blockCount }) => {
    const entityIds = Array.from({ length: entityCount }, (_, i) => `${docId}-e${i}`);
    const blockIds = Array.from({ length: blockCount }, (_, i) => `${docId}-b${i}`);
    const block = (id: string): fc.Arbitrary<BlockSpec> =>
      fc
        .record({
          // every block kind the model has, so a kind added to the schema is generated here too
          kind: fc.constantFrom(...BlockKind.options),
          lang,
          truncated: fc.constantFrom(undefined, true, false),
          content: fc.array(inlineArb(entityIds, 2), { maxLength: 4 }),
        })
        .map((b) => clean({ id, ...b, content: normalise(b.content) }) as BlockSpec);
    return fc.record({
      docId: fc.constant(docId),
      blocks: fc.tuple(...blockIds.map(block)),
      entities: fc.tuple(...entityIds.map(entityArb)),
      separators: fc.array(hostileString(), { minLength: blockCount + 1, maxLength: blockCount + 1 }),
      title: opt(fc.record({ text: hostileString(1), lang, supplied: fc.boolean() }).map(clean)),
      authors: fc.array(fc.record({ name: hostileString(1), lang }).map(clean), { maxLength: 2 }),
      outlet: opt(
        fc
          .record({
            names: fc.array(fc.record({ text: hostileString(1), lang }).map(clean), {
              minLength: 1,
              maxLength: 2,
            }),
            homepage: opt(url),
          })
          .map(clean),
      ),
      published: opt(fc.record({ value: isoDate, certainty, note: opt(hostileString()) }).map(clean)),
      retrieved: opt(isoDate),
      rights: opt(
        fc
          .record({
            statement: hostileString(1),
            licenceUrl: opt(url),
          })
          .map(clean),
      ),
      keywords: fc.array(fc.record({ text: hostileString(1), lang }).map(clean), { maxLength: 2 }),
      fileName: hostileString(1),
      truncated: fc.boolean(),
      url: opt(url),
      edits: fc.array(fc.record({ kind: fc.constantFrom('nbsp', 'tatweel'), replacement: hostileString() }), {
        maxLength: 2,
      }),
      diagnostic: opt(
        fc
          .record({ message: hostileString(1), file: opt(hostileString(1)), offset: opt(fc.nat(50)) })
          .map(clean),
      ),
    });
  })
  .map((g) => {
    const doc = buildDocument({
      id: g.docId,
      blocks: g.blocks,
      entities: g.entities,
      separators: g.separators,
      metadata: clean({
        language: 'ar',
        title: g.title,
        authors: g.authors,
        outlet: g.outlet as WarraqDocument['metadata']['outlet'],
        published: g.published,
        retrieved: g.retrieved,
        rights: g.rights,
        url: g.url,
        keywords: g.keywords,
      }),
      source: { fileName: g.fileName, truncated: g.truncated },
      diagnostics: g.diagnostic
        ? [{ code: 'SOME_CODE', severity: 'warning', line: 1, column: 2, ...g.diagnostic }]
        : [],
    });
    // edits: zero-length spans at the start, in order, so they are always inside the text
    doc.source.edits = g.edits.map((e) => ({
      kind: e.kind,
      span: { start: 0, end: 0 },
      replacement: e.replacement,
    }));
    // fast-check builds records without a prototype; a Document is plain data
    return structuredClone(doc);
  });
