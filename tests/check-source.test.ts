import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeDocument, roundTrips } from '../src/check/source.js';
import { createSourceProcessor } from '../src/pipeline/index.js';
import { defaultSettings } from '../src/settings.js';

/**
 * `check` reads a file as the pipeline decoded it (encoding, BOM, line endings, gzip) and writes
 * it back from that: nothing is decoded twice.
 */
describe('the file as the pipeline read it, and encoded back', () => {
  const processor = createSourceProcessor(defaultSettings());
  const read = (bytes: Buffer, path = 'a.txt') => processor({ path, data: bytes }).document!;

  it('decodes UTF-8 exactly as iconv-lite does, BOM included, and writes back only a file that decoded cleanly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }).map((a) => a.map((b) => (b < 0x20 ? 0x41 : b))), fc.boolean(), (raw, bom) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(raw)]);
        fc.pre(!((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
        const document = read(bytes);
        // only UTF-8 here: the detection of legacy encodings is decode.test.ts's
        fc.pre(document.encoding === 'utf-8');
        let expected = iconv.decode(bytes, 'utf-8', { stripBOM: true });
        if (expected.charCodeAt(0) === 0xfeff) expected = expected.slice(1);
        expect(document.text).toBe(expected);
        expect(document.bom).toBe(bom);
        // valid UTF-8 is written back byte for byte; bad bytes (read as U+FFFD) are not
        expect(roundTrips(document, bytes)).toBe(isUtf8(raw));
      }),
      { numRuns: 300 },
    );
  });

  it('follows a UTF-16 byte order mark, and writes it back', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi there\n', 'utf16le')]);
    const document = read(bytes);
    expect(document).toMatchObject({ encoding: 'utf-16le', bom: true, text: 'Hi there\n' });
    expect(roundTrips(document, bytes)).toBe(true);
  });

  it('decodes and re-encodes a legacy encoding, CRLF read as LF and written back', () => {
    const bytes = iconv.encode('Привет, мир. Это проверка кодировки.\r\nВторая строка текста на русском языке.\r\n', 'windows-1251');
    const document = read(bytes);
    expect(document).toMatchObject({ encoding: 'windows-1251', crlf: true, text: 'Привет, мир. Это проверка кодировки.\nВторая строка текста на русском языке.\n' });
    expect(roundTrips(document, bytes)).toBe(true);
    expect(encodeDocument(document, 'Привет\n').equals(iconv.encode('Привет\r\n', 'windows-1251'))).toBe(true);
  });

  it('keeps mixed line endings as they are, and says a compressed file is one', () => {
    expect(read(Buffer.from('One\r\nTwo\nThree\n'))).toMatchObject({ crlf: false, text: 'One\r\nTwo\nThree\n' });
    const gz = processor({ path: 'a.txt.gz', data: Buffer.from('H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==', 'base64') }).document!;
    expect(gz).toMatchObject({ gzip: true, text: 'hello' });
  });
});
