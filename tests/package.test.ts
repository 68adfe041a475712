import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, dirty, project } from './helpers/check.js';

const root = resolve(bin, '..', '..');

function run(cwd: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 900000, env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the npm package', () => {
  it('holds LICENSE and no source maps', () => {
    const r = run(root, 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files).toContain('LICENSE');
    expect(files).toContain('bin/unscrape.js');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // The build starts from an empty dist/: no module of an older layout ships.
    const stale = files.filter((f) => /^dist\/.*\.js$/.test(f) && !existsSync(join(root, f.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))));
    expect(stale).toEqual([]);
  });

  // npm 11 warns, on installing a package from a file, a folder or git, about each of its install
  // scripts (preinstall, install, postinstall, and prepare for such sources) that the project has
  // not allowed. unscrape needs none: its build is in the tarball. A fresh clone still builds on
  // `npm ci`, which runs the project's own postprepare (never a dependency's), and `npm pack`
  // builds first in prepack.
  it('has no install scripts, builds on npm ci (postprepare) and before packing (prepack)', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const event of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts, event).not.toHaveProperty(event);
    expect(scripts.postprepare).toBe('npm run build');
    expect(scripts.prepack).toBe('npm run build');
    // npm 11 lists a dependency's install scripts the project has not reviewed: the development
    // dependencies' are reviewed, so a clone's `npm ci` has no such warning.
    const listed = run(root, 'npm', ['install-scripts', 'ls']);
    if (listed.status === 0) expect(listed.stdout).toMatch(/No packages with unreviewed install scripts/);
  });

  // Packs the built tree, installs the tarball into an empty project (its dependencies from the
  // npm cache or registry, as a user gets them) and runs the command there: a minute or more.
  it('installs from its tarball into an empty project, where npx unscrape runs', () => {
    const dir = project();
    const pack = run(root, 'npm', ['pack', '--ignore-scripts', '--pack-destination', dir]);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const app = join(dir, 'app');
    run(dir, 'mkdir', [app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    const install = run(app, 'npm', ['install', '--no-package-lock', join(dir, tarball)]);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(app, 'node_modules', 'unscrape', 'LICENSE'))).toBe(true);
    // No "npm warn install-scripts … unscrape@… (prepare: …)" (npm 11), and none of the scripts it names.
    expect(install.stderr + install.stdout).not.toMatch(/install-scripts|unscrape@[^ ]+ \(/);
    const installed = (JSON.parse(readFileSync(join(app, 'node_modules', 'unscrape', 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    expect(Object.keys(installed).filter((k) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(k))).toEqual([]);
    const version = run(app, 'npx', ['--no-install', 'unscrape', '--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    writeFileSync(join(app, 'a.txt'), dirty);
    const cleaned = run(app, 'npx', ['--no-install', 'unscrape', 'clean', 'a.txt']);
    expect(cleaned.status, cleaned.stderr).toBe(0);
    expect(JSON.parse(cleaned.stdout).text).toBe('The rally ended peacefully.\n\nThe organizers of the march announced a new route.');
    // ESM only: import works, the README says so.
    const esm = run(app, 'node', ['--input-type=module', '-e', "import { clean } from 'unscrape'; console.log(clean('Title\\n\\n[ad_1]\\n\\nThe rally ended peacefully.\\n').text)"]);
    expect(esm.stdout.trim()).toBe('The rally ended peacefully.');
  }, 1200000);
});
