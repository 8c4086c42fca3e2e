import type { WarraqDocument } from '@warraq/schema';
import { type FontStack, loadAmiri, renderPdf } from '@warraq/typeset';
import { type BriefOptions, composeBrief } from './compose-brief.js';

/** The PDF brief of a document, deterministic (dates from SOURCE_DATE_EPOCH when set). */
export async function renderBrief(
  doc: WarraqDocument,
  stack: FontStack = loadAmiri(),
  options: BriefOptions = {},
): Promise<Uint8Array> {
  return renderPdf(stack, composeBrief(doc, stack, options));
}
