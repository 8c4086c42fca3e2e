import { type FontStack, layoutParagraph } from '@warraq/typeset';

/** `text` cut at a word and ended with "…" so that it sets on one line of `width` (running headers). */
export function oneLine(stack: FontStack, text: string, width: number, fontSize: number): string {
  const fits = (t: string) =>
    layoutParagraph(t, stack, { width, fontSize, align: 'start' }).lines.length <= 1;
  if (fits(text)) return text;
  const words = text.split(/\s+/);
  let lo = 1;
  let hi = words.length - 1;
  let best = 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(`${words.slice(0, mid).join(' ')} …`)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return `${words.slice(0, best).join(' ')} …`;
}
