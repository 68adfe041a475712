import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile } from '../src/check/source.js';

describe('check/source.ts: decoding a file to check and encoding it back', () => {
  it('decodes UTF-8 without iconv-lite exactly as iconv-lite does, bad bytes and BOM included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (raw, bom) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(raw)]);
        // A UTF-16 byte order mark says the file is UTF-16, whatever it was taken for (below).
        fc.pre(!((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
        let expected = iconv.decode(bytes, 'utf-8', { stripBOM: true });
        if (expected.charCodeAt(0) === 0xfeff) expected = expected.slice(1);
        const file = decodeFile(bytes, 'utf-8', false);
        expect(file.text).toBe(expected);
        // A file that decodes cleanly is written back byte for byte; one with bad bytes is not.
        expect(file.roundTrips).toBe(encodeFile(file, file.text).equals(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('follows a UTF-16 byte order mark over the encoding it is given', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi\n', 'utf16le')]);
    const file = decodeFile(bytes, 'utf-8', false);
    expect(file.encoding).toBe('utf-16le');
    expect(file.text).toBe('Hi\n');
    expect(encodeFile(file, file.text).equals(bytes)).toBe(true);
  });

  it('decodes and re-encodes a legacy encoding through iconv-lite, CRLF kept', () => {
    const bytes = iconv.encode('Привет, мир\r\nвторая строка\r\n', 'windows-1251');
    const file = decodeFile(bytes, 'windows-1251', true);
    expect(file.text).toBe('Привет, мир\nвторая строка\n');
    expect(file.roundTrips).toBe(true);
    expect(encodeFile(file, file.text).equals(bytes)).toBe(true);
  });
});
