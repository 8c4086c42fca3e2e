/**
 * Organisations that ANERcorp's annotators left outside names but this package's conventions
 * (eval/ner-news.md) count: clubs in sports reporting, ministries and councils of state. Sentences
 * written for this test, not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../src/names/index.js';

const MODES = ['lexicon', 'model'] as const;
const organisations = (text: string, names: (typeof MODES)[number]): string[] =>
  findNames(text, { names })
    .filter((m) => m.kind === 'organisation')
    .map((m) => text.slice(m.start, m.end));

describe.each(MODES)('clubs in sports reporting (%s mode)', (names) => {
  const match =
    'وفاز الهلال على النصر بهدفين في مباراة الجولة الخامسة من الدوري، وسجل لاعب الهلال الهدف الأول.';

  it('reads club names that are everyday words as clubs among sports words', () => {
    const found = organisations(match, names);
    expect(found.filter((s) => s === 'الهلال')).toHaveLength(2);
    expect(found).toContain('النصر');
  });

  it('starts the span after a clitic, at the second ل of a fused لل', () => {
    const text = 'وقدم المدرب الشكر لجماهير النادي بعد فوز الفريق في الدوري، وقال إن للهلال جمهورا كبيرا.';
    expect(organisations(text, names)).toContain('لهلال');
  });

  it('does not read the same words as clubs away from sports', () => {
    const text = 'وشاهد الناس الهلال في السماء، واحتفلوا بالنصر على المرض بعد سنوات من العلاج.';
    expect(organisations(text, names)).toEqual([]);
  });

  it('does not read the first word of a longer name as the club', () => {
    const text = 'وقرر الاتحاد الدولي لكرة القدم إيقاف اللاعب ثلاث مباريات بعد مباراة الفريق في الدوري.';
    expect(organisations(text, names)).not.toContain('الاتحاد');
  });
});

describe('ministries and councils of state (model mode)', () => {
  it('finds a ministry and the council of ministers', () => {
    const text = 'وأعلنت وزارة الداخلية أمس أن مجلس الوزراء وافق على النظام الجديد.';
    const found = organisations(text, 'model');
    expect(found).toContain('وزارة الداخلية');
    expect(found).toContain('مجلس الوزراء');
  });

  it('keeps a council to its own words', () => {
    const text = 'وقرر مجلس الوزراء الموافقة على الاتفاقية.';
    expect(organisations(text, 'model')).toEqual(['مجلس الوزراء']);
  });
});
