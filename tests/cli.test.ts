import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bin, hasStack, jsonl, tempDir, unscrape } from './helpers/cli.js';
import { manifestPath } from '../src/run/manifest.js';

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

  it('reads "-" as stdout after -o, as curl and pandoc do; a folder or file that cannot be stdout says so (exit 2) and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'A title\n\nBody text , here.\n');
    const toStdout = unscrape(['clean', 'a.txt', '-o', '-'], { cwd: dir });
    expect(toStdout.status).toBe(0);
    expect(jsonl<Rec>(toStdout.stdout)).toMatchObject([{ text: 'Body text, here.' }]);
    for (const args of [['--out', '-'], ['--report', '-']]) {
      const r = unscrape(['clean', 'a.txt', ...args], { cwd: dir });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`${args[0]} -: "-" (stdout) cannot be used here`);
    }
    expect(unscrape(['check', 'a.txt', '--write-baseline', '-'], { cwd: dir }).status).toBe(2);
    const records = unscrape(['clean', 'a.txt'], { cwd: dir }).stdout;
    expect(unscrape(['report', '-', '-o', '-'], { cwd: dir, input: records }).stdout).toMatch(/^<!doctype html>/iu);
    expect(JSON.parse(unscrape(['learn', 'a.txt', '-o', '-'], { cwd: dir }).stdout)).toMatchObject({ schema: 'unscrape-profile/1' });
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('reads one document from stdin, and JSON Lines from stdin line by line', () => {
    const one = unscrape(['clean', '-'], { input: 'A title\n\nBody text , here.\n' });
    expect(one.status).toBe(0);
    expect(jsonl<Rec>(one.stdout)).toMatchObject([{ source: { path: '-', format: 'text' }, title: 'A title', text: 'Body text, here.' }]);
    const many = unscrape(['clean'], { input: '{"text":"a [ad_1] b"}\n{"text":"c"}\n' });
    expect(jsonl<Rec>(many.stdout).map((x) => [x.source.line, x.text])).toEqual([[1, 'a b'], [2, 'c']]);
  });

  it('--format text: each document\'s title line and text, documents separated by a blank line and a form feed, or NUL-terminated with -z', () => {
    const one = unscrape(['clean', '--format', 'text', '-'], { input: 'Title\n\n[ad_2]\n\nJust this.\n' });
    expect(one.stdout).toBe('Title\n\nJust this.\n');
    const dir = corpus();
    const many = unscrape(['clean', '--format', 'text', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'feed.jsonl')]);
    expect(many.status).toBe(0);
    expect(many.stdout.split('\n\n\f\n')).toEqual(['First note\n\nNothing to clean here.', 'Second note\n\nThe rally ended peacefully.', 'One.', 'T\n\nTwo words.\n']);
    const z = unscrape(['clean', '--format', 'text', '-z', join(dir, 'a.txt'), join(dir, 'feed.jsonl')]);
    expect(z.stdout.split('\0')).toEqual(['First note\n\nNothing to clean here.', 'One.', 'T\n\nTwo words.', '']);
    // A form feed inside a text (the whitespace rule off) cannot pass for a separator.
    const ff = unscrape(['clean', '--format', 'text', '--rule', 'whitespace:off', '-'], { input: '{"text":"a\\n\\f\\nb"}\n{"text":"c"}\n' });
    expect(ff.stdout.split('\f')).toHaveLength(2);
    expect(unscrape(['clean', '-z', '-'], { input: 'x' }).status).toBe(2);
  });

  it('--format text with --out writes .txt files, not JSON', () => {
    const dir = corpus();
    const out = join(dir, 'out');
    const r = unscrape(['clean', '--format', 'text', dir, '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'b.txt.txt'), 'utf8')).toBe('Second note\n\nThe rally ended peacefully.\n');
    expect(readFileSync(join(out, 'feed.jsonl.txt'), 'utf8')).toBe('One.\n\n\f\nT\n\nTwo words.\n');
    expect(existsSync(join(out, 'a.txt.json'))).toBe(false);
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

  it('re-runs into --out: skips unchanged inputs, rewrites its own outputs when the input or settings change, keeps other files (exit 1) unless --force', () => {
    const dir = corpus();
    const out = join(dir, 'out');
    expect(unscrape(['clean', dir, '--out', out]).status).toBe(0);
    // Nothing changed: nothing is processed again, and the run says so.
    const same = unscrape(['clean', dir, '--out', out]);
    expect(same.status).toBe(0);
    expect(same.stderr).toMatch(/skipped 4 input\(s\) whose output under .* is up to date/);
    // A changed input and a changed JSON Lines file: their outputs are rewritten, the rest skipped.
    writeFileSync(join(dir, 'a.txt'), 'First note\n\nNew text here.\n');
    writeFileSync(join(dir, 'feed.jsonl'), '{"id":1,"text":"Changed. ."}\n');
    const changed = unscrape(['clean', dir, '--out', out]);
    expect(changed.status).toBe(0);
    expect(changed.stderr).toMatch(/skipped 2 input/);
    expect(JSON.parse(readFileSync(join(out, 'a.txt.json'), 'utf8')).text).toBe('New text here.');
    expect(jsonl<Rec>(readFileSync(join(out, 'feed.jsonl'), 'utf8')).map((x) => x.text)).toEqual(['Changed.']);
    // Changed settings: every output is rewritten.
    const settings = unscrape(['clean', dir, '--out', out, '--rule', 'ad-marker:off']);
    expect(settings.status).toBe(0);
    expect(settings.stderr).not.toMatch(/skipped/);
    expect(JSON.parse(readFileSync(join(out, 'b.txt.json'), 'utf8')).text).toMatch(/\[ad_1\]/);
    // Files unscrape did not write are kept, counted in one line, and fail the run.
    writeFileSync(join(out, 'a.txt.json'), 'edited by hand\n');
    writeFileSync(join(out, 'b.txt.json'), '{"mine":true}\n');
    const kept = unscrape(['clean', dir, '--out', out]);
    expect(kept.status).toBe(1);
    expect(readFileSync(join(out, 'a.txt.json'), 'utf8')).toBe('edited by hand\n');
    expect(kept.stderr.match(/did not write/g)).toHaveLength(1);
    expect(kept.stderr).toMatch(/2 existing file\(s\) under .* that unscrape did not write .* use --force/);
    expect(unscrape(['clean', dir, '--out', out, '--force']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'a.txt.json'), 'utf8')).text).toBe('New text here.');
  });

  it('recognizes its own outputs of an older run by their schema and source path', () => {
    const dir = corpus();
    const out = join(dir, 'out');
    unscrape(['clean', join(dir, 'a.txt'), '--out', out]);
    rmSync(manifestPath(out));
    writeFileSync(join(dir, 'a.txt'), 'First note\n\nOther text.\n');
    const r = unscrape(['clean', join(dir, 'a.txt'), '--out', out]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'a.txt.json'), 'utf8')).text).toBe('Other text.');
  });

  it('-o FILE writes the JSON Lines to FILE atomically; --out DIR is the mirrored folder', () => {
    const dir = corpus();
    const file = join(dir, 'all.jsonl');
    const r = unscrape(['clean', dir, '-o', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonl<Rec>(readFileSync(file, 'utf8'))).toHaveLength(5);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Its own output is never read back as an input.
    expect(jsonl<Rec>(readFileSync(file, 'utf8')).some((x) => x.source.path.endsWith('all.jsonl'))).toBe(false);
    expect(jsonl<Rec>(unscrape(['clean', dir, '-o', file]).stdout)).toEqual([]);
    expect(jsonl<Rec>(readFileSync(file, 'utf8'))).toHaveLength(5);
    expect(unscrape(['clean', '--help']).stdout).toMatch(/-o, --output-file <file>[\s\S]*--out <dir>/);
    expect(unscrape(['clean', dir, '-o', file, '--out', join(dir, 'o')]).status).toBe(2);
    expect(unscrape(['clean', dir, '-o', join(dir, 'sub')]).status).toBe(2);
  });

  it.each(['clean', 'check', 'learn'])('%s says "no documents found" for an empty folder (exit 0), and fails a named folder with no readable file (exit 2)', (command) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'image.png'), 'png');
    const empty = unscrape([command, join(dir, 'empty')]);
    expect(empty.status).toBe(0);
    expect(empty.stderr).toMatch(/^unscrape: no documents found in .*empty/);
    const other = unscrape([command, join(dir, 'other')]);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/no documents found in .*other: none of its 1 file\(s\) has a readable format/);
    expect(other.stdout).toBe('');
    // links are not followed: a folder of links to a corpus is not called empty
    mkdirSync(join(dir, 'links'));
    writeFileSync(join(dir, 'article.txt'), 'The council voted on Tuesday to rebuild the wall.');
    symlinkSync(join(dir, 'article.txt'), join(dir, 'links', 'article.txt'));
    const links = unscrape([command, join(dir, 'links')]);
    expect(links.status).toBe(2);
    expect(links.stderr).toMatch(/no documents found in .*links: it holds 1 symbolic link\(s\), and links are not followed/);
    expect(links.stdout).toBe('');
  });

  it('checks option values once, before any document: exit 2 and one line', () => {
    const dir = corpus();
    const file = join(dir, 'afile');
    writeFileSync(file, 'not a folder');
    for (const args of [['clean', '--encoding', 'nosuch', dir], ['clean', '--out', file, dir], ['clean', '--rule', 'nosuch:off', dir], ['clean', '--rule', 'calque:loud', dir], ['clean', '--select', 'nosuch', dir]]) {
      const r = unscrape(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.split('\n').filter((l) => l.startsWith('unscrape:')), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/internal|unwritable/);
    }
    // A known encoding is taken.
    expect(unscrape(['clean', '--encoding', 'windows-1251', join(dir, 'a.txt')]).status).toBe(0);
  });

  it('--rule, --select and --disable set rule levels over the configuration', () => {
    const input = 'Title\n\n[ad_1]\n\nIt should be recalled that the rally ended . .\n';
    const rec = (args: string[]) => jsonl<Rec & { findings: Array<{ rule: string }> }>(unscrape(['clean', ...args, '-'], { input }).stdout)[0]!;
    expect(rec([]).removed!.map((r) => r.rule)).toContain('ad-marker');
    expect(rec(['--rule', 'ad-marker:off']).removed!.map((r) => r.rule)).not.toContain('ad-marker');
    expect(rec(['--disable', 'ad-marker,calque']).findings.map((f) => f.rule)).not.toContain('calque');
    const selected = rec(['--select', 'calque']);
    expect(selected.findings.map((f) => f.rule)).toEqual(['calque']);
    expect(selected.removed).toEqual([]);
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

  it('--text-field NAME (repeatable, or textFields in the configuration) reads JSON whose body is in another field', () => {
    const dir = tempDir();
    const feed = [
      { id: 'a', title: 'One', maintext: 'First story , here.', url: 'https://x.example/1' },
      { id: 'b', title: 'Two', main_text: 'Second story.', text: 'Teaser.' },
      { id: 'c', title: 'Three', url: 'https://x.example/3' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n';
    writeFileSync(join(dir, 'feed.jsonl'), feed);
    const without = jsonl<Rec & { meta?: Record<string, unknown> }>(unscrape(['clean', 'feed.jsonl'], { cwd: dir }).stdout);
    // news-please's maintext is a built-in name, tried after the others: 'b' keeps its text field.
    expect(without.map((x) => x.error?.code ?? x.text)).toEqual(['First story, here.', 'Teaser.', 'no-text']);
    const r = unscrape(['clean', 'feed.jsonl', '--text-field', 'maintext', '--text-field', 'main_text'], { cwd: dir });
    expect(r.status).toBe(1);
    const recs = jsonl<Rec & { meta?: Record<string, unknown> }>(r.stdout);
    expect(recs.map((x) => x.error?.code ?? x.text)).toEqual(['First story, here.', 'Second story.', 'no-text']);
    expect(recs[1]!.meta).toEqual({ id: 'b', text: 'Teaser.' });
    // The failed document keeps its id and fields; the message names the fields tried, --text-field ones first.
    expect(recs[2]).toMatchObject({ title: 'Three', meta: { id: 'c', url: 'https://x.example/3' } });
    expect(recs[2]!.error!.message).toMatch(/"maintext", "main_text", "text", "html", "markdown", "content", "body", "article", "articleBody"/);
    expect(r.stderr).toMatch(/feed\.jsonl:3: no-text: .*"maintext", "main_text"/);
    // The configuration's textFields, a name or a list; the command line's replace them.
    writeFileSync(join(dir, '.unscraperc.json'), JSON.stringify({ textFields: ['main_text'] }));
    expect(jsonl<Rec>(unscrape(['clean', 'feed.jsonl'], { cwd: dir }).stdout).map((x) => x.error?.code ?? x.text)).toEqual(['First story, here.', 'Second story.', 'no-text']);
    expect(jsonl<Rec>(unscrape(['clean', 'feed.jsonl', '--text-field', 'maintext'], { cwd: dir }).stdout).map((x) => x.error?.code ?? x.text)).toEqual(['First story, here.', 'Teaser.', 'no-text']);
    writeFileSync(join(dir, '.unscraperc.json'), JSON.stringify({ textFields: 42 }));
    const bad = unscrape(['clean', 'feed.jsonl'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"textFields" must be a field name or a list of them/);
    expect(unscrape(['clean', '--text-field', ' ', 'feed.jsonl'], { cwd: tempDir() }).status).toBe(2);
    expect(unscrape(['clean', '--help']).stdout).toMatch(/--text-field <name>[^]*maintext/);
    expect(JSON.parse(unscrape(['check', '--print-config', 'feed.jsonl', '--text-field', 'maintext'], { cwd: tempDir() }).stdout).textFields).toEqual(['maintext']);
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
