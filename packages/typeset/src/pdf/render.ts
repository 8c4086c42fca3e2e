import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { allFaces, type FontStack, faceFromBytes, pdfmakeFonts } from '../fonts/font-stack.js';
import { ensurePinnedVersions, installSpeedUps, registerParsedFont } from '../patches/index.js';
import { installPdfkitXmpPatch } from '../patches/pdfkit-xmp.js';
import { installLogicalRenderer } from './line-renderer.js';

/** The parts of pdfmake 0.3's Node singleton this package uses (its typings omit virtualfs). */
interface PdfmakeNode {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const registered = new WeakSet<FontStack>();
let pdfmake: PdfmakeNode | undefined;

function instance(): PdfmakeNode {
  if (pdfmake === undefined) {
    pdfmake = createRequire(import.meta.url)('pdfmake') as PdfmakeNode;
    // No remote or local resources: every font comes through the virtual file system.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
  }
  return pdfmake;
}

/** Register a font stack's faces with pdfmake's virtual file system and font table (once per stack). */
export function registerFonts(stack: FontStack): void {
  if (registered.has(stack)) return;
  ensurePinnedVersions();
  const pm = instance();
  installSpeedUps();
  for (const face of allFaces(stack)) {
    const buffer = Buffer.from(face.bytes.buffer, face.bytes.byteOffset, face.bytes.byteLength);
    // pdfkit gets its own parse of the face (once per process, when a document first uses it):
    // fontkit keeps the characters a glyph was first reached from, and pdfkit writes those to
    // ToUnicode, so the glyphs pdfkit draws must not be first reached by the engine's measuring
    // (reversed or partial runs)
    registerParsedFont(buffer, () => faceFromBytes(face.file, face.bytes).font, face);
    pm.virtualfs.writeFileSync(face.file, buffer);
  }
  pm.addFonts(pdfmakeFonts(stack));
  registered.add(stack);
}

/** Fixed date for byte-identical output: `SOURCE_DATE_EPOCH` (seconds) when set, else 2000-01-01. */
export function reproducibleDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(2000, 0, 1));
}

/**
 * Render a pdfmake document with the stack's fonts. Deterministic: CreationDate (and with it the
 * file ID pdfkit hashes from the info dictionary) is fixed unless the definition sets one.
 * Tagged (a structure tree of the engine's paragraphs and headings; see structure.ts) unless the
 * definition says `tagged: false`; set `language` (BCP 47) so readers know the text's language.
 */
export async function renderPdf(
  stack: FontStack,
  definition: TDocumentDefinitions,
  creationDate: Date = reproducibleDate(),
): Promise<Uint8Array> {
  registerFonts(stack);
  installLogicalRenderer();
  installPdfkitXmpPatch();
  const def: TDocumentDefinitions = {
    tagged: true,
    ...definition,
    info: { creationDate, modDate: creationDate, producer: '@warraq/typeset', ...definition.info },
    defaultStyle: { font: stack.families[0]!.name, ...definition.defaultStyle },
  };
  const buffer = await instance().createPdf(def).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
