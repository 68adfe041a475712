import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bin, hasStack, jsonl, tempDir, unscrape } from './helpers/cli.js';

type Rec = { source: { path: string; line?: number; format: string }; text?: string; title?: string; error?: { code: string; message: string }; removed?: Array<{ rule: string; text: string }> };

function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.txt'), 'Second note\n\n[ad_1]\n\nThe rally ended peacefully. .\n');
  writeFileSync(join(dir, 'a.txt'), 'First note\n\nNothing to clean here.\n');
  writeFileSync(join(dir, 'sub', 'c.txt.gz'), gzipSync('Third note\n\nA  gzipped   article.\n'));
  writeFileSync(join(dir, 'feed.jsonl'), '{"id":1,"text":"One. ."}\n{"id":2,"title":"T","text":"Two\\u00a0words."}\n');
  writeFileSync(join(dir, 'ignored.bin'), 'not an input');
  return dir;
}

describe('unscrape clean', () => {
  it('cleans a folder into JSON Lines, one record per document, in path order', () => {
    const dir = corpus();
    const r = unscrape(['clean', dir]);
    expect(r.status).toBe(0);
    const recs = jsonl<Rec>(r.stdout);
    expect(recs.map((x) => [x.source.path.split('/').pop(), x.source.line ?? null])).toEqual([
      ['a.txt', null], ['b.txt', null], ['feed.jsonl', 1], ['feed.jsonl', 2], ['c.txt.gz', null],
    ]);
    expect(recs[1]!.text).toBe('The rally ended peacefully.');
    expect(recs[1]!.title).toBe('Second note');
    expect(recs[2]!.text).toBe('One.');
    expect(recs[3]).toMatchObject({ title: 'T', text: 'Two words.', meta: { id: 2 } });
    expect(recs[4]!.text).toBe('A gzipped article.');
    expect(r.stderr).toBe('');
  });

  it('gives the same output on one worker and on a pool, HTML and Markdown included', () => {
    const dir = corpus();
    // Workers load the HTML and Markdown extractors when the first such document arrives.
    writeFileSync(join(dir, 'page.html'), readFileSync('fixtures/html/news-furniture/input.html'));
    writeFileSync(join(dir, 'post.md'), readFileSync('fixtures/markdown/wp-automatic/input.md'));
    writeFileSync(join(dir, 'embedded.jsonl'), JSON.stringify({ id: 3, html: '<article><p>Inside a JSON field , here.</p></article>' }) + '\n');
    const one = unscrape(['clean', '--jobs', '1', dir]);
    const pool = unscrape(['clean', '--jobs', '3', dir]);
    expect(one.status).toBe(0);
    expect(jsonl<Rec>(one.stdout).map((r) => r.source.format)).toEqual(expect.arrayContaining(['html', 'markdown', 'jsonl', 'text']));
    expect(pool.stdout).toBe(one.stdout);
  });

  it('reads one document from stdin, and JSON Lines from stdin line by line', () => {
    const one = unscrape(['clean', '-'], { input: 'A title\n\nBody text , here.\n' });
    expect(one.status).toBe(0);
    expect(jsonl<Rec>(one.stdout)).toMatchObject([{ source: { path: '-', format: 'text' }, title: 'A title', text: 'Body text, here.' }]);
    const many = unscrape(['clean'], { input: '{"text":"a [ad_1] b"}\n{"text":"c"}\n' });
    expect(jsonl<Rec>(many.stdout).map((x) => [x.source.line, x.text])).toEqual([[1, 'a b'], [2, 'c']]);
  });

  it('prints only the cleaned text with --format text', () => {
    const r = unscrape(['clean', '--format', 'text', '-'], { input: 'Title\n\n[ad_2]\n\nJust this.\n' });
    expect(r.stdout).toBe('Just this.\n');
  });

  it('mirrors input paths under --out, JSON Lines inputs as JSON Lines', () => {
    const dir = corpus();
    const out = join(dir, 'out');
    const r = unscrape(['clean', dir, '--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.txt.json', 'b.txt.json', 'feed.jsonl', 'sub']);
    expect(JSON.parse(readFileSync(join(out, 'sub', 'c.txt.gz.json'), 'utf8')).text).toBe('A gzipped article.');
    expect(jsonl<Rec>(readFileSync(join(out, 'feed.jsonl'), 'utf8'))).toHaveLength(2);
    expect(r.stdout).toBe('');
    // A second run into the same folder reads the inputs, not its own outputs.
    const again = unscrape(['clean', dir, '--out', out]);
    expect(again.status).toBe(0);
    expect(existsSync(join(out, 'out'))).toBe(false);
  });

  it('does not overwrite a different output without --force', () => {
    const dir = corpus();
    const out = join(dir, 'out');
    unscrape(['clean', join(dir, 'a.txt'), '--out', out]);
    writeFileSync(join(out, 'a.txt.json'), 'edited by hand\n');
    const r = unscrape(['clean', join(dir, 'a.txt'), '--out', out]);
    expect(readFileSync(join(out, 'a.txt.json'), 'utf8')).toBe('edited by hand\n');
    expect(r.stderr).toMatch(/exists and differs.*--force/);
    unscrape(['clean', join(dir, 'a.txt'), '--out', out, '--force']);
    expect(JSON.parse(readFileSync(join(out, 'a.txt.json'), 'utf8')).text).toBe('Nothing to clean here.');
  });

  it('reports an output it cannot write as a failed document and goes on with the others', () => {
    const dir = corpus();
    const out = join(dir, 'out');
    // A file where the output's folder must go: the worker cannot make the folder.
    mkdirSync(out);
    writeFileSync(join(out, 'sub'), 'not a folder');
    const r = unscrape(['clean', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/c\.txt\.gz: unwritable: .*sub\/c\.txt\.gz\.json: the output cannot be written/);
    expect(hasStack(r.stderr)).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'a.txt.json'), 'utf8')).text).toBe('Nothing to clean here.');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('splits a corpus into disjoint shards that cover it', () => {
    const dir = tempDir();
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `doc${i}.txt`), `Doc ${i}\n\nText ${i}.\n`);
    const all = jsonl<Rec>(unscrape(['clean', dir]).stdout).map((x) => x.source.path);
    const parts = [1, 2, 3].map((i) => jsonl<Rec>(unscrape(['clean', '--shard', `${i}/3`, dir]).stdout).map((x) => x.source.path));
    expect(parts.every((p) => p.length > 0)).toBe(true);
    expect(parts.flat().sort()).toEqual([...all].sort());
  });

  it('reports usage errors with exit 2 and one line, without a stack trace', () => {
    for (const args of [['clean', '/no/such/folder'], ['clean', '--jobs', 'many', '-'], ['clean', '--shard', '4/3', '-'], ['clean', '--bogus'], ['clean', 'no-match-*.txt']]) {
      const r = unscrape(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
      expect(hasStack(r.stderr)).toBe(false);
    }
  });

  it('ends quietly when the reader of its output goes away', () => {
    const dir = tempDir();
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `doc${i}.txt`), `Doc ${i}\n\n${'Some text here. '.repeat(200)}\n`);
    const r = spawnSync('bash', ['-c', `node ${bin} clean ${dir} | head -c 100 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });

  it('explains itself: --help lists commands and examples, --version prints the version', () => {
    const help = unscrape(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/clean \[options\] \[paths\.\.\.\]/);
    expect(help.stdout).toMatch(/Examples:/);
    const version = unscrape(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version);
  });
});

describe('unscrape rules', () => {
  it('lists every rule id of the contract, as a table and as JSON', () => {
    const ids = ['ad-marker', 'boilerplate', 'caption', 'stray-punctuation', 'whitespace', 'invisible-char', 'mojibake'];
    const json = JSON.parse(unscrape(['rules', '--format', 'json']).stdout) as { rules: Array<{ id: string; stage: string; severity: string; fixable: boolean; summary: string }> };
    for (const id of ids) expect(json.rules.map((r) => r.id)).toContain(id);
    for (const r of json.rules) expect(r.summary.length).toBeGreaterThan(10);
    const table = unscrape(['rules']).stdout;
    for (const id of ids) expect(table).toContain(id);
    // A header row names the columns, which line up with the rows below it.
    const [header, first] = table.split('\n');
    expect(header).toMatch(/^RULE +STAGE +SEVERITY +FIXABLE +SUMMARY$/);
    expect(first!.indexOf(json.rules[0]!.stage)).toBe(header!.indexOf('STAGE'));
    expect(table.split('\n').filter(Boolean)).toHaveLength(json.rules.length + 1);
  });
});
