/**
 * Listed names that the words around them show to be something else, seen in real news:
 * - القاعدة next to الجوية / العسكرية … is an air or military base, not al-Qaeda, and so is a bare
 *   القاعدة in a text that speaks of such a base and never of تنظيم القاعدة;
 * - البحرين before a colour (البحرين الأبيض والأحمر) is "the two seas", not Bahrain;
 * - a given name read behind a preposition and standing alone (لدينا = ل + دينا, "we have") is the
 *   longer word, not a person.
 */
import type { Context } from './context.js';

const BASE_WORDS = new Set(['الجويه', 'العسكريه', 'البحريه', 'البريه', 'الجويتين', 'العسكريتين']);
const COLOURS = new Set(['الابيض', 'الاحمر', 'الاسود', 'الاخضر', 'الازرق', 'الاصفر']);

function isBaseAt(ctx: Context, i: number): boolean {
  return ctx.tokens[i]?.text.endsWith('القاعده') === true && BASE_WORDS.has(ctx.tokens[i + 1]?.text ?? '');
}

/** Per text: does it speak of a military base and never of the organisation? (memoised on the context) */
const basesOnly = new WeakMap<Context, boolean>();
function speaksOfBasesOnly(ctx: Context): boolean {
  let answer = basesOnly.get(ctx);
  if (answer === undefined) {
    let base = false;
    let organisation = false;
    ctx.tokens.forEach((t, i) => {
      if (isBaseAt(ctx, i)) base = true;
      if (t.text.endsWith('تنظيم') && ctx.tokens[i + 1]?.text === 'القاعده') organisation = true;
    });
    answer = base && !organisation;
    basesOnly.set(ctx, answer);
  }
  return answer;
}

/** True when the listed name of `length` words read at token i (the stem `stem`) is not that name here. */
export function listedNameIsSomethingElse(ctx: Context, i: number, stem: string, length: number): boolean {
  if (length !== 1) return false;
  const next = ctx.tokens[i + 1];
  const joinedNext = next !== undefined && !next.breakBefore;
  if (stem === 'القاعده') return (joinedNext && BASE_WORDS.has(next.text)) || speaksOfBasesOnly(ctx);
  if (stem === 'البحرين') return joinedNext && COLOURS.has(next.text);
  return false;
}

/** A lone given name behind ب ل ك (لدينا, بسام read as ب + سام) is the longer word. */
export function givenNameBehindPreposition(ctx: Context, i: number, skip: number): boolean {
  const word = ctx.tokens[i]?.text ?? '';
  const clitics = word.slice(0, skip);
  return /[بلك]$/.test(clitics);
}
