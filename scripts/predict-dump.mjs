#!/usr/bin/env node
// A third kind of scraper's text of a benchmark, for scripts/eval-scraped.mjs: a text browser's
// dump of every whole page (`lynx -dump`, `w3m -dump` or `html2text`, at 80 columns), menus,
// banners, comments and all, hard-wrapped as those tools write it, as {id: {articleBody}}.
// Readability.js's and unfluff's texts are an extractor's choice of the page; this is the page
// itself, as a crawler that keeps everything writes it.
//
// The tools are Debian packages, not dependencies: `apt-get install lynx w3m html2text`, then
//   node scripts/predict-dump.mjs lynx ../shared/corpora/fundus-news /tmp/lynx-fundus.json
// Each page is decoded as its charset says (`sniffHtmlCharset`, else UTF-8) and handed to the
// tool as UTF-8, its charset label changed to say so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusPages, decodePage } from './corpus.mjs';

const [tool, corpus, out] = process.argv.slice(2);
const argsOf = {
  lynx: (f) => ['-dump', '-nolist', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', f],
  w3m: (f) => ['-dump', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8', '-T', 'text/html', f],
  html2text: (f) => ['-utf8', '-width', '80', f],
};
if (!argsOf[tool] || !corpus || !out) {
  console.error('usage: node scripts/predict-dump.mjs lynx|w3m|html2text CORPUS OUT.json');
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'unscrape-dump-'));
const page = join(scratch, 'page.html');
const preds = {};
try {
  for (const { id, bytes } of corpusPages(resolve(corpus))) {
    const html = decodePage(bytes);
    // The page now is UTF-8: its own charset label would make the tool read it as the old one.
    writeFileSync(page, html.replace(/(<meta[^>]*charset\s*=\s*["']?)[\w-]+/giu, '$1utf-8'));
    try {
      preds[id] = { articleBody: execFileSync(tool, argsOf[tool](page), { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] }) };
    } catch (e) {
      console.error(`${id}: ${tool} failed: ${String(e.message).slice(0, 120)}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
writeFileSync(out, JSON.stringify(preds));
console.log(`${Object.keys(preds).length} pages: ${tool}'s dump written to ${out}`);
