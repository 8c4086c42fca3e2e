import type { WarraqDocument } from '@warraq/schema';
import { checkOptions, writeTei } from './encode.js';
import { languageName } from './languages.js';
import { DEFAULT_PUBLISHER, TEI_NS, type TeiOptions, WARRAQ_VERSION } from './options.js';
import { XmlWriter } from './xml-writer.js';

export interface TeiCorpusOptions extends TeiOptions {
  /** title of the collection; default "Warraq archive: N articles" */
  title?: string;
}

/** What the corpus header needs from one member: small, serialisable, computed where the member is encoded. */
export interface CorpusMemberStats {
  language: string;
  byteLength: number;
  /** UTF-16 code units of the decoded text */
  characters: number;
  published?: string;
  retrieved?: string;
  outlet?: string;
}

/**
 * The corpus header's figures, accumulated member by member (`addCorpusMember`) so a caller can
 * stream members to disk and write the header last without holding the documents.
 */
export interface CorpusSummary {
  articles: number;
  bytes: number;
  characters: number;
  firstPublished?: string;
  lastPublished?: string;
  latestRetrieved?: string;
  outlets: Map<string, number>;
  unknownOutlets: number;
  languages: Map<string, number>;
}

const EN: readonly [string, string] = ['xml:lang', 'en'];
const byKey = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (counts: Map<string, number>) => [...counts].sort(byKey);

export function emptyCorpusSummary(): CorpusSummary {
  return {
    articles: 0,
    bytes: 0,
    characters: 0,
    outlets: new Map(),
    unknownOutlets: 0,
    languages: new Map(),
  };
}

export function corpusMemberStats(doc: WarraqDocument): CorpusMemberStats {
  const stats: CorpusMemberStats = {
    language: doc.metadata.language,
    byteLength: doc.source.byteLength,
    characters: doc.source.text.length,
  };
  const published = doc.metadata.published?.value;
  if (published !== undefined) stats.published = published;
  if (doc.metadata.retrieved !== undefined) stats.retrieved = doc.metadata.retrieved;
  const outlet = doc.metadata.outlet?.names[0]?.text;
  if (outlet !== undefined) stats.outlet = outlet;
  return stats;
}

/** Adds one member's figures; the order members are added in does not change the header. */
export function addCorpusMember(summary: CorpusSummary, stats: CorpusMemberStats): void {
  summary.articles++;
  summary.bytes += stats.byteLength;
  summary.characters += stats.characters;
  const p = stats.published;
  if (p !== undefined) {
    if (summary.firstPublished === undefined || p < summary.firstPublished) summary.firstPublished = p;
    if (summary.lastPublished === undefined || p > summary.lastPublished) summary.lastPublished = p;
  }
  const r = stats.retrieved;
  if (r !== undefined && (summary.latestRetrieved === undefined || r > summary.latestRetrieved))
    summary.latestRetrieved = r;
  if (stats.outlet !== undefined)
    summary.outlets.set(stats.outlet, (summary.outlets.get(stats.outlet) ?? 0) + 1);
  else summary.unknownOutlets++;
  summary.languages.set(stats.language, (summary.languages.get(stats.language) ?? 0) + 1);
}

function measure(w: XmlWriter, unit: string, quantity: number, text: string): void {
  w.leaf(
    'measure',
    [
      ['unit', unit],
      ['quantity', String(quantity)],
    ],
    text,
  );
}

function writeCorpusHeader(w: XmlWriter, s: CorpusSummary, options: TeiCorpusOptions): void {
  const date = options.date ?? s.latestRetrieved;
  w.open('teiHeader');
  w.open('fileDesc');
  w.open('titleStmt');
  w.leaf('title', [], options.title ?? `Warraq archive: ${s.articles} articles`);
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
  measure(w, 'article', s.articles, `${s.articles} articles`);
  measure(w, 'byte', s.bytes, `${s.bytes} bytes as received`);
  measure(w, 'character', s.characters, `${s.characters} UTF-16 code units of text`);
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
  for (const [outlet, count] of sorted(s.outlets)) {
    w.open('bibl', [['type', 'outlet']]);
    w.leaf('title', [['level', 'j']], outlet);
    measure(w, 'article', count, `${count} articles`);
    w.close('bibl');
  }
  if (s.unknownOutlets > 0 || s.articles === 0)
    w.leaf('bibl', [['type', 'outlet']], `Outlet not recorded: ${s.unknownOutlets} articles`);
  w.close('listBibl');
  w.close('sourceDesc');
  w.close('fileDesc');
  w.open('profileDesc');
  const first = s.firstPublished;
  const last = s.lastPublished;
  if (first !== undefined && last !== undefined) {
    w.open('creation');
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
  for (const [lang, count] of sorted(s.languages))
    w.leaf(
      'language',
      [
        ['ident', lang],
        ['usage', String(Math.round((100 * count) / Math.max(1, s.articles)))],
      ],
      languageName(lang),
    );
  w.close('langUsage');
  w.close('profileDesc');
  w.close('teiHeader');
}

/**
 * One member of a teiCorpus, exactly as `encodeTeiCorpus` writes it: the `TEI` element indented
 * one level, its internal xml:ids prefixed with its document id so ids stay unique in the corpus.
 */
export function encodeTeiCorpusMember(doc: WarraqDocument, options: TeiOptions = {}): string {
  checkOptions(options);
  const w = new XmlWriter(1);
  writeTei(w, doc, options, `${doc.id}.`, false);
  return w.toString();
}

/** Everything before the members: the XML declaration, the `teiCorpus` start tag and the corpus header. */
export function encodeTeiCorpusOpening(summary: CorpusSummary, options: TeiCorpusOptions = {}): string {
  checkOptions(options);
  const w = new XmlWriter();
  w.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  const languages = sorted(summary.languages);
  w.open('teiCorpus', [
    ['xmlns', TEI_NS],
    ['xml:lang', languages.length === 1 ? languages[0]?.[0] : undefined],
  ]);
  writeCorpusHeader(w, summary, options);
  return w.toString();
}

/** What follows the last member. */
export const TEI_CORPUS_CLOSING = '</teiCorpus>\n';

/**
 * A collection as one `teiCorpus`: a corpus header (extent, sources, dates covered, languages) and
 * one `TEI` per document, each exactly as `encodeTei` writes it except that its internal xml:ids
 * are prefixed with its document id, so ids stay unique across the corpus. For corpora too large to
 * hold, write `encodeTeiCorpusMember`s as they come and `encodeTeiCorpusOpening` before them last:
 * the bytes are the same.
 */
export function encodeTeiCorpus(docs: readonly WarraqDocument[], options: TeiCorpusOptions = {}): string {
  const summary = emptyCorpusSummary();
  for (const d of docs) addCorpusMember(summary, corpusMemberStats(d));
  let out = encodeTeiCorpusOpening(summary, options);
  for (const d of docs) out += encodeTeiCorpusMember(d, options);
  return out + TEI_CORPUS_CLOSING;
}
