/**
 * Shared checks of the cleaning-rule tests: the fires/quiet fixtures of a rule, its exact
 * changes on a text, and a linear-time guard on inputs that make careless regexes backtrack.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanRules, cleanText, proposeAlone } from '../../src/clean/index.js';
import type { CleanContext, CleanRule } from '../../src/types.js';

const noLists: CleanContext = { markers: [], boilerplate: [] };

/** The blocks of fixtures/rules/<id>/<kind>.txt: separated by a line `---`. */
export function blocks(id: string, kind: 'fires' | 'quiet'): string[] {
  const raw = readFileSync(new URL(`../../fixtures/rules/${id}/${kind}.txt`, import.meta.url), 'utf8');
  return raw.replace(/\n$/, '').split('\n---\n');
}

/** The rule object of `id`. */
export function ruleOf(id: string): CleanRule {
  const rule = cleanRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no cleaning rule ${id}`);
  return rule;
}

/** What rule `id` does to `text` once every rule has run and overlaps are resolved: [source span, replacement]. */
export function changesOf(id: string, text: string, ctx: CleanContext = noLists, enabled: (id: string) => boolean = () => true): Array<[string, string]> {
  return cleanText(text, ctx, enabled)
    .changes.filter((c) => c.rule === id)
    .map((c) => [text.slice(c.start, c.end), c.replacement]);
}

/** The context of a document's own lines (a plain text, a JSON text field), where the line rules run. */
export const plainContext: CleanContext = { markers: [], boilerplate: [], plain: true };

/** The spans of `text` that rule `id` removes once every rule has run. */
export function removedBy(id: string, text: string, ctx: CleanContext = plainContext, enabled?: (id: string) => boolean): string[] {
  return changesOf(id, text, ctx, enabled).filter(([, replacement]) => replacement === '').map(([span]) => span);
}

/** The cleaned text of `text` with every rule on. */
export function clean(text: string, ctx: CleanContext = noLists): string {
  return cleanText(text, ctx, () => true).text;
}

/**
 * Every fires block yields a change of `id` in the full cleaning; every quiet block none, even
 * proposed. `ctx`: the context the blocks are read in (`plainContext` for a rule of a document's
 * own lines).
 */
export function fixtureSuite(id: string, ctx: CleanContext = noLists): void {
  describe(`${id} fixtures`, () => {
    const fires = blocks(id, 'fires');
    const quiet = blocks(id, 'quiet');
    it('has fixtures of both kinds', () => {
      expect(fires.length).toBeGreaterThanOrEqual(5);
      expect(quiet.length).toBeGreaterThanOrEqual(5);
    });
    it.each(fires.map((b, i) => [i + 1, b]))(`fires.txt block %i fires`, (_n, block) => {
      expect(changesOf(id, block as string, ctx).length, JSON.stringify(block)).toBeGreaterThan(0);
    });
    it.each(quiet.map((b, i) => [i + 1, b]))(`quiet.txt block %i stays quiet`, (_n, block) => {
      if (id === 'whitespace') expect(changesOf(id, block as string, ctx)).toEqual([]);
      else expect(proposeAlone(ruleOf(id), block as string, ctx)).toEqual([]);
    });
  });
}

/**
 * Inputs on which a regex with nested or unbounded quantifiers backtracks for minutes. The
 * budget is generous (seconds for a few hundred kilobytes) so that only superlinear matching,
 * never a slow machine, fails it.
 */
export function linearTimeSuite(id: string, extra: readonly string[] = []): void {
  const n = 100_000;
  const inputs = [
    '.'.repeat(n), ','.repeat(n), ' '.repeat(n), '['.repeat(n), ']'.repeat(n), '('.repeat(n), '"'.repeat(n),
    '“'.repeat(n), '”'.repeat(n), '\n'.repeat(n), '. '.repeat(n), ' ,'.repeat(n), 'a '.repeat(200_000),
    'Ã'.repeat(n), 'â€'.repeat(n / 2), '\u200b'.repeat(n), '\u00a0\n'.repeat(n / 2), ...extra,
  ];
  describe(`${id} runs in linear time`, () => {
    it.each(inputs.map((s) => [JSON.stringify(s.slice(0, 12)), s.length, s]))('%s x%i', (_label, _len, input) => {
      const rule = ruleOf(id);
      const t0 = performance.now();
      proposeAlone(rule, input as string, { markers: ['[custom_ad]'], boilerplate: ['Advertisement from'] });
      // As a plain text too: the line rules (page-furniture, line-classifier …) read only those.
      proposeAlone(rule, input as string, { markers: ['[custom_ad]'], boilerplate: ['Advertisement from'], plain: true });
      expect(performance.now() - t0).toBeLessThan(3000);
    });
  });
}
