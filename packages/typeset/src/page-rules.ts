import type { Content } from 'pdfmake/interfaces.js';

/**
 * Page-breaking rules for content made of pre-broken lines (what `paragraph` and `heading` return:
 * a stack of one pdfmake line per laid-out line). pdfmake breaks pages between any two lines; these
 * wrap lines in `unbreakable` stacks so that the breaks a typesetter would refuse cannot happen.
 */

/** A paragraph as `paragraph` returns it: a stack of lines, with a margin around it. */
export interface LineStack {
  readonly stack: Content[];
  readonly margin?: [number, number, number, number];
  readonly unbreakable?: boolean;
}

/**
 * No orphan (a paragraph's first line alone at the foot of a page) and no widow (its last line
 * alone at the head of the next): the first `minimum` and last `minimum` lines are each kept
 * together, and a paragraph too short to be split that way is kept whole.
 */
export function guardLines(lines: readonly Content[], minimum = 2): Content[] {
  const n = lines.length;
  if (n < 2 * minimum) return n <= 1 ? [...lines] : [{ stack: [...lines], unbreakable: true }];
  return [
    { stack: lines.slice(0, minimum), unbreakable: true },
    ...lines.slice(minimum, n - minimum),
    { stack: lines.slice(n - minimum), unbreakable: true },
  ];
}

/**
 * A heading (or any block) kept on the same page as the start of what follows: the heading and the
 * first group of `next`'s stack (its first lines, see `guardLines`) move together; the rest of
 * `next` flows on as before, with its margins kept where they were.
 */
export function keepWithNext(first: Content, next: LineStack): Content {
  const [ml, mt, mr, mb] = next.margin ?? [0, 0, 0, 0];
  const [head, ...rest] = next.stack;
  if (head === undefined) return first;
  const together: Content = {
    stack: [first, { stack: [head], margin: [ml, mt, mr, rest.length === 0 ? mb : 0] }],
    unbreakable: true,
  };
  if (rest.length === 0) return together;
  return { stack: [together, { stack: rest, margin: [ml, 0, mr, mb] }] };
}
