/**
 * The first pass reads a page's site and identity from its bytes (src/repeated/site.ts,
 * profile.ts), decoding as little as it can: the answers must be those of the decoded text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlUrl, htmlUrlOfBytes } from '../src/repeated/site.js';
import { documentId } from '../src/repeated/profile.js';

/** Pieces of a page's head: the tags htmlUrl looks for (in forms that count and forms that do not), and filler. */
const piece = fc.oneof(
  fc.constantFrom(
    '<link rel="canonical" href="https://one.example/a">',
    '<LINK REL=canonical HREF=http://two.example/b>',
    '<link rel="canonical" href="/relative/path">',
    '<link href="https://three.example/c" rel="canonical" >',
    '<link rel="canonicalish" href="https://no.example/">',
    '<meta property="og:url" content="https://four.example/d">',
    '<meta property="og:url" content="//five.example/e">',
    '<meta content="https://six.example/f" property=og:url>',
    '<link rel="stylesheet" href="x.css">',
    '<link rel=',
    '<meta property="og:url" ',
    '>',
    '<p>Überschrift — „Zitat“ 日本語のテキスト 😀</p>',
    '\n',
  ),
  fc.string({ maxLength: 40 }),
  // Long filler moves the tags across the prefixes the function decodes (8 KB, 32 KB, 128 KB) and the 65,536-unit head.
  fc.tuple(fc.constantFrom('a', 'é', '日', '😀', ' >'), fc.integer({ min: 1, max: 40000 })).map(([c, n]) => c.repeat(n)),
);

describe('repeated/site.ts: a page’s URL from its bytes', () => {
  it('gives htmlUrl’s answer on the decoded text, wherever the tags fall', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(htmlUrlOfBytes(Buffer.from(text, 'utf8'))).toBe(htmlUrl(Buffer.from(text, 'utf8').toString('utf8')));
      }),
      { numRuns: 300 },
    );
  });

  it('on a page’s first bytes only, gives the whole page’s answer or says it needs more', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), (pieces, cut) => {
        const bytes = Buffer.from(pieces.join(''), 'utf8');
        const answer = htmlUrlOfBytes(bytes.subarray(0, cut % (bytes.length + 1)), false);
        if (answer !== null) expect(answer).toBe(htmlUrlOfBytes(bytes));
      }),
      { numRuns: 300 },
    );
    const page = Buffer.from('<head><title>A page</title><link rel="canonical" href="https://one.example/a"></head>' + 'x'.repeat(9000));
    expect(htmlUrlOfBytes(page.subarray(0, 40), false)).toBeNull();
    expect(htmlUrlOfBytes(page.subarray(0, 8192), false)).toBe('https://one.example/a');
  });

  it('reads the canonical link only within the first 65,536 units, as htmlUrl does, whatever the prefix decoded', () => {
    const tag = '<link rel="canonical" href="https://edge.example/x">';
    const urls = new Set<string | undefined>();
    // Three-byte characters, then ASCII ending with the tag at the end of the 128 KB prefix the
    // function decodes: the tag ends at unit 65,536 + d, across the head's edge when d > 0.
    for (let d = 0; d <= 6; d += 2) {
      const text = '日'.repeat(32768 - d / 2) + 'x'.repeat(32768 + (3 * d) / 2 - tag.length) + tag + 'é'.repeat(100);
      expect(htmlUrlOfBytes(Buffer.from(text, 'utf8'))).toBe(htmlUrl(text));
      urls.add(htmlUrl(text));
    }
    expect(urls).toEqual(new Set(['https://edge.example/x', undefined]));
  });

  it('reads bytes that are not UTF-8 as the decoder does', () => {
    const tail = Buffer.from('<link rel="canonical" href="https://late.example/x">', 'utf8');
    for (const filler of [Buffer.alloc(9000, 0xe6), Buffer.alloc(70000, 0xff), Buffer.concat([Buffer.from('<p>'), Buffer.alloc(8190, 0x41), Buffer.from([0xe6, 0x97])])]) {
      const bytes = Buffer.concat([filler, tail]);
      expect(htmlUrlOfBytes(bytes)).toBe(htmlUrl(bytes.toString('utf8')));
    }
  });
});

describe('repeated/profile.ts: a document’s identity from its bytes', () => {
  it('tells apart texts that UTF-8 would not: a lone surrogate and U+FFFD', () => {
    expect(documentId('a\ud800b')).not.toBe(documentId('a\ufffdb'));
    expect(documentId('a\ud800b')).toBe(documentId('a\ud800b'));
    expect(documentId('same')).toBe(documentId('same'));
    expect(documentId('same')).not.toBe(documentId('Same'));
  });
});
