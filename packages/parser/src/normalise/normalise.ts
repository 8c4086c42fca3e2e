import type { Diagnostic, Edit, Source } from '@warraq/schema';
import type { Locator } from '../diagnostics.js';
import { TextView } from './view.js';

export interface Normalised {
  view: TextView;
  edits: Edit[];
  summary: Source['normalisations'];
  diagnostics(locator: Locator): Diagnostic[];
}

/** Step one: the identity view. The reversible normalisations are added on top of this interface. */
export function normalise(text: string): Normalised {
  const edits: Edit[] = [];
  return { view: new TextView(text, edits), edits, summary: [], diagnostics: () => [] };
}
