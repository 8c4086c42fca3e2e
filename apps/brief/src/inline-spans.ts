import type { Inline } from '@warraq/schema';
import type { TextSpan } from '@warraq/typeset';

/**
 * A block's inline content as styled spans. Nothing is coloured (only links are blue, and the
 * article's text has none); what must not be split across lines is kept together: a date
 * expression («4 حزيران 2020», «لعام 2021»), a number with its unit or scale word («8 ملايين»),
 * a person's name.
 */
export function inlineSpans(nodes: readonly Inline[], style: Omit<TextSpan, 'text'> = {}): TextSpan[] {
  const out: TextSpan[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ ...style, text: node.text });
    else out.push(...inlineSpans(node.content, keeps(node) ? { ...style, keep: true } : style));
  }
  return out;
}

function keeps(node: Exclude<Inline, { type: 'text' }>): boolean {
  return (
    node.type === 'date' ||
    node.type === 'number' ||
    (node.type === 'mention' && node.entityKind === 'person')
  );
}
