import type { Change, CleanRule } from '../types.js';

/**
 * Characters that never belong in article text: zero-width space, word joiner, BOM inside
 * text, soft hyphen, directional marks and controls (tab, newline and carriage return are
 * whitespace, handled by the whitespace rule).
 */
const invisible = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u180E\u2061-\u2064\uFFF9-\uFFFB\u0000-\u0008\u000E-\u001F\u007F\u0080-\u0084\u0086-\u009F]+/gu;
/**
 * Zero-width (non-)joiners that touch nothing that needs them. Emoji sequences ("👩‍💻"), Arabic and
 * Persian ("می‌خواهم"), Hebrew and the Indic scripts use them; next to anything else they are
 * scraping debris. (Deciding by the neighbours' script rather than "between two Latin letters"
 * keeps the decision the same after another rule removes a neighbour.)
 */
const joining = String.raw`\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3\u0590-\u08FF\u0900-\u0DFF\u0F00-\u0FFF\u1000-\u109F\u1780-\u17FF\uFB1D-\uFDFF\uFE70-\uFEFE`;
// The look-behind follows the first joiner (same matches): leading, it would be tried at every position.
const joiner = new RegExp(String.raw`[\u200C\u200D](?<![${joining}\u200C\u200D][\u200C\u200D])[\u200C\u200D]*(?![${joining}\u200C\u200D])`, 'gu');

/**
 * `invisible-char`: removes zero-width characters, soft hyphens, BOMs inside the text,
 * directional marks and control characters.
 *
 * Notes:
 * - Tab, line feed, carriage return, NEL (U+0085) and the line and paragraph separators are
 *   blanks: the whitespace rule handles them, so a line break is never deleted here.
 * - Variation selectors stay: "❤️" needs U+FE0F.
 * - Zero-width joiners are kept in emoji ("👩‍💻") and next to the scripts that need them
 *   (Arabic, Persian, Hebrew, Indic); elsewhere ("Mins\u200dk") they go.
 */
export const invisibleChar: CleanRule = {
  id: 'invisible-char',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Zero-width characters, soft hyphens, BOMs and control characters inside the text',
  label: 'Invisible character',
  propose(text: string): Change[] {
    const changes: Change[] = [];
    for (const re of [invisible, joiner]) {
      for (const m of text.matchAll(re)) {
        changes.push({ rule: 'invisible-char', start: m.index, end: m.index + m[0].length, replacement: '' });
      }
    }
    return changes;
  },
};
