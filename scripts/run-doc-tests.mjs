#!/usr/bin/env node
// Doc tests: every code example in the READMEs (root, packages/*, apps/*) runs as written and prints
// what its `// → …` comments claim. The block rules are in doc-blocks.mjs.
//
// Usage: node scripts/run-doc-tests.mjs [--project DIR]
//   without --project: against the built workspaces (run `npm run build` first); blocks are written
//     under .tmp/doctest/ in the repository, where `@warraq/*` resolve to the workspaces;
//   --project DIR: against the packages installed in DIR (the consumer check installs the packed
//     tarballs there, with typescript): what a user of npm gets.
// Each block runs in a fresh folder holding a copy of corpus/, the first article as article.txt +
// article.meta.yaml, and article.json, the Document @warraq/parser makes of it: the files the
// examples name. TypeScript blocks are compiled with
// the repository's strict flags (skipLibCheck on: the consumer check owns declaration checking).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeBlocks, commandsMissingFrom, MARKERS, unmetClaims } from './doc-blocks.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const projectArg = process.argv.indexOf('--project');
const project = projectArg > 0 ? resolve(process.argv[projectArg + 1]) : repo;
const root = projectArg > 0 ? join(project, 'doctest') : join(repo, '.tmp', 'doctest');
const FIRST = 'corpus/000_b7c19ba4b4690b72';
const TIMEOUT_MS = 180_000;

function readmes() {
  const out = ['README.md'];
  for (const group of ['packages', 'apps'])
    for (const name of readdirSync(join(repo, group)).sort())
      if (existsSync(join(repo, group, name, 'README.md'))) out.push(`${group}/${name}/README.md`);
  return out;
}

/** The first article as a Document in JSON, made by the @warraq/parser under test. */
async function firstArticleJson() {
  const entry = createRequire(join(project, 'package.json')).resolve('@warraq/parser');
  const { parseArticleWithSidecar } = await import(pathToFileURL(entry).href);
  const outcome = parseArticleWithSidecar(
    { fileName: 'article.txt', bytes: readFileSync(join(repo, `${FIRST}.txt`)) },
    { fileName: 'article.meta.yaml', text: readFileSync(join(repo, `${FIRST}.meta.yaml`), 'utf8') },
  );
  if (!outcome.ok)
    throw new Error(`the first article does not parse: ${JSON.stringify(outcome.diagnostics)}`);
  return JSON.stringify(outcome.document);
}
const articleJson = await firstArticleJson();

/** A fresh working folder with the files the examples read. */
function workFolder(name) {
  const dir = join(root, 'work', name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(repo, 'corpus'), join(dir, 'corpus'), { recursive: true });
  cpSync(join(repo, `${FIRST}.txt`), join(dir, 'article.txt'));
  cpSync(join(repo, `${FIRST}.meta.yaml`), join(dir, 'article.meta.yaml'));
  writeFileSync(join(dir, 'article.json'), articleJson);
  return dir;
}

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    types: ['node'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    outDir: 'js',
  },
  include: ['src/*.mts'],
};

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);
let ran = 0;

rmSync(root, { recursive: true, force: true });
mkdirSync(join(root, 'src'), { recursive: true });
const ciScript = readFileSync(join(repo, '.ci/run'), 'utf8');
const programs = [];
const shells = [];
for (const readme of readmes()) {
  for (const block of codeBlocks(readFileSync(join(repo, readme), 'utf8'))) {
    const where = `${readme}:${block.line}`;
    const name = `${readme.replace(/\/?README\.md$/, '').replace(/\//g, '-') || 'root'}-${block.line}`;
    if (!MARKERS.has(block.marker ?? '')) {
      fail(
        where,
        `a \`\`\`${block.language} block needs a marker: run, ci or no-run (see scripts/doc-blocks.mjs)`,
      );
    } else if (block.marker === 'ci') {
      for (const c of commandsMissingFrom(block.body, ciScript)) fail(where, `"${c}" is not run by .ci/run`);
    } else if (block.marker === 'run') {
      (block.shell ? shells : programs).push({ ...block, where, name });
    }
  }
}

// All TypeScript blocks in one compilation: what a user pasting them into a strict project gets.
for (const p of programs) writeFileSync(join(root, 'src', `${p.name}.mts`), `${p.body}\n`);
writeFileSync(join(root, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
if (programs.length > 0) {
  const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
  const compiled = spawnSync(process.execPath, [tsc, '-p', root], { encoding: 'utf8' });
  if (compiled.status !== 0)
    fail('TypeScript examples', `do not compile:\n${compiled.stdout}${compiled.stderr}`);
}

const bin = join(project, 'node_modules', '.bin');
const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH}`,
  SOURCE_DATE_EPOCH: '1700000000',
};
function run(block, command, args) {
  const cwd = workFolder(block.name);
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: TIMEOUT_MS });
  ran++;
  const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  if (r.status !== 0) {
    fail(
      block.where,
      `exited with ${r.status ?? r.signal}:\n${output.trim().split('\n').slice(-15).join('\n')}`,
    );
    return;
  }
  for (const claim of unmetClaims(block.claims, output))
    fail(
      block.where,
      `claims "→ ${claim}" but printed:\n${output.trim().split('\n').slice(0, 15).join('\n')}`,
    );
  console.log(
    `ok ${block.where} (${block.claims.length} claimed output${block.claims.length === 1 ? '' : 's'})`,
  );
}

if (failures.length === 0) {
  for (const p of programs) run(p, process.execPath, [join(root, 'js', `${p.name}.mjs`)]);
}
for (const s of shells) run(s, 'bash', ['-euo', 'pipefail', '-c', s.body]);

console.log(
  `doc tests: ${ran} blocks run against ${relative(repo, project) || 'the workspaces'} (node ${process.version})`,
);
if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
