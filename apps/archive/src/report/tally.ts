import type { Diagnostic } from '@warraq/schema';

const FIRST_LOCATIONS = 3;

interface CodeCount {
  severity: Diagnostic['severity'];
  count: number;
  first: string[];
}

/** Warnings and errors counted by code, keeping the first few locations of each, for the console summary. */
export class DiagnosticTally {
  private readonly codes = new Map<string, CodeCount>();

  add(d: Diagnostic): void {
    if (d.severity === 'info') return;
    const key = `${d.severity} ${d.code}`;
    const entry = this.codes.get(key) ?? { severity: d.severity, count: 0, first: [] };
    entry.count++;
    if (entry.first.length < FIRST_LOCATIONS)
      entry.first.push(`${d.file ?? '<input>'}:${d.line}:${d.column}`);
    this.codes.set(key, entry);
  }

  count(severity: Diagnostic['severity']): number {
    let n = 0;
    for (const c of this.codes.values()) if (c.severity === severity) n += c.count;
    return n;
  }

  /** One line per code, errors first, then by code. */
  lines(): string[] {
    return [...this.codes]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, c]) => {
        const more = c.count > c.first.length ? ', …' : '';
        return `  ${key} ×${c.count}: ${c.first.join(', ')}${more}`;
      });
  }

  toJSON(): Record<string, { severity: string; count: number; first: string[] }> {
    return Object.fromEntries([...this.codes].map(([key, c]) => [key.split(' ')[1], c]));
  }
}

/** Counts by code of one article's diagnostics, for the --json summary. */
export function countByCode(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of diagnostics) out[d.code] = (out[d.code] ?? 0) + 1;
  return out;
}
