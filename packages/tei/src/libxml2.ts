import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { validateXML } from 'xmllint-wasm';

/** One file for xmllint: a name it reports errors against, and its text. */
export interface XmllintFile {
  fileName: string;
  contents: string;
}

/** What the RELAX NG run reports: its error lines, parsed as xmllint-wasm parses them. */
export interface XmllintErrors {
  errors: readonly { message: string; loc: { fileName: string; lineNumber: number } | null }[];
}

/** libxml2's memory: 16 MiB to start (xmllint-wasm's default), up to 1 GiB (a batch of large TEI files). */
const INITIAL_PAGES = 256;
const MAX_PAGES = 16 * 1024;

/** xmllint's exit codes for "ran, and some file is invalid": 3 (RELAX NG compile) and 4 (validity). */
const INVALID_EXIT = new Set([3, 4]);

/** The little of WebAssembly used here (this project's TypeScript libraries declare none of it). */
type WasmModule = object;
type WasmInstance = object;
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Memory: new (limits: { initial: number; maximum: number }) => object;
  instantiate(module: WasmModule, imports: object): Promise<WasmInstance>;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface EmscriptenOptions {
  inputFiles: XmllintFile[];
  arguments: string[];
  print(text: string): void;
  printErr(text: string): void;
  onExit(code: number): void;
  onAbort(reason: unknown): void;
  wasmMemory: object;
  instantiateWasm(imports: object, done: (instance: WasmInstance, module: WasmModule) => void): object;
}
type XmllintFactory = (options: EmscriptenOptions) => Promise<unknown>;

let inThread: { factory: XmllintFactory; compiled: WasmModule } | undefined;

/**
 * xmllint-wasm's own Emscripten module and its WebAssembly, compiled once for this thread.
 * `validateXML` starts a thread per call (a V8 isolate, the 0.8 MB wasm compiled again, its own
 * memory): ~5 ms a file in batches of 32 against ~2 ms here, and an isolate's memory per call.
 * Loading the module adds a listener to this worker's parentPort that ignores every message not
 * tagged 'xmllint-wasm' (none of ours are), which is why this runs only in worker threads: in the
 * main thread the module's worker set-up throws.
 */
function loadInThread(): NonNullable<typeof inThread> {
  if (inThread !== undefined) return inThread;
  const require = createRequire(import.meta.url);
  const script = require.resolve('xmllint-wasm/xmllint-node.js');
  const factory = require(script) as XmllintFactory;
  const compiled = new wasm.Module(readFileSync(script.replace(/xmllint-node\.js$/, 'xmllint.wasm')));
  inThread = { factory, compiled };
  return inThread;
}

/** parses xmllint's stderr as xmllint-wasm does: "name.xml:12: message" lines, then a summary line. */
function parseErrors(stderr: string): XmllintErrors['errors'] {
  return stderr
    .split('\n')
    .slice(0, -2)
    .map((line) => {
      const [fileName, lineNumber, ...rest] = line.split(':');
      return fileName && lineNumber && rest.length > 0
        ? { message: rest.join(':').trim(), loc: { fileName, lineNumber: Number.parseInt(lineNumber, 10) } }
        : { message: line, loc: null };
    })
    .filter((e) => e.loc !== null || !e.message.trim().endsWith(' validates'));
}

/** One xmllint run in this thread: a fresh instance (libxml2 keeps global state) of the compiled module. */
async function runInThread(xml: readonly XmllintFile[], schema: XmllintFile): Promise<XmllintErrors> {
  const { factory, compiled } = loadInThread();
  let stderr = '';
  // Emscripten's exit sets process.exitCode to xmllint's; in a worker that would become the
  // thread's exit code, so it is put back
  const exitCode = process.exitCode;
  try {
    const code = await new Promise<number>((resolve, reject) => {
      factory({
        inputFiles: [...xml, schema],
        arguments: ['--relaxng', schema.fileName, '--noout', ...xml.map((f) => f.fileName)],
        print: () => {},
        printErr: (text) => {
          stderr += `${text}\n`;
        },
        onExit: resolve,
        onAbort: (reason) => reject(new Error(`xmllint aborted: ${String(reason)}`)),
        wasmMemory: new wasm.Memory({ initial: INITIAL_PAGES, maximum: MAX_PAGES }),
        instantiateWasm: (imports, done) => {
          wasm.instantiate(compiled, imports).then((instance) => done(instance, compiled), reject);
          return {};
        },
      }).catch(reject);
    });
    if (code === 0) return { errors: [] };
    if (!INVALID_EXIT.has(code)) throw new Error(`xmllint failed (exit ${code}): ${stderr.slice(0, 500)}`);
    return { errors: parseErrors(stderr) };
  } finally {
    process.exitCode = exitCode;
  }
}

/**
 * Validates `xml` against the RELAX NG `schema` with libxml2 (WebAssembly). In a worker thread it
 * runs in that thread; in the main thread through xmllint-wasm's `validateXML` (a thread per call).
 */
export async function runRelaxNg(xml: readonly XmllintFile[], schema: XmllintFile): Promise<XmllintErrors> {
  if (!isMainThread) return runInThread(xml, schema);
  const result = await validateXML({
    xml,
    schema: [schema],
    extension: 'relaxng',
    maxMemoryPages: MAX_PAGES,
  });
  return { errors: result.errors };
}
