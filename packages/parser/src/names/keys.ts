/**
 * Stable, NCName-safe keys for entities found by pattern: a prefix and a plain Latin transliteration
 * of the folded name (أنطوني بلينكين → pers-antwny-blynkyn). Curated entities carry their own keys.
 */
const LATIN: Record<string, string> = {
  ا: 'a',
  ء: '',
  ؤ: 'w',
  ئ: 'y',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
};

export function slugOf(folded: string): string {
  let out = '';
  for (const ch of folded) {
    const latin = LATIN[ch];
    if (latin !== undefined) out += latin;
    else if (/[a-z0-9]/.test(ch)) out += ch;
    else out += '-';
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '') || 'x';
}

export type EntityKindName = 'person' | 'organisation' | 'place';

const PREFIX: Record<EntityKindName, string> = { person: 'pers', organisation: 'org', place: 'place' };

export function keyFor(kind: EntityKindName, folded: string): string {
  return `${PREFIX[kind]}-${slugOf(folded)}`;
}
