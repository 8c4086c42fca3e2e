import type { Quotation } from '@warraq/schema';

export interface QuotationMatch {
  /** view offsets of the opening mark's start and the closing mark's end */
  start: number;
  end: number;
  openEnd: number;
  closeStart: number;
  kind: Quotation['kind'];
}

export interface UnbalancedMark {
  at: number;
  mark: string;
  problem: 'unclosed' | 'unopened';
}

const PAIRED_OPEN: Record<string, string> = { '«': '»', '‹': '›' };
const PAIRED_CLOSE: Record<string, string> = { '»': '«', '›': '‹' };
// curly marks are written both ways round in Arabic copy (“…” and ”…“), and closed with a
// double prime by some keyboards (“١3″): any of them closes an open curly mark
const CURLY = new Set(['“', '”', '„', '″']);

/** Speech and attribution verbs (folded: no hamza on alef) in the sentence before a quotation. */
const SPEECH =
  /(?:^|[^\p{L}\p{M}])[وف]?(?:قال|قالت|يقول|تقول|اضاف|اضافت|يضيف|تضيف|اكد|اكدت|يؤكد|تؤكد|اوضح|اوضحت|صرح|صرحت|ذكر|ذكرت|اعلن|اعلنت|تابع|تابعت|مضيفا|مضيفة|مؤكدا|مؤكدة|مشيرا|مشيرة|موضحا|معتبرا|قائلا|قائلة|بحسب|حسب|وفق|وفقا|بقوله|بالقول|جاء فيه|جاء في|كتب|كتبت|غرد|غردت|نقل عن|نقلت عن|ردد|رددوا|هتف|هتفوا|شدد|شددت|اشار|اشارت|اعتبر|اعتبرت|وصف|وصفت)(?:[^\p{L}\p{M}]|$)/u;
const SENTENCE_BREAK = /[.!?؟\n]/;
const MAX_LOOKBACK = 200;
/** a word that looks like a name or acronym rather than a common word in distancing quotes */
const DEFINITE = /^(?:[وفبلك]?ال)/;

/**
 * Finds quotations in one block's view text. Marks pair by a stack, so «…“…”…» nests; a mark
 * left open or closing nothing is returned as unbalanced for a warning, and never guessed at.
 */
export function findQuotations(view: string): { quotations: QuotationMatch[]; unbalanced: UnbalancedMark[] } {
  const stack: { mark: string; at: number }[] = [];
  const quotations: QuotationMatch[] = [];
  const unbalanced: UnbalancedMark[] = [];
  const close = (open: { mark: string; at: number }, at: number) => {
    quotations.push({
      start: open.at,
      end: at + 1,
      openEnd: open.at + 1,
      closeStart: at,
      kind: classify(view, open.at, at + 1),
    });
  };
  for (let i = 0; i < view.length; i++) {
    if (!isMark(view.charCodeAt(i))) continue;
    const c = view[i] as string;
    const top = stack[stack.length - 1];
    if (PAIRED_OPEN[c]) stack.push({ mark: c, at: i });
    else if (PAIRED_CLOSE[c]) {
      const k = findOpen(stack, (m) => m === PAIRED_CLOSE[c]);
      if (k < 0) unbalanced.push({ at: i, mark: c, problem: 'unopened' });
      else {
        for (const left of stack.splice(k + 1)) unbalanced.push({ ...left, problem: 'unclosed' });
        close(stack.pop() as { mark: string; at: number }, i);
      }
    } else if (CURLY.has(c)) {
      if (top && CURLY.has(top.mark)) close(stack.pop() as { mark: string; at: number }, i);
      else if (c === '″') unbalanced.push({ at: i, mark: c, problem: 'unopened' });
      else stack.push({ mark: c, at: i });
    } else if (c === '"') {
      if (top?.mark === '"') close(stack.pop() as { mark: string; at: number }, i);
      else stack.push({ mark: c, at: i });
    }
  }
  for (const left of stack) unbalanced.push({ ...left, problem: 'unclosed' });
  quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  unbalanced.sort((a, b) => a.at - b.at);
  return { quotations, unbalanced };
}

/** the quotation marks this recogniser pairs: " « » ‹ › “ ” „ ″ */
function isMark(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2039 ||
    code === 0x203a ||
    (code >= 0x201c && code <= 0x201e) ||
    code === 0x2033
  );
}

function findOpen(stack: readonly { mark: string }[], is: (mark: string) => boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) if (is((stack[k] as { mark: string }).mark)) return k;
  return -1;
}

/**
 * What the marks do, as far as the text shows: words introduced by a speech verb (or a colon) in
 * the same sentence are an attributed quotation; a short bare name right after a noun is an alias
 * (حلف شمال الأطلسي "ناتو"); one or two common words are scare quotes; the rest are quoted words.
 */
function classify(view: string, start: number, end: number): Quotation['kind'] {
  const inner = view.slice(start + 1, end - 1).trim();
  const words = inner.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return 'unknown';
  // the sentence before the mark, but no further back than a sentence could reasonably reach
  const limit = Math.max(0, start - MAX_LOOKBACK);
  let sentenceStart = start;
  while (sentenceStart > limit && !SENTENCE_BREAK.test(view[sentenceStart - 1] as string)) sentenceStart--;
  const before = view.slice(sentenceStart, start);
  const after = view.slice(end, end + 30);
  const colon = /[:：]\s*$/.test(before);
  const introduced = colon || SPEECH.test(before) || SPEECH.test(after.split(/[.!?؟]/)[0] ?? '');
  if (colon || (words.length >= 3 && introduced)) return 'attributed';
  if (words.length <= 2) {
    const followsWord = /[\p{L}\p{M}]\s+$/u.test(before);
    if (followsWord && !DEFINITE.test(words[0] as string) && !/\p{N}/u.test(inner)) return 'alias';
    return 'scare';
  }
  return introduced ? 'attributed' : 'quoted';
}
