import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBlankLine, mayHoldMany, readLines } from '../src/run/inputs.js';
import { tempDir } from './helpers/cli.js';

async function lines(chunks: Array<Buffer | string>, gzip = false): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = [];
  for await (const { line, bytes } of readLines(Readable.from(chunks), gzip)) out.push([line, bytes.toString('utf8')]);
  return out;
}

describe('inputs.ts: JSON Lines read as bytes', () => {
  it('splits on LF and CRLF, keeps a last line without a line break, numbers from 1', async () => {
    expect(await lines(['{"a":1}\r\n{"b":2}\n\n{"c":3}'])).toEqual([[1, '{"a":1}'], [2, '{"b":2}'], [3, ''], [4, '{"c":3}']]);
  });

  it('joins a line (and a UTF-8 character) cut between chunks', async () => {
    const text = Buffer.from('{"t":"café"}\n{"t":"Лукашенко"}\n');
    const cut = text.indexOf(0xa9); // inside "é"
    expect(await lines([text.subarray(0, cut), text.subarray(cut, cut + 5), text.subarray(cut + 5)])).toEqual([[1, '{"t":"café"}'], [2, '{"t":"Лукашенко"}']]);
  });

  it('joins a line spread over many chunks', async () => {
    const line = `{"t":"${'x'.repeat(1000)}"}`;
    const bytes = Buffer.from(`${line}\n{"u":1}`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    expect(await lines(chunks)).toEqual([[1, line], [2, '{"u":1}']]);
  });

  it('reads gzip', async () => {
    expect(await lines([gzipSync('{"a":1}\n{"b":2}\n')], true)).toEqual([[1, '{"a":1}'], [2, '{"b":2}']]);
  });

  it('gives the lines a string split gives, however the stream is cut', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 6 }), fc.array(fc.nat(40), { maxLength: 5 }), async (parts, cuts) => {
      const text = parts.join('\n');
      const bytes = Buffer.from(text);
      const at = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((from, i, all) => bytes.subarray(from, all[i + 1] ?? bytes.length)).filter((c) => c.length > 0);
      const expected = text === '' ? [] : text.split('\n').map((l, i) => [i + 1, l.replace(/\r$/, '')]);
      if (text.endsWith('\n')) expected.pop();
      expect(await lines(chunks)).toEqual(expected);
    }));
  });

  it('treats a line of white space, Unicode included, as blank', () => {
    expect(isBlankLine(Buffer.from(' \t\r'))).toBe(true);
    expect(isBlankLine(Buffer.from('\u00a0 \ufeff'))).toBe(true);
    expect(isBlankLine(Buffer.from(' {}'))).toBe(false);
    expect(isBlankLine(Buffer.from(''))).toBe(true);
  });
});

describe('inputs.ts: whether a run may hold many documents (the pool starts before the listing)', () => {
  it('a folder, a glob, several paths or a JSON Lines input may; one plain file or a piped document does not', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'a.txt'), 'One article.');
    writeFileSync(join(dir, 'b.jsonl'), '{"text":"One article."}\n');
    expect(mayHoldMany(['corpus'], dir, undefined)).toBe(true);
    expect(mayHoldMany(['corpus/**/*.txt'], dir, undefined)).toBe(true);
    expect(mayHoldMany(['a.txt', 'b.jsonl'], dir, undefined)).toBe(true);
    expect(mayHoldMany(['b.jsonl'], dir, undefined)).toBe(true);
    expect(mayHoldMany(['a.txt'], dir, 'jsonl')).toBe(true);
    expect(mayHoldMany(['-'], dir, 'jsonl')).toBe(true);
    expect(mayHoldMany(['a.txt'], dir, undefined)).toBe(false);
    expect(mayHoldMany([], dir, undefined)).toBe(false);
    expect(mayHoldMany(['-'], dir, 'text')).toBe(false);
    expect(mayHoldMany(['missing.txt'], dir, undefined)).toBe(false);
  });
});
