// Markdown positions, measured on a folder of Markdown files (default: the 438 posts of
// ../shared/corpora/wp-automatic-sample/posts):
//   1. for every removal, edit and finding of each record, the decoded file's span
//      [start, end) (code points), its markup and entities read as text, equals the record's
//      text / before / excerpt read the same way;
//   2. `check --fix` on a copy of the files, then `clean` again: no removals or edits left,
//      and the front matter unchanged.
// Usage: node scripts/md-positions.mjs [folder]   (npm run build first)
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { positionsOk, frontMatter } from '../tests/helpers/md-text.mjs';

const dir = resolve(process.argv[2] ?? new URL('../../shared/corpora/wp-automatic-sample/posts', import.meta.url).pathname);
const bin = new URL('../bin/unscrape.js', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const run = (args, cwd) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });

const records = (folder) => {
  const r = run(['clean', folder]);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
};

let spans = 0;
let exact = 0;
let docsExact = 0;
const bad = [];
for (const rec of records(dir)) {
  if (rec.error) continue;
  const file = readFileSync(rec.source.path.startsWith('/') ? rec.source.path : join(dir, rec.source.path.split('/').pop()), 'utf8').replace(/^\ufeff/, '');
  const r = positionsOk(file, rec);
  spans += r.total;
  exact += r.total - r.failures.length;
  if (r.failures.length === 0) docsExact++;
  else bad.push(...r.failures.slice(0, 2).map((f) => `${rec.source.path}: ${JSON.stringify(f)}`));
}

// --fix round trip, on a copy.
const tmp = mkdtempSync(join(tmpdir(), 'md-positions-'));
for (const f of files) {
  cpSync(join(dir, f), join(tmp, f));
  chmodSync(join(tmp, f), 0o644);
}
run(['check', '--fix', '.'], tmp);
let clean = 0;
let frontKept = 0;
const left = [];
for (const rec of records(tmp)) {
  if (rec.error) continue;
  const name = rec.source.path.split('/').pop();
  const changes = rec.removed.length + rec.edits.length;
  if (changes === 0) clean++;
  else left.push(`${name}: ${[...rec.removed, ...rec.edits].slice(0, 2).map((c) => `${c.rule} ${JSON.stringify(c.text ?? c.before)}`).join('; ')}`);
  if (frontMatter(readFileSync(join(tmp, name), 'utf8')) === frontMatter(readFileSync(join(dir, name), 'utf8'))) frontKept++;
}
rmSync(tmp, { recursive: true, force: true });

console.log(`files: ${files.length}`);
console.log(`positions exact: ${exact}/${spans} spans; ${docsExact}/${files.length} files with every span exact`);
console.log(`fix round trip: ${clean}/${files.length} files with no removal or edit after check --fix; front matter kept in ${frontKept}/${files.length}`);
if (process.env.VERBOSE) {
  for (const b of bad.slice(0, 30)) console.log('  position: ' + b);
  for (const l of left.slice(0, 30)) console.log('  left: ' + l);
}
