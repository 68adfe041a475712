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
 * - Possessives ("Lukashenko’s") count as the name.
 * - The less frequent spelling is reported (each occurrence), the other suggested.
 */
import type { VFile } from 'vfile';
import type { Detector, ParagraphSpan } from './types.js';
import { report, ruleInfo } from './util.js';
import { SKELETON_STEPS } from './lists/name-variant.js';

const ID = 'name-variant';
/** Transliterated names are ASCII; an ASCII pattern is several times faster in V8. */
const NAME = /(?<![A-Za-z\u00C0-\u024F'’-])[A-Z][a-z]{4,}(?![A-Za-z\u00C0-\u024F])/g;

/** Transliteration-insensitive key of a name. */
export function skeleton(name: string): string {
  let s = name.toLowerCase();
  for (const [re, to] of SKELETON_STEPS) s = s.replace(re, to);
  return s;
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
    const names = group.filter((f) => inside.has(f) && !lower!.has(f.toLowerCase()));
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

/** Registry entry. */
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'warning', false, 'one name transliterated two ways in one document (Lukashenko / Lukashenka)'),
  englishOnly: true,
  document: check,
};
export default detector;
