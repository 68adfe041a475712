import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, clean, dirty, dirtyFixed, project } from './helpers/check.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit) console.warn('precommit.test.ts: skipped: the pre-commit framework is not on PATH (apt-get install pre-commit; .ci/run installs it)');

/** Run a command in `cwd` with a private pre-commit home and a git identity. */
function sh(cwd: string, cmd: string, args: string[], timeout = 120000) {
  const env = {
    ...process.env,
    NO_COLOR: '1',
    PRE_COMMIT_HOME: join(cwd, '.pre-commit-home'),
    PRE_COMMIT_COLOR: 'never',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
  };
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!hasPreCommit)('the pre-commit framework runs unscrape check', () => {
  it('validates the hooks this repository offers', () => {
    const manifest = resolve(bin, '..', '..', '.pre-commit-hooks.yaml');
    const r = sh(project(), 'pre-commit', ['validate-manifest', manifest]);
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(manifest, 'utf8')).toMatch(/id: unscrape-check[\s\S]*entry: unscrape check\n[\s\S]*id: unscrape-fix[\s\S]*entry: unscrape check --fix\n/);
  });

  it('refuses a commit with an ad marker; the fix hook repairs it; the next commit passes', () => {
    const entry = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} check`;
    const config = [
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - id: unscrape-check',
      '        name: unscrape check',
      `        entry: '${entry}'`,
      '        language: system',
      '        files: \\.(txt|md|markdown|json|jsonl|ndjson|html?)$',
      '      - id: unscrape-fix',
      '        name: unscrape fix',
      `        entry: '${entry} --fix'`,
      '        language: system',
      '        files: \\.(txt|md|markdown|json|jsonl|ndjson|html?)$',
      '        stages: [manual]',
      '',
    ].join('\n');
    const dir = project({ '.pre-commit-config.yaml': config, 'news/a.txt': dirty, 'notes.py': 'print("not an article")\n' });
    expect(sh(dir, 'git', ['init', '-q']).status).toBe(0);
    sh(dir, 'git', ['config', 'commit.gpgsign', 'false']);
    writeFileSync(join(dir, '.gitignore'), '.pre-commit-home/\n');
    const install = sh(dir, 'pre-commit', ['install']);
    expect(install.status, install.out).toBe(0);

    sh(dir, 'git', ['add', '.']);
    const refused = sh(dir, 'git', ['commit', '-q', '-m', 'add an article']);
    expect(refused.status, refused.out).not.toBe(0);
    expect(refused.out).toMatch(/news\/a\.txt:3:1 +error +Ad placeholder: remove “\[ad_1\]” +ad-marker/);
    expect(sh(dir, 'git', ['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);

    // pre-commit reports a hook that modified files as failed, and the file is fixed.
    const fix = sh(dir, 'pre-commit', ['run', '--hook-stage', 'manual', 'unscrape-fix', '--files', 'news/a.txt']);
    expect(fix.out).toMatch(/files were modified by this hook/);
    expect(readFileSync(join(dir, 'news/a.txt'), 'utf8')).toBe(dirtyFixed);

    sh(dir, 'git', ['add', '.']);
    const passed = sh(dir, 'git', ['commit', '-q', '-m', 'add an article']);
    expect(passed.status, passed.out).toBe(0);
    expect(passed.out).toMatch(/unscrape check\.+Passed/);
    expect(sh(dir, 'git', ['show', 'HEAD:news/a.txt']).out).toBe(dirtyFixed);
  });
});

/** The repository root, and whether it is a git checkout whose files can be listed. */
const root = resolve(bin, '..', '..');
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
const isCheckout = listed.status === 0;
if (hasPreCommit && !isCheckout) console.warn('precommit.test.ts: the install-from-a-repository test is skipped: not a git checkout');

/**
 * A bare git repository holding this working tree as one commit (what git would commit now,
 * untracked but not ignored files included), so that the test checks the code under test,
 * not the last commit; and that commit's id.
 */
function bareRepositoryOfThisTree(dir: string): { url: string; rev: string } {
  const tree = join(dir, 'tree');
  for (const rel of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(root, rel);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(tree, rel)), { recursive: true });
    cpSync(from, join(tree, rel));
  }
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '--no-gpg-sign', '-m', 'snapshot']]) {
    const r = sh(tree, 'git', args);
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.out}`);
  }
  const rev = sh(tree, 'git', ['rev-parse', 'HEAD']).out.trim();
  const url = join(dir, 'unscrape.git');
  const clone = sh(dir, 'git', ['clone', '-q', '--bare', tree, url]);
  if (clone.status !== 0) throw new Error(clone.out);
  return { url, rev };
}

describe.skipIf(!hasPreCommit || !isCheckout)('the pre-commit framework installs the hook from a git repository', () => {
  // pre-commit clones the repository at `rev`, runs `npm install` (the postprepare script builds),
  // then `npm pack` and installs the tarball: minutes on a busy machine.
  it('installs unscrape-check pinned to a commit; refuses a dirty article, accepts a clean one', () => {
    const dir = project();
    const { url, rev } = bareRepositoryOfThisTree(dir);
    const work = join(dir, 'work');
    mkdirSync(work);
    writeFileSync(join(work, '.pre-commit-config.yaml'), ['repos:', `  - repo: ${url}`, `    rev: ${rev}`, '    hooks:', '      - id: unscrape-check', ''].join('\n'));
    writeFileSync(join(work, '.gitignore'), '.pre-commit-home/\n');
    expect(sh(work, 'git', ['init', '-q']).status).toBe(0);
    const install = sh(work, 'pre-commit', ['install', '--install-hooks'], 900000);
    expect(install.status, install.out).toBe(0);

    mkdirSync(join(work, 'news'));
    writeFileSync(join(work, 'news/a.txt'), dirty);
    sh(work, 'git', ['add', '.']);
    const refused = sh(work, 'git', ['commit', '-q', '--no-gpg-sign', '-m', 'a dirty article']);
    expect(refused.status, refused.out).not.toBe(0);
    expect(refused.out).toMatch(/news\/a\.txt:3:1 +error +Ad placeholder: remove “\[ad_1\]” +ad-marker/);
    expect(sh(work, 'git', ['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);

    writeFileSync(join(work, 'news/a.txt'), clean);
    sh(work, 'git', ['add', '.']);
    const accepted = sh(work, 'git', ['commit', '-q', '--no-gpg-sign', '-m', 'a clean article']);
    expect(accepted.status, accepted.out).toBe(0);
    expect(accepted.out).toMatch(/unscrape check\.+Passed/);
  }, 1200000);
});
