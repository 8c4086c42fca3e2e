import { z } from 'zod';
import { Certainty, IsoDate } from './dates.js';
import { LanguageTag } from './ids.js';

/** Text in a stated language; `lang` absent means the document's language. */
export const LangText = z.object({
  text: z.string().min(1),
  lang: LanguageTag.optional(),
});
export type LangText = z.infer<typeof LangText>;

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const Title = z.object({
  text: z.string().min(1),
  lang: LanguageTag.optional(),
  /** true when the archivist wrote the title because the received copy has none */
  supplied: z.boolean(),
});

export const Outlet = z.object({
  names: z.array(LangText).min(1),
  homepage: HttpUrl.optional(),
});

export const Author = z.object({
  name: z.string().min(1),
  lang: LanguageTag.optional(),
});

export const PublicationDate = z.object({
  value: IsoDate,
  certainty: Certainty,
  /** why the date is believed, when it was inferred rather than printed */
  note: z.string().optional(),
});

export const Rights = z.object({
  statement: z.string().min(1),
  licenceUrl: HttpUrl.optional(),
});

/** What is known about an article apart from its text, as an archivist records it. */
export const ArticleMetadata = z.object({
  language: LanguageTag,
  title: Title.optional(),
  outlet: Outlet.optional(),
  authors: z.array(Author),
  published: PublicationDate.optional(),
  retrieved: IsoDate.optional(),
  url: HttpUrl.optional(),
  rights: Rights.optional(),
  keywords: z.array(LangText),
  /** the encoding the sender declared for the bytes, if any */
  declaredEncoding: z.string().optional(),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;
