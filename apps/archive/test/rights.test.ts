import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { capture, SDE, seedText, tempDir } from './corpora.js';

const temp = tempDir('rights');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A crawled dataset of one article: manifest.jsonl beside the text, as ../shared/corpus has. */
function manifestCorpus(dir: string, rights?: string): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(seedText, join(dir, 'snn_001.txt'));
  writeFileSync(
    join(dir, 'manifest.jsonl'),
    `${JSON.stringify({ file: 'snn_001.txt', outlet: 'Syria TV', date_extracted: '2026-11-28 10:00:00' })}\n`,
  );
  if (rights !== undefined) writeFileSync(join(dir, 'rights.json'), rights);
  return dir;
}

describe('a corpus-level rights statement (rights.json beside manifest.jsonl)', () => {
  it('reaches each TEI’s availability', async () => {
    const corpus = manifestCorpus(
      join(temp, 'licensed'),
      JSON.stringify({
        statement: 'CC BY-NC-SA 4.0, as stated in the dataset’s README',
        licenceUrl: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
      }),
    );
    const out = join(temp, 'licensed-out');
    expect(await main(['build', corpus, '--out', out, '--jobs', '1'], capture(), SDE)).toBe(0);
    const tei = readFileSync(join(out, 'snn_001.xml'), 'utf8');
    expect(tei).toContain(
      '<licence n="article" target="https://creativecommons.org/licenses/by-nc-sa/4.0/">CC BY-NC-SA 4.0, as stated in the dataset’s README</licence>',
    );
    expect(tei).not.toContain('No rights statement');
  });

  it('without one, the TEI says so', async () => {
    const out = join(temp, 'plain-out');
    expect(
      await main(['build', manifestCorpus(join(temp, 'plain')), '--out', out, '--jobs', '1'], capture(), SDE),
    ).toBe(0);
    expect(readFileSync(join(out, 'snn_001.xml'), 'utf8')).toContain('No rights statement was supplied');
  });

  it('refuses a rights.json that is not one, naming the file', async () => {
    const corpus = manifestCorpus(join(temp, 'bad'), JSON.stringify({ licence: 'CC BY' }));
    const io = capture();
    expect(await main(['build', corpus, '--out', join(temp, 'bad-out')], io, SDE)).toBe(1);
    expect(io.lines.err[0]).toMatch(
      new RegExp(`^${join(corpus, 'rights.json')}:1:1: error CORPUS_FILE: not a rights statement`),
    );
  });
});
