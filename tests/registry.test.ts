import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/pipeline/registry.js';

const root = join(__dirname, '..');
const docs = readFileSync(join(root, 'docs/rules.md'), 'utf8');

/** The rule ids SPEC.md fixes (copied here: tests do not read ../shared). */
const specIds = [
  'ad-marker', 'boilerplate', 'caption', 'stray-punctuation', 'whitespace', 'invisible-char', 'mojibake', 'mixed-script',
  'untranslated', 'pronoun-number', 'pleonastic-pronoun', 'calque', 'verb-pattern', 'repeated-phrase', 'repeated-word',
  'duplicate-paragraph', 'name-variant', 'unbalanced-quote',
];

describe('the rule registry', () => {
  it('holds every rule id of the contract, once each', () => {
    const ids = allRules.map((r) => r.id);
    for (const id of specIds) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of allRules) {
    describe(rule.id, () => {
      it('is documented in docs/rules.md, where its url points', () => {
        expect(docs).toMatch(new RegExp(`^## ${rule.id}$`, 'm'));
        expect(rule.url.endsWith(`docs/rules.md#${rule.id}`)).toBe(true);
        expect(rule.summary.length).toBeGreaterThan(15);
      });
      it('has fixtures that fire and fixtures that must stay quiet', () => {
        for (const kind of ['fires', 'quiet']) {
          const file = join(root, 'fixtures/rules', rule.id, `${kind}.txt`);
          expect(existsSync(file), file).toBe(true);
          expect(readFileSync(file, 'utf8').trim().length).toBeGreaterThan(20);
        }
      });
      it('has its own test file', () => {
        expect(existsSync(join(root, 'tests/rules', `${rule.id}.test.ts`))).toBe(true);
      });
    });
  }
});
