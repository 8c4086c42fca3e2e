import type { ArticleMetadata, Certainty } from '@warraq/schema';
import { attr, child, elementsOf, fail, requireChild, textOf } from './tei-tree.js';
import type { XmlElement } from './xml-reader.js';

export interface HeaderFacts {
  metadata: Omit<ArticleMetadata, 'language'>;
  sha256: string;
  /** calendar xml:id → calendar name */
  calendars: Map<string, string>;
}

const CERTAINTIES = new Set(['high', 'medium', 'low', 'unknown']);

function certaintyOf(el: XmlElement, fallback: Certainty): Certainty {
  const c = attr(el, 'cert') ?? fallback;
  if (!CERTAINTIES.has(c)) fail(el, 'TEI_VALUE', `@cert="${c}" is not high, medium, low or unknown`);
  return c as Certainty;
}

function withLang<T extends object>(value: T, el: XmlElement): T & { lang?: string } {
  const lang = attr(el, 'xml:lang');
  return lang === undefined ? value : { ...value, lang };
}

function readTitle(titleStmt: XmlElement, metadata: HeaderFacts['metadata']): void {
  for (const t of elementsOf(titleStmt)) {
    if (t.name !== 'title') continue;
    const type = attr(t, 'type');
    if (type === 'main' || type === 'supplied')
      metadata.title = withLang({ text: textOf(t), supplied: type === 'supplied' }, t);
  }
}

function readBiblStruct(bibl: XmlElement, metadata: HeaderFacts['metadata']): void {
  for (const part of elementsOf(bibl)) {
    if (part.name === 'analytic') {
      for (const c of elementsOf(part)) {
        if (c.name === 'author') metadata.authors.push(withLang({ name: textOf(c) }, c));
        else if (c.name === 'idno' && attr(c, 'type') === 'URL') metadata.url = textOf(c);
        else if (c.name !== 'title')
          fail(c, 'TEI_UNSUPPORTED', `<${c.name}> in <analytic> is not part of Warraq's TEI`);
      }
    } else if (part.name === 'monogr') {
      const names: { text: string; lang?: string }[] = [];
      let homepage: string | undefined;
      for (const c of elementsOf(part)) {
        if (c.name === 'title' && attr(c, 'type') !== 'unknown') names.push(withLang({ text: textOf(c) }, c));
        else if (c.name === 'idno' && attr(c, 'type') === 'URL') homepage = textOf(c);
        else if (c.name === 'imprint') {
          for (const d of elementsOf(c)) {
            if (d.name !== 'date')
              fail(d, 'TEI_UNSUPPORTED', `<${d.name}> in <imprint> is not part of Warraq's TEI`);
            const when = attr(d, 'when');
            if (attr(d, 'type') === 'published' && when !== undefined)
              metadata.published = { value: when, certainty: certaintyOf(d, 'high') };
            else if (attr(d, 'type') === 'accessed' && when !== undefined) metadata.retrieved = when;
          }
        } else if (c.name !== 'title')
          fail(c, 'TEI_UNSUPPORTED', `<${c.name}> in <monogr> is not part of Warraq's TEI`);
      }
      if (names.length > 0) {
        metadata.outlet = { names: names as [{ text: string }] };
        if (homepage !== undefined) metadata.outlet.homepage = homepage;
      }
    } else if (part.name === 'note' && attr(part, 'type') === 'published') {
      if (!metadata.published)
        fail(part, 'TEI_VALUE', 'a note on the publication date needs a publication date');
      metadata.published.note = textOf(part);
    } else fail(part, 'TEI_UNSUPPORTED', `<${part.name}> in <biblStruct> is not part of Warraq's TEI`);
  }
}

/**
 * The metadata in teiHeader. Prose the encoder writes for people (editorialDecl, appInfo,
 * revisionDesc, the descriptive title) is derived from the document and not read back.
 */
export function readHeader(header: XmlElement): HeaderFacts {
  const metadata: HeaderFacts['metadata'] = { authors: [], keywords: [] };
  const fileDesc = requireChild(header, 'fileDesc');
  readTitle(requireChild(fileDesc, 'titleStmt'), metadata);
  const pub = requireChild(fileDesc, 'publicationStmt');
  let sha256: string | undefined;
  for (const c of elementsOf(pub)) {
    if (c.name === 'idno' && attr(c, 'type') === 'sha256') sha256 = textOf(c);
    if (c.name === 'availability') {
      for (const l of elementsOf(c)) {
        if (l.name !== 'licence') continue;
        if (attr(l, 'n') === 'article') {
          metadata.rights = { statement: textOf(l) };
          const target = attr(l, 'target');
          if (target !== undefined) metadata.rights.licenceUrl = target;
        } else if (attr(l, 'n') === 'article-url') {
          if (!metadata.rights)
            fail(l, 'TEI_VALUE', '<licence n="article-url"> must follow <licence n="article">');
          metadata.rights.licenceUrl = textOf(l);
        }
      }
    }
  }
  if (sha256 === undefined)
    fail(
      pub,
      'TEI_MISSING',
      '<publicationStmt> needs <idno type="sha256"> (the fixity of the received bytes)',
    );
  const biblStruct = child(requireChild(fileDesc, 'sourceDesc'), 'biblStruct');
  if (biblStruct) readBiblStruct(biblStruct, metadata);

  const calendars = new Map<string, string>();
  const profile = child(header, 'profileDesc');
  if (profile) {
    const keywords = child(child(profile, 'textClass') ?? profile, 'keywords');
    if (keywords)
      for (const t of elementsOf(keywords)) metadata.keywords.push(withLang({ text: textOf(t) }, t));
    const calendarDesc = child(profile, 'calendarDesc');
    if (calendarDesc)
      for (const c of elementsOf(calendarDesc)) {
        const id = attr(c, 'xml:id');
        if (id !== undefined) calendars.set(id, attr(c, 'type') ?? '');
      }
  }
  return { metadata, sha256, calendars };
}
