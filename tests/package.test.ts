import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
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
