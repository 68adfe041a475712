// HTML source maps, measured on a folder of HTML pages (default: the 181 pages of
// ../shared/corpora/article-extraction-benchmark/html): for every removal, edit and finding of
// each record, the span the extractor's map gives in the decoded page, its tags dropped and
// character references decoded, equals the record's text / before / excerpt.
// Usage: node scripts/source-map.mjs [folder]   (npm run build first; VERBOSE=1 lists failures)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSourceProcessor, fileSpanOf } from '../dist/pipeline/index.js';
import { SourceIndex } from '../dist/record/positions.js';
import { defaultSettings } from '../dist/settings.js';
import { spanFailures } from '../tests/helpers/span-text.mjs';

const dir = resolve(process.argv[2] ?? new URL('../../shared/corpora/article-extraction-benchmark/html', import.meta.url).pathname);
const files = readdirSync(dir).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
const processor = createSourceProcessor(defaultSettings());

let spans = 0;
let exact = 0;
let notVerbatim = 0;
let pagesExact = 0;
let errors = 0;
const bad = [];
for (const f of files) {
  const { record, document } = processor({ path: f, data: readFileSync(join(dir, f)) });
  if ('error' in record || !document) {
    errors++;
    continue;
  }
  const source = new SourceIndex(document.source);
  const r = spanFailures(document.text, record, (s, e) => fileSpanOf(document, s, e, source), false);
  spans += r.total;
  exact += r.total - r.failures.length;
  notVerbatim += r.notVerbatim;
  if (r.failures.length === 0) pagesExact++;
  else bad.push(...r.failures.slice(0, 2).map((x) => `${f}: ${JSON.stringify(x)}`));
}
console.log(`pages: ${files.length} (${errors} error records)`);
console.log(`spans exact: ${exact}/${spans} (${notVerbatim} not verbatim in the file: markup or references inside); ${pagesExact}/${files.length - errors} pages with every span exact`);
if (process.env.VERBOSE) for (const b of bad.slice(0, 40)) console.log('  ' + b);
