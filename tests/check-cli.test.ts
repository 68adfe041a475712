import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { clean, dirty, project, unscrape } from './helpers/check.js';

describe('unscrape check: exit codes', () => {
  it('exits 0 on a clean corpus and prints nothing', () => {
    const dir = project({ 'a.txt': clean });
    const r = unscrape(['check', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('reads stdin for "-" (one document, or JSON Lines)', () => {
    const text = unscrape(['check', '-'], { input: dirty });
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^-:3:1 +error +Ad placeholder/m);
    const lines = unscrape(['check', '--format', 'json', '-'], { input: '{"text":"Fine text."}\n{"text":"[ad_1]\\n\\nThe rally. ."}\n' });
    const problems = (JSON.parse(lines.stdout) as Array<{ problems: Array<{ rule: string; line: number; document: number }> }>)[0]!.problems;
    expect(problems.map((p) => [p.rule, p.line, p.document])).toEqual([['ad-marker', 2, 2], ['stray-punctuation', 2, 2]]);
  });

  it('exits 1 when problems are found', () => {
    const dir = project({ 'corpus/dirty.txt': dirty, 'corpus/clean.txt': clean });
    expect(unscrape(['check', 'corpus'], { cwd: dir }).status).toBe(1);
  });

  it('exits 2 with one line, naming the file, on a truncated configuration', () => {
    const dir = project({ 'a.txt': dirty, '.unscraperc.json': '{ "rules": { "no-such-rule": "error" ' });
    const r = unscrape(['check', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\.unscraperc\.json: not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown rule, an unknown format and a bad --max-warnings', () => {
    const dir = project({ 'a.txt': dirty, 'unscrape.config.json': '{ "rules": { "no-such-rule": "error" } }' });
    const r = unscrape(['check', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unscrape\.config\.json: unknown rule "no-such-rule"/);
    const plain = project({ 'a.txt': dirty });
    expect(unscrape(['check', '--format', 'checkstyle', 'a.txt'], { cwd: plain }).status).toBe(2);
    expect(unscrape(['check', '--max-warnings', 'many', 'a.txt'], { cwd: plain }).status).toBe(2);
    expect(unscrape(['check', 'missing.txt'], { cwd: plain }).status).toBe(2);
  });

  it('keeps the exit code when the report goes to a file (-o), unlike textlint', () => {
    const dir = project({ 'a.txt': dirty });
    const r = unscrape(['check', '-o', 'report.sarif', '--format', 'sarif', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('lets warnings pass under --max-warnings, fails past it, and --quiet drops them', () => {
    const dir = project({ 'a.txt': 'Title here\n\n[ad_1]\n\nSome text , here.\n', '.unscraperc.json': JSON.stringify({ rules: { 'ad-marker': 'warning', 'stray-punctuation': 'warning' } }) });
    expect(unscrape(['check', 'a.txt'], { cwd: dir }).status).toBe(1);
    expect(unscrape(['check', '--max-warnings', '2', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(unscrape(['check', '--max-warnings', '1', 'a.txt'], { cwd: dir }).status).toBe(1);
    // -1 is eslint's "no limit": the same as no --max-warnings.
    expect(unscrape(['check', '--max-warnings', '-1', 'a.txt'], { cwd: dir }).status).toBe(1);
    const quiet = unscrape(['check', '--quiet', 'a.txt'], { cwd: dir });
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(unscrape(['check', '--fail-on', 'error', 'a.txt'], { cwd: dir }).status).toBe(0);
  });

  it('treats info as passing by default and failing with --fail-on info', () => {
    const dir = project({ 'a.txt': 'Title here\n\n[ad_1]\n\nSome text.\n', '.unscraperc.json': JSON.stringify({ rules: { 'ad-marker': 'info', whitespace: 'info' } }) });
    const r = unscrape(['check', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/a\.txt:3:1 +info +Ad placeholder: remove “\[ad_1\]” +ad-marker/);
    expect(unscrape(['check', '--fail-on', 'info', 'a.txt'], { cwd: dir }).status).toBe(1);
  });
});

describe('unscrape check: formats', () => {
  const corpus = () => project({ 'corpus/dirty.txt': dirty, 'corpus/clean.txt': clean });

  it('stylish: path:line:column  severity  message  rule, and an eslint-like summary', () => {
    const r = unscrape(['check', 'corpus'], { cwd: corpus() });
    expect(r.stdout).toBe(
      [
        'corpus/dirty.txt:3:1   error  Ad placeholder: remove “[ad_1]”            ad-marker',
        'corpus/dirty.txt:5:27  error  Stray punctuation: replace “. .” with “.”  stray-punctuation',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '  2 problems are fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('stylish: colour only when forced (FORCE_COLOR), never with NO_COLOR alone', () => {
    const dir = corpus();
    expect(unscrape(['check', 'corpus'], { cwd: dir }).stdout).not.toMatch(/\u001b\[/);
    expect(unscrape(['check', 'corpus'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[31merror/);
  });

  it('json: an array of files with their problems and counts', () => {
    const r = unscrape(['check', '--format', 'json', 'corpus'], { cwd: corpus() });
    const files = JSON.parse(r.stdout) as Array<{ path: string; errorCount: number; fixableCount: number; problems: Array<Record<string, unknown>> }>;
    expect(files.map((f) => f.path)).toEqual(['corpus/clean.txt', 'corpus/dirty.txt']);
    expect(files[0]!.problems).toEqual([]);
    expect(files[1]!.errorCount).toBe(2);
    expect(files[1]!.fixableCount).toBe(2);
    expect(files[1]!.problems[0]).toMatchObject({ rule: 'ad-marker', severity: 'error', line: 3, column: 1, endLine: 3, endColumn: 7, fixable: true, excerpt: '[ad_1]', replacement: '' });
    expect(r.status).toBe(1);
  });

  it('github: workflow commands with file, line, col, endLine, endColumn and title', () => {
    const r = unscrape(['check', '--format', 'github', 'corpus'], { cwd: corpus() });
    expect(r.stdout.split('\n')[0]).toBe('::error file=corpus/dirty.txt,line=3,col=1,endLine=3,endColumn=7,title=ad-marker::Ad placeholder: remove “[ad_1]”');
    const info = project({ 'a.txt': 'Title here\n\n[ad_1]\n\nSome text , here.\n', '.unscraperc.json': JSON.stringify({ rules: { 'ad-marker': 'info', 'stray-punctuation': 'warning' } }) });
    const out = unscrape(['check', '--format', 'github', 'a.txt'], { cwd: info }).stdout;
    expect(out).toMatch(/^::notice file=a\.txt,line=3,col=1,[^\n]*title=ad-marker::/m);
    expect(out).toMatch(/^::warning file=a\.txt,line=5,col=10,[^\n]*title=stray-punctuation::/m);
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with rule metadata and regions', () => {
    const r = unscrape(['check', '--format', 'sarif', 'corpus'], { cwd: corpus() });
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toEqual([]);
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'ad-marker');
    expect(rule).toMatchObject({ id: 'ad-marker', shortDescription: { text: expect.any(String) }, helpUri: expect.stringMatching(/^https:\/\/.*#ad-marker$/), defaultConfiguration: { level: 'error' } });
    expect(run.results).toHaveLength(2);
    expect(run.results[0]).toMatchObject({
      ruleId: 'ad-marker',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'corpus/dirty.txt' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 7 } } }],
    });
  });

  it('sarif: an empty run is valid too', () => {
    const r = unscrape(['check', '--format', 'sarif', '.'], { cwd: project({ 'a.txt': clean }) });
    expect(r.status).toBe(0);
    expect(validateSarif(JSON.parse(r.stdout))).toEqual([]);
    // The validator is not vacuous: a run without a tool, a region with a column 0 are refused.
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).not.toEqual([]);
    const bad = JSON.parse(unscrape(['check', '--format', 'sarif', '.'], { cwd: project({ 'a.txt': dirty }) }).stdout);
    bad.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    expect(validateSarif(bad)).not.toEqual([]);
  });

  it('reports an undecodable byte (U+FFFD) as an encoding error that --fix leaves alone', () => {
    // Valid UTF-8 with one bad byte stays UTF-8 (a stray byte is not a legacy encoding).
    const lead = 'Минск: акция прошла мирно, колонна дошла до площади';
    const bytes = Buffer.concat([Buffer.from(`Title here\n\n${lead}`), Buffer.from([0xff]), Buffer.from(' и разошлась.\n')]);
    const dir = project({ 'a.txt': bytes });
    const r = unscrape(['check', '--fix', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`a\\.txt:3:${[...lead].length + 1} +error +Replacement character U\\+FFFD[^\\n]* encoding\\n`));
    expect(readFileSync(join(dir, 'a.txt')).equals(bytes)).toBe(true);
  });
});

/**
 * The official SARIF 2.1.0 schema (from @microsoft/jest-sarif, which ships the OASIS
 * sarif-2.1.0-rtm.5 schema). It is written in JSON Schema draft-04; its keywords here mean the
 * same in draft-07, which ajv 8 reads, so only the draft-04 `id` becomes `$id`.
 */
describe('unscrape check: one problem per thing to fix', () => {
  it('folds the whitespace a removal leaves into it, and changes side by side into one; --fix still fixes all', () => {
    const dir = project({ 'a.txt': 'Title here\n\n[ad_1]\n\nThe rally ended . .\n\nMore text here.\n' });
    const r = unscrape(['check', '--format', 'json', 'a.txt'], { cwd: dir });
    const problems = (JSON.parse(r.stdout) as Array<{ problems: Array<{ rule: string; line: number; column: number; message: string }> }>)[0]!.problems;
    expect(problems.map((p) => [p.rule, p.line, p.column, p.message])).toEqual([
      ['ad-marker', 3, 1, 'Ad placeholder: remove “[ad_1]”'],
      ['stray-punctuation', 5, 16, 'Stray punctuation: replace “ . .” with “.”'],
    ]);
    expect(unscrape(['check', '--fix', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Title here\n\nThe rally ended.\n\nMore text here.\n');
  });

  it('shows a suggestion only when it says something the message does not', () => {
    const dir = project({ 'a.txt': 'Title here\n\nThe the rally ended peacefully on Sunday.\n' });
    const r = unscrape(['check', 'a.txt'], { cwd: dir });
    expect(r.stdout).toMatch(/repeated/);
    expect(r.stdout).not.toMatch(/suggestion: “the”/i);
  });

  it('stylish sizes columns to their content and wraps a long message under its column', () => {
    const long = 'Read also: ' + 'the opposition leader said the election was rigged and '.repeat(3);
    const dir = project({ 'a.txt': `Title here\n\nShort text , here.\n\n${long.trim()}\n\nThe end of it.\n` });
    const r = unscrape(['check', 'a.txt'], { cwd: dir });
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.some((l) => /^ {10,}\S/.test(l))).toBe(true);
    expect(lines[0]).toMatch(/^a\.txt:\d+:\d+ +error +Stray punctuation: .*stray-punctuation$/);
  });
});

describe('unscrape check: habits of eslint and ruff users', () => {
  it('--rule id:level, --select and --disable', () => {
    const dir = project({ 'a.txt': dirty });
    expect(unscrape(['check', '--rule', 'ad-marker:info', '--rule', 'stray-punctuation:off', 'a.txt'], { cwd: dir }).status).toBe(0);
    const selected = unscrape(['check', '--select', 'stray-punctuation', 'a.txt'], { cwd: dir });
    expect(selected.stdout).not.toMatch(/ad-marker/);
    expect(selected.stdout).toMatch(/stray-punctuation/);
    expect(unscrape(['check', '--disable', 'ad-marker,stray-punctuation', 'a.txt'], { cwd: dir }).status).toBe(0);
    const bad = unscrape(['check', '--rule', 'nosuch:off', 'a.txt'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule "nosuch"/);
  });

  it('--print-config FILE: the settings for that file and the configuration file they come from', () => {
    const dir = project({ 'docs/a.md': dirty, '.unscraperc.json': JSON.stringify({ rules: { calque: 'info' }, ignore: ['drafts/**'] }) });
    const r = unscrape(['check', '--print-config', 'docs/a.md', '--rule', 'ad-marker:warning'], { cwd: dir });
    expect(r.status).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config).toMatchObject({ file: 'docs/a.md', configFile: '.unscraperc.json', ignored: false, format: 'markdown' });
    expect(config.rules).toMatchObject({ calque: 'info', 'ad-marker': 'warning', 'stray-punctuation': 'error' });
    expect(JSON.parse(unscrape(['check', '--print-config', 'drafts/x.txt'], { cwd: dir }).stdout).ignored).toBe(true);
  });

  it('--stdin-filename: stdin reported under that path, read as its format', () => {
    const r = unscrape(['check', '--stdin-filename', 'news/a.md', '-'], { input: '---\ntitle: T\n---\n\nThe rally ended . .\n' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^news\/a\.md:5:16 +error/m);
  });

  it('compact and unix formats: one line per problem', () => {
    const dir = project({ 'a.txt': dirty });
    expect(unscrape(['check', '--format', 'compact', 'a.txt'], { cwd: dir }).stdout).toBe('a.txt: line 3, col 1, Error - Ad placeholder: remove “[ad_1]” (ad-marker)\na.txt: line 5, col 27, Error - Stray punctuation: replace “. .” with “.” (stray-punctuation)\n\n2 problems\n');
    expect(unscrape(['check', '--format', 'unix', 'a.txt'], { cwd: dir }).stdout).toMatch(/^a\.txt:3:1: Ad placeholder: remove “\[ad_1\]” \[Error\/ad-marker\]$/m);
  });

  it('.unscraperc in YAML as well as JSON', () => {
    const dir = project({ 'a.txt': dirty, '.unscraperc': 'rules:\n  ad-marker: "off"\n  stray-punctuation: "off"\n' });
    expect(unscrape(['check', 'a.txt'], { cwd: dir }).status).toBe(0);
    const yml = project({ 'a.txt': dirty, '.unscraperc.yaml': 'rules:\n  ad-marker: "off"\n' });
    expect(unscrape(['check', 'a.txt'], { cwd: yml }).stdout).not.toMatch(/ad-marker/);
    const broken = project({ 'a.txt': dirty, '.unscraperc': 'rules: [\n' });
    const r = unscrape(['check', 'a.txt'], { cwd: broken });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.unscraperc: not valid YAML/);
  });
});

describe('unscrape check: options are checked before anything is read or written', () => {
  it('--fix with a missing --baseline rewrites nothing (exit 2)', () => {
    const dir = project({ 'a.txt': dirty });
    const r = unscrape(['check', '--fix', '--baseline', 'missing.json', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(dirty);
  });

  it('--encoding nosuch is one usage error, and -o into a missing folder is refused up front', () => {
    const dir = project({ 'a.txt': dirty, 'b.txt': dirty });
    const r = unscrape(['check', '--encoding', 'nosuch', '--fix', '.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toBe('unscrape: --encoding: unknown encoding "nosuch"');
    expect(r.stderr).not.toMatch(/internal/);
    const o = unscrape(['check', '--fix', '-o', 'no/such/report.json', '.'], { cwd: dir });
    expect(o.status).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(dirty);
  });
});

function validateSarif(log: unknown): string[] {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  // The schema's language pattern has a stray "]", legal only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile({ ...rest, $id: id as string });
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

