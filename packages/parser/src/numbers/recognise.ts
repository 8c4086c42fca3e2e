import type { NumberMention } from '@warraq/schema';
import { canonical, multiply, scale } from './decimal.js';
import { hundreds, isAmbiguousAlone, ordinals, scales, TEEN_FIRST, tens, units } from './words.js';

export interface NumberMatch {
  /** view offsets */
  start: number;
  end: number;
  kind: NumberMention['kind'];
  value: string;
}

const DIGITS = /(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+)(?:\.(\d+))?/g;
const PERCENT = /^\s?(?:[%٪]|في المئة|في المائة|في المئه|بالمئة|بالمائة)(?![\p{L}\p{M}])/u;
const SCALE_AFTER = /^\s+([\p{L}\p{M}]+)/u;
const IDENTIFIER_BEFORE = /(?:رقم|القرار|قرار|المادة|البند|الفقرة|الرمز|ايزو)\s*[:(]?\s*$/;
const WORD = /[\p{L}\p{M}]+/gu;
const CLITIC = /^[وبلف]/;

/**
 * Numbers in one block's view: digits of any script (the view has made them ASCII), thousands and
 * decimal separators, percentages, scale words (8 ملايين = 8000000), number words and ordinals.
 * Values are exact decimal strings.
 */
export function findNumbers(view: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const m of view.matchAll(DIGITS)) {
    const start = m.index;
    const before = view[start - 1];
    if (before !== undefined && /[\p{N}A-Za-z.,]/u.test(before)) continue;
    let end = start + m[0].length;
    const rawInt = m[1] as string;
    const european = /^\d{1,3}(?:\.\d{3}){2,}$/.test(rawInt);
    let value = canonical(rawInt.replace(/[.,]/g, ''), european ? '' : (m[2] ?? ''));
    if (european && m[2]) continue; // 1.234.567.89: not a form we can read with confidence
    let kind: NumberMention['kind'] = 'cardinal';
    const rest = view.slice(end, end + 24);
    const percent = PERCENT.exec(rest);
    const scaleWord = SCALE_AFTER.exec(rest);
    const scaleInfo = scaleWord ? scales.get(scaleWord[1] as string) : undefined;
    if (percent) {
      kind = 'percentage';
      end += percent[0].length;
    } else if (scaleInfo && scaleWord) {
      value = scale(value, scaleInfo.power);
      end += scaleWord[0].length;
    } else if (
      IDENTIFIER_BEFORE.test(view.slice(Math.max(0, start - 16), start)) ||
      (rawInt.length > 1 && rawInt.startsWith('0') && !m[2])
    ) {
      kind = 'identifier';
      value = rawInt.replace(/[.,]/g, '');
    }
    found.push({ start, end, kind, value });
  }
  // a scale word already read with its digits (1.5 مليار) is not a number of its own
  const taken = new Uint8Array(view.length + 1);
  for (const d of found) taken.fill(1, d.start, d.end);
  found.push(...findNumberWords(view).filter((w) => !taken.subarray(w.start, w.end).includes(1)));
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function findNumberWords(view: string): NumberMatch[] {
  const tokens: Token[] = [...view.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    const ordinal = ordinalOf(first) ?? fractionOf(first);
    if (ordinal) {
      out.push(ordinal);
      continue;
    }
    const parsed = parseWords(tokens, i, view);
    if (!parsed) continue;
    out.push(parsed.match);
    i = parsed.next - 1;
  }
  return out;
}

/** Fractions with an exact decimal value; ثلث (a third) has none, so it is left alone. */
const FRACTIONS: Record<string, string> = { نصف: '0.5', ربع: '0.25' };

function fractionOf(t: Token): NumberMatch | undefined {
  const bare = CLITIC.test(t.word) && FRACTIONS[t.word.slice(1)] !== undefined ? t.word.slice(1) : t.word;
  const value = FRACTIONS[bare];
  if (value === undefined) return undefined;
  return { start: t.end - bare.length, end: t.end, kind: 'fraction', value };
}

function ordinalOf(t: Token): NumberMatch | undefined {
  const direct = ordinals.get(t.word);
  if (direct) return { start: t.start, end: t.end, kind: 'ordinal', value: String(direct) };
  if (CLITIC.test(t.word)) {
    const v = ordinals.get(t.word.slice(1));
    if (v && t.word.slice(1).startsWith('ال'))
      return { start: t.start + 1, end: t.end, kind: 'ordinal', value: String(v) };
  }
  return undefined;
}

/** the number value of a word, with a leading clitic و/ب/ل/ف allowed */
function lookup(word: string): { word: string; clitic: number } {
  if (isNumberWord(word)) return { word, clitic: 0 };
  if (CLITIC.test(word) && isNumberWord(word.slice(1))) return { word: word.slice(1), clitic: 1 };
  return { word, clitic: -1 };
}

function isNumberWord(w: string): boolean {
  return units.has(w) || tens.has(w) || hundreds.has(w) || scales.has(w) || TEEN_FIRST.has(w);
}

function parseWords(
  tokens: readonly Token[],
  from: number,
  view: string,
): { match: NumberMatch; next: number } | undefined {
  let total = 0n;
  let current = 0n;
  let i = from;
  let start = -1;
  let end = -1;
  let words = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // only words joined by a space (and و) belong to one number
    if (words > 0 && !/^\s+$/.test(view.slice(end, t.start))) break;
    const { word, clitic } = lookup(t.word);
    if (clitic < 0 || (words === 0 && clitic > 0 && t.word[0] !== 'و')) break;
    if (words > 0 && clitic > 0 && t.word[0] !== 'و') break;
    const next = tokens[i + 1];
    const teen = next && /^عشرة?$/.test(next.word) && TEEN_FIRST.has(word) && !tens.has(word);
    const s = scales.get(word);
    if (teen) {
      current += BigInt((TEEN_FIRST.get(word) as number) + 10);
      i++;
    } else if (units.has(word) && word !== 'عشر' && word !== 'عشرة' && current % 10n === 0n) {
      current += BigInt(units.get(word) as number);
    } else if (units.has(word) && current === 0n) current += BigInt(units.get(word) as number);
    else if (tens.has(word)) current += BigInt(tens.get(word) as number);
    else if (hundreds.has(word)) {
      const h = BigInt(hundreds.get(word) as number);
      current = h === 100n && current > 0n && current < 10n ? current * 100n : current + h;
    } else if (s) {
      const factor = 10n ** BigInt(s.power);
      if (current === 0n && s.alone === undefined) break;
      current = (current === 0n ? BigInt(s.alone as number) : current) * factor;
      total += current;
      current = 0n;
    } else break;
    if (start < 0) start = t.start + clitic;
    end = (tokens[i] as Token).end;
    words++;
    i++;
  }
  if (words === 0 || start < 0) return undefined;
  if (words === 1 && isAmbiguousAlone(lookup((tokens[from] as Token).word).word)) return undefined;
  const value = multiply((total + current).toString(), 1n);
  return { match: { start, end, kind: 'cardinal', value }, next: i };
}
