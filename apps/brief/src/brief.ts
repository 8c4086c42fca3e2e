import type { WarraqDocument } from '@warraq/schema';
import { type FontStack, loadAmiri, renderPdf } from '@warraq/typeset';
import { composeBrief } from './compose-brief.js';

/** The PDF brief of a document, deterministic (creation date from SOURCE_DATE_EPOCH or fixed). */
export async function renderBrief(doc: WarraqDocument, stack: FontStack = loadAmiri()): Promise<Uint8Array> {
  return renderPdf(stack, composeBrief(doc, stack));
}
