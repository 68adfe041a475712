/**
 * One pass of the cleaning rules (clean/pass.ts): rules do not import each other, a rule reads
 * the proposals of the rules it `sees`, only of rules ranked before it, and each rule proposes
 * once per pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { distinct } from '../src/clean/apply.js';
import { cleanRules, cleanText, contentRules, proposeAlone } from '../src/clean/index.js';
import type { CleanContext } from '../src/types.js';

const noLists: CleanContext = { markers: [], boilerplate: [] };
const clean = join(import.meta.dirname, '..', 'src', 'clean');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the rules a cleaning rule sees', () => {
  const rank = new Map(contentRules.map((r, i) => [r.id, i]));

  it.each(contentRules.map((r) => [r.id, r]))('%s sees only rules ranked before it, in their order', (_id, rule) => {
    const sees = rule.sees ?? [];
    const ranks = sees.map((id) => rank.get(id));
    for (const [k, id] of sees.entries()) {
      expect(ranks[k], `${rule.id} sees ${id}`).toBeDefined();
      expect(ranks[k]!, `${rule.id} sees ${id}, ranked after it`).toBeLessThan(rank.get(rule.id)!);
    }
    expect(ranks).toEqual([...ranks].sort((a, b) => a! - b!));
  });

  it('is declared, not imported: no rule module imports another rule module', () => {
    const modules = readdirSync(clean).filter((f) => f.endsWith('.ts'));
    // A rule's module is the one that declares it: `export const <name>: CleanRule`.
    const ruleModules = modules.filter((f) => /^export const \w+: CleanRule\b/m.test(readFileSync(join(clean, f), 'utf8')));
    expect(ruleModules.length).toBe(cleanRules.length);
    for (const file of ruleModules) {
      const source = readFileSync(join(clean, file), 'utf8');
      const imported = [...source.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => `${m[1]}.ts`);
      expect(imported.filter((f) => ruleModules.includes(f)), file).toEqual([]);
    }
  });

  it('keeps the line rules working through what they see', () => {
    // boilerplate sees caption's credit go, and ad-marker's label go around a zero-width space.
    expect(proposeAlone(cleanRules.find((r) => r.id === 'boilerplate')!, '(Photo: Tut.by) Subscribe to our channel\n', noLists).length).toBeGreaterThan(0);
    expect(proposeAlone(cleanRules.find((r) => r.id === 'ad-marker')!, 'Advert\u200bisement\n', noLists).map((c) => c.end - c.start)).toEqual([6, 7]);
  });
});

describe('one pass', () => {
  it('asks each rule for its proposals once per text, however many rules see them', () => {
    const calls: string[] = [];
    for (const rule of cleanRules) {
      const propose = rule.propose.bind(rule);
      vi.spyOn(rule, 'propose').mockImplementation((text, ctx, pass) => {
        calls.push(`${rule.id} on ${JSON.stringify(text)}`);
        return propose(text, ctx, pass);
      });
    }
    const text = 'A title\n\nADVERTISEMENT\n\nThe talks ended on Monday.\n\nRead also: Protests in Minsk\n\n(Photo: Tut.by) Subscribe to our channel\n';
    const cleaned = cleanText(text, { ...noLists, plain: true }, () => true);
    expect(cleaned.text).toContain('The talks ended on Monday.');
    expect(cleaned.text).not.toMatch(/ADVERTISEMENT|Read also|Subscribe/);
    for (const rule of cleanRules) expect(calls.some((c) => c.startsWith(`${rule.id} on `)), rule.id).toBe(true);
    expect(calls.length).toBe(new Set(calls).size);
  });

  it('judges the lines of the cleaned text once for the rule and for the findings', () => {
    const text = 'The talks ended on Monday.\n\nThey will resume next week.';
    const cleaned = cleanText(text, { ...noLists, plain: true }, () => true);
    // Nothing changed: the pass of the first round was over the text that came out.
    expect(cleaned.changes).toEqual([]);
    const derived = vi.fn(() => 1);
    cleaned.pass.once(derived);
    cleaned.pass.once(derived);
    expect(derived).toHaveBeenCalledTimes(1);
    expect(cleaned.pass.lines.map((l) => l.text)).toEqual(['The talks ended on Monday.', '', 'They will resume next week.']);
  });
});

describe('two rules proposing one change', () => {
  const priority = new Map([['ad-marker', 0], ['line-classifier', 1]]);

  it('is one change, under the higher-ranked rule: an agreement, not a conflict', () => {
    const same = [
      { rule: 'line-classifier', start: 0, end: 6, replacement: '' },
      { rule: 'ad-marker', start: 0, end: 6, replacement: '' },
      { rule: 'line-classifier', start: 10, end: 20, replacement: '' },
    ];
    expect(distinct(same, priority)).toEqual([same[1], same[2]]);
  });

  it('keeps changes that differ in span or replacement (those are conflicts for `resolve`)', () => {
    const differ = [
      { rule: 'ad-marker', start: 0, end: 6, replacement: '' },
      { rule: 'line-classifier', start: 0, end: 7, replacement: '' },
      { rule: 'line-classifier', start: 0, end: 6, replacement: ' ' },
    ];
    expect(distinct(differ, priority)).toEqual(differ);
  });

  it('the line classifier judges the lines as the rules it sees leave them: an [ad_1] line is ad-marker\'s alone', () => {
    const text = ['[ad_1]', 'The regional parliament approved the budget on Thursday after a debate that lasted until late in the night.', 'The opposition said the plan would leave hospitals without the money they need for the winter.', 'The finance minister rejected the criticism and promised a review in the spring.', '[ad_2]', ''].join('\n\n');
    const ctx = { ...noLists, plain: true };
    expect(proposeAlone(cleanRules.find((r) => r.id === 'line-classifier')!, text, ctx)).toEqual([]);
    const changes = cleanText(text, ctx, () => true).changes.filter((c) => c.rule !== 'whitespace');
    expect(changes.map((c) => [c.rule, text.slice(c.start, c.end)])).toEqual([['ad-marker', '[ad_1]'], ['ad-marker', '[ad_2]']]);
  });
});
