import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/report/progress.js';

describe('progressReporter', () => {
  it('shows count, rate and ETA, at most every interval, and always the last one', () => {
    const lines: string[] = [];
    let now = 0;
    const report = progressReporter(
      (l) => lines.push(l),
      () => now,
      200,
    );
    now = 1000;
    report(100, 1000); // 100 articles in 1 s: 900 left at 100/s
    now = 1100;
    report(110, 1000); // within the interval: not drawn
    now = 10_000;
    report(1000, 1000);
    expect(lines).toEqual([
      '100/1,000 articles · 100.0/s · ETA 9s',
      '1,000/1,000 articles · 100.0/s · ETA 0s',
    ]);
  });

  it('writes the ETA in minutes past a minute', () => {
    const lines: string[] = [];
    let now = 0;
    const report = progressReporter(
      (l) => lines.push(l),
      () => now,
    );
    now = 1000;
    report(10, 10_000);
    expect(lines[0]).toBe('10/10,000 articles · 10.0/s · ETA 16m39s');
  });
});
