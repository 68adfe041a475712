import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) {
    spawnSync('umount', ['-l', m]);
    rmSync(m, { recursive: true, force: true });
  }
});

/** A tmpfs of `kb` KB (unmounted after the test file), or undefined when this user cannot mount one. */
export function smallDisk(kb: number): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'unscrape-tmpfs-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]);
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

/** Whether full-disk tests can run here (they need root to mount a tmpfs); says so when not. */
export function canMountDisk(file: string): boolean {
  const d = smallDisk(64);
  if (!d) console.warn(`${file}: full-disk tests skipped: mounting a tmpfs needs root (CI runs them)`);
  return d !== undefined;
}

/** Fill `dir`'s file system until about `leaveKb` KB are free. */
export function fill(dir: string, leaveKb: number): void {
  const df = spawnSync('df', ['-k', '--output=avail', dir], { encoding: 'utf8' }).stdout.trim().split('\n').pop()!;
  writeFileSync(join(dir, 'filler.bin'), Buffer.alloc(Math.max(0, Number(df) - leaveKb) * 1024));
}

/** Temporary files (`*.tmp`) under `dir`. */
export const temps = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
