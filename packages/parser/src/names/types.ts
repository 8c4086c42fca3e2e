export type NameKind = 'person' | 'organisation' | 'place';

export interface EntityName {
  text: string;
  lang?: string;
  type?: 'main' | 'short' | 'alias' | 'variant';
}

/** One real-world entity, however many names it is mentioned by. */
export interface NameEntity {
  /** stable and NCName-safe: org-isis, place-iraq, pers-antony-blinken */
  key: string;
  kind: NameKind;
  names: EntityName[];
  identifiers: { scheme: string; value: string }[];
}

/** One mention of a name in a text. */
export interface NameMatch {
  /** UTF-16 code-unit offsets into the string given to findNames, clitics excluded */
  start: number;
  end: number;
  kind: NameKind;
  entity: NameEntity;
  /** the role or title written before a person's name (وزير الخارجية الأميركي) */
  role?: { start: number; end: number; text: string };
  /**
   * How the mention is written as a name, where that differs from the text it spans: a clitic
   * ل elides the article's alef, so للتحالف الدولي spans لتحالف الدولي and names التحالف الدولي.
   */
  name?: string;
}
