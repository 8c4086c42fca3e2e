import type { WarraqDocument } from '@warraq/schema';

/** Names written in langUsage; a fixed table rather than Intl, whose data differs between Node versions. */
const NAMES: Record<string, string> = { ar: 'العربية', en: 'English', fr: 'Français' };

export function languageName(tag: string): string {
  return NAMES[tag] ?? NAMES[tag.split('-')[0] ?? ''] ?? tag;
}

/** Every language present in the TEI: the document's, any stated in metadata, blocks or names, and English (the header's prose). */
export function languagesOf(doc: WarraqDocument): string[] {
  const m = doc.metadata;
  const found = new Set<string>([m.language, 'en']);
  const add = (lang: string | undefined) => {
    if (lang !== undefined) found.add(lang);
  };
  add(m.title?.lang);
  for (const n of m.outlet?.names ?? []) add(n.lang);
  for (const a of m.authors) add(a.lang);
  for (const k of m.keywords) add(k.lang);
  for (const b of doc.blocks) add(b.lang);
  for (const e of doc.entities) for (const n of e.names) add(n.lang);
  const rest = [...found].filter((l) => l !== m.language).sort();
  return [m.language, ...rest];
}
