import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleWithSidecar } from '@warraq/parser';
import { encodeTei } from '@warraq/tei';
import { describe, expect, it } from 'vitest';
import { type ArticleJob, type ArticleResult, jobKey, processArticle } from '../src/job/article-job.js';
import { processArticles } from '../src/job/process-batch.js';
import { type ArticleProcessor, InProcessProcessor } from '../src/job/processor.js';
import { withStringXml } from '../src/job/wire.js';
import { WorkerThreadProcessor } from '../src/job/worker-threads.js';

const corpus = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'corpus');
const text = join(corpus, '000_b7c19ba4b4690b72.txt');
const sidecar = join(corpus, '000_b7c19ba4b4690b72.meta.yaml');

function job(overrides: Partial<ArticleJob> = {}): ArticleJob {
  return {
    seq: 0,
    source: '000_b7c19ba4b4690b72.txt',
    fileName: text,
    bytes: readFileSync(text),
    metadata: { kind: 'sidecar', fileName: sidecar, text: readFileSync(sidecar, 'utf8') },
    language: 'ar',
    tei: { date: '2024-01-02' },
    ...overrides,
  };
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe('processArticle (the per-article job boundary)', () => {
  it('gives the TEI encodeTei gives for the parsed article, with its manifest entry and corpus member', () => {
    const result = processArticle(job());
    const parsed = parseArticleWithSidecar(
      { fileName: text, bytes: readFileSync(text) },
      { fileName: sidecar, text: readFileSync(sidecar, 'utf8') },
    );
    if (!result.ok || !parsed.ok) throw new Error('expected both to succeed');
    expect(result.tei).toBe(encodeTei(parsed.document, { date: '2024-01-02' }));
    expect(result.manifest).toMatchObject({
      id: 'syriatv-2021-04-01-coalition',
      sourceSha256: 'a6481efe2ad6eaf5bd840232f2e9ae580ba620273a3d2269bc241487b0b41a6a',
      sourceEncoding: 'utf-8',
      tei: 'syriatv-2021-04-01-coalition.xml',
    });
    expect(result.corpusMember.xml).toContain('<TEI xml:id="syriatv-2021-04-01-coalition"');
    expect(result.corpusMember.stats.byteLength).toBe(readFileSync(text).length);
  });

  it('uses the day the TEI is made when no date is fixed', () => {
    const result = processArticle(job({ tei: {}, madeOn: '2030-05-06' }));
    expect(result.ok && result.tei).toContain('<date when="2030-05-06">2030-05-06</date>');
  });

  it('refuses bytes that are not text, and bad metadata, with located diagnostics', () => {
    const noise = processArticle(job({ bytes: new Uint8Array(500).map((_, i) => (i * 37) % 256) }));
    expect(noise).toMatchObject({ ok: false, diagnostics: [{ code: 'NOT_TEXT', file: text }] });
    const meta = processArticle(
      job({ metadata: { kind: 'sidecar', fileName: sidecar, text: 'id: 1bad\npublished: yesterday\n' } }),
    );
    expect(meta.ok).toBe(false);
    expect(meta.diagnostics[0]?.file).toBe(sidecar);
  });

  it('keys a job by bytes, metadata, options and tool version, not by the day it is made', () => {
    const key = jobKey(job());
    expect(jobKey(job({ madeOn: '2031-01-01', seq: 9 }))).toBe(key);
    expect(jobKey(job({ bytes: Buffer.concat([readFileSync(text), Buffer.from(' ')]) }))).not.toBe(key);
    expect(jobKey(job({ tei: { date: '2024-01-03' } }))).not.toBe(key);
    expect(jobKey(job({ language: 'en' }))).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('processors', () => {
  const jobs = [job({ seq: 0 }), job({ seq: 1, bytes: new Uint8Array([0, 1, 2, 3]) }), job({ seq: 2 })];

  async function collect(processor: ArticleProcessor): Promise<ArticleResult[]> {
    const out: ArticleResult[] = [];
    try {
      await processor.run(each(jobs), (r) => {
        out.push(r);
      });
    } finally {
      await processor.close();
    }
    // worker threads hand the XML over as UTF-8 bytes: compared as the strings they encode
    return out.sort((a, b) => a.seq - b.seq).map((r) => ({ ...withStringXml(r), millis: 0 }));
  }

  it('in-process and worker threads give the same results as processArticles', async () => {
    const expected = (await processArticles(jobs)).map((r) => ({ ...r, millis: 0 }));
    expect(expected.map((r) => r.ok)).toEqual([true, false, true]);
    expect(await collect(new InProcessProcessor())).toEqual(expected);
    expect(await collect(new WorkerThreadProcessor(2))).toEqual(expected);
  });
});
