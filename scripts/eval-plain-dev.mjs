#!/usr/bin/env node
// Cleaning of scraped plain text no rule was written for (issue 19): fixtures/plain-dev holds
// documents of invented sites as many kinds of scraper write them (news-scraping libraries
// with and without their own header lines, news and extraction APIs' dumps, main-content
// extractors, a crude tag stripper, html2text and a Common Crawl-style whole-page text,
// auto-blogs machine-translating Ukrainian, Russian, Turkish, Arabic, Chinese, Hindi, Japanese,
// Korean, Spanish, Portuguese, Italian, German and French news, crawlers, a web archive's text,
// media-monitoring exports, an LLM-era reader API, RSS full-text readers, a browser's "save as
// text", "select all" and reader-mode copy, a jusText-like crawler, Telegram channels'
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
import { join } from 'node:path';
import { root, scorePlainDev } from './eval-lib.mjs';

const verbose = process.argv.includes('-v');
const at = process.argv.indexOf('--dir');
const dir = at >= 0 ? process.argv[at + 1] : join(root, 'fixtures', 'plain-dev');
const run = spawnSync(process.execPath, [join(root, 'bin', 'unscrape.js'), 'clean', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  process.exit(2);
}
const records = run.stdout.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
const stats = scorePlainDev(records, dir, (kind, path, text, rec, start, end) => {
  if (!verbose) return;
  if (kind === 'left') console.log(`LEFT ${path}: ${text.slice(0, 140)}`);
  else console.log(`REMOVED ${path}: ${text.slice(0, 140)} [${rec.removed.filter((x) => x.end > start && x.start < end).map((x) => x.rule).join(', ')}]`);
});
console.log('site                         docs  junk  left  residue  article lines  removed  sentences  lost');
for (const [site, s] of Object.entries(stats).sort((a, b) => (a[0] === 'all') - (b[0] === 'all') || a[0].localeCompare(b[0]))) {
  console.log(`${site.padEnd(28)} ${String(s.docs).padStart(4)} ${String(s.junk).padStart(5)} ${String(s.left).padStart(5)} ${((100 * s.left) / Math.max(1, s.junk)).toFixed(1).padStart(7)}% ${String(s.article).padStart(14)} ${String(s.removed).padStart(8)} ${String(s.sentences).padStart(10)} ${String(s.lost).padStart(5)}`);
}
