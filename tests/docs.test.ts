import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

describe('the README', () => {
  it('puts check and pre-commit before the speed material, whose internals live in docs/performance.md', () => {
    const at = (heading: string) => readme.indexOf(`\n${heading}\n`);
    expect(at('## unscrape check')).toBeGreaterThan(0);
    expect(at('### pre-commit')).toBeGreaterThan(at('## unscrape check'));
    expect(at('## Speed and scale')).toBeGreaterThan(at('### pre-commit'));
    expect(existsSync(resolve(root, 'docs/performance.md'))).toBe(true);
    const performance = readFileSync(resolve(root, 'docs/performance.md'), 'utf8');
    // The internals moved: the benchmark table and the worker costs are there, not in the README.
    expect(performance).toMatch(/\| run \| MB\/s \|/);
    expect(performance).toMatch(/interrupt budget/);
    expect(readme).not.toMatch(/interrupt budget/);
    expect(readme).toMatch(/\(docs\/performance\.md\)/);
  });
});
