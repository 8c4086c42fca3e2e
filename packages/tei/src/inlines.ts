import type { DateMention, Inline, Quotation } from '@warraq/schema';
import type { IdSpace } from './id-space.js';
import { encodeToken, escapeText } from './xml-text.js';
import type { Attributes } from './xml-writer.js';
import { inlineElement } from './xml-writer.js';

/** TEI element for each quotation kind (see editorialDecl/quotation). */
export const QUOTATION_ELEMENT = {
  attributed: 'quote',
  quoted: 'q',
  scare: 'soCalled',
  alias: 'q',
  unknown: 'q',
} as const;

export const MENTION_ELEMENT = { person: 'persName', organisation: 'orgName', place: 'placeName' } as const;

export interface InlineContext {
  ids: IdSpace;
  /** xml:id of the interp that holds a role string */
  roleId(role: string): string;
  /** xml:id of the calendar element for a non-Gregorian calendar */
  calendarId(calendar: string): string;
  softwareId: string;
}

function quotationAttributes(q: Quotation, ctx: InlineContext): Attributes {
  return [
    ['type', q.kind === 'alias' || q.kind === 'unknown' ? q.kind : undefined],
    ['source', q.speaker === undefined ? undefined : ctx.ids.ref(q.speaker)],
    ['rend', `open(${encodeToken(q.open)}) close(${encodeToken(q.close)})`],
  ];
}

/**
 * TEI's @when is xsd:date, xsd:dateTime or xsd:time, and the last two need seconds: the model keeps
 * times to the minute as printed (2015-08-03T07:38Z, 19:30), TEI gets 07:38:00. decodeWhen undoes it.
 */
export function encodeWhen(when: string | undefined): string | undefined {
  return when?.replace(/(\d{2}:\d{2})(?=Z|[+-]\d{2}:\d{2}$|$)/, '$1:00');
}

/** A time without a day is a <time>; a day, with or without its hour, a <date>. */
export const dateElement = (d: DateMention) =>
  d.when !== undefined && /^\d{2}:/.test(d.when) ? 'time' : 'date';

function dateAttributes(d: DateMention, ctx: InlineContext): Attributes {
  const custom = d.calendar !== 'gregorian';
  const range = d.when !== undefined;
  return [
    ['when', encodeWhen(d.when)],
    // @when excludes @from/@to (TEI Schematron); a range beside a point goes in the ISO family
    [range ? 'from-iso' : 'from', d.from],
    [range ? 'to-iso' : 'to', d.to],
    ['calendar', custom ? `#${ctx.calendarId(d.calendar)}` : undefined],
    ['datingMethod', custom ? `#${ctx.calendarId(d.calendar)}` : undefined],
    ['when-custom', d.whenCustom],
    ['type', d.relative ? 'relative' : undefined],
    ['subtype', d.relative ? encodeToken(d.relative.expression) : undefined],
    // @dur-iso, not @dur: xsd:duration (behind @dur) has no weeks, and the model keeps -P1W as written
    ['dur-iso', d.relative?.offset],
    ['evidence', d.relative ? 'conjecture' : undefined],
    ['resp', d.relative ? `#${ctx.softwareId}` : undefined],
    ['cert', d.certainty],
  ];
}

/** Inline content as TEI mixed content. The text of the result, read in order, is the text of the nodes. */
export function encodeInlines(nodes: readonly Inline[], ctx: InlineContext): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += escapeText(n.text);
        break;
      case 'quotation':
        out += inlineElement(
          QUOTATION_ELEMENT[n.kind],
          quotationAttributes(n, ctx),
          encodeInlines(n.content, ctx),
        );
        break;
      case 'date':
        out += inlineElement(dateElement(n), dateAttributes(n, ctx), encodeInlines(n.content, ctx));
        break;
      case 'number':
        out += inlineElement(
          'num',
          [
            ['type', n.kind],
            ['value', n.value],
          ],
          encodeInlines(n.content, ctx),
        );
        break;
      case 'mention':
        out += inlineElement(
          MENTION_ELEMENT[n.entityKind],
          [
            ['ref', ctx.ids.ref(n.ref)],
            ['ana', n.role === undefined ? undefined : `#${ctx.roleId(n.role)}`],
          ],
          encodeInlines(n.content, ctx),
        );
        break;
    }
  }
  return out;
}
