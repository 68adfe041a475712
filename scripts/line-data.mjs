// The labelled lines of the benchmark pages, shared by scripts/train.mjs (which trains the line
// classifier on them) and scripts/eval-plain.mjs (which checks cleaning on the held-out sites).
//
// Every page of ../shared/corpora/article-extraction-benchmark and ../shared/corpora/fundus-news,
// rendered with cheerio to its visible text lines (block elements end a line), each line
// labelled by whether it belongs to the page's ground-truth body (normalized text matched
// against the body's paragraphs and word trigrams); lines that are partly body, and the page's
// title, are left unlabelled. A scraped plain text holds the article and what surrounds it, not
// the page's menus: only the lines from `margin` lines above the body's first line to `margin`
// below its last are kept. Sites are split by a seeded hash of the URL's host: `heldOutShare`
// of the hosts are held out.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpora = ['article-extraction-benchmark', 'fundus-news'].map((c) => join(root, '..', 'shared', 'corpora', c));
const seed = 'unscrape-line-classifier-1';
const heldOutShare = 0.25;
const margin = 12;

const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'label']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'head', 'title', 'meta', 'link', 'select', 'option', 'textarea', 'input', 'button']);
const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The visible text lines of a page: each block element's text, blanks collapsed. */
export function render(html) {
  const $ = load(html);
  const lines = [];
  let buffer = '';
  const flush = () => {
    const t = buffer.replace(/\s+/gu, ' ').trim();
    if (t) lines.push(t);
    buffer = '';
  };
  const stack = [$.root()[0]];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === 'flush') { flush(); continue; }
    if (node.type === 'text') { buffer += node.data; continue; }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const name = node.name?.toLowerCase();
    if (name && SKIP.has(name)) continue;
    if (node.attribs && ('hidden' in node.attribs || hidden.test(node.attribs.style ?? '') || node.attribs['aria-hidden'] === 'true')) continue;
    if (name === 'br') { flush(); continue; }
    const block = name !== undefined && !INLINE.has(name);
    if (block) { flush(); stack.push('flush'); }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  const title = $('title').first().text();
  const h1 = $('h1').first().text();
  const og = $('meta[property="og:title"]').attr('content') ?? '';
  return { lines, titles: [title, h1, og].map(norm).filter(Boolean) };
}

/** Lower case, letters and digits only, one space between words. */
export function norm(s) {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function trigrams(words) {
  const out = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** 1 body, 0 not body, undefined left out (partly body, or the page's title). */
export function labeller(body, titles) {
  const paragraphs = new Set(body.split(/\n+/u).map(norm).filter(Boolean));
  const whole = ` ${norm(body)} `;
  const grams = new Set(trigrams(whole.trim().split(' ')));
  return (line) => {
    const n = norm(line);
    if (n !== '' && titles.some((t) => t === n || (n.length > 20 && t.includes(n)) || (t.length > 20 && n.includes(t)))) return undefined;
    if (n === '') return 0;
    if (paragraphs.has(n)) return 1;
    const words = n.split(' ');
    if (words.length < 5) return whole.includes(` ${n} `) ? undefined : 0;
    const g = trigrams(words);
    const hit = g.filter((x) => grams.has(x)).length / g.length;
    if (hit >= 0.7) return 1;
    if (hit <= 0.2) return 0;
    return undefined;
  };
}

/** Whether a record's removals cover more than half of the source span [start, end) (a line counted as removed). */
/** An article sentence, as the plain-text evaluations count them: a final . ! ? or …, four words or more. */
export const isSentence = (t) => /[.!?…]["'”’»)\]]*$/u.test(t) && t.split(/\s+/u).length >= 4;

export function removedFrom(record, start, end) {
  let covered = 0;
  for (const x of record.removed) covered += Math.max(0, Math.min(end, x.end) - Math.max(start, x.start));
  return covered * 2 > end - start;
}

export function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return url;
  }
}

export const heldOut = (host) => createHash('sha256').update(`${seed}:${host}`).digest().readUInt32BE(0) / 2 ** 32 < heldOutShare;

/** The labelled pages: { id, host, held, lines: [{ text, label }] }, label 1 body, 0 not, undefined left out. */
export function pages() {
  const docs = [];
for (const corpus of corpora) {
  const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
  for (const id of Object.keys(truth).sort()) {
    const file = join(corpus, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const { lines, titles } = render(gunzipSync(readFileSync(file)).toString('utf8'));
    const label = labeller(truth[id].articleBody, titles);
    const labels = lines.map(label);
    const first = labels.indexOf(1);
    const last = labels.lastIndexOf(1);
    if (first < 0) continue;
    const from = Math.max(0, first - margin);
    const to = Math.min(lines.length, last + margin + 1);
    // The title is left out of the document: a plain text's title line is cut before cleaning.
    const kept = [];
    for (let i = from; i < to; i++) {
      const n = norm(lines[i]);
      if (n !== '' && titles.some((t) => t === n)) continue;
      kept.push({ text: lines[i], label: labels[i] });
    }
    const host = hostOf(truth[id].url ?? id);
    docs.push({ id, host, held: heldOut(host), lines: kept });
  }
}
  return docs;
}
