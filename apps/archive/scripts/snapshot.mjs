// Every file of an archive folder but Warraq's own state (.warraq), by path, with its bytes: what the
// kill test and the build tests compare a folder by. Plain JavaScript so the kill-test script can
// import it without a build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function snapshot(dir) {
  const out = new Map();
  const walk = (abs, rel) => {
    for (const name of readdirSync(abs).sort()) {
      if (name === '.warraq') continue;
      const full = join(abs, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else out.set(`${rel}${name}`, readFileSync(full, 'latin1'));
    }
  };
  walk(dir, '');
  return out;
}
