import type { WarraqDocument } from '@warraq/schema';
import type { ArchivalMetadata } from './archival.js';

/** The archival metadata of one article's brief: its title, language, URL, publication date and id. */
export function articleMetadata(doc: WarraqDocument, title: string): ArchivalMetadata {
  const m = doc.metadata;
  return {
    title,
    language: m.language,
    subject: `Warraq brief of ${doc.id}`,
    keywords: m.keywords.map((k) => k.text),
    ...(m.url !== undefined ? { source: m.url } : {}),
    ...(m.published !== undefined ? { dates: [m.published.value] } : {}),
    identifier: doc.id,
  };
}
