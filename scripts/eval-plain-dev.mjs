#!/usr/bin/env node
// Cleaning of scraped plain text no rule was written for (issue 19): fixtures/plain-dev holds 262
// documents of 89 invented sites as many kinds of scraper write them (news-scraping libraries
// with and without their own header lines, news and extraction APIs' dumps, main-content
// extractors, a crude tag stripper, html2text and a Common Crawl-style whole-page text,
// auto-blogs machine-translating Ukrainian, Russian, Turkish, Arabic, Chinese, Hindi, Spanish,
// Portuguese, Italian, German and French news, crawlers, a web archive's text, media-monitoring exports, a
// browser's "save as text" and reader-mode copy, a jusText-like crawler, Telegram channels'
// items, in German, French, Spanish, Italian, Polish, Dutch, Russian and Ukrainian, feed
// savers; see its SOURCE.txt), each non-empty line
// labelled junk
// (junk.json) or article text. The built CLI cleans the folder (default settings, so
// repeated-line learns from each site's documents); a line counts as removed when removal
// records cover more than half of it, and a line the record takes as its title is kept.
// Prints per site and overall: junk lines left (residue), article lines removed, and article
// sentences (a final . ! ? …, four words or more) lost; -v lists the junk left and the article
// lines removed.
//
// Usage: npm run build && node scripts/eval-plain-dev.mjs [-v] [--dir DIR]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './eval-lib.mjs';
import { isSentence, removedFrom } from './line-data.mjs';

const verbose = process.argv.includes('-v');
const at = process.argv.indexOf('--dir');
const dir = at >= 0 ? process.argv[at + 1] : join(root, 'fixtures', 'plain-dev');
const labels = JSON.parse(readFileSync(join(dir, 'junk.json'), 'utf8'));
const run = spawnSync(process.execPath, [join(root, 'bin', 'unscrape.js'), 'clean', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  process.exit(2);
}
const stats = {};
const add = (site, key) => {
  for (const k of [site, 'all']) {
    stats[k] ??= { docs: 0, junk: 0, left: 0, article: 0, removed: 0, sentences: 0, lost: 0 };
    stats[k][key]++;
  }
};
for (const line of run.stdout.split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  const path = rec.source.path.replace(/^\.\//u, '');
  const junk = labels[path];
  if (junk === undefined) continue;
  const junkLines = new Set(junk.map((j) => j.trim()));
  const site = path.split('/')[0];
  add(site, 'docs');
  let offset = 0;
  for (const raw of readFileSync(join(dir, path), 'utf8').split('\n')) {
    // record offsets count code points
    const n = [...raw].length;
    const [start, end] = [offset, offset + n];
    offset += n + 1;
    const text = raw.trim();
    if (text === '') continue;
    const gone = removedFrom(rec, start, end);
    const title = rec.title !== undefined && rec.title === text;
    if (junkLines.has(text)) {
      add(site, 'junk');
      if (!gone || title) {
        add(site, 'left');
        if (verbose) console.log(`LEFT ${path}: ${text.slice(0, 140)}`);
      }
    } else if (!title) {
      add(site, 'article');
      if (gone) {
        add(site, 'removed');
        if (verbose) console.log(`REMOVED ${path}: ${text.slice(0, 140)} [${rec.removed.filter((x) => x.end > start && x.start < end).map((x) => x.rule).join(', ')}]`);
      }
      if (isSentence(text)) {
        add(site, 'sentences');
        if (gone) add(site, 'lost');
      }
    }
  }
}
console.log('site                         docs  junk  left  residue  article lines  removed  sentences  lost');
for (const [site, s] of Object.entries(stats).sort((a, b) => (a[0] === 'all') - (b[0] === 'all') || a[0].localeCompare(b[0]))) {
  console.log(`${site.padEnd(28)} ${String(s.docs).padStart(4)} ${String(s.junk).padStart(5)} ${String(s.left).padStart(5)} ${((100 * s.left) / Math.max(1, s.junk)).toFixed(1).padStart(7)}% ${String(s.article).padStart(14)} ${String(s.removed).padStart(8)} ${String(s.sentences).padStart(10)} ${String(s.lost).padStart(5)}`);
}
