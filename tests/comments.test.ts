/**
 * Code comments say why, not how much: measurements live in docs/performance.md ("Figures behind
 * the code"), where they can be re-measured without touching the code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** A timing, a "took N s/MB", a percentage gained or lost, "N s instead of", "N times faster". */
const figure = /\b\d+(?:\.\d+)?\s?(?:ms|µs)\b|\btook [\w ]{0,12}?\d+(?:\.\d+)? ?(?:s|ms|MB|GB)\b|\d+% (?:less|more|faster|slower)|\d+(?:\.\d+)? ?s instead\b|\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|a thousand)[ -]times (?:faster|slower)\b/iu;

describe('comments in src/', () => {
  it('carry no benchmark figures', () => {
    const found: string[] = [];
    for (const file of sources(src)) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const comment = /^\s*(?:\/\/|\/?\*)/u.test(line) ? line : (line.match(/\s\/\/\s.*$/u)?.[0] ?? '');
        if (figure.test(comment)) found.push(`${relative(src, file)}:${i + 1}: ${comment.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
