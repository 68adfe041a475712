import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBaseline, writeBaseline } from '../src/check/baseline.js';
import type { Problem } from '../src/check/problems.js';
import { clean, dirty, project, unscrape } from './helpers/check.js';

const rules = (stdout: string) => [...stdout.matchAll(/ (\S+)$/gm)].map((m) => m[1]);

describe('unscrape check: configuration', () => {
  it('finds the configuration upward from the working directory', () => {
    const dir = project({ '.unscraperc.json': JSON.stringify({ rules: { 'ad-marker': 'off' } }), 'sub/deeper/a.txt': dirty });
    const r = unscrape(['check', 'a.txt'], { cwd: join(dir, 'sub', 'deeper') });
    expect(r.stdout).not.toMatch(/ad-marker/);
    expect(r.stdout).toMatch(/stray-punctuation/);
  });

  it('reads the "unscrape" key of package.json and re-grades rules', () => {
    const dir = project({ 'package.json': JSON.stringify({ name: 'x', unscrape: { rules: { 'stray-punctuation': 'warning' } } }), 'a.txt': dirty });
    const r = unscrape(['check', 'a.txt'], { cwd: dir });
    expect(r.stdout).toMatch(/a\.txt:5:27 +warning +Stray punctuation/);
  });

  it('uses --config FILE instead of searching, and honours its markers', () => {
    const dir = project({
      '.unscraperc.json': '{ broken',
      'conf/strict.json': JSON.stringify({ markers: ['[promo]'] }),
      'a.txt': 'Title here\n\n[promo]\n\nSome text.\n',
    });
    const r = unscrape(['check', '--config', 'conf/strict.json', 'a.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/a\.txt:3:1 +error +Ad placeholder: remove “\[promo\]”/);
    const missing = unscrape(['check', '--config', 'conf/nope.json', 'a.txt'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')[0]).toMatch(/conf\/nope\.json/);
  });

  it('skips files matched by "ignore" and .unscrapeignore, when walking folders and when named (pre-commit)', () => {
    const dir = project({
      '.unscraperc.json': JSON.stringify({ ignore: ['**/drafts/**'] }),
      '.unscrapeignore': '# generated\n**/*.generated.txt\n',
      'corpus/a.txt': clean,
      'corpus/drafts/b.txt': dirty,
      'corpus/c.generated.txt': dirty,
    });
    expect(unscrape(['check', 'corpus'], { cwd: dir }).status).toBe(0);
    const named = unscrape(['check', 'corpus/a.txt', 'corpus/drafts/b.txt', 'corpus/c.generated.txt'], { cwd: dir });
    expect(named.status).toBe(0);
    expect(named.stdout).toBe('');
  });
});

describe('unscrape check: baselines', () => {
  it('records today\'s problems, exits 0, and then reports only new ones, surviving edits elsewhere', () => {
    const text = 'Protest in Grodno\n\nThe first paragraph of the story.\n\n[ad_1]\n\nThe rally ended peacefully. .\n\nThe last paragraph.\n';
    const dir = project({ 'a.txt': text });
    const w = unscrape(['check', '--write-baseline', 'unscrape-baseline.json', 'a.txt'], { cwd: dir });
    expect(w.status).toBe(0);
    expect(w.stderr).toMatch(/wrote 4 problem\(s\) to unscrape-baseline\.json/);
    const stored = JSON.parse(readFileSync(join(dir, 'unscrape-baseline.json'), 'utf8'));
    expect(Object.keys(stored.files)).toEqual(['a.txt']);
    expect(JSON.stringify(stored)).not.toMatch(/"line"/);
    expect(unscrape(['check', '--baseline', 'unscrape-baseline.json', 'a.txt'], { cwd: dir }).status).toBe(0);
    // A new lead paragraph moves every line; the old problems are still known, a new ad is not.
    writeFileSync(join(dir, 'a.txt'), text.replace('Grodno\n\n', 'Grodno\n\nA new lead paragraph.\n\n').replace('The last paragraph.', 'The last paragraph. [source_link]'));
    const r = unscrape(['check', '--baseline', 'unscrape-baseline.json', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    // Only the new marker and the blank before it, on their new line.
    expect(r.stdout).toMatch(/^a\.txt:11:21 +error +Ad placeholder: remove “\[source_link\]” +ad-marker$/m);
    expect(rules(r.stdout.split('\n\n')[0]!).sort()).toEqual(['ad-marker', 'whitespace']);
    expect(r.stdout).not.toMatch(/\[ad_1\]|“\. \.”/);
    // From another folder: paths in the baseline are relative to the baseline file.
    const other = unscrape(['check', '--baseline', join(dir, 'unscrape-baseline.json'), join(dir, 'a.txt')], { cwd: join(dir, '..') });
    expect(other.stdout).toMatch(/source_link/);
    expect(other.stdout).not.toMatch(/\[ad_1\]/);
  });

  it('keeps known problems known through edits on the lines right above and below them', () => {
    const text = 'Protest in Grodno\n\n[ad_1]\n\nThe rally ended peacefully. .\n';
    const dir = project({ 'a.txt': text });
    expect(unscrape(['check', '--write-baseline', 'b.json', 'a.txt'], { cwd: dir }).status).toBe(0);
    // The title edited, a line inserted right above the stray punctuation on the last line and
    // one appended right after it.
    const edited = 'Protest in Grodno, the second day\n\n[ad_1]\n\nThe march began at noon.\nThe rally ended peacefully. .\nNobody was detained.\n';
    writeFileSync(join(dir, 'a.txt'), edited);
    const r = unscrape(['check', '--baseline', 'b.json', 'a.txt'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    // A second copy of the stray punctuation is new.
    writeFileSync(join(dir, 'a.txt'), edited.replace('Nobody was detained.', 'Nobody was detained. .'));
    const again = unscrape(['check', '--baseline', 'b.json', 'a.txt'], { cwd: dir });
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/^a\.txt:7:20 +error +Stray punctuation/m);
  });

  it('refuses a baseline of the old format with a hint to write it again', () => {
    const dir = project({ 'a.txt': dirty, 'old.json': JSON.stringify({ version: 1, files: {} }) });
    const r = unscrape(['check', '--baseline', 'old.json', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/older unscrape[\s\S]*--write-baseline/);
  });

  it('does not check its own baseline, cache or report file when they lie among the inputs', () => {
    const dir = project({ 'a.txt': dirty });
    unscrape(['check', '--write-baseline', 'baseline.json', '.'], { cwd: dir });
    const r = unscrape(['check', '--baseline', 'baseline.json', '--cache', '--cache-location', 'cache.json', '-o', 'report.json', '--format', 'json', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    const again = unscrape(['check', '--baseline', 'baseline.json', '--cache', '--cache-location', 'cache.json', '-o', 'report.json', '--format', 'json', '.'], { cwd: dir });
    expect(again.status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<{ path: string }>).map((f) => f.path)).toEqual(['a.txt']);
  });

  it('counts identical problems: a third copy of a known problem is new', async () => {
    const dir = project();
    const problem: Problem = { rule: 'ad-marker', severity: 'error', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, fixable: true, excerpt: '[ad_1]', fingerprint: 'f00' };
    await writeBaseline('b.json', dir, [{ path: 'a.txt', problems: [problem, { ...problem, line: 9 }] }]);
    const filter = readBaseline('b.json', dir);
    const left = filter([{ path: 'a.txt', problems: [problem, { ...problem, line: 5 }, { ...problem, line: 7 }] }]);
    expect(left[0]!.problems.map((p) => p.line)).toEqual([7]);
    expect(filter([{ path: 'b.txt', problems: [problem] }])[0]!.problems).toHaveLength(1);
  });

  it('a missing or malformed baseline is a usage error (exit 2)', () => {
    const dir = project({ 'a.txt': dirty, 'bad.json': '[]' });
    expect(unscrape(['check', '--baseline', 'none.json', 'a.txt'], { cwd: dir }).status).toBe(2);
    expect(unscrape(['check', '--baseline', 'bad.json', 'a.txt'], { cwd: dir }).status).toBe(2);
  });
});

describe('unscrape check --cache', () => {
  const processed = (stderr: string) => /processed (\d+) file\(s\), (\d+) from the cache/.exec(stderr)?.slice(1).map(Number);

  it('does not process unchanged files again, files with problems included; content (not mtime) decides', () => {
    const dir = project({ 'dirty.txt': dirty, 'clean.txt': clean });
    const first = unscrape(['check', '--cache', '--debug', '.'], { cwd: dir });
    expect(processed(first.stderr)).toEqual([2, 0]);
    const second = unscrape(['check', '--cache', '--debug', '.'], { cwd: dir });
    expect(processed(second.stderr)).toEqual([0, 2]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(1);
    // Rewriting the same bytes (new mtime) keeps the cache; new content does not.
    writeFileSync(join(dir, 'clean.txt'), clean);
    expect(processed(unscrape(['check', '--cache', '--debug', '.'], { cwd: dir }).stderr)).toEqual([0, 2]);
    writeFileSync(join(dir, 'clean.txt'), clean + '\nOne more line.\n');
    expect(processed(unscrape(['check', '--cache', '--debug', '.'], { cwd: dir }).stderr)).toEqual([1, 1]);
  });

  it('is invalidated by a configuration change', () => {
    const dir = project({ 'dirty.txt': dirty });
    unscrape(['check', '--cache', '.'], { cwd: dir });
    writeFileSync(join(dir, '.unscraperc.json'), JSON.stringify({ rules: { 'ad-marker': 'warning' } }));
    const r = unscrape(['check', '--cache', '--debug', '.'], { cwd: dir });
    expect(processed(r.stderr)).toEqual([1, 0]);
    expect(r.stdout).toMatch(/warning +Ad placeholder/);
  });

  it('ignores and rewrites a corrupt cache file; --cache-location moves it', () => {
    const dir = project({ 'dirty.txt': dirty, '.unscrapecache': '{"version":1,"entries":' });
    const r = unscrape(['check', '--cache', '--debug', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(processed(r.stderr)).toEqual([1, 0]);
    expect(JSON.parse(readFileSync(join(dir, '.unscrapecache'), 'utf8')).version).toBe(2);
    unscrape(['check', '--cache', '--cache-location', 'tmp-cache.json', '.'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'tmp-cache.json'), 'utf8')).version).toBe(2);
  });

  it('with --fix, processes a cached file that has fixable problems, then caches the fixed content', () => {
    const dir = project({ 'dirty.txt': dirty });
    unscrape(['check', '--cache', '.'], { cwd: dir });
    const fix = unscrape(['check', '--cache', '--fix', '--debug', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'dirty.txt'), 'utf8')).not.toMatch(/\[ad_1\]/);
    expect(processed(fix.stderr)).toEqual([2, 0]);
    expect(processed(unscrape(['check', '--cache', '--debug', '.'], { cwd: dir }).stderr)).toEqual([0, 1]);
  });
});
