/**
 * The mentions parseArticle puts into the Document, as name matches over the text it was given:
 * what eval/ner.ts scores on the test split and scripts/names-model/cv.ts on held-out folds.
 */
import { walkInlines } from '@warraq/schema';
import type { NameFinder } from '../src/entities/registry.js';
import { parseArticle } from '../src/index.js';
import type { NameMatch } from '../src/names/types.js';

export interface ParsedSource {
  readonly fileName: string;
  readonly id: string;
}

export function parsedMentions(
  text: string,
  source: ParsedSource,
  names: 'lexicon' | 'model',
  findNames?: NameFinder,
): NameMatch[] {
  const outcome = parseArticle(
    {
      bytes: new TextEncoder().encode(text),
      fileName: source.fileName,
      id: source.id,
      metadata: { language: 'ar', authors: [], keywords: [] },
    },
    findNames ? { names, findNames } : { names },
  );
  if (!outcome.ok) throw new Error(`the text did not parse: ${outcome.diagnostics[0]?.message}`);
  if (outcome.document.source.text !== text) throw new Error('source.text differs from the joined text');
  const found: NameMatch[] = [];
  for (const block of outcome.document.blocks)
    walkInlines(block.content, (n) => {
      if (n.type !== 'mention') return;
      const entity = { key: n.ref, kind: n.entityKind, names: [], identifiers: [] };
      found.push({ start: n.span.start, end: n.span.end, kind: n.entityKind, entity });
    });
  return found;
}
