import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { addArticle, capture, mtimes, SDE, sidecarCorpus, snapshot, tempDir } from './corpora.js';

const temp = tempDir('build');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The cache's entry files, as paths inside <out>/.warraq/cache. */
const cacheEntries = (out: string): string[] =>
  readdirSync(join(out, '.warraq/cache'), { recursive: true, encoding: 'utf8' }).filter((n) =>
    n.endsWith('.entry'),
  );

async function build(corpus: string, out: string, ...flags: string[]) {
  const io = capture();
  const code = await main(['build', corpus, '--out', out, '--jobs', '1', ...flags], io, SDE);
  return { code, io };
}

describe('an incremental, deterministic build', () => {
  const corpus = sidecarCorpus(join(temp, 'corpus'), 4);
  const out = join(temp, 'out');

  it('rewrites nothing when nothing changed, and only what changed otherwise', async () => {
    expect((await build(corpus, out)).code).toBe(0);
    const before = mtimes(out);
    await new Promise((r) => setTimeout(r, 20));
    const rerun = await build(corpus, out);
    expect(rerun.code).toBe(0);
    expect(rerun.io.lines.out.join('\n')).toContain('4 articles unchanged; nothing rewritten');
    expect(mtimes(out)).toEqual(before);

    // what a kill between the journal's removal and the staging area's leaves: the rerun clears it
    mkdirSync(join(out, '.warraq/staging'), { recursive: true });
    writeFileSync(join(out, '.warraq/staging/a01.xml'), 'partial');
    writeFileSync(join(out, '.a01.xml.tmp'), 'partial');
    const afterKill = await build(corpus, out);
    expect(afterKill.io.lines.out.join('\n')).toContain('4 articles unchanged; nothing rewritten');
    expect(existsSync(join(out, '.warraq/staging'))).toBe(false);
    expect(existsSync(join(out, '.a01.xml.tmp'))).toBe(false);
    expect(mtimes(out)).toEqual(before);

    writeFileSync(join(corpus, 'a02.txt'), `${readFileSync(join(corpus, 'a02.txt'), 'utf8')} وأضاف المتحدث.`);
    const changed = await build(corpus, out);
    expect(changed.io.lines.out.join('\n')).toContain('(1 written, 3 unchanged)');
    // the changed article's old entry is of no use to any build: removed, the four in use kept
    expect(changed.io.lines.out.join('\n')).toContain('1 cache entry of earlier builds removed');
    expect(cacheEntries(out)).toHaveLength(4);
    const after = mtimes(out);
    const rewritten = [...after].filter(([n, t]) => before.get(n) !== t).map(([n]) => n);
    expect(rewritten.sort()).toEqual(['a02.xml', 'corpus.xml', 'manifest.json']);

    const cold = join(temp, 'cold');
    await build(corpus, cold);
    expect(snapshot(out)).toEqual(snapshot(cold));
  });

  it('removes what earlier builds left in the cache once a build is published, and nothing else', async () => {
    // a corpus of its own: the tests after this one compare `out` with a cold build of `corpus`
    const ownCorpus = sidecarCorpus(join(temp, 'prune-corpus'), 4);
    const ownOut = join(temp, 'prune-out');
    expect((await build(ownCorpus, ownOut)).code).toBe(0);
    const cacheDir = join(ownOut, '.warraq/cache');
    const before = cacheEntries(ownOut);
    mkdirSync(join(cacheDir, 'ab'), { recursive: true });
    writeFileSync(join(cacheDir, 'ab', `ab${'0'.repeat(62)}.entry`), 'an entry of another build');
    writeFileSync(join(cacheDir, 'ab', 'old-format.json'), '{}');
    writeFileSync(join(cacheDir, 'notes.txt'), 'not the cache');
    const unchanged = await build(ownCorpus, ownOut);
    expect(unchanged.io.lines.out.join('\n')).toContain('nothing rewritten');
    expect(existsSync(join(cacheDir, 'ab', 'old-format.json'))).toBe(true); // nothing published: nothing pruned
    const a03 = join(ownCorpus, 'a03.txt');
    writeFileSync(a03, `${readFileSync(a03, 'utf8')} وأضاف.`);
    const changed = await build(ownCorpus, ownOut, '--json');
    const summary = JSON.parse(changed.io.lines.out.join('\n')) as { cachePruned: number };
    expect(summary.cachePruned).toBe(3); // the two strays and a03's old entry
    expect(readdirSync(join(cacheDir, 'ab'))).toEqual([]);
    expect(existsSync(join(cacheDir, 'notes.txt'))).toBe(true);
    const after = cacheEntries(ownOut);
    expect(after).toHaveLength(4);
    expect(after.filter((e) => before.includes(e))).toHaveLength(3); // the unchanged articles' entries stay
  });

  it('processes an article again when its cache entry is damaged', async () => {
    const cacheDir = join(out, '.warraq/cache');
    const entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((n) =>
      n.endsWith('.entry'),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const [i, name] of entries.entries()) {
      const file = join(cacheDir, name);
      const bytes = readFileSync(file);
      // cut short, a garbled first line, and an empty file
      writeFileSync(
        file,
        i % 3 === 0 ? bytes.subarray(0, bytes.length - 7) : i % 3 === 1 ? bytes.subarray(3) : '',
      );
    }
    const cachedAfterRebuild = async () => {
      rmSync(join(out, 'corpus.xml'));
      const rebuilt = await build(corpus, out, '--json');
      expect(rebuilt.code).toBe(0);
      expect(snapshot(out)).toEqual(snapshot(join(temp, 'cold')));
      const summary = JSON.parse(rebuilt.io.lines.out.join('\n')) as { perArticle: { cached: boolean }[] };
      return summary.perArticle.map((a) => a.cached);
    };
    // every damaged entry is processed again and rewritten whole; the next build uses them
    expect(await cachedAfterRebuild()).toEqual([false, false, false, false]);
    expect(await cachedAfterRebuild()).toEqual([true, true, true, true]);
  });

  it('gives the same bytes with worker threads', async () => {
    const threaded = join(temp, 'threaded');
    expect((await build(corpus, threaded, '--jobs', '2')).code).toBe(0);
    expect(snapshot(threaded)).toEqual(snapshot(join(temp, 'cold')));
  });

  it('drops the TEI of an article removed from the corpus', async () => {
    rmSync(join(corpus, 'a03.txt'));
    rmSync(join(corpus, 'a03.meta.yaml'));
    expect((await build(corpus, out)).code).toBe(0);
    expect(existsSync(join(out, 'a03.xml'))).toBe(false);
    expect(await main(['validate', out], capture(), {})).toBe(0);
  });
});

describe('bad input', () => {
  /** 5,000 bytes that are not text: the same every run */
  const noise = new Uint8Array(5000).map((_, i) => (Math.imul(i + 1, 2654435761) >>> 24) & 0xff);

  it('refuses random bytes with file:line:col and publishes nothing, unless --keep-going', async () => {
    const corpus = sidecarCorpus(join(temp, 'noisy'), 2);
    addArticle(corpus, 'x', noise);
    const out = join(temp, 'noisy-out');
    const refused = await build(corpus, out);
    expect(refused.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(refused.io.lines.err[0]).toMatch(
      new RegExp(`^${join(corpus, 'x.txt')}:\\d+:\\d+: error NOT_TEXT: `),
    );
    expect(refused.io.lines.err.join('\n')).toContain('--keep-going');

    const kept = await build(corpus, out, '--keep-going');
    expect(kept.code).toBe(1);
    expect(existsSync(join(out, 'a01.xml')) && existsSync(join(out, 'a02.xml'))).toBe(true);
    expect(existsSync(join(out, 'x.xml'))).toBe(false);
    expect(kept.io.lines.err.join('\n')).toContain('refused 1 article(s): x.txt');
    expect(await main(['validate', out], capture(), {})).toBe(0);
  });

  it('archives an empty article with a warning on the console', async () => {
    const corpus = sidecarCorpus(join(temp, 'empty'), 1);
    addArticle(corpus, 'e', '');
    const { code, io } = await build(corpus, join(temp, 'empty-out'));
    expect(code).toBe(0);
    expect(io.lines.err.join('\n')).toMatch(
      new RegExp(`warning TEXT_EMPTY ×1: ${join(corpus, 'e.txt').replace(/[.]/g, '\\.')}:1:1`),
    );
  });

  it('refuses to write into a folder that is not an archive', async () => {
    const corpus = sidecarCorpus(join(temp, 'c5'), 1);
    const foreign = join(temp, 'foreign');
    sidecarCorpus(foreign, 1);
    const { code, io } = await build(corpus, foreign);
    expect(code).toBe(1);
    expect(io.lines.err.join('\n')).toContain('is not empty and is not a Warraq archive');
  });
});

describe('--json', () => {
  it('prints one machine-readable summary with each article’s status, diagnostics and timing', async () => {
    const corpus = sidecarCorpus(join(temp, 'json'), 2);
    const { code, io } = await build(corpus, join(temp, 'json-out'), '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(io.lines.out.join('\n'));
    expect(summary).toMatchObject({ state: 'published', articles: 2, written: 2, refused: 0, exitCode: 0 });
    expect(summary.perArticle[0]).toMatchObject({
      id: 'a01',
      source: 'a01.txt',
      status: 'written',
      cached: false,
    });
    expect(typeof summary.perArticle[0].millis).toBe('number');
  });
});
