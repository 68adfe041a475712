/**
 * name-variant: one person's (or place's) name transliterated two ways in one document:
 * Lukashenko / Lukashenka, Tsikhanouskaya / Tikhanovskaya, Zelensky / Zelenskiy. MT and
 * copy-editing from Russian and Belarusian sources mix the two systems.
 *
 * Notes:
 * - Two spellings are variants when their transliteration keys agree (lists/name-variant.ts)
 *   and the spellings differ. Gender pairs keep different keys (Kolesnikov / Kolesnikova,
 *   Navalny / Navalnaya): they are two people.
 * - Only capitalised words of 5+ letters (4 when they look transliterated: Kyiv, Lviv) that never appear in lower case in the document
 *   and appear at least once inside a sentence are names: "Later"/"Latter" at a sentence
 *   start are words.
 * - English derivations are not variants: the key keeps suffixes ("Russia"/"Russian").
 * - Spellings must start with the same letter (Y/I alternate): "Jason" and "Asian" share a
 *   key but are not one name.
 * - Possessives ("Lukashenko’s") count as the name.
 * - Belarusian/Russian/Ukrainian given names (Ihar / Igor, Siarhei / Sergei) come from a
 *   table and count only before the same surname: "Vladimir Putin" and "Volodymyr
 *   Zelensky" are two people.
 * - The key bridges the romanisation tables (BGN/PCGN, GOST 7.79, ALA-LC, Ukrainian national:
 *   lists/name-variant.ts), so spellings no list holds are found. Beyond them, only two regular
 *   Russian/Ukrainian correspondences join keys: doubled с/ж (Odessa / Odesa) and і for о/е
 *   before a final в or before ж (Kharkov / Kharkiv, Zaporozhye / Zaporizhzhia), in a spelling
 *   that looks transliterated. Other vowels never differ: Zelensky / Zelenska are two people.
 * - The less frequent spelling is reported (each occurrence), the other suggested.
 */
import type { DocumentDetector, DocumentUnit, Reporter } from './types.js';
import { givenNameGroups, skeletonSteps } from './lists/name-variant.js';

const groupOf = new Map<string, number>(givenNameGroups.flatMap((g, i) => g.map((n): [string, number] => [n, i])));
/** "Given Surname": a given name of the table before a capitalised surname. */
const fullName = /(?<![A-Za-z])([A-Z][a-z]+)\s+([A-Z][a-z]{2,})(?![A-Za-z])/g;

const ruleId = 'name-variant';
/** Transliterated names are ASCII; an ASCII pattern is several times faster in V8. */
const capitalisedName = /(?<![A-Za-z\u00C0-\u024F'’-])[A-Z][a-z]{3,}(?![A-Za-z\u00C0-\u024F])/g;

/** Keys already built, with their loose keys: the same names recur across a worker's documents. */
const skeletons = new Map<string, { key: string; loose: string }>();
const maxSkeletons = 50_000;

function keysOf(name: string): { key: string; loose: string } {
  let keys = skeletons.get(name);
  if (keys === undefined) {
    if (skeletons.size >= maxSkeletons) skeletons.clear();
    const key = buildSkeleton(name);
    skeletons.set(name, (keys = { key, loose: looseKey(key) }));
  }
  return keys;
}

/** Transliteration-insensitive key of a name. */
export function skeleton(name: string): string {
  return keysOf(name).key;
}

function buildSkeleton(name: string): string {
  let s = name.toLowerCase();
  for (const [re, to] of skeletonSteps) s = s.replace(re, to);
  return s;
}

/**
 * Spellings of one name start with the same letter; Y and I alternate (Yurii / Iurii).
 * The key alone would join "Jason" and "Asian".
 */
function sameInitial(a: string, b: string): boolean {
  return initial(a) === initial(b);
}

/** The first sound of a spelling: Kh- is H- (Khodorkovsky / Hodorkovsky), Ye- is E- (Yevgeny / Evgeny), Y- and I- alternate. */
function initial(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('kh')) return 'h';
  if (/^[yi]e/.test(lower)) return 'e';
  return lower[0] === 'y' ? 'i' : lower[0]!;
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

function check({ text }: DocumentUnit, report: Reporter): void {
  // Each capitalised spelling: where it stands, and whether once inside a sentence. One map
  // lookup per word: a document has thousands of them.
  const forms = new Map<string, { at: number[]; inside: boolean }>();
  capitalisedName.lastIndex = 0;
  for (let m = capitalisedName.exec(text); m; m = capitalisedName.exec(text)) {
    const form = m[0];
    // Four letters: only a spelling that looks transliterated (Kyiv, Lviv, Kiev), not "Later".
    if (form.length === 4 && !slavic.test(form.toLowerCase())) continue;
    let entry = forms.get(form);
    if (entry) entry.at.push(m.index);
    else forms.set(form, (entry = { at: [m.index], inside: false }));
    if (!entry.inside && midSentence(text, m.index)) entry.inside = true;
  }
  const reported = givenNames(report, text);
  if (forms.size < 2) return;
  // Spellings by loose key (`looseKey`), the only keys that may be joined: a loose key with one
  // spelling, nearly all of them, needs no more work. Then, within a loose key, by key.
  const byLooseKey = new Map<string, string[]>();
  for (const [form, { inside }] of forms) {
    if (!inside) continue;
    const { loose } = keysOf(form);
    const bucket = byLooseKey.get(loose);
    if (bucket) bucket.push(form); else byLooseKey.set(loose, [form]);
  }
  let lower: Set<string> | undefined;
  // Spellings with one key, then keys joined by a Russian/Ukrainian correspondence (`loose`).
  const clusters: string[][] = [];
  for (const bucket of byLooseKey.values()) {
    if (bucket.length < 2) continue;
    // Spellings with one key, in the order their keys first come.
    const groups: string[][] = [];
    const byKey = new Map<string, string[]>();
    for (const form of bucket) {
      const { key } = keysOf(form);
      const group = byKey.get(key);
      if (group) group.push(form);
      else {
        const first = [form];
        byKey.set(key, first);
        groups.push(first);
      }
    }
    const joinable: string[][] = [];
    for (const group of groups) {
      lower ??= new Set(text.match(/\b[a-z]{5,}\b/g) ?? []);
      const names = group.filter((f) => !lower!.has(f.toLowerCase()));
      if (names.length === 0) continue;
      const key = skeleton(names[0]!);
      const joined = joinable.find((c) => c.some((f) => sameInitial(f, names[0]!) && cognates(skeleton(f), key, f, names[0]!)));
      if (joined) joined.push(...names);
      else {
        const cluster = [...names];
        clusters.push(cluster);
        joinable.push(cluster);
      }
    }
  }
  for (const cluster of clusters) {
    const names = cluster.filter((f) => sameInitial(f, cluster[0]!));
    if (names.length < 2) continue;
    // Most frequent spelling first (ties: first seen).
    names.sort((a, b) => forms.get(b)!.at.length - forms.get(a)!.at.length || forms.get(a)!.at[0]! - forms.get(b)!.at[0]!);
    const main = names[0]!;
    for (const variant of names.slice(1)) {
      for (const at of forms.get(variant)!.at) {
        if (reported.has(at)) continue; // already reported as a given name
        report({
          start: at, end: at + variant.length,
          message: `Name “${variant}” is also spelled “${main}” in this document`,
          suggestion: main,
        });
      }
    }
  }
}

const vowelGroup = /[aeiou]+(?=[^aeiou])/g;
/**
 * A key with the Russian/Ukrainian correspondences the romanisation tables do not bridge made
 * loose: doubled с and ж single (Odessa / Odesa, Zaporizhzhia), -жье as -жжя (Zaporozhye), and
 * every vowel before a consonant a wildcard (`cognates` then allows one difference there).
 */
function looseKey(key: string): string {
  return cognateForm(key).replace(vowelGroup, '*');
}

function cognateForm(key: string): string {
  return key.replace(/ss/g, 's').replace(/ZZ/g, 'Z').replace(/([ZQ]|[cs]h)i?[ae]$/, '$1a');
}

/** A romanisation marker: the spelling is a transliteration (kh, zh, ts, iy, yi, ya …), not an English name. */
const slavic = /kh|zh|shch|ts|[iy][iy]|y[aeiou]|i[au]|[iy]v$|[oe]v$|sk[iy]/;

/**
 * Two keys with the same loose key are one name when they differ at most in one vowel, and
 * that vowel is the Ukrainian і for a Russian о/е in a closed syllable: before a final в
 * (Kharkiv / Kharkov, Kyiv / Kiev, Lviv / Lvov) or before ж (Zaporizhzhia / Zaporozhye);
 * one of the spellings must look transliterated. A difference only in doubled letters
 * (Odesa / Odessa) needs no more.
 */
function cognates(a: string, b: string, rawA: string, rawB: string): boolean {
  if (a === b) return true;
  const ca = cognateForm(a);
  const cb = cognateForm(b);
  if (ca === cb) return true;
  if (!slavic.test(rawA.toLowerCase()) && !slavic.test(rawB.toLowerCase())) return false;
  const va = [...ca.matchAll(vowelGroup)];
  const vb = [...cb.matchAll(vowelGroup)];
  if (va.length !== vb.length) return false;
  let differ = 0;
  for (let k = 0; k < va.length; k++) {
    const x = va[k]!;
    const y = vb[k]!;
    if (x[0] === y[0]) continue;
    differ++;
    const next = ca[x.index + x[0].length];
    const final = next === 'v' && x.index + x[0].length === ca.length - 1;
    if (!(final || next === 'Z')) return false;
    if (![x[0], y[0]].some((v) => v.includes('i')) || ![x[0], y[0]].some((v) => /[ae]/.test(v))) return false;
  }
  return differ <= 1;
}

/** Given names spelled two ways before the same surname ("Ihar Losik" / "Igor Losik"). */
function givenNames(report: Reporter, text: string): Set<number> {
  const reported = new Set<number>();
  const byPerson = new Map<string, Map<string, number[]>>();
  fullName.lastIndex = 0;
  for (let m = fullName.exec(text); m; m = fullName.exec(text)) {
    const group = groupOf.get(m[1]!);
    if (group === undefined) { fullName.lastIndex = m.index + m[1]!.length; continue; }
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
        reported.add(at);
        report({
          start: at, end: at + variant.length,
          message: `Given name “${variant}” is also spelled “${names[0]}” for the same person in this document`,
          suggestion: names[0]!,
        });
      }
    }
  }
  return reported;
}

const detector: DocumentDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'one name transliterated two ways in one document (Lukashenko / Lukashenka)', languages: ['en'] },
  needs: 'document',
  check,
};
export default detector;
