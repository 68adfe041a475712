/**
 * Extractors return a source map (issue 18 point 5): for HTML pages and JSON / JSON Lines
 * documents, every removal, edit and finding of a record, taken through the map, is a span of
 * the decoded file that reads as the record's text (tags dropped, character references and JSON
 * escapes decoded). The whole article-extraction benchmark is measured by
 * `node scripts/source-map.mjs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createProcessor, createSourceProcessor, fileSpanOf, type DecodedDocument } from '../src/pipeline/index.js';
import { SourceIndex } from '../src/record/positions.js';
import { defaultSettings } from '../src/settings.js';
import type { OutputRecord, UnscrapeRecord } from '../src/types.js';
import { project, unscrape } from './helpers/check.js';
import { spanFailures } from './helpers/span-text.mjs';
import { asText } from './helpers/md-text.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const html = [
  ...readdirSync(join(fixtures, 'html')).map((d) => `html/${d}/input.html`),
  ...readdirSync(join(fixtures, 'html-bench')).filter((d) => !d.includes('.') && d !== 'LICENSE').map((d) => `html-bench/${d}/input.html.gz`),
  'source-map/page.html',
].sort();
const jsonl = ['dev/dev.jsonl', 'dev/perturbed.jsonl', 'line-classifier/heldout.jsonl', 'source-map/escapes.jsonl'];

const settings = defaultSettings();
const mapped = createSourceProcessor(settings);
const plain = createProcessor(settings);

/** A file's spans checked; how many spans, and how many were not verbatim in the file. */
function check(document: DecodedDocument, record: UnscrapeRecord, json: boolean) {
  const source = new SourceIndex(document.source);
  const place = (start: number, end: number) => fileSpanOf(document, start, end, source);
  return spanFailures(document.text, record, place, json);
}

describe('HTML: spans through the map read as the record says', () => {
  let spans = 0;
  let notVerbatim = 0;
  it.each(html)('%s', (path) => {
    const data = readFileSync(join(fixtures, path));
    const { record, document } = mapped({ path, data });
    expect('error' in record).toBe(false);
    expect(document?.map).toBeDefined();
    const r = check(document!, record as UnscrapeRecord, false);
    expect(r.failures).toEqual([]);
    spans += r.total;
    notVerbatim += r.notVerbatim;
    // The map changes no record: what `check` reads is what `clean` writes.
    expect(record).toEqual(plain({ path, data }));
    // The file is the page as decoded
    const text = path.endsWith('.gz') ? gunzipSync(data).toString('utf8') : data.toString('utf8');
    if (!path.includes('cp1251')) expect(document!.text).toBe(text.replace(/^\ufeff/, ''));
  });
  it('checked many spans, many of them with markup or references inside', () => {
    expect(spans).toBeGreaterThan(15);
    expect(notVerbatim).toBeGreaterThan(3);
  });
});

describe('JSON Lines: spans through the map read as the record says, escapes decoded', () => {
  let spans = 0;
  let notVerbatim = 0;
  it.each(jsonl)('%s', (path) => {
    const lines = readFileSync(join(fixtures, path), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const input = { path, data: line, format: 'json' as const, line: i + 1, container: 'jsonl' as const };
      const { record, document } = mapped(input);
      expect(record).toEqual(plain(input));
      if ('error' in record) return;
      expect(document!.field).toBeDefined();
      const r = check(document!, record, true);
      expect(r.failures).toEqual([]);
      spans += r.total;
      notVerbatim += r.notVerbatim;
    });
  });
  it('checked many spans, escapes inside some', () => {
    expect(spans).toBeGreaterThan(100);
    expect(notVerbatim).toBeGreaterThan(0);
  });
  it('places a span after escapes at its column in the line', () => {
    const line = readFileSync(join(fixtures, 'source-map/escapes.jsonl'), 'utf8').split('\n')[0]!;
    const { record, document } = mapped({ path: 'e.jsonl', data: line, format: 'json', line: 1, container: 'jsonl' });
    const repeated = (record as UnscrapeRecord).findings.find((f) => f.rule === 'repeated-word')!;
    const [a, b] = fileSpanOf(document!, repeated.start, repeated.end);
    expect(line.slice(a, b)).toBe(repeated.excerpt);
    // the escapes before it (\n, \u00e9, \", a surrogate pair) are longer in the line than in the text
    expect(a).toBeGreaterThan(line.indexOf('It should be recalled'));
    expect(a).toBe(line.indexOf('the the'));
  });
});

describe('the record of a document read for check', () => {
  it('counts a Markdown record in the file itself: a character outside the BMP after a span does not move it', () => {
    const data = '---\ntitle: A title long enough to push the body far down\n---\n\nThe the cat sat on the mat 😀 today, **they** said.\n';
    const { record, document } = mapped({ path: 'a.md', data });
    expect(document!.source).toBe(data);
    const f = (record as UnscrapeRecord).findings.find((x) => x.rule === 'repeated-word')!;
    const [a, b] = fileSpanOf(document!, f.start, f.end);
    expect(data.slice(a, b)).toBe('The the');
  });

  it('is the record clean writes, for every kind of input', () => {
    const inputs: Array<{ path: string; data: string }> = [
      { path: 'a.txt', data: 'Title\n\n[ad_1]\n\nOne , two.\n' },
      { path: 'a.md', data: '---\ntitle: T\n---\n\nSome *text* , here.\n' },
      { path: 'a.json', data: '{"text": "One , two.\\n\\nAdvertisement"}' },
      { path: 'a.json', data: '{"html": "<p>One , two.</p><p>[ad_1]</p>"}' },
    ];
    for (const input of inputs) expect(mapped(input).record as OutputRecord).toEqual(plain(input));
  });
});

describe('check places an HTML page\'s problems at their line and column in the file', () => {
  const page = readFileSync(join(fixtures, 'source-map/page.html'), 'utf8');
  const dir = project({ 'page.html': page, 'page.jsonl': readFileSync(join(fixtures, 'source-map/escapes.jsonl')) });
  /** 1-based line and column of the first `text` in `file` at or after `from`. */
  const at = (file: string, text: string, from = 0) => {
    const i = file.indexOf(text, from);
    const before = file.slice(0, i);
    return { line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
  };
  const calque = at(page, 'It should be recalled');
  const repeated = at(page, 'the the contractor');
  const nbsp = at(page, '&nbsp;bridge');

  it('in every reporter: stylish, json, sarif, github', () => {
    const stylish = unscrape(['check', 'page.html'], { cwd: dir }).stdout;
    expect(stylish).toMatch(new RegExp(`^page\\.html:${calque.line}:${calque.column} +warning +“It should be recalled that”`, 'm'));
    expect(stylish).toMatch(new RegExp(`^page\\.html:${repeated.line}:${repeated.column} +error +Word “the” is repeated`, 'm'));
    const json = JSON.parse(unscrape(['check', '--format', 'json', 'page.html'], { cwd: dir }).stdout) as Array<{ problems: Array<{ rule: string; line: number; column: number; endLine: number; endColumn: number; excerpt: string }> }>;
    const problems = json[0]!.problems;
    expect(problems.find((p) => p.rule === 'calque')).toMatchObject({ line: calque.line, column: calque.column, endLine: calque.line, endColumn: calque.column + 'It should be recalled that'.length });
    // A character reference is one character of the text and six of the file.
    expect(problems.find((p) => p.rule === 'whitespace' && p.line === nbsp.line)).toMatchObject({ column: nbsp.column, endColumn: nbsp.column + '&nbsp;'.length, excerpt: '\u00a0' });
    // Every problem's span in the file reads as its excerpt.
    const lines = page.split('\n');
    for (const p of problems) {
      const span = p.line === p.endLine ? lines[p.line - 1]!.slice(p.column - 1, p.endColumn - 1) : undefined;
      if (span !== undefined) expect(asText(span).replace(/\s+/g, ''), p.rule).toBe(asText(p.excerpt).replace(/\s+/g, ''));
    }
    const sarif = JSON.parse(unscrape(['check', '--format', 'sarif', 'page.html'], { cwd: dir }).stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }> }> };
    const region = sarif.runs[0]!.results.find((r) => r.ruleId === 'repeated-word')!.locations[0]!.physicalLocation.region;
    expect(region).toMatchObject({ startLine: repeated.line, startColumn: repeated.column });
    const github = unscrape(['check', '--format', 'github', 'page.html'], { cwd: dir }).stdout;
    expect(github).toContain(`::warning file=page.html,line=${calque.line},col=${calque.column},`);
  });

  it('a JSON Lines document\'s problems at their line and column, past the escapes before them', () => {
    const lines = readFileSync(join(fixtures, 'source-map/escapes.jsonl'), 'utf8').split('\n');
    const json = JSON.parse(unscrape(['check', '--format', 'json', 'page.jsonl'], { cwd: dir }).stdout) as Array<{ problems: Array<{ rule: string; line: number; column: number; excerpt: string }> }>;
    const found = json[0]!.problems.filter((p) => p.rule === 'repeated-word').map((p) => [p.line, p.column]);
    // columns count code points (line 3 has an emoji written raw before it)
    const expected = lines.flatMap((l, i) => (l.includes('the the') ? [[i + 1, [...l.slice(0, l.indexOf('the the'))].length + 1]] : []));
    expect(found).toEqual(expected);
    // in the html field, through both maps: a reference and escapes before it
    const html = json[0]!.problems.find((p) => p.line === 2 && p.rule === 'calque')!;
    expect(html.column).toBe(lines[1]!.indexOf('As it became known') + 1);
  });
});
