/**
 * `check` runs each file under the pool's timeout and memory limit, as `clean` runs documents
 * (issue 16 point 8): a file that hangs the Markdown parser is a problem of that file, never a
 * hang of the check. And Markdown read as plain text says so (`markdown-fallback`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStack, tempDir, unscrape } from './helpers/cli.js';

/**
 * Paragraphs of just under the per-paragraph delimiter cap of the Markdown extractor (so not
 * read as plain text), each quadratic for the parser: 2 MB of them keep it busy for minutes.
 */
function slowMarkdown(): string {
  const paragraph = '*a '.repeat(1990);
  const parts = ['# Slow'];
  for (let size = 0; size < 2_000_000; size += paragraph.length + 2) parts.push(paragraph);
  return parts.join('\n\n') + '\n';
}

type Report = Array<{ path: string; problems: Array<{ rule: string; message: string; severity: string }> }>;

describe('check guards each file as clean guards each document', () => {
  it('a file that hangs the parser is a timeout problem of that file; the other files are checked; exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'slow.md'), slowMarkdown());
    writeFileSync(join(dir, 'good.txt'), 'Title\n\n[ad_1]\n\nThe rally ended peacefully.\n');
    for (const jobs of ['1', '2']) {
      const r = unscrape(['check', '--format', 'json', '--jobs', jobs, '--timeout', '1', 'slow.md', 'good.txt'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(hasStack(r.stderr)).toBe(false);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.map((f) => f.path)).toEqual(['slow.md', 'good.txt']);
      expect(report[0]!.problems).toEqual([expect.objectContaining({ rule: 'document', severity: 'error', message: expect.stringMatching(/^timeout: processing took longer than 1 s/) })]);
      expect(report[1]!.problems.map((p) => p.rule)).toContain('ad-marker');
    }
  }, 120_000);

  it('--fix on the other files still fixes them; the file that timed out is left as it was', () => {
    const dir = tempDir();
    const slow = slowMarkdown();
    writeFileSync(join(dir, 'slow.md'), slow);
    writeFileSync(join(dir, 'good.txt'), 'Title\n\n[ad_1]\n\nThe rally ended peacefully.\n');
    const r = unscrape(['check', '--fix', '--timeout', '1', 'slow.md', 'good.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/timeout/);
    expect(readFileSync(join(dir, 'slow.md'), 'utf8')).toBe(slow);
    expect(unscrape(['check', 'good.txt'], { cwd: dir }).status).toBe(0);
  }, 120_000);

  it('clean --timeout: the slow document is a timeout error record, the other is cleaned; exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'slow.md'), slowMarkdown());
    writeFileSync(join(dir, 'good.txt'), 'Title\n\n[ad_1]\n\nThe rally ended peacefully.\n');
    // 5 s: enough for a fresh worker to load the pipeline and clean good.txt on a loaded machine.
    const r = unscrape(['clean', '--jobs', '1', '--timeout', '5', 'slow.md', 'good.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(hasStack(r.stderr)).toBe(false);
    const records = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { source: { path: string }; error?: { code: string; message: string }; text?: string });
    const byName = new Map(records.map((x) => [x.source.path.split('/').pop(), x]));
    expect(byName.get('slow.md')!.error).toEqual(expect.objectContaining({ code: 'timeout', message: expect.stringMatching(/longer than 5 s/) }));
    expect(byName.get('good.txt')!.text).toBe('The rally ended peacefully.');
    expect(unscrape(['clean', '--timeout', '0', 'good.txt'], { cwd: dir }).status).toBe(2);
  }, 120_000);

  it('Markdown read as plain text is a markdown-fallback warning in the report', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'stars.md'), '# Title\n\n' + '*'.repeat(100_000) + '\n');
    const r = unscrape(['check', '--format', 'json', 'stars.md'], { cwd: dir });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report[0]!.problems).toEqual([expect.objectContaining({ rule: 'markdown-fallback', severity: 'warning' })]);
  });
});
