import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateFromSourceDateEpoch, encodeTei, WARRAQ_VERSION } from '../src/index.js';
import { richDocument } from './fixtures.js';

describe('package facts written into the TEI', () => {
  it('appInfo names the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(WARRAQ_VERSION).toBe(pkg.version);
    expect(encodeTei(richDocument())).toContain(`<application ident="warraq" version="${pkg.version}">`);
  });

  it('dates the file from the option, else from the metadata, never the clock', () => {
    const doc = richDocument();
    expect(encodeTei(doc)).toContain('<date when="2026-11-28">2026-11-28</date>');
    expect(encodeTei(doc, { date: '2030-01-02' })).toContain('<change when="2030-01-02"');
    expect(dateFromSourceDateEpoch('0')).toBe('1970-01-01');
    expect(dateFromSourceDateEpoch('1700000000')).toBe('2023-11-14');
    expect(dateFromSourceDateEpoch('not a number')).toBeUndefined();
    expect(dateFromSourceDateEpoch(undefined)).toBeUndefined();
  });
});

describe('options', () => {
  it('refuses a date that is not YYYY-MM-DD (a programming error, not bad input)', () => {
    expect(() => encodeTei(richDocument(), { date: 'yesterday' })).toThrow(RangeError);
    expect(() => encodeTei(richDocument(), { date: '2021-02-30' })).toThrow(RangeError);
  });
});
