/**
 * The paragraph gates decide which paragraphs are parsed at all: a gate that says "no"
 * where its rule would report loses a finding silently. These tests hold every gate to
 * that contract on the fixtures, the dev set and random paragraphs built from the
 * rules' trigger words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import type { Report, TextDetector, TreeDetector } from '../src/detect/types.js';
import pronounNumber from '../src/detect/pronoun-number.js';
import pleonasticPronoun from '../src/detect/pleonastic-pronoun.js';
import calque from '../src/detect/calque.js';
import verbPattern from '../src/detect/verb-pattern.js';
import repeatedPhrase from '../src/detect/repeated-phrase.js';
import repeatedWord, { hasRepeat } from '../src/detect/repeated-word.js';
import untranslated from '../src/detect/untranslated.js';
import mixedScript from '../src/detect/mixed-script.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Gated = TextDetector | TreeDetector;
const gated: Gated[] = [pronounNumber, pleonasticPronoun, calque, verbPattern, repeatedPhrase, repeatedWord, untranslated, mixedScript];
const parser = unified().use(retextEnglish).freeze();

/** Rule ids that report on the paragraph when run without their gate (`before`: the paragraph before). */
function ungated(paragraph: string, before = ''): string[] {
  const ids: string[] = [];
  const tree = parser.parse(paragraph) as Root;
  for (const d of gated) {
    const found: Report[] = [];
    d.check({ text: paragraph, before, tree }, (r) => found.push(r));
    if (found.length > 0) ids.push(d.info.id);
  }
  return ids;
}

function expectGatesPass(paragraph: string, before = ''): void {
  for (const id of ungated(paragraph, before)) {
    const d = gated.find((x) => x.info.id === id)!;
    expect(d.gate!(paragraph), `${id} gate on ${JSON.stringify(paragraph)}`).toBe(true);
  }
}

describe('paragraph gates', () => {
  it('let through every fixture and dev-set paragraph their rule reports on', () => {
    const paragraphs: string[] = [];
    const dir = join(root, 'fixtures/rules');
    for (const id of readdirSync(dir)) {
      for (const kind of ['fires.txt', 'quiet.txt']) {
        paragraphs.push(...readFileSync(join(dir, id, kind), 'utf8').split(/\n(?:\s*\n|~\n|===\n)/));
      }
    }
    for (const line of readFileSync(join(root, 'fixtures/dev/dev.jsonl'), 'utf8').split('\n')) {
      if (line.trim()) paragraphs.push(...(JSON.parse(line) as { text: string }).text.split(/\n\s*\n/));
    }
    let reported = 0;
    for (const p of paragraphs.map((x) => x.trim()).filter(Boolean)) {
      reported += ungated(p).length;
      expectGatesPass(p);
    }
    expect(reported).toBeGreaterThan(50);
  });

  it('let through random paragraphs their rule reports on', () => {
    const pieces = [
      'The signatories demand new elections.', 'Members of the commission refused to comment.', 'The drivers',
      'Activists gathered outside.', 'they', 'workers', 'In his opinion,', 'According to him,', 'However, in her view',
      'He', 'his', 'her', 'Mr.', 'the U.S.', 'Joe Smith', 'a retired colonel', 'the', 'said', 'of', 'us', 'we', 'them',
      'Most', 'demand to invalidate', 'allows to block', 'will allow to reduce', 'It should be recalled that',
      "it's", 'the the', 'for four months', 'in the capital', 'Lukashenko', 'силовики', 'Веlarus', '“', '”', '"',
      '\n', '...', '…', '?', '!', '’In', "'", '9.', ',', '—', '(AP)', '2020', 'e.g.', 'a', 'a',
    ];
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((w) => w.join(' ')),
      (paragraph) => { expectGatesPass(paragraph); },
    ), { numRuns: 400 });
  });

  it('pronoun-number: terminates on paragraphs that open with a sentence end', () => {
    for (const p of ['. A man left. In his view', '\nA man left. In his view', '!In his view', '…. His']) {
      expect(pronounNumber.gate!(p)).toBe(false);
    }
    expect(pronounNumber.gate!('\nWorkers left. In his view')).toBe(true);
  });

  it('pronoun-number: lets through random subject-then-pronoun paragraphs it reports on', () => {
    const subject = fc.constantFrom('The signatories', 'Members of the commission', 'Activists', 'The drivers', 'They',
      'A retired colonel', 'Joe Smith', 'The elections', 'Officials in the U.S.', 'The workers, tired,', '(AP) Protesters');
    const body = fc.constantFrom('demand new elections', 'refused to comment', 'gathered outside the ministry on Aug. 9',
      'met Mr. Ivanov', 'said nothing', 'were rigged', 'waited 2 hours', 'spoke to reporters e.g. on Friday');
    const lead = fc.constantFrom('', 'In', 'According to', 'However, in', 'But', '’In', '"In', 'At the same time, in', 'Yesterday in');
    const pronoun = fc.constantFrom('his', 'him', 'her', 'he', 'she', 'His');
    const end = fc.constantFrom('.', '!', '?', '…', '.\n', '."', '.”', ';', '. 3.');
    const told = fc.tuple(subject, body, end).map(([a, b, e]) => `${a} ${b}${e}`);
    const aside = fc.tuple(lead, pronoun, body, end).map(([l, p, b, e]) => `${l} ${p} opinion, they ${b}${e}`.trim());
    const paragraph = fc.tuple(fc.array(told, { maxLength: 2 }), told, aside, fc.array(told, { maxLength: 1 }))
      .map(([before, a, b, after]) => [...before, a, b, ...after].join(' '));
    let reported = 0;
    fc.assert(fc.property(paragraph, (text) => {
      if (ungated(text).includes('pronoun-number')) reported++;
      expectGatesPass(text);
    }), { numRuns: 1000 });
    expect(reported).toBeGreaterThan(30);
  });

  it('repeated-word: the character scan finds exactly the blank-separated repeats', () => {
    // Reference: words as a regex reads them, compared case-insensitively, neighbours only
    // when blanks alone lie between them.
    const WORD = /[0-9][\p{L}\p{M}0-9]*(?:(?:['’-]|[.,](?=[0-9]))[\p{L}\p{M}0-9]+)*|[\p{L}\p{M}][\p{L}\p{M}0-9]*(?:['’-][\p{L}\p{M}0-9]+)*/gu;
    const reference = (text: string): boolean => {
      const words = [...text.matchAll(WORD)];
      return words.some((m, k) => k > 0 && /^[ \t]+$/.test(text.slice(words[k - 1]!.index + words[k - 1]![0].length, m.index)) &&
        words[k - 1]![0].toLowerCase() === m[0].toLowerCase());
    };
    const piece = fc.constantFrom('a', 'A', 'b', 'ab', ' ', '  ', '\t', "'", '’', '-', '5', '55', '_', 'é', 'É', '.', ',', 'the', 'The', "it's", 'it', 's', '\n', 'Ж', 'ж');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')),
      (text) => { expect(hasRepeat(text), JSON.stringify(text)).toBe(reference(text)); }), { numRuns: 20000 });
  });
});

describe('lastAnswer: a gate asked again about the same paragraph', () => {
  it('answers from the last text without asking again, and asks again for another text', async () => {
    const { lastAnswer } = await import('../src/detect/util.js');
    const asked: string[] = [];
    const test = lastAnswer((text: string) => { asked.push(text); return text.length; });
    expect([test('ab'), test('ab'), test('abc'), test('ab')]).toEqual([2, 2, 3, 2]);
    expect(asked).toEqual(['ab', 'abc', 'ab']);
  });
});

describe('WordList: a listed word as a whole word, case-insensitively', () => {
  it('finds what the look-around alternation finds, first and last before an offset', async () => {
    const { WordList } = await import('../src/detect/util.js');
    const list = new WordList(['man', 'manager', 'mother-in-law', "o'neill", 'chair']);
    const re = new RegExp(list.pattern.source, 'giu');
    const all = (text: string): number[] => [...text.matchAll(re)].map((m) => m.index);
    const pieces = ['man', 'Manager', 'MANAGERS', 'mother-in-law', 'Mother', "O'Neill", 'chair', 'chairman', 'é', 'İ', '𝒜', '-', "'", ' ', ', ', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(60), (parts, at) => {
      const text = parts.join('');
      const hits = all(text);
      expect(list.test(text)).toBe(hits.length > 0);
      const before = hits.filter((i) => i < at);
      expect(list.lastBefore(text, at)).toBe(before.length > 0 ? before[before.length - 1] : -1);
    }), { numRuns: 500 });
    expect(list.test('The chairman spoke')).toBe(false);
    expect(list.test('Her mother-in-law, the Chair, spoke')).toBe(true);
  });
});
