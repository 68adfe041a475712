#!/usr/bin/env node
// Write fixtures/eval/: the committed sample that `npm run eval:gate` scores, taken from the
// article-extraction benchmark (MIT, Scrapinghub) so that CI, which has no ../shared, can run it:
//   ground-truth.json.gz  every ground-truth body ({id: {articleBody, url}}, the file as published,
//                         gzipped): the native-English false-positive sample, and the
//                         extraction sample's truth
//   html/<id>.html.gz     one page in STEP, in id order (the 1st, 4th, 7th, …), the published
//                         bytes unchanged: the extraction sample
//   LICENSE               the benchmark's MIT notice
// Deterministic: the same corpus gives byte-identical files. Run from the repository root:
//   node scripts/eval-sample.mjs [--corpus DIR]   (default ../shared/corpora/article-extraction-benchmark)
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const STEP = 3;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--corpus');
const corpus = resolve(i > 0 ? process.argv[i + 1] : join(root, '../shared/corpora/article-extraction-benchmark'));
const out = join(root, 'fixtures/eval');

const gtBytes = readFileSync(join(corpus, 'ground-truth.json'));
const gt = JSON.parse(gtBytes.toString('utf8'));
const pages = readdirSync(join(corpus, 'html')).filter((f) => f.endsWith('.html.gz') && f.split('.')[0] in gt).sort();
const sample = pages.filter((_, k) => k % STEP === 0);

rmSync(join(out, 'html'), { recursive: true, force: true });
mkdirSync(join(out, 'html'), { recursive: true });
for (const f of sample) copyFileSync(join(corpus, 'html', f), join(out, 'html', f));
// gzip's header holds no name and mtime 0 here, so the bytes depend only on the input.
writeFileSync(join(out, 'ground-truth.json.gz'), gzipSync(gtBytes, { level: 9 }));
copyFileSync(join(corpus, 'LICENSE'), join(out, 'LICENSE'));
console.log(`fixtures/eval: ${sample.length} of ${pages.length} pages (one in ${STEP}, in id order), ${Object.keys(gt).length} ground-truth bodies`);
