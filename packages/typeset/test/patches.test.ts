import { describe, expect, it } from 'vitest';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../src/index.js';
import { disableSpeedUps, enableSpeedUps } from '../src/patches/index.js';
import { streamWritesBatched } from '../src/patches/pdfkit.js';
import { installedVersions, PINNED, pinnedVersionError } from '../src/patches/versions.js';
import { firstArticle, paragraphsOf } from './fixtures.js';

describe('library patches', () => {
  it('finds the pinned pdfmake, pdfkit and fontkit installed, and names any other version', () => {
    expect(installedVersions()).toEqual(PINNED);
    expect(pinnedVersionError(PINNED)).toBeUndefined();
    const error = pinnedVersionError({ ...PINNED, pdfkit: '0.20.0' });
    expect(error?.message).toContain('pdfkit 0.20.0 (needs 0.19.1)');
    expect(error?.message).toContain('npm install pdfkit@0.19.1');
  });

  it('renders the same bytes with and without the speed-ups', async () => {
    // this file runs in a process of its own: nothing has installed the speed-ups yet
    disableSpeedUps();
    const amiri = loadAmiri();
    const render = async (families: typeof amiri.families) => {
      const stack = { families }; // a stack of its own: its faces are registered anew
      const content = paragraphsOf(firstArticle()).map((p) =>
        toPdfmake(layoutParagraph(p, stack, { width: 483, fontSize: 14 })),
      );
      return Buffer.from(await renderPdf(stack, { pageSize: 'A4', pageMargins: 56, content }));
    };
    const without = await render(amiri.families);
    expect(streamWritesBatched()).toBe(false);
    enableSpeedUps();
    expect(streamWritesBatched()).toBe(true);
    const withSpeedUps = await render(amiri.families);
    const again = await render(amiri.families); // warm: fonts parsed and shapes cached
    expect(without.length).toBeGreaterThan(10_000);
    expect(Buffer.compare(withSpeedUps, without)).toBe(0);
    expect(Buffer.compare(again, without)).toBe(0);
  });
});
