import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractMarkdown } from '../src/extract/index.js';
import { chunksOf } from '../src/extract/markdown.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'markdown');

interface Expect {
  keep: string[];
  drop: string[];
  title?: string;
  meta?: Record<string, unknown>;
  firstParagraph?: string;
  lastParagraph?: string;
  suppressions?: Array<{ text: string; rules: string[] }>;
}

describe('Markdown fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const exp = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expect;
      const r = extractMarkdown(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
      const paras = r.text.split('\n\n');
      for (const p of paras) expect(p).toBe(p.trim());
      for (const s of exp.keep) expect(r.text, `keeps ${JSON.stringify(s)}`).toContain(s);
      for (const s of exp.drop) expect(r.text, `drops ${JSON.stringify(s)}`).not.toContain(s);
      if (exp.title !== undefined) expect(r.title).toBe(exp.title);
      if (exp.meta) expect(r.meta).toMatchObject(exp.meta);
      if (exp.firstParagraph !== undefined) expect(paras[0]).toBe(exp.firstParagraph);
      if (exp.lastParagraph !== undefined) expect(paras[paras.length - 1]).toBe(exp.lastParagraph);
      if (exp.suppressions) {
        expect((r.suppressions ?? []).map((s) => ({ text: r.text.slice(s.start, s.end), rules: s.rules }))).toEqual(exp.suppressions);
      }
    });
  }
});

describe('extractMarkdown', () => {
  it('reads WP Automatic front matter: folded title, first original_link, post_date', () => {
    const src = [
      '---', 'post_title: >', '  A folded', '  title', 'post_date: 2016-01-10 21:45:06',
      'permalink: >', '  https://blog.example/p/', 'original_link:', '  - >', '    http://origin.example/story', '---',
      ' [ad_1]', '<br><div><p>The body of the post, which is HTML and the whole article.</p>',
      '<p>A second paragraph of the article.</p></div>', '<br>[ad_2]', '<br><a href="http://origin.example/story">Source </a>', '',
    ].join('\n');
    const r = extractMarkdown(src);
    expect(r.title).toBe('A folded title');
    // The known fields read as before; every other key kept as it is (post_date too).
    expect(r.meta).toEqual({
      url: 'http://origin.example/story', date: '2016-01-10T21:45:06',
      original_link: 'http://origin.example/story', permalink: 'https://blog.example/p/',
      post_date: '2016-01-10 21:45:06',
    });
    expect(r.text).toBe('[ad_1]\n\nThe body of the post, which is HTML and the whole article.\n\nA second paragraph of the article.\n\n[ad_2]');
  });

  it('keeps every front matter key in meta as data, as JSON keeps its extra fields', () => {
    const r = extractMarkdown([
      '---', 'title: Harbour reopens', 'tags: [ports, weather]', 'categories:', '  - news', '  - local',
      'id: 4711', 'draft: false', 'custom_key: {nested: {deep: [1, "two"]}}', 'empty:', 'author: [Ann Lee, Bo Park]',
      '---', 'The harbour reopened on Monday after the storm.', '',
    ].join('\n'));
    expect(r.title).toBe('Harbour reopens');
    expect(r.meta).toEqual({
      author: 'Ann Lee',
      tags: ['ports', 'weather'], categories: ['news', 'local'], id: 4711, draft: false,
      custom_key: { nested: { deep: [1, 'two'] } }, empty: null,
    });
    // post_title is the title when there is no title, and then not metadata; a title key beside it stays out too.
    expect(extractMarkdown('---\npost_title: P\npost_name: p-slug\n---\nBody.').meta).toEqual({ post_name: 'p-slug' });
  });

  it('front matter values are data: no prototype from __proto__, YAML-only values made JSON', () => {
    const r = extractMarkdown([
      '---', 'title: T', '__proto__: {polluted: 1}', 'constructor: x', 'set: !!set {a, b}', 'omap: !!omap [{k: 1}]',
      'bytes: !!binary aGVsbG8=', 'nan: .nan', 'loop: &l [1, *l]', '---', 'Body text.', '',
    ].join('\n'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(r.meta)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(r.meta, '__proto__')).toBe(true);
    expect(JSON.parse(JSON.stringify(r.meta))).toEqual(JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":"x","set":["a","b"],"omap":{"k":1},"bytes":"aGVsbG8=","nan":null,"loop":[1,null]}',
    ));
  });

  it('prefers canonical_url, then permalink, when there is no original_link', () => {
    expect(extractMarkdown('---\ncanonical_url: https://c.example/\npermalink: https://p.example/\n---\nText.').meta.url).toBe('https://c.example/');
    expect(extractMarkdown('---\npermalink: https://p.example/\n---\nText.').meta.url).toBe('https://p.example/');
  });

  it('turns Markdown blocks into paragraphs and drops code', () => {
    const r = extractMarkdown('# Heading\n\nFirst *para*\ncontinues.\n\n- item one\n- item two\n\n> quoted\n\n```\ncode();\n```\n\n    indented code\n');
    expect(r.text).toBe('Heading\n\nFirst para continues.\n\nitem one\n\nitem two\n\nquoted');
  });

  it('does not repeat the front matter title as the first paragraph', () => {
    const r = extractMarkdown('---\ntitle: Same\n---\n# Same\n\nBody text.');
    expect(r.title).toBe('Same');
    expect(r.text).toBe('Body text.');
    const near = extractMarkdown('---\ntitle: "High School Roundup: Viera wins"\n---\n# HS Roundup: Viera wins\n\nBody text.');
    expect(near.text).toBe('Body text.');
  });

  it('never throws on malformed input', () => {
    for (const src of ['', '---', '---\n: : :\n  - [\n---\nbody', '\uFEFF---\ntitle: x\n---\n', '<div>'.repeat(5000), '['.repeat(100000), '> '.repeat(5000) + 'deep quote']) {
      const r = extractMarkdown(src);
      expect(typeof r.text).toBe('string');
    }
  });

  it('strikes through with two tildes only: one is "about"', () => {
    expect(extractMarkdown('Turnout rose from ~50 to ~60%~ in the ~~first~~ second round.').text).toBe('Turnout rose from ~50 to ~60%~ in the first second round.');
  });

  it('reads GitHub tables, but a table over 128 KB that no blank line cuts as CommonMark', () => {
    const table = (rows: number) => '| Region | Votes |\n|---|---|\n' + Array.from({ length: rows }, (_, i) => `| Region number ${i} of the country | ${i * 13} |`).join('\n');
    const small = extractMarkdown(`Results.\n\n${table(3)}\n`);
    expect(small.text.split('\n\n')).toEqual(['Results.', 'Region Votes', 'Region number 0 of the country 0', 'Region number 1 of the country 13', 'Region number 2 of the country 26']);
    // remark-gfm's tables cost tens of kilobytes of memory a row: a long body is read without them.
    const big = extractMarkdown(`Results.\n\n${table(4000)}\n`);
    const paras = big.text.split('\n\n');
    expect(paras).toHaveLength(2);
    expect(paras[1]!.startsWith('| Region | Votes |')).toBe(true);
  });

  it('parses a long body in chunks cut at blank lines outside fenced code, with the same paragraphs', () => {
    expect(chunksOf('short body\n\nof two paragraphs')).toEqual(['short body\n\nof two paragraphs']);
    const paragraph = (i: number) => `Paragraph ${i} has **bold** words and a [link](https://example.org/${i}) in it, as articles do.`;
    const parts = Array.from({ length: 1500 }, (_, i) => paragraph(i));
    // a fence with blank lines inside, where the first cut would fall (about 64 KB in)
    parts.splice(640, 0, '```\n' + 'code line\n\n'.repeat(1000) + '```');
    const body = parts.join('\n\n') + '\n';
    const chunks = chunksOf(body);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(body);
    for (const c of chunks) expect((c.match(/```/g) ?? []).length % 2).toBe(0);
    const text = extractMarkdown(body).text;
    expect(text.split('\n\n')).toEqual(Array.from({ length: 1500 }, (_, i) => paragraph(i).replace(/\*\*/g, '').replace(/\[link\]\([^)]*\)/, 'link')));
    // comments and <pre> blocks run across blank lines too
    const withComment = parts.map((p) => (p.startsWith('```') ? '<!--\n' + 'hidden note\n\n'.repeat(1000) + '-->' : p)).join('\n\n') + '\n';
    expect(chunksOf(withComment).join('')).toBe(withComment);
    expect(extractMarkdown(withComment).text).not.toMatch(/hidden note/);
    const withPre = parts.map((p) => (p.startsWith('```') ? '<PRE>\n' + 'preformatted line\n\n'.repeat(1000) + '</pre>' : p)).join('\n\n') + '\n';
    for (const c of chunksOf(withPre)) expect((c.match(/<pre>/gi) ?? []).length).toBe((c.match(/<\/pre>/gi) ?? []).length);
  });

  it('is deterministic', () => {
    const src = readFileSync(join(FIXTURES, 'wp-automatic', 'input.md'), 'utf8');
    expect(JSON.stringify(extractMarkdown(src))).toBe(JSON.stringify(extractMarkdown(src)));
  });
});
