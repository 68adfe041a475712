/** The code page tables written out in src/clean/lists/code-pages.ts are iconv-lite's. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { codePageHighHalves } from '../src/clean/lists/code-pages.js';

describe('code pages', () => {
  it.each(['windows-1252', 'windows-1251', 'koi8-u'])('%s: the high half decodes as iconv-lite decodes it', (encoding) => {
    const bytes = Buffer.from(Array.from({ length: 128 }, (_, k) => 0x80 + k));
    expect(codePageHighHalves[encoding]).toBe(iconv.decode(bytes, encoding));
    expect(codePageHighHalves[encoding]).toHaveLength(128);
  });
});
