// One Typst compile as a whole process, the peer of one warraq-brief process: the same article,
// A4, Amiri 14 pt, right to left, justified, with Debian's Amiri TTFs (fonts-hosny-amiri).
// Usage: node typst-process.mjs <fonts dir> <article.txt> <out.pdf>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [fontsDir, article, out] = process.argv.slice(2);
const faces = ['Amiri-Regular.ttf', 'Amiri-Bold.ttf', 'Amiri-Slanted.ttf', 'Amiri-BoldSlanted.ttf'];
const fontBlobs = faces.map((f) => readFileSync(join(fontsDir, f)));
const paragraphs = readFileSync(article, 'utf8')
  .split('\n')
  .filter((p) => p.trim() !== '');
const escapeTypst = (s) => s.replace(/[\\#*_$@<>[\]`=~/-]/g, (c) => `\\${c}`);
const source = [
  '#set page(paper: "a4", margin: 2cm)',
  '#set text(font: "Amiri", size: 14pt, lang: "ar", dir: rtl)',
  '#set par(justify: true)',
  '',
  ...paragraphs.map((p) => `${escapeTypst(p)}\n`),
].join('\n');
const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs }] });
writeFileSync(out, compiler.pdf({ mainFileContent: source }));
