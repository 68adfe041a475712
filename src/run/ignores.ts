/**
 * What a walk skips, as eslint, ruff and textlint do: `node_modules` and `.git` folders, what the
 * `.gitignore` files list, the configuration's `ignore` list and `.unscrapeignore` (both with
 * gitignore's rules for negation, anchoring and trailing slashes: the `ignore` package, as eslint
 * uses), and files that are never articles (package manifests and locks, tsconfig, unscrape's own
 * configuration, baseline and cache). `--no-ignore` turns off all but the last.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ConfigurationError } from '../errors.js';

/** Folders a walk never enters (unless --no-ignore). */
export const skippedFolders = ['node_modules', '.git'];

/**
 * Files that are never articles, by name, and what they are: a JSON manifest or a lock file
 * read as a document is a `no-text` error that fails a pre-commit hook for nothing.
 */
const notArticles: Array<[RegExp, string]> = [
  [/^(package|package-lock|npm-shrinkwrap|bower|composer|deno|lerna|nx|turbo|vercel|renovate|app|manifest)\.json$/i, 'a package manifest or tool configuration'],
  [/^(composer|yarn|pnpm-lock|bun|Cargo|Gemfile|poetry|Pipfile)\.lock$|^pnpm-lock\.yaml$/i, 'a lock file'],
  [/^(ts|js)config(\..+)?\.json$/i, 'a TypeScript or JavaScript configuration'],
  [/^\.?(eslintrc|prettierrc|babelrc|stylelintrc|textlintrc|markdownlint|swcrc)(\.json)?$/i, 'a linter configuration'],
  [/^(\.unscraperc(\.json)?|unscrape\.config\.json|\.unscrapecache|\.?unscrape-baseline\.json)$/i, "unscrape's own configuration, cache or baseline"],
  [/^(requirements|constraints)([-_.][^/]*)?\.txt$/i, 'a Python requirements file'],
  [/^(CMakeLists|robots|LICENSE|COPYING|NOTICE|AUTHORS|CHANGELOG)\.txt$/i, 'a project file'],
];

/** Why a file is never read as an article, or undefined when it may be one. */
export function notArticle(path: string): string | undefined {
  const name = basename(path);
  return notArticles.find(([re]) => re.test(name))?.[1];
}

/** Read an ignore file (a regular file, not a device or a FIFO that would hang or never end). */
export function readIgnoreFile(path: string): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) throw new ConfigurationError(`${path}: not a regular file (a folder, device or pipe); an ignore file must be a file`);
  if (stat.size > 4 * 1024 * 1024) throw new ConfigurationError(`${path}: ${stat.size} bytes; an ignore file over 4 MB is refused`);
  return readFileSync(path, 'utf8');
}

/** A path relative to `base` in the `ignore` package's form, or undefined when outside it. */
function under(base: string, abs: string): string | undefined {
  const rel = relative(base, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** Decides, for files found by a walk or named, whether they are skipped. */
export interface IgnoreFilter {
  /** Why `abs` is skipped, or undefined. `walked`: found by walking a folder or a glob. */
  reason(abs: string, walked: boolean): string | undefined;
}

/**
 * A filter for one run: `patterns` (configuration `ignore` and `.unscrapeignore`, relative to
 * `cwd`) and, unless `noIgnore`, the `.gitignore` files from the repository's top (or `cwd`)
 * down to each file's folder.
 */
export function ignoreFilter(cwd: string, patterns: readonly string[], noIgnore: boolean): IgnoreFilter {
  const own = noIgnore ? undefined : ignore({ allowRelativePaths: true }).add([...patterns]);
  const gitignores = new Map<string, Ignore | null>();
  const gitignoreOf = (dir: string): Ignore | null => {
    let ig = gitignores.get(dir);
    if (ig === undefined) {
      const text = readIgnoreFile(join(dir, '.gitignore'));
      ig = text === undefined ? null : ignore({ allowRelativePaths: true }).add(text);
      gitignores.set(dir, ig);
    }
    return ig;
  };
  const top = repositoryTop(cwd);
  return {
    reason(abs, walked) {
      const kind = notArticle(abs);
      if (kind) return `not an article (${kind})`;
      if (noIgnore) return undefined;
      const rel = under(cwd, abs);
      if (own && rel !== undefined && own.ignores(rel)) return 'matched by the ignore list (.unscrapeignore or the configuration)';
      if (!walked) return undefined;
      if (rel !== undefined && rel.split('/').some((part) => skippedFolders.includes(part))) return `in ${skippedFolders.join(' or ')}`;
      // .gitignore files from the folder of the file up to the repository's top: the deepest
      // that has a say decides (a negation there re-includes what a higher one ignored).
      const root = under(top, abs) !== undefined ? top : dirname(abs);
      for (let dir = dirname(abs); ; dir = dirname(dir)) {
        const ig = gitignoreOf(dir);
        const relHere = under(dir, abs);
        if (ig && relHere !== undefined) {
          const result = ig.test(relHere);
          if (result.ignored) return `listed in ${join(relative(cwd, dir) || '.', '.gitignore')}`;
          if (result.unignored) return undefined;
        }
        if (dir === root || dirname(dir) === dir) break;
      }
      return undefined;
    },
  };
}

/** The top of the git work tree around `cwd` (the nearest folder up with `.git`), else `cwd`. */
function repositoryTop(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    try {
      statSync(join(dir, '.git'));
      return dir;
    } catch {
      // not here
    }
    if (dirname(dir) === dir) return cwd;
  }
}

/**
 * An upper bound of how many patterns a glob's braces expand to (`{a,b}{c,d}` is 4, `{1..1000}`
 * 1000; nested groups multiply): brace expansion happens before matching, and a few groups on a
 * command line or in a configuration would take all memory.
 */
export function braceExpansionSize(pattern: string): number {
  let size = 1;
  const stack: Array<{ alternatives: number; start: number }> = [];
  for (let i = 0; i < pattern.length && size <= 1e9; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') stack.push({ alternatives: 1, start: i });
    else if (c === ',' && stack.length > 0) stack[stack.length - 1]!.alternatives++;
    else if (c === '}' && stack.length > 0) {
      const group = stack.pop()!;
      const range = /^\{(-?\d+)\.\.(-?\d+)(?:\.\.-?\d+)?\}$|^\{([a-zA-Z])\.\.([a-zA-Z])\}$/.exec(pattern.slice(group.start, i + 1));
      let n = group.alternatives;
      if (range) n = range[1] !== undefined ? Math.abs(Number(range[2]) - Number(range[1])) + 1 : Math.abs(range[4]!.charCodeAt(0) - range[3]!.charCodeAt(0)) + 1;
      size *= n;
    }
  }
  return size;
}

/** The largest brace expansion a glob may have. */
export const maxBraceExpansion = 10000;

/**
 * Patterns of a `.unscrapeignore` in `dir`, if there is one: gitignore's syntax and rules
 * (negation, anchoring, trailing slashes), applied with the `ignore` package (see `ignoreFilter`).
 * One that is not a regular file (a device, a pipe) is a ConfigurationError.
 */
export function loadIgnoreFile(dir: string): string[] {
  const text = readIgnoreFile(resolve(dir, '.unscrapeignore'));
  if (text === undefined) return [];
  return text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
}
