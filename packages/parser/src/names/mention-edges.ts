/**
 * Two corrections at the edges of mentions, after the model or the lexicon has chosen them; what
 * the development news set (eval/ner-news.dev.jsonl) showed both recognisers getting wrong:
 * - السعودية after a noun with the article is the adjective "Saudi" (الخطوط السعودية, الأندية
 *   السعودية), not the country: a one-word place that reads as a nisba adjective (…ية) right after
 *   a word with the article, neither after العربية (المملكة العربية السعودية) nor with a clitic of
 *   its own (والسعودية is coordination), is dropped. ANERcorp tags it the same way.
 * - A name built with بن stops before the family name (سعد بن محمد بن سليمان السياري): a person
 *   whose last-but-one word is بن or بنت takes the next word when it is a family form — آل and a
 *   word (آل سعود), or a word with the article that is no stopword, adjective (nor a feminine
 *   nisba: مدينة الأمير عبدالله بن جلوي الرياضية), title or nationality.
 */
import { type Candidate, type Context, PRIORITY } from './context.js';
import { occupancy } from './select.js';
import { isDemonym, isStopAt, titleAt } from './words.js';

export function correctMentionEdges(ctx: Context, mentions: readonly Candidate[]): Candidate[] {
  const occupied = occupancy(mentions, ctx.tokens.length);
  const out: Candidate[] = [];
  for (const c of mentions) {
    if (c.kind === 'place' && isAdjectivalPlace(ctx, c, occupied)) continue;
    // the family word of آل <family> found as a person alone (سعود) has joined the name before it
    const last = out.at(-1);
    if (last && last.kind === 'person' && c.first >= last.first && c.end <= last.end) continue;
    out.push(c.kind === 'person' ? withFamilyName(ctx, c, occupied, mentions) : c);
  }
  return out;
}

function isAdjectivalPlace(ctx: Context, c: Candidate, occupied: Uint8Array): boolean {
  if (c.end - c.first !== 1 || c.skip !== 0 || c.first === 0) return false;
  const word = ctx.tokens[c.first];
  const before = ctx.tokens[c.first - 1];
  if (!word || !before || word.breakBefore || occupied[c.first - 1]) return false;
  if (!word.text.startsWith('ال') || !word.text.endsWith('يه')) return false;
  return before.text.startsWith('ال') && before.text !== 'العربيه' && !isStopAt(ctx, c.first - 1);
}

function withFamilyName(
  ctx: Context,
  c: Candidate,
  occupied: Uint8Array,
  mentions: readonly Candidate[],
): Candidate {
  // the last name may be a compound of عبد (ماجد بن عبد الله الحقيل)
  const lastName = ctx.tokens[c.end - 2]?.text === 'عبد' ? c.end - 2 : c.end - 1;
  const link = ctx.tokens[lastName - 1]?.text;
  if (lastName - c.first < 2 || (link !== 'بن' && link !== 'بنت')) return c;
  const next = ctx.tokens[c.end];
  if (!next || next.breakBefore) return c;
  if (next.text === 'ال') {
    const family = ctx.tokens[c.end + 1];
    if (!family || family.breakBefore) return c;
    // the family found as a person of its own, سعود or آل سعود, joins the name
    const alone = (m: Candidate): boolean =>
      (m.first === c.end + 1 || m.first === c.end) && m.end === c.end + 2 && m.kind === 'person';
    if ((occupied[c.end] || occupied[c.end + 1]) && !mentions.some(alone)) return c;
    return { ...c, end: c.end + 2, priority: PRIORITY.person };
  }
  if (occupied[c.end]) return c;
  const word = next.text;
  // a feminine nisba (الرياضية, الوطنية) describes what the name belongs to, not the person
  if (!word.startsWith('ال') || word.length < 5 || word.endsWith('يه')) return c;
  if (
    isStopAt(ctx, c.end) ||
    titleAt(ctx, c.end) ||
    isDemonym(ctx.lex, word) ||
    ctx.lex.commonAdjectives.has(word)
  )
    return c;
  return { ...c, end: c.end + 1, priority: PRIORITY.person };
}
