/**
 * Where `clean` writes (issue 16 point 4, issue 17 point 9): `-o FILE` through the one atomic
 * writer (run/atomic.ts), and never through a symbolic link to a folder under `--out`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStack, jsonl, tempDir, unscrape } from './helpers/cli.js';
import { canMountDisk, fill, smallDisk, temps } from './helpers/disk.js';

const canMount = canMountDisk('data-safety-out');

describe('clean -o FILE writes through run/atomic.ts', () => {
  it.runIf(canMount)('on a full disk: FILE is left as it was, no temporary file, unwritable on stderr, exit 1', () => {
    const disk = smallDisk(1024)!;
    const src = tempDir();
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `Story ${i}. ` + 'The council met and voted on the budget again. '.repeat(20) }));
    writeFileSync(join(src, 'a.jsonl'), lines.join('\n') + '\n');
    writeFileSync(join(disk, 'out.jsonl'), 'what was there\n');
    fill(disk, 40);
    const r = unscrape(['clean', join(src, 'a.jsonl'), '-o', join(disk, 'out.jsonl')]);
    expect(r.status).toBe(1);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/unwritable: .*out\.jsonl: the output cannot be written \(.*no space left/);
    expect(r.stderr).not.toMatch(/internal/);
    expect(readFileSync(join(disk, 'out.jsonl'), 'utf8')).toBe('what was there\n');
    expect(temps(disk)).toEqual([]);
  });

  it('writes FILE whole; a temporary file a killed run left beside it is removed; a link at FILE is refused before processing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Title\n\nThe rally ended peacefully.\n');
    // What a SIGKILLed `clean -o` leaves: a temporary file of a process that is gone.
    writeFileSync(join(dir, '.unscrape-999999-0-0.tmp'), 'partial');
    const r = unscrape(['clean', 'a.txt', '-o', 'out.jsonl'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(jsonl<{ text: string }>(readFileSync(join(dir, 'out.jsonl'), 'utf8')).map((x) => x.text)).toEqual(['The rally ended peacefully.']);
    expect(temps(dir)).toEqual([]);
    writeFileSync(join(dir, 'elsewhere.jsonl'), 'kept\n');
    symlinkSync('elsewhere.jsonl', join(dir, 'link.jsonl'));
    const linked = unscrape(['clean', 'a.txt', '-o', 'link.jsonl'], { cwd: dir });
    expect(linked.status).toBe(2);
    expect(linked.stderr).toMatch(/link\.jsonl cannot be written \(.*symbolic link/);
    expect(readFileSync(join(dir, 'elsewhere.jsonl'), 'utf8')).toBe('kept\n');
  });
});

describe('a symbolic link to a folder under --out is never written through (issue 16 point 4)', () => {
  it('out/sub -> elsewhere: the documents under sub are unwritable, nothing lands in elsewhere, the others are written, exit 1', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'in', 'sub', 'a.txt'), 'Title\n\nThe rally ended peacefully.\n');
    writeFileSync(join(dir, 'in', 'sub', 'deeper', 'c.txt'), 'Title\n\nThe bridge reopened on Monday.\n');
    writeFileSync(join(dir, 'in', 'sub', 'feed.jsonl'), JSON.stringify({ text: 'The council met again.' }) + '\n');
    writeFileSync(join(dir, 'in', 'b.txt'), 'Title\n\nThe council voted on the budget.\n');
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'out'));
    // An unrelated file in the output folder keeps the run from treating it as new and empty.
    writeFileSync(join(dir, 'out', 'notes.txt'), 'mine\n');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'sub'));
    const r = unscrape(['clean', 'in', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/sub\/a\.txt: unwritable: .*symbolic link/);
    expect(r.stderr).toMatch(/sub\/deeper\/c\.txt: unwritable: .*symbolic link/);
    expect(r.stderr).toMatch(/unwritable: .*feed\.jsonl.*symbolic link/);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'b.txt.json'), 'utf8')).toMatch(/The council voted on the budget/);
    expect(existsSync(join(dir, 'out', 'sub', 'a.txt.json'))).toBe(false);
    expect(temps(dir)).toEqual([]);
  });
});
