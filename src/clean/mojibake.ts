import iconv from 'iconv-lite';
import type { Change } from '../types.js';
import type { CleanRule } from '../rule-types.js';
import { memoLast, ruleUrl } from './util.js';

/** Character -> byte for the high half of a single-byte code page. */
function highBytes(encoding: string): Map<string, number> {
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = iconv.decode(Buffer.from([b]), encoding);
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  // Decoders that do not know a byte (0x81, 0x8D, … in Windows-1252) pass it through as C1.
  for (let b = 0x80; b <= 0x9f; b++) if (!table.has(String.fromCharCode(b))) table.set(String.fromCharCode(b), b);
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

const pages: ReadonlyArray<{ name: string; table: Map<string, number>; run: RegExp; plausible: RegExp }> = ['windows-1252', 'windows-1251'].map((name) => {
  const table = highBytes(name);
  const chars = [...table.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  // Runs of at least two high characters: every UTF-8 sequence of a non-ASCII letter is >= 2 bytes.
  return { name, table, run: new RegExp(`[${chars}]{2,}`, 'gu'), plausible: plausible[name]! };
});

/** Characters at the edge of a run that may belong to the text around it. */
const edge = /[\u00a0\u0080-\u009f]/u;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The run re-read as UTF-8, or undefined when its bytes are not valid UTF-8. */
function repair(run: string, table: Map<string, number>, plausible: RegExp): string | undefined {
  const fixed = decode(Uint8Array.from(run, (ch) => table.get(ch)!), run.length, plausible);
  // "â€œQuoteâ€": the closing quote's last byte (0x9D, undefined in Windows-1252) was dropped.
  if (fixed === undefined && run.endsWith('â€')) return decode(Uint8Array.from(run + '\u009d', (ch) => table.get(ch)!), run.length, plausible);
  return fixed;
}

/**
 * Whether bytes are well-formed UTF-8, checked without throwing: real Cyrillic words in
 * Windows-1251 form runs of high bytes by the thousand, and an exception per run was most of
 * the cost of cleaning Russian text.
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
 */
export const mojibake: CleanRule = {
  id: 'mojibake',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'UTF-8 read as Windows-1252 or Windows-1251 ("â€™" -> "’")',
  url: ruleUrl('mojibake'),
  propose(text: string): Change[] {
    const changes: Change[] = [];
    // Both code pages, Windows-1252 first; a Windows-1251 run that overlaps a repair is left alone.
    // (Stopping after the first page that repairs anything left "РџСЂ" beside "â€™" for a second pass.)
    for (const { table, run, plausible } of pages) {
      const before = changes.length;
      const tryRun = (start: number, end: number) => {
        // "РџСЂРёРІРµС‚\u00a0", "ÐŸÑ€Ð¸\u0085": a no-break space or a C1 control (NEL is a line
        // break) beside a run is not a byte of it.
        if (repair(text.slice(start, end), table, plausible) === undefined) {
          while (start < end && edge.test(text[start]!)) start++;
          while (end > start && edge.test(text[end - 1]!)) end--;
        }
        if (end - start < 2) return;
        const fixed = repair(text.slice(start, end), table, plausible);
        if (fixed !== undefined) changes.push({ rule: 'mojibake', start, end, replacement: fixed });
      };
      let k = 0;
      for (const m of text.matchAll(run)) {
        const end = m.index + m[0].length;
        while (k < before && changes[k]!.end <= m.index) k++;
        // "CafÃ©РџСЂРёРІРµС‚": the Windows-1251 run "©РџСЂ…" is cut where "Ã©" was repaired.
        let at = m.index;
        for (let j = k; j < before && changes[j]!.start < end; j++) {
          tryRun(at, changes[j]!.start);
          at = Math.max(at, changes[j]!.end);
        }
        tryRun(at, end);
      }
    }
    changes.sort((a, b) => a.start - b.start);
    return changes;
  },
};

// Line rules ask the rules ranked before them for their proposals on the same text: once each.
mojibake.propose = memoLast(mojibake.propose.bind(mojibake));
