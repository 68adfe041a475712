import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bin, hasStack, jsonl, tempDir, unscrape } from './helpers/cli.js';

type Rec = { source: { path: string; line?: number; encoding?: string }; text?: string; error?: { code: string; message: string } };

const ru = 'Минск. В воскресенье в центре города прошёл марш. Силовики задержали десятки человек, сообщают правозащитники.';

/** Every kind of bad input in one folder, beside good documents. */
function badFolder(): string {
  const dir = tempDir();
  const files: Record<string, Buffer | string> = {
    'good.txt': 'Good news\n\nThe bridge reopened on Monday after repairs.\n',
    'binary.txt': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(2000)]),
    'fake.pdf.txt': '%PDF-1.4\n%âãÏÓ\n1 0 obj\n',
    'empty.txt': '',
    'invalid-utf8.txt': Buffer.concat([Buffer.from('Title\n\nThe court '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' sentenced the blogger.\n')]),
    'cp1251.txt': iconv.encode(`Новости\n\n${ru}\n\n${ru}\n`, 'windows-1251'),
    'koi8.txt': iconv.encode(`Новости\n\n${ru}\n\n${ru}\n`, 'koi8-r'),
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n\nThe rally ended peacefully.\n', 'utf16le')]),
    'bad.jsonl': '{"id":1,"text":"First is fine."}\n{"id":2,"text":"broken\n{"id":3}\n{"id":4,"text":"Fourth is fine."}\n',
    'no-text.json': '{"url":"https://example.com"}',
    'long-line.txt': 'Title\n\n' + 'The committee met again and nothing changed, '.repeat(100_000) + 'the end.\n',
    'redos.txt': 'Title\n\n' + '.'.repeat(100_000) + '\n\n' + ' ,'.repeat(50_000) + '\n\n' + '['.repeat(50_000) + '\n\n' + '“'.repeat(50_000) + '\n\n' + 'a '.repeat(100_000) + '\n',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'loop'));
  symlinkSync(dir, join(dir, 'loop', 'again'));
  symlinkSync('/nonexistent/file.txt', join(dir, 'dangling.txt'));
  return dir;
}

describe('a folder of bad input', () => {
  it('yields one record per document, errors explained, good documents intact, exit 1', () => {
    const dir = badFolder();
    const r = unscrape(['clean', dir]);
    expect(r.status).toBe(1);
    expect(hasStack(r.stderr)).toBe(false);
    const recs = jsonl<Rec>(r.stdout);
    const one = (name: string) => recs.filter((x) => x.source.path.endsWith(name));
    const names = ['good.txt', 'binary.txt', 'fake.pdf.txt', 'empty.txt', 'invalid-utf8.txt', 'cp1251.txt', 'koi8.txt', 'utf16.txt', 'no-text.json', 'long-line.txt', 'redos.txt'];
    for (const name of names) expect(one(name), name).toHaveLength(1);
    expect(one('bad.jsonl')).toHaveLength(4);
    expect(recs.some((x) => x.source.path.includes('loop/'))).toBe(false);

    expect(one('good.txt')[0]!.text).toBe('The bridge reopened on Monday after repairs.');
    expect(one('binary.txt')[0]!.error!.code).toBe('binary');
    expect(one('fake.pdf.txt')[0]!.error!.message).toMatch(/PDF/);
    expect(one('empty.txt')[0]!.text).toBe('');
    expect(one('invalid-utf8.txt')[0]!.text).toContain('sentenced the blogger');
    expect(one('cp1251.txt')[0]).toMatchObject({ source: { encoding: 'windows-1251' } });
    expect(one('cp1251.txt')[0]!.text).toContain('Силовики задержали');
    expect(one('koi8.txt')[0]!.text).toContain('Силовики задержали');
    expect(one('utf16.txt')[0]!.text).toBe('The rally ended peacefully.');
    const lines = one('bad.jsonl');
    expect(lines.map((x) => [x.source.line, x.error?.code ?? x.text])).toEqual([[1, 'First is fine.'], [2, 'json'], [3, 'no-text'], [4, 'Fourth is fine.']]);
    expect(one('no-text.json')[0]!.error!.code).toBe('no-text');
    expect(one('long-line.txt')[0]!.text!.length).toBeGreaterThan(4_000_000);
    expect(one('redos.txt')[0]!.text).toBeDefined();
    // Each failure is also one line on stderr, naming the file and the problem.
    expect(r.stderr).toMatch(/binary\.txt: binary: not text/);
    expect(r.stderr).toMatch(/bad\.jsonl:2: json: /);
  });

  it('refuses a file over --max-size without reading it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
    const r = unscrape(['clean', '--max-size', '1KB', join(dir, 'big.txt')]);
    expect(r.status).toBe(1);
    expect(jsonl<Rec>(r.stdout)[0]!.error!.code).toBe('too-large');
  });

  it('reports a pipe or device named on the command line instead of hanging on it', () => {
    const r = unscrape(['clean', '/dev/null']);
    expect(r.status).toBe(1);
    expect(jsonl<Rec>(r.stdout)[0]!.error!.code).toBe('unreadable');
  });

  it('stops on Ctrl-C without leaving partial output files', async () => {
    const dir = tempDir();
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `doc${String(i).padStart(4, '0')}.txt`), `Doc ${i}\n\n${'Words of the article go here. '.repeat(300)}\n`);
    writeFileSync(join(dir, 'feed.jsonl'), Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: 'Line text. '.repeat(200) })).join('\n'));
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [bin, 'clean', dir, '--out', out, '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Interrupt once it is writing (its SIGINT handler is installed by then).
    for (let waited = 0; waited < 60_000 && !(existsSync(out) && readdirSync(out).length > 3); waited += 100) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(hasStack(stderr)).toBe(false);
    if (existsSync(out)) {
      const left = readdirSync(out, { recursive: true }).map(String);
      expect(left.filter((f) => /\.tmp$|\.\d+$/.test(f))).toEqual([]);
      for (const f of left.filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
    }
  });
});
