import type { WarraqDocument } from '@warraq/schema';
import { writeEditorialDecl } from './editorial.js';
import { languageName, languagesOf } from './languages.js';
import {
  DEFAULT_MARKUP_LICENCE,
  DEFAULT_PUBLISHER,
  PROFILE_NAME,
  PROFILE_VERSION,
  type TeiOptions,
  WARRAQ_VERSION,
} from './options.js';
import type { XmlWriter } from './xml-writer.js';

/** Fit for an anyURI attribute as is: visible ASCII only. */
export function isCleanUri(url: string): boolean {
  return /^[\x21-\x7e]+$/.test(url);
}

const EN: readonly [string, string] = ['xml:lang', 'en'];

export interface HeaderContext {
  softwareId: string;
  /** xml:id per non-Gregorian calendar used in the body */
  calendars: ReadonlyMap<string, string>;
  /** date of this TEI file, if known */
  date: string | undefined;
}

const CALENDAR_DESCRIPTION: Record<string, string> = {
  'islamic-umalqura': 'Hijri (Islamic lunar) calendar, Umm al-Qura reckoning as published by Saudi Arabia.',
};

function writeFileDesc(w: XmlWriter, doc: WarraqDocument, options: TeiOptions, ctx: HeaderContext): void {
  const m = doc.metadata;
  w.open('fileDesc');
  w.open('titleStmt');
  if (m.title)
    w.leaf(
      'title',
      [
        ['type', m.title.supplied ? 'supplied' : 'main'],
        ['xml:lang', m.title.lang],
      ],
      m.title.text,
    );
  w.leaf('title', [['type', 'desc'], EN], `TEI P5 encoding of the article ${doc.id}`);
  w.open('respStmt');
  w.leaf('resp', [EN], 'TEI encoding from the received text');
  w.leaf(
    'name',
    [
      ['xml:id', ctx.softwareId],
      ['type', 'software'],
    ],
    `Warraq ${WARRAQ_VERSION}`,
  );
  w.close('respStmt');
  w.close('titleStmt');

  w.open('publicationStmt');
  w.leaf('publisher', [], options.publisher ?? DEFAULT_PUBLISHER);
  w.open('availability', [['status', m.rights ? 'restricted' : 'unknown']]);
  if (m.rights) {
    // a URL the model accepts may still hold spaces or characters XML cannot carry; such a URL
    // goes in element content (where they are recorded) rather than in @target
    const url = m.rights.licenceUrl;
    const clean = url !== undefined && isCleanUri(url);
    w.leaf(
      'licence',
      [
        ['n', 'article'],
        ['target', clean ? url : undefined],
      ],
      m.rights.statement,
    );
    if (url !== undefined && !clean) w.leaf('licence', [['n', 'article-url']], url);
  } else w.leaf('p', [EN], 'No rights statement was supplied with the article.');
  w.leaf('licence', [['n', 'markup'], EN], options.markupLicence ?? DEFAULT_MARKUP_LICENCE);
  w.close('availability');
  w.leaf('idno', [['type', 'warraq']], doc.id);
  w.leaf('idno', [['type', 'sha256']], doc.source.sha256);
  if (ctx.date !== undefined) w.leaf('date', [['when', ctx.date]], ctx.date);
  w.close('publicationStmt');

  w.open('sourceDesc');
  w.open('biblStruct', [['type', 'newsArticle']]);
  if (m.title || m.authors.length > 0 || m.url) {
    w.open('analytic');
    if (m.title)
      w.leaf(
        'title',
        [
          ['level', 'a'],
          ['type', m.title.supplied ? 'supplied' : 'main'],
          ['xml:lang', m.title.lang],
        ],
        m.title.text,
      );
    for (const a of m.authors) w.leaf('author', [['xml:lang', a.lang]], a.name);
    if (m.url) w.leaf('idno', [['type', 'URL']], m.url);
    w.close('analytic');
  }
  w.open('monogr');
  if (m.outlet)
    for (const n of m.outlet.names)
      w.leaf(
        'title',
        [
          ['level', 'j'],
          ['xml:lang', n.lang],
        ],
        n.text,
      );
  else
    w.empty('title', [
      ['level', 'j'],
      ['type', 'unknown'],
    ]);
  if (m.outlet?.homepage) w.leaf('idno', [['type', 'URL']], m.outlet.homepage);
  w.open('imprint');
  if (m.published)
    w.empty('date', [
      ['type', 'published'],
      ['when', m.published.value],
      ['cert', m.published.certainty],
    ]);
  else
    w.empty('date', [
      ['type', 'published'],
      ['cert', 'unknown'],
    ]);
  if (m.retrieved)
    w.empty('date', [
      ['type', 'accessed'],
      ['when', m.retrieved],
    ]);
  w.close('imprint');
  w.close('monogr');
  if (m.published?.note !== undefined) w.leaf('note', [['type', 'published']], m.published.note);
  w.close('biblStruct');
  w.close('sourceDesc');
  w.close('fileDesc');
}

function writeEncodingDesc(w: XmlWriter, doc: WarraqDocument): void {
  w.open('encodingDesc');
  w.open('appInfo');
  w.open('application', [
    ['ident', 'warraq'],
    ['version', WARRAQ_VERSION],
  ]);
  w.leaf('label', [], 'Warraq');
  w.leaf('desc', [EN], `Encoding practice ${PROFILE_NAME} ${PROFILE_VERSION}, document model ${doc.model}.`);
  w.close('application');
  w.close('appInfo');
  writeEditorialDecl(w, doc);
  w.close('encodingDesc');
}

function writeProfileDesc(w: XmlWriter, doc: WarraqDocument, ctx: HeaderContext): void {
  const m = doc.metadata;
  w.open('profileDesc');
  if (m.published) {
    w.open('creation');
    w.empty('date', [
      ['when', m.published.value],
      ['cert', m.published.certainty],
    ]);
    w.close('creation');
  }
  w.open('langUsage');
  for (const lang of languagesOf(doc)) w.leaf('language', [['ident', lang]], languageName(lang));
  w.close('langUsage');
  if (m.keywords.length > 0) {
    w.open('textClass');
    w.open('keywords');
    for (const k of m.keywords) w.leaf('term', [['xml:lang', k.lang]], k.text);
    w.close('keywords');
    w.close('textClass');
  }
  if (ctx.calendars.size > 0) {
    w.open('calendarDesc');
    for (const [calendar, id] of ctx.calendars) {
      w.open('calendar', [
        ['xml:id', id],
        ['type', calendar],
      ]);
      w.leaf('p', [EN], CALENDAR_DESCRIPTION[calendar] ?? calendar);
      w.close('calendar');
    }
    w.close('calendarDesc');
  }
  w.close('profileDesc');
}

export function writeHeader(
  w: XmlWriter,
  doc: WarraqDocument,
  options: TeiOptions,
  ctx: HeaderContext,
): void {
  w.open('teiHeader');
  writeFileDesc(w, doc, options, ctx);
  writeEncodingDesc(w, doc);
  writeProfileDesc(w, doc, ctx);
  w.open('revisionDesc');
  w.leaf(
    'change',
    [['when', ctx.date], ['who', `#${ctx.softwareId}`], EN],
    `Encoded from the received text by Warraq ${WARRAQ_VERSION}.`,
  );
  w.close('revisionDesc');
  w.close('teiHeader');
}
