import { z } from 'zod';
import { Certainty, IsoDate, IsoDuration, IsoTemporal } from './dates.js';
import { NcName } from './ids.js';
import { Span } from './span.js';

/**
 * Inline content of a block. Leaves are `text`; every other node wraps inline content, so the
 * text of a block read in order is always exactly the received text of its span. Recognisers add
 * structure around the text; they never rewrite it.
 */
export const TextNode = z.object({
  type: z.literal('text'),
  span: Span,
  /** the received text of the span, unnormalised */
  text: z.string(),
});
export type TextNode = z.infer<typeof TextNode>;

/** attributed: someone's words; quoted: words marked as another's; scare: distance; alias: a name in marks */
export const QuotationKind = z.enum(['attributed', 'quoted', 'scare', 'alias', 'unknown']);

export const Quotation = z.object({
  type: z.literal('quotation'),
  span: Span,
  kind: QuotationKind,
  /** the marks as received, e.g. « and » */
  open: z.string(),
  close: z.string(),
  /** entity who said it, for attributed quotations */
  speaker: NcName.optional(),
  get content(): z.ZodArray<typeof Inline> {
    return z.array(Inline);
  },
});
export type Quotation = z.infer<typeof Quotation>;

export const Calendar = z.enum(['gregorian', 'islamic-umalqura']);

export const RelativeDate = z.object({
  /** a stable key for the expression, e.g. "days-ago", "yesterday", "last-week" */
  expression: z.string().min(1),
  /** offset from the anchor, e.g. -P2D; absent when the expression names a weekday or a period */
  offset: IsoDuration.optional(),
  anchor: z.literal('publication'),
});

export const DateMention = z.object({
  type: z.literal('date'),
  span: Span,
  calendar: Calendar,
  /** resolved Gregorian value, at the precision the text gives (to the minute for a time of day) */
  when: IsoTemporal.optional(),
  /** ranges */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** the date as written in a non-Gregorian calendar, e.g. Hijri 1442-08-18 */
  whenCustom: z
    .string()
    .regex(/^\d{1,4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  relative: RelativeDate.optional(),
  certainty: Certainty,
  get content(): z.ZodArray<typeof Inline> {
    return z.array(Inline);
  },
});
export type DateMention = z.infer<typeof DateMention>;

export const NumberKind = z.enum(['cardinal', 'ordinal', 'percentage', 'fraction', 'identifier']);

export const NumberMention = z.object({
  type: z.literal('number'),
  span: Span,
  kind: NumberKind,
  /** the exact value as a decimal string: 8 ملايين is "8000000"; strings keep big and decimal values exact */
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  get content(): z.ZodArray<typeof Inline> {
    return z.array(Inline);
  },
});
export type NumberMention = z.infer<typeof NumberMention>;

export const EntityKind = z.enum(['person', 'organisation', 'place']);
export type EntityKind = z.infer<typeof EntityKind>;

export const EntityMention = z.object({
  type: z.literal('mention'),
  span: Span,
  entityKind: EntityKind,
  /** id of the entity in the document's registry */
  ref: NcName,
  /** role or title printed with the name, e.g. وزير الخارجية الأميركي */
  role: z.string().optional(),
  get content(): z.ZodArray<typeof Inline> {
    return z.array(Inline);
  },
});
export type EntityMention = z.infer<typeof EntityMention>;

export const Inline = z.discriminatedUnion('type', [
  TextNode,
  Quotation,
  DateMention,
  NumberMention,
  EntityMention,
]);
export type Inline = z.infer<typeof Inline>;
