#!/usr/bin/env node
// Corpus-level repetition (`repeated-line`) on real pages turned into a naive scraper's text:
// every page of a publisher with 3 pages or more in ../shared/corpora/fundus-news (and the
// auto-blog posts of ../shared/corpora/wp-automatic-sample as they are), each page's visible
// text with block tags as line breaks, one JSON Lines document with its `url`. Cleaned with
// the first pass; each line `repeated-line` removed is scored against the page's ground-truth
// body: a line of the body is an article line lost, any other is junk removed. Also counts the
// junk lines left (lines not in the body) for the residue figure. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlText } from '../dist/run/learn.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '../shared/corpora/fundus-news');
const pages = JSON.parse(readFileSync(join(corpus, 'pages.json'), 'utf8'));
const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
const perHost = new Map();
for (const p of pages) perHost.set(p.host, [...(perHost.get(p.host) ?? []), p]);
const norm = (s) => s.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

const out = '/tmp/unscrape-eval-repeated';
mkdirSync(out, { recursive: true });
const docs = [];
for (const [host, list] of perHost) {
  if (list.length < 3) continue;
  for (const p of list) {
    const html = gunzipSync(readFileSync(join(corpus, 'html', `${p.id}.html.gz`))).toString('utf8');
    const body = /<body\b[\s\S]*$/iu.exec(html)?.[0] ?? html;
    const text = htmlText(body).split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n');
    const raw = truth[p.id]?.articleBody ?? '';
    docs.push({ id: p.id, host, url: p.url, text, body: norm(raw), bodyLines: new Set(raw.split('\n').map(norm)) });
  }
}
const input = join(out, 'fundus.jsonl');
writeFileSync(input, docs.map((d) => JSON.stringify({ url: d.url, text: d.text })).join('\n') + '\n');
const records = execFileSync(process.execPath, [join(root, 'bin/unscrape.js'), 'clean', input, '--debug'], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  .trim().split('\n').map((l) => JSON.parse(l));

let junkRemoved = 0;
let lost = 0;
let junkLines = 0;
const lostExamples = [];
const removedExamples = new Map();
records.forEach((r, i) => {
  const d = docs[i];
  // A line of the body: one of its lines, or a longer piece of its text (a short label such as
  // "The Associated Press" is inside many sentences without being one).
  const inBody = (line) => { const n = norm(line); return n.length > 0 && (d.bodyLines.has(n) || (n.split(' ').length >= 6 && d.body.includes(n))); };
  for (const line of d.text.split('\n')) if (!inBody(line)) junkLines++;
  for (const x of r.removed ?? []) {
    if (x.rule !== 'repeated-line') continue;
    if (inBody(x.text)) {
      lost++;
      lostExamples.push(`${d.id}: ${x.text.slice(0, 100)} (${x.reason})`);
    } else {
      junkRemoved++;
      const k = `${d.host}: ${x.text.slice(0, 60)}`;
      removedExamples.set(k, (removedExamples.get(k) ?? 0) + 1);
    }
  }
});
console.log(`fundus pages of publishers with 3+ pages: ${docs.length} pages, ${perHost.size} hosts in all`);
console.log(`junk lines in the naive text: ${junkLines}; removed by repeated-line: ${junkRemoved} (${(100 * junkRemoved / junkLines).toFixed(1)}%)`);
console.log(`article lines (lines of the ground-truth body) removed: ${lost}`);
for (const e of lostExamples.slice(0, 20)) console.log('  lost: ' + e);
for (const [k, n] of [...removedExamples].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.SHOW ?? 25))) console.log(`  removed ${n}x ${k}`);
process.exitCode = lost === 0 ? 0 : 1;
