/**
 * npm run eval -w @warraq/parser: the named-entity evaluation (eval/ner.ts, when present), the
 * named-entity evaluation on blind-annotated real news (eval/ner-news.ts), then the date evaluation
 * (eval/dates.ts). Each runs in its own process so one cannot disturb the other.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let failed = false;
for (const script of ['ner.ts', 'ner-news.ts', '../scripts/names-model/cv.ts', 'dates.ts']) {
  const path = join(here, script);
  if (!existsSync(path)) {
    console.log(`(${script} not present: skipped)\n`);
    continue;
  }
  console.log(`── eval/${script} ${'─'.repeat(50)}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
  console.log();
}
process.exit(failed ? 1 : 0);
