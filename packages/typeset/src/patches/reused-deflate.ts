import { constants, Deflate, deflateSync } from 'node:zlib';

/*
 * zlib.deflateSync with one zlib stream for the whole process, reset between calls, instead of a
 * new one per call. pdfkit deflates every stream object on its own, and a brief has ~430 of them
 * (each glyph drawn is a Form XObject, see pdf/glyph-outline.ts): setting up zlib's state for each
 * (~300 KB of window and hash tables) cost far more than deflating a glyph's few hundred bytes
 * (400 small streams: 11–40 ms with deflateSync, ~4 ms reused). deflateReset gives the state a
 * fresh deflateInit would, so the bytes are the same (test/reused-deflate.test.ts).
 *
 * This drives Node's zlib handle the way zlib.deflateSync does inside (lib/zlib.js,
 * processChunkSync: handle.writeSync, then the counts left in _writeState). Those are Node's
 * internals: where they are not as expected, plain deflateSync is used.
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
interface DeflateInternals {
  _handle?: ZlibHandle;
  /** after writeSync: [output bytes left free, input bytes left unread] */
  _writeState?: Uint32Array;
}

let engine: { handle: ZlibHandle; state: Uint32Array; failure: { error?: unknown } } | null | undefined;

function reusableEngine(): typeof engine {
  if (engine !== undefined) return engine;
  const deflate = new Deflate() as Deflate & DeflateInternals;
  const handle = deflate._handle;
  const state = deflate._writeState;
  if (
    typeof handle?.writeSync !== 'function' ||
    typeof handle.reset !== 'function' ||
    !(state instanceof Uint32Array)
  ) {
    engine = null;
    return engine;
  }
  const failure: { error?: unknown } = {};
  // zlib reports its errors through the stream's 'error' event, during writeSync
  deflate.on('error', (error: unknown) => {
    failure.error = error;
  });
  engine = { handle, state, failure };
  return engine;
}

/** The same bytes as zlib.deflateSync(input) with its default options. */
export function reusedDeflate(input: Buffer): Buffer {
  const zlib = reusableEngine();
  if (zlib == null) return deflateSync(input);
  const { handle, state, failure } = zlib;
  const chunks: Buffer[] = [];
  let length = 0;
  let inOffset = 0;
  let inLeft = input.length;
  try {
    for (;;) {
      // deflate's worst case is a little over the input: one output buffer nearly always does
      const output = Buffer.allocUnsafe(Math.max(1024, inLeft + (inLeft >> 3) + 64));
      handle.writeSync(constants.Z_FINISH, input, inOffset, inLeft, output, 0, output.length);
      if (failure.error !== undefined) throw failure.error;
      const [outFree, inUnread] = state as unknown as [number, number];
      const written = output.length - outFree;
      chunks.push(output.subarray(0, written));
      length += written;
      inOffset += inLeft - inUnread;
      inLeft = inUnread;
      if (outFree !== 0) break; // finished: Z_FINISH stops short of a full buffer only at the end
    }
    handle.reset();
  } catch (error) {
    engine = undefined; // a stream that failed is not used again
    throw error;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}
