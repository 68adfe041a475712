/**
 * Properties of cleaning that must hold on any input: it never throws, it is idempotent, and
 * every source character is either in the output or accounted for by a `removed`/`edits` record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTitle } from '../src/extract/text.js';
import { createProcessor } from '../src/pipeline.js';
import { defaultSettings } from '../src/settings.js';
import type { OutputRecord, UnscrapeRecord } from '../src/types.js';

const processor = createProcessor(defaultSettings());
const run = (text: string): OutputRecord => processor({ path: 'doc.txt', data: text });

const pieces = {
  word: fc.constantFrom('Minsk', 'protests', 'the', 'Lukashenko', 'said', 'Photo', 'photo', 'ad', 'Read', 'also', 'Subscribe', 'Лукашенко', 'élection', 'Ukrainian', 'Source', 'a', 'by', 'AP', 'Tut.by'),
  marker: fc.constantFrom('[ad_1]', '[ad_2]', '[source_link]', '[sic]', '[…]', 'ADVERTISEMENT', '[the_ad id="3"]', '[vc_row]', '[ad hoc]', '- Advertisement -'),
  caption: fc.constantFrom('(Photo: Tut.by)', 'Photo: AP', 'Getty Images', '(AP Photo/Jane Doe)', 'REUTERS/Vasily Fedosenko', '(video)', 'Illustrative photo', '[caption id="1"]Minsk. Photo: AP[/caption]'),
  boilerplate: fc.constantFrom('This material is also available in Ukrainian.', 'Read also: Lukashenko', 'Subscribe to our Telegram channel', 'Rate the material', 'Comments (3)', 'Source', 'Tags: Belarus'),
  space: fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', '\n\n', '\n\n\n', '\r\n', '\u2028', '\u3000', '\u2009', ' \n ', '\v', '\f', '\u0085'),
  invisible: fc.constantFrom('\u200b', '\u00ad', '\ufeff', '\u200d', '\u200c', '\u0000', '\u009d', '\u2060', '\u202e', '\ufe0f'),
  punct: fc.constantFrom('.', ',', ' .', '. .', '..', '...', '. . .', '“', '”', '. “.', ' ,', '«', '»', '"', '?', '!', ',,', ',.', '…', ' ”,'),
  mojibake: fc.constantFrom('â€™', 'Ã©', 'â€', 'â€œ', 'РџСЂ', 'Â', 'Ð', 'Ñ€'),
  any: fc.string({ unit: 'binary', maxLength: 4 }),
  anyUnit: fc.string({ unit: 'grapheme-composite', maxLength: 3 }),
};
const doc = fc
  .array(fc.oneof(pieces.word, pieces.word, pieces.space, pieces.space, pieces.marker, pieces.caption, pieces.boilerplate, pieces.invisible, pieces.punct, pieces.mojibake, pieces.any, pieces.anyUnit), { maxLength: 40 })
  .map((parts) => parts.join(''));
const docWithTitle = fc.tuple(fc.constantFrom('Belarusian officers signed a letter', 'Protests in Minsk'), doc).map(([t, body]) => `${t}\n\n${body}`);
const input = fc.oneof(doc, docWithTitle);
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
      fc.property(input, (data) => {
        const first = ok(run(data));
        // A title over an empty body reads back as a one-line text with no title: nothing to compare.
        fc.pre(first.text !== '' || first.title === undefined);
        const again = ok(run(first.title !== undefined ? `${first.title}\n\n${first.text}` : first.text));
        expect({ removed: again.removed, edits: again.edits }).toEqual({ removed: [], edits: [] });
        expect(again.text).toBe(first.text);
        expect(again.title).toBe(first.title);
      }),
      runs,
    );
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
        const title = record.title !== undefined ? findTitle(whole) : undefined;
        const bodyStart = title ? [...whole.slice(0, title.bodyStart)].length : 0;
        const bodyEnd = whole.endsWith('\r\n') ? source.length - 2 : whole.endsWith('\n') ? source.length - 1 : source.length;
        let rebuilt = '';
        let at = bodyStart;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(bodyStart);
          expect(s.end).toBeLessThanOrEqual(Math.max(bodyStart, bodyEnd));
          rebuilt += source.slice(at, s.start).join('') + ('after' in s ? s.after : '');
          at = s.end;
        }
        rebuilt += source.slice(at, Math.max(at, bodyEnd)).join('');
        expect(rebuilt).toBe(record.text);
        // Every character outside the records (blanks of the title line aside) is in title + text, in order.
        const out = [...`${record.title ?? ''}\n\n${record.text}`];
        let k = 0;
        let span = 0;
        for (let i = 0; i < bodyEnd; i++) {
          while (span < spans.length && spans[span]!.end <= i) span++;
          if (span < spans.length && spans[span]!.start <= i) continue;
          if (i < bodyStart && /\s/u.test(source[i]!)) continue;
          while (k < out.length && out[k] !== source[i]) k++;
          expect(k, `source character ${i} ${JSON.stringify(source[i])} is missing from the output`).toBeLessThan(out.length);
          k++;
        }
      }),
      runs,
    );
  });
});
