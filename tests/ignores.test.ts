import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { braceExpansionSize } from '../src/run/ignores.js';
import { bin, dirty, project, unscrape } from './helpers/check.js';

/** The files a `check` report names, sorted. */
const reported = (stdout: string) => [...new Set([...stdout.matchAll(/^(\S+?):\d+:\d+ /gm)].map((m) => m[1]!))].sort();

describe('what a walk skips (as eslint, ruff and textlint do)', () => {
  const files = {
    'news/a.txt': dirty,
    'node_modules/dep/README.md': dirty,
    'build/out.txt': dirty,
    'news/tmp/scratch.txt': dirty,
    '.gitignore': 'build/\n',
    'news/.gitignore': 'tmp/\n',
    'package.json': JSON.stringify({ name: 'corpus', version: '1.0.0' }),
    'package-lock.json': JSON.stringify({ name: 'corpus', lockfileVersion: 3 }),
    'tsconfig.json': '{ "compilerOptions": {} }',
    '.unscraperc.json': JSON.stringify({ rules: {} }),
    'requirements.txt': 'requests==2.31\n',
    'data/settings.json': JSON.stringify({ retries: 3 }),
  };

  it('check of a folder skips node_modules, .gitignore entries, manifests and JSON without text', () => {
    const dir = project(files);
    const r = unscrape(['check', '--debug', '.'], { cwd: dir });
    expect(reported(r.stdout)).toEqual(['news/a.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/build\/out\.txt: skipped: listed in \.gitignore/);
    expect(r.stderr).toMatch(/news\/tmp\/scratch\.txt: skipped: listed in news\/\.gitignore/);
    expect(r.stderr).toMatch(/package\.json: skipped: not an article/);
    expect(r.stderr).toMatch(/data\/settings\.json: skipped: a JSON document without a text field/);
    expect(r.stderr).not.toMatch(/node_modules/);
  });

  it('--no-ignore walks them; a JSON file without text named on the command line, or with --strict, is a problem', () => {
    const dir = project(files);
    const all = unscrape(['check', '--no-ignore', '.'], { cwd: dir });
    expect(reported(all.stdout)).toEqual(['build/out.txt', 'news/a.txt', 'news/tmp/scratch.txt', 'node_modules/dep/README.md']);
    const strict = unscrape(['check', '--strict', 'data'], { cwd: dir });
    expect(strict.stdout).toMatch(/data\/settings\.json:1:1 +error +no-text/);
    const named = unscrape(['check', 'data/settings.json'], { cwd: dir });
    expect(named.stdout).toMatch(/no-text/);
    expect(named.status).toBe(1);
    // Manifests are never articles, even when a hook passes them by name.
    const manifest = unscrape(['check', 'package.json', 'tsconfig.json', 'requirements.txt'], { cwd: dir });
    expect(manifest.stdout).toBe('');
    expect(manifest.status).toBe(0);
  });

  it('clean skips the same files when walking, and says so for a file named on the command line', () => {
    const dir = project(files);
    const r = unscrape(['clean', '.'], { cwd: dir });
    const paths = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path).sort();
    expect(paths).toEqual(['data/settings.json', 'news/a.txt']);
    const named = unscrape(['clean', 'package.json'], { cwd: dir });
    expect(named.stderr).toMatch(/package\.json: skipped: not an article/);
  });

  it('.unscrapeignore follows gitignore: negation, anchoring, trailing slashes', () => {
    const dir = project({
      '.unscrapeignore': '# comments\nnews/*\n!news/keep.txt\n/top.txt\ndrafts/\n',
      'news/drop.txt': dirty,
      'news/keep.txt': dirty,
      'top.txt': dirty,
      'sub/top.txt': dirty,
      'sub/drafts/d.txt': dirty,
      'sub/drafts.txt': dirty,
    });
    const r = unscrape(['check', '.'], { cwd: dir });
    expect(reported(r.stdout)).toEqual(['news/keep.txt', 'sub/drafts.txt', 'sub/top.txt']);
  });

  it('the hooks do not pass manifests, locks or configuration to unscrape', () => {
    const hooks = parse(readFileSync(resolve(bin, '..', '..', '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; files: string; exclude?: string }>;
    for (const hook of hooks) {
      const passes = (path: string) => new RegExp(hook.files).test(path) && !(hook.exclude !== undefined && new RegExp(hook.exclude).test(path));
      for (const path of ['package.json', 'web/package-lock.json', 'tsconfig.json', '.unscraperc.json', 'requirements.txt', 'node_modules/x/a.md']) expect(passes(path), `${hook.id} ${path}`).toBe(false);
      for (const path of ['news/a.txt', 'posts/package-story.md', 'feed.jsonl', 'data/article.json']) expect(passes(path), `${hook.id} ${path}`).toBe(true);
    }
  });
});

describe('hostile patterns and ignore files', () => {
  it('a glob whose braces explode is refused with one line, exit 2', () => {
    expect(braceExpansionSize('{a,b}{c,d}')).toBe(4);
    expect(braceExpansionSize('x/{1..1000}.txt')).toBe(1000);
    expect(braceExpansionSize('\\{a,b}')).toBe(1);
    const dir = project({ 'a.txt': dirty });
    const r = unscrape(['clean', `x${'{a,b}'.repeat(40)}*.txt`], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/expands to more than 10000 patterns/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an .unscrapeignore or a configuration file that is a FIFO is refused, not read forever', () => {
    for (const name of ['.unscrapeignore', '.unscraperc']) {
      const dir = project({ 'a.txt': dirty });
      if (spawnSync('mkfifo', [join(dir, name)]).status !== 0) return;
      const r = unscrape(['check', 'a.txt'], { cwd: dir });
      expect(r.status, name).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: not a regular file`));
    }
  });
});
