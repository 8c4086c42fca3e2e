import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCodeCache, writeCodeCache } from '../src/launch.js';
import { article, tempDir } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '../bin/warraq-brief.js');
const bundle = join(here, '../dist/bundle/warraq-brief.cjs');

describe('the code cache file', () => {
  it('reads back what was written, and nothing from a corrupt or cut file', () => {
    const file = join(tempDir(), 'cache', 'code-0123456789abcdef0123456789abcdef.v8');
    const data = Buffer.from('compiled code, as V8 would give it');
    writeCodeCache(file, data);
    expect(readCodeCache(file)?.equals(data)).toBe(true);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0xff, bytes.length - 3);
    writeFileSync(file, bytes);
    expect(readCodeCache(file)).toBeUndefined();
    writeFileSync(file, bytes.subarray(0, 20));
    expect(readCodeCache(file)).toBeUndefined();
    expect(readCodeCache(join(tempDir(), 'none.v8'))).toBeUndefined();
  });
});

describe('warraq-brief as a process, bundled or not', () => {
  it('writes the same bytes from the modules, from the bundle (writing its code cache) and from the cached code', () => {
    // the bundle is made by `npm run build` (turbo builds before testing)
    expect(existsSync(bundle), 'dist/bundle/warraq-brief.cjs is missing: npm run build').toBe(true);
    const dir = tempDir();
    const run = (name: string, bundled: boolean) => {
      const done = spawnSync(process.execPath, [bin, article, '--out', join(dir, name)], {
        encoding: 'utf8',
        env: {
          ...process.env,
          SOURCE_DATE_EPOCH: '1617235200',
          WARRAQ_CACHE_DIR: join(dir, 'cache'),
          WARRAQ_BUNDLE: bundled ? 'on' : 'off',
        },
      });
      expect(done.stderr).toBe('');
      expect(done.status).toBe(0);
      return readFileSync(join(dir, name));
    };
    const modules = run('modules.pdf', false);
    const bundled = run('bundled.pdf', true);
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    const cached = run('cached.pdf', true);
    expect(modules.length).toBeGreaterThan(10_000);
    expect(bundled.equals(modules)).toBe(true);
    expect(cached.equals(modules)).toBe(true);
  });
});
