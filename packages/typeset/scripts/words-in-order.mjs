#!/usr/bin/env node
// Words in reading order: the longest common subsequence of the words of a text extracted from a
// PDF over the words of the source, as a share of the source's words. A word is a run of letters,
// marks and digits (punctuation is scored separately: see brackets-as-written in the tests), after
// removing tatweel, bidi controls and zero-width joiners, which extraction may add or drop without
// changing the text (the engine maps glyphs a font inserts, which stand for no character, to ZWJ).
// Usage: words-in-order.mjs <source.txt> <extracted.txt> [minimum percent]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function words(text) {
  return (
    text
      .normalize('NFC')
      .replace(/[\u0640\u061c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

export function lcsLength(a, b) {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Share (0–1) of the source's words found in order in the extracted text. */
export function wordsInOrder(source, extracted) {
  const src = words(source);
  return src.length === 0 ? 1 : lcsLength(src, words(extracted)) / src.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [sourceFile, extractedFile, min] = process.argv.slice(2);
  if (sourceFile === undefined || extractedFile === undefined) {
    console.error('usage: words-in-order.mjs <source.txt> <extracted.txt> [minimum percent]');
    process.exit(2);
  }
  const share = wordsInOrder(readFileSync(sourceFile, 'utf8'), readFileSync(extractedFile, 'utf8'));
  const percent = (share * 100).toFixed(1);
  console.log(`words in reading order: ${percent} %`);
  if (min !== undefined && share * 100 < Number(min)) process.exit(1);
}
