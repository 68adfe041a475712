/**
 * name-variant: one person's (or place's) name transliterated two ways in one document:
 * Lukashenko / Lukashenka, Tsikhanouskaya / Tikhanovskaya, Zelensky / Zelenskiy. MT and
 * copy-editing from Russian and Belarusian sources mix the two systems.
 *
 * Notes:
 * - Two spellings are variants when their transliteration keys agree (lists/name-variant.ts)
 *   and the spellings differ. Gender pairs keep different keys (Kolesnikov / Kolesnikova,
 *   Navalny / Navalnaya): they are two people.
 * - Only capitalised words of 5+ letters that never appear in lower case in the document
 *   and appear at least once inside a sentence are names: "Later"/"Latter" at a sentence
 *   start are words.
 * - English derivations are not variants: the key keeps suffixes ("Russia"/"Russian").
 * - Spellings must start with the same letter (Y/I alternate): "Jason" and "Asian" share a
 *   key but are not one name.
 * - Possessives ("Lukashenko’s") count as the name.
 * - Belarusian/Russian/Ukrainian given names (Ihar / Igor, Siarhei / Sergei) come from a
 *   table and count only before the same surname: "Vladimir Putin" and "Volodymyr
 *   Zelensky" are two people.
 * - The less frequent spelling is reported (each occurrence), the other suggested.
 */
import type { VFile } from 'vfile';
import type { Detector, ParagraphSpan } from './types.js';
import { report, ruleInfo } from './util.js';
import { GIVEN_NAME_GROUPS, SKELETON_STEPS } from './lists/name-variant.js';

const GROUP_OF = new Map<string, number>(GIVEN_NAME_GROUPS.flatMap((g, i) => g.map((n): [string, number] => [n, i])));
/** "Given Surname": a given name of the table before a capitalised surname. */
const FULL_NAME = /(?<![A-Za-z])([A-Z][a-z]+)\s+([A-Z][a-z]{2,})(?![A-Za-z])/g;

const ID = 'name-variant';
/** Transliterated names are ASCII; an ASCII pattern is several times faster in V8. */
const NAME = /(?<![A-Za-z\u00C0-\u024F'’-])[A-Z][a-z]{4,}(?![A-Za-z\u00C0-\u024F])/g;

/** Keys already built: the same names recur across a worker's documents. */
const SKELETONS = new Map<string, string>();
const MAX_SKELETONS = 50_000;

/** Transliteration-insensitive key of a name. */
export function skeleton(name: string): string {
  let key = SKELETONS.get(name);
  if (key === undefined) {
    if (SKELETONS.size >= MAX_SKELETONS) SKELETONS.clear();
    SKELETONS.set(name, (key = buildSkeleton(name)));
  }
  return key;
}

function buildSkeleton(name: string): string {
  let s = name.toLowerCase();
  for (const [re, to] of SKELETON_STEPS) s = s.replace(re, to);
  return s;
}

/**
 * Spellings of one name start with the same letter; Y and I alternate (Yurii / Iurii).
 * The key alone would join "Jason" and "Asian".
 */
function sameInitial(a: string, b: string): boolean {
  const fold = (c: string): string => (c === 'Y' ? 'I' : c);
  return fold(a[0]!) === fold(b[0]!);
}

/** True when the word at `at` is not the first of its sentence ("Later, …"). */
function midSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“”«„'‘(]/.test(text[i]!)) {
    if (text[i] === '\n') return false;
    i--;
  }
  return i >= 0 && !/[.!?:]/.test(text[i]!);
}

function check(file: VFile, _paragraphs: ReadonlyArray<ParagraphSpan>): void {
  const text = String(file.value);
  const forms = new Map<string, number[]>();
  const inside = new Set<string>();
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const list = forms.get(m[0]);
    if (list) list.push(m.index); else forms.set(m[0], [m.index]);
    if (midSentence(text, m.index)) inside.add(m[0]);
  }
  givenNames(file, text);
  if (forms.size < 2) return;
  const byKey = new Map<string, string[]>();
  for (const form of forms.keys()) {
    const k = skeleton(form);
    const list = byKey.get(k);
    if (list) list.push(form); else byKey.set(k, [form]);
  }
  let lower: Set<string> | undefined;
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    lower ??= new Set(text.match(/\b[a-z]{5,}\b/g) ?? []);
    const names = group.filter((f) => inside.has(f) && !lower!.has(f.toLowerCase()) && sameInitial(f, group[0]!));
    if (names.length < 2) continue;
    // Most frequent spelling first (ties: first seen).
    names.sort((a, b) => forms.get(b)!.length - forms.get(a)!.length || forms.get(a)![0]! - forms.get(b)![0]!);
    const main = names[0]!;
    for (const variant of names.slice(1)) {
      for (const at of forms.get(variant)!) {
        report(file, {
          ruleId: ID, start: at, end: at + variant.length,
          reason: `Name “${variant}” is also spelled “${main}” in this document`,
          expected: [main],
        });
      }
    }
  }
}

/** Given names spelled two ways before the same surname ("Ihar Losik" / "Igor Losik"). */
function givenNames(file: VFile, text: string): void {
  const byPerson = new Map<string, Map<string, number[]>>();
  FULL_NAME.lastIndex = 0;
  for (let m = FULL_NAME.exec(text); m; m = FULL_NAME.exec(text)) {
    const group = GROUP_OF.get(m[1]!);
    if (group === undefined) { FULL_NAME.lastIndex = m.index + m[1]!.length; continue; }
    const person = `${group}|${skeleton(m[2]!)}`;
    const spellings = byPerson.get(person) ?? new Map<string, number[]>();
    byPerson.set(person, spellings);
    const at = spellings.get(m[1]!) ?? [];
    at.push(m.index);
    spellings.set(m[1]!, at);
  }
  for (const spellings of byPerson.values()) {
    if (spellings.size < 2) continue;
    const names = [...spellings.keys()].sort((a, b) => spellings.get(b)!.length - spellings.get(a)!.length || spellings.get(a)![0]! - spellings.get(b)![0]!);
    for (const variant of names.slice(1)) {
      for (const at of spellings.get(variant)!) {
        report(file, {
          ruleId: ID, start: at, end: at + variant.length,
          reason: `Given name “${variant}” is also spelled “${names[0]}” for the same person in this document`,
          expected: [names[0]!],
        });
      }
    }
  }
}

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'warning', false, 'one name transliterated two ways in one document (Lukashenko / Lukashenka)'),
  englishOnly: true,
  document: check,
};
export default detector;
