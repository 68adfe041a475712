/** One name for a fixture's expected result: `expected.json`, in every folder of fixtures/. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('fixtures/', () => {
  it('names every expected result expected.json', () => {
    const named = files(fixtures).filter((f) => /^expect/i.test(f.split('/').pop()!));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((f) => !f.endsWith('/expected.json')).map((f) => relative(fixtures, f))).toEqual([]);
  });

  it.each(['articles', 'html', 'markdown'])('gives each case of %s/ its expected.json', (kind) => {
    const cases = readdirSync(join(fixtures, kind), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(existsSync(join(fixtures, kind, c.name, 'expected.json')), `${kind}/${c.name}`).toBe(true);
  });
});
