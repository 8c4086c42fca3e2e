/** The version written into `appInfo`; kept in step with package.json by a test. */
export const WARRAQ_VERSION = '0.1.0';

/** Identifies this encoding practice; the decoder refuses TEI that names another. */
export const PROFILE_NAME = 'warraq-tei';
export const PROFILE_VERSION = '1';

export interface TeiOptions {
  /** the archive that publishes the TEI (publicationStmt/publisher); default "Warraq archive" */
  publisher?: string;
  /**
   * Date of the TEI file (publicationStmt/date, revisionDesc/change), ISO 8601 YYYY-MM-DD.
   * Default: derived from the input (retrieval date, else publication date), so output never
   * depends on the clock. Apps pass `dateFromSourceDateEpoch(process.env.SOURCE_DATE_EPOCH)`.
   */
  date?: string;
  /** licence of the markup, stated beside the article's rights; default CC BY 4.0 */
  markupLicence?: string;
}

export const DEFAULT_PUBLISHER = 'Warraq archive';
export const DEFAULT_MARKUP_LICENCE = 'TEI markup: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';

/** SOURCE_DATE_EPOCH (seconds since 1970, UTC) as an ISO date; undefined if unset or not a number. */
export function dateFromSourceDateEpoch(value: string | undefined): string | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return new Date(Number(value.trim()) * 1000).toISOString().slice(0, 10);
}

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
