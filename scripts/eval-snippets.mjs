#!/usr/bin/env node
// Snippet scores of the extractor on fixtures/pages-dev (forums, shops, events, company pages …:
// page kinds the two HTML benchmarks lack; see its SOURCE.txt): the built CLI cleans every page
// (default settings), and each page's `main` passages must be in its record's title or text,
// its `boilerplate` passages must not. Prints per page and overall: recall (main passages
// found) and leaks (boilerplate passages kept); -v lists them. `npm run eval:gate` pins both.
//
// Usage: npm run build && node scripts/eval-snippets.mjs [-v] [--dir DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, scorePagesDev } from './eval-lib.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const at = args.indexOf('--dir');
const dir = at >= 0 ? args[at + 1] : join(root, 'fixtures', 'pages-dev');

const out = mkdtempSync(join(tmpdir(), 'unscrape-snippets-'));
const run = spawnSync(process.execPath, [join(root, 'bin', 'unscrape.js'), 'clean', dir, '--out', out], { encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  process.exit(2);
}
console.log('page                          main found   leaks');
const { pages, total } = scorePagesDev((id, page) => {
  try {
    return JSON.parse(readFileSync(join(out, `${page}.json`), 'utf8'));
  } catch {
    return undefined; // no record: every main passage is missed
  }
}, dir);
for (const { id, spec, missed, leaked } of pages) {
  console.log(`${id.padEnd(30)}${String(spec.main.length - missed.length).padStart(4)}/${String(spec.main.length).padEnd(6)}${String(leaked.length).padStart(4)}/${spec.boilerplate.length}`);
  if (verbose) {
    for (const s of missed) console.log(`    missed: ${s}`);
    for (const s of leaked) console.log(`    leaked: ${s}`);
  }
}
rmSync(out, { recursive: true, force: true });
const { found, mains, leaks, boiler } = total;
console.log(`all: recall ${(found / mains).toFixed(3)} (${found}/${mains} main passages), leaks ${(leaks / boiler).toFixed(3)} (${leaks}/${boiler} boilerplate passages)`);
