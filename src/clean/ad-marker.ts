import type { Change } from '../types.js';
import type { CleanContext, CleanRule } from '../rule-types.js';
import { adLines, shortcodeNames } from './lists/ad-markers.js';
import { eachLine, escapeRegExp, ruleUrl } from './util.js';

const shortcode = new RegExp(`\\[\\/?(?:${shortcodeNames.join('|')})\\]`, 'giu');
const lineLabels = new Set(adLines);

/**
 * `ad-marker`: removes ad and auto-blog placeholders: known shortcodes (`[ad_1]`,
 * `[source_link]`) anywhere, and lines that are only an ad label ("ADVERTISEMENT").
 *
 * Notes:
 * - Only known names are removed: `[sic]`, `[…]` and editorial insertions stay.
 * - A label is removed only when it is the whole line: "The advertisement campaign cost…"
 *   is a sentence about ads, not an ad.
 */
export const adMarker: CleanRule = {
  id: 'ad-marker',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Ad and auto-blog placeholders: [ad_1], [source_link], ADVERTISEMENT lines',
  url: ruleUrl('ad-marker'),
  propose(text: string, ctx: CleanContext): Change[] {
    const changes: Change[] = [];
    for (const m of text.matchAll(shortcode)) {
      changes.push({ rule: 'ad-marker', start: m.index, end: m.index + m[0].length, replacement: '' });
    }
    const extra = ctx.markers.length > 0 ? new RegExp(ctx.markers.map(escapeRegExp).join('|'), 'giu') : undefined;
    if (extra) {
      for (const m of text.matchAll(extra)) {
        changes.push({ rule: 'ad-marker', start: m.index, end: m.index + m[0].length, replacement: '' });
      }
    }
    for (const line of eachLine(text)) {
      if (line.end - line.start > 60) continue;
      const label = line.text.toLowerCase().replace(/^[\s\-–—.·•|]+|[\s\-–—.·•|]+$/gu, '');
      if (lineLabels.has(label)) changes.push({ rule: 'ad-marker', start: line.trimStart, end: line.trimEnd, replacement: '' });
    }
    return changes;
  },
};
