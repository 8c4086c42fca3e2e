import { type Face, type Family, faceFromBytes } from './font-stack.js';

/** Suffix of the twin family that draws mirrored characters (UAX #9 L4). */
export const MIRRORED_SUFFIX = '~mirrored';
/** Suffix of the twin family that draws words lengthened with kashida (tatweel). */
export const KASHIDA_SUFFIX = '~kashida';

const twins = new Map<string, WeakMap<Family, Family>>();

/**
 * A twin of a family: the same glyphs, but a separate embedded font in the PDF, so its ToUnicode
 * map can say something else for some glyphs: "(" for the ")" glyph drawn for an opening bracket
 * in right-to-left text, ZERO WIDTH JOINER for a tatweel added by justification (see
 * installLogicalRenderer). pdfkit merges fonts whose head.checkSumAdjustment and names are equal,
 * so each twin's checksum differs by one bit.
 */
function twin(f: Family, suffix: string, bit: number): Family {
  let bySuffix = twins.get(suffix);
  if (bySuffix === undefined) {
    bySuffix = new WeakMap();
    twins.set(suffix, bySuffix);
  }
  const known = bySuffix.get(f);
  if (known !== undefined) return known;
  const copies = new Map<Face, Face>();
  const copy = (face: Face): Face => {
    let c = copies.get(face);
    if (c === undefined) {
      // its own parse: pdfkit tells fonts apart by the parsed head table
      c = faceFromBytes(`${face.file}${suffix}`, withFlippedChecksum(face.bytes, bit));
      copies.set(face, c);
    }
    return c;
  };
  const made: Family = {
    name: `${f.name}${suffix}`,
    faces: {
      normal: copy(f.faces.normal),
      bold: copy(f.faces.bold),
      italics: copy(f.faces.italics),
      bolditalics: copy(f.faces.bolditalics),
    },
  };
  bySuffix.set(f, made);
  return made;
}

export function mirroredTwin(f: Family): Family {
  return twin(f, MIRRORED_SUFFIX, 1);
}

export function kashidaTwin(f: Family): Family {
  return twin(f, KASHIDA_SUFFIX, 2);
}

function withFlippedChecksum(bytes: Uint8Array, bit: number): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const numTables = v.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (v.getUint32(at) === 0x68656164 /* 'head' */) {
      const checksumAt = v.getUint32(at + 8) + 8;
      v.setUint32(checksumAt, v.getUint32(checksumAt) ^ bit);
    }
  }
  return out;
}
