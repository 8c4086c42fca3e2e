import type { WarraqDocument } from '@warraq/schema';
import { checkOptions, writeTei } from './encode.js';
import { languageName } from './languages.js';
import { DEFAULT_PUBLISHER, TEI_NS, type TeiOptions, WARRAQ_VERSION } from './options.js';
import { XmlWriter } from './xml-writer.js';

export interface TeiCorpusOptions extends TeiOptions {
  /** title of the collection; default "Warraq archive: N articles" */
  title?: string;
}

const EN: readonly [string, string] = ['xml:lang', 'en'];

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function writeCorpusHeader(w: XmlWriter, docs: readonly WarraqDocument[], options: TeiCorpusOptions): void {
  const published = docs
    .map((d) => d.metadata.published?.value)
    .filter((v): v is string => v !== undefined)
    .sort();
  const bytes = docs.reduce((sum, d) => sum + d.source.byteLength, 0);
  const characters = docs.reduce((sum, d) => sum + d.source.text.length, 0);
  const date =
    options.date ??
    docs
      .map((d) => d.metadata.retrieved)
      .filter((v): v is string => v !== undefined)
      .sort()
      .pop();
  w.open('teiHeader');
  w.open('fileDesc');
  w.open('titleStmt');
  w.leaf('title', [], options.title ?? `Warraq archive: ${docs.length} articles`);
  w.open('respStmt');
  w.leaf('resp', [EN], 'TEI encoding from the received texts');
  w.leaf(
    'name',
    [
      ['xml:id', 'corpus.warraq'],
      ['type', 'software'],
    ],
    `Warraq ${WARRAQ_VERSION}`,
  );
  w.close('respStmt');
  w.close('titleStmt');
  w.open('extent');
  w.leaf(
    'measure',
    [
      ['unit', 'article'],
      ['quantity', String(docs.length)],
    ],
    `${docs.length} articles`,
  );
  w.leaf(
    'measure',
    [
      ['unit', 'byte'],
      ['quantity', String(bytes)],
    ],
    `${bytes} bytes as received`,
  );
  w.leaf(
    'measure',
    [
      ['unit', 'character'],
      ['quantity', String(characters)],
    ],
    `${characters} UTF-16 code units of text`,
  );
  w.close('extent');
  w.open('publicationStmt');
  w.leaf('publisher', [], options.publisher ?? DEFAULT_PUBLISHER);
  w.open('availability', [['status', 'restricted']]);
  w.leaf(
    'p',
    [EN],
    'The rights of each article are stated in its own header; the markup is licensed as stated there.',
  );
  w.close('availability');
  if (date !== undefined) w.leaf('date', [['when', date]], date);
  w.close('publicationStmt');
  w.open('sourceDesc');
  w.open('listBibl');
  // one entry per outlet (the sources), with how many articles came from it
  for (const [outlet, count] of countBy(docs, (d) => d.metadata.outlet?.names[0]?.text)) {
    w.open('bibl', [['type', 'outlet']]);
    w.leaf('title', [['level', 'j']], outlet);
    w.leaf(
      'measure',
      [
        ['unit', 'article'],
        ['quantity', String(count)],
      ],
      `${count} articles`,
    );
    w.close('bibl');
  }
  const unknown = docs.filter((d) => !d.metadata.outlet).length;
  if (unknown > 0 || docs.length === 0)
    w.leaf('bibl', [['type', 'outlet']], `Outlet not recorded: ${unknown} articles`);
  w.close('listBibl');
  w.close('sourceDesc');
  w.close('fileDesc');
  w.open('profileDesc');
  if (published.length > 0) {
    w.open('creation');
    const first = published[0] as string;
    const last = published[published.length - 1] as string;
    if (first === last) w.leaf('date', [['when', first]], `Articles published on ${first}`);
    else
      w.leaf(
        'date',
        [
          ['from', first],
          ['to', last],
        ],
        `Articles published from ${first} to ${last}`,
      );
    w.close('creation');
  }
  w.open('langUsage');
  for (const [lang, count] of countBy(docs, (d) => d.metadata.language))
    w.leaf(
      'language',
      [
        ['ident', lang],
        ['usage', String(Math.round((100 * count) / Math.max(1, docs.length)))],
      ],
      languageName(lang),
    );
  w.close('langUsage');
  w.close('profileDesc');
  w.close('teiHeader');
}

/**
 * A collection as one `teiCorpus`: a corpus header (extent, sources, dates covered, languages) and
 * one `TEI` per document, each exactly as `encodeTei` writes it except that its internal xml:ids
 * are prefixed with its document id, so ids stay unique across the corpus.
 */
export function encodeTeiCorpus(docs: readonly WarraqDocument[], options: TeiCorpusOptions = {}): string {
  checkOptions(options);
  const w = new XmlWriter();
  w.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  const languages = countBy(docs, (d) => d.metadata.language);
  w.open('teiCorpus', [
    ['xmlns', TEI_NS],
    ['xml:lang', languages.length === 1 ? languages[0]?.[0] : undefined],
  ]);
  writeCorpusHeader(w, docs, options);
  for (const d of docs) writeTei(w, d, options, `${d.id}.`, false);
  w.close('teiCorpus');
  return w.toString();
}
