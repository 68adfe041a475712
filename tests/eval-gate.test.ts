/**
 * The evaluation gate (`npm run eval:gate`, scripts/eval-gate.mjs) that CI runs after the tests:
 * its scorer gives the benchmark's figures, and it fails, naming the figure, when a figure is
 * below its pinned floor. No timings: only exit codes, names and figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const gate = join(root, 'scripts/eval-gate.mjs');

interface Scores { precision: number; recall: number }
interface Scorer {
  tokenize(text: string): string[];
  compare(truth: string, pred: string): { tp: number; fp: number; fn: number };
  evaluate(gt: Record<string, { articleBody: string }>, pred: Record<string, { articleBody: string }>): {
    metrics: Scores & { f1: number; accuracy: number; n: number; missing: number };
    perDoc: Record<string, Scores & { exact: number }>;
  };
}
const scorer = (await import(pathToFileURL(join(root, 'scripts/score-extraction.mjs')).href)) as Scorer;

type Bound = { min: number } | { max: number };
/** Every temporary folder the tests make, removed when they are done. */
const made: string[] = [];
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });
const floorsFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'unscrape-gate-test-'));
  made.push(dir);
  return join(dir, 'floors.json');
};

const committed = JSON.parse(readFileSync(join(root, 'fixtures/eval/floors.json'), 'utf8')) as { floors: Record<string, Bound> };

/** Run the gate with these floors; the names of the figures its failure message lists. */
function runGate(floors: Record<string, Bound>) {
  const file = floorsFile();
  writeFileSync(file, JSON.stringify({ floors }));
  const r = spawnSync(process.execPath, [gate, '--floors', file], { encoding: 'utf8', timeout: 240000 });
  const fell = [...r.stderr.matchAll(/^ {2}(\S+) -?\d+\.\d{3} \(floor [<>]= -?\d+\.\d{3}\)$/gm)].map((m) => m[1]);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, fell };
}

/** A floor moved past today's figure by `by`: a minimum raised, a ceiling lowered. */
const raise = (bound: Bound, by: number): Bound => ('min' in bound ? { min: bound.min + by } : { max: bound.max - by });

describe('scripts/score-extraction.mjs: word-4-gram precision, recall, F1 as the benchmark defines them', () => {
  it('cuts words as Python\'s \\w does', () => {
    expect(scorer.tokenize('a b,cd:e(foo_bar) naïve ２０２４ — ')).toEqual(['a', 'b', 'cd', 'e', 'foo_bar', 'naïve', '２０２４']);
  });

  it('counts shared, extra and missing 4-word shingles; a short text is one shingle', () => {
    expect(scorer.compare('a b c d e', 'a b c d')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(scorer.compare('a b c a b c d', 'a b c d')).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(scorer.compare('x y', 'x y')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scorer.compare('x y', 'x y z')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('averages precision over pages with a prediction, recall over pages with truth; F1 of the averages', () => {
    const gt = { a: { articleBody: 'one two three four five' }, b: { articleBody: 'six seven eight nine' }, c: { articleBody: 'ten eleven twelve thirteen' } };
    const { metrics, perDoc } = scorer.evaluate(gt, { a: { articleBody: 'one two three four five' }, b: { articleBody: '' } });
    expect(perDoc.a).toEqual({ precision: 1, recall: 1, exact: 1 });
    expect(perDoc.b).toEqual({ precision: 0, recall: 0, exact: 0 });
    // Precision: page a only (b and the missing c predict nothing); recall: (1 + 0 + 0) / 3.
    expect(metrics.precision).toBe(1);
    expect(metrics.recall).toBeCloseTo(1 / 3, 12);
    expect(metrics.f1).toBeCloseTo(0.5, 12);
    expect(metrics).toMatchObject({ accuracy: 1 / 3, n: 3, missing: 1 });
  });
});

describe('npm run eval:gate: figures against the floors of fixtures/eval/floors.json', () => {
  it('pins a floor for every kind of figure the issue names', () => {
    const names = Object.keys(committed.floors);
    expect(names).toEqual(expect.arrayContaining(['extraction.f1', 'extraction.precision', 'extraction.recall', 'native.per1000', 'dev.calque.precision', 'dev.calque.recall', 'perturbed.repeated-word.recall', 'controls.repeated-word']));
    expect(committed.floors['extraction.f1']).toEqual({ min: expect.any(Number) });
    expect(committed.floors['native.per1000']).toEqual({ max: expect.any(Number) });
  });

  it('exits 2 before measuring when the floors file holds no floors', () => {
    const file = floorsFile();
    writeFileSync(file, '{"about": "nothing pinned"}');
    const r = spawnSync(process.execPath, [gate, '--floors', file], { encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read floors from ${file}: no "floors" object`);
    expect(r.stdout).toBe('');
  });

  it('fails naming exactly the figures above whose floor it fell, and a floor whose figure is gone; the rest pass', () => {
    const moved = ['extraction.f1', 'dev.calque.precision', 'native.per1000'];
    const floors: Record<string, Bound> = { ...committed.floors, 'dev.no-such-rule.recall': { min: 0.5 } };
    for (const name of moved) floors[name] = raise(committed.floors[name]!, 0.1);
    const r = runGate(floors);
    expect(r.status, r.stderr).toBe(1);
    expect(r.fell.sort()).toEqual([...moved].sort());
    expect(r.stderr).toMatch(/no longer measured .*: dev\.no-such-rule\.recall/);
    // Every other pinned figure is measured and passes its (committed) floor.
    for (const name of Object.keys(committed.floors).filter((n) => !moved.includes(n))) {
      expect(r.stdout).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')} +\\d+\\.\\d{3}  [<>]= \\d+\\.\\d{3} +ok`, 'm'));
    }
  });

  it('fails on every figure when every floor is raised by 0.1', () => {
    const floors = Object.fromEntries(Object.entries(committed.floors).map(([name, bound]) => [name, raise(bound, 0.1)]));
    const r = runGate(floors);
    expect(r.status, r.stderr).toBe(1);
    expect(r.fell.sort()).toEqual(Object.keys(committed.floors).sort());
    expect(r.stderr).toContain('FAILED');
  });
}, 300000);
