import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { encodeTei, type TeiFile, type TeiValidation, validateTei, validateTeiFiles } from '../src/index.js';
import { richDocument } from './fixtures.js';

const xml = encodeTei(richDocument());

describe('validateTei', () => {
  it('accepts what the encoder writes', async () => {
    const result = await validateTei(xml, 'rich.xml');
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('reports an attribute the profile does not allow, with file and line', async () => {
    const bad = xml.replace('<p xml:id="p1">', '<p xml:id="p1" rend="x">');
    const line = bad.slice(0, bad.indexOf('rend="x"')).split('\n').length;
    const result = await validateTei(bad, 'bad.xml');
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'TEI_SCHEMA', file: 'bad.xml', line }),
    );
  });

  it('reports a dangling pointer and a duplicate id at the element', async () => {
    const bad = xml.replace('ref="#brussels"', 'ref="#nowhere"').replace('xml:id="by1"', 'xml:id="lead1"');
    const result = await validateTei(bad, 'bad.xml');
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain('TEI_DANGLING_POINTER');
    expect(codes).toContain('TEI_DUPLICATE_ID');
    const dangling = result.diagnostics.find((d) => d.code === 'TEI_DANGLING_POINTER');
    expect(dangling?.line).toBe(bad.slice(0, bad.indexOf('ref="#nowhere"')).split('\n').length);
  });

  it('reports changed text as a fixity failure', async () => {
    const bad = xml.replace('بقلم سلمى حداد', 'بقلم سلمى');
    const result = await validateTei(bad, 'bad.xml');
    expect(result.diagnostics.map((d) => d.code)).toContain('TEI_FIXITY');
  });

  it('reports malformed XML with line and column and validates a batch file by file', async () => {
    const results = await validateTeiFiles([
      { fileName: 'good.xml', xml },
      { fileName: 'broken.xml', xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>' },
    ]);
    expect(results[0]?.valid).toBe(true);
    expect(results[1]?.diagnostics).toEqual([
      expect.objectContaining({ code: 'XML_SYNTAX', file: 'broken.xml', line: 3, column: 1 }),
    ]);
  });
});

/** validateTeiFiles in a worker thread, where libxml2 runs in that thread (the built package: a worker cannot load TypeScript). */
async function validateInWorker(files: TeiFile[]): Promise<TeiValidation[]> {
  const url = new URL('../dist/index.js', import.meta.url).href;
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(workerData.url).then(async (tei) => parentPort.postMessage(await tei.validateTeiFiles(workerData.files)));`,
    { eval: true, workerData: { url, files } },
  );
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

describe('validateTeiFiles in a worker thread', () => {
  it('gives the verdicts and diagnostics it gives in the main thread', async () => {
    const files = [
      { fileName: 'good.xml', xml },
      { fileName: 'attribute.xml', xml: xml.replace('<p xml:id="p1">', '<p xml:id="p1" rend="x">') },
      { fileName: 'pointer.xml', xml: xml.replace('ref="#brussels"', 'ref="#nowhere"') },
    ];
    const inWorker = await validateInWorker(files);
    expect(inWorker.map((r) => r.valid)).toEqual([true, false, false]);
    expect(inWorker).toEqual(await validateTeiFiles(files));
  });
});

describe('validateTeiFiles with decoded: true', () => {
  it('leaves the decode (fixity) to the caller and still checks the profile', async () => {
    const changedText = xml.replace('بقلم سلمى حداد', 'بقلم سلمى');
    const badAttribute = xml.replace('<p xml:id="p1">', '<p xml:id="p1" rend="x">');
    const [text, attribute] = await validateTeiFiles(
      [
        { fileName: 'text.xml', xml: changedText },
        { fileName: 'attribute.xml', xml: badAttribute },
      ],
      { decoded: true },
    );
    expect(text?.valid).toBe(true);
    expect(attribute?.diagnostics.map((d) => d.code)).toEqual(['TEI_SCHEMA']);
  });
});
