// The rules of the doc tests, on small READMEs written here: `node --test scripts/doc-blocks.test.mjs` (in npm test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeBlocks, commandsMissingFrom, lineMatches, unmetClaims } from './doc-blocks.mjs';

const readme = [
  '# x',
  '```ts run',
  'console.log(1 + 1); // → 2',
  '```',
  '```json',
  '{"not": "code"}',
  '```',
  '```sh',
  'echo unmarked',
  '```',
  '```sh ci',
  'npm ci && npm start   # builds # → nothing claimed here',
  '```',
].join('\n');

test('finds code blocks with their marker, line and claims, and ignores other languages', () => {
  const blocks = codeBlocks(readme);
  assert.deepEqual(
    blocks.map((b) => [b.line, b.language, b.marker, b.shell, b.claims]),
    [
      [2, 'ts', 'run', false, ['2']],
      [8, 'sh', undefined, true, []],
      [11, 'sh', 'ci', true, ['nothing claimed here']],
    ],
  );
});

test('a claim matches a whole line, with … or ... for any text', () => {
  assert.equal(
    lineMatches('a.txt:15:255: info X: stops …', 'a.txt:15:255: info X: stops mid-sentence'),
    true,
  );
  assert.equal(lineMatches('valid: true', 'valid: true'), true);
  assert.equal(lineMatches('true', 'untrue'), false);
  assert.equal(lineMatches('1.5', '125'), false);
  assert.deepEqual(unmetClaims(['2', 'three…'], 'x\n2\nfour'), ['three…']);
});

test('a ci block must list commands .ci/run runs', () => {
  const ci = 'npm ci --no-audit --no-fund\ncheck "npm test" npm test\n';
  assert.deepEqual(commandsMissingFrom('npm ci && npm start   # builds\nnpm test  # all', ci), ['npm start']);
});
