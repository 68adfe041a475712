/**
 * Markdown records point into the decoded file (SPEC.md): for every removal, edit and finding of
 * every Markdown fixture, the file's span [start, end) (code points), its markup and
 * entities read as text, is the record's text, before or excerpt. And `check --fix` rewrites a
 * file so that a second `clean` has nothing to remove or edit, front matter kept.
 * The whole WP Automatic sample is measured by `node scripts/md-positions.mjs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../src/pipeline/index.js';
import { defaultSettings } from '../src/settings.js';
import type { UnscrapeRecord } from '../src/types.js';
import { project, unscrape } from './helpers/check.js';
import { asText, frontMatter, positionsOk } from './helpers/md-text.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const files = [
  ...readdirSync(join(fixtures, 'markdown')).map((d) => `markdown/${d}/input.md`),
  ...readdirSync(join(fixtures, 'markdown-positions')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `markdown-positions/${f}`),
].sort();

describe('Markdown positions point into the file', () => {
  const processor = createProcessor(defaultSettings());
  let spans = 0;
  /** Spans whose file text is not verbatim the record's: markup, entities or a line break inside. */
  let underMarkup = 0;
  it.each(files)('%s', (path) => {
    const data = readFileSync(join(fixtures, path));
    const record = processor({ path, data }) as UnscrapeRecord;
    const file = data.toString('utf8').replace(/^\ufeff/, '');
    const r = positionsOk(file, record);
    expect(r.failures).toEqual([]);
    spans += r.total;
    const chars = [...file];
    for (const c of [...record.removed.map((x) => [x, x.text] as const), ...record.edits.map((x) => [x, x.before] as const), ...record.findings.map((x) => [x, x.excerpt] as const)]) {
      if (chars.slice(c[0].start, c[0].end).join('') !== c[1]) underMarkup++;
    }
    // charsIn counts the file, the positions' text
    expect(record.stats.charsIn).toBe([...file].length);
  });
  it('checked many spans, markup inside some of them', () => {
    expect(spans).toBeGreaterThan(100);
    expect(underMarkup).toBeGreaterThan(0);
    expect(asText('**the largest  since  August**, and [city officials](https://example.com/grodno "Grodno")')).toBe('the largest since August, and city officials');
  });
});

describe('check --fix on Markdown: a second clean finds nothing to change', () => {
  it('fixes every fixture, front matter kept', () => {
    const names = readdirSync(join(fixtures, 'markdown-positions')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    const originals = Object.fromEntries(names.map((f) => [f, readFileSync(join(fixtures, 'markdown-positions', f), 'utf8')]));
    const dir = project(originals);
    const before = unscrape(['clean', '.'], { cwd: dir }).stdout.trim().split('\n').map((l) => JSON.parse(l) as UnscrapeRecord);
    expect(before.every((r) => r.removed.length + r.edits.length > 0)).toBe(true);
    const fix = unscrape(['check', '--fix', '.'], { cwd: dir });
    expect(fix.stderr).not.toMatch(/not fixed/);
    const after = unscrape(['clean', '.'], { cwd: dir }).stdout.trim().split('\n').map((l) => JSON.parse(l) as UnscrapeRecord);
    expect(after.map((r) => [r.source.path, [...r.removed, ...r.edits]])).toEqual(after.map((r) => [r.source.path, []]));
    for (const f of names) expect(frontMatter(readFileSync(join(dir, f), 'utf8'))).toBe(frontMatter(originals[f]!));
    // Markdown syntax stays: the emphasis, the link, the quote, the list and the table
    const syntax = readFileSync(join(dir, 'syntax.md'), 'utf8');
    for (const kept of ['*began at noon*,', '**the largest  since  August**', '[city officials](https://example.com/grodno "Grodno")\nagreed.', '> next week', '- The second point &amp; its *emphasis*.', '| Ivan, Petrov |']) expect(syntax).toContain(kept);
    expect(syntax).toContain('at the **the** square.');
    expect(syntax).not.toMatch(/Advertisement|\[ad_/);
  });
});
