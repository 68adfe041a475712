#!/usr/bin/env node
// Cleaning a scraper's plain text of pages no list was written for: another extractor's text of
// both benchmarks' pages (Readability.js's, as ../shared/bench/calibration/predict.mjs makes it)
// is written one file per page, in one folder per site, and goes through `unscrape clean` (the
// built CLI, default settings, so repeated-line learns from each site's pages too). Each line of
// that text is labelled against the page's ground truth as scripts/line-data.mjs labels the
// training lines (the page's title left out); the figures are the junk lines left in `text` and
// the article lines that do not come out unchanged: removed (removal records cover more than
// half of the line) or repaired in place.
//
// Usage: npm run build && node scripts/eval-scraped.mjs AEB.json FUNDUS.json [--held-out] [--residue] [--changed]
//   AEB.json, FUNDUS.json: {id: {articleBody}} for article-extraction-benchmark and fundus-news,
//   e.g. `node ../shared/bench/calibration/predict.mjs readability-jsdom
//   ../shared/corpora/article-extraction-benchmark aeb.json` run in a scratch folder where
//   @mozilla/readability and jsdom are installed (see that script), or unfluff's text made by
//   scripts/predict-unfluff.mjs the same way (a second scraper: text no rule was written for),
//   or a text browser's dump of the whole page (scripts/predict-dump.mjs: lynx, w3m, html2text).
//   --held-out keeps to the sites `npm run train` holds out (the classifier learned from the
//   others' pages, rendered another way); --residue lists the junk lines left, --changed the
//   article lines that changed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpora, heldOut, hostOf, labeller, norm, removedFrom } from './line-data.mjs';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length !== corpora.length) {
  console.error('usage: node scripts/eval-scraped.mjs AEB.json FUNDUS.json [--held-out] [--residue] [--changed]');
  process.exit(2);
}
const show = { residue: process.argv.includes('--residue'), changed: process.argv.includes('--changed') };
/** The classifier learned from the other sites' pages: `--held-out` keeps to the sites `npm run train` holds out. */
const heldOnly = process.argv.includes('--held-out');
const work = mkdtempSync(join(tmpdir(), 'unscrape-scraped-'));
const docs = [];
corpora.forEach((corpus, k) => {
  const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
  const preds = JSON.parse(readFileSync(files[k], 'utf8'));
  for (const id of Object.keys(preds).sort()) {
    const body = preds[id]?.articleBody?.trim();
    if (!truth[id] || !body) continue;
    const host = hostOf(truth[id].url ?? id);
    if (heldOnly && !heldOut(host)) continue;
    const site = host.replace(/[^\p{L}\p{N}.-]/gu, '_');
    mkdirSync(join(work, 'in', site), { recursive: true });
    const title = truth[id].title ?? '';
    // A scraper writes the title first, as a plain text's title line.
    const source = `${title ? `${title}\n\n` : ''}${body}\n`;
    writeFileSync(join(work, 'in', site, `${id}.txt`), source);
    // Each line with its place in the source, in code points as the records count them.
    const lines = [];
    let from = title ? title.length + 2 : 0;
    for (const text of body.split('\n')) {
      const at = source.indexOf(text, from);
      from = at + text.length;
      if (text.trim() !== '') lines.push({ text: text.trim(), start: [...source.slice(0, at)].length, end: [...source.slice(0, from)].length });
    }
    docs.push({ id, site, host, title, body: truth[id].articleBody, lines });
  }
});
const run = spawnSync(process.execPath, ['bin/unscrape.js', 'clean', join(work, 'in'), '--out', join(work, 'out')], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  process.exit(1);
}
let junk = 0;
let left = 0;
let article = 0;
let changed = 0;
let removed = 0;
for (const d of docs) {
  const record = JSON.parse(readFileSync(join(work, 'out', d.site, `${d.id}.txt.json`), 'utf8'));
  const label = labeller(d.body, d.title ? [norm(d.title)] : []);
  const out = new Set(record.text.split('\n').map((l) => l.trim()));
  for (const { text: line, start, end } of d.lines) {
    const l = label(line);
    // a line the record takes as its title is kept too (junk left when it is junk)
    const kept = out.has(line) || record.title === line;
    const gone = removedFrom(record, start, end);
    if (l === 0) {
      junk++;
      if (kept) {
        left++;
        if (show.residue) console.log(`LEFT ${d.host}/${d.id}: ${line.slice(0, 160)}`);
      }
    } else if (l === 1) {
      article++;
      if (!kept) {
        changed++;
        if (gone) removed++;
        if (show.changed) console.log(`${gone ? 'REMOVED' : 'CHANGED'} ${d.host}/${d.id}: ${line.slice(0, 160)} [${[...new Set(record.removed.filter((x) => x.end > start && x.start < end).map((x) => x.rule))].join(', ')}]`);
      }
    }
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`${docs.length} pages as the scraper's text gives them, cleaned: junk lines left ${left} of ${junk} (${((100 * left) / junk).toFixed(1)}%); article lines removed ${removed}, repaired in place ${changed - removed}, of ${article}`);
