import { type Inline, isIsoDate, type WarraqDocument, walkInlines } from '@warraq/schema';
import { writeBody } from './body.js';
import { writeHeader } from './header.js';
import { IdSpace } from './id-space.js';
import type { InlineContext } from './inlines.js';
import type { TeiOptions } from './options.js';
import { TEI_NS } from './options.js';
import { writeStandOff } from './standoff.js';
import { XmlWriter } from './xml-writer.js';

export { TEI_NS };

function allInlines(doc: WarraqDocument): Inline[] {
  const out: Inline[] = [];
  for (const b of doc.blocks) walkInlines(b.content, (n) => out.push(n));
  return out;
}

/** The date of the TEI file: the one asked for, else one taken from the input (never the clock). */
function fileDate(doc: WarraqDocument, options: TeiOptions): string | undefined {
  return options.date ?? doc.metadata.retrieved ?? doc.metadata.published?.value;
}

/** Options are the caller's code, not input: a wrong one is a programming error, reported at once. */
export function checkOptions(options: TeiOptions): void {
  if (options.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.date) && isIsoDate(options.date)))
    throw new RangeError(
      `TeiOptions.date must be an ISO date YYYY-MM-DD, not ${JSON.stringify(options.date)}`,
    );
}

/** Writes one `<TEI>` element (no XML declaration) into `w`. `idPrefix` makes ids unique inside a teiCorpus. */
export function writeTei(
  w: XmlWriter,
  doc: WarraqDocument,
  options: TeiOptions,
  idPrefix: string,
  root: boolean,
): void {
  const ids = new IdSpace(doc, idPrefix);
  const softwareId = ids.invent('warraq');
  const inlines = allInlines(doc);
  // invented ids are handed out in document order, so they are the same on every run
  const roles = new Map<string, string>();
  const calendars = new Map<string, string>();
  for (const n of inlines) {
    if (n.type === 'mention' && n.role !== undefined && !roles.has(n.role))
      roles.set(n.role, ids.invent(`role-${roles.size + 1}`));
    if (n.type === 'date' && n.calendar !== 'gregorian' && !calendars.has(n.calendar))
      calendars.set(n.calendar, ids.invent(`calendar-${n.calendar}`));
  }
  const ctx: InlineContext = {
    ids,
    softwareId,
    roleId: (role) => roles.get(role) ?? '',
    calendarId: (calendar) => calendars.get(calendar) ?? '',
  };
  w.open('TEI', [
    ['xmlns', root ? TEI_NS : undefined],
    ['xml:id', doc.id],
    ['xml:lang', doc.metadata.language],
  ]);
  writeHeader(w, doc, options, { softwareId, calendars, date: fileDate(doc, options) });
  writeStandOff(w, doc, ids, roles);
  w.open('text');
  writeBody(w, doc, ctx);
  w.close('text');
  w.close('TEI');
}

/**
 * Document → TEI P5 XML. Deterministic: the same document and options give the same bytes.
 * The document should satisfy `checkDocument` (spans tile the text); the encoder trusts it.
 */
export function encodeTei(doc: WarraqDocument, options: TeiOptions = {}): string {
  checkOptions(options);
  const w = new XmlWriter();
  w.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  writeTei(w, doc, options, '', true);
  return w.toString();
}
