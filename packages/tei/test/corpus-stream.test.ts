import { describe, expect, it } from 'vitest';
import {
  addCorpusMember,
  corpusMemberStats,
  emptyCorpusSummary,
  encodeTeiCorpus,
  encodeTeiCorpusMember,
  encodeTeiCorpusOpening,
  TEI_CORPUS_CLOSING,
} from '../src/index.js';
import { buildDocument } from './build.js';
import { richDocument } from './fixtures.js';

const docs = [
  richDocument(),
  buildDocument({
    id: 'second',
    blocks: [{ id: 'p1', kind: 'paragraph', content: ['نص قصير'] }],
    metadata: {
      published: { value: '2021-03-01', certainty: 'high' },
      outlet: { names: [{ text: 'صحيفة المثال' }] },
    },
  }),
  buildDocument({ id: 'third', blocks: [{ id: 'p1', kind: 'paragraph', content: ['بلا مصدر'] }] }),
];
const options = { title: 'Test collection', publisher: 'Test publisher' };

describe('teiCorpus written as a stream (members first, header last)', () => {
  it('gives the bytes encodeTeiCorpus gives, whatever order the stats arrive in', () => {
    const whole = encodeTeiCorpus(docs, options);
    // the figures arrive in reverse, as results from workers may
    const summary = emptyCorpusSummary();
    for (const d of [...docs].reverse()) addCorpusMember(summary, corpusMemberStats(d));
    const members = docs.map((d) => encodeTeiCorpusMember(d, options)).join('');
    expect(encodeTeiCorpusOpening(summary, options) + members + TEI_CORPUS_CLOSING).toBe(whole);
  });

  it('counts what the header states from the members alone', () => {
    const summary = emptyCorpusSummary();
    for (const d of docs) addCorpusMember(summary, corpusMemberStats(d));
    expect(summary.articles).toBe(3);
    expect(summary.unknownOutlets).toBe(1);
    expect(summary.bytes).toBe(docs.reduce((n, d) => n + d.source.byteLength, 0));
    const opening = encodeTeiCorpusOpening(summary, options);
    expect(opening).toContain('<measure unit="article" quantity="3">3 articles</measure>');
    expect(opening).toContain('Outlet not recorded: 1 articles');
    expect(opening).not.toContain('<TEI');
  });

  it('writes an empty corpus the same way', () => {
    expect(encodeTeiCorpusOpening(emptyCorpusSummary()) + TEI_CORPUS_CLOSING).toBe(encodeTeiCorpus([]));
  });
});
