import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './cli.js';

/** The built binary (npm test builds first: the pretest script). */
export const bin = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'unscrape.js');

/** Spawn `node bin/unscrape.js` with NO_COLOR=1 and return its exit code and output. */
export function unscrape(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR) env.FORCE_COLOR = options.env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd, env, encoding: 'utf8', input: options.input ?? '', timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder with these files (path -> content). */
export function project(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('unscrape-check-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A dirty article: an ad marker on line 3, stray punctuation on line 5. */
export const dirty = 'Protest in Grodno\n\n[ad_1]\n\nThe rally ended peacefully. .\n\nThe organizers of the march announced a new route.\n';
/** What --fix makes of it. */
export const dirtyFixed = 'Protest in Grodno\n\nThe rally ended peacefully.\n\nThe organizers of the march announced a new route.\n';
/** An article with nothing to report. */
export const clean = 'Weather report\n\nIt will rain on Tuesday and clear up by the weekend.\n';
