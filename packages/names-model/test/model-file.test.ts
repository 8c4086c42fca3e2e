import { describe, expect, it } from 'vitest';
import { namesModelUrl, readNamesModel } from '../src/index.js';

describe('the names model file', () => {
  it('is shipped inside the package and starts with its magic number', () => {
    expect(namesModelUrl.pathname.endsWith('/model/names.wnm')).toBe(true);
    const bytes = readNamesModel();
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('WNM1');
    expect(bytes.byteLength).toBeLessThan(10 * 2 ** 20);
  });

  it('is read once and shared', () => {
    expect(readNamesModel()).toBe(readNamesModel());
  });
});
