import { describe, expect, it } from 'vitest';
import { foldTable, foldTableUnitByUnit, foldText } from '../src/names/fold.js';

describe('the folding table', () => {
  it('equals foldChar asked about every BMP code unit', () => {
    const fast = foldTable();
    const slow = foldTableUnitByUnit();
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (fast[code] !== slow[code]) differ.push(`U+${code.toString(16)}: ${fast[code]} ≠ ${slow[code]}`);
    expect(differ).toEqual([]);
  });

  it('folds the variants news writes interchangeably', () => {
    expect(foldText('أحمد إلى مكّة ١٢ ﻻ').text).toBe('احمد الي مكه 12 لا');
  });
});
