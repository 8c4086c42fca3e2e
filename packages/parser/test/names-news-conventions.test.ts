/**
 * Organisations that ANERcorp's annotators left outside names but this package's conventions
 * (eval/ner-news.md) count: clubs in sports reporting, ministries and councils of state. Sentences
 * written for this test, not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { makeContext, PRIORITY } from '../src/names/context.js';
import { mentionWords } from '../src/names/entities.js';
import { findNames } from '../src/names/index.js';
import { correctMentionEdges } from '../src/names/mention-edges.js';
import { cutWhereNameStops } from '../src/names/name-stops.js';
import { withSportsClubs } from '../src/names/sports-clubs.js';

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

describe('what the club rule itself leaves alone', () => {
  const clubs = (text: string): string[] => {
    const ctx = makeContext(text);
    return withSportsClubs(ctx, []).map((c) => mentionWords(ctx, c).join(' '));
  };

  it('reads no nationality, youth team or federation as a club', () => {
    const text =
      'وفاز المنتخب المصري على منتخب الشباب في مباراة الدوري، وقرر الاتحاد السعودي إيقاف اللاعب بعد المباراة.';
    expect(clubs(text)).toEqual([]);
  });

  it('reads the clubs of the same kind of sentence', () => {
    const text = 'وفاز الأهلي على الشباب في مباراة الدوري، وقرر مدرب الاتحاد إيقاف اللاعب بعد المباراة.';
    expect(clubs(text)).toEqual(['الاهلي', 'الشباب', 'الاتحاد']);
  });

  it('counts another club named nearby as a sports word, as in a fixture line', () => {
    // one sports word (الدوري) and two clubs: each is the other's second piece of evidence
    const text = 'ويستقبل هجر غدا نظيره الرائد على أرضه في الدوري.';
    expect(clubs(text)).toEqual(['هجر', 'الرائد']);
    // without the other club, one sports word is not enough
    expect(clubs('ويستقبل هجر غدا ضيوفه على أرضه في الدوري.')).toEqual([]);
  });

  it('does not count the same name again as evidence', () => {
    const text =
      'ولادة الهلال الشرعية هي وجود الهلال فوق الأفق، ويتم التأكد من ولادة الهلال بعد الغروب في الدوري.';
    expect(clubs(text)).toEqual([]);
  });

  it('reads no federation after a clitic either', () => {
    const text = 'وتعادل الأهلي مع النصر في الدوري، وبحث الوزير التعاون بين مصر والاتحاد الأوروبي.';
    expect(clubs(text)).toEqual(['الاهلي', 'النصر']);
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

describe.each(MODES)('the edges of mentions (%s mode)', (names) => {
  const found = (text: string): string[] =>
    findNames(text, { names }).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

  it('reads السعودية after a noun with the article as the adjective, not the country', () => {
    const text = 'وأعلنت الخطوط السعودية زيادة رحلاتها، وقال إن الأندية السعودية ستشارك.';
    expect(found(text)).not.toContain('place:السعودية');
  });

  it('still reads the country after a preposition, in coordination and in its full name', () => {
    const text = 'وسافر الوفد إلى السعودية، ثم زار الكويت والسعودية والمملكة العربية السعودية.';
    const places = found(text).filter((s) => s.startsWith('place:'));
    expect(places).toContain('place:السعودية');
    expect(places.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the family name after a chain of بن, and آل with its family', () => {
    const text = 'وأوضح سامي بن سليمان بن عبدالرحمن النحيط أن اللجنة اجتمعت.';
    expect(found(text)).toEqual(['person:سامي بن سليمان بن عبدالرحمن النحيط']);
    const king = 'ووصل سلمان بن عبدالعزيز آل سعود إلى المدينة.';
    expect(found(king)).toEqual(['person:سلمان بن عبدالعزيز آل سعود']);
  });

  it('keeps the family name after a father named عبد and a second word', () => {
    const text = 'وقال سعد بن عبد الله الحقيل إن الوزارة بدأت العمل.';
    expect(found(text)).toContain('person:سعد بن عبد الله الحقيل');
  });

  it('does not take a describing word after بن as the family name', () => {
    const text = 'وأقيمت المباراة في مدينة الأمير عبدالله بن جلوي الرياضية أمس.';
    expect(found(text).some((s) => s.includes('الرياضية'))).toBe(false);
  });
});

describe('the family of آل found as a person of its own', () => {
  it('joins the name built with بن before it', () => {
    const text = 'ووصل سلمان بن عبدالعزيز آل سعود إلى المدينة.';
    const ctx = makeContext(text);
    const person = (first: number, end: number) =>
      ({ first, end, skip: 0, kind: 'person', entity: undefined, priority: PRIORITY.pattern }) as const;
    const edged = correctMentionEdges(ctx, [person(1, 4), person(4, 6)]);
    expect(edged.map((c) => mentionWords(ctx, c).join(' '))).toEqual(['سلمان بن عبدالعزيز ال سعود']);
  });
});

describe('a family name written first (model mode)', () => {
  it('finds سون alone again as سون يانغ, and never لي', () => {
    const text =
      'وقال السباح الصيني سون يانغ إنه سعيد. وقدم سون أداء قويا في السباق، وتفوق سون في الأمتار الأخيرة.';
    const persons = findNames(text).filter((m) => m.kind === 'person');
    expect(persons.map((m) => text.slice(m.start, m.end))).toEqual(['سون يانغ', 'سون', 'سون']);
    expect(new Set(persons.map((m) => m.entity.key)).size).toBe(1);
    const other = 'وقال السباح الصيني سون يانغ إنه سعيد، ثم قال لي المدرب إنه سيعود.';
    expect(findNames(other).map((m) => other.slice(m.start, m.end))).not.toContain('لي');
  });
});

describe('a name does not run on across punctuation', () => {
  /** The words each mention keeps when the recogniser proposed it over the words first..end. */
  const kept = (text: string, spans: [number, number][]): string[] => {
    const ctx = makeContext(text);
    const organisation = ([first, end]: [number, number]) =>
      ({ first, end, skip: 0, kind: 'organisation', entity: undefined, priority: PRIORITY.pattern }) as const;
    return spans.map((span) => mentionWords(ctx, cutWhereNameStops(ctx, organisation(span))).join(' '));
  };

  it('stops before a bracket it does not close, or a closer it did not open', () => {
    expect(kept('بتمويل من بنك التنمية الهولندي (FMO) للمشروع', [[2, 6]])).toEqual(['بنك التنميه الهولندي']);
    expect(kept('وتحدث عن رابطة (ليغا) خوان', [[2, 4]])).toEqual(['رابطه']);
    expect(kept('وتحدث عن رابطة (ليغا) خوان', [[3, 5]])).toEqual(['ليغا']);
    expect(kept('وقال رئيس الاتحاد (الدولي) للعبة', [[2, 5]])).toEqual(['الاتحاد الدولي للعبه']);
  });

  it('stops before a comma or a colon', () => {
    expect(kept('أطلقت شركة نوكيا، هاتفا جديدا', [[1, 4]])).toEqual(['شركه نوكيا']);
    expect(kept('قالت شركة نوكيا: هاتفا', [[1, 4]])).toEqual(['شركه نوكيا']);
  });

  it('stops before a preposition written apart with tatweel', () => {
    expect(kept('وأشار مميش لـ«عكاظ» أمس', [[1, 3]])).toEqual(['مميش']);
    expect(kept('وقال عبدالغفار لـ الصحيفة', [[1, 3]])).toEqual(['عبدالغفار']);
  });

  it('keeps abbreviation dots and quotation marks inside a name', () => {
    expect(kept('وبثت هيئة بي. بي. سي البرنامج', [[1, 5]])).toEqual(['هيئه بي بي سي']);
    expect(kept('على ملعب "لوفتس رود" في لندن', [[1, 4]])).toEqual(['ملعب لوفتس رود']);
  });
});

describe.each(MODES)('a family name used alone before a preposition held apart (%s mode)', (names) => {
  it('is the person named in full, not a person of its own', () => {
    const text = 'وقال الوزير كمال دفتردار إن المشروع انتهى. وأوضح دفتردار لـ«الحياة» أن العمل مستمر.';
    const persons = findNames(text, { names }).filter((m) => m.kind === 'person');
    expect(persons.map((m) => text.slice(m.start, m.end))).toEqual(['كمال دفتردار', 'دفتردار']);
    expect(new Set(persons.map((m) => m.entity.key)).size).toBe(1);
  });
});
