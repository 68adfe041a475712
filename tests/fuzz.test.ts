import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import type { InputFormat, UnscrapeRecord } from '../src/types.js';

const formats: Array<InputFormat | undefined> = [undefined, 'text', 'json', 'html', 'markdown'];

/** Bytes that look like the inputs unscrape meets: text, markup, JSON, with damage mixed in. */
const realistic = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
  fc.array(fc.constantFrom('Title\n\n', '[ad_1]', '<p>', '</p>', '{"text":"', '"}', '---\n', '\u00a0', '\u200b', '. .', 'â€™', '“', '\r\n', '\n\n', 'word ', '\ufffd'), { maxLength: 60 }).map((parts) => new TextEncoder().encode(parts.join(''))),
);

describe('any bytes', () => {
  it('never throw and always give one record, with an error code or a text', () => {
    fc.assert(
      fc.property(realistic, fc.constantFrom(...formats), fc.boolean(), (bytes, format, gzip) => {
        const data = Buffer.from(gzip ? gzipSync(bytes) : bytes);
        const record = clean(data, { path: gzip ? 'doc.gz' : 'doc', ...(format ? { format } : {}) });
        expect(record.schema).toBe('unscrape/1');
        if ('error' in record) {
          expect(record.error.code).toMatch(/^[a-z-]+$/);
          expect(record.error.message.length).toBeGreaterThan(5);
        } else {
          expect(typeof record.text).toBe('string');
          expect(record.paragraphs.join('\n\n')).toBe(record.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('give records whose spans point at their text in the source', () => {
    fc.assert(
      fc.property(realistic, (bytes) => {
        const record = clean(Buffer.from(bytes), { path: 'doc.txt', format: 'text' });
        if ('error' in record) return;
        const r = record as UnscrapeRecord;
        const source = [...new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')];
        if (r.source.encoding !== 'utf-8') return;
        for (const x of r.removed) expect(source.slice(x.start, x.end).join('')).toBe(x.text);
        for (const x of r.edits) expect(source.slice(x.start, x.end).join('')).toBe(x.before);
        for (const f of r.findings) expect(source.slice(f.start, f.end).join('')).toBe(f.excerpt);
      }),
      { numRuns: 400 },
    );
  });
});
