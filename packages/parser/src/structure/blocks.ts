import type { BlockKind } from '@warraq/schema';
import type { Line } from './lines.js';
import { AGENCIES, DATELINE_PLACES } from './places.js';
import { endsMidSentence, endsSentence, wordCount } from './punctuation.js';

export interface BlockPlan {
  kind: BlockKind;
  start: number;
  end: number;
  truncated?: true;
}

export interface Structure {
  blocks: BlockPlan[];
  truncated: boolean;
  /** the text ends on a word without closing punctuation: maybe cut, maybe a trailer line */
  unpunctuatedEnd: boolean;
}

/** A headline or subheading is a short line; longer ones are paragraphs even without a full stop. */
const MAX_HEADLINE_WORDS = 20;
const MAX_SUBHEADING_WORDS = 12;

const DASH = '[\\-–—]';
const DASH_CHARS = '\\-–—';
const CAPTION =
  /^(?:\((?:صورة|الصورة|صور|تصوير|الصور|أرشيفية|ارشيفية|أرشيف)[^()]*\)|(?:صورة|الصورة|تصوير)\s*[:：].*)$/u;
const BYLINE_LEAD = /^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|ترجمة|حوار)\s*[:：]?\s*\S/u;
const TWO_PARTS = new RegExp(
  `^([^\\s${DASH_CHARS}]+(?:\\s[^\\s${DASH_CHARS}]+){0,3})\\s*${DASH}\\s*(\\S+(?:\\s\\S+){0,3})$`,
  'u',
);
/** A dateline opening a paragraph: "دمشق - تلفزيون سوريا:" or "الرياض – واس". */
const DATELINE_PREFIX = new RegExp(`^(\\S+(?:\\s\\S+)?)\\s*${DASH}\\s*([^:،.\\n]{1,40}?)\\s*:`, 'u');

/**
 * Decides what each non-blank line is. Reading conventions of Arabic news copy: an optional headline
 * on the first line; datelines and bylines as short "place - outlet" / "name - outlet" lines, or a
 * dateline opening the first paragraph; subheadings as short lines without closing punctuation;
 * photo captions in brackets. A text that stops mid-sentence is marked truncated, never repaired.
 */
export function planBlocks(text: string, lines: readonly Line[], title?: string): Structure {
  const printedTitle = title === undefined ? undefined : squash(title);
  const content = lines.filter((l) => l.contentEnd > l.contentStart);
  const plans: BlockPlan[] = [];
  const slice = (l: Line) => text.slice(l.contentStart, l.contentEnd);
  let sawBody = false;
  for (const [index, line] of content.entries()) {
    const s = slice(line);
    const words = wordCount(s);
    const isLast = index === content.length - 1;
    const closed = endsSentence(s);
    const span = { start: line.contentStart, end: line.contentEnd };
    if (CAPTION.test(s) && words <= 15) {
      plans.push({ kind: 'caption', ...span });
      continue;
    }
    const two = !closed && words <= 8 ? TWO_PARTS.exec(s) : null;
    if (two) {
      const kind = DATELINE_PLACES.has(two[1] as string) ? 'dateline' : 'byline';
      plans.push({ kind, ...span });
      continue;
    }
    if (!closed && words <= 8 && BYLINE_LEAD.test(s)) {
      plans.push({ kind: 'byline', ...span });
      continue;
    }
    // the first line is the headline when it reads like one, or when it is the title the metadata records
    if (index === 0 && !isLast && ((!closed && words <= MAX_HEADLINE_WORDS) || squash(s) === printedTitle)) {
      plans.push({ kind: 'headline', ...span });
      continue;
    }
    if (
      sawBody &&
      !isLast &&
      !closed &&
      words <= MAX_SUBHEADING_WORDS &&
      !s.endsWith('،') &&
      !s.endsWith(',')
    ) {
      plans.push({ kind: 'subheading', ...span });
      continue;
    }
    if (!sawBody) {
      const prefix = DATELINE_PREFIX.exec(s);
      const place = prefix?.[1];
      if (prefix && place && (DATELINE_PLACES.has(place) || AGENCIES.has((prefix[2] ?? '').trim()))) {
        const end = line.contentStart + prefix[0].length;
        plans.push({ kind: 'dateline', start: line.contentStart, end });
        let bodyStart = end;
        while (bodyStart < line.contentEnd && /\s/.test(text[bodyStart] as string)) bodyStart++;
        if (bodyStart < line.contentEnd) {
          sawBody = true;
          plans.push({ kind: 'paragraph', start: bodyStart, end: line.contentEnd });
        }
        continue;
      }
    }
    sawBody = true;
    plans.push({ kind: 'paragraph', ...span });
  }

  // a lead is the first paragraph after a printed headline (and its dateline or byline)
  if (plans[0]?.kind === 'headline') {
    const first = plans.find((p) => p.kind === 'paragraph');
    if (
      first &&
      plans.slice(1, plans.indexOf(first)).every((p) => p.kind === 'dateline' || p.kind === 'byline')
    )
      first.kind = 'lead';
  }

  const lastText = [...plans].reverse().find((p) => p.kind === 'paragraph' || p.kind === 'lead');
  const final = plans[plans.length - 1];
  let truncated = false;
  let unpunctuatedEnd = false;
  if (final && (final.kind === 'paragraph' || final.kind === 'lead') && final === lastText) {
    const last = text.slice(final.start, final.end);
    truncated = endsMidSentence(last);
    if (truncated) final.truncated = true;
    else if (!endsSentence(last)) unpunctuatedEnd = true;
  }
  return { blocks: plans, truncated, unpunctuatedEnd };
}

/** whitespace of any kind as one space, so a title from metadata compares with the printed line */
function squash(t: string): string {
  return t.replace(/[\s\u00a0\u200b-\u200f]+/g, ' ').trim();
}
