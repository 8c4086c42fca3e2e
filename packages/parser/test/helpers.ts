import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type ArticleMetadata,
  checkDocument,
  WarraqDocument as Schema,
  type WarraqDocument,
} from '@warraq/schema';
import { expect } from 'vitest';
import { type ParseOutcome, parseArticle } from '../src/index.js';

export const encoder = new TextEncoder();

export function metadata(extra: Partial<ArticleMetadata> = {}): ArticleMetadata {
  return { language: 'ar', authors: [], keywords: [], ...extra };
}

export function published(value: string): ArticleMetadata {
  return metadata({ published: { value, certainty: 'high' } });
}

/** Parses text written in a test and insists on a sound Document. */
export function parseText(text: string, meta: ArticleMetadata = metadata(), id = 'doc'): WarraqDocument {
  return expectDocument(
    parseArticle({ bytes: encoder.encode(text), fileName: 'test.txt', id, metadata: meta }),
  );
}

export function expectDocument(outcome: ParseOutcome): WarraqDocument {
  if (!outcome.ok) throw new Error(`parse failed: ${JSON.stringify(outcome.diagnostics)}`);
  expect(Schema.parse(outcome.document)).toBeTruthy();
  expect(checkDocument(outcome.document)).toEqual([]);
  return outcome.document;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const FIRST_ARTICLE = `${repoRoot}corpus/000_b7c19ba4b4690b72`;

export function readFirstArticle(): { bytes: Uint8Array; sidecar: string } {
  return {
    bytes: new Uint8Array(readFileSync(`${FIRST_ARTICLE}.txt`)),
    sidecar: readFileSync(`${FIRST_ARTICLE}.meta.yaml`, 'utf8'),
  };
}
