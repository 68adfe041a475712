import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Aggregator } from '../src/report/aggregate.js';
import { machineTranslatedScore } from '../src/report/score.js';
import { PieceSummary, estimateSentences, summarize } from '../src/record/summary.js';
import { parseRecord } from '../src/report/read.js';
import type { UnscrapeRecord } from '../src/types.js';
import { tempDir, unscrape } from './helpers/cli.js';

const root = resolve(__dirname, '..');

/** Records of fixtures/articles (translated and native news), made by the built CLI, with paths as a user in the project root sees them. */
let records: string | undefined;
function fixtureRecords(): string {
  if (records === undefined) {
    const r = unscrape(['clean', 'fixtures/articles', 'fixtures/markdown/wp-automatic'], { cwd: root });
    expect(r.status).toBe(0);
    records = r.stdout;
  }
  return records;
}

/** The cells of the per-site table: site -> [score, documents, errors]. */
function siteCells(html: string): Record<string, number[]> {
  const body = /<table class="sortable" id="table-sites">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
  const out: Record<string, number[]> = {};
  for (const row of body.split('\n').filter((l) => l.startsWith('<tr>'))) {
    const site = /<th scope="row">([^<]*)<\/th>/.exec(row)![1]!;
    out[site] = [...row.matchAll(/data-v="([^"]+)"/g)].slice(0, 3).map((m) => Number(m[1]));
  }
  return out;
}

function runCell(html: string, label: string): string {
  return new RegExp(`<th scope="row">${label}</th><td>([^<]*)</td>`).exec(html)?.[1] ?? '';
}

describe('unscrape report', () => {
  it('writes one self-contained HTML file with a chart and its table for each part, from JSON Lines', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'records.jsonl'), fixtureRecords());
    const r = unscrape(['report', 'records.jsonl', '-o', 'out.html'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('wrote out.html');
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    // Self-contained: no script, style, image or font from elsewhere.
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|<img\b|<iframe\b|@import|url\((?!#)/i);
    for (const id of ['scores', 'rates', 'removed', 'edits', 'findings', 'lengths', 'warnings', 'langs']) {
      expect(html, id).toMatch(new RegExp(`<figure class="chart" id="chart-${id}">[\\s\\S]*?<svg role="img"[^>]*><title id="${id}-t">[^<]+</title><desc id="${id}-d">[^<]+</desc>`));
    }
    // Tables behind the charts, with captions.
    for (const caption of ['Removals by rule', 'Edits by rule', 'Findings by rule and severity', 'Documents by length', 'Languages by site']) expect(html).toContain(`<caption>${caption}</caption>`);
    expect(runCell(html, 'documents')).toBe('8');
    // Sites: the URL's host, else the first folder that not all paths share.
    const sites = siteCells(html);
    expect(Object.keys(sites).sort()).toEqual(['belarus-open-letter', 'feeds.reuters.com', 'hard-wrapped-ferries', 'kyiv-blackout-mojibake', 'lviv-drone-captions', 'minsk-trial-sic', 'tallinn-native-clean', 'wp-automatic-grain-deal']);
    // The translated article scores high, the native one and the scraped English news low.
    expect(sites['belarus-open-letter']![0]).toBeGreaterThan(50);
    expect(sites['tallinn-native-clean']![0]).toBeLessThan(20);
    expect(sites['feeds.reuters.com']![0]).toBeLessThan(20);
    // Documents worth a look link to their source, relative to the report.
    expect(html).toContain('<a href="fixtures/articles/belarus-open-letter/input.txt">fixtures/articles/belarus-open-letter/input.txt</a>');
    expect(html).toMatch(/@media print\{/);
  });

  it('counts and names lines that are not records, and counts error records by code, without failing', () => {
    const dir = tempDir();
    const good = fixtureRecords().trim().split('\n');
    const error = (code: string, path: string) => JSON.stringify({ schema: 'unscrape/1', source: { path }, error: { code, message: `${code} here` } });
    const lines = [good[0], 'not json at all', '{"schema":"unscrape/2","source":{"path":"x"}}', '[1,2]', error('binary', 'a/x.bin'), '', error('too-large', 'a/big.txt'), error('binary', 'a/y.bin'), '{"text":"a plain document"}', good[1], '{"schema":"unscrape/1","source":{"path":"p"},"text":1}'];
    writeFileSync(join(dir, 'mixed.jsonl'), lines.join('\n') + '\n');
    const r = unscrape(['report', 'mixed.jsonl'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('5 line(s) were not unscrape/1 records');
    const html = readFileSync(join(dir, 'unscrape-report.html'), 'utf8');
    expect(runCell(html, 'documents')).toBe('5');
    expect(runCell(html, 'lines that are not records')).toBe('5');
    expect(runCell(html, 'error records')).toBe('3 (binary: 2, too-large: 1)');
    expect(html).toContain('<th scope="row">mixed.jsonl:2</th><td>not JSON');
    expect(html).toContain('<th scope="row">mixed.jsonl:3</th><td>schema &#34;unscrape/2&#34;, not unscrape/1</td>');
    expect(html).toContain('<th scope="row">mixed.jsonl:4</th><td>not a JSON object</td>');
    expect(html).toContain('<th scope="row">mixed.jsonl:9</th><td>not an unscrape/1 record (no &#34;schema&#34;)</td>');
    expect(html).toContain('<th scope="row">mixed.jsonl:11</th><td>an unscrape/1 record without text');
    expect(html).toContain('id="chart-errors"');
    expect(html).toMatch(/<caption>Error records by code<\/caption>[\s\S]*?<th scope="row">binary<\/th><td class="n" data-v="2">/);
  });

  it('--format text prints the headline numbers and the worst sites, to stdout', () => {
    const r = unscrape(['report', '--format', 'text'], { input: fixtureRecords(), cwd: tempDir() });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^unscrape report: 8 documents, 8 sites\n/);
    expect(r.stdout).toMatch(/error records\s+0\n/);
    expect(r.stdout).toMatch(/Worst sites \(of 8\), likeliest machine-translated first:\nsite\s+score\s+docs\s+warned\s+warn\/1k sent\s+removed\s+top rule\nbelarus-open-letter\s+\d\d\s+1\s+100 %\s/);
  });

  it('reads a clean --out folder of .json records, and clean --report makes the same report while cleaning', () => {
    const dir = tempDir();
    const out = join(dir, 'cleaned');
    const c = unscrape(['clean', 'fixtures/articles', 'fixtures/markdown/wp-automatic', '--out', out, '--report', join(dir, 'during.html'), '--jobs', '2'], { cwd: root });
    expect(c.status, c.stderr).toBe(0);
    expect(existsSync(join(out, 'belarus-open-letter', 'input.txt.json'))).toBe(true);
    const r = unscrape(['report', out, '-o', join(dir, 'after.html')], { cwd: root });
    expect(r.status, r.stderr).toBe(0);
    const during = readFileSync(join(dir, 'during.html'), 'utf8');
    const after = readFileSync(join(dir, 'after.html'), 'utf8');
    expect(runCell(during, 'documents')).toBe('8');
    expect(siteCells(during)).toEqual(siteCells(after));
    // Same charts, same numbers (the run's own lines differ: bytes and time).
    const tables = (html: string) => [...html.matchAll(/<table class="sortable" id="table-(?!run)[^"]+">[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables(during)).toEqual(tables(after));
    expect(runCell(during, 'bytes read')).toMatch(/^[\d,]+$/);
    expect(Number(runCell(during, 'bytes of records written').replace(/,/g, ''))).toBeGreaterThan(1000);
  });

  it('refuses no input at a terminal, and a path that does not exist, with exit 2', () => {
    const r = unscrape(['report', 'nosuch.jsonl'], { cwd: tempDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such file or folder: nosuch.jsonl');
  });
});

describe('report numbers', () => {
  const record = (path: string, over: Partial<UnscrapeRecord> = {}): UnscrapeRecord => ({
    schema: 'unscrape/1', source: { path, format: 'text', encoding: 'utf-8', sha256: '' }, meta: {}, text: 'One sentence. Two sentences.\n\nA heading', paragraphs: [],
    removed: [{ rule: 'ad-marker', start: 0, end: 6, text: '[ad_1]' }], edits: [], findings: [], stats: { charsIn: 100, charsOut: 80, removed: 1, edits: 0, findings: { error: 0, warning: 0, info: 0 } }, ...over,
  });
  const finding = (rule: string, severity: 'error' | 'warning' | 'info' = 'warning') => ({ rule, severity, start: 0, end: 1, line: 1, column: 1, excerpt: 'x', message: 'm' });

  it('estimates sentences from end punctuation, one per paragraph without it', () => {
    expect(estimateSentences('One sentence. Two sentences.\n\nA heading')).toBe(3);
    expect(estimateSentences('He said “Stop.” Then left! Why? …')).toBe(4);
    expect(estimateSentences('')).toBe(0);
  });

  it('names a site by URL host, else by the first folder the paths do not all share', () => {
    const a = new Aggregator();
    a.add(summarize(record('corpus/site-a/2020/x.txt')));
    a.add(summarize(record('corpus/site-a/2021/y.txt')));
    a.add(summarize(record('corpus/site-b/z.txt')));
    a.add(summarize(record('corpus/site-b/w.txt', { meta: { url: 'https://www.Example.com/news/1', lang: 'en-US' } })));
    const data = a.result({ source: 'report', inputs: [] });
    expect(data.sites.map((s) => [s.site, s.docs]).sort()).toEqual([['example.com', 1], ['site-a', 2], ['site-b', 1]]);
    expect(data.sites.find((s) => s.site === 'example.com')!.langs).toEqual([['en', 1]]);
  });

  it('scores translation artifacts, not other findings, and keeps one short document low', () => {
    const a = new Aggregator();
    const sentences = 'It is a sentence. '.repeat(40);
    a.add(summarize(record('mt/a.txt', { text: sentences, findings: [finding('calque'), finding('verb-pattern'), finding('pronoun-number'), finding('name-variant'), finding('calque', 'info'), finding('pleonastic-pronoun'), finding('pronoun-gender'), finding('untranslated'), finding('repeated-phrase')] })));
    a.add(summarize(record('native/a.txt', { text: sentences, findings: [finding('unbalanced-quote'), finding('repeated-word', 'error'), finding('duplicate-paragraph')] })));
    a.add(summarize(record('one/a.txt', { text: sentences, findings: [finding('calque')] })));
    const score = Object.fromEntries(a.result({ source: 'report', inputs: [] }).sites.map((s) => [s.site, s.score]));
    expect(score).toEqual({ mt: machineTranslatedScore(8.25, 40), native: 0, one: machineTranslatedScore(1, 40) });
    expect(score.mt).toBeGreaterThan(50);
    expect(score.one).toBeLessThan(20);
  });

  it('keeps bounded lists: the 30 densest documents, the first 30 bad lines', () => {
    const a = new Aggregator();
    for (let i = 0; i < 500; i++) a.add(summarize(record(`s/${i}.txt`, { findings: Array.from({ length: i % 50 }, () => finding('calque')) })));
    for (let i = 0; i < 100; i++) a.addBadLine({ path: 'x.jsonl', line: i + 1, reason: 'not JSON' });
    const data = a.result({ source: 'report', inputs: [] });
    expect(data.look.dense).toHaveLength(30);
    expect(data.look.dense[0]!.warnings).toBe(49);
    expect(data.badLines).toHaveLength(30);
    expect(data.run.badLines).toBe(100);
  });

  it('adds up the pieces of a large document into one summary, with the first piece\'s title and findings', () => {
    const pieces = new PieceSummary();
    pieces.add(record('big.txt', { title: 'Big', findings: [finding('calque')] }));
    pieces.add(record('big.txt', { findings: [finding('calque'), finding('verb-pattern', 'info')] }));
    const whole = pieces.result('corpus/big.txt')!;
    expect(whole).toMatchObject({ path: 'corpus/big.txt', title: 'Big', charsIn: 200, charsOut: 160, removedChars: 12, sentences: 6, removed: { 'ad-marker': [2, 12] }, findings: { calque: [0, 2, 0], 'verb-pattern': [0, 0, 1] } });
    expect(whole.first).toHaveLength(1);
  });

  it('keeps at most 5000 sites, adding the documents of further sites to "(other sites)"', () => {
    const a = new Aggregator();
    for (let i = 0; i < 5003; i++) a.add(summarize(record(`x/${i}.txt`, { meta: { url: `https://h${i}.example.com/` } })));
    const data = a.result({ source: 'report', inputs: [] });
    expect(data.run.documents).toBe(5003);
    expect(data.sites).toHaveLength(5001);
    expect(data.sites.find((s) => s.site === '(other sites)')!.docs).toBe(3);
  });

  it('tells why a line is not a record', () => {
    expect(parseRecord('{')).toMatch(/^not JSON/);
    expect(parseRecord('{"schema":"unscrape/1"}')).toBe('an unscrape/1 record without source.path');
    expect(typeof parseRecord(JSON.stringify(record('a.txt')))).toBe('object');
  });
});
