import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleWithSidecar } from '@warraq/parser';
import type { WarraqDocument } from '@warraq/schema';
import { encodeTei } from '@warraq/tei';
import { loadAmiri, renderPdf } from '@warraq/typeset';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { articleMetadata, madeAt, teiAttachment, toArchival } from '../src/archival/index.js';
import { archiveTeiOptions, renderBrief } from '../src/brief.js';
import { main } from '../src/cli.js';
import { composeBrief } from '../src/compose-brief.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const article = join(repo, 'corpus/000_b7c19ba4b4690b72.txt');
const sidecar = article.replace(/\.txt$/, '.meta.yaml');
const EPOCH = '1617235200'; // 2021-04-01T00:00:00Z
const dir = mkdtempSync(join(tmpdir(), 'brief-archival-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The article parsed as warraq-archive parses it (the source file named without its folder). */
function parse(sidecarText = readFileSync(sidecar, 'utf8')): WarraqDocument {
  const parsed = parseArticleWithSidecar(
    { fileName: basename(article), bytes: readFileSync(article) },
    { fileName: sidecar, text: sidecarText },
  );
  if (!parsed.ok) throw new Error('the first corpus article should parse');
  return parsed.document;
}

interface Inspected {
  raw: string;
  info: Record<string, unknown>;
  xmp: (name: string) => unknown;
  attachments: Record<string, { filename: string; content: Uint8Array }>;
}
async function inspect(pdf: Uint8Array): Promise<Inspected> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const { info, metadata } = await doc.getMetadata();
  const attachments = ((await doc.getAttachments()) ?? {}) as Inspected['attachments'];
  await doc.destroy();
  return {
    raw: Buffer.from(pdf).toString('latin1'),
    info: info as Record<string, unknown>,
    xmp: (name) => metadata?.get(name),
    attachments,
  };
}

async function briefWithCli(args: string[], env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const out = join(dir, `${args.join('-').replace(/\W/g, '')}-${Object.keys(env).length}.pdf`);
  const err: string[] = [];
  const status = await main(
    [article, '--out', out, ...args],
    { stdout: () => {}, stderr: (s) => err.push(s) },
    env,
  );
  expect(err).toEqual([]);
  expect(status).toBe(0);
  return new Uint8Array(readFileSync(out));
}

describe('the brief as an archival PDF', () => {
  it('is PDF/A-3b with the article TEI inside, byte for byte as warraq-archive encodes it', async () => {
    const pdf = await briefWithCli([], { SOURCE_DATE_EPOCH: EPOCH });
    const found = await inspect(pdf);
    expect(found.raw.startsWith('%PDF-1.7')).toBe(true);
    expect(found.xmp('pdfaid:part')).toBe('3');
    expect(found.xmp('pdfaid:conformance')).toBe('B');
    const files = Object.values(found.attachments);
    expect(files.map((f) => f.filename)).toEqual(['syriatv-2021-04-01-coalition.xml']);
    const tei = encodeTei(parse(), archiveTeiOptions({ SOURCE_DATE_EPOCH: EPOCH }));
    expect(Buffer.from(files[0]!.content).toString('utf8')).toBe(tei);
    expect(found.raw).toContain('/AFRelationship /Source');
    expect(found.raw).toContain('/Subtype /application#2Ftei+xml');
    expect(found.raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(found.raw).toContain('/Lang (ar)');
    expect(found.raw).toContain('/StructTreeRoot');
  });

  it('states the metadata in Info and XMP alike: title, language, dates, creator tool', async () => {
    const found = await inspect(await briefWithCli([], { SOURCE_DATE_EPOCH: EPOCH }));
    const title = 'البيان الختامي لاجتماع وزراء التحالف الدولي ضد تنظيم الدولة';
    expect(found.info.Title).toBe(title);
    expect(found.xmp('dc:title')).toBe(title);
    expect(String(found.xmp('dc:language'))).toBe('ar'); // pdf.js flattens rdf:Bag and rdf:Seq
    expect(String(found.xmp('dc:date'))).toBe('2021-04-01');
    expect(found.xmp('dc:identifier')).toBe('syriatv-2021-04-01-coalition');
    expect(found.xmp('xmp:createdate')).toBe('2021-04-01T00:00:00Z');
    expect(found.xmp('xmp:modifydate')).toBe('2021-04-01T00:00:00Z');
    expect(found.info.CreationDate).toBe('D:20210401000000Z');
    expect(String(found.info.Creator)).toMatch(/^warraq-brief \d+\.\d+\.\d+/);
  });

  it('escapes & < > and quotes in the XMP (pdfkit pastes Info strings in raw)', async () => {
    const title = 'Q&A <b> "quoted" & \'single\' — الأسئلة & الأجوبة';
    const url = 'https://example.org/a?x=1&y=2';
    const meta = readFileSync(sidecar, 'utf8')
      .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
      .replace(/^retrieved: .*$/m, (line) => `${line}\nurl: ${url}`);
    const pdf = await renderBrief(parse(meta), undefined, { madeAt: new Date(Date.UTC(2021, 3, 1)) });
    const found = await inspect(pdf);
    expect(found.xmp('dc:title')).toBe(title);
    expect(found.xmp('dc:source')).toBe(url);
    expect(found.info.Title).toBe(title);
  });

  it('with --pdfa 1b is PDF/A-1b (PDF 1.4) and carries no file', async () => {
    const found = await inspect(await briefWithCli(['--pdfa', '1b'], { SOURCE_DATE_EPOCH: EPOCH }));
    expect(found.raw.startsWith('%PDF-1.4')).toBe(true);
    expect(found.xmp('pdfaid:part')).toBe('1');
    expect(found.attachments).toEqual({});
    expect(found.raw).not.toContain('/AF ');
    expect(() =>
      toArchival(
        { content: [] },
        {
          level: '1b',
          madeAt: new Date(0),
          metadata: { title: 't', language: 'ar' },
          attachments: [
            {
              name: 'a.xml',
              bytes: new Uint8Array(1),
              mimeType: 'text/xml',
              relationship: 'Source',
              description: 'a',
            },
          ],
        },
      ),
    ).toThrow(/PDF\/A-1b cannot carry attachments/);
  });

  it('dates the PDF when it is made unless SOURCE_DATE_EPOCH is set', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const found = await inspect(await briefWithCli(['--pdfa', '1b'], {}));
    const after = Date.now();
    const created = Date.parse(String(found.xmp('xmp:createdate')));
    expect(created).toBeGreaterThanOrEqual(before);
    expect(created).toBeLessThanOrEqual(after);
    expect(madeAt({ SOURCE_DATE_EPOCH: EPOCH }).toISOString()).toBe('2021-04-01T00:00:00.000Z');
    expect(madeAt({}, () => new Date(5)).getTime()).toBe(5);
    expect(() => madeAt({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(
      /SOURCE_DATE_EPOCH must be whole seconds/,
    );
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a number with status 2, and an unknown --pdfa level', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (s: string) => err.push(s) };
    expect(await main([article, '--out', join(dir, 'x.pdf')], io, { SOURCE_DATE_EPOCH: 'soon' })).toBe(2);
    expect(err[0]).toMatch(/SOURCE_DATE_EPOCH must be whole seconds/);
    expect(await main([article, '--out', join(dir, 'x.pdf'), '--pdfa', '2u'], io, {})).toBe(2);
    expect(err[1]).toMatch(/--pdfa takes 3b or 1b/);
  });

  it('carries one TEI per article when a definition gathers several (as a digest does)', async () => {
    const stack = loadAmiri();
    const first = parse();
    const second = parse(readFileSync(sidecar, 'utf8').replace(/^id: .*$/m, 'id: second-article'));
    const made = new Date(Date.UTC(2021, 3, 1));
    const definition = toArchival(composeBrief(first, stack), {
      level: '3b',
      madeAt: made,
      metadata: { ...articleMetadata(first, 'digest'), identifier: 'digest' },
      attachments: [teiAttachment(first), teiAttachment(second)],
    });
    const found = await inspect(await renderPdf(stack, definition, made));
    const byName = Object.fromEntries(Object.values(found.attachments).map((f) => [f.filename, f.content]));
    expect(Object.keys(byName).sort()).toEqual(['second-article.xml', 'syriatv-2021-04-01-coalition.xml']);
    expect(Buffer.from(byName['second-article.xml']!).toString('utf8')).toBe(encodeTei(second));
    expect(found.raw.match(/\/AFRelationship \/Source/g)).toHaveLength(2);
  });
});
