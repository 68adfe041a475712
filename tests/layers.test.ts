/**
 * The import direction of src/README.md: cli → {run, check, report} → pipeline → stages
 * (decode, extract, clean, detect, record) → base (types, settings, errors, shared/, repeated/).
 * A stage does not import another stage, except extract → decode.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

const stages = ['decode', 'extract', 'clean', 'detect', 'record'] as const;
/** What each layer may import, besides itself. */
const allowed: Record<string, readonly string[]> = {
  base: [],
  decode: ['base'],
  extract: ['decode', 'base'],
  clean: ['base'],
  detect: ['base'],
  record: ['base'],
  pipeline: [...stages, 'base'],
  run: ['pipeline', ...stages, 'base'],
  check: ['run', 'pipeline', ...stages, 'base'],
  report: ['run', 'record', 'base'],
  api: ['pipeline', 'record', 'base'],
  cli: ['run', 'check', 'report', 'pipeline', ...stages, 'base'],
};

/** The layer of a file of src/ (a path relative to src/, with forward slashes). */
export function layerOf(file: string): string {
  if (file === 'cli.ts') return 'cli';
  if (file === 'index.ts') return 'api';
  if (['types.ts', 'settings.ts', 'errors.ts'].includes(file)) return 'base';
  const folder = file.split('/')[0]!;
  if (folder === 'shared' || folder === 'repeated') return 'base';
  if (folder in allowed) return folder;
  return `unknown (${file})`;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(src, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Relative module specifiers of a file: static imports, re-exports and dynamic imports. */
function importsOf(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)|(?:^|\n)import\s+'(\.[^']+)'/gu)) {
    out.push((m[1] ?? m[2] ?? m[3])!);
  }
  return out;
}

describe('layers', () => {
  const files = sources(src);
  it('every file of src/ is in a layer', () => {
    expect(files.map(layerOf).filter((l) => l.startsWith('unknown'))).toEqual([]);
  });
  it('imports go one way: no file imports a layer above it or a sibling stage', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(readFileSync(join(src, file), 'utf8'))) {
        const target = normalize(join(dirname(file), spec)).split('\\').join('/').replace(/\.js$/u, '.ts');
        const to = layerOf(target);
        if (to !== from && !allowed[from]!.includes(to)) wrong.push(`${file} (${from}) imports ${target} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('finds the imports it checks', () => {
    expect(importsOf("import a from './a.js';\nexport { b } from '../b.js';\nconst c = await import('./c.js');\nimport type {\n  D,\n} from './d.js';")).toEqual(['./a.js', '../b.js', './c.js', './d.js']);
  });
});
