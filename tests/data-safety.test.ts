/**
 * Never lose a byte (issue 16): full disks, concurrent edits, symbolic links, output collisions,
 * write failures that must not stop a run. Full-disk cases mount a small tmpfs, which needs root;
 * elsewhere they are skipped with a message saying so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, chmodSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { identityOf, writeFileAtomic } from '../src/run/atomic.js';
import { WriteError } from '../src/errors.js';
import { bin, hasStack, jsonl, tempDir, unscrape } from './helpers/cli.js';

const dirty = 'Protest in Grodno\n\n[ad_1]\n\nThe rally ended peacefully. .\n\nThe organizers of the march announced a new route.\n';
const fixed = 'Protest in Grodno\n\nThe rally ended peacefully.\n\nThe organizers of the march announced a new route.\n';

/** A long dirty article (about `bytes` bytes): every paragraph has a fixable problem. */
function bigDirty(bytes: number): string {
  const parts = ['Protest in Grodno', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `The organizers of march number ${i} announced a new route through the old town. .`;
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) {
    spawnSync('umount', ['-l', m]);
    rmSync(m, { recursive: true, force: true });
  }
});

/** A tmpfs of `kb` KB, or undefined when this user cannot mount one. */
function smallDisk(kb: number): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  // Not a tempDir(): that one is removed before this file's afterAll could unmount it.
  const dir = mkdtempSync(join(tmpdir(), 'unscrape-tmpfs-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]);
  if (r.status !== 0) return undefined;
  mounts.push(dir);
  return dir;
}
const canMount = (() => {
  const d = smallDisk(64);
  if (!d) console.warn('data-safety: full-disk tests skipped: mounting a tmpfs needs root (CI runs them)');
  return d !== undefined;
})();

/** Fill `dir`'s file system until about `leaveKb` KB are free. */
function fill(dir: string, leaveKb: number): void {
  const df = spawnSync('df', ['-k', '--output=avail', dir], { encoding: 'utf8' }).stdout.trim().split('\n').pop()!;
  const avail = Number(df);
  writeFileSync(join(dir, 'filler.bin'), Buffer.alloc(Math.max(0, avail - leaveKb) * 1024));
}

const temps = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));

describe('full disk (point 1)', () => {
  it.runIf(canMount)('check --fix leaves a file it cannot write whole untouched, fixes the one that fits, reports, exit 1', () => {
    const disk = smallDisk(2048)!;
    const big = bigDirty(540_000);
    writeFileSync(join(disk, 'big.txt'), big);
    writeFileSync(join(disk, 'small.txt'), dirty);
    fill(disk, 150);
    const r = unscrape(['check', '--fix', 'big.txt', 'small.txt'], { cwd: disk });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: not fixed: .*no space left/);
    expect(hasStack(r.stderr)).toBe(false);
    expect(readFileSync(join(disk, 'big.txt'), 'utf8')).toBe(big);
    expect(readFileSync(join(disk, 'small.txt'), 'utf8')).toBe(fixed);
    expect(temps(disk)).toEqual([]);
  });

  it.runIf(canMount)('a cache or a baseline that does not fit is reported, not truncated', () => {
    const disk = smallDisk(1024)!;
    writeFileSync(join(disk, 'a.txt'), bigDirty(200_000));
    fill(disk, 0);
    const cached = unscrape(['check', '--cache', 'a.txt'], { cwd: disk });
    expect(cached.stderr).toMatch(/cache not saved: .*no space left/);
    expect(cached.stdout).toMatch(/problems/);
    expect(existsSync(join(disk, '.unscrapecache'))).toBe(false);
    const base = unscrape(['check', '--write-baseline', 'base.json', 'a.txt'], { cwd: disk });
    expect(base.status).toBe(1);
    expect(base.stderr).toMatch(/base\.json: the baseline cannot be written/);
    expect(existsSync(join(disk, 'base.json'))).toBe(false);
    expect(temps(disk)).toEqual([]);
  });

  it.runIf(canMount)('clean --out on a full disk: each output that does not fit is unwritable, the run goes on, exit 1 (point 6)', () => {
    const disk = smallDisk(1024)!;
    const src = tempDir();
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `Story ${i}. ` + 'The council met and voted on the budget again. '.repeat(20) }));
    writeFileSync(join(src, 'a.jsonl'), lines.join('\n') + '\n');
    writeFileSync(join(src, 'b.txt'), 'Title\n\nA short story.\n');
    fill(disk, 40);
    const r = unscrape(['clean', src, '--out', join(disk, 'out')]);
    expect(r.status).toBe(1);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/unwritable: .*a\.jsonl: the output cannot be written \(.*no space left/);
    expect(r.stderr).not.toMatch(/internal/);
    expect(readFileSync(join(disk, 'out', 'b.txt.json'), 'utf8')).toMatch(/A short story/);
    expect(existsSync(join(disk, 'out', 'a.jsonl'))).toBe(false);
    expect(temps(disk)).toEqual([]);
  });
});

describe('concurrent edits (point 2)', () => {
  it('a file changed or deleted after it was read is not written', () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, dirty);
    const read = () => identityOf(statSync(path), readFileSync(path));
    let identity = read();
    appendFileSync(path, 'A line added meanwhile.\n');
    expect(() => writeFileAtomic(path, fixed, { expect: identity })).toThrow(/changed while it was being processed/);
    expect(readFileSync(path, 'utf8')).toBe(dirty + 'A line added meanwhile.\n');
    identity = read();
    unlinkSync(path);
    expect(() => writeFileAtomic(path, fixed, { expect: identity })).toThrow(WriteError);
    expect(existsSync(path)).toBe(false);
    // Same size, same time: the content hash still tells.
    writeFileSync(path, 'abc');
    identity = read();
    writeFileSync(path, 'xyz');
    const s = statSync(path);
    expect(() => writeFileAtomic(path, fixed, { expect: { ...identity, mtimeMs: s.mtimeMs, ino: s.ino, dev: s.dev } })).toThrow(/changed/);
    expect(readFileSync(path, 'utf8')).toBe('xyz');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('check --fix rewrites a file that did not change, keeping its mode', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), dirty);
    chmodSync(join(dir, 'a.txt'), 0o604);
    const r = unscrape(['check', '--fix', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(fixed);
    expect(statSync(join(dir, 'a.txt')).mode & 0o7777).toBe(0o604);
  });
});

describe('output path collisions (point 3)', () => {
  it('two inputs that map to one output under --out: exit 2 naming both, nothing written', () => {
    const dir = tempDir();
    for (const year of ['2023', '2024']) {
      mkdirSync(join(dir, year));
      writeFileSync(join(dir, year, 'index.txt'), `News of ${year}\n\nThe story of ${year}.\n`);
      writeFileSync(join(dir, year, 'feed.jsonl'), JSON.stringify({ text: `Feed of ${year}.` }) + '\n');
    }
    const r = unscrape(['clean', '2023', '2024', '--out', 'cleaned'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/2023\/(index\.txt|feed\.jsonl) and 2024\/\1 would both be written to cleaned\/\1/);
    expect(existsSync(join(dir, 'cleaned'))).toBe(false);
    // One folder each: no collision.
    const ok = unscrape(['clean', '2023', '--out', 'cleaned'], { cwd: dir });
    expect(ok.status).toBe(0);
    expect(readdirSync(join(dir, 'cleaned')).sort()).toEqual(['feed.jsonl', 'index.txt.json']);
  });
});

describe('symbolic links are never written through (point 4)', () => {
  it('a committed .unscrapecache link: the file it points to is untouched, the check still reports', () => {
    const dir = tempDir();
    const victim = join(tempDir(), 'bashrc');
    writeFileSync(victim, 'export PATH=/usr/bin\n');
    writeFileSync(join(dir, 'a.txt'), dirty);
    symlinkSync(victim, join(dir, '.unscrapecache'));
    const r = unscrape(['check', '--cache', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cache not used: .*\.unscrapecache is a symbolic link/);
    expect(r.stdout).toMatch(/ad-marker/);
    expect(readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
  });

  it('a cache path that is a folder: a warning, the check runs and reports (point 7)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), dirty);
    mkdirSync(join(dir, '.unscrapecache'));
    const r = unscrape(['check', '--cache', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cache not used: .*not a regular file/);
    expect(r.stdout).toMatch(/ad-marker/);
    expect(hasStack(r.stderr)).toBe(false);
    const fix = unscrape(['check', '--cache', '--fix', 'a.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(fixed);
    expect(fix.status).toBe(0);
  });

  it('--write-baseline to a link is refused; --out does not write through a link', () => {
    const dir = tempDir();
    const victim = join(tempDir(), 'victim');
    writeFileSync(victim, 'keep me\n');
    writeFileSync(join(dir, 'a.txt'), dirty);
    symlinkSync(victim, join(dir, 'base.json'));
    const b = unscrape(['check', '--write-baseline', 'base.json', 'a.txt'], { cwd: dir });
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/base\.json: the baseline cannot be written .*symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    mkdirSync(join(dir, 'out'));
    symlinkSync(victim, join(dir, 'out', 'a.txt.json'));
    const c = unscrape(['clean', 'a.txt', '--out', 'out', '--force'], { cwd: dir });
    expect(c.status).toBe(1);
    expect(c.stderr).toMatch(/unwritable: .*symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
  });

  it('--fix: a link found by walking or named is not followed; --follow-symlinks fixes what a named link points to', () => {
    const dir = tempDir();
    const outside = join(tempDir(), 'outside.txt');
    writeFileSync(outside, dirty);
    mkdirSync(join(dir, 'docs'));
    symlinkSync(outside, join(dir, 'docs', 'linked.txt'));
    writeFileSync(join(dir, 'docs', 'own.txt'), dirty);
    const walk = unscrape(['check', '--fix', 'docs'], { cwd: dir });
    expect(readFileSync(outside, 'utf8')).toBe(dirty);
    expect(readFileSync(join(dir, 'docs', 'own.txt'), 'utf8')).toBe(fixed);
    expect(walk.stderr).not.toMatch(/internal/);
    const named = unscrape(['check', '--fix', 'docs/linked.txt'], { cwd: dir });
    expect(named.status).toBe(1);
    expect(named.stderr).toMatch(/linked\.txt: not fixed: it is a symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe(dirty);
    const follow = unscrape(['check', '--fix', '--follow-symlinks', 'docs/linked.txt'], { cwd: dir });
    expect(follow.status).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe(fixed);
    expect(statSync(join(dir, 'docs', 'linked.txt'), { throwIfNoEntry: false })).toBeDefined();
  });
});

describe('write failures do not stop a run (points 6 and 7)', () => {
  it('clean --out: a file where the folder goes, a folder where the file goes: unwritable, the rest written, exit 1', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'sub', 'feed.jsonl'), JSON.stringify({ text: 'One.' }) + '\n');
    writeFileSync(join(dir, 'in', 'feed2.jsonl'), JSON.stringify({ text: 'Two.' }) + '\n');
    writeFileSync(join(dir, 'in', 'z.txt'), 'Title\n\nThe last one.\n');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'sub'), 'a file where a folder goes');
    mkdirSync(join(dir, 'out', 'feed2.jsonl'));
    const r = unscrape(['clean', 'in', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stderr).not.toMatch(/internal/);
    expect(r.stderr).toMatch(/unwritable: .*sub\/feed\.jsonl: the output cannot be written/);
    expect(r.stderr).toMatch(/unwritable: .*feed2\.jsonl: the output cannot be written \(.*not a regular file/);
    expect(readFileSync(join(dir, 'out', 'z.txt.json'), 'utf8')).toMatch(/The last one/);
    expect(temps(join(dir, 'out'))).toEqual([]);
  });

  it('check --fix: a file that cannot be rewritten is reported as not fixed, the others are fixed, exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), dirty);
    writeFileSync(join(dir, 'b.txt'), dirty);
    writeFileSync(join(dir, 'c.txt'), dirty);
    chmodSync(join(dir, 'b.txt'), 0o444);
    linkSync(join(dir, 'c.txt'), join(dir, 'c-link.txt'));
    const r = unscrape(['check', '--fix', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/b\.txt: not fixed: the file is read-only/);
    expect(r.stderr).toMatch(/c\.txt: not fixed: the file has 2 hard links/);
    expect(r.stdout).toMatch(/b\.txt/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(fixed);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(dirty);
    expect(readFileSync(join(dir, 'c-link.txt'), 'utf8')).toBe(dirty);
  });
});

describe('long and odd file names (smaller items)', () => {
  it('a 250-character file name is written under --out and fixed', () => {
    const dir = tempDir();
    const name = 'a'.repeat(240) + '.txt';
    writeFileSync(join(dir, name), dirty);
    const r = unscrape(['clean', name, '--out', 'out'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(existsSync(join(dir, 'out', name + '.json'))).toBe(true);
    const fix = unscrape(['check', '--fix', name], { cwd: dir });
    expect(fix.status).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(fixed);
  });

  it('a file name that is not UTF-8 is named as such, not as disappeared', () => {
    const dir = tempDir();
    const raw = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x6e, 0xe9, 0x77, 0x73]), Buffer.from('.txt')]);
    writeFileSync(raw, dirty);
    const r = unscrape(['clean', dir]);
    expect(r.status).toBe(1);
    const rec = jsonl<{ error?: { code: string; message: string } }>(r.stdout)[0]!;
    expect(rec.error?.message).toMatch(/not valid UTF-8/);
  });
});

describe('JSON Lines lines over --max-size (point 5)', () => {
  const line = (text: string) => JSON.stringify({ text });
  const huge = '{"text":"' + 'x'.repeat(3 << 20) + '"}';
  const feed = [line('First story.'), huge, line('Third story.')].join('\n') + '\n';
  const expectRecords = (stdout: string) => {
    const recs = jsonl<{ source: { line?: number }; text?: string; error?: { code: string; message: string } }>(stdout);
    expect(recs.map((r) => [r.source.line, r.error?.code ?? r.text])).toEqual([[1, 'First story.'], [2, 'too-large'], [3, 'Third story.']]);
    expect(recs[1]!.error!.message).toMatch(/the line is \d+ bytes, more than --max-size/);
  };

  it('a long line in a file, gzipped or not, or on stdin becomes a too-large record with its line number; the rest goes on', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.jsonl'), feed);
    const r = unscrape(['clean', '--max-size', '1MB', 'feed.jsonl'], { cwd: dir });
    expect(r.status).toBe(1);
    expectRecords(r.stdout);
    writeFileSync(join(dir, 'feed.jsonl.gz'), gzipSync(feed));
    const gz = unscrape(['clean', '--max-size', '1MB', 'feed.jsonl.gz'], { cwd: dir });
    expectRecords(gz.stdout);
    const stdin = unscrape(['clean', '--max-size', '1MB'], { input: feed });
    expect(stdin.status).toBe(1);
    expectRecords(stdin.stdout);
  });
});

describe('check reads inputs as clean does (point 12)', () => {
  it('a named pipe, a device and a file over --max-size are reported, not read (no hang, no exit 2)', () => {
    const dir = tempDir();
    spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'big.jsonl'), (JSON.stringify({ text: 'A story. '.repeat(100) }) + '\n').repeat(2000));
    writeFileSync(join(dir, 'ok.txt'), dirty);
    const r = unscrape(['check', '--max-size', '1MB', '--format', 'json', 'pipe.txt', '/dev/zero', 'big.jsonl', 'ok.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(hasStack(r.stderr)).toBe(false);
    const report = JSON.parse(r.stdout) as Array<{ path: string; problems: Array<{ rule: string; message: string }> }>;
    const of = (name: string) => report.find((f) => f.path.endsWith(name))!.problems.map((m) => `${m.rule} ${m.message}`).join('\n');
    expect(of('pipe.txt')).toMatch(/not a regular file/);
    expect(of('zero')).toMatch(/not a regular file/);
    expect(of('big.jsonl')).toMatch(/more than --max-size/);
    expect(of('ok.txt')).toMatch(/ad-marker/);
  });

  it('standard input over --max-size is reported, not read whole', () => {
    const r = unscrape(['check', '--max-size', '1KB', '-'], { input: 'Title\n\n' + 'The story goes on. '.repeat(500) });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/larger than --max-size/);
  });
});

describe('one document never takes a run down, in any mode (point 8)', () => {
  const hostile: Record<string, string> = {
    'nested.md': '# Title\n\n' + Array.from({ length: 2000 }, (_, i) => '>'.repeat(i + 1) + ' text\n').join(''),
    'stars.md': '# Title\n\n' + '*'.repeat(100_000) + '\n',
    'emphasis.md': '# Title\n\n' + '*a '.repeat(50_000) + '\n',
    'lists.md': '# Title\n\n' + Array.from({ length: 3000 }, (_, i) => '  '.repeat(i) + '- item\n').join(''),
  };
  const folder = () => {
    const dir = tempDir();
    for (const [name, text] of Object.entries(hostile)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'z-good.md'), '# Good\n\nThe bridge reopened on Monday after repairs.\n');
    return dir;
  };

  it('clean --jobs 1: every document gets its record', () => {
    const dir = folder();
    const r = unscrape(['clean', '--jobs', '1', dir]);
    expect(hasStack(r.stderr)).toBe(false);
    const recs = jsonl<{ source: { path: string }; text?: string }>(r.stdout);
    expect(recs.map((x) => x.source.path.split('/').pop()).sort()).toEqual([...Object.keys(hostile), 'z-good.md'].sort());
    expect(recs.find((x) => x.source.path.endsWith('z-good.md'))!.text).toContain('The bridge reopened on Monday after repairs.');
    expect(recs.find((x) => x.source.path.endsWith('emphasis.md'))!.text).toContain('*a *a');
    expect(r.status).toBe(0);
  });

  it('one hostile file alone, and check, finish with a report', () => {
    const dir = folder();
    for (const name of Object.keys(hostile)) {
      const one = unscrape(['clean', name], { cwd: dir });
      expect(one.status, name).toBe(0);
      expect(jsonl(one.stdout), name).toHaveLength(1);
    }
    const check = unscrape(['check', '--format', 'json', '.'], { cwd: dir });
    expect(hasStack(check.stderr)).toBe(false);
    expect((JSON.parse(check.stdout) as unknown[]).length).toBe(5);
  });
});

/** Run the CLI with a pipe on stdin; `until` resolves when stdout matches. */
function live(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? process.cwd(), env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ re: RegExp; resolve: () => void }> = [];
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const w of waiters.splice(0)) if (w.re.test(stdout)) w.resolve();
    else waiters.push(w);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null }>((resolve) => child.on('exit', (code) => resolve({ code })));
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    until: (re: RegExp) => (re.test(stdout) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ re, resolve }))),
    exited,
  };
}

describe('a slow stream on stdin and signals (points 9 and 10)', () => {
  const line = (text: string) => JSON.stringify({ text }) + '\n';

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`each record is written while stdin stays open; ${signal} on idle stdin stops reading, keeps what is done, exits ${code}`, async () => {
      const run = live(['clean']);
      run.child.stdin.write(line('The first story arrived.'));
      await run.until(/The first story arrived/);
      run.child.stdin.write(line('The second story arrived.'));
      await run.until(/The second story arrived/);
      run.child.kill(signal);
      const { code: exit } = await run.exited;
      expect(exit).toBe(code);
      expect(jsonl(run.stdout)).toHaveLength(2);
      expect(hasStack(run.stderr)).toBe(false);
    }, 120_000);
  }

  it('SIGTERM during a run with --out leaves no temporary file; a rerun removes those a killed run left', async () => {
    const dir = tempDir();
    const tmp = tempDir();
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'in', `doc${String(i).padStart(2, '0')}.txt`), `Story ${i}\n\n` + 'The council met and voted on the budget again. '.repeat(200) + '\n');
    // What a SIGKILLed run leaves: a temporary output, a list folder of a large document.
    mkdirSync(join(dir, 'out', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'out', 'sub', '.unscrape-999999-0-3.tmp'), 'partial');
    mkdirSync(join(tmp, 'unscrape-large-999999-abcdef'));
    const run = live(['clean', 'in', '--out', 'out', '--jobs', '2'], { cwd: dir, env: { TMPDIR: tmp } });
    for (let i = 0; i < 600 && !existsSync(join(dir, 'out', 'doc00.txt.json')); i++) await new Promise((r) => setTimeout(r, 100));
    run.child.kill('SIGTERM');
    const { code } = await run.exited;
    expect(code).toBe(143);
    expect(temps(join(dir, 'out'))).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    for (const f of readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'))).not.toThrow();
  }, 180_000);
});

describe('odd JSON (smaller items)', () => {
  it('too deep is code json; a non-string title and a __proto__ key are kept in meta as data; a lone surrogate is an encoding finding', () => {
    const deep = '{"text":"Hello there.","x":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}';
    const odd = '{"text":"Hello world story.","title":42,"__proto__":{"polluted":1}}';
    const lone = '{"text":"Lone \\udc00 surrogate here."}';
    const r = unscrape(['clean', '--input-format', 'jsonl', '-'], { input: [deep, odd, lone].join('\n') + '\n' });
    const recs = jsonl<{ error?: { code: string }; meta?: Record<string, unknown>; findings?: Array<{ rule: string; start: number }> }>(r.stdout);
    expect(recs[0]!.error!.code).toBe('json');
    expect(recs[1]!.meta).toEqual(JSON.parse('{"title":42,"__proto__":{"polluted":1}}'));
    expect(Object.prototype.hasOwnProperty.call(recs[1]!.meta, '__proto__')).toBe(true);
    expect(recs[2]!.findings).toEqual([expect.objectContaining({ rule: 'encoding', start: 5 })]);
    expect(r.stderr).not.toMatch(/internal/);
  });
});
