#!/usr/bin/env node
// A corpus's pages with every class and id name replaced by a hash of it, as sites built with
// CSS modules or styled-components name their boxes ("x74f7b2", not "article-body"): the same
// name gets the same hash, so a story's sibling boxes still share a class, but no name says
// what a box holds. Scoring the copy measures how much extraction owes to the class names the
// selector lists know (src/extract/selectors.ts), that is, how it does on sites whose names
// those lists never saw. The bytes of the page are otherwise unchanged (any charset).
//
// --plain-tags also writes the page as a site without HTML5's semantic elements would (a hand-made
// site, an old CMS, a shop's template): <article>, <main>, <header>, <footer>, <nav>, <aside>,
// <section>, <figure>, <figcaption>, <time> and <address> become <div>, and schema.org's
// itemprop/itemscope/itemtype and JSON-LD go; --keep-names leaves the class and id names as they
// are (with --plain-tags: what extraction owes to the elements alone).
//
// Usage: node scripts/hash-classes.mjs CORPUS OUT [--plain-tags] [--keep-names]
//   then: npm run bench:extraction -- --corpus OUT   (or `unscrape clean OUT/html` and the scorer)
// CORPUS holds html/<id>.html[.gz] and ground-truth.json (and pages.json when it has one); OUT
// gets html/<id>.html and copies of the two JSON files.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPages } from './corpus.mjs';

const [corpus, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const plainTags = process.argv.includes('--plain-tags');
const keepNames = process.argv.includes('--keep-names');
if (!corpus || !out) {
  console.error('usage: node scripts/hash-classes.mjs CORPUS OUT [--plain-tags] [--keep-names]');
  process.exit(2);
}
mkdirSync(join(out, 'html'), { recursive: true });
for (const f of ['ground-truth.json', 'pages.json']) if (existsSync(join(corpus, f))) copyFileSync(join(corpus, f), join(out, f));

const hashed = (name) => 'x' + createHash('sha1').update(name).digest('hex').slice(0, 6);
/** A start tag, and a class or id attribute in it with its value (quoted or bare). */
const startTag = /<[a-zA-Z][^>]*>/g;
const nameAttr = /(\s)(class|id)(\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)/gi;
/** HTML5's semantic elements, a start or end tag's name; schema.org's attributes; JSON-LD. */
const semantic = /<(\/?)(?:article|main|header|footer|nav|aside|section|figure|figcaption|time|address)(?=[\s>\/])/gi;
const schemaAttr = /\s(?:itemprop|itemscope|itemtype)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/gi;
const jsonLd = /<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi;
/** A start tag with its class and id names hashed (unless --keep-names) and schema.org's attributes gone (with --plain-tags): one pass over the tags. */
function rewriteTag(tag) {
  const named = keepNames
    ? tag
    : tag.replace(nameAttr, (_, space, attr, eq, value) => {
        const quote = /^["']/.test(value) ? value[0] : '';
        const names = (quote ? value.slice(1, -1) : value).split(/\s+/).filter(Boolean);
        return `${space}${attr}${eq}${quote}${names.map(hashed).join(' ')}${quote}`;
      });
  return plainTags ? named.replace(schemaAttr, '') : named;
}
let pages = 0;
for (const { file, bytes } of corpusPages(corpus)) {
  // Latin-1 maps each byte to one character and back: a page in any charset keeps its bytes.
  let page = bytes.toString('latin1');
  if (plainTags) page = page.replace(jsonLd, '');
  page = page.replace(startTag, rewriteTag);
  if (plainTags) page = page.replace(semantic, '<$1div');
  writeFileSync(join(out, 'html', file.replace(/\.gz$/, '')), Buffer.from(page, 'latin1'));
  pages++;
}
const did = [keepNames ? '' : 'class and id names hashed', plainTags ? 'semantic elements made divs' : ''].filter(Boolean).join(', ');
console.log(`${pages} pages written to ${join(out, 'html')}${did ? `, ${did}` : ''}`);
