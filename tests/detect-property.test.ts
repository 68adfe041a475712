import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectorWith } from './helpers/detector.js';
import { doc } from './rules/helper.js';

const detect = detectorWith();
/** Words that trigger every rule's prefilter, mixed with noise. */
const pieces = ['the', 'The', 'of', 'us', 'we', 'them', 'they', 'Most', 'In', 'his', 'opinion', 'He', 'signatories',
  'demand', 'to', 'invalidate', 'allows', 'block', 'for', 'four', 'months', 'Lukashenko', 'Lukashenka', 'Веlarus',
  'Беларусь', '“', '”', '"', '«', '»', '„', "'", '’', '.', ',', '…', 'It', 'should', 'be', 'recalled', 'that', '9.',
  'Members', 'According', 'him', 'Mr', 'a', 'a', '\n', '  ', '—', '(', ')', '😀', '\u200b'];

describe('detector properties', () => {
  it('never throws; findings lie inside the text and are sorted', () => {
    fc.assert(fc.property(
      fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((w) => w.join(' ')), { maxLength: 6 }),
      (paragraphs) => {
        const { text, paragraphs: spans } = doc(paragraphs);
        const { lang, findings } = detect(text, spans);
        expect(typeof lang).toBe('string');
        let last = -1;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          last = f.start;
        }
      },
    ), { numRuns: 300 });
  });
});
