import type { Change, CleanRule } from '../types.js';
import { codePageHighHalves, cyrillicLetterFrequency } from './lists/code-pages.js';

/**
 * Character code -> byte for the high half of a single-byte code page; 0 where the page has no
 * such character (a byte of the high half is never 0). Indexed by code unit: a lookup per
 * character of every run, where a Map of strings cost a string per character.
 */
function highBytes(encoding: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  const half = codePageHighHalves[encoding]!;
  for (let b = 0xff; b >= 0x80; b--) {
    const ch = half.charCodeAt(b - 0x80);
    // The lowest byte wins where two decode to the same character.
    if (ch !== 0xfffd) table[ch] = b;
  }
  // Decoders that do not know a byte (0x81, 0x8D, … in Windows-1252) pass it through as C1.
  for (let b = 0x80; b <= 0x9f; b++) if (table[b] === 0) table[b] = b;
  return table;
}

/**
 * What a repair may yield, per code page. Windows-1252 mojibake hides Latin, Cyrillic ("ÐŸÑ€Ð¸"),
 * Greek, Hebrew, Arabic, punctuation, currency, letterlike symbols and emoji. Windows-1251 mojibake
 * hides modern Cyrillic and punctuation only: "Сі Цзіньпін" and "Ді Капріо" are real words whose
 * bytes happen to be valid UTF-8 (for "ѳ" and "ĳ").
 */
const plausible: Record<string, RegExp> = {
  'windows-1252': /^[\u00a0-\u02ff\u0370-\u052f\u0590-\u06ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u{1f300}-\u{1faff}]+$/u,
  'windows-1251': /^[\u00a0-\u00bf\u0400-\u045f\u0490\u0491\u2010-\u2044\u20ac\u2116\u2122\u{1f300}-\u{1faff}]+$/u,
};

const pages: ReadonlyArray<{ name: string; table: Uint8Array; plausible: RegExp }> = ['windows-1252', 'windows-1251'].map((name) => ({ name, table: highBytes(name), plausible: plausible[name]! }));

const nonAscii = /[^\x00-\x7f]{2,}/g;

/** Characters at the edge of a run that may belong to the text around it: no-break space, C1 controls. */
const isEdge = (c: number) => c === 0xa0 || (c >= 0x80 && c <= 0x9f);

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** The bytes of the run being repaired; grown as needed. */
let scratch = new Uint8Array(256);

/** The run `text[start, end)` re-read as UTF-8, or undefined when its bytes are not valid UTF-8. */
function repair(text: string, start: number, end: number, table: Uint8Array, plausible: RegExp): string | undefined {
  const n = end - start;
  // An empty run (a repair of the other page may begin where this one does) repairs nothing.
  if (n <= 0) return undefined;
  if (scratch.length < n + 1) scratch = new Uint8Array(2 * (n + 1));
  for (let i = 0; i < n; i++) scratch[i] = table[text.charCodeAt(start + i)]!;
  const fixed = decode(scratch.subarray(0, n), n, plausible);
  // "â€œQuoteâ€": the closing quote's last byte (0x9D, undefined in Windows-1252) was dropped.
  if (fixed === undefined && n >= 2 && text.charCodeAt(end - 2) === 0xe2 && text.charCodeAt(end - 1) === 0x20ac) {
    scratch[n] = table[0x9d]!;
    return decode(scratch.subarray(0, n + 1), n, plausible);
  }
  return fixed;
}

/**
 * Whether bytes are well-formed UTF-8, checked without throwing: real Cyrillic words in
 * Windows-1251 form runs of high bytes by the thousand, and an exception per run would be most
 * of the cost of cleaning Russian text.
 */
function wellFormed(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    const n = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    // Runs hold only high bytes, so an ASCII byte never starts a sequence here.
    if (n < 0 || i + n >= b.length) return false;
    for (let j = 1; j <= n; j++) if ((b[i + j]! & 0xc0) !== 0x80) return false;
    i += n + 1;
  }
  return true;
}

function decode(bytes: Uint8Array, runLength: number, plausible: RegExp): string | undefined {
  if (!wellFormed(bytes)) return undefined;
  let fixed: string;
  try {
    fixed = utf8.decode(bytes);
  } catch {
    return undefined; // overlong or surrogate forms the quick check lets through
  }
  // A repair is shorter and yields only characters that news text uses: "Straße“" is not
  // mojibake although "ß“" happens to be valid UTF-8 (for U+07D3, an N'Ko letter).
  if (fixed.length >= runLength || !plausible.test(fixed)) return undefined;
  return fixed;
}

/**
 * Single-byte Cyrillic text read as Latin-1 / Windows-1252: "Ïðèâåò" is "Привет" in
 * Windows-1251 bytes, "ðÒÉ×ÅÔ" the same in KOI8. Each byte of such a word is a Latin-1 letter
 * (or ¨ ¸ ² ³ ¿ ¯ º ª ¥ ´ ¢ ¡ for Ё ё І і Ї ї Є є Ґ ґ Ў ў in Windows-1251), and no other letter
 * touches it.
 */
const latin = pages[0]!.table;
/** The Cyrillic pages tried, with the bytes whose letters they read (KOI8: its letter block only). */
const cyrillicPages = [
  { half: codePageHighHalves['windows-1251']!, bytes: (b: number) => b >= 0xc0 || [0xa1, 0xa2, 0xa5, 0xa8, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xb8, 0xba, 0xbf].includes(b) },
  { half: codePageHighHalves['koi8-u']!, bytes: (b: number) => b >= 0xc0 },
];
const latinHalf = codePageHighHalves['windows-1252']!;
/** Latin-1/Windows-1252 characters that some Cyrillic page reads as a letter. */
const cyrillicAsLatin = [...new Set(Array.from({ length: 128 }, (_, k) => 0x80 + k)
  .filter((b) => cyrillicPages.some((p) => p.bytes(b)))
  .map((b) => latinHalf[b - 0x80]!))].join('').replace(/[\\\]^-]/g, '\\$&');
/** One such word: those characters only, with inner apostrophes and hyphens, no letter or digit beside it. */
const cyrillicWord = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])[${cyrillicAsLatin}]+(?:['’-][${cyrillicAsLatin}]+)*(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
/** The same pattern for the words of one line, scanned while `cyrillicWord` is in use. */
const lineCyrillicWord = new RegExp(cyrillicWord.source, 'gu');
const vowels = new Set('аеёиоуыэюяіїє'.split(''));
/** The one-letter words of Russian, Ukrainian and Belarusian: "и", "в", "с" … */
const oneLetter = new Set('авиксоуяі'.split(''));
/**
 * Mean log2 letter frequency a repaired word must reach: ordinary Russian runs near -4.4 (its
 * letter entropy); strings of rare letters ("ЪЩЭФ") stay far below.
 */
const minScore = -5.8;

/** `word` read as Latin-1 bytes in `half`'s code page, or undefined when a byte is not a Cyrillic letter there. */
function readAs(word: string, page: (typeof cyrillicPages)[number]): string | undefined {
  let out = '';
  for (const ch of word) {
    if (ch === "'" || ch === '’' || ch === '-') { out += ch; continue; }
    const b = latin[ch.charCodeAt(0)]!;
    if (b === 0 || !page.bytes(b)) return undefined;
    out += page.half[b - 0x80]!;
  }
  return out;
}

/** The letter-frequency check: mean log2 frequency of a plausible Cyrillic word, else undefined. */
function cyrillicScore(word: string): number | undefined {
  const letters = word.replace(/['’-]/g, '');
  const lower = letters.toLowerCase();
  // Case as words have it: all lower, all upper, or a capital then lower case.
  if (letters !== lower && letters !== letters.toUpperCase() && letters.slice(1) !== lower.slice(1)) return undefined;
  if (lower.length > 1 && ![...lower].some((c) => vowels.has(c))) return undefined;
  if (/(.)\1\1/u.test(lower) || /^[ьъы]/u.test(lower) || /[аеёиоуыэюяіїє][ьъ]/u.test(lower)) return undefined;
  let sum = 0;
  for (const c of lower) sum += Math.log2((cyrillicLetterFrequency[c] ?? 0.001) / 100);
  return sum / lower.length;
}

/** The best Cyrillic reading of a Latin-1 word that passes the letter-frequency check. */
function cyrillicReading(word: string): string | undefined {
  let best: string | undefined;
  let bestScore = minScore;
  for (const page of cyrillicPages) {
    const read = readAs(word, page);
    if (read === undefined) continue;
    const score = cyrillicScore(read);
    if (score !== undefined && score >= bestScore) { best = read; bestScore = score; }
  }
  return best;
}

/**
 * Repairs of single-byte Cyrillic words read as Latin-1, line by line: a line needs one word of
 * four or more letters that passes the letter-frequency check (no Latin text has such a word: its
 * words mix in ASCII letters); then its words of two or three letters that pass count too, and
 * one-letter words ("è" for "и") when such words are most of the line's words.
 */
function singleByteCyrillic(text: string, spans: readonly number[], taken: readonly Change[]): Change[] {
  const out: Change[] = [];
  // The repairs already made, by start: a binary search tells whether a word overlaps one.
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  let maxEnd = 0;
  const reach = sorted.map((c) => (maxEnd = Math.max(maxEnd, c.end)));
  const overlaps = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < end) lo = mid + 1; else hi = mid; }
    // sorted[0, lo) start before `end`: one of them overlaps when the furthest end passes `start`.
    return lo > 0 && reach[lo - 1]! > start;
  };
  let line = -1;
  let lineWords: Change[] = [];
  let lineLong = false;
  const flushLine = () => {
    if (lineLong) {
      const lineStart = text.lastIndexOf('\n', lineWords[0]!.start) + 1;
      let lineEnd = text.indexOf('\n', lineWords[0]!.start);
      if (lineEnd < 0) lineEnd = text.length;
      const words = (text.slice(lineStart, lineEnd).match(/[\p{L}\p{N}]+/gu) ?? []).length;
      const singles: Change[] = [];
      if (2 * lineWords.length >= words) {
        // Mostly Cyrillic words: the one-letter ones are read too.
        const one = lineCyrillicWord;
        one.lastIndex = lineStart;
        for (let m = one.exec(text); m && m.index < lineEnd; m = one.exec(text)) {
          if (m[0].length !== 1 || overlaps(m.index, m.index + 1)) continue;
          const read = cyrillicReading(m[0]);
          if (read !== undefined && oneLetter.has(read.toLowerCase())) singles.push({ rule: 'mojibake', start: m.index, end: m.index + 1, replacement: read });
        }
      }
      out.push(...lineWords, ...singles);
    }
    lineWords = [];
    lineLong = false;
  };
  // One scan of the text (a scan started at each span would run on to the next word, or to the
  // end of the text, every time); a word counts when it starts inside a span.
  cyrillicWord.lastIndex = spans[0]!;
  let s = 0;
  for (let m = cyrillicWord.exec(text); m; m = cyrillicWord.exec(text)) {
    while (s < spans.length && spans[s + 1]! <= m.index) s += 2;
    if (s >= spans.length) break;
    if (m.index < spans[s]!) continue;
    const start = m.index;
    const end = start + m[0].length;
    // One-letter words count only beside longer ones (see flushLine).
    if (m[0].length < 2 || overlaps(start, end)) continue;
    const read = cyrillicReading(m[0]);
    if (read === undefined) continue;
    const at = text.lastIndexOf('\n', start);
    if (at !== line) { flushLine(); line = at; }
    const letters = read.replace(/['’-]/g, '').length;
    if (letters >= 4) lineLong = true;
    lineWords.push({ rule: 'mojibake', start, end, replacement: read });
  }
  flushLine();
  return out;
}

/**
 * `mojibake`: repairs UTF-8 text that was read as Windows-1252 ("â€™" -> "’", "Ã©" -> "é") or
 * as Windows-1251 ("РџСЂРёРІРµС‚" -> "Привет").
 *
 * Notes:
 * - A run is repaired only when all of its bytes form valid UTF-8, which real words in these
 *   code pages almost never do: "Россия" in Windows-1251 bytes is not valid UTF-8, so it stays.
 * - Runs are maximal: a word is repaired whole or not at all.
 * - Windows-1251 repairs must give modern Cyrillic or punctuation: "Сі Цзіньпін" (Xi Jinping) and
 *   "Ді Капріо" stay although their bytes are valid UTF-8.
 * - A dangling "â€" is read as "”" only at the end of a run: it never occurs in real text.
 * - Windows-1251 or KOI8 Cyrillic read as Latin-1 ("Ïðèâåò" -> "Привет"): a word made only of
 *   Latin-1 letters, repaired when the Cyrillic reading passes a letter-frequency check and its
 *   line holds such a word of four letters or more (see `singleByteCyrillic`).
 */
export const mojibake: CleanRule = {
  id: 'mojibake',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'UTF-8 read as Windows-1252 or Windows-1251 ("â€™" -> "’"), Cyrillic code pages read as Latin-1 ("Ïðèâåò")',
  label: 'Mojibake (text decoded with the wrong encoding)',
  propose(text: string): Change[] {
    const changes: Change[] = [];
    // Both code pages, Windows-1252 first; a Windows-1251 run that overlaps a repair is left alone.
    // (Stopping after the first page that repairs anything left "РџСЂ" beside "â€™" for a second pass.)
    // [start, end) of each run of two or more non-ASCII characters, where every run of a page lies.
    const spans: number[] = [];
    nonAscii.lastIndex = 0;
    for (let m = nonAscii.exec(text); m; m = nonAscii.exec(text)) spans.push(m.index, m.index + m[0].length);
    for (const { table, plausible } of pages) {
      const before = changes.length;
      const tryRun = (start: number, end: number) => {
        // "РџСЂРёРІРµС‚\u00a0", "ÐŸÑ€Ð¸\u0085": a no-break space or a C1 control (NEL is a line
        // break) beside a run is not a byte of it.
        if (repair(text, start, end, table, plausible) === undefined) {
          while (start < end && isEdge(text.charCodeAt(start))) start++;
          while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
        }
        if (end - start < 2) return;
        const fixed = repair(text, start, end, table, plausible);
        if (fixed !== undefined) changes.push({ rule: 'mojibake', start, end, replacement: fixed });
      };
      let k = 0;
      // Maximal runs of at least two characters of the page: every UTF-8 sequence of a non-ASCII
      // letter is >= 2 bytes. They lie inside the non-ASCII spans (a class of the page's 128
      // characters would be tried at every position of the text).
      for (let s = 0; s < spans.length; s += 2) {
        const spanEnd = spans[s + 1]!;
        for (let i = spans[s]!; i < spanEnd; i++) {
          if (table[text.charCodeAt(i)] === 0) continue;
          let end = i + 1;
          while (end < spanEnd && table[text.charCodeAt(end)] !== 0) end++;
          const index = i;
          i = end;
          if (end - index < 2) continue;
          while (k < before && changes[k]!.end <= index) k++;
          // "CafÃ©РџСЂРёРІРµС‚": the Windows-1251 run "©РџСЂ…" is cut where "Ã©" was repaired.
          let at = index;
          for (let j = k; j < before && changes[j]!.start < end; j++) {
            tryRun(at, changes[j]!.start);
            at = Math.max(at, changes[j]!.end);
          }
          tryRun(at, end);
        }
      }
    }
    // Only where the UTF-8 repairs found nothing: a single-byte Cyrillic page read as Latin-1.
    if (spans.length > 0) changes.push(...singleByteCyrillic(text, spans, changes));
    changes.sort((a, b) => a.start - b.start);
    return changes;
  },
};
