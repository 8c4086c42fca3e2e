/**
 * How bin/warraq-brief.js gets the command: the bundle the build makes (scripts/bundle.mjs: one
 * CommonJS file) compiled with a V8 code cache, else the modules themselves. Loading and compiling
 * ~150 ES modules one by one was a quarter of a brief's process; one file whose compiled code V8
 * reads back from the cache skips most of it. The cache is written after a run (it then holds the
 * functions the run compiled), atomically, into the face cache's folder (shaping-cache-dir.ts),
 * named by the Node binary and the bundle; it carries its own SHA-256, so a corrupt file is never
 * handed to V8, and V8 itself rejects a cache made by another version or with other flags.
 * WARRAQ_BUNDLE=off runs the modules. Nothing here imports the command's modules: that is the point.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { shapingCacheDir } from './shaping-cache-dir.js';

export type Main = (argv: string[]) => Promise<number>;
type BundledMain = (argv: string[], io: undefined, env: undefined, harfBuzz: unknown) => Promise<number>;

const BUNDLE = fileURLToPath(new URL('./bundle/warraq-brief.cjs', import.meta.url));
const DIGEST = 32;

/** The command: from the bundle when the build made one (and WARRAQ_BUNDLE is not "off"), else from the modules. */
export async function loadMain(env: NodeJS.ProcessEnv = process.env, bundle = BUNDLE): Promise<Main> {
  if (env.WARRAQ_BUNDLE === 'off' || !existsSync(bundle)) return (await import('./cli.js')).main;
  return bundledMain(bundle, shapingCacheDir(env));
}

function bundledMain(bundle: string, cacheDir: string | undefined): Main {
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, codeCacheName(bundle));
  const cachedData = cacheFile === undefined ? undefined : readCodeCache(cacheFile);
  // harfbuzzjs (an ES module awaiting its WebAssembly) is imported here and handed to the command:
  // import() in code compiled by vm.Script needs an experimental option that a code cache drops
  const requireHere = createRequire(bundle);
  const harfBuzz = import(pathToFileURL(requireHere.resolve('harfbuzzjs')).href).catch(() => undefined);
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} as { main: BundledMain } };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, requireHere, module, bundle, dirname(bundle));
  const { main } = module.exports;
  return async (argv) => {
    const status = await main(argv, undefined, undefined, await harfBuzz);
    if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true))
      writeCodeCache(cacheFile, script.createCachedData());
    return status;
  };
}

/** One name per Node binary and bundle build: a new build or Node leaves the old file to be removed. */
function codeCacheName(bundle: string): string {
  const { size, mtimeMs } = statSync(bundle);
  const key = `${process.version} ${process.arch} ${process.execPath} ${bundle} ${size} ${mtimeMs}`;
  return `code-${createHash('sha256').update(key).digest('hex').slice(0, 32)}.v8`;
}

/** The cache's bytes if the file is whole (its SHA-256 first), else undefined. */
export function readCodeCache(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const data = bytes.subarray(DIGEST);
    return bytes.length > DIGEST &&
      createHash('sha256').update(data).digest().equals(bytes.subarray(0, DIGEST))
      ? data
      : undefined;
  } catch {
    return undefined;
  }
}

const STALE_MS = 7 * 24 * 3600 * 1000;

/** Write the cache (its SHA-256 first) atomically, and remove other builds' files unused for a week. Never throws. */
export function writeCodeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]));
    renameSync(temporary, file);
    const now = Date.now();
    for (const other of readdirSync(dirname(file))) {
      const path = join(dirname(file), other);
      if (/^code-[0-9a-f]{32}\.v8$/.test(other) && path !== file && now - statSync(path).atimeMs > STALE_MS)
        rmSync(path, { force: true });
    }
  } catch {
    // a cache that cannot be written only costs the next run its compiling
  }
}
