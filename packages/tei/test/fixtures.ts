import type { WarraqDocument } from '@warraq/schema';
import { buildDocument } from './build.js';

/** A hand-written article that uses every block kind, inline kind and metadata field of the model. */
export function richDocument(): WarraqDocument {
  return buildDocument({
    id: 'sample-2021-03-30',
    metadata: {
      language: 'ar',
      title: { text: 'اجتماع وزراء الخارجية في بروكسل', supplied: true },
      outlet: {
        names: [{ text: 'صحيفة المثال' }, { text: 'The Example Daily', lang: 'en' }],
        homepage: 'https://example.org/',
      },
      authors: [{ name: 'سلمى حداد' }, { name: 'Omar Haddad', lang: 'en' }],
      published: { value: '2021-04-01', certainty: 'medium', note: 'inferred from the meeting it reports' },
      retrieved: '2026-11-28',
      url: 'https://example.org/news/1',
      rights: { statement: '© صحيفة المثال. نسخة للأرشيف.', licenceUrl: 'https://example.org/licence' },
      keywords: [{ text: 'دبلوماسية' }, { text: 'diplomacy', lang: 'en' }],
      declaredEncoding: 'utf-8',
    },
    separators: ['', '\n', '\n\n', '\n', '\n\n', '\n\n', '\n', '\n\n', '\n'],
    blocks: [
      {
        id: 'h1',
        kind: 'headline',
        content: [
          'وزراء يجتمعون في ',
          { type: 'mention', entityKind: 'place', ref: 'brussels', content: ['بروكسل'] },
        ],
      },
      {
        id: 'dl1',
        kind: 'dateline',
        content: [
          'بروكسل – ',
          {
            type: 'date',
            calendar: 'gregorian',
            when: '2021-04-01',
            certainty: 'high',
            content: ['1 نيسان 2021'],
          },
        ],
      },
      { id: 'by1', kind: 'byline', content: ['بقلم سلمى حداد'] },
      {
        id: 'lead1',
        kind: 'lead',
        content: [
          'اجتمع الوزراء ',
          {
            type: 'date',
            calendar: 'gregorian',
            when: '2021-03-30',
            relative: { expression: 'days-ago', offset: '-P2D', anchor: 'publication' },
            certainty: 'high',
            content: ['قبل يومين'],
          },
          '.',
        ],
      },
      {
        id: 'p1',
        kind: 'paragraph',
        content: [
          'وقال ',
          {
            type: 'mention',
            entityKind: 'person',
            ref: 'blinken',
            role: 'وزير الخارجية الأميركي',
            content: ['أنطوني بلينكين'],
          },
          ': ',
          {
            type: 'quotation',
            kind: 'attributed',
            open: '«',
            close: '»',
            speaker: 'blinken',
            content: [
              '«نحن ملتزمون بدعم ',
              { type: 'mention', entityKind: 'organisation', ref: 'coalition', content: ['التحالف'] },
              '»',
            ],
          },
          ' بعد تحرير ',
          { type: 'number', kind: 'cardinal', value: '8000000', content: ['8 ملايين'] },
          ' نسمة.',
        ],
      },
      {
        id: 's1',
        kind: 'subheading',
        content: [
          'خطر ',
          { type: 'quotation', kind: 'scare', open: '"', close: '"', content: ['"التنظيم"'] },
        ],
      },
      {
        id: 'p2',
        kind: 'paragraph',
        content: [
          'في ',
          {
            type: 'date',
            calendar: 'islamic-umalqura',
            when: '2021-03-31',
            whenCustom: '1442-08-17',
            certainty: 'high',
            content: ['17 شعبان 1442 هـ'],
          },
          ' ومن ',
          {
            type: 'date',
            calendar: 'gregorian',
            from: '2021-04-08',
            to: '2021-04-10',
            certainty: 'medium',
            content: ['8 إلى 10 نيسان'],
          },
          ' على ',
          {
            type: 'date',
            calendar: 'gregorian',
            when: '2021-04-08T17:00+03:00',
            certainty: 'high',
            content: ['الساعة الخامسة مساء بتوقيت مكة'],
          },
          ' و',
          { type: 'date', calendar: 'gregorian', when: '14:30Z', certainty: 'high', content: ['14:30 ت غ'] },
          ' بنسبة ',
          { type: 'number', kind: 'percentage', value: '12.5', content: ['12.5%'] },
          '، وفق القرار رقم ',
          { type: 'number', kind: 'identifier', value: '2254', content: ['2254'] },
          ' و',
          { type: 'quotation', kind: 'quoted', open: '“', close: '”', content: ['“نص”'] },
          ' و',
          { type: 'quotation', kind: 'alias', open: '"', close: '"', content: ['"داعش"'] },
          ' و',
          { type: 'quotation', kind: 'unknown', open: "'", close: "'", content: ["'كذا'"] },
          ' والمرتبة ',
          { type: 'number', kind: 'ordinal', value: '3', content: ['الثالثة'] },
          ' ونصف ',
          { type: 'number', kind: 'fraction', value: '0.5', content: ['½'] },
          '.',
        ],
      },
      {
        id: 'cap1',
        kind: 'caption',
        lang: 'en',
        content: [
          'Photo: ministers, ',
          {
            type: 'date',
            calendar: 'gregorian',
            relative: { expression: 'last-tuesday', anchor: 'publication' },
            certainty: 'low',
            content: ['last Tuesday'],
          },
        ],
      },
      { id: 'p3', kind: 'paragraph', truncated: true, content: ['وأكد المجتمعون أن '] },
    ],
    entities: [
      {
        id: 'blinken',
        kind: 'person',
        names: [
          { text: 'أنطوني بلينكين', type: 'main' },
          { text: 'Antony Blinken', lang: 'en' },
        ],
        identifiers: [{ scheme: 'wikidata', value: 'Q4773037' }],
        roles: ['وزير الخارجية الأميركي'],
      },
      { id: 'brussels', kind: 'place', names: [{ text: 'بروكسل' }], identifiers: [], roles: [] },
      {
        id: 'coalition',
        kind: 'organisation',
        names: [{ text: 'التحالف الدولي' }, { text: 'التحالف', type: 'short' }],
        identifiers: [],
        roles: [],
      },
    ],
    source: {
      truncated: true,
      normalisations: [{ kind: 'nbsp', count: 1, description: 'no-break spaces read as spaces' }],
    },
    diagnostics: [
      {
        code: 'TEXT_TRUNCATED',
        severity: 'warning',
        message: 'the text stops mid-sentence',
        line: 9,
        column: 20,
      },
    ],
  });
}
