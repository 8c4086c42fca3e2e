// The fenced code blocks of a README and what they claim, for the doc tests (scripts/run-doc-tests.mjs).
// Pure functions over text, so the rules below are tested on their own (scripts/doc-blocks.test.mjs).
//
// Every ```ts, ```js, ```sh (or bash, shell, console) block must say what it is, after the language:
//   ```ts run      a complete program: compiled with TypeScript strict and run
//   ```sh run      shell commands, run with bash -euo pipefail
//   ```sh ci       commands .ci/run runs itself (each one must appear in .ci/run)
//   ```ts no-run   shown only: a signature listing, or an install from the registry (the consumer
//                  check installs the same packages from their tarballs)
// A block without a marker fails the doc tests, so a new example cannot go unchecked by accident.
// Claimed output: a comment `// → text` (`# → text` in shell) says the block prints a line matching
// text, where `…` or `...` stands for anything.

export const CODE_LANGUAGES = new Set([
  'ts',
  'typescript',
  'js',
  'javascript',
  'sh',
  'bash',
  'shell',
  'console',
]);
export const MARKERS = new Set(['run', 'ci', 'no-run']);

/**
 * The fenced blocks of `markdown` in code languages, with their marker (or undefined), body, the
 * 1-based line of the opening fence and the output they claim.
 */
export function codeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, , fence, language, rest] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++]);
    if (CODE_LANGUAGES.has(language.toLowerCase())) {
      const marker = rest.trim().split(/\s+/)[0] || undefined;
      const shell = !/^(ts|typescript|js|javascript)$/i.test(language);
      const text = body.join('\n');
      blocks.push({ line: i + 1, language, shell, marker, body: text, claims: claimsOf(text, shell) });
    }
    i = j;
  }
  return blocks;
}

/** The `// → text` (or `# → text`) claims of a block, in order. */
export function claimsOf(body, shell) {
  const comment = shell ? /#\s*→\s*(.+)$/ : /\/\/\s*→\s*(.+)$/;
  return body
    .split('\n')
    .map((line) => comment.exec(line)?.[1]?.trim())
    .filter((claim) => claim !== undefined && claim !== '');
}

/** Whether `line` matches `claim`, where `…` or `...` in the claim stands for any text. */
export function lineMatches(claim, line) {
  const pattern = claim
    .split(/…|\.\.\./)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^\\s*${pattern}\\s*$`).test(line);
}

/** The claims no line of `output` matches. */
export function unmetClaims(claims, output) {
  const lines = output.split('\n');
  return claims.filter((claim) => !lines.some((line) => lineMatches(claim, line)));
}

/** The commands of a `ci` block (comments dropped, `&&` chains split) that `ciScript` does not run. */
export function commandsMissingFrom(body, ciScript) {
  return body
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => line.split('&&').map((c) => c.trim()))
    .filter((command) => !ciScript.includes(command));
}
