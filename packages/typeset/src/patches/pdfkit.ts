import { createRequire } from 'node:module';
import { reusedDeflate } from '../reused-zlib.js';

/*
 * Changes to pdfkit 0.19.1 internals (pinned; versions.ts checks). Exact: the PDF bytes are the
 * same as without them (test/patches.test.ts).
 *
 * - A speed-up: pdfkit turns every content-stream operator into its own Buffer and concatenates
 *   them at the end: strings are gathered and turned into one Buffer when a binary chunk comes or
 *   the stream ends.
 * - A speed-up: each stream is deflated on one zlib stream reused for the process (pdfkit sets up
 *   a new one per stream object, and a brief has hundreds).
 */
interface PdfReferenceLike {
  compress: boolean;
  buffer: Uint8Array[];
  document: { _security?: unknown };
  uncompressedLength: number;
  data: { Length?: number | undefined; Filter?: string };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
  _pending?: string[];
}

function flushPending(ref: PdfReferenceLike, write: PdfReferenceLike['write']): void {
  const pending = ref._pending;
  if (pending === undefined || pending.length === 0) return;
  ref._pending = [];
  // the lengths were counted when the strings came: write the bytes without counting again
  const length = ref.data.Length;
  const uncompressed = ref.uncompressedLength;
  write.call(ref, Buffer.from(pending.join(''), 'binary'));
  ref.data.Length = length;
  ref.uncompressedLength = uncompressed;
}

let referenceProto: PdfReferenceLike | undefined;
/** pdfkit's PDFReference prototype, from a throwaway document (made once; font: null, or it would open Helvetica and parse its AFM metrics). */
function referencePrototype(): PdfReferenceLike {
  const PDFKit = createRequire(import.meta.url)('pdfkit') as new (options: object) => { ref(): object };
  referenceProto ??= Object.getPrototypeOf(
    new PDFKit({ autoFirstPage: false, font: null }).ref(),
  ) as PdfReferenceLike;
  return referenceProto;
}

/** Whether pdfkit's stream writes are batched in this process (for tests). */
export function streamWritesBatched(): boolean {
  return referencePrototype().write.name === 'batchedWrite';
}

/** Gather content-stream strings into one Buffer per stream (idempotent). */
export function batchStreamWrites(): void {
  if (streamWritesBatched()) return;
  const proto = referencePrototype();
  const write = proto.write;
  const finalize = proto.finalize;
  proto.write = function batchedWrite(this: PdfReferenceLike, chunk: string | Uint8Array): void {
    if (chunk instanceof Uint8Array) {
      flushPending(this, write);
      write.call(this, chunk);
      return;
    }
    // as pdfkit: Buffer.from(chunk + '\n', 'binary'), one byte per UTF-16 unit
    // biome-ignore lint/style/useTemplate: the same conversion as pdfkit's (chunk + '\n')
    const s = (chunk as unknown as string) + '\n';
    this._pending ??= [];
    this._pending.push(s);
    this.uncompressedLength += s.length;
    this.data.Length = (this.data.Length ?? 0) + s.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function batchedFinalize(this: PdfReferenceLike): void {
    flushPending(this, write);
    // deflated here on the process's one zlib stream (reused-zlib.ts), pdfkit then writes the
    // bytes as they are; an encrypted document keeps pdfkit's own order (deflate, then encrypt)
    if (this.compress && this.buffer.length > 0 && !this.document._security) {
      this.buffer = [reusedDeflate(Buffer.concat(this.buffer))];
      this.compress = false;
    }
    finalize.call(this);
  };
}

/** pdfkit's EmbeddedFont class, which it does not export: taken from a font opened in a throwaway document. */
export function embeddedFontClass<T>(buffer: object): T {
  const PDFKit = createRequire(import.meta.url)('pdfkit') as new (
    options: object,
  ) => {
    font(src: object): { _font: object };
  };
  // font: null, or pdfkit opens Helvetica for this throwaway document (reading and parsing its AFM metrics)
  return new PDFKit({ autoFirstPage: false, font: null }).font(buffer)._font.constructor as T;
}
