// Articles of many distinct words, to fill the brief's shaping cache to its cap (50,000 words per
// face) and time a brief over a full cache: every Arabic word of the shared corpus's articles with
// clitic prefixes, 40 to a paragraph, 20,000 to an article (a brief of an article over 1 MB keeps
// nothing in the cache). Written with their sidecars into <out-dir>; nothing is committed.
//   node apps/brief/bench/many-words.mjs <shared-corpus-dir> <out-dir> [prefixes, comma-separated]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [corpus, out, prefixList = ',و,ف,ب,ل,وب,ول,فل,كال,سي,لل,وال'] = process.argv.slice(2);
if (corpus === undefined || out === undefined) {
  console.error('usage: node bench/many-words.mjs <shared-corpus-dir> <out-dir> [prefixes]');
  process.exit(2);
}
const words = new Set();
for (const folder of ['saudinewsnet', 'antcorpus-jawharafm'])
  for (const file of readdirSync(join(corpus, folder)).sort())
    if (file.endsWith('.txt'))
      for (const word of readFileSync(join(corpus, folder, file), 'utf8').split(/[^\u0621-\u064a]+/))
        if (word.length > 2) words.add(word);
const forms = [];
for (const prefix of prefixList.split(',')) for (const word of words) forms.push(prefix + word);
const PER_ARTICLE = 20_000;
mkdirSync(out, { recursive: true });
for (let n = 0; n * PER_ARTICLE < forms.length; n++) {
  const mine = forms.slice(n * PER_ARTICLE, (n + 1) * PER_ARTICLE);
  const paragraphs = [];
  for (let i = 0; i < mine.length; i += 40) paragraphs.push(`${mine.slice(i, i + 40).join(' ')}.`);
  const name = join(out, `many-${String(n).padStart(2, '0')}`);
  writeFileSync(`${name}.txt`, `كلمات كثيرة\n\n${paragraphs.join('\n\n')}\n`);
  writeFileSync(
    `${name}.meta.yaml`,
    `id: many-words-${n}\nlanguage: ar\noutlet:\n  name: اختبار\ntitle: كلمات كثيرة\npublished: 2021-04-01\nretrieved: 2026-12-03\n`,
  );
}
console.log(
  `${words.size} words, ${forms.length} forms in ${Math.ceil(forms.length / PER_ARTICLE)} articles → ${out}`,
);
