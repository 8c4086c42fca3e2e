/**
 * Date patterns that V8 compiles cheaply for the text they meet. The recognisers mark word edges
 * with Unicode classes (`[^\p{L}\p{M}]`, `(?![\p{L}\p{M}\p{N}])`: see B and E in types.ts); each
 * such class is ~750 ranges that V8 builds and compiles anew in every pattern — compiling them was
 * a tenth of a brief's process and most of a first parse (~270 patterns compiled for the first
 * corpus article).
 *
 * A pattern made here holds two compiled forms: the exact one, and a narrow one where each
 * `\p{L}`, `\p{M}`, `\p{N}` keeps only its characters below U+0700 (Latin, Greek, Cyrillic,
 * Hebrew, Arabic: 36, 14 and 6 ranges). On a text with no letter, mark or number at or above
 * U+0700 the two match exactly the same (a class holds a character of that text in one form iff
 * in the other; no date pattern ignores case), so such a text gets the narrow form, compiled on
 * first use; any other text gets the exact one. The choice is made per subject string, so a
 * pattern applied to a slice or to another string chooses for that string.
 *
 * The object answers what the recognisers ask of a RegExp (exec, test, lastIndex, source, flags,
 * and the String methods through Symbol.match/matchAll/replace/search/split), keeping lastIndex
 * on itself and handing it to the form it runs.
 */
const LIMIT = 0x700;
/** a letter, mark or number at or above LIMIT: where the narrow form could differ */
const BEYOND_NARROW = /[^\P{L}\0-\u06ff]|[^\P{M}\0-\u06ff]|[^\P{N}\0-\u06ff]/u;

let narrowClasses: Record<string, string> | undefined;

/** The characters of `\p{X}` below LIMIT, as class ranges. */
function rangesBelowLimit(property: RegExp): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  let start = -1;
  for (let c = 0; c <= LIMIT; c++) {
    const inside = c < LIMIT && property.test(String.fromCharCode(c));
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      out += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  return out;
}

/** `source` with each \p{L}, \p{M}, \p{N} narrowed (bracketed where it stands outside a class). */
export function narrowSource(source: string): string {
  narrowClasses ??= {
    L: rangesBelowLimit(/\p{L}/u),
    M: rangesBelowLimit(/\p{M}/u),
    N: rangesBelowLimit(/\p{N}/u),
  };
  const classes = narrowClasses;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const property = /^p\{([LMN])\}/.exec(source.slice(i + 1, i + 5))?.[1];
      if (property !== undefined) {
        out += inClass ? classes[property] : `[${classes[property]}]`;
        i += 4;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

let lastSubject: string | undefined;
let lastFits = false;

/** Whether the narrow forms match `subject` exactly as the exact ones do (the last answer is kept). */
function narrowFits(subject: string): boolean {
  if (subject !== lastSubject) {
    lastSubject = subject;
    lastFits = !BEYOND_NARROW.test(subject);
  }
  return lastFits;
}

class LetterPattern {
  lastIndex = 0;
  private exact: RegExp | undefined;
  private narrow: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  get global(): boolean {
    return this.flags.includes('g');
  }
  get sticky(): boolean {
    return this.flags.includes('y');
  }
  get unicode(): boolean {
    return this.flags.includes('u');
  }
  get hasIndices(): boolean {
    return this.flags.includes('d');
  }

  exec(subject: string): RegExpExecArray | null {
    return this.run(subject, (re) => re.exec(subject));
  }
  test(subject: string): boolean {
    return this.exec(subject) !== null;
  }
  [Symbol.match](subject: string): RegExpMatchArray | null {
    return this.run(subject, (re) => re[Symbol.match](subject));
  }
  [Symbol.matchAll](subject: string): IterableIterator<RegExpMatchArray> {
    return this.run(subject, (re) => re[Symbol.matchAll](subject));
  }
  [Symbol.replace](subject: string, replacement: string | ((...args: never[]) => string)): string {
    return this.run(subject, (re) => re[Symbol.replace](subject, replacement as string));
  }
  [Symbol.search](subject: string): number {
    return this.run(subject, (re) => re[Symbol.search](subject));
  }
  [Symbol.split](subject: string, limit?: number): string[] {
    return this.run(subject, (re) => re[Symbol.split](subject, limit));
  }
  toString(): string {
    return `/${this.source}/${this.flags}`;
  }

  private narrowForm(): RegExp {
    this.narrow ??= new RegExp(narrowSource(this.source), this.flags);
    return this.narrow;
  }
  private exactForm(): RegExp {
    this.exact ??= new RegExp(this.source, this.flags);
    return this.exact;
  }

  /** `action` on the form that fits `subject`, with this pattern's lastIndex. */
  private run<T>(subject: string, action: (re: RegExp) => T): T {
    const re = narrowFits(String(subject)) ? this.narrowForm() : this.exactForm();
    re.lastIndex = this.lastIndex;
    try {
      return action(re);
    } finally {
      this.lastIndex = re.lastIndex;
    }
  }
}

/**
 * `new RegExp(source, flags)` for a date pattern: a pattern with \p{L}, \p{M} or \p{N} classes
 * compiled narrow where the text allows (see above); any other, a RegExp.
 */
export function letterPattern(source: string, flags = ''): RegExp {
  if (!/\\p\{[LMN]\}/.test(source)) return new RegExp(source, flags);
  return new LetterPattern(source, flags) as unknown as RegExp;
}
