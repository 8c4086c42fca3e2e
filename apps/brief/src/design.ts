/**
 * The brief's design in one place: page, measure, a typographic scale and a few colours. Sizes are
 * steps of a scale on the 14 pt body (≈ 1.125 apart), so every level looks deliberate; only links
 * are blue, so nothing looks like a link unless it is one.
 */

/** A4 with 2 cm margins. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56.7 } as const;
export const MEASURE = PAGE.width - 2 * PAGE.margin;

export const SIZE = {
  /** running header and footer, the archivist's notes */
  note: 9.5,
  /** source line, datelines, captions */
  small: 11,
  /** key facts */
  facts: 12,
  body: 14,
  /** the standfirst (the article's lead) */
  standfirst: 16,
  /** the publication's name in the masthead */
  masthead: 20,
} as const;

export const COLOUR = {
  ink: '#1d1d1b',
  muted: '#5e5c64',
  /** links, and only links */
  link: '#1a5fb4',
  rule: '#3d3846',
  panel: '#f4f2ee',
  panelRule: '#c0bfbc',
} as const;

/** The publication's name, as the masthead prints it. */
export const PUBLICATION = 'موجز ورّاق';
