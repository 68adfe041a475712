import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, unscrape } from './helpers/check.js';

/**
 * Inline suppression comments in Markdown and HTML: the extractors return `suppressions` in
 * `Extracted`, the pipeline drops changes and findings inside them, and `check` neither reports
 * nor fixes them.
 */
describe('inline suppression in Markdown and HTML', () => {
  const markdown = [
    '---',
    'title: Protest in Grodno',
    '---',
    '',
    '<!-- unscrape-disable-next-line ad-marker -->',
    '[ad_1]',
    '',
    'The rally ended peacefully. .',
    '',
    '<!-- unscrape-disable stray-punctuation -->',
    'The police stood aside. .',
    '<!-- unscrape-enable -->',
    '',
    '[ad_2]',
    '',
  ].join('\n');

  it('Markdown: disable-next-line and disable … enable silence only the rules they name', () => {
    const dir = project({ 'a.md': markdown });
    const r = unscrape(['check', '--format', 'json', 'a.md'], { cwd: dir });
    const problems = (JSON.parse(r.stdout) as Array<{ problems: Array<{ rule: string; excerpt: string; line: number }> }>)[0]!.problems;
    const fixable = problems.filter((p) => p.rule !== 'whitespace');
    expect(fixable.map((p) => [p.rule, p.excerpt, p.line])).toEqual([
      ['stray-punctuation', '. .', 8],
      ['ad-marker', '[ad_2]', 14],
    ]);
  });

  it('Markdown: --fix leaves suppressed text and the comments alone', () => {
    const dir = project({ 'a.md': markdown });
    unscrape(['check', '--fix', 'a.md'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(fixed).toContain('<!-- unscrape-disable-next-line ad-marker -->\n[ad_1]\n');
    expect(fixed).toContain('The police stood aside. .');
    expect(fixed).toContain('The rally ended peacefully.\n');
    expect(fixed).not.toContain('[ad_2]');
    expect(fixed.startsWith('---\ntitle: Protest in Grodno\n---\n')).toBe(true);
  });

  it('HTML: the same comments work, and the file is never rewritten', () => {
    const html = '<html><body><article><!-- unscrape-disable-next-line ad-marker --><p>[ad_1]</p><p>The rally ended peacefully, and the police did not interfere with the march.</p></article></body></html>\n';
    const dir = project({ 'a.html': html });
    const r = unscrape(['check', 'a.html'], { cwd: dir });
    expect(r.stdout).not.toMatch(/ad-marker/);
    unscrape(['check', '--fix', 'a.html'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe(html);
  });
});
