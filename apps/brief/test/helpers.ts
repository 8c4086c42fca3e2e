// Shared test helpers: running the CLI, reading PDFs back as a reader's tools do (pdf.js).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach } from 'vitest';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const article = join(repo, 'corpus/000_b7c19ba4b4690b72.txt');

export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

/**
 * The brief's text as pdf.js extracts it, items joined with nothing between them (as a copy from
 * its text layer joins them), with the invisible bidi marks the engine adds for extractors
 * (RLM, LRM) removed and runs of spaces made one.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  }
  await doc.destroy();
  return text.replace(/[\u200e\u200f]/g, '').replace(/ +/g, ' ');
}

function wordsOf(s: string): string[] {
  return s.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Share of the source's words that appear in order (longest common subsequence). */
export function inOrder(source: string, extracted: string): number {
  const a = wordsOf(source);
  const b = wordsOf(extracted);
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! / a.length;
}

/** Temporary folders made by a test, removed after it (pass or fail). */
const made: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What pdf.js reads back from a PDF: each page's lines (items grouped by baseline), links and the outline. */
export interface ReadBack {
  /** per page, its lines top to bottom, each line's items joined in content order, invisible marks removed */
  readonly pages: string[][];
  /** per page, its link annotations: a URL or a destination name */
  readonly links: { url?: string; dest?: string }[][];
  /** the outline's top-level titles */
  readonly outline: string[];
}

export async function readBack(pdf: Uint8Array): Promise<ReadBack> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const pages: string[][] = [];
  const links: { url?: string; dest?: string }[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const byLine = new Map<number, string>();
    for (const item of (await page.getTextContent()).items)
      if ('str' in item) {
        const y = Math.round(item.transform[5] as number);
        byLine.set(y, (byLine.get(y) ?? '') + item.str);
      }
    pages.push(
      [...byLine]
        .sort(([a], [b]) => b - a)
        .map(([, text]) => text.replace(/[\u200d\u200e\u200f\u2066-\u2069]/g, '').replace(/ +/g, ' ')),
    );
    const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[];
    links.push(
      annotations
        .filter((a) => a.subtype === 'Link')
        .map((a) => ({
          ...(a.url !== undefined ? { url: a.url } : {}),
          ...(typeof a.dest === 'string' ? { dest: a.dest } : {}),
        })),
    );
  }
  const outline = ((await doc.getOutline()) ?? []).map((o: { title: string }) => o.title);
  await doc.destroy();
  return { pages, links, outline };
}
