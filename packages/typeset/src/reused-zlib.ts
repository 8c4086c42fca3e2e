import { constants, Deflate, deflateSync, Inflate, inflateSync } from 'node:zlib';

/*
 * zlib.deflateSync and inflateSync on one zlib stream of each kind for the whole process, reset
 * between calls, instead of a new stream per call. A brief deflates ~430 small streams (pdfkit
 * deflates every stream object on its own, and each glyph drawn is a Form XObject, see
 * pdf/glyph-outline.ts) and inflates 168 WOFF tables (fonts/woff.ts): setting up zlib's state for
 * each (~300 KB of window and tables to deflate) cost more than the work itself (in a brief's
 * process: 54–75 ms deflating with deflateSync, 28–38 ms reused). A reset stream is in the state a
 * new one starts in, so the bytes are the same (test/reused-zlib.test.ts).
 *
 * This drives Node's zlib handle as zlib's own sync functions do inside (lib/zlib.js,
 * processChunkSync: handle.writeSync, then the byte counts left in _writeState; an error destroys
 * the stream). Those are Node's internals: where they are not as expected, the plain functions run.
 */
interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number,
  ): void;
  reset(): void;
}
interface StreamInternals {
  _handle?: ZlibHandle;
  /** after writeSync: [output bytes left free, input bytes left unread] */
  _writeState?: Uint32Array;
  readonly destroyed: boolean;
  on(event: 'error', listener: () => void): unknown;
}
interface Engine {
  readonly stream: StreamInternals;
  readonly handle: ZlibHandle;
  readonly state: Uint32Array;
}

type Kind = 'deflate' | 'inflate';
const engines = new Map<Kind, Engine | null>();

function engineFor(kind: Kind): Engine | null {
  let engine = engines.get(kind);
  if (engine !== undefined) return engine;
  const stream = (kind === 'deflate' ? new Deflate() : new Inflate()) as unknown as StreamInternals;
  const { _handle: handle, _writeState: state } = stream;
  engine =
    typeof handle?.writeSync === 'function' &&
    typeof handle.reset === 'function' &&
    state instanceof Uint32Array
      ? { stream, handle, state }
      : null;
  // an error also comes as an 'error' event, later: it is thrown from writeSync's call instead
  stream.on('error', () => {});
  engines.set(kind, engine);
  return engine;
}

/** All of `input` through the engine (Z_FINISH), first into a buffer of `sizeHint` bytes. */
function run(kind: Kind, engine: Engine, input: Uint8Array, sizeHint: number): Buffer {
  const { stream, handle, state } = engine;
  const chunks: Buffer[] = [];
  let length = 0;
  let inOffset = 0;
  let inLeft = input.length;
  let size = sizeHint;
  for (;;) {
    const output = Buffer.allocUnsafe(size);
    handle.writeSync(constants.Z_FINISH, input, inOffset, inLeft, output, 0, output.length);
    if (stream.destroyed) {
      engines.delete(kind); // a stream that failed is not used again
      throw new Error(`${kind} failed: the data is not valid zlib data or zlib ran out of memory`);
    }
    const [outFree, inUnread] = state as unknown as [number, number];
    const written = output.length - outFree;
    chunks.push(output.subarray(0, written));
    length += written;
    inOffset += inLeft - inUnread;
    inLeft = inUnread;
    if (outFree !== 0) break; // with Z_FINISH, output stops short of a full buffer only at the end
    size = Math.max(1024, size);
  }
  handle.reset();
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}

/** The same bytes as zlib.deflateSync(input) with its default options. */
export function reusedDeflate(input: Uint8Array): Buffer {
  const engine = engineFor('deflate');
  // a little over the input is deflate's worst case: one buffer nearly always does
  return engine === null
    ? deflateSync(input)
    : run('deflate', engine, input, input.length + (input.length >> 3) + 64);
}

/** The same bytes as zlib.inflateSync(input); `expectedLength`, when known, sizes the output at once. */
export function reusedInflate(input: Uint8Array, expectedLength = input.length * 4): Buffer {
  const engine = engineFor('inflate');
  // one byte more than expected, so that output of exactly that length ends the first round
  return engine === null ? inflateSync(input) : run('inflate', engine, input, expectedLength + 1);
}

/**
 * Close the reused streams (the next call makes new ones). For a V8 startup snapshot, which cannot
 * hold zlib's native handles: apps/brief/bench/snapshot/entry.mjs calls it before the snapshot is written.
 */
export function closeReusedZlib(): void {
  for (const engine of engines.values()) (engine?.stream as { close?: () => void } | undefined)?.close?.();
  engines.clear();
}
