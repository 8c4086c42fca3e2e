/**
 * Escaping for the hand-written serializer. XML 1.0 cannot carry C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE or U+FFFF, not even as character references.
 * Such characters are written as `<g type="x-unrepresentable" n="U+0001"/>`: the text stays
 * well-formed and valid TEI, and the decoder restores the exact code unit from `@n`.
 */

/** Matches one code unit XML cannot carry (a lone surrogate is one that is not part of a pair). */
const UNREPRESENTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const UNREPRESENTABLE_TYPE = 'x-unrepresentable';

/** Cheap pre-check: no control, surrogate or noncharacter at all (the common case) means nothing to record. */
const MAYBE_UNREPRESENTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function hasUnrepresentable(text: string): boolean {
  if (!MAYBE_UNREPRESENTABLE.test(text)) return false;
  UNREPRESENTABLE.lastIndex = 0;
  const found = UNREPRESENTABLE.test(text);
  UNREPRESENTABLE.lastIndex = 0;
  return found;
}

/** `U+0001`: the form `@n` of a `g` element takes. */
export function codeUnitLabel(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function parseCodeUnitLabel(label: string): number | undefined {
  const m = /^U\+([0-9A-F]{4})$/.exec(label);
  return m ? Number.parseInt(m[1] ?? '', 16) : undefined;
}

const CHARACTER_DATA_SPECIALS = /[&<>\r]/;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r]/;

function escapeCharacterData(text: string): string {
  if (!CHARACTER_DATA_SPECIALS.test(text)) return text;
  // `>` is escaped too so that `]]>` can never appear; `\r` as a reference so parsers keep it.
  return text.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

/** Element content: escaped text, with unrepresentable code units as `g` elements. */
export function escapeText(text: string): string {
  if (!hasUnrepresentable(text)) return escapeCharacterData(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(UNREPRESENTABLE)) {
    out += escapeCharacterData(text.slice(last, m.index));
    out += `<g type="${UNREPRESENTABLE_TYPE}" n="${codeUnitLabel(m[0].charCodeAt(0))}"/>`;
    last = m.index + m[0].length;
  }
  return out + escapeCharacterData(text.slice(last));
}

/**
 * Attribute values. Callers only put representable text in attributes (ids, dates, URLs, labels
 * made safe by `encodeToken`); whitespace other than space is referenced so normalisation keeps it.
 */
export function escapeAttribute(value: string): string {
  if (hasUnrepresentable(value))
    throw new Error(`attribute value cannot be represented in XML: ${JSON.stringify(value)}`);
  return ATTRIBUTE_SPECIALS.test(value)
    ? value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)
    : value;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * A free string as a TEI `teidata.word` (no control, separator or format characters, no spaces),
 * for values such as quotation marks in `@rend`. Unsafe code units and `\`, `(` and `)` become
 * `\HEX;`. The empty string stays empty.
 */
export function encodeToken(value: string): string {
  return value.replace(/[\p{C}\p{Z}()\\;]|[\uD800-\uDFFF]/gu, (c) => {
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\${c.charCodeAt(i).toString(16).toUpperCase()};`;
    return out;
  });
}

export function decodeToken(value: string): string {
  return value.replace(/\\([0-9A-F]{1,4});/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
