#!/usr/bin/env node
// A second scraper's text of a benchmark, for scripts/eval-scraped.mjs: unfluff's (a port of
// Python's goose, as corpora of news are often scraped) `text` of every page of a corpus, one
// line per paragraph, written as {id: {articleBody}}. Readability.js's text comes from
// ../shared/bench/calibration/predict.mjs; this one measures the cleaning on text no rule was
// written against.
//
// unfluff is not a dependency: run in a scratch folder where it is installed (after `npm run
// build` in the project: scripts/corpus.mjs reads the built extractor),
//   mkdir /tmp/uf && cd /tmp/uf && npm i unfluff@3.2.0
//   node /path/to/unscrape/scripts/predict-unfluff.mjs ../shared/corpora/fundus-news fundus.json
// (its warnings about languages it has no stop words for are silenced).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { corpusPages } from './corpus.mjs';

const [corpus, out] = process.argv.slice(2);
if (!corpus || !out) {
  console.error('usage: node scripts/predict-unfluff.mjs CORPUS OUT.json   (in a folder where unfluff is installed)');
  process.exit(2);
}
const unfluff = createRequire(join(process.cwd(), 'package.json'))('unfluff');
const { warn, error } = console;
console.warn = console.error = () => {};
const preds = {};
for (const { id, bytes } of corpusPages(resolve(corpus))) {
  const html = bytes.toString('utf8');
  let text = '';
  try {
    text = unfluff(html).text ?? '';
  } catch {
    // A page unfluff cannot read has no text, as a failed scrape has none.
  }
  preds[id] = { articleBody: text.replace(/\n{2,}/gu, '\n') };
}
console.warn = warn;
console.error = error;
writeFileSync(out, JSON.stringify(preds));
console.log(`${Object.keys(preds).length} pages, ${Object.values(preds).filter((p) => p.articleBody).length} with text, written to ${out}`);
