/**
 * Bodies named by a head noun and what makes it specific (src/names/institutions.ts): committees,
 * directorates, courts, councils, societies. Sentences written for this test, not taken from any
 * evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { makeContext } from '../src/names/context.js';
import { mentionWords } from '../src/names/entities.js';
import { findNames } from '../src/names/index.js';
import { withInstitutions } from '../src/names/institutions.js';

const MODES = ['lexicon', 'model'] as const;
const names = (text: string, mode: (typeof MODES)[number]) =>
  findNames(text, { names: mode }).map((m) => ({ kind: m.kind, text: text.slice(m.start, m.end) }));
const organisations = (text: string, mode: (typeof MODES)[number]): string[] =>
  names(text, mode)
    .filter((m) => m.kind === 'organisation')
    .map((m) => m.text);

describe.each(MODES)('bodies named by a head (%s mode)', (mode) => {
  it('reads a committee named by an idafa, and stops at a day', () => {
    const text = 'وقررت لجنة الانضباط إيقاف اللاعب، وأعلنت اللجنة الأولمبية الاثنين موعد الانتخابات.';
    const found = organisations(text, mode);
    expect(found).toContain('لجنة الانضباط');
    expect(found).toContain('اللجنة الأولمبية');
  });

  it('keeps the adjectives, the ل-phrase and ب with a place inside the name, and the place in it is no mention of its own', () => {
    const text =
      'وأوضحت الإدارة العامة للتعليم بالخرج أن الدراسة تبدأ الأحد، وشكرت جمعية البر بجدة المتطوعين.';
    const found = names(text, mode);
    expect(found).toContainEqual({ kind: 'organisation', text: 'الإدارة العامة للتعليم بالخرج' });
    expect(found).toContainEqual({ kind: 'organisation', text: 'جمعية البر بجدة' });
    expect(found.filter((m) => m.kind === 'place')).toEqual([]);
  });

  it('joins coordinated words and nisba adjectives', () => {
    const text = 'وأصدرت مصلحة الزكاة والدخل تعميما، ثم اجتمعت اللجنة الثلاثية العربية في القاهرة.';
    const found = organisations(text, mode);
    expect(found).toContain('مصلحة الزكاة والدخل');
    expect(found).toContain('اللجنة الثلاثية العربية');
  });

  it('reads a body named after a king, with its ل-phrase, instead of the king', () => {
    const text = 'ووزع مركز الملك سلمان للإغاثة والأعمال الإنسانية السلال الغذائية على الأسر.';
    const found = names(text, mode);
    expect(found).toContainEqual({
      kind: 'organisation',
      text: 'مركز الملك سلمان للإغاثة والأعمال الإنسانية',
    });
    expect(found.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('reads no body from a city named after a prince without a ل-phrase (a sports ground)', () => {
    const text = 'وأقيمت المباراة على ملعب مدينة الأمير عبدالله بن جلوي الرياضية أمس.';
    expect(organisations(text, mode).some((s) => s.startsWith('مدينة'))).toBe(false);
  });

  it('reads a service named by its sector and a listed place, and not a sector alone', () => {
    const text = 'وأعلن تعليم الخرج بدء التسجيل، وتحدث الوزير عن تعليم المرأة.';
    const found = names(text, mode);
    expect(found).toContainEqual({ kind: 'organisation', text: 'تعليم الخرج' });
    expect(found.some((m) => m.text.includes('المرأة'))).toBe(false);
  });

  it('starts a fused لل at its second ل, as the conventions do', () => {
    const text = 'وقدم اللاعب شكوى للجنة الاستئناف بعد قرار الإيقاف.';
    expect(organisations(text, mode)).toContain('لجنة الاستئناف');
  });
});

describe('what the institution rule itself leaves alone', () => {
  const bodies = (text: string): string[] => {
    const ctx = makeContext(text);
    return withInstitutions(ctx, []).map((c) => mentionWords(ctx, c).join(' '));
  };

  it('ends the name before a verbal noun that takes its object', () => {
    expect(bodies('وقرر مجلس الوزراء الموافقة على تنظيم الهيئة الجديدة.')).toEqual(['مجلس الوزراء']);
  });

  it('reads no body where the head is an everyday noun', () => {
    expect(bodies('ودرس إدارة الأعمال في باريس، وقال إن ذلك من مصلحة الشعب.')).toEqual([]);
    expect(bodies('ووقع رئيس مجلس إدارة الشركة العقد، ودافع عن المصلحة المشتركة.')).toEqual([]);
    expect(bodies('وانتقد المؤسسة الأمنية، وقال إن لإدارة الأزمة طرقا أخرى.')).toEqual([]);
  });

  it('reads no name from a nationality alone, nor from a noun after a head with the article', () => {
    expect(bodies('وقالت الإدارة الأميركية إنها تدرس الأمر.')).toEqual([]);
    expect(bodies('واستثنى المجلس الملكيات الخاصة من القرار.')).toEqual([]);
  });

  it('leaves a mention over the head to the recogniser that chose it', () => {
    const text = 'ومنذ انهيار الاتحاد السوفياتي تغيرت المنطقة.';
    const ctx = makeContext(text);
    const union = { first: 2, end: 4, skip: 0, kind: 'place', entity: undefined, priority: 0 } as const;
    expect(mentionWords(ctx, union)).toEqual(['الاتحاد', 'السوفياتي']);
    expect(withInstitutions(ctx, [union])).toEqual([union]);
  });

  it('reads the body over a mention that starts at one of its adjectives and runs past it', () => {
    const text = 'ولجأ النادي إلى المحكمة الرياضية الدولية التابعة للاتحاد الدولي.';
    const ctx = makeContext(text);
    // what a recogniser that missed the head might find: from the adjective to the end
    const tail = { first: 4, end: 8, skip: 0, kind: 'organisation', entity: undefined, priority: 0 } as const;
    expect(mentionWords(ctx, tail)).toEqual(['الرياضيه', 'الدوليه', 'التابعه', 'للاتحاد']);
    const found = withInstitutions(ctx, [tail]).map((c) => mentionWords(ctx, c).join(' '));
    expect(found).toEqual(['المحكمه الرياضيه الدوليه']);
    // one that starts at a noun inside the body still stands: the recogniser chose it
    const other = makeContext('وقررت لجنة الانضباط التابعة للاتحاد إيقاف اللاعب.');
    const noun = { first: 2, end: 5, skip: 0, kind: 'organisation', entity: undefined, priority: 0 } as const;
    expect(mentionWords(other, noun)).toEqual(['الانضباط', 'التابعه', 'للاتحاد']);
    expect(withInstitutions(other, [noun])).toEqual([noun]);
  });
});
