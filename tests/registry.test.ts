/**
 * The rule registry (src/pipeline/registry.ts) is the one place a rule is entered. Adding a rule
 * takes its module (which declares its info), one entry in its stage's list (clean/index.ts's
 * `cleanRules` or detect/index.ts's `detectors`), its docs section and table row, its fixtures
 * and its test file. These tests fail while any of those is missing, and while any other file of
 * src/ names a rule by its id instead of reading the rule's declaration.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, documentRule, levelOf, pseudoRules, ruleIds, ruleUrl } from '../src/pipeline/registry.js';
import { cleanRules } from '../src/clean/index.js';
import { detectors } from '../src/detect/index.js';
import { formatRules } from '../src/check/report/rules.js';
import { titleCutRule } from '../src/types.js';
import { recordRules } from '../src/record/index.js';

const root = join(__dirname, '..');
const docs = readFileSync(join(root, 'docs/rules.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The rule ids SPEC.md fixes (copied here: tests do not read ../shared). */
const specIds = [
  'ad-marker', 'boilerplate', 'caption', 'stray-punctuation', 'whitespace', 'invisible-char', 'mojibake', 'mixed-script',
  'untranslated', 'pronoun-number', 'pleonastic-pronoun', 'calque', 'verb-pattern', 'repeated-phrase', 'repeated-word',
  'duplicate-paragraph', 'name-variant', 'unbalanced-quote',
];

/** Every .ts file under a folder of src/, recursively, as paths relative to src/. */
function sources(dir = ''): string[] {
  return readdirSync(join(root, 'src', dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** What a module of clean/ or detect/ exports that is a rule: a CleanRule or a Detector. */
function rulesExported(module: Record<string, unknown>): Array<{ id: string; value: object }> {
  const found: Array<{ id: string; value: object }> = [];
  for (const value of Object.values(module)) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as { id?: unknown; propose?: unknown; info?: { id?: unknown }; check?: unknown; needs?: unknown };
    if (typeof v.propose === 'function' && typeof v.id === 'string') found.push({ id: v.id, value });
    else if (typeof v.check === 'function' && typeof v.needs === 'string' && typeof v.info?.id === 'string') found.push({ id: v.info.id, value });
  }
  return found;
}

describe('the rule registry', () => {
  it('holds every rule id of the contract, once each', () => {
    const ids = allRules.map((r) => r.id);
    for (const id of specIds) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is what the configuration is checked against, pseudo-rules excluded', () => {
    expect([...ruleIds]).toEqual(allRules.map((r) => r.id));
    for (const id of pseudoRules.keys()) expect(ruleIds.has(id)).toBe(false);
    expect([...pseudoRules.keys()]).toEqual([documentRule.id, titleCutRule]);
  });

  it('resolves a level one way: the configured one, else the rule’s default', () => {
    expect(levelOf('calque', {})).toBe('warning');
    expect(levelOf('caption', {})).toBe('error');
    expect(levelOf('calque', { calque: 'off' })).toBe('off');
    expect(levelOf('caption', { caption: 'info' })).toBe('info');
  });

  it('declares mixed-script once, for both stages', () => {
    const clean = cleanRules.find((r) => r.id === 'mixed-script')!;
    const detect = detectors.find((d) => d.info.id === 'mixed-script')!;
    expect(clean.summary).toBe(detect.info.summary);
    expect(clean.stage).toBe('both');
    expect(allRules.filter((r) => r.id === 'mixed-script')).toHaveLength(1);
  });

  it('is docs/rules.md’s table (`unscrape rules --format markdown` prints it)', () => {
    const table = formatRules(allRules, 'markdown');
    expect(docs).toContain(table);
  });

  it('has every rule module of clean/ and detect/ entered once in its stage’s list, and nothing else', async () => {
    const entered = new Map<object, number>();
    for (const r of cleanRules) entered.set(r, (entered.get(r) ?? 0) + 1);
    for (const d of detectors) entered.set(d, (entered.get(d) ?? 0) + 1);
    const modules: string[] = [];
    for (const stage of ['clean', 'detect']) {
      for (const file of sources(stage)) {
        const module = (await import(/* @vite-ignore */ `../src/${file}`)) as Record<string, unknown>;
        for (const { id, value } of rulesExported(module)) {
          modules.push(id);
          expect(entered.get(value), `${file} exports rule ${id}, not entered in ${stage}/index.ts`).toBe(1);
          // A rule's module is named after it: that is where its id may be written.
          expect(file, `${id} lives in ${stage}/${id}.ts`).toBe(`${stage}/${id}.ts`);
        }
      }
    }
    expect(modules.length).toBe(cleanRules.length + detectors.length);
    // Every registered rule comes from such a module, or is a check the record makes itself.
    for (const r of allRules) expect(modules.includes(r.id) || recordRules.some((x) => x.id === r.id), r.id).toBe(true);
  });

  it('is the only place besides a rule’s own module that names a rule by its id', () => {
    // `document` is left out: a detector `needs: 'document'`; the pseudo-rule's id is only in the registry.
    const ids = [...allRules.map((r) => r.id), titleCutRule];
    /** Where the word is not a rule id (a settings list, an HTML element, an error code, prose). */
    const otherMeanings = new Set([
      'settings.ts boilerplate', 'extract/selectors.ts caption', 'errors.ts encoding', 'check/source.ts encoding',
      // The report's score counts the rules typical of machine translation: a judgement of the report, above the registry's layer.
      ...['calque', 'verb-pattern', 'pronoun-number', 'pronoun-gender', 'pleonastic-pronoun', 'name-variant', 'untranslated', 'mixed-script', 'repeated-phrase'].map((id) => `report/score.ts ${id}`),
    ]);
    /** The files of a rule's own module: stage/ID.ts, its helpers stage/ID-*.ts, its lists, shared/ID.ts. */
    /** The pseudo-rule and the check that have no module of their own are declared where they are made. */
    const declaredIn: Record<string, string> = { ...Object.fromEntries(recordRules.map((r) => [r.id, 'record/index.ts'])), [titleCutRule]: 'types.ts' };
    const own = (file: string, id: string): boolean => declaredIn[id] === file ||
      new RegExp(`^(?:clean|detect|shared)/(?:lists/)?${id.replace(/[()]/g, '\\$&')}(?:-[a-z-]+)?\\.ts$`).test(file);
    const offenders: string[] = [];
    for (const file of sources()) {
      if (file === 'pipeline/registry.ts') continue;
      // Comments may name rules: code may not.
      // `sees: [...]` names the rules a cleaning rule reads (clean/pass.ts checks each is a rule ranked before it).
      const code = readFileSync(join(root, 'src', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1').replace(/\bsees(?::| =) \[[^\]]*\]/g, '');
      for (const id of ids) {
        if (own(file, id) || otherMeanings.has(`${file} ${id}`)) continue;
        if (code.includes(`'${id}'`) || code.includes(`"${id}"`)) offenders.push(`${file}: '${id}'`);
      }
    }
    expect(offenders, 'read the id from the rule (rule.id), or enter the rule in the registry').toEqual([]);
  });

  for (const rule of allRules) {
    describe(rule.id, () => {
      it('is documented in docs/rules.md, where its url points', () => {
        expect(docs).toMatch(new RegExp(`^## ${rule.id}$`, 'm'));
        expect(rule.url).toBe(ruleUrl(rule.id));
        expect(rule.url.endsWith(`docs/rules.md#${rule.id}`)).toBe(true);
        expect(rule.summary.length).toBeGreaterThan(15);
      });
      it('has a row in the README’s rule table', () => {
        expect(readme).toMatch(new RegExp(`^\\| \`${rule.id}\` \\| ${rule.stage} \\|`, 'm'));
      });
      it('has fixtures that fire and fixtures that must stay quiet', () => {
        for (const kind of ['fires', 'quiet']) {
          const file = join(root, 'fixtures/rules', rule.id, `${kind}.txt`);
          expect(existsSync(file), relative(root, file)).toBe(true);
          expect(readFileSync(file, 'utf8').trim().length).toBeGreaterThan(20);
        }
      });
      it('has its own test file', () => {
        expect(existsSync(join(root, 'tests/rules', `${rule.id}.test.ts`))).toBe(true);
      });
      if (rule.fixable) {
        it('names its changes in messages with its label', () => {
          expect(rule.label?.length ?? 0).toBeGreaterThan(3);
        });
      }
    });
  }
});
