#!/usr/bin/env node
// A plain-text real-world check of cleaning (issue 19): junk lines left in `text` (residue) and
// article sentences lost, on scraped plain text the line classifier was not trained on.
//
//  1. The held-out sites of `npm run train` (scripts/line-data.mjs): each page's visible text
//     lines, one line per text line, written as a .txt in a folder per site (so that
//     repeated-line's first pass sees each site's pages together), labelled against the
//     ground-truth body: junk = a line not in the body; an article sentence = a body line that
//     ends a sentence (. ! ? …) and has four words or more.
//  2. Every tenth post of ../shared/corpora/wp-automatic-sample (an auto-blog's feed posts),
//     its HTML body rendered to text lines the same way, junk labelled by hand
//     (scripts/data/wp-junk.json); an article sentence = any other line that ends a sentence
//     and has four words or more. The same posts also as they are (.md files), through the
//     Markdown path, judged by their words (see 2b below).
// "Article lines removed" counts every line labelled article text (a sentence, a list item, a
// subheading) that cleaning removed, beside the sentences lost.
// Each folder goes through `unscrape clean` (the built CLI, default settings); a line counts as
// removed when removal records cover more than half of it; the line the record takes as the
// title is kept: junk left when it is junk, neither an article line nor a sentence lost when it
// is the article's.
//
// Idempotence: each cleaned text is written out and cleaned again; the lines that second
// cleaning removes (whitespace aside) are counted, per page (`--again` lists them).
//
// Usage: npm run build && node scripts/eval-plain.mjs [--lost] [--residue] [--removed] [--again] [--titles] [--training-sites] [--wrap N]
//   (list the lost sentences / the junk left / the article lines removed / the lines a second
//   cleaning removes / the titles the records take; part 1 on the training sites instead of the held-out ones; --wrap N: every
//   line of the pages and posts folded at N columns, as `lynx -dump`, html2text or `fold -s`
//   write a page, each piece labelled as its line: a line counts as removed when removals cover
//   more than half of it, as without --wrap)
// TRAIN_CACHE=file reuses the rendered pages of `npm run train` when that file exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentLanguage, languageCode, ownFunctionWords } from '../dist/clean/line-features.js';
import { lineModel } from '../dist/clean/lists/line-model.js';
import { fold } from './fold.mjs';
import { heldOut, isSentence, pages, removedFrom, render } from './line-data.mjs';
import { groupCounts } from './eval-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wpDir = join(root, '..', 'shared', 'corpora', 'wp-automatic-sample', 'posts');
const labels = JSON.parse(readFileSync(join(root, 'scripts', 'data', 'wp-junk.json'), 'utf8'));
const show = { lost: process.argv.includes('--lost'), residue: process.argv.includes('--residue'), again: process.argv.includes('--again'), removed: process.argv.includes('--removed'), titles: process.argv.includes('--titles') };

/** --wrap N: the width lines are folded at, or 0. */
const wrapAt = process.argv.includes('--wrap') ? Number(process.argv[process.argv.indexOf('--wrap') + 1]) : 0;


/** Write the documents as .txt files under a temporary folder (one subfolder per site), clean it, return the records by file. */
function cleanAll(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'unscrape-eval-plain-'));
  for (const d of docs) {
    mkdirSync(join(dir, d.site), { recursive: true });
    writeFileSync(join(dir, d.site, `${d.name}.txt`), d.lines.map((l) => fold(l.text, wrapAt)).join('\n') + '\n');
  }
  const r = spawnSync('node', [join(root, 'bin', 'unscrape.js'), 'clean', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`clean failed: ${r.stderr}`);
  const byFile = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    byFile.set(rec.source.path.replace(/^\.\//u, ''), rec);
  }
  rmSync(dir, { recursive: true, force: true });
  return byFile;
}

/** Clean the cleaned texts of `byFile` again: the lines that second cleaning removes, and on how many pages. */
function again(docs, byFile) {
  const cleaned = docs.map((d) => ({ ...d, lines: byFile.get(`${d.site}/${d.name}.txt`).text.split('\n').map((text) => ({ text })) }));
  const second = cleanAll(cleaned);
  let lines = 0;
  let pages = 0;
  for (const d of cleaned) {
    const rec = second.get(`${d.site}/${d.name}.txt`);
    const removed = rec.removed.filter((x) => x.rule !== 'whitespace' && x.text.trim() !== '');
    if (removed.length === 0) continue;
    pages++;
    for (const x of removed) {
      lines += x.text.trim().split('\n').filter((l) => l.trim() !== '').length;
      if (show.again) console.log(`AGAIN ${d.site}/${d.name} [${x.rule}]: ${x.text.trim().slice(0, 140).replace(/\n/gu, ' / ')}`);
    }
  }
  return { lines, pages };
}

/** Count junk left and sentences lost per group (language, or the corpus). */
function score(docs, byFile, groupOf) {
  const { stats, add } = groupCounts(['docs', 'junk', 'left', 'sentences', 'lost', 'body', 'bodyLost']);
  for (const d of docs) {
    const rec = byFile.get(`${d.site}/${d.name}.txt`);
    if (!rec || rec.error) throw new Error(`no record for ${d.site}/${d.name}: ${JSON.stringify(rec?.error)}`);
    if (show.titles && rec.title !== undefined) console.log(`TITLE ${d.site}/${d.name}: ${rec.title}`);
    add(groupOf(d), 'docs');
    let at = 0;
    for (const l of d.lines) {
      const n = [...l.text].length;
      const [s, e] = [at, at + n];
      at += n + 1;
      const gone = removedFrom(rec, s, e);
      const title = rec.title !== undefined && rec.title === l.text.trim();
      // A junk line the record takes as its title is junk kept; an article line so taken is not lost.
      if (l.label === 0) {
        add(groupOf(d), 'junk');
        if (!gone || title) {
          add(groupOf(d), 'left');
          if (show.residue) console.log(`LEFT ${d.site}/${d.name}: ${l.text.slice(0, 140)}`);
        }
      } else if (l.label === 1 && !title) {
        add(groupOf(d), 'body');
        if (gone) {
          add(groupOf(d), 'bodyLost');
          if (show.removed) console.log(`REMOVED ${d.site}/${d.name}: ${l.text.slice(0, 140)} [${rec.removed.filter((x) => x.end > s && x.start < e).map((x) => x.rule).join(', ')}]`);
        }
      }
      if (l.label === 1 && isSentence(l.text) && !title) {
        add(groupOf(d), 'sentences');
        if (gone) {
          add(groupOf(d), 'lost');
          if (show.lost) console.log(`LOST ${d.site}/${d.name}: ${l.text.slice(0, 140)} [${rec.removed.filter((x) => x.end > s && x.start < e).map((x) => x.rule).join(', ')}]`);
        }
      }
    }
  }
  return stats;
}

function table(title, stats) {
  console.log(`\n${title}`);
  // Article lines: every line labelled article text (list items, subheadings, sentences), and those removed.
  console.log('group      docs   junk  left  residue  sentences  lost  article lines  removed');
  for (const [g, s] of Object.entries(stats).sort((a, b) => (a[0] === 'all' ? 1 : b[0] === 'all' ? -1 : a[0].localeCompare(b[0])))) {
    console.log(`${g.padEnd(8)} ${String(s.docs).padStart(6)} ${String(s.junk).padStart(6)} ${String(s.left).padStart(5)} ${(s.junk ? (100 * s.left) / s.junk : 0).toFixed(1).padStart(7)}% ${String(s.sentences).padStart(10)} ${String(s.lost).padStart(5)} ${String(s.body ?? '-').padStart(14)} ${String(s.bodyLost ?? '-').padStart(8)}`);
  }
}

// 1. Held-out sites.
const cache = process.env.TRAIN_CACHE;
const all = cache && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : pages();
/** The language the classifier reads a page in: a list's, `own` (its own function words), or `und` (none: left alone). */
const readAs = (texts) => {
  const lang = documentLanguage(texts);
  if (lang >= 0) return languageCode(lang);
  return ownFunctionWords(texts, lineModel.proseShare) ? 'own' : 'und';
};
// --training-sites: the sites the model was trained on instead (its own removals there say little;
// a change to the other rules, measured before and after, says what it does on pages not looked at).
const trainingSites = process.argv.includes('--training-sites');
const held = all.filter((d) => heldOut(d.host) !== trainingSites).map((d) => ({ site: d.host, name: d.id.slice(0, 40), lines: d.lines, lang: readAs(d.lines.map((l) => l.text)) }));
const heldRecords = cleanAll(held);
table(`held-out sites of npm run train, as plain text (${held.length} pages, by the language the classifier reads; own: none of its lists', read by its own function words; und: left alone)`, score(held, heldRecords, (d) => d.lang));

// 2. WP Automatic posts, every tenth.
const matches = (entry, text) => (entry.startsWith('re:') ? new RegExp(`^(?:${entry.slice(3)})$`, 'u').test(text) : text.startsWith(entry));
const posts = readdirSync(wpDir).sort().filter((_, i) => i % 10 === 0).map((file) => {
  const body = readFileSync(join(wpDir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
  const junk = [...labels.all, ...(labels.posts[file] ?? [])];
  const lines = render(body).lines.map((text) => ({ text, label: junk.some((j) => matches(j, text)) ? 0 : 1 }));
  return { site: 'wp-automatic', name: file.replace(/\.md$/u, ''), lines };
});
const postRecords = cleanAll(posts);
table(`WP Automatic posts, every tenth (${posts.length}), junk labelled by hand`, score(posts, postRecords, () => 'wp'));

// 2b. The same posts as they are (.md files: front matter, an HTML body), through `clean`: the
// Markdown path (the extractor reads the HTML body; the plain-text line rules do not run). Their
// record's positions are in the Markdown source, so a line is judged by its words: junk is left
// when its words are still in `text` in that order, a sentence lost when they are not (a short
// junk line that also occurs inside article text counts as left).
{
  const words = (t) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const files = readdirSync(wpDir).sort().filter((_, i) => i % 10 === 0);
  const r = spawnSync('node', [join(root, 'bin', 'unscrape.js'), 'clean', ...files.map((f) => join(wpDir, f))], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`clean failed: ${r.stderr}`);
  const out = new Map(r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((rec) => [rec.source.path.split('/').pop(), words(rec.text ?? '')]));
  const s = { docs: files.length, junk: 0, left: 0, sentences: 0, lost: 0 };
  for (const [i, post] of posts.entries()) {
    const text = out.get(files[i]);
    for (const l of post.lines) {
      const w = words(l.text);
      if (w === '') continue;
      if (l.label === 0) {
        s.junk++;
        if (text.includes(w)) {
          s.left++;
          if (show.residue) console.log(`LEFT (.md) ${post.name}: ${l.text.slice(0, 140)}`);
        }
      } else if (isSentence(l.text)) {
        s.sentences++;
        if (!text.includes(w)) {
          s.lost++;
          if (show.lost) console.log(`LOST (.md) ${post.name}: ${l.text.slice(0, 140)}`);
        }
      }
    }
  }
  table(`The same posts as they are (.md), through clean, judged by their words`, { wp: s });
}

// 3. Idempotence: the cleaned texts cleaned again.
const twice = [again(held, heldRecords), again(posts, postRecords)];
console.log(`\ncleaned again: ${twice[0].lines} more lines removed on ${twice[0].pages} of ${held.length} held-out pages, ${twice[1].lines} on ${twice[1].pages} of ${posts.length} posts`);
