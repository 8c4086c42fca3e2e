import { type ArticleResult, type XmlText, xmlString } from './article-job.js';

const utf8 = new TextEncoder();

/** Bytes of their own (never a slice of Buffer's shared pool), so that they can be transferred. */
const ownBytes = (xml: XmlText): Uint8Array => (typeof xml === 'string' ? utf8.encode(xml) : xml);

/**
 * Results as a worker thread sends them: each XML as UTF-8 bytes, with the buffers to transfer
 * (moved to the main thread, not copied; it only writes them to files).
 */
export function forTransfer(results: readonly ArticleResult[]): {
  results: ArticleResult[];
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  const packed = results.map((r): ArticleResult => {
    if (!r.ok) return r;
    const tei = ownBytes(r.tei);
    const member = ownBytes(r.corpusMember.xml);
    transfer.push(tei.buffer as ArrayBuffer, member.buffer as ArrayBuffer);
    return { ...r, tei, corpusMember: { ...r.corpusMember, xml: member } };
  });
  return { results: packed, transfer };
}

/** A result whose XML is strings: what JSON (a queue job's value in Redis) can carry. */
export function withStringXml(r: ArticleResult): ArticleResult {
  if (!r.ok) return r;
  return {
    ...r,
    tei: xmlString(r.tei),
    corpusMember: { ...r.corpusMember, xml: xmlString(r.corpusMember.xml) },
  };
}
