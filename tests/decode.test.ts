import iconv from 'iconv-lite';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { detectable, gunzip, gunzipOptions, knownEncoding } from '../src/decode/bytes.js';
import type { ErrorRecord, UnscrapeRecord } from '../src/types.js';

const ru = 'Минск. В воскресенье в центре города прошёл марш. Силовики задержали десятки человек, сообщают правозащитники. Вечером задержанных отпустили.';
const ok = (r: unknown) => r as UnscrapeRecord;
const failed = (r: unknown) => r as ErrorRecord;

describe('decoding bytes', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 LE/BE with a BOM', () => {
    const body = 'Title\n\nThe rally ended peacefully.\n';
    expect(ok(clean(Buffer.from(body), { path: 'a.txt' })).text).toBe('The rally ended peacefully.');
    const bom = ok(clean(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), { path: 'a.txt' }));
    expect([bom.text, bom.title, bom.source.encoding]).toEqual(['The rally ended peacefully.', 'Title', 'utf-8']);
    const le = ok(clean(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]), { path: 'a.txt' }));
    expect([le.text, le.source.encoding]).toEqual(['The rally ended peacefully.', 'utf-16le']);
    const be = ok(clean(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(body, 'utf-16be')]), { path: 'a.txt' }));
    expect([be.text, be.source.encoding]).toEqual(['The rally ended peacefully.', 'utf-16be']);
  });

  it('decodes with every encoding detection may choose (jschardet reads " \\xED" as MacCyrillic)', () => {
    for (const [guess, name] of detectable) expect(knownEncoding(name), `${guess} -> ${name}`).toBe(true);
    const r = clean(Buffer.from([0x20, 0xed]), { path: 'a.txt' });
    expect((r as ErrorRecord).error).toBeUndefined();
  });

  it('detects Windows-1251, KOI8-R and Windows-1252 without any declaration', () => {
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const r = ok(clean(iconv.encode(`Новости\n\n${ru}\n\n${ru}\n`, encoding), { path: 'ru.txt' }));
      expect(r.source.encoding).toBe(encoding);
      expect(r.text).toContain('Силовики задержали');
      expect(r.title).toBe('Новости');
    }
    const fr = 'Élections\n\nLe café était fermé à cause de la grève générale. Les élèves ont été très déçus, et la pâtisserie à côté aussi.\n';
    const r = ok(clean(iconv.encode(fr, 'windows-1252'), { path: 'fr.txt' }));
    expect(r.text).toContain('Le café était fermé');
    expect(r.source.encoding).toBe('windows-1252');
  });

  it('keeps the text around invalid UTF-8, replaces the bad bytes and reports them', () => {
    const bytes = Buffer.concat([Buffer.from('Title\n\nThe court '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' sentenced the blogger to six years. Привет.\n')]);
    const r = ok(clean(bytes, { path: 'bad.txt' }));
    expect(r.text).toContain('sentenced the blogger to six years.');
    expect(r.source.encoding).toBe('utf-8');
    const f = r.findings.find((x) => x.rule === 'encoding');
    expect(f).toMatchObject({ severity: 'error', line: 3, column: 11 });
  });

  it('uses a forced encoding', () => {
    const r = ok(clean(iconv.encode(`Новости\n\n${ru}\n`, 'koi8-r'), { path: 'x.txt', settings: { encoding: 'koi8-r' } }));
    expect(r.text).toContain('Силовики');
    expect(r.source.encoding).toBe('koi8-r');
  });

  it('turns binary files into an error record, and empty files into an empty record', () => {
    const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(100)]);
    expect(failed(clean(png, { path: 'photo.txt' })).error).toMatchObject({ code: 'binary' });
    expect(failed(clean(Buffer.from('%PDF-1.7\n...'), { path: 'doc.txt' })).error.message).toMatch(/PDF/);
    const empty = ok(clean(Buffer.alloc(0), { path: 'empty.txt' }));
    expect([empty.text, empty.paragraphs, empty.removed]).toEqual(['', [], []]);
  });

  it('refuses documents over the size limit, also when gzip would inflate them', () => {
    expect(failed(clean(Buffer.alloc(2000, 'a'), { path: 'big.txt', settings: { maxSize: 1000 } })).error.code).toBe('too-large');
    const bomb = gzipSync(Buffer.alloc(5_000_000, 'a'));
    expect(failed(clean(bomb, { path: 'bomb.txt.gz', settings: { maxSize: 100_000 } })).error.code).toBe('too-large');
    expect(failed(clean(Buffer.from([0x1f, 0x8b, 1, 2, 3]), { path: 'broken.txt.gz' })).error.code).toBe('gzip');
  });

  it('gunzips into a buffer of the size the gzip trailer gives, whatever the trailer says', () => {
    const body = 'Title\n\n' + 'The rally ended peacefully. '.repeat(3000).trim() + '\n';
    const gzip = (text: string) => gzipSync(Buffer.from(text));
    const gz = gzip(body);
    const lying = (size: number) => {
      const copy = Buffer.from(gz);
      copy.writeUInt32LE(size, copy.length - 4);
      return copy;
    };
    expect(gunzip(gz, 1 << 20).toString()).toBe(body);
    // A multi-member file's trailer gives its last member's size: it only sizes the buffer.
    expect(gunzip(Buffer.concat([gzip(body), gzipSync(Buffer.from('one'))]), 1 << 20).toString()).toBe(body + 'one');
    // A trailer that lies is not valid gzip (zlib checks it), as before; a huge one allocates at most 16 MB.
    for (const size of [0, 1, 100, 0xffffffff]) expect(() => gunzip(lying(size), 1 << 20)).toThrow(/not valid gzip data/u);
    expect(gunzipOptions(lying(0xffffffff), 1 << 30).chunkSize).toBe(16 * 1024 * 1024);
    expect(() => gunzip(gz, 1000)).toThrow(/larger than --max-size/u);
    expect(ok(clean(gz, { path: 'a.txt.gz' })).text).toBe(body.slice(7, -1));
  });

  it('explains JSON documents without text and malformed JSON', () => {
    expect(failed(clean('{"url":"x"}', { path: 'a.json' })).error).toMatchObject({ code: 'no-text' });
    expect(failed(clean('{"text": "unterminated', { path: 'a.json' })).error).toMatchObject({ code: 'json' });
    expect(failed(clean('[1,2]', { path: 'a.json' })).error.message).toMatch(/object/);
  });

  it('a no-text record keeps the document: its title, its id and other fields in meta, and names the fields it tried', () => {
    const doc = '{"id":"n-17","title":"Harbour reopens","main_text":"The harbour reopened.","url":"https://x.example/a","tags":["ports"]}';
    const r = failed(clean(doc, { path: 'a.json' }));
    expect(r).toEqual({
      schema: 'unscrape/1',
      source: expect.objectContaining({ path: 'a.json', format: 'json' }),
      title: 'Harbour reopens',
      meta: { id: 'n-17', main_text: 'The harbour reopened.', url: 'https://x.example/a', tags: ['ports'] },
      error: { code: 'no-text', message: expect.stringContaining('"text", "html", "markdown", "content", "body", "article", "maintext", "articleBody"') },
    });
    // news-please's maintext and schema.org's articleBody are read without naming them.
    for (const field of ['maintext', 'articleBody']) expect(ok(clean(`{"title":"Harbour reopens","${field}":"The harbour reopened."}`, { path: 'a.json' })).text).toBe('The harbour reopened.');
    // Named text fields are tried first, in order, and the message names them too.
    const named = failed(clean('{"id":1,"summary":"s"}', { path: 'a.json', settings: { textFields: ['maintext', 'main_text'] } }));
    expect(named.error.message).toMatch(/expected one of "maintext", "main_text", "text", "html"/);
    expect(named.meta).toEqual({ id: 1, summary: 's' });
    // A __proto__ field stays data on an error record too.
    const proto = failed(clean('{"__proto__":{"polluted":1}}', { path: 'a.json' }));
    expect(Object.prototype.hasOwnProperty.call(proto.meta, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('textFields: the body in another field (news-please\'s maintext), tried before the built-in ones', () => {
    const doc = '{"id":7,"title":"T","text":"A teaser.","maintext":"The full story , told here.","url":"https://x.example/a"}';
    const r = ok(clean(doc, { path: 'a.json', settings: { textFields: ['maintext'] } }));
    expect(r.text).toBe('The full story, told here.');
    // The field read is the text; the one not read (text) is metadata, as any other field.
    expect(r.meta).toMatchObject({ id: 7, text: 'A teaser.', url: 'https://x.example/a' });
    expect(r.meta).not.toHaveProperty('maintext');
    // In order: the first named field present wins; absent ones fall through to the built-in fields.
    expect(ok(clean(doc, { path: 'a.json', settings: { textFields: ['missing', 'maintext'] } })).text).toBe('The full story, told here.');
    expect(ok(clean(doc, { path: 'a.json', settings: { textFields: ['missing'] } })).text).toBe('A teaser.');
    // A built-in name keeps its kind: html is read as HTML.
    expect(ok(clean('{"html":"<p>Para one.</p><p>Para two.</p>","text":"x"}', { path: 'a.json', settings: { textFields: ['html'] } })).paragraphs).toEqual(['Para one.', 'Para two.']);
  });
});
