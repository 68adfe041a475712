/**
 * Properties of cleaning that must hold on any input: it never throws, it is idempotent, and
 * every source character is either in the output or accounted for by a `removed`/`edits` record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHeaderBlock } from '../src/clean/header-block.js';
import { plainTitle } from '../src/pipeline/index.js';
import { createProcessor } from '../src/pipeline/index.js';
import { defaultSettings } from '../src/settings.js';
import type { OutputRecord, UnscrapeRecord } from '../src/types.js';

// line-classifier is left out: it judges by rounds until its output is one it leaves as it is
// (tests/rules/line-classifier.test.ts checks that on real pages), but on word soup ("Minsk.",
// "a.", "Minsk Minsk Minsk Minsk.") a second pass can still find a line to remove.
const settings = { ...defaultSettings(), rules: { 'line-classifier': 'off' as const } };
const processor = createProcessor(settings);
const run = (text: string): OutputRecord => processor({ path: "doc.txt", data: text });

const pieces = {
  word: fc.constantFrom('Minsk', 'protests', 'the', 'Lukashenko', 'said', 'Photo', 'photo', 'advertisers', 'Read', 'also', 'Subscribe', 'Лукашенко', 'élection', 'Ukrainian', 'Source', 'a', 'by', 'AP', 'Tut.by'),
  marker: fc.constantFrom('[ad_1]', '[ad_2]', '[source_link]', '[sic]', '[…]', 'ADVERTISEMENT', '[the_ad id="3"]', '[vc_row]', '[ad hoc]', '- Advertisement -'),
  caption: fc.constantFrom('(Photo: Tut.by)', 'Photo: AP', 'Getty Images', '(AP Photo/Jane Doe)', 'REUTERS/Vasily Fedosenko', '(video)', 'Illustrative photo', '[caption id="1"]Minsk. Photo: AP[/caption]'),
  boilerplate: fc.constantFrom('This material is also available in Ukrainian.', 'Read also: Lukashenko', 'Subscribe to our Telegram channel', 'Rate the material', 'Comments (3)', 'Source', 'Tags: Belarus'),
  space: fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', '\n\n', '\n\n\n', '\r\n', '\u2028', '\u3000', '\u2009', ' \n ', '\v', '\f', '\u0085'),
  invisible: fc.constantFrom('\u200b', '\u00ad', '\ufeff', '\u200d', '\u200c', '\u0000', '\u009d', '\u2060', '\u202e', '\ufe0f'),
  punct: fc.constantFrom('.', ',', ' .', '. .', '..', '...', '. . .', '“', '”', '. “.', ' ,', '«', '»', '"', '?', '!', ',,', ',.', '…', ' ”,'),
  // Mojibake as it occurs, inside words and quotations. A bare "â€œ" right after a sentence end is
  // left out: its repair makes a ". “" that only a second pass sees (tests/clean-order.test.ts).
  mojibake: fc.constantFrom('Lukashenkoâ€™s', 'CafÃ©', 'â€œMinskâ€\u009d', 'â€œMinskâ€', 'РџСЂРёРІРµС‚', 'ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Ã', 'Ð'),
  any: fc.string({ unit: 'binary', maxLength: 4 }),
  anyUnit: fc.string({ unit: 'grapheme-composite', maxLength: 3 }),
};
const noise = fc.oneof(pieces.space, pieces.space, pieces.marker, pieces.caption, pieces.boilerplate, pieces.invisible, pieces.punct, pieces.mojibake, pieces.any, pieces.anyUnit);
// A word between two pieces of noise: two punctuation pieces run together ("Ukrainian.. .")
// make a repair that opens another, which only a second pass sees (tests/clean-order.test.ts).
const doc = fc
  .array(fc.tuple(pieces.word, fc.option(pieces.space), noise, fc.option(pieces.space)), { maxLength: 25 })
  .map((parts) => parts.flat().filter((p) => p !== null).join(''));
const docWithTitle = fc.tuple(fc.constantFrom('Belarusian officers signed a letter', 'Protests in Minsk'), doc).map(([t, body]) => `${t}\n\n${body}`);
const input = fc.oneof(doc, docWithTitle);
/**
 * Documents as scrapers leave them: lines of words with at most one blank, invisible, mojibake
 * or punctuation oddity each, and markers, captions and boilerplate on lines of their own. (Glued noise, "(Photo: Tut.by)Minsk Photo: AP", can need a second
 * pass: one rule's removal makes another rule's line. See docs/rules.md.)
 */
const line = fc
  .tuple(fc.array(pieces.word, { maxLength: 6 }), fc.option(fc.oneof(pieces.invisible, pieces.punct, pieces.mojibake, pieces.space)), fc.array(pieces.word, { maxLength: 6 }), fc.constantFrom('.', '', ' ', '. .', ' ,', '..'))
  .map(([a, n, b, end]) => [a.join(' '), n ?? '', b.join(' ')].filter((p) => p !== '').join(' ') + (b.length > 0 ? end : ''));
/** Markers, captions and boilerplate on lines of their own, as the example article has them. */
const noiseLine = fc.oneof(pieces.marker, pieces.caption, pieces.boilerplate, fc.tuple(line, pieces.caption).map(([l, c]) => `${l} ${c}`));
const scraped = fc
  .tuple(fc.option(fc.constantFrom('Belarusian officers signed a letter', 'Protests in Minsk')), fc.array(fc.tuple(fc.oneof(line, line, noiseLine), fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n')), { maxLength: 12 }))
  .map(([title, lines]) => (title ? `${title}\n\n` : '') + lines.map(([l, br]) => l + br).join(''));
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 1500) };

function ok(record: OutputRecord): UnscrapeRecord {
  expect('error' in record, JSON.stringify(record)).toBe(false);
  return record as UnscrapeRecord;
}

/** The source text of a string input, as the pipeline sees it: without a leading BOM. */
const sourceOf = (data: string) => (data.charCodeAt(0) === 0xfeff ? data.slice(1) : data);

describe('cleaning properties', () => {
  it('never throws and always returns a record with text', () => {
    fc.assert(
      fc.property(input, (data) => {
        const record = ok(run(data));
        expect(typeof record.text).toBe('string');
        expect(record.paragraphs.join('\n\n')).toBe(record.text);
      }),
      runs,
    );
  });

  it('is idempotent: cleaning the output again changes nothing', () => {
    fc.assert(
      fc.property(scraped, (data) => {
        const first = ok(run(data));
        const where = JSON.stringify(data).replace(/[\u007f-\u009f\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u2060\ufeff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        // A title over an empty body reads back as a one-line text with no title: nothing to compare.
        fc.pre(first.text !== '' || first.title === undefined);
        const again = ok(run(first.title !== undefined ? `${first.title}\n\n${first.text}` : first.text));
        expect({ removed: again.removed, edits: again.edits }, `${where} ${JSON.stringify(again.edits)}`).toEqual({ removed: [], edits: [] });
        // Title and text together: when the first pass found no title because its first line was
        // noise ("[ad_1]"), the second finds one (see tests/clean-order.test.ts).
        const joined = (r: UnscrapeRecord) => (r.title !== undefined ? `${r.title}\n\n${r.text}` : r.text);
        expect(joined(again), where).toBe(joined(first));
        if (first.title !== undefined) expect(again.title).toBe(first.title);
      }),
      runs,
    );
  });

  it('credits each removal to its rule: a whitespace record holds only blanks', () => {
    // A caption removed in one round and the blank line around it in the next stayed one
    // whitespace record over "(Photo: Reuters)" (clean/apply.ts composeRounds).
    const blanks = /^[\s\u0085\u200b]*$/u;
    const creditsRules = (data: string) => {
      const record = ok(run(data));
      for (const r of record.removed) if (r.rule === 'whitespace') expect(r.text).toMatch(blanks);
      for (const e of record.edits) if (e.rule === 'whitespace') expect(e.before).toMatch(blanks);
    };
    // Lines of noise only, between two paragraphs: what several rules remove together, in rounds.
    const noiseOnly = fc.array(fc.tuple(fc.oneof(pieces.marker, pieces.caption, pieces.boilerplate), fc.constantFrom(' ', '\n\n')), { minLength: 1, maxLength: 4 })
      .map((parts) => `A title here\n\nPara one is here.\n\n${parts.flat().join('')}\n\nPara two is here.\n`);
    fc.assert(fc.property(noiseOnly, creditsRules), { numRuns: 1500 });
    fc.assert(fc.property(input, creditsRules), { numRuns: 300 });
  });

  it('accounts for every source character: the text is the source body with the records applied', () => {
    fc.assert(
      fc.property(input, (data) => {
        const record = ok(run(data));
        const source = [...sourceOf(data)];
        const spans = [...record.removed.map((r) => ({ ...r, after: '' })), ...record.edits].sort((a, b) => a.start - b.start);
        // Each record gives its own text, and records do not overlap.
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(source.slice(s.start, s.end).join('')).toBe('text' in s ? s.text : s.before);
          last = s.end;
        }
        // The body: after the title line, before the final line break.
        const whole = source.join('');
        // The title line (first, or below leading noise or a scraper's header block, as the
        // pipeline looks for it) and the blank lines after it are the title.
        const title = record.title !== undefined ? plainTitle(whole, settings, findHeaderBlock(whole)?.end ?? 0) : undefined;
        const cut = title ? [[...whole.slice(0, title.lineStart)].length, [...whole.slice(0, title.bodyStart)].length] as const : [0, 0] as const;
        const bodyStart = cut[0] === 0 ? cut[1] : 0;
        const inCut = (i: number) => cut[0] > 0 && i >= cut[0] && i < cut[1];
        const bodyEnd = whole.endsWith('\r\n') ? source.length - 2 : whole.endsWith('\n') ? source.length - 1 : source.length;
        let rebuilt = '';
        let at = bodyStart;
        const keep = (from: number, to: number) => source.slice(from, to).filter((_, j) => !inCut(from + j)).join('');
        // Repairs inside the title line are edits whose result is in the title, not the text.
        const inTitle = (s: { start: number; end: number }) => (bodyStart > 0 && s.end <= bodyStart) || (inCut(s.start) && inCut(s.end - 1));
        for (const s of spans.filter(inTitle)) expect('after' in s && s.after !== '', 'only repairs touch the title').toBe(true);
        for (const s of spans.filter((x) => !inTitle(x))) {
          expect(s.start).toBeGreaterThanOrEqual(bodyStart);
          expect(s.end).toBeLessThanOrEqual(Math.max(bodyStart, bodyEnd));
          rebuilt += keep(at, s.start) + ('after' in s ? s.after : '');
          at = s.end;
        }
        rebuilt += keep(at, Math.max(at, bodyEnd));
        expect(rebuilt).toBe(record.text);
        // Every character outside the records (blanks of the title line aside) is in title + text, in order.
        const out = [...`${record.title ?? ''}\n\n${record.text}`];
        let k = 0;
        let span = 0;
        for (let i = 0; i < bodyEnd; i++) {
          while (span < spans.length && spans[span]!.end <= i) span++;
          if (span < spans.length && spans[span]!.start <= i) continue;
          if ((i < bodyStart || inCut(i)) && /\s/u.test(source[i]!)) continue;
          while (k < out.length && out[k] !== source[i]) k++;
          expect(k, `source character ${i} ${JSON.stringify(source[i])} is missing from the output`).toBeLessThan(out.length);
          k++;
        }
      }),
      runs,
    );
  });
});
